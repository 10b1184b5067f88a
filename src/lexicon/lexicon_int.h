/* lexicon_int.h — the lexicon's private layout, shared by model.c (which
 * builds it) and match.c (which reads it).  Nothing outside src/lexicon/
 * includes this. */
#ifndef DYAD_LEXICON_INT_H
#define DYAD_LEXICON_INT_H

#include "lexicon.h"

#define DYAD_LEX_MAX_WORDS 32 /* words in a phrase */
#define DYAD_LEX_MAX_KEY 96   /* bytes of a folded word key */
#define DYAD_LEX_ACRONYM_MARK '\x01' /* prefix of an upper-case-only word */
#define DYAD_LEX_STEM_MARK '\x02'    /* prefix of a TABARI stem */
#define DYAD_LEX_GAP_KEY "\x03"     /* key of the GAP word (model.c) */
#define DYAD_LEX_GAP_MAX 3 /* words a GAP may pass over in text (match.c) */

/* The word table is split so that probing touches 8 bytes a slot: a
 * 32-bit fingerprint of the key's hash and the id; the key itself, needed
 * only to confirm a fingerprint match, is in keys[id]. */
typedef struct lex_word {
    uint32_t fp; /* 0: empty slot */
    uint32_t id;
} lex_word;
typedef struct lex_key {
    const char *key;
    uint32_t len;
} lex_key;

typedef struct lex_edge {
    uint64_t key; /* parent << 32 | word id; 0: empty slot */
    uint32_t child;
} lex_edge;

typedef struct lex_name {
    uint64_t hash; /* 0: empty slot */
    uint32_t entry;
} lex_name;

struct dyad_lexicon {
    dyad_arena *arena;
    lex_word *words;
    size_t words_cap, n_words;
    lex_key *keys; /* by id; keys[0] unused */
    size_t keys_cap;
    lex_edge *edges;
    size_t edges_cap, n_edges;
    int32_t *node_entry; /* entry index of the phrase ending at a node, or -1;
                            nodes 0..DYAD_NS_COUNT-1 are the roots */
    uint8_t *node_gap; /* by node: 1 when it has a GAP child (only kept
                          once has_gaps) */
    size_t n_nodes, nodes_cap;
    dyad_entry *entries;
    uint8_t *entry_style; /* dyad_phrase_style each entry was indexed with */
    size_t n_entries, entries_cap;
    lex_name *names; /* (name, kind) → entry, for replacement */
    size_t names_cap, n_names;
    size_t max_words; /* longest phrase, in tokens (a GAP counts as
                         DYAD_LEX_GAP_MAX) */
    bool has_stems;
    /* Disconnected phrases (TABARI "PRINCE DOL_AMROTH"): words joined by a
     * space in a DYAD_STYLE_GAPS phrase have the GAP word (id gap_id)
     * between them in the trie; the matcher may pass over up to
     * DYAD_LEX_GAP_MAX text words there.  false: no GAP edge anywhere, and
     * the matcher never looks for one. */
    bool has_gaps;
    uint32_t gap_id; /* id of DYAD_LEX_GAP_KEY, 0 until a gap is indexed */
    struct dyad_verb_table *verbs; /* verbs.c: codes, patterns; NULL when none */
    uint32_t *tags; /* tags[id]: the word's packed tags (lexicon.h), 0: none */
    size_t tags_words; /* ids below this have a row in tags */
    uint16_t *fw; /* fw[id]: the word's DYAD_FW_* classes, 0: none,
                     0xFFFF: two function words fold to it */
    size_t fw_words; /* ids below this have an entry in fw */
};

/* Free the verb tables (verbs.c); accepts NULL. */
void dyad_verb_table_free(struct dyad_verb_table *vt);

/* The longest phrase of the namespaces in ns_mask that starts at token
 * `start` and ends by `end` (match.c); returns the token after it (0 when
 * none) and its entry index in *entry.  Thread-safe, no heap. */
uint32_t dyad_lex_longest_at(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t start,
                             uint32_t end, unsigned ns_mask, int32_t *entry);

/* Id of an interned key, 0 when absent. */
uint32_t dyad_lex_word_find(const dyad_lexicon *lex, const char *k, size_t n);
/* Child of node by word id, 0 when absent (no child is ever a root). */
uint32_t dyad_lex_edge_find(const dyad_lexicon *lex, uint32_t node, uint32_t word);

#endif
