/* verbs.c — the verb model: verbs and their forms (lexicon entries of kind
 * DYAD_ENTRY_VERB in the DYAD_NS_VERB trie), pattern blocks, synsets,
 * code blocks, PETRARCH transformations, regular inflections and the
 * lookup of a verb at a token.  The pattern compiler and matcher are in
 * patterns.c. */
#include "verbs.h"
#include "lexicon_int.h"

#include <stdlib.h>
#include <string.h>

int dyad_vgrow(void **arr, size_t *cap, size_t n, size_t sz)
{
    if (n < *cap)
        return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    void *g = realloc(*arr, nc * sz);
    if (!g)
        return -1;
    *arr = g;
    *cap = nc;
    return 0;
}

struct dyad_verb_table *dyad_verb_table(dyad_lexicon *lex)
{
    if (!lex->verbs)
        lex->verbs = calloc(1, sizeof *lex->verbs);
    return lex->verbs;
}

void dyad_verb_table_free(struct dyad_verb_table *vt)
{
    if (!vt)
        return;
    free(vt->verbs);
    free(vt->verb_of_entry);
    free(vt->blocks);
    free(vt->elems);
    free(vt->phrases);
    free(vt->sets);
    free(vt->patterns);
    free(vt->transforms);
    free(vt->reqs);
    free(vt->set_phrases);
    free(vt->first_words);
    free(vt->time_phrases);
    free(vt);
}

/* ------------------------------------------------------------------ codes */
static bool code_char(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-' ||
           c == '#' || c == '+' || c == '!' || c == '*' || c == '?';
}

int dyad_verb_parse_code(dyad_lexicon *lex, const char **s, const char *end, dyad_verb_code *out,
                         const char **err)
{
    const char *p = *s;
    if (p >= end || *p != '[') {
        *err = "expected a code in [...]";
        return 1;
    }
    p++;
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    const char *c1 = p;
    while (p < end && code_char(*p))
        p++;
    const char *c1e = p, *c2 = NULL, *c2e = NULL;
    if (p < end && *p == ':') {
        c2 = ++p;
        while (p < end && code_char(*p))
            p++;
        c2e = p;
    }
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end || *p != ']') {
        *err = "malformed code block (expected [CODE] or [CODE:CODE])";
        return 1;
    }
    if ((c1e == c1 && !c2) || (c2 && c2e == c2) || c1e - c1 > 16 || (c2 && c2e - c2 > 16)) {
        *err = "empty or overlong code in [...]";
        return 1;
    }
    *s = p + 1;
    dyad_arena *a = dyad_lexicon_arena(lex);
    /* "[:173]": only the reverse event */
    out->code = c1e == c1 ? "---" : dyad_arena_strndup(a, c1, (size_t)(c1e - c1));
    out->code2 = c2 ? dyad_arena_strndup(a, c2, (size_t)(c2e - c2)) : NULL;
    if (!out->code || (c2 && !out->code2))
        return -1;
    out->no_event = true;
    for (const char *q = c1; q < c1e; q++)
        if (*q >= '0' && *q <= '9')
            out->no_event = false;
    return 0;
}

/* ----------------------------------------------------------------- blocks */
long dyad_verb_block_new(dyad_lexicon *lex)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt || dyad_vgrow((void **)&vt->blocks, &vt->cap_blocks, vt->n_blocks, sizeof *vt->blocks))
        return -1;
    vt->blocks[vt->n_blocks] = (dyad_vblock){0, 0};
    return (long)vt->n_blocks++;
}

/* ------------------------------------------------------------------ verbs */
long dyad_verb_add(dyad_lexicon *lex, const char *file, uint32_t line, const char *name,
                   const char *const *forms, uint32_t n_forms, dyad_phrase_style style,
                   dyad_verb_code code, uint32_t block, const char **err)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    dyad_arena *a = dyad_lexicon_arena(lex);
    const char **ph = dyad_arena_array(a, n_forms ? n_forms : 1, sizeof *ph);
    if (!ph)
        return -1;
    for (uint32_t i = 0; i < n_forms; i++)
        if (!(ph[i] = dyad_arena_strdup(a, forms[i])))
            return -1;
    dyad_entry e = {0};
    e.name = dyad_arena_strdup(a, name);
    if (!e.name)
        return -1;
    e.phrases = ph;
    e.n_phrases = n_forms;
    e.kind = DYAD_ENTRY_VERB;
    e.file = file;
    e.line = line;
    size_t entry_idx = dyad_lexicon_entry_count(lex);
    int rc = dyad_lexicon_add_entry(lex, &e, DYAD_NS_VERB, style, false);
    if (rc < 0)
        return -1;
    if ((uint32_t)rc == n_forms) {
        *err = "verb has no usable form";
        return -2;
    }
    if (dyad_vgrow((void **)&vt->verbs, &vt->cap_verbs, vt->n_verbs, sizeof *vt->verbs))
        return -1;
    while (vt->cap_entry <= entry_idx) {
        size_t nc = vt->cap_entry ? vt->cap_entry * 2 : 1024;
        int32_t *g = realloc(vt->verb_of_entry, nc * sizeof *g);
        if (!g)
            return -1;
        for (size_t i = vt->cap_entry; i < nc; i++)
            g[i] = -1;
        vt->verb_of_entry = g;
        vt->cap_entry = nc;
    }
    dyad_verb *v = &vt->verbs[vt->n_verbs];
    v->entry = (uint32_t)entry_idx;
    v->block = block;
    v->code = code;
    v->name = e.name;
    v->file = file;
    v->line = line;
    v->where = dyad_arena_printf(a, "%s:%u", file, line);
    if (!v->where)
        return -1;
    vt->verb_of_entry[entry_idx] = (int32_t)vt->n_verbs;
    if (dyad_strmap_put(&vt->verb_by_name, a, e.name, strlen(e.name), (int)vt->n_verbs))
        return -1;
    return (long)vt->n_verbs++;
}

uint32_t dyad_verb_block_of(const dyad_lexicon *lex, long vi)
{
    return lex->verbs && vi >= 0 && (size_t)vi < lex->verbs->n_verbs ? lex->verbs->verbs[vi].block : 0;
}

const dyad_verb *dyad_verb_at(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t i, uint32_t end,
                              uint32_t *verb_end)
{
    *verb_end = i;
    if (!lex || !lex->verbs || !doc)
        return NULL;
    int32_t entry;
    uint32_t e = dyad_lex_longest_at(lex, doc, i, end, DYAD_NS_VERB, &entry);
    if (!e || entry < 0 || (size_t)entry >= lex->verbs->cap_entry)
        return NULL;
    int32_t vi = lex->verbs->verb_of_entry[entry];
    if (vi < 0)
        return NULL;
    *verb_end = e;
    return &lex->verbs->verbs[vi];
}

const dyad_verb *dyad_verb_find(const dyad_lexicon *lex, const char *name)
{
    if (!lex || !lex->verbs || !name)
        return NULL;
    int vi = dyad_strmap_get(&lex->verbs->verb_by_name, name, strlen(name));
    return vi >= 0 ? &lex->verbs->verbs[vi] : NULL;
}

size_t dyad_verb_count(const dyad_lexicon *lex) { return lex && lex->verbs ? lex->verbs->n_verbs : 0; }

/* ------------------------------------------------------------ inflection */
static bool vowel(char c)
{
    c = (char)(c | 0x20);
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

int dyad_verb_inflect(const char *w, size_t n, char out[3][64])
{
    if (n < 2 || n > 58)
        return 0;
    bool upper = w[n - 1] >= 'A' && w[n - 1] <= 'Z';
    char last = (char)(w[n - 1] | 0x20), prev = (char)(w[n - 2] | 0x20);
    const char *s_suf, *ed_suf, *ing_suf;
    size_t keep_s = n, keep_ed = n, keep_ing = n;
    if (last == 'y' && !vowel(prev)) { /* carry → carries, carried */
        s_suf = "ies";
        ed_suf = "ied";
        ing_suf = "ying";
        keep_s = keep_ed = n - 1;
        keep_ing = n - 1;
    } else {
        bool sib = last == 's' || last == 'x' || last == 'z' ||
                   ((last == 'h') && (prev == 'c' || prev == 's'));
        s_suf = sib ? "es" : "s";
        if (last == 'e') { /* agree → agreed, agreeing; negotiate → negotiating */
            ed_suf = "d";
            ing_suf = "ing";
            if (prev != 'e')
                keep_ing = n - 1;
        } else {
            ed_suf = "ed";
            ing_suf = "ing";
        }
    }
    const char *suf[3] = {s_suf, ed_suf, ing_suf};
    size_t keep[3] = {keep_s, keep_ed, keep_ing};
    for (int k = 0; k < 3; k++) {
        memcpy(out[k], w, keep[k]);
        size_t m = strlen(suf[k]);
        for (size_t j = 0; j < m; j++)
            out[k][keep[k] + j] = upper ? (char)(suf[k][j] - 32) : suf[k][j];
        out[k][keep[k] + m] = 0;
    }
    return 3;
}

/* -------------------------------------------------------- transformations */
size_t dyad_verb_transform_count(const dyad_lexicon *lex)
{
    return lex && lex->verbs ? lex->verbs->n_transforms : 0;
}

const dyad_verb_transform *dyad_verb_transform_at(const dyad_lexicon *lex, size_t i)
{
    return lex && lex->verbs && i < lex->verbs->n_transforms ? &lex->verbs->transforms[i] : NULL;
}

/* Next white-space separated field of [*p, end), parentheses as their own
 * fields; false at the end. */
static bool tr_field(const char **p, const char *end, const char **f, size_t *n)
{
    const char *s = *p;
    while (s < end && (*s == ' ' || *s == '\t'))
        s++;
    if (s >= end)
        return false;
    const char *e = s;
    if (*s == '(' || *s == ')' || *s == '=')
        e++;
    else
        while (e < end && *e != ' ' && *e != '\t' && *e != '(' && *e != ')' && *e != '=')
            e++;
    *f = s;
    *n = (size_t)(e - s);
    *p = e;
    return true;
}

static bool tr_letter(const char *f, size_t n, char *out)
{
    if (n != 1 || !((f[0] >= 'a' && f[0] <= 'z') || f[0] == '.' || f[0] == '_'))
        return false;
    *out = f[0];
    return true;
}

int dyad_verb_transform_add(dyad_lexicon *lex, const char *p, size_t len, const char *file, uint32_t line,
                            const char **err)
{
    /* "~ a (b c INNER) OUTER = x y CODE" */
    const char *end = p + len, *f[12];
    size_t n[12], k = 0;
    if (p < end && *p == '~')
        p++;
    while (k < 12 && tr_field(&p, end, &f[k], &n[k]))
        k++;
    dyad_verb_transform t = {0};
    *err = "malformed transformation (expected \"~ a (a b VERB) VERB = a b CODE\")";
    if (k != 11 || tr_field(&p, end, &f[0], &n[0]))
        return 1;
    if (!tr_letter(f[0], n[0], &t.outer_source) || n[1] != 1 || f[1][0] != '(' ||
        !tr_letter(f[2], n[2], &t.inner_source) || !tr_letter(f[3], n[3], &t.inner_target) || n[5] != 1 ||
        f[5][0] != ')' || n[7] != 1 || f[7][0] != '=' || !tr_letter(f[8], n[8], &t.source) ||
        !tr_letter(f[9], n[9], &t.target) || n[4] > 64 || n[6] > 64 || n[10] > 16)
        return 1;
    dyad_arena *a = dyad_lexicon_arena(lex);
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    t.inner = dyad_arena_strndup(a, f[4], n[4]);
    t.outer = dyad_arena_strndup(a, f[6], n[6]);
    t.code = dyad_arena_strndup(a, f[10], n[10]);
    t.where = dyad_arena_printf(a, "%s:%u", file, line);
    if (!t.inner || !t.outer || !t.code || !t.where ||
        dyad_vgrow((void **)&vt->transforms, &vt->cap_transforms, vt->n_transforms, sizeof t))
        return -1;
    vt->transforms[vt->n_transforms++] = t;
    return 0;
}
