/* model.c — the lexicon's storage: entries, the interned word table and the
 * trie of word-id sequences (one root per namespace), plus the date logic
 * of codes.
 *
 * Word ids: a folded word key ("elysee") is interned once; an acronym word
 * ("US" in dyad's format) is interned under a marked key so that it is a
 * different id than the any-case word, and a TABARI stem ("ARGENTIN")
 * likewise.  The trie is one open-addressing hash of (node, word id) →
 * child node, so a step costs one probe whatever the dictionary size. */
#include "lexicon.h"
#include "lexicon_int.h"

#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

static const char *const kind_names[DYAD_ENTRY_KIND_COUNT] = {
    "country", "demonym", "metonym", "org", "group", "person", "actor", "agent", "discard", "verb"};

const char *dyad_entry_kind_name(dyad_entry_kind k)
{
    return (unsigned)k < DYAD_ENTRY_KIND_COUNT ? kind_names[k] : "unknown";
}

dyad_lexicon *dyad_lexicon_new(void)
{
    dyad_lexicon *lex = calloc(1, sizeof *lex);
    if (!lex)
        return NULL;
    lex->arena = dyad_arena_new(0);
    lex->node_entry = malloc(64 * sizeof *lex->node_entry);
    lex->node_gap = calloc(64, sizeof *lex->node_gap);
    if (!lex->arena || !lex->node_entry || !lex->node_gap) {
        dyad_lexicon_free(lex);
        return NULL;
    }
    lex->nodes_cap = 64;
    for (unsigned i = 0; i < DYAD_NS_COUNT; i++)
        lex->node_entry[i] = -1;
    lex->n_nodes = DYAD_NS_COUNT;
    return lex;
}

void dyad_lexicon_free(dyad_lexicon *lex)
{
    if (!lex)
        return;
    free(lex->words);
    free(lex->keys);
    free(lex->edges);
    free(lex->node_entry);
    free(lex->node_gap);
    free(lex->entries);
    free(lex->entry_style);
    free(lex->names);
    free(lex->tags);
    free(lex->fw);
    dyad_verb_table_free(lex->verbs);
    dyad_arena_free(lex->arena);
    free(lex);
}

dyad_arena *dyad_lexicon_arena(dyad_lexicon *lex) { return lex->arena; }

size_t dyad_lexicon_entry_count(const dyad_lexicon *lex) { return lex ? lex->n_entries : 0; }

const dyad_entry *dyad_lexicon_entry(const dyad_lexicon *lex, size_t i)
{
    return lex && i < lex->n_entries ? &lex->entries[i] : NULL;
}

/* ------------------------------------------------------------- word table */
static uint64_t key_hash(const char *k, size_t n) { return XXH3_64bits(k, n); }
static uint32_t fingerprint(uint64_t h) { return (uint32_t)(h >> 32) | 1; }

uint32_t dyad_lex_word_find(const dyad_lexicon *lex, const char *k, size_t n)
{
    if (!lex->words_cap)
        return 0;
    uint64_t h = key_hash(k, n);
    uint32_t fp = fingerprint(h);
    size_t mask = lex->words_cap - 1;
    for (size_t j = (size_t)h & mask;; j = (j + 1) & mask) {
        const lex_word *w = &lex->words[j];
        if (!w->fp)
            return 0;
        if (w->fp == fp && lex->keys[w->id].len == n && memcmp(lex->keys[w->id].key, k, n) == 0)
            return w->id;
    }
}

/* Intern key k; returns its id (>= 1) or 0 when out of memory. */
static uint32_t word_intern(dyad_lexicon *lex, const char *k, size_t n)
{
    if ((lex->n_words + 1) * 2 > lex->words_cap) {
        size_t cap = lex->words_cap ? lex->words_cap * 2 : 1024;
        lex_word *nw = calloc(cap, sizeof *nw);
        if (!nw)
            return 0;
        for (size_t i = 0; i < lex->words_cap; i++) {
            lex_word *w = &lex->words[i];
            if (!w->fp)
                continue;
            const lex_key *key = &lex->keys[w->id];
            size_t j = (size_t)key_hash(key->key, key->len) & (cap - 1);
            while (nw[j].fp)
                j = (j + 1) & (cap - 1);
            nw[j] = *w;
        }
        free(lex->words);
        lex->words = nw;
        lex->words_cap = cap;
    }
    if (lex->n_words + 2 > lex->keys_cap) {
        size_t cap = lex->keys_cap ? lex->keys_cap * 2 : 1024;
        lex_key *nk = realloc(lex->keys, cap * sizeof *nk);
        if (!nk)
            return 0;
        lex->keys = nk;
        lex->keys_cap = cap;
    }
    uint64_t h = key_hash(k, n);
    uint32_t fp = fingerprint(h);
    size_t mask = lex->words_cap - 1;
    size_t j = (size_t)h & mask;
    for (;; j = (j + 1) & mask) {
        lex_word *w = &lex->words[j];
        if (!w->fp)
            break;
        if (w->fp == fp && lex->keys[w->id].len == n && memcmp(lex->keys[w->id].key, k, n) == 0)
            return w->id;
    }
    char *copy = dyad_arena_strndup(lex->arena, k, n);
    if (!copy)
        return 0;
    uint32_t id = (uint32_t)++lex->n_words;
    lex->keys[id] = (lex_key){copy, (uint32_t)n};
    lex->words[j] = (lex_word){fp, id};
    return id;
}

/* Grow the by-word array *rows_p (*rows entries of `size` bytes) to cover
 * word `id`, the new entries zero.  0, or -1 when out of memory (the array
 * is unchanged). */
static int cover_id(void **rows_p, size_t *rows, size_t size, uint32_t id)
{
    size_t n = *rows ? *rows : 1024;
    while (n <= id)
        n *= 2;
    char *p = realloc(*rows_p, n * size);
    if (!p)
        return -1;
    memset(p + *rows * size, 0, (n - *rows) * size);
    *rows_p = p;
    *rows = n;
    return 0;
}

/* Intern the folded key of `word` for tags: its id, with a row in
 * lex->tags, marked DYAD_TAG_NO_PHRASE when new; 0 when out of memory or
 * the word folds to nothing. */
static uint32_t intern_for_tags(dyad_lexicon *lex, const char *word, size_t len)
{
    char key[DYAD_LEX_MAX_KEY];
    size_t k = dyad_key_fold(word, len, key, sizeof key, NULL, NULL);
    if (!k)
        return 0;
    size_t known = lex->n_words;
    uint32_t id = word_intern(lex, key, k);
    if (!id)
        return 0;
    if (id >= lex->tags_words && cover_id((void **)&lex->tags, &lex->tags_words, sizeof *lex->tags, id))
        return 0;
    if (id > known)
        lex->tags[id] |= 1u << 31; /* DYAD_TAG_NO_PHRASE, until a phrase uses it */
    return id;
}

int dyad_lexicon_tag_word(dyad_lexicon *lex, const char *word, size_t len, dyad_word_tag tag, uint32_t value)
{
    static const struct {
        uint32_t max, shift; /* the largest value; value 0 means none, max + 1 ambiguous */
    } fields[] = {{0xFFEu, 0}, {1, 12}, {0x1FFEu, 16}, {1, 30}, {1, 31}};
    if (!value || (unsigned)tag > DYAD_TAG_NO_PHRASE || value > fields[tag].max)
        return -1;
    uint32_t id = intern_for_tags(lex, word, len);
    if (!id)
        return -1;
    uint32_t *cell = &lex->tags[id];
    uint32_t mask = (fields[tag].max == 1 ? 1u : fields[tag].max + 1) << fields[tag].shift;
    uint32_t old = (*cell & mask) >> fields[tag].shift;
    uint32_t v = old && old != value ? (fields[tag].max == 1 ? 1u : fields[tag].max + 1) : value;
    *cell = (*cell & ~mask) | (v << fields[tag].shift);
    return 0;
}

int dyad_lexicon_set_fword(dyad_lexicon *lex, const char *word, size_t len, unsigned classes)
{
    if (!classes || classes >= 0xFFFFu)
        return -1;
    uint32_t id = intern_for_tags(lex, word, len);
    if (!id)
        return -1;
    if (id >= lex->fw_words && cover_id((void **)&lex->fw, &lex->fw_words, sizeof *lex->fw, id))
        return -1;
    lex->fw[id] = lex->fw[id] && lex->fw[id] != classes ? 0xFFFFu : (uint16_t)classes;
    return 0;
}

/* ------------------------------------------------------------------- trie */
static uint64_t edge_key(uint32_t node, uint32_t word) { return ((uint64_t)node << 32) | word; }

/* Both halves of the key mixed into every bit (murmur3's finaliser): with
 * a plain multiply the parent node reached only the top bits of the slot,
 * so the edges of a common word ("of", "minister") from thousands of
 * nodes piled into a few runs of the table. */
static size_t edge_slot(uint64_t key, size_t cap)
{
    uint64_t h = key;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdull;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ull;
    h ^= h >> 33;
    return (size_t)h & (cap - 1);
}

uint32_t dyad_lex_edge_find(const dyad_lexicon *lex, uint32_t node, uint32_t word)
{
    if (!lex->edges_cap || !word)
        return 0;
    uint64_t k = edge_key(node, word);
    size_t mask = lex->edges_cap - 1;
    for (size_t j = edge_slot(k, lex->edges_cap);; j = (j + 1) & mask) {
        if (!lex->edges[j].key)
            return 0;
        if (lex->edges[j].key == k)
            return lex->edges[j].child;
    }
}

/* The child of node by word, made when missing; 0 when out of memory. */
static uint32_t edge_get_or_add(dyad_lexicon *lex, uint32_t node, uint32_t word)
{
    uint32_t c = dyad_lex_edge_find(lex, node, word);
    if (c)
        return c;
    if (word < lex->tags_words) /* a phrase uses the word now */
        lex->tags[word] &= ~(1u << 31);
    if ((lex->n_edges + 1) * 2 > lex->edges_cap) {
        size_t cap = lex->edges_cap ? lex->edges_cap * 2 : 4096;
        lex_edge *ne = calloc(cap, sizeof *ne);
        if (!ne)
            return 0;
        for (size_t i = 0; i < lex->edges_cap; i++) {
            if (!lex->edges[i].key)
                continue;
            size_t j = edge_slot(lex->edges[i].key, cap);
            while (ne[j].key)
                j = (j + 1) & (cap - 1);
            ne[j] = lex->edges[i];
        }
        free(lex->edges);
        lex->edges = ne;
        lex->edges_cap = cap;
    }
    if (lex->n_nodes == lex->nodes_cap) {
        size_t cap = lex->nodes_cap * 2;
        int32_t *nn = realloc(lex->node_entry, cap * sizeof *nn);
        if (!nn)
            return 0;
        lex->node_entry = nn;
        uint8_t *ng = realloc(lex->node_gap, cap * sizeof *ng);
        if (!ng)
            return 0;
        memset(ng + lex->nodes_cap, 0, (cap - lex->nodes_cap) * sizeof *ng);
        lex->node_gap = ng;
        lex->nodes_cap = cap;
    }
    if (lex->n_nodes >= UINT32_MAX - 1)
        return 0;
    uint32_t child = (uint32_t)lex->n_nodes++;
    lex->node_entry[child] = -1;
    uint64_t k = edge_key(node, word);
    size_t j = edge_slot(k, lex->edges_cap);
    while (lex->edges[j].key)
        j = (j + 1) & (lex->edges_cap - 1);
    lex->edges[j] = (lex_edge){k, child};
    lex->n_edges++;
    return child;
}

/* ---------------------------------------------------------------- phrases */
typedef struct phrase_words {
    dyad_lexicon *lex;
    unsigned style; /* dyad_phrase_style, maybe | DYAD_STYLE_GAPS */
    const char *phrase; /* the phrase being split */
    /* the path: word ids, with gap_id before a word joined by a space in
     * a DYAD_STYLE_GAPS phrase */
    uint32_t ids[2 * DYAD_LEX_MAX_WORDS];
    size_t n_ids;
    size_t n; /* words */
    bool gap_before[DYAD_LEX_MAX_WORDS];
    bool overflow, bad, oom, lookup_only;
    /* per word: folded key, letters, uppers (acronym decided at the end) */
    char keys[DYAD_LEX_MAX_WORDS][DYAD_LEX_MAX_KEY + 2];
    size_t key_len[DYAD_LEX_MAX_WORDS];
    unsigned letters[DYAD_LEX_MAX_WORDS], uppers[DYAD_LEX_MAX_WORDS];
} phrase_words;

static int collect_word(void *ctx, const char *w, size_t n)
{
    phrase_words *pw = ctx;
    if (pw->n == DYAD_LEX_MAX_WORDS) {
        pw->overflow = true;
        return -1;
    }
    size_t k = dyad_key_fold(w, n, pw->keys[pw->n] + 1, DYAD_LEX_MAX_KEY, &pw->letters[pw->n],
                             &pw->uppers[pw->n]);
    if (!k)
        return 0; /* "." alone: the tokeniser's sentence period, not a word */
    /* "PRINCE DOL_AMROTH": a space (not '_') before a later word */
    pw->gap_before[pw->n] = (pw->style & DYAD_STYLE_GAPS) && pw->n > 0 && w > pw->phrase &&
                            (w[-1] == ' ' || w[-1] == '\t');
    pw->key_len[pw->n] = k;
    pw->n++;
    return 0;
}

/* Split and key a phrase; fills pw->ids (interning unless lookup_only, in
 * which case an unknown word gives id 0).  false when it has no words. */
static bool phrase_ids(phrase_words *pw, const char *phrase)
{
    size_t len = strlen(phrase);
    unsigned style = pw->style & ~(unsigned)DYAD_STYLE_GAPS;
    bool stem_last = false;
    if ((style == DYAD_STYLE_CAPS_STEM || style == DYAD_STYLE_VERB_STEM) && len && phrase[len - 1] != '_')
        stem_last = true;
    pw->n = 0;
    pw->n_ids = 0;
    pw->phrase = phrase;
    if (dyad_phrase_split(phrase, len, collect_word, pw) < 0 || pw->n == 0) {
        pw->bad = true;
        return false;
    }
    for (size_t i = 0; i < pw->n; i++) {
        char *k = pw->keys[i];
        size_t n = pw->key_len[i];
        bool acronym = false;
        if (style == DYAD_STYLE_VERB || style == DYAD_STYLE_VERB_STEM)
            acronym = false;
        else if (style == DYAD_STYLE_DYAD)
            acronym = pw->letters[i] >= 2 && pw->uppers[i] == pw->letters[i];
        else
            /* a TABARI stem of three capitals is a stem ("ENT" matches
             * "Entian"); "U.S." and two letters stay acronyms */
            acronym = !(stem_last && pw->letters[i] == 3 && !strchr(phrase, '.')) && pw->n == 1 &&
                      pw->letters[i] >= 2 && pw->letters[i] <= 3 &&
                      pw->uppers[i] == pw->letters[i] && n == pw->letters[i];
        const char *key = k + 1;
        size_t kn = n;
        if (stem_last && i + 1 == pw->n && !acronym) {
            k[0] = DYAD_LEX_STEM_MARK;
            key = k;
            kn = n + 1;
            pw->lex->has_stems = true;
        } else if (acronym) {
            k[0] = DYAD_LEX_ACRONYM_MARK;
            key = k;
            kn = n + 1;
        }
        if (pw->gap_before[i]) {
            if (!pw->lookup_only && !pw->lex->gap_id) {
                pw->lex->gap_id = word_intern(pw->lex, DYAD_LEX_GAP_KEY, strlen(DYAD_LEX_GAP_KEY));
                if (!pw->lex->gap_id)
                    pw->oom = true;
            }
            pw->ids[pw->n_ids++] = pw->lex->gap_id;
        }
        uint32_t id = pw->lookup_only ? dyad_lex_word_find(pw->lex, key, kn)
                                      : word_intern(pw->lex, key, kn);
        if (!id && !pw->lookup_only)
            pw->oom = true;
        pw->ids[pw->n_ids++] = id;
    }
    return true;
}

/* ---------------------------------------------------------------- entries */
static uint64_t name_hash(const char *name, unsigned kind)
{
    return XXH3_64bits_withSeed(name, strlen(name), kind + 1) | 1;
}

/* Index of the entry with this name and kind, or -1. */
static long name_find(const dyad_lexicon *lex, const char *name, unsigned kind, size_t *slot)
{
    uint64_t h = name_hash(name, kind);
    size_t mask = lex->names_cap - 1;
    size_t j = (size_t)h & mask;
    for (;; j = (j + 1) & mask) {
        const lex_name *e = &lex->names[j];
        if (!e->hash)
            break;
        const dyad_entry *en = &lex->entries[e->entry];
        if (e->hash == h && en->kind == kind && strcmp(en->name, name) == 0) {
            *slot = j;
            return (long)e->entry;
        }
    }
    *slot = j;
    return -1;
}

static int names_grow(dyad_lexicon *lex)
{
    if ((lex->n_names + 1) * 2 <= lex->names_cap)
        return 0;
    size_t cap = lex->names_cap ? lex->names_cap * 2 : 1024;
    lex_name *nn = calloc(cap, sizeof *nn);
    if (!nn)
        return -1;
    for (size_t i = 0; i < lex->names_cap; i++) {
        if (!lex->names[i].hash)
            continue;
        size_t j = (size_t)lex->names[i].hash & (cap - 1);
        while (nn[j].hash)
            j = (j + 1) & (cap - 1);
        nn[j] = lex->names[i];
    }
    free(lex->names);
    lex->names = nn;
    lex->names_cap = cap;
    return 0;
}

static unsigned ns_index(unsigned ns)
{
    return ns == DYAD_NS_AGENT ? 1 : ns == DYAD_NS_DISCARD ? 2 : ns == DYAD_NS_VERB ? 3 : 0;
}

/* Unhook the phrases of entry idx (style as when added). */
static void entry_unindex(dyad_lexicon *lex, size_t idx)
{
    const dyad_entry *e = &lex->entries[idx];
    phrase_words *pw = malloc(sizeof *pw);
    if (!pw)
        return;
    unsigned ns = e->kind == DYAD_ENTRY_AGENT     ? DYAD_NS_AGENT
                  : e->kind == DYAD_ENTRY_DISCARD ? DYAD_NS_DISCARD
                  : e->kind == DYAD_ENTRY_VERB    ? DYAD_NS_VERB
                                                  : DYAD_NS_ACTOR;
    for (uint32_t p = 0; p < e->n_phrases; p++) {
        memset(pw, 0, offsetof(phrase_words, keys));
        pw->lex = lex;
        pw->style = lex->entry_style[idx];
        pw->lookup_only = true;
        if (!phrase_ids(pw, e->phrases[p]))
            continue;
        uint32_t node = ns_index(ns);
        bool found = true;
        for (size_t i = 0; i < pw->n_ids && found; i++) {
            node = dyad_lex_edge_find(lex, node, pw->ids[i]);
            found = node != 0;
        }
        if (found && lex->node_entry[node] == (int32_t)idx)
            lex->node_entry[node] = -1;
    }
    free(pw);
}

int dyad_lexicon_add_entry(dyad_lexicon *lex, const dyad_entry *e, unsigned ns, unsigned style,
                           bool replace_same_name)
{
    if (lex->n_entries >= INT32_MAX)
        return -1;
    if (lex->n_entries == lex->entries_cap) {
        size_t cap = lex->entries_cap ? lex->entries_cap * 2 : 1024;
        dyad_entry *ne = realloc(lex->entries, cap * sizeof *ne);
        if (!ne)
            return -1;
        lex->entries = ne;
        uint8_t *ns_style = realloc(lex->entry_style, cap);
        if (!ns_style)
            return -1;
        lex->entry_style = ns_style;
        lex->entries_cap = cap;
    }
    size_t idx = lex->n_entries;
    if (replace_same_name) {
        if (names_grow(lex))
            return -1;
        size_t slot;
        long old = name_find(lex, e->name, e->kind, &slot);
        if (old >= 0) {
            entry_unindex(lex, (size_t)old);
            lex->names[slot].entry = (uint32_t)idx;
        } else {
            lex->names[slot] = (lex_name){name_hash(e->name, e->kind), (uint32_t)idx};
            lex->n_names++;
        }
    }
    lex->entries[idx] = *e;
    lex->entry_style[idx] = (uint8_t)style;
    lex->n_entries++;
    phrase_words *pw = malloc(sizeof *pw);
    if (!pw)
        return -1;
    int rejected = 0;
    for (uint32_t p = 0; p < e->n_phrases; p++) {
        memset(pw, 0, offsetof(phrase_words, keys));
        pw->lex = lex;
        pw->style = style;
        if (!phrase_ids(pw, e->phrases[p])) {
            rejected++;
            continue;
        }
        if (pw->oom) {
            free(pw);
            return -1;
        }
        uint32_t node = ns_index(ns);
        size_t span = 0; /* tokens the phrase may cover */
        for (size_t i = 0; i < pw->n_ids; i++) {
            uint32_t from = node;
            node = edge_get_or_add(lex, node, pw->ids[i]);
            if (!node) {
                free(pw);
                return -1;
            }
            if (pw->ids[i] == lex->gap_id) {
                lex->node_gap[from] = 1;
                lex->has_gaps = true;
                span += DYAD_LEX_GAP_MAX;
            } else
                span++;
        }
        lex->node_entry[node] = (int32_t)idx;
        if (span > lex->max_words)
            lex->max_words = span;
    }
    free(pw);
    return rejected;
}

/* ------------------------------------------------------------------ dates */
static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

int32_t dyad_lexicon_date(const char *iso)
{
    if (!iso)
        return 0;
    size_t n = strlen(iso);
    if (n < 4)
        return 0;
    int y = digits(iso, 4), m = 1, d = 1;
    if (y < 0)
        return 0;
    if (n >= 7 && iso[4] == '-') {
        m = digits(iso + 5, 2);
        if (n >= 10 && iso[7] == '-')
            d = digits(iso + 8, 2);
    }
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    return y * 10000 + m * 100 + d;
}

size_t dyad_entry_codes_at(const dyad_entry *entry, const char *date, const dyad_code **out, size_t max)
{
    if (!entry)
        return 0;
    int32_t d = dyad_lexicon_date(date);
    size_t n = 0;
    bool dated_holds = false;
    for (uint32_t i = 0; i < entry->n_codes; i++) {
        const dyad_code *c = &entry->codes[i];
        if (!c->from && !c->to)
            continue;
        if (d && (!c->from || c->from <= d) && (!c->to || d < c->to)) {
            dated_holds = true;
            if (n < max)
                out[n] = c;
            n++;
        }
    }
    for (uint32_t i = 0; i < entry->n_codes; i++) {
        const dyad_code *c = &entry->codes[i];
        if (c->from || c->to)
            continue;
        if ((c->flags & DYAD_CODE_DEFAULT) && dated_holds)
            continue;
        if (n < max)
            out[n] = c;
        n++;
    }
    return n;
}
