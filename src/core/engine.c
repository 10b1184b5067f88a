/* engine.c — loading the immutable engine: built-in data compiled into the
 * binary, then the user's --dict files.  After dyad_engine_load() returns,
 * nothing in the engine changes, so threads share it without locks. */
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/codebook.h"
#include "lexicon/lexicon.h"
#include "statements/statements.h"
#include "text/lang.h"
#include "time/time.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dyad_version_number(void) { return DYAD_VERSION_NUMBER; }

const char *dyad_strerror(dyad_status s)
{
    switch (s) {
    case DYAD_OK: return "ok";
    case DYAD_END: return "end of input";
    case DYAD_ERR_NOMEM: return "out of memory or size limit reached";
    case DYAD_ERR_IO: return "cannot read input";
    case DYAD_ERR_FORMAT: return "malformed input";
    case DYAD_ERR_TOOBIG: return "document too large";
    case DYAD_ERR_ARG: return "invalid argument";
    case DYAD_ERR_DICT: return "cannot load dictionary";
    case DYAD_ERR_EMPTY: return "document has no text";
    }
    return "unknown status";
}

static void diag_stderr(void *ctx, const char *msg)
{
    (void)ctx;
    fprintf(stderr, "dyad: %s\n", msg);
}

void dyad_engine_diag(const dyad_engine *eng, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (eng && eng->diag)
        eng->diag(eng->diag_ctx, msg);
    else
        diag_stderr(NULL, msg);
}

const dyad_blob *dyad_builtin_find(const char *name)
{
    for (const dyad_blob *b = dyad_builtin_data; b->name; b++)
        if (strcmp(b->name, name) == 0)
            return b;
    return NULL;
}

/* ------------------------------------------------------------------ lines */
const char *dyad_lines_next(dyad_lines *it, size_t *len)
{
    while (it->p < it->end) {
        const char *s = it->p;
        const char *nl = memchr(s, '\n', (size_t)(it->end - s));
        const char *e = nl ? nl : it->end;
        it->p = nl ? nl + 1 : it->end;
        it->lineno++;
        /* comment: '#' at line start or after white space */
        const char *c = s;
        for (; c < e; c++)
            if (*c == '#' && (c == s || c[-1] == ' ' || c[-1] == '\t'))
                break;
        e = c;
        while (s < e && (*s == ' ' || *s == '\t' || *s == '\r'))
            s++;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
            e--;
        if (e > s) {
            *len = (size_t)(e - s);
            return s;
        }
    }
    return NULL;
}

/* ----------------------------------------------------------------- strset */
static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

/* Make room for one more key: the table doubles at half load. */
static int strset_reserve(dyad_strset *s, dyad_arena *a)
{
    if ((s->n + 1) * 2 <= s->cap)
        return 0;
    size_t cap = s->cap ? s->cap * 2 : 64;
    char **keys = dyad_arena_array(a, cap, sizeof *keys);
    uint64_t *hashes = dyad_arena_array(a, cap, sizeof *hashes);
    uint32_t *lens = dyad_arena_array(a, cap, sizeof *lens);
    uint32_t *vals = dyad_arena_array(a, cap, sizeof *vals);
    if (!keys || !hashes || !lens || !vals)
        return -1;
    for (size_t i = 0; i < s->cap; i++) {
        if (!s->keys[i])
            continue;
        size_t j = s->hashes[i] & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = s->keys[i];
        hashes[j] = s->hashes[i];
        lens[j] = s->lens[i];
        vals[j] = s->vals[i];
    }
    s->keys = keys;
    s->hashes = hashes;
    s->lens = lens;
    s->vals = vals;
    s->cap = cap;
    return 0;
}

/* The slot of key: where it is, or the empty slot where it would go. */
static size_t strset_slot(const dyad_strset *s, const char *key, size_t len, uint64_t h)
{
    size_t j = h & (s->cap - 1);
    while (s->keys[j]) {
        if (s->hashes[j] == h && s->lens[j] == len && memcmp(s->keys[j], key, len) == 0)
            return j;
        j = (j + 1) & (s->cap - 1);
    }
    return j;
}

/* Insert key when absent; the slot in *slot. */
static int strset_insert(dyad_strset *s, dyad_arena *a, const char *key, size_t len, size_t *slot)
{
    if (len > UINT32_MAX || strset_reserve(s, a))
        return -1;
    uint64_t h = fnv1a(key, len);
    size_t j = strset_slot(s, key, len, h);
    if (!s->keys[j]) {
        char *k = dyad_arena_strndup(a, key, len);
        if (!k)
            return -1;
        s->keys[j] = k;
        s->hashes[j] = h;
        s->lens[j] = (uint32_t)len;
        s->n++;
    }
    *slot = j;
    return 0;
}

int dyad_strset_add(dyad_strset *s, dyad_arena *a, const char *key, size_t len)
{
    size_t j;
    return strset_insert(s, a, key, len, &j);
}

int dyad_strset_or_value(dyad_strset *s, dyad_arena *a, const char *key, size_t len, uint32_t bits)
{
    size_t j;
    if (strset_insert(s, a, key, len, &j))
        return -1;
    s->vals[j] |= bits;
    return 0;
}

bool dyad_strset_has(const dyad_strset *s, const char *key, size_t len)
{
    if (!s->cap)
        return false;
    return s->keys[strset_slot(s, key, len, fnv1a(key, len))] != NULL;
}

uint32_t dyad_strset_value(const dyad_strset *s, const char *key, size_t len)
{
    if (!s->cap)
        return 0;
    size_t j = strset_slot(s, key, len, fnv1a(key, len));
    return s->keys[j] ? s->vals[j] : 0;
}

/* ------------------------------------------------------------ data files */
static char *lower_ascii(dyad_arena *a, const char *s, size_t n)
{
    char *p = dyad_arena_strndup(a, s, n);
    if (p)
        for (size_t i = 0; i < n; i++)
            p[i] = (char)tolower((unsigned char)p[i]);
    return p;
}

/* boilerplate.txt: "WHY | WHERE | PHRASE [| MAXLEN]", WHERE is any, start
 * or exact. */
static int load_boilerplate(dyad_engine *eng, const char *name, const char *data, size_t len)
{
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    size_t cap = 0;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *f[4];
        size_t fl[4];
        int nf = 0;
        const char *p = line, *end = line + n;
        while (nf < 4) {
            const char *bar = NULL;
            for (const char *q = p; q + 2 < end; q++)
                if (q[0] == ' ' && q[1] == '|' && q[2] == ' ') {
                    bar = q;
                    break;
                }
            const char *fe = bar ? bar : end;
            f[nf] = p;
            fl[nf] = (size_t)(fe - p);
            nf++;
            if (!bar)
                break;
            p = bar + 3;
        }
        bp_where where;
        if (nf < 3) {
            dyad_engine_diag(eng, "%s:%u: expected 'WHY | WHERE | PHRASE'", name, it.lineno);
            continue;
        }
        if (fl[1] == 3 && memcmp(f[1], "any", 3) == 0)
            where = BP_ANY;
        else if (fl[1] == 5 && memcmp(f[1], "start", 5) == 0)
            where = BP_START;
        else if (fl[1] == 5 && memcmp(f[1], "exact", 5) == 0)
            where = BP_EXACT;
        else {
            dyad_engine_diag(eng, "%s:%u: WHERE must be any, start or exact", name, it.lineno);
            continue;
        }
        if (eng->n_bp_rules == cap) {
            cap = cap ? cap * 2 : 64;
            eng->bp_rules = dyad_arena_grow(eng->arena, eng->bp_rules, eng->n_bp_rules, cap,
                                            sizeof *eng->bp_rules);
            if (!eng->bp_rules)
                return -1;
        }
        dyad_bp_rule *r = &eng->bp_rules[eng->n_bp_rules++];
        r->why = dyad_arena_strndup(eng->arena, f[0], fl[0]);
        r->where = where;
        r->needle = lower_ascii(eng->arena, f[2], fl[2]);
        r->len = fl[2];
        r->max_para = nf > 3 ? (size_t)strtoul(f[3], NULL, 10) : 0;
    }
    return 0;
}

/* "KIND | word" lines into sets: abbreviations.txt (abbrev, final,
 * starter) and places.txt (city, outlet).  Abbreviations keep their case
 * ("No." is one, "no." is not); the other sets are lower-cased. */
static int load_wordsets(dyad_engine *eng, const char *name, const char *data, size_t len)
{
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar = memchr(line, '|', n);
        if (!bar) {
            dyad_engine_diag(eng, "%s:%u: expected 'KIND | WORD'", name, it.lineno);
            continue;
        }
        size_t kl = (size_t)(bar - line);
        while (kl && line[kl - 1] == ' ')
            kl--;
        const char *w = bar + 1;
        while (w < line + n && *w == ' ')
            w++;
        size_t wl = (size_t)(line + n - w);
        dyad_strset *set = NULL, *also = NULL;
        bool keep_case = false;
        if (kl == 6 && memcmp(line, "abbrev", 6) == 0) {
            set = &eng->abbrev;
            keep_case = true;
        } else if (kl == 5 && memcmp(line, "final", 5) == 0) {
            set = &eng->abbrev_final; /* may also end a sentence */
            also = &eng->abbrev;
            keep_case = true;
        } else if (kl == 7 && memcmp(line, "starter", 7) == 0)
            set = &eng->starters;
        else if (kl == 2 && line[0] >= 'a' && line[0] <= 'z') {
            /* stopwords.txt: "en | the of and ...": one key "en:word" each */
            const char *p = w, *e = w + wl;
            while (p < e) {
                while (p < e && *p == ' ')
                    p++;
                const char *q = p;
                while (q < e && *q != ' ')
                    q++;
                if (q > p) {
                    char key[64];
                    size_t kn = (size_t)(q - p);
                    if (kn + 3 < sizeof key) {
                        memcpy(key, line, 2);
                        key[2] = ':';
                        memcpy(key + 3, p, kn);
                        if (dyad_strset_add(&eng->stopwords, eng->arena, key, kn + 3))
                            return -1;
                    }
                }
                p = q;
            }
            continue;
        } else if (kl == 4 && memcmp(line, "city", 4) == 0)
            set = &eng->cities;
        else if (kl == 6 && memcmp(line, "outlet", 6) == 0)
            set = &eng->outlets;
        else {
            dyad_engine_diag(eng, "%s:%u: unknown kind '%.*s'", name, it.lineno, (int)kl, line);
            continue;
        }
        char *lw = keep_case ? dyad_arena_strndup(eng->arena, w, wl) : lower_ascii(eng->arena, w, wl);
        if (!lw)
            return -1;
        if (keep_case && wl && lw[wl - 1] == '.')
            wl--; /* stored without the final period */
        if (dyad_strset_add(set, eng->arena, lw, wl))
            return -1;
        if (also && dyad_strset_add(also, eng->arena, lw, wl))
            return -1;
    }
    return 0;
}

int dyad_fword(const dyad_engine *eng, const char *w, size_t n)
{
    int v = dyad_strmap_get(&eng->fwords, w, n);
    return v < 0 ? 0 : v;
}

/* function-words.txt: "CLASS | words"; a word's classes are OR-ed. */
static int load_fwords(dyad_engine *eng, const char *name, const char *data, size_t len)
{
    static const struct {
        const char *name;
        int bit;
    } classes[] = {{"det", DYAD_FW_DET},   {"pron", DYAD_FW_PRON}, {"aux", DYAD_FW_AUX},
                   {"adv", DYAD_FW_ADV},   {"prep", DYAD_FW_PREP}, {"conj", DYAD_FW_CONJ},
                   {"sub", DYAD_FW_SUB},   {"time", DYAD_FW_TIME}, {"expl", DYAD_FW_EXPL},
                   {"clprep", DYAD_FW_CLPREP}, {"poss", DYAD_FW_POSS}};
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar = memchr(line, '|', n);
        int bit = 0;
        if (bar)
            for (size_t k = 0; k < sizeof classes / sizeof *classes; k++) {
                size_t cl = strlen(classes[k].name);
                if ((size_t)(bar - line) >= cl && memcmp(line, classes[k].name, cl) == 0 &&
                    (line[cl] == ' ' || line[cl] == '|'))
                    bit = classes[k].bit;
            }
        if (!bit) {
            dyad_engine_diag(eng, "%s:%u: expected 'CLASS | words' with a known class", name, it.lineno);
            continue;
        }
        for (const char *p = bar + 1, *e = line + n; p < e;) {
            while (p < e && *p == ' ')
                p++;
            const char *q = p;
            while (q < e && *q != ' ')
                q++;
            if (q > p) {
                int old = dyad_strmap_get(&eng->fwords, p, (size_t)(q - p));
                if (dyad_strmap_put(&eng->fwords, eng->arena, p, (size_t)(q - p), (old < 0 ? 0 : old) | bit))
                    return -1;
            }
            p = q;
        }
    }
    return 0;
}

dyad_status dyad_engine_load(const dyad_engine_options *opt, dyad_engine **out)
{
    *out = NULL;
    dyad_engine *eng = calloc(1, sizeof *eng);
    if (!eng)
        return DYAD_ERR_NOMEM;
    eng->arena = dyad_arena_new(0);
    if (!eng->arena) {
        free(eng);
        return DYAD_ERR_NOMEM;
    }
    if (opt) {
        eng->diag = opt->diag;
        eng->diag_ctx = opt->diag_ctx;
    }
    static const char *const texts[] = {"boilerplate.txt", "abbreviations.txt", "places.txt",
                                        "stopwords.txt"};
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        const dyad_blob *b = dyad_builtin_find(texts[i]);
        if (!b)
            continue;
        int rc = i == 0 ? load_boilerplate(eng, b->name, (const char *)b->data, b->len)
                        : load_wordsets(eng, b->name, (const char *)b->data, b->len);
        if (rc) {
            dyad_engine_free(eng);
            return DYAD_ERR_NOMEM;
        }
    }
    const dyad_blob *fw = dyad_builtin_find("function-words.txt");
    if ((fw && load_fwords(eng, fw->name, (const char *)fw->data, fw->len)) || dyad_cues_load(eng) || dyad_statement_words_load(eng) || dyad_html_prepare(eng) ||
        dyad_time_words_load(eng)) {
        dyad_engine_free(eng);
        return DYAD_ERR_NOMEM;
    }
    dyad_status st = dyad_lexicon_load(eng, opt);
    if (st == DYAD_OK)
        st = dyad_codebook_load(eng, opt);
    /* the time and cue words as tags of the lexicon's words, so those
     * stages read them from the token ids the actors stage keeps */
    if (st == DYAD_OK && (dyad_time_words_tag(eng->time_words, eng->lexicon) || dyad_cues_tag(eng)))
        st = DYAD_ERR_NOMEM;
    /* and the function words' classes (dyad_tok_fword) */
    for (size_t j = 0; st == DYAD_OK && eng->lexicon && j < eng->fwords.cap; j++)
        if (eng->fwords.keys[j] && eng->fwords.vals[j] > 0 &&
            dyad_lexicon_set_fword(eng->lexicon, eng->fwords.keys[j], eng->fwords.lens[j], (unsigned)eng->fwords.vals[j]))
            st = DYAD_ERR_NOMEM;
    if (st != DYAD_OK) {
        dyad_engine_free(eng);
        return st;
    }
    /* country code → its country entry, to name a country first seen
     * through a metonym ("Washington" → "United States") */
    for (size_t i = 0, n = eng->lexicon ? dyad_lexicon_entry_count(eng->lexicon) : 0; i < n; i++) {
        const dyad_entry *e = dyad_lexicon_entry(eng->lexicon, i);
        if (e->kind != DYAD_ENTRY_COUNTRY || !e->n_codes)
            continue;
        const char *code = e->codes[0].code;
        if (dyad_strmap_get(&eng->country_by_code, code, strlen(code)) < 0 &&
            dyad_strmap_put(&eng->country_by_code, eng->arena, code, strlen(code), (int)i)) {
            dyad_engine_free(eng);
            return DYAD_ERR_NOMEM;
        }
    }
    /* indexes over what was loaded, for the per-document stages */
    if (dyad_clean_prepare(eng) || dyad_lang_prepare(eng) || dyad_actors_index_surnames(eng)) {
        dyad_engine_free(eng);
        return DYAD_ERR_NOMEM;
    }
    *out = eng;
    return DYAD_OK;
}

void dyad_engine_free(dyad_engine *eng)
{
    if (!eng)
        return;
    dyad_lexicon_free(eng->lexicon);
    dyad_arena_free(eng->arena);
    free(eng);
}
