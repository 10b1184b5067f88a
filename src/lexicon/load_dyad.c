/* load_dyad.c — dyad's own actor format (data/README.md):
 *
 *   KIND | NAMES | CODES [| ATTRIBUTES]
 *   person | Joe Biden; Biden | USAGOV@2021-01-20..2025-01-20; USAELI@2025-01-20.. | gender=m; country=USA
 *
 * Names, codes and attributes are ';'-separated.  A code may carry a date
 * range CODE@FROM..TO (YYYY, YYYY-MM or YYYY-MM-DD; FROM inclusive, TO
 * exclusive; either may be empty).  An entry with the same name and kind
 * as an earlier one replaces it. */
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

static const char *const kinds[] = {"country", "demonym", "metonym", "org", "group", "person"};

static void trim(const char **s, const char **e)
{
    while (*s < *e && (**s == ' ' || **s == '\t'))
        (*s)++;
    while (*e > *s && ((*e)[-1] == ' ' || (*e)[-1] == '\t'))
        (*e)--;
}

/* Next ';'-separated item of [*p, e), trimmed; false at the end. */
static bool next_item(const char **p, const char *e, const char **is, const char **ie)
{
    while (*p < e) {
        const char *semi = memchr(*p, ';', (size_t)(e - *p));
        const char *q = semi ? semi : e;
        *is = *p;
        *ie = q;
        *p = semi ? semi + 1 : e;
        trim(is, ie);
        if (*ie > *is)
            return true;
    }
    return false;
}

/* YYYY, YYYY-MM, YYYY-MM-DD → YYYYMMDD (first day); -1 when malformed,
 * 0 when empty. */
static int32_t parse_date(const char *s, const char *e)
{
    if (s == e)
        return 0;
    size_t n = (size_t)(e - s);
    if (n != 4 && n != 7 && n != 10)
        return -1;
    for (size_t i = 0; i < n; i++) {
        bool dash = i == 4 || i == 7;
        if (dash ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return -1;
    }
    char buf[11];
    memcpy(buf, s, n);
    buf[n] = 0;
    int32_t d = dyad_lexicon_date(buf);
    return d ? d : -1;
}

/* "FROM..TO" (either side may be empty) at [s, e). */
static bool parse_range(const char *s, const char *e, int32_t *from, int32_t *to)
{
    const char *dots = NULL;
    for (const char *c = s; c + 1 < e; c++)
        if (c[0] == '.' && c[1] == '.') {
            dots = c;
            break;
        }
    if (!dots)
        return false;
    *from = parse_date(s, dots);
    *to = parse_date(dots + 2, e);
    return *from >= 0 && *to >= 0 && (!*from || !*to || *from < *to);
}

typedef struct dyad_rec {
    const char **names;
    uint32_t n_names, cap_names;
    dyad_code *codes;
    uint32_t n_codes, cap_codes;
    dyad_role *roles;
    uint32_t n_roles, cap_roles;
} dyad_rec;

#define PUSH(a, arr, n, cap, val)                                                                      \
    do {                                                                                               \
        if ((n) == (cap)) {                                                                            \
            uint32_t nc_ = (cap) ? (cap) * 2 : 4;                                                      \
            void *g_ = dyad_arena_grow((a), (arr), (n), nc_, sizeof *(arr));                           \
            if (!g_)                                                                                   \
                return -1;                                                                             \
            (arr) = g_;                                                                                \
            (cap) = nc_;                                                                               \
        }                                                                                              \
        (arr)[(n)++] = (val);                                                                          \
    } while (0)

/* One line; returns 0 (loaded), 1 (bad: *err set) or -1 (out of memory). */
static int load_line(dyad_lexicon *lex, const char *name, unsigned lineno, const char *line, size_t len,
                     const char **err, char *errbuf, size_t errcap)
{
    dyad_arena *a = dyad_lexicon_arena(lex);
    const char *f[4], *fe[4];
    int nf = 0;
    const char *p = line, *end = line + len;
    while (nf < 4) {
        const char *bar = NULL;
        for (const char *q = p; q + 2 < end; q++)
            if (q[0] == ' ' && q[1] == '|' && q[2] == ' ') {
                bar = q;
                break;
            }
        f[nf] = p;
        fe[nf] = bar ? bar : end;
        trim(&f[nf], &fe[nf]);
        nf++;
        if (!bar)
            break;
        p = bar + 3;
    }
    if (nf < 3) {
        *err = "expected 'KIND | NAMES | CODES [| ATTRIBUTES]'";
        return 1;
    }
    if (p < end && nf == 4 && memmem(f[3], (size_t)(fe[3] - f[3]), " | ", 3)) {
        *err = "too many fields";
        return 1;
    }
    size_t kl = (size_t)(fe[0] - f[0]);
    int kind = -1;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (strlen(kinds[i]) == kl && memcmp(kinds[i], f[0], kl) == 0)
            kind = (int)i;
    if (kl == 5 && memcmp(f[0], "agent", 5) == 0)
        kind = DYAD_ENTRY_AGENT;
    if (kind < 0) {
        snprintf(errbuf, errcap, "unknown kind '%.*s'", (int)(kl > 40 ? 40 : kl), f[0]);
        *err = errbuf;
        return 1;
    }
    dyad_rec r = {0};
    const char *is, *ie;
    p = f[1];
    while (next_item(&p, fe[1], &is, &ie)) {
        char *nm = dyad_arena_strndup(a, is, (size_t)(ie - is));
        if (!nm)
            return -1;
        PUSH(a, r.names, r.n_names, r.cap_names, (const char *)nm);
    }
    if (!r.n_names) {
        *err = "no name";
        return 1;
    }
    p = f[2];
    while (next_item(&p, fe[2], &is, &ie)) {
        const char *at = memchr(is, '@', (size_t)(ie - is));
        const char *ce = at ? at : ie;
        dyad_code c = {0};
        for (const char *q = is; q < ce; q++)
            if (!((*q >= 'A' && *q <= 'Z') || (*q >= '0' && *q <= '9'))) {
                snprintf(errbuf, errcap, "bad code '%.*s' (capital letters and digits)", (int)(ce - is > 40 ? 40 : ce - is), is);
                *err = errbuf;
                return 1;
            }
        if (ce == is) {
            *err = "empty code";
            return 1;
        }
        if (at && !parse_range(at + 1, ie, &c.from, &c.to)) {
            snprintf(errbuf, errcap, "bad date range '%.*s' (expected FROM..TO, YYYY[-MM[-DD]])",
                     (int)(ie - at - 1 > 40 ? 40 : ie - at - 1), at + 1);
            *err = errbuf;
            return 1;
        }
        c.code = dyad_arena_strndup(a, is, (size_t)(ce - is));
        if (!c.code)
            return -1;
        if (kind == DYAD_ENTRY_AGENT)
            c.flags = DYAD_CODE_AGENT_SUFFIX;
        PUSH(a, r.codes, r.n_codes, r.cap_codes, c);
    }
    if (!r.n_codes) {
        *err = "no code";
        return 1;
    }
    dyad_entry e = {0};
    if (nf == 4) {
        p = f[3];
        while (next_item(&p, fe[3], &is, &ie)) {
            const char *eq = memchr(is, '=', (size_t)(ie - is));
            if (!eq || eq == is || eq + 1 == ie) {
                *err = "attribute must be key=value";
                return 1;
            }
            size_t kn = (size_t)(eq - is);
            const char *v = eq + 1;
            size_t vn = (size_t)(ie - v);
            if (kn == 4 && memcmp(is, "role", 4) == 0) {
                dyad_role role = {0};
                const char *at = memchr(v, '@', vn);
                const char *te = at ? at : ie;
                if (at && !parse_range(at + 1, ie, &role.from, &role.to)) {
                    *err = "bad role date range (expected TITLE@FROM..TO)";
                    return 1;
                }
                role.title = dyad_arena_strndup(a, v, (size_t)(te - v));
                if (!role.title)
                    return -1;
                PUSH(a, r.roles, r.n_roles, r.cap_roles, role);
            } else if (kn == 7 && memcmp(is, "country", 7) == 0) {
                e.country = dyad_arena_strndup(a, v, vn);
                if (!e.country)
                    return -1;
            } else if (kn == 6 && memcmp(is, "gender", 6) == 0) {
                if (vn != 1 || (*v != 'm' && *v != 'f')) {
                    *err = "gender must be m or f";
                    return 1;
                }
                e.gender = *v;
            } else if (kn == 4 && memcmp(is, "note", 4) == 0) {
                e.note = dyad_arena_strndup(a, v, vn);
                if (!e.note)
                    return -1;
            } else {
                snprintf(errbuf, errcap, "unknown attribute '%.*s'", (int)(kn > 40 ? 40 : kn), is);
                *err = errbuf;
                return 1;
            }
        }
    }
    e.name = r.names[0];
    e.phrases = r.names;
    e.n_phrases = r.n_names;
    e.codes = r.codes;
    e.n_codes = r.n_codes;
    e.roles = r.roles;
    e.n_roles = r.n_roles;
    e.kind = (uint8_t)kind;
    e.file = name;
    e.line = lineno;
    int rc = dyad_lexicon_add_entry(lex, &e, kind == DYAD_ENTRY_AGENT ? DYAD_NS_AGENT : DYAD_NS_ACTOR,
                                    DYAD_STYLE_DYAD, true);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        *err = "a name has no words or too many; not matched";
        return 1;
    }
    return 0;
}

long dyad_load_dyad(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data, size_t len)
{
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    long bad = 0;
    char errbuf[160];
    while ((line = dyad_lines_next(&it, &n))) {
        const char *err = NULL;
        int rc = load_line(lex, name, it.lineno, line, n, &err, errbuf, sizeof errbuf);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            dyad_engine_diag(eng, "%s:%u: %s", name, it.lineno, err);
            bad++;
        }
    }
    return bad;
}
