/* verbs.h — CAMEO verb dictionaries: verbs with all their forms, default
 * codes and compiled patterns, and the matcher the events stage calls.
 *
 * Sources.  TABARI .verbs files, PETRARCH verb dictionaries (CAMEO.2.0.txt,
 * PETR.Validate.verbs.txt) and dyad's own verbs format (data/verbs.txt,
 * documented in data/README.md) are read unchanged by the loaders
 * load_verbs_tabari.c, load_verbs_petrarch.c and load_verbs_dyad.c, through
 * dyad_lexicon_add_buffer / dyad_lexicon_add_path (lexicon.h).
 *
 * Model.  A verb is a lexicon entry of kind DYAD_ENTRY_VERB whose phrases
 * are its forms ("agree", "agreed", "carried out", "re-arrest"), indexed in
 * the DYAD_NS_VERB trie; TABARI forms without a final '_' are stems
 * ("ACCUS" matches "accused").  Each verb has a default code and belongs to
 * a block (a TABARI verb with its patterns; a PETRARCH "--- NAME [code] ---"
 * block shared by synonyms) whose patterns are compiled once at load into
 * flat element arrays: literal words, synsets (&NAME), alternatives
 * ({ A | B }), the source ($), target (+) and compound (%) actor slots,
 * the skip (^), and the verb's own position (*).  Per block the patterns
 * are sorted most specific first, so the first that matches wins.
 *
 * Pattern syntax (TABARI and PETRARCH; dyad uses the same in lower case):
 *   - WORD_ WORD      '_' after a word: the word exactly and, between two
 *                     elements, nothing between them; a space allows any
 *                     words between.  TABARI: a word with no '_' after it is
 *                     a stem ("VIOLAT" matches "violated").  PETRARCH and
 *                     dyad words are whole words.
 *   - WORD~           a noun: also its plural ("TIE~" matches "ties").
 *   - &SYN            any phrase of the synset (PETRARCH synset members
 *                     also match their plurals unless written with '_').
 *   - { A | B C }     TABARI alternatives; PETRARCH {A B} groups words that
 *                     follow each other; (P X Y) a prepositional phrase: P,
 *                     then X and Y within a few words.
 *   - $ + %           the source / target / compound actor: one of the
 *                     caller's slots begins there (ends there, before *).
 *   - ^               skip one actor phrase (or one word when no slot).
 *   - *               the verb.  Elements before it are matched leftwards
 *                     from the verb, those after it rightwards.
 *
 * Codes.  "[031]", "[042:043]" (a reverse event from target to source),
 * "[---]" (no event: a verb or pattern that suppresses coding, as TABARI's
 * SAID-type verbs do), "[###]", "[+++]", "[100!]": kept as written; a code
 * with no CAMEO digits codes nothing (no_event).
 *
 * Threads.  Everything is built while the engine loads and only read
 * afterwards; the matcher keeps per-call state in the caller's arena or on
 * the stack, and costs depend on the verb's own patterns and the sentence,
 * never on the dictionary size; a step budget per call (patterns.c) caps
 * what a hostile dictionary can cost. */
#ifndef DYAD_VERBS_H
#define DYAD_VERBS_H

#include "lexicon.h"

/* A code block as written: "[042:043]" → code "042", code2 "043". */
typedef struct dyad_verb_code {
    const char *code;  /* "0311", "---", "###", ... never NULL */
    const char *code2; /* after ':': the target's reverse event, or NULL */
    bool no_event;     /* the code has no digit: nothing is coded */
} dyad_verb_code;

typedef struct dyad_verb {
    uint32_t entry;      /* its lexicon entry: name, forms, file, line */
    uint32_t block;      /* its pattern block (internal) */
    dyad_verb_code code; /* default code when no pattern matches */
    const char *name;    /* the entry's name ("AGREE") */
    const char *file;    /* where it was defined */
    uint32_t line;
    const char *where;   /* "FILE:LINE", for audit */
} dyad_verb;

/* A verb (any form) starting at token i of the document, ending by token
 * `end` (clamped to the document): the longest form wins; *verb_end is set
 * past its last token.  A JOINER hyphen inside a form is skipped
 * ("re-arrested").  NULL when none (and *verb_end = i).  Thread-safe. */
const dyad_verb *dyad_verb_at(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t i, uint32_t end,
                              uint32_t *verb_end);

/* The verb whose entry name is `name` (as written in its file, e.g.
 * "AGREE", "meet with"); the latest loaded wins; NULL when none. */
const dyad_verb *dyad_verb_find(const dyad_lexicon *lex, const char *name);

/* Number of verbs loaded (all files). */
size_t dyad_verb_count(const dyad_lexicon *lex);

/* Actor phrases of the sentence, as the events stage found them: tokens
 * [tok_first, tok_end) and the caller's id. */
typedef struct dyad_slot {
    uint32_t tok_first, tok_end;
    int id;
} dyad_slot;

typedef struct dyad_pattern_match {
    const char *code;   /* CAMEO event code, e.g. "0311"; "---": none */
    const char *code2;  /* reverse event (target → source) or NULL */
    bool no_event;      /* the code codes nothing ("---", "###") */
    int source_slot, target_slot; /* indexes into slots, -1 when the pattern does not say */
    int compound_slot;  /* '%': the slot that is both source and target, or -1 */
    bool is_default;    /* the verb's default code, no pattern matched */
    uint32_t first_tok; /* first token the pattern used (verb_tok when none before it) */
    uint32_t last_tok;  /* last token the pattern used (verb_end - 1 when none after it) */
    unsigned specificity; /* the winning pattern's weight (0 for the default) */
    const char *where;  /* "FILE:LINE" of the pattern (or of the verb), for audit */
} dyad_pattern_match;

/* Try the patterns of verb v over the sentence [sent_first, sent_end)
 * around the verb's tokens [verb_tok, verb_end), with the actor slots
 * (any order; slots outside the sentence are ignored): the most specific
 * pattern that matches wins (its slots bound as it says); else the verb's
 * default code (is_default).  Per-call memory comes from `arena` (a few
 * bytes per sentence token).  Returns true when *out was filled (a pattern
 * or the default), false on bad arguments or an exhausted arena.  The
 * caller decides what a no_event result means (TABARI: the verb is not
 * coded).  Thread-safe. */
bool dyad_verb_match(const dyad_lexicon *lex, const dyad_verb *v, const dyad_doc *doc, uint32_t sent_first,
                     uint32_t sent_end, uint32_t verb_tok, uint32_t verb_end, const dyad_slot *slots,
                     size_t n_slots, dyad_arena *arena, dyad_pattern_match *out);

/* Does a phrase of synset `name` ("&ADJECTIVE") match the words from
 * token `tok` of doc on (TABARI words: stems, '_' exact)?  Returns the
 * token after the longest such phrase, 0 when none or no such synset.
 * Phrases of words only are tried.  Thread-safe. */
uint32_t dyad_verb_synset_at(const dyad_lexicon *lex, const dyad_doc *doc, const char *name, uint32_t tok,
                             uint32_t end);

/* PETRARCH verb transformations ("~ a (a b ATTACK) SAY = a b 015": when
 * a says that a will attack b, code a → b 015).  Letters name actors; '.'
 * and '_' stand for none.  Kept for the events stage. */
typedef struct dyad_verb_transform {
    const char *outer, *inner;   /* verb names: "SAY", "ATTACK" */
    char outer_source;           /* 'a' */
    char inner_source, inner_target; /* 'a', 'b' */
    char source, target;         /* of the result */
    const char *code;            /* "015", or "Q": the inner verb's code */
    const char *where;           /* "FILE:LINE" */
} dyad_verb_transform;
size_t dyad_verb_transform_count(const dyad_lexicon *lex);
const dyad_verb_transform *dyad_verb_transform_at(const dyad_lexicon *lex, size_t i);

/* ------------------------------------------- internal to src/lexicon/ */
/* The compiled form, in arrays owned by the lexicon (verbs.c, patterns.c). */
/* The bit (0..127) of word id `id` in a pattern's, a synset's or a
 * window's signature. */
static inline unsigned dyad_vword_bit(uint32_t id) { return (id * 0x9E3779B1u) >> 25; }
enum { DYAD_PE_WORD, DYAD_PE_SET, DYAD_PE_SOURCE, DYAD_PE_TARGET, DYAD_PE_COMPOUND, DYAD_PE_SKIP };
#define DYAD_PE_ANY_GAP 255 /* any number of tokens may come between */
typedef struct dyad_pelem {
    uint8_t kind;     /* DYAD_PE_* */
    uint8_t gap;      /* most tokens between it and its neighbour on the verb's side */
    uint8_t stem;     /* WORD: the token only has to begin with key */
    uint8_t noun;     /* WORD: plurals match too */
    uint32_t set;     /* SET: index into sets */
    const char *key;  /* WORD: folded key */
    uint32_t key_len;
    uint32_t id;      /* WORD: the key's id in word_ids (1..), so matching a
                         token is an integer compare */
} dyad_pelem;
typedef struct dyad_vphrase {
    uint32_t first, n; /* its elements (WORD or SET, consecutive tokens) */
    int32_t next;      /* next phrase of the same set, or -1 */
} dyad_vphrase;
typedef struct dyad_vset {
    const char *name; /* "&CURRENCY", or NULL for { A | B } */
    int32_t head, tail;
    uint32_t n;
    /* made by dyad_verbs_finish: phrases that begin with a stem, a synset
     * or anything but a whole word, tried at every token ([other,
     * other + n_other) in set_phrases); the others are found through
     * first_words by the token's word id */
    uint32_t other, n_other;
    uint64_t first_sig[2]; /* the first words of its phrases, one bit each
                              (dyad_vword_bit) */
} dyad_vset;
typedef struct dyad_vpattern {
    uint32_t block, order;
    uint32_t lower, n_lower; /* elements before '*', nearest the verb first */
    uint32_t upper, n_upper; /* elements after '*', in order */
    uint16_t spec;           /* specificity (TABARI: the most a match can score) */
    uint8_t by_match;        /* TABARI: the match's own score decides (patterns.c) */
    dyad_verb_code code;
    const char *where;
    uint32_t req, n_req;     /* what any match needs ([req, req + n_req) in reqs) */
    uint64_t sig[2][2];      /* its whole words, one bit each (dyad_vword_bit),
                                before [0] and after [1] the verb */
} dyad_vpattern;

/* Something a pattern cannot match without, checked before its search:
 * a whole word (its id; `noun`: or its plural) or a synset (one of its
 * first words; sets whose phrases all begin with whole words) on the
 * element's side of the verb, or an actor slot on that side. */
enum { DYAD_REQ_WORD, DYAD_REQ_SET, DYAD_REQ_SLOT };
typedef struct dyad_vreq {
    uint8_t kind;  /* DYAD_REQ_* */
    uint8_t upper; /* after the verb (else before it) */
    uint8_t noun;
    uint32_t id;   /* WORD: word id; SET: set index */
} dyad_vreq;
/* A first word of a synset's phrases: (set + 1) << 32 | word id → the
 * phrases [first, first + n) of set_phrases. */
typedef struct dyad_vfirst {
    uint64_t key; /* 0: empty slot */
    uint32_t first, n;
} dyad_vfirst;
typedef struct dyad_vblock {
    uint32_t first, n; /* its patterns once sorted */
} dyad_vblock;
/* A TABARI <TIME> phrase (time_phrases.c): "LAST_WEEK [-7]" moves the
 * events of its sentence 7 days back, "KAN_WA_MA_KAN [###]" discards the
 * sentence, "WHEN_PEACE_COMES [+++]" marks it too complex to code, "[- - -]"
 * does nothing; "- * AND A WEEK [+8]" under TOMORROW is the phrase
 * "tomorrow and a week". */
typedef enum dyad_time_phrase_kind {
    DYAD_TIMEP_SHIFT,
    DYAD_TIMEP_DISCARD,
    DYAD_TIMEP_COMPLEX,
    DYAD_TIMEP_NONE
} dyad_time_phrase_kind;

typedef struct dyad_time_phrase {
    const char *const *words; /* lower case, in the lexicon's arena */
    uint8_t n_words;
    uint8_t kind;             /* dyad_time_phrase_kind */
    bool head;                /* written as a phrase, not a "- *" pattern */
    int32_t days;             /* DYAD_TIMEP_SHIFT: days to add */
} dyad_time_phrase;

struct dyad_verb_table {
    dyad_time_phrase *time_phrases;
    size_t n_time_phrases, cap_time_phrases;
    size_t time_head; /* 1 + index of the last head phrase, 0: none */
    dyad_verb *verbs;
    size_t n_verbs, cap_verbs;
    int32_t *verb_of_entry; /* lexicon entry index → verb index, or -1 */
    size_t cap_entry;
    dyad_vblock *blocks;
    size_t n_blocks, cap_blocks;
    dyad_pelem *elems;
    size_t n_elems, cap_elems;
    dyad_vphrase *phrases;
    size_t n_phrases, cap_phrases;
    dyad_vset *sets;
    size_t n_sets, cap_sets;
    dyad_vpattern *patterns;
    size_t n_patterns, cap_patterns;
    dyad_strmap set_by_name;  /* "&NAME" → set index */
    dyad_strmap word_ids;     /* folded pattern word → id (1..n_words) */
    uint32_t n_words;
    bool has_stems;           /* some WORD element is a TABARI stem */
    /* made by dyad_verbs_finish (patterns.c) */
    dyad_vreq *reqs;
    size_t n_reqs;
    uint32_t *set_phrases;    /* phrase indexes, grouped per set and first word */
    dyad_vfirst *first_words; /* open addressing, a power of two slots */
    size_t first_cap;
    size_t indexed_phrases;   /* n_phrases when the sets were indexed: the
                                 index serves only while it is unchanged */
    dyad_strmap verb_by_name; /* entry name → verb index */
    dyad_verb_transform *transforms;
    size_t n_transforms, cap_transforms;
    bool sorted;
};

/* Add one line of a TABARI <TIME> section ("LAST_WEEK [-7]", or a
 * "- * AND A WEEK [+8]" pattern of the phrase before it).  0 added, 1 bad
 * line (*err says why), -1 out of memory. */
int dyad_time_phrase_add(dyad_lexicon *lex, const char *line, size_t len, const char **err);

/* The <TIME> phrases of the dictionaries, *n of them (NULL when none). */
const dyad_time_phrase *dyad_time_phrases(const dyad_lexicon *lex, size_t *n);

/* The lexicon's verb table, made on first use; NULL when out of memory. */
struct dyad_verb_table *dyad_verb_table(dyad_lexicon *lex);

/* Grow array *arr (element size sz) to hold n+1; -1 when out of memory. */
int dyad_vgrow(void **arr, size_t *cap, size_t n, size_t sz);

/* Pattern dialects. */
typedef enum dyad_vdialect { DYAD_VD_TABARI, DYAD_VD_PETRARCH, DYAD_VD_DYAD } dyad_vdialect;

/* Parse a code block at *s ("[042:043]"); *s advances past ']'.  0, or 1
 * with *err set (static message), -1 when out of memory. */
int dyad_verb_parse_code(dyad_lexicon *lex, const char **s, const char *end, dyad_verb_code *out,
                         const char **err);

/* Start a new pattern block; returns its index or -1 when out of memory. */
long dyad_verb_block_new(dyad_lexicon *lex);

/* Add a verb with forms (phrases as written; TABARI stems when style is
 * DYAD_STYLE_VERB_STEM) to block `block`.  Returns the verb index, -1
 * when out of memory, -2 when no form was usable (*err set). */
long dyad_verb_add(dyad_lexicon *lex, const char *file, uint32_t line, const char *name,
                   const char *const *forms, uint32_t n_forms, dyad_phrase_style style,
                   dyad_verb_code code, uint32_t block, const char **err);

/* The block of verb index vi. */
uint32_t dyad_verb_block_of(const dyad_lexicon *lex, long vi);

/* Define synset `name` ("&CURRENCY") or add a phrase to it; `noun`: its
 * last word also matches plurals.  0, -1 out of memory, 1 bad (*err). */
int dyad_verb_synset_add(dyad_lexicon *lex, const char *name, size_t name_len, const char *phrase,
                         size_t len, dyad_vdialect d, bool noun, const char **err);

/* Compile pattern text [p, p+len) (without its leading '-' and code) in
 * dialect d into block `block` with code `code`.  0, -1 out of memory, 1
 * malformed (*err set to a static message). */
int dyad_verb_pattern_add(dyad_lexicon *lex, uint32_t block, const char *p, size_t len, dyad_vdialect d,
                          dyad_verb_code code, const char *file, uint32_t line, const char **err);

/* A TABARI/PETRARCH pattern line "- PATTERN [code]" ([p, end), p at the
 * '-') into block `block`: the code is the last bracket of the line.  0, -1
 * out of memory, 1 malformed (*err set to a static message). */
int dyad_verb_pattern_line(dyad_lexicon *lex, uint32_t block, const char *p, const char *end, dyad_vdialect d,
                           const char *file, uint32_t line, const char **err);

/* Add a transformation. 0, -1 OOM, 1 malformed. */
int dyad_verb_transform_add(dyad_lexicon *lex, const char *p, size_t len, const char *file, uint32_t line,
                            const char **err);

/* Sort every block's patterns most specific first; call after loading. */
int dyad_verbs_finish(dyad_lexicon *lex);

/* Regular English inflections of a verb written in capitals or lower case
 * ("AGREE" → AGREES AGREED AGREEING; "CARRY" → CARRIES CARRIED CARRYING):
 * writes up to 3 NUL-terminated forms into out[i] (cap bytes each);
 * returns how many. */
int dyad_verb_inflect(const char *w, size_t n, char out[3][64]);

/* Loaders.  Return the number of bad lines or -1 out of memory. */
long dyad_load_verbs_tabari(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                            size_t len);
long dyad_load_verbs_petrarch(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                              size_t len);
long dyad_load_verbs_dyad(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                          size_t len);

#endif
