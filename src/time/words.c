/* words.c — the word lists of the time stage (data/time.txt): weekday and
 * month names, prepositions, relative words, future-tense cues, names that
 * are not times.  Loaded once per engine into a hash table of phrases; every
 * prefix of a multi-word phrase is in the table too (as a prefix-only entry),
 * so the scanner can stop extending a phrase as soon as the words read so
 * far start none. */
#include "time/time.h"
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

/* The table is open addressing over small slots (hash, length, entry
 * index), with keys and entries kept apart: the scanner looks up most
 * words of a text and almost all look-ups miss, so a miss must be decided
 * inside a few cache lines, without touching a key. */
#define FIRST_BITS 4096

typedef struct tw_slot {
    uint32_t hash; /* the key's hash; 0 with len 0: empty */
    uint16_t len;  /* 0: empty */
    uint16_t entry;
} tw_slot;

struct dyad_time_words {
    tw_slot *slots;
    size_t cap;            /* a power of two, at least 4n */
    char **keys;           /* keys[e]: entry e's phrase */
    dyad_time_word *words; /* words[e]: entry e */
    size_t n, n_cap;
    /* a bit per (first byte, second byte, last byte, length) hash of every
     * phrase's first word: the scan asks about every token of a text, and
     * this rejects the words that start no phrase (most of them) before
     * lower-casing and hashing */
    uint64_t first_bits[FIRST_BITS / 64];
    /* the lexicon whose word table holds this table's tags (NULL: none);
     * set once, at engine load */
    const struct dyad_lexicon *tagged_in;
    /* the most words of a phrase of each kind */
    uint8_t max_words[TW_N_KINDS];
    /* suffix_end[c]: 1 when some futuresuffix phrase ends in byte c */
    uint8_t suffix_end[256];
};

static unsigned char lower_ascii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

/* The filter's bit for a word of n > 0 bytes (ASCII case ignored). */
static unsigned first_bit(const char *word, size_t n)
{
    unsigned c0 = lower_ascii((unsigned char)word[0]), c1 = lower_ascii((unsigned char)word[n > 1]),
             cl = lower_ascii((unsigned char)word[n - 1]);
    return (c0 * 131u + c1 * 31u + cl * 7u + (unsigned)n) % FIRST_BITS;
}

static const struct {
    const char *name;
    int kind;
} kind_names[] = {
    {"weekday", TW_WEEKDAY},   {"month", TW_MONTH},         {"monthabbr", TW_MONTHABBR},
    {"prep", TW_PREP},         {"mod", TW_MOD},             {"partofday", TW_PARTOFDAY},
    {"weekrel", TW_WEEKREL},   {"deictic", TW_DEICTIC},     {"narrative", TW_NARRATIVE},
    {"number", TW_NUMBER},     {"unit", TW_UNIT},           {"ago", TW_AGO},
    {"later", TW_LATER},       {"future", TW_FUTURE},       {"futuresuffix", TW_FUTURESUFFIX},
    {"past", TW_PAST},         {"name", TW_NAME},           {"habitual", TW_HABITUAL},
    {"countprep", TW_COUNTPREP},
};

static uint32_t hash_key(const char *s, size_t n)
{
    uint32_t h = 2166136261u; /* FNV-1a */
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* The slot holding `key`, or the empty slot where it would go. */
static tw_slot *find_slot(const dyad_time_words *w, tw_slot *slots, size_t cap, const char *key, size_t len,
                          uint32_t h)
{
    size_t j = h & (cap - 1);
    while (slots[j].len && !(slots[j].hash == h && slots[j].len == len && memcmp(w->keys[slots[j].entry], key, len) == 0))
        j = (j + 1) & (cap - 1);
    return &slots[j];
}

/* The entry for `key`, inserted (as a prefix-only entry) when missing;
 * NULL when out of memory or the table is full (65,535 entries). */
static dyad_time_word *upsert(dyad_time_words *w, dyad_arena *a, const char *key, size_t len)
{
    if (len == 0 || len > UINT16_MAX)
        return NULL;
    if ((w->n + 1) * 4 > w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 1024;
        tw_slot *slots = dyad_arena_array(a, cap, sizeof *slots);
        if (!slots)
            return NULL;
        for (size_t i = 0; i < w->cap; i++)
            if (w->slots[i].len) {
                const tw_slot *o = &w->slots[i];
                *find_slot(w, slots, cap, w->keys[o->entry], o->len, o->hash) = *o;
            }
        w->slots = slots;
        w->cap = cap;
    }
    uint32_t h = hash_key(key, len);
    tw_slot *s = find_slot(w, w->slots, w->cap, key, len, h);
    if (s->len)
        return &w->words[s->entry];
    if (w->n >= UINT16_MAX)
        return NULL;
    if (w->n == w->n_cap) {
        size_t nc = w->n_cap ? w->n_cap * 2 : 256;
        char **keys = dyad_arena_grow(a, w->keys, w->n, nc, sizeof *keys);
        dyad_time_word *words = dyad_arena_grow(a, w->words, w->n, nc, sizeof *words);
        if (!keys || !words)
            return NULL;
        w->keys = keys;
        w->words = words;
        w->n_cap = nc;
    }
    if (!(w->keys[w->n] = dyad_arena_strndup(a, key, len)))
        return NULL;
    memset(&w->words[w->n], 0, sizeof w->words[w->n]);
    s->hash = h;
    s->len = (uint16_t)len;
    s->entry = (uint16_t)w->n++;
    const char *sp = memchr(key, ' ', len);
    unsigned bit = first_bit(key, sp ? (size_t)(sp - key) : len);
    w->first_bits[bit / 64] |= 1ull << (bit % 64);
    return &w->words[s->entry];
}

int dyad_time_words_tag(dyad_time_words *w, struct dyad_lexicon *lex)
{
    w->tagged_in = NULL;
    if (!lex || w->n > 0xFFE)
        return 0; /* more entries than a tag holds: look every word up */
    for (size_t e = 0; e < w->n; e++) {
        const char *k = w->keys[e], *end = k + strlen(k);
        if (!memchr(k, ' ', (size_t)(end - k)) &&
            dyad_lexicon_tag_word(lex, k, (size_t)(end - k), DYAD_TAG_TIME_FIRST, (uint32_t)e + 1))
            return -1;
        /* the anchors: every expression (find.c) holds a number or the
         * weekday, month or unit it names, or the whole of a deictic or
         * narrative phrase, so its last word */
        const uint32_t whole = (1u << TW_WEEKDAY) | (1u << TW_MONTH) | (1u << TW_MONTHABBR) | (1u << TW_UNIT);
        const uint32_t last = (1u << TW_DEICTIC) | (1u << TW_NARRATIVE);
        while (k < end) {
            const char *sp = memchr(k, ' ', (size_t)(end - k));
            const char *we = sp ? sp : end;
            /* a word that folds to nothing could not be told absent from
             * a token's ids: then no tags at all */
            if (we > k && dyad_lexicon_tag_word(lex, k, (size_t)(we - k), DYAD_TAG_TIME_WORD, 1))
                return -1;
            if (we > k && ((w->words[e].kinds & whole) || (!sp && (w->words[e].kinds & last))) &&
                dyad_lexicon_tag_word(lex, k, (size_t)(we - k), DYAD_TAG_TIME_ANCHOR, 1))
                return -1;
            k = sp ? sp + 1 : end;
        }
    }
    w->tagged_in = lex;
    return 0;
}

bool dyad_time_words_tagged(const dyad_time_words *w, const struct dyad_lexicon *lex)
{
    return w && lex && w->tagged_in == lex;
}

const dyad_time_word *dyad_time_words_entry(const dyad_time_words *w, uint32_t index, const char **key)
{
    *key = w->keys[index];
    return &w->words[index];
}

/* How far an expression's first number or anchor word may lie from its
 * first token, from the phrases loaded; see time.h. */
size_t dyad_time_words_reach(const dyad_time_words *w)
{
    /* find.c's match_at: [PREP] [MOD ["-"]] CORE, where CORE's first
     * number or anchor word comes after at most a number phrase ("a
     * couple of" days ago), a weekrel phrase ("this coming" Friday), or
     * the words of a deictic or narrative phrase before its last ("the day
     * before" yesterday); a weekday, month, unit or number is itself one */
    const uint8_t *m = w->max_words;
    size_t core = 0;
    if (m[TW_DEICTIC] > core + 1)
        core = m[TW_DEICTIC] - 1u;
    if (m[TW_NARRATIVE] > core + 1)
        core = m[TW_NARRATIVE] - 1u;
    if (m[TW_NUMBER] > core)
        core = m[TW_NUMBER];
    if (m[TW_WEEKREL] > core)
        core = m[TW_WEEKREL];
    return (size_t)m[TW_PREP] + m[TW_MOD] + 1 + core;
}

/* The last bytes of the futuresuffix phrases, a table of 256; see time.h. */
const uint8_t *dyad_time_words_suffix_ends(const dyad_time_words *w) { return w->suffix_end; }

/* Look up a phrase; see time.h (NULL: neither a phrase nor a prefix). */
const dyad_time_word *dyad_time_words_get(const dyad_time_words *w, const char *key, size_t len)
{
    if (!w || !w->cap || !len || len > UINT16_MAX)
        return NULL;
    const tw_slot *s = find_slot(w, w->slots, w->cap, key, len, hash_key(key, len));
    return s->len ? &w->words[s->entry] : NULL;
}

bool dyad_time_words_may_start(const dyad_time_words *w, const char *word, size_t len)
{
    if (!w || !len)
        return false;
    unsigned bit = first_bit(word, len);
    return (w->first_bits[bit / 64] >> (bit % 64)) & 1;
}

static bool span_is(const char *s, size_t n, const char *lit)
{
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* "day" → DYAD_TIME_DAY ...; -1 if unknown. */
static int unit_from_name(const char *s, size_t n)
{
    if (span_is(s, n, "day"))
        return DYAD_TIME_DAY;
    if (span_is(s, n, "week"))
        return DYAD_TIME_WEEK;
    if (span_is(s, n, "month"))
        return DYAD_TIME_MONTH;
    if (span_is(s, n, "year"))
        return DYAD_TIME_YEAR;
    if (span_is(s, n, "hour"))
        return DYAD_TIME_HOUR;
    return -1;
}

/* Parse a signed integer filling all of s[0..n); false if not one. */
static bool parse_int(const char *s, size_t n, int *v)
{
    size_t i = 0;
    int sign = 1, x = 0;
    if (i < n && (s[i] == '-' || s[i] == '+'))
        sign = s[i++] == '-' ? -1 : 1;
    if (i == n || n - i > 4)
        return false;
    for (; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = sign * x;
    return true;
}

/* Read the VALUE column for `kind`: sets *val and *unit; false if bad. */
static bool parse_value(int kind, const char *s, size_t n, int *val, int *unit)
{
    *val = 0;
    *unit = 0;
    switch (kind) {
    case TW_PREP:
        if (span_is(s, n, "at"))
            *val = DYAD_TIME_AT;
        else if (span_is(s, n, "since"))
            *val = DYAD_TIME_SINCE;
        else if (span_is(s, n, "until"))
            *val = DYAD_TIME_UNTIL;
        else
            return false;
        return true;
    case TW_DEICTIC:
    case TW_NARRATIVE: {
        const char *sp = memchr(s, ' ', n);
        if (!sp)
            return false;
        *unit = unit_from_name(s, (size_t)(sp - s));
        const char *v = sp;
        while (v < s + n && *v == ' ')
            v++;
        return *unit >= 0 && *unit != DYAD_TIME_HOUR && parse_int(v, (size_t)(s + n - v), val);
    }
    case TW_UNIT:
        *unit = unit_from_name(s, n);
        return *unit >= 0;
    case TW_MOD:
    case TW_PARTOFDAY:
    case TW_FUTURE:
    case TW_FUTURESUFFIX:
    case TW_PAST:
    case TW_NAME:
    case TW_HABITUAL:
    case TW_COUNTPREP:
        return true; /* no value, or an ignored one */
    default:
        return parse_int(s, n, val);
    }
}

/* Add one phrase (lower-cased, spaces collapsed) with its kind and value,
 * and its prefixes as prefix-only entries.  -1 on OOM. */
static int add_phrase(dyad_time_words *w, dyad_arena *a, const char *p, size_t n, int kind, int val,
                      int unit)
{
    char key[128];
    size_t k = 0;
    for (size_t i = 0; i < n && k < sizeof key; i++) {
        char c = p[i];
        if (c == ' ' || c == '\t') {
            if (k && key[k - 1] != ' ')
                key[k++] = ' ';
            continue;
        }
        key[k++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    while (k && key[k - 1] == ' ')
        k--;
    if (!k || k >= sizeof key)
        return 0; /* empty, or longer than any phrase the scanner builds */
    for (size_t i = 1; i < k; i++) {
        dyad_time_word *prefix = key[i] == ' ' ? upsert(w, a, key, i) : NULL;
        if (key[i] == ' ' && !prefix)
            return -1;
        if (prefix)
            prefix->longer = 1;
    }
    dyad_time_word *tw = upsert(w, a, key, k);
    if (!tw)
        return -1;
    tw->kinds |= 1u << kind;
    tw->val[kind] = (int16_t)val;
    size_t words = 1;
    for (size_t i = 0; i < k; i++)
        words += key[i] == ' ';
    if (words > w->max_words[kind])
        w->max_words[kind] = (uint8_t)(words > 255 ? 255 : words);
    if (kind == TW_DEICTIC || kind == TW_NARRATIVE || kind == TW_UNIT)
        tw->unit = (uint8_t)unit;
    if (kind == TW_FUTURESUFFIX)
        w->suffix_end[(unsigned char)key[k - 1]] = 1;
    /* the first word's entry (the phrase itself, or the prefix entry made
     * above for its first word, so found, not added): it starts a phrase
     * of this kind.  Last: an upsert may move the entries. */
    const char *sp = memchr(key, ' ', k);
    dyad_time_word *first = sp ? upsert(w, a, key, (size_t)(sp - key)) : tw;
    if (!first)
        return -1;
    first->starts |= 1u << kind;
    return 0;
}

static int load_text(dyad_time_words *w, dyad_arena *a, const dyad_engine *eng, const char *name,
                     const char *data, size_t len)
{
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar1 = memchr(line, '|', n);
        const char *bar2 = bar1 ? memchr(bar1 + 1, '|', (size_t)(line + n - bar1 - 1)) : NULL;
        if (!bar1) {
            if (eng)
                dyad_engine_diag(eng, "%s:%u: expected 'KIND | PHRASES | VALUE'", name, it.lineno);
            continue;
        }
        const char *ke = bar1;
        while (ke > line && ke[-1] == ' ')
            ke--;
        int kind = -1;
        for (size_t i = 0; i < sizeof kind_names / sizeof *kind_names; i++)
            if (span_is(line, (size_t)(ke - line), kind_names[i].name))
                kind = kind_names[i].kind;
        if (kind < 0) {
            if (eng)
                dyad_engine_diag(eng, "%s:%u: unknown kind '%.*s'", name, it.lineno, (int)(ke - line), line);
            continue;
        }
        const char *ph = bar1 + 1, *phe = bar2 ? bar2 : line + n;
        int val = 0, unit = 0;
        if (bar2) {
            const char *v = bar2 + 1, *ve = line + n;
            while (v < ve && *v == ' ')
                v++;
            if (!parse_value(kind, v, (size_t)(ve - v), &val, &unit)) {
                if (eng)
                    dyad_engine_diag(eng, "%s:%u: bad value '%.*s'", name, it.lineno, (int)(ve - v), v);
                continue;
            }
        } else if (!parse_value(kind, "", 0, &val, &unit)) {
            if (eng)
                dyad_engine_diag(eng, "%s:%u: missing value", name, it.lineno);
            continue;
        }
        while (ph < phe) {
            const char *semi = memchr(ph, ';', (size_t)(phe - ph));
            const char *pe = semi ? semi : phe;
            if (add_phrase(w, a, ph, (size_t)(pe - ph), kind, val, unit))
                return -1;
            ph = semi ? semi + 1 : phe;
        }
    }
    return 0;
}

/* Build the word lists from the built-in time.txt into arena `a`; bad
 * lines go to diag_eng's diagnostics when it is not NULL.  NULL on OOM. */
dyad_time_words *dyad_time_words_build(dyad_arena *a, const dyad_engine *diag_eng)
{
    dyad_time_words *w = dyad_arena_alloc(a, sizeof *w);
    if (!w)
        return NULL;
    const dyad_blob *b = dyad_builtin_find("time.txt");
    if (b && load_text(w, a, diag_eng, b->name, (const char *)b->data, b->len))
        return NULL;
    return w;
}

/* Load the word lists into eng->time_words (engine load).  0 or -1 (OOM). */
int dyad_time_words_load(dyad_engine *eng)
{
    eng->time_words = dyad_time_words_build(eng->arena, eng);
    return eng->time_words ? 0 : -1;
}
