/* load_verbs_dyad.c — dyad's own verbs format (data/verbs.txt; the format
 * is documented in data/README.md).  One entry a line, fields separated by
 * " | ":
 *
 *   verb | NAME | FORM; FORM; ... | CODE
 *   pattern | NAME | PATTERN | CODE
 *   synset | &NAME | PHRASE; PHRASE; ...
 *
 * A verb is its own pattern block; a pattern names a verb defined before
 * it (in this or an earlier file).  Patterns use the TABARI/PETRARCH syntax
 * (verbs.h) with whole words in any case.  '#' starts a comment.  A bad
 * line is reported as FILE:LINE: message and skipped. */
#include "verbs.h"

#include <string.h>

#define MAX_FIELDS 5
#define MAX_FORMS 64

typedef struct field {
    const char *p;
    size_t n;
} field;

static field trim(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    return (field){s, (size_t)(e - s)};
}

/* Split a line on " | "; returns the number of fields. */
static size_t split_fields(const char *p, size_t n, field *f)
{
    size_t k = 0;
    const char *s = p, *end = p + n;
    while (k < MAX_FIELDS) {
        const char *bar = NULL;
        for (const char *q = s; q + 2 < end + 0 && !bar; q++)
            if (q[0] == ' ' && q[1] == '|' && q[2] == ' ')
                bar = q;
        if (!bar) {
            f[k++] = trim(s, end);
            break;
        }
        f[k++] = trim(s, bar);
        s = bar + 3;
    }
    return k;
}

static bool is(field f, const char *w) { return f.n == strlen(w) && memcmp(f.p, w, f.n) == 0; }

/* "041" / "042:043" → code (arena). */
static int parse_code(dyad_lexicon *lex, field f, dyad_verb_code *out, const char **err)
{
    char buf[40];
    if (f.n == 0 || f.n > 36) {
        *err = "bad code";
        return 1;
    }
    buf[0] = '[';
    memcpy(buf + 1, f.p, f.n);
    buf[f.n + 1] = ']';
    const char *s = buf;
    return dyad_verb_parse_code(lex, &s, buf + f.n + 2, out, err);
}

long dyad_load_verbs_dyad(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                          size_t len)
{
    long errors = 0;
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    dyad_arena *a = dyad_lexicon_arena(lex);
    while ((line = dyad_lines_next(&it, &n))) {
        /* a comment after white space */
        for (size_t i = 1; i < n; i++)
            if (line[i] == '#' && (line[i - 1] == ' ' || line[i - 1] == '\t')) {
                n = i;
                break;
            }
        field f[MAX_FIELDS];
        size_t k = split_fields(line, n, f);
        const char *err = NULL;
        int rc = 0;
        if (is(f[0], "verb") && k == 4) {
            dyad_verb_code code;
            rc = parse_code(lex, f[3], &code, &err);
            const char *forms[MAX_FORMS];
            uint32_t nf = 0;
            for (const char *s = f[2].p, *e = f[2].p + f[2].n; !rc && s < e;) {
                const char *semi = memchr(s, ';', (size_t)(e - s));
                field fm = trim(s, semi ? semi : e);
                if (fm.n && nf < MAX_FORMS) {
                    if (!(forms[nf++] = dyad_arena_strndup(a, fm.p, fm.n)))
                        return -1;
                }
                s = semi ? semi + 1 : e;
            }
            char *nm = rc ? NULL : dyad_arena_strndup(a, f[1].p, f[1].n);
            if (!rc && (!f[1].n || !nf)) {
                err = "verb needs a name and at least one form";
                rc = 1;
            } else if (!rc) {
                long blk = dyad_verb_block_new(lex);
                if (blk < 0 || !nm)
                    return -1;
                long vi = dyad_verb_add(lex, name, it.lineno, nm, forms, nf, DYAD_STYLE_VERB, code,
                                        (uint32_t)blk, &err);
                if (vi == -1)
                    return -1;
                rc = vi == -2 ? 1 : 0;
            }
        } else if (is(f[0], "pattern") && k == 4) {
            char nm[256];
            if (f[1].n >= sizeof nm) {
                err = "verb name too long";
                rc = 1;
            } else {
                memcpy(nm, f[1].p, f[1].n);
                nm[f[1].n] = 0;
                const dyad_verb *v = dyad_verb_find(lex, nm);
                dyad_verb_code code;
                if (!v) {
                    err = "pattern for a verb not defined before it";
                    rc = 1;
                } else if (!(rc = parse_code(lex, f[3], &code, &err)))
                    rc = dyad_verb_pattern_add(lex, v->block, f[2].p, f[2].n, DYAD_VD_DYAD, code, name,
                                               it.lineno, &err);
            }
        } else if (is(f[0], "synset") && k == 3) {
            rc = dyad_verb_synset_add(lex, f[1].p, f[1].n, NULL, 0, DYAD_VD_DYAD, false, &err);
            for (const char *s = f[2].p, *e = f[2].p + f[2].n; !rc && s < e;) {
                const char *semi = memchr(s, ';', (size_t)(e - s));
                field ph = trim(s, semi ? semi : e);
                if (ph.n)
                    rc = dyad_verb_synset_add(lex, f[1].p, f[1].n, ph.p, ph.n, DYAD_VD_DYAD, false, &err);
                s = semi ? semi + 1 : e;
            }
        } else {
            err = "expected \"verb | NAME | FORMS | CODE\", \"pattern | NAME | PATTERN | CODE\" or "
                  "\"synset | &NAME | PHRASES\"";
            rc = 1;
        }
        if (rc < 0)
            return -1;
        if (rc > 0) {
            dyad_engine_diag(eng, "%s:%u: %s", name, it.lineno, err);
            errors++;
        }
    }
    if (dyad_verbs_finish(lex) < 0)
        return -1;
    return errors;
}
