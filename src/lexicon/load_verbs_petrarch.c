/* load_verbs_petrarch.c — PETRARCH verb dictionaries (CAMEO.2.0.txt,
 * PETR.Validate.verbs.txt), read unchanged.
 *
 *   &CURRENCY                   a synset label ('_' at its end: members
 *   +DOLLAR                     take no plural), then its members
 *   ---  GRANT   [070]  ---     a block: its default code, then verbs:
 *   GIVE {GAVE GIVEN GIVING}    irregular forms, all of them, in {...};
 *   CONTRIBUTE [071]            else the regular S/ED/ING forms are made;
 *   +CORDON_OFF {+CORDONS_OFF}  multi-word verbs, '+' on the verb word;
 *   RE_+ARREST                  an optional own code in [...];
 *   - * &CURRENCY  [0331]       then the block's patterns
 *   ~ a (a b ATTACK) SAY = a b 015   a transformation
 *
 * '#' after white space starts a comment, as do <!-- ... -->.  A bad line
 * is reported as FILE:LINE: message and skipped.
 *
 * The files write contractions as the Penn TreeBank splits them ("+DID
 * N'T", "+WO N'T", "+CA N'T" in &NEGATVAUXVRB); the tokeniser keeps
 * "didn't" one word, so a word "N'T" is joined to the word before it
 * ("DIDN'T", "WON'T", "CAN'T") in synset members and patterns. */
#include "verbs.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FORMS 64

typedef struct petr_state {
    dyad_lexicon *lex;
    const dyad_engine *eng;
    const char *file;
    long errors;
    long block;
    dyad_verb_code block_code;
    const char *synset;
    size_t synset_len;
    bool synset_noun;
} petr_state;

static void bad(petr_state *st, unsigned line, const char *msg)
{
    dyad_engine_diag(st->eng, "%s:%u: %s", st->file, line, msg);
    st->errors++;
}

/* Copy a dictionary phrase: '+' markers dropped, '_' → ' '. */
static char *phrase_copy(dyad_lexicon *lex, const char *s, size_t n)
{
    char *o = dyad_arena_alloc(dyad_lexicon_arena(lex), n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '+')
            continue;
        o[k++] = s[i] == '_' ? ' ' : s[i];
    }
    while (k && o[k - 1] == ' ')
        k--;
    o[k] = 0;
    return o;
}

/* Whether s[i..n) begins the TreeBank negation clitic "N'T" (any case,
 * straight apostrophe) as a word of its own. */
static bool nt_clitic_at(const char *s, size_t i, size_t n)
{
    if (i + 3 > n || (s[i] != 'N' && s[i] != 'n') || s[i + 1] != '\'' || (s[i + 2] != 'T' && s[i + 2] != 't'))
        return false;
    return i + 3 == n || s[i + 3] == ' ' || s[i + 3] == '\t' || s[i + 3] == '_' || s[i + 3] == '}' ||
           s[i + 3] == ')' || s[i + 3] == '|' || s[i + 3] == '[' || s[i + 3] == '#';
}

/* The text s[0..n) with each TreeBank "N'T" joined to the word before it
 * ("DID N'T" → "DIDN'T", "WO_N'T" → "WON'T"), in a malloc'd copy (*len
 * its length) that the caller frees; NULL when there is nothing to join
 * (*len untouched) or out of memory (*oom set). */
static char *join_nt_clitics(const char *s, size_t n, size_t *len, bool *oom)
{
    bool any = false;
    for (size_t i = 1; i < n && !any; i++)
        any = (s[i - 1] == ' ' || s[i - 1] == '_' || s[i - 1] == '\t') && nt_clitic_at(s, i, n);
    if (!any)
        return NULL;
    char *o = malloc(n + 1);
    if (!o) {
        *oom = true;
        return NULL;
    }
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '_' || s[i] == '\t') {
            size_t j = i;
            while (j < n && (s[j] == ' ' || s[j] == '_' || s[j] == '\t'))
                j++;
            /* the clitic joins a word, not a bracket or a marker before it */
            if (k && nt_clitic_at(s, j, n) && o[k - 1] != '{' && o[k - 1] != '(' && o[k - 1] != '|' &&
                o[k - 1] != '*' && o[k - 1] != '-') {
                i = j - 1;
                continue;
            }
        }
        o[k++] = s[i];
    }
    o[k] = 0;
    *len = k;
    return o;
}

/* The regular forms of a (possibly multi-word) verb written w[0..n): the
 * word marked '+' (else the first) is inflected.  Appends to forms. */
static int regular_forms(petr_state *st, const char *w, size_t n, const char **forms, uint32_t *nf)
{
    size_t vs = 0, ve;
    const char *plus = memchr(w, '+', n);
    if (plus)
        vs = (size_t)(plus - w) + 1;
    ve = vs;
    while (ve < n && w[ve] != '_' && w[ve] != ' ')
        ve++;
    char infl[3][64];
    int k = dyad_verb_inflect(w + vs, ve - vs, infl);
    for (int i = 0; i < k && *nf < MAX_FORMS; i++) {
        size_t il = strlen(infl[i]);
        char *buf = malloc(n + il + 1);
        if (!buf)
            return -1;
        memcpy(buf, w, vs);
        memcpy(buf + vs, infl[i], il);
        memcpy(buf + vs + il, w + ve, n - ve);
        char *f = phrase_copy(st->lex, buf, vs + il + n - ve);
        free(buf);
        if (!f)
            return -1;
        forms[(*nf)++] = f;
    }
    return 0;
}

/* A verb line of the current block. */
static int verb_line(petr_state *st, const char *p, size_t len, unsigned lineno)
{
    const char *end = p + len, *err = NULL;
    const char *brace = memchr(p, '{', len), *open = memchr(p, '[', len);
    /* the verb runs to its forms or code: "RULE OUT" is "RULE_OUT" */
    const char *we = p;
    while (we < end && *we != '{' && *we != '[')
        we++;
    while (we > p && (we[-1] == ' ' || we[-1] == '\t'))
        we--;
    dyad_verb_code code = st->block_code;
    if (open) {
        const char *cs = open;
        int rc = dyad_verb_parse_code(st->lex, &cs, end, &code, &err);
        if (rc) {
            if (rc > 0)
                bad(st, lineno, err);
            return rc < 0 ? -1 : 0;
        }
    }
    const char *forms[MAX_FORMS];
    uint32_t nf = 0;
    char *primary = phrase_copy(st->lex, p, (size_t)(we - p));
    if (!primary)
        return -1;
    if (!*primary) {
        bad(st, lineno, "verb without a name");
        return 0;
    }
    forms[nf++] = primary;
    if (brace) {
        const char *close = memchr(brace, '}', (size_t)(end - brace));
        if (!close || (open && open < close && open > brace)) {
            bad(st, lineno, "unclosed { in verb forms");
            return 0;
        }
        for (const char *s = brace + 1; s < close;) {
            while (s < close && (*s == ' ' || *s == '\t'))
                s++;
            const char *w = s;
            while (s < close && *s != ' ' && *s != '\t')
                s++;
            if (s > w && nf < MAX_FORMS) {
                char *f = phrase_copy(st->lex, w, (size_t)(s - w));
                if (!f)
                    return -1;
                if (*f)
                    forms[nf++] = f;
            }
        }
    } else if (regular_forms(st, p, (size_t)(we - p), forms, &nf) < 0)
        return -1;
    long rc = dyad_verb_add(st->lex, st->file, lineno, primary, forms, nf, DYAD_STYLE_VERB, code,
                            (uint32_t)st->block, &err);
    if (rc == -1)
        return -1;
    if (rc == -2)
        bad(st, lineno, err);
    return 0;
}

long dyad_load_verbs_petrarch(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                              size_t len)
{
    petr_state st = {0};
    st.lex = lex;
    st.eng = eng;
    st.file = name;
    st.block = -1;
    dyad_cameo_reader r = {data, data + len, 0, false, false, false, false};
    dyad_cameo_line ln;
    while (dyad_cameo_next_line(&r, &ln)) {
        const char *p = ln.p, *end = ln.p + ln.len, *err = NULL;
        int rc = 0;
        if (ln.len >= 3 && memcmp(p, "---", 3) == 0) {
            /* ---  NAME  [CODE]  --- */
            st.synset = NULL;
            const char *open = memchr(p, '[', ln.len);
            dyad_verb_code code = {"---", NULL, true};
            if (open) {
                const char *cs = open;
                rc = dyad_verb_parse_code(lex, &cs, end, &code, &err);
            }
            if (rc == 0) {
                long blk = dyad_verb_block_new(lex);
                if (blk < 0)
                    return -1;
                st.block = blk;
                st.block_code = code;
            }
        } else if (*p == '&') {
            const char *e = p;
            while (e < end && *e != ' ' && *e != '\t')
                e++;
            st.synset = dyad_arena_strndup(dyad_lexicon_arena(lex), p, (size_t)(e - p));
            if (!st.synset)
                return -1;
            st.synset_len = (size_t)(e - p);
            st.synset_noun = p[st.synset_len - 1] != '_';
            rc = dyad_verb_synset_add(lex, st.synset, st.synset_len, NULL, 0, DYAD_VD_PETRARCH, false, &err);
            if (rc == 1)
                st.synset = NULL;
        } else if (*p == '+' && st.synset) {
            size_t jl = 0;
            bool oom = false;
            char *joined = join_nt_clitics(p + 1, ln.len - 1, &jl, &oom);
            if (oom)
                return -1;
            rc = dyad_verb_synset_add(lex, st.synset, st.synset_len, joined ? joined : p + 1,
                                      joined ? jl : ln.len - 1, DYAD_VD_PETRARCH, st.synset_noun, &err);
            free(joined);
        } else if (*p == '-') {
            st.synset = NULL;
            if (st.block < 0) {
                bad(&st, ln.lineno, "pattern before any --- VERB --- block");
                continue;
            }
            size_t jl = 0;
            bool oom = false;
            char *joined = join_nt_clitics(p, ln.len, &jl, &oom);
            if (oom)
                return -1;
            rc = dyad_verb_pattern_line(lex, (uint32_t)st.block, joined ? joined : p, joined ? joined + jl : end,
                                        DYAD_VD_PETRARCH, st.file, ln.lineno, &err);
            free(joined);
        } else if (*p == '~') {
            st.synset = NULL;
            rc = dyad_verb_transform_add(lex, p, ln.len, st.file, ln.lineno, &err);
        } else {
            st.synset = NULL;
            if (st.block < 0) {
                bad(&st, ln.lineno, "verb before any --- VERB --- block");
                continue;
            }
            rc = verb_line(&st, p, ln.len, ln.lineno);
        }
        if (rc < 0)
            return -1;
        if (rc > 0)
            bad(&st, ln.lineno, err);
    }
    if (dyad_verbs_finish(lex) < 0)
        return -1;
    return st.errors;
}
