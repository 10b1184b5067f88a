/* cameo_codes.c — what the TABARI and PETRARCH dictionary formats share:
 * their comment conventions and their bracketed code blocks.
 *
 * Comments: ';' to the end of the line (KEDS/TABARI), '#' at the start of
 * a line or after white space (PETRARCH; not inside brackets, where "[###]"
 * is a code), "<!-- ... -->" possibly over several lines, TABARI's
 * <NOUN>/<ADJECTIVE> word lists (for its parser, not actors), and
 * "~~FINISH", after which TABARI reads nothing.
 *
 * Code blocks: "[USA]", "[USAGOV 991201-010114]", "[HOB < 950601]",
 * "[HOBREB > 990816]", "[AFGGOV >011222]", "[~GOV]", "[NGO~]", "[ELR/GAL]".
 * Dates are YYMMDD (YY < 20 → 20YY, else 19YY: the files predate 2020 and
 * go back to the 1920s) or YYYYMMDD; the limits are inclusive.  A lone
 * date without '<' or '>' is read as a start date. */
#include "lexicon.h"

#include <string.h>

static bool is_ws(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool dyad_cameo_next_line(dyad_cameo_reader *r, dyad_cameo_line *out)
{
    while (r->p < r->end && !r->finished) {
        const char *s = r->p;
        const char *nl = memchr(s, '\n', (size_t)(r->end - s));
        const char *e = nl ? nl : r->end;
        r->p = nl ? nl + 1 : r->end;
        r->lineno++;
        {
            const char *b = s;
            while (b < e && is_ws(*b))
                b++;
            if (b == e)
                r->saw_blank = true;
        }
        if (r->in_xml_comment) {
            const char *close = memmem(s, (size_t)(e - s), "-->", 3);
            if (!close)
                continue;
            r->in_xml_comment = false;
            s = close + 3;
        }
        const char *open = memmem(s, (size_t)(e - s), "<!--", 4);
        while (open) {
            const char *close = memmem(open + 4, (size_t)(e - open - 4), "-->", 3);
            if (!close) {
                r->in_xml_comment = true;
                e = open;
                break;
            }
            if (open == s || (open > s && is_ws(open[-1]))) {
                /* keep text before and after: only the simple cases */
                if (open == s) {
                    s = close + 3;
                    open = memmem(s, (size_t)(e - s), "<!--", 4);
                    continue;
                }
            }
            e = open;
            break;
        }
        bool indented = s < e && is_ws(*s);
        /* comments outside brackets */
        int depth = 0;
        for (const char *c = s; c < e; c++) {
            if (*c == '[')
                depth++;
            else if (*c == ']' && depth > 0)
                depth--;
            else if (depth == 0 && (*c == ';' || (*c == '#' && (c == s || is_ws(c[-1]))))) {
                e = c;
                break;
            }
        }
        while (s < e && is_ws(*s))
            s++;
        while (e > s && is_ws(e[-1]))
            e--;
        if (s == e)
            continue;
        size_t n = (size_t)(e - s);
        if (n >= 8 && memcmp(s, "~~FINISH", 8) == 0) {
            r->finished = true;
            break;
        }
        if ((n >= 6 && memcmp(s, "<NOUN>", 6) == 0) || (n >= 11 && memcmp(s, "<ADJECTIVE>", 11) == 0)) {
            r->in_section = true;
            continue;
        }
        if ((n >= 7 && memcmp(s, "</NOUN>", 7) == 0) || (n >= 12 && memcmp(s, "</ADJECTIVE>", 12) == 0)) {
            r->in_section = false;
            continue;
        }
        if (r->in_section)
            continue;
        out->p = s;
        out->len = n;
        out->lineno = r->lineno;
        out->indented = indented;
        out->after_blank = r->saw_blank;
        r->saw_blank = false;
        return true;
    }
    return false;
}

/* A YYMMDD or YYYYMMDD date at [s, e) → YYYYMMDD, or 0. */
static int32_t cameo_date(const char *s, const char *e)
{
    size_t n = (size_t)(e - s);
    if (n != 6 && n != 8)
        return 0;
    int32_t v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return 0;
        v = v * 10 + (s[i] - '0');
    }
    if (n == 6) {
        int yy = v / 10000;
        v += (yy < 20 ? 2000 : 1900) * 10000;
    }
    int m = v / 100 % 100, d = v % 100;
    if (m < 1 || m > 12 || d < 1 || d > 31)
        return 0;
    return v;
}

/* The day after YYYYMMDD as an exclusive bound (comparison only: 20050631
 * is not a day, but every day up to 20050630 is below it). */
static int32_t after(int32_t d) { return d + 1; }

static int push_code(dyad_arena *a, dyad_code **codes, uint32_t *n, uint32_t *cap, dyad_code c)
{
    if (*n == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 4;
        dyad_code *g = dyad_arena_grow(a, *codes, *n, nc, sizeof *g);
        if (!g)
            return -1;
        *codes = g;
        *cap = nc;
    }
    (*codes)[(*n)++] = c;
    return 0;
}

static bool is_alnum(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

int dyad_cameo_parse_codes(dyad_arena *a, const char **sp, const char *end, dyad_code **codes, uint32_t *n,
                           uint32_t *cap, uint32_t undated_flags, const char **err)
{
    const char *s = *sp;
    if (s >= end || *s != '[') {
        *err = "expected '['";
        return 1;
    }
    const char *close = memchr(s, ']', (size_t)(end - s));
    if (!close) {
        *err = "missing ']'";
        *sp = end;
        return 1;
    }
    *sp = close + 1;
    const char *p = s + 1, *e = close;
    while (p < e && is_ws(*p))
        p++;
    while (e > p && is_ws(e[-1]))
        e--;
    const char *cs = p;
    while (p < e && !is_ws(*p) && *p != '<' && *p != '>')
        p++;
    const char *ce = p;
    if (cs == ce || (*cs >= '0' && *cs <= '9')) {
        *err = cs == ce && cs == e ? "empty code block" : "date restriction without a code";
        return 1;
    }
    /* the date restriction */
    while (p < e && is_ws(*p))
        p++;
    int32_t from = 0, to = 0;
    if (p < e) {
        if (*p == '<' || *p == '>') {
            char op = *p++;
            while (p < e && is_ws(*p))
                p++;
            int32_t d = cameo_date(p, e);
            if (!d) {
                *err = "bad date in code restriction (expected YYMMDD or YYYYMMDD)";
                return 1;
            }
            if (op == '<')
                to = after(d);
            else
                from = d;
        } else {
            const char *dash = memchr(p, '-', (size_t)(e - p));
            if (!dash) {
                /* a lone date is a start: "[USAGOV 19820101] # entered
                 * Foreign Service" (Phoenix) */
                from = cameo_date(p, e);
                if (!from) {
                    *err = "bad date restriction (expected <DATE, >DATE or DATE-DATE)";
                    return 1;
                }
                goto codes;
            }
            const char *d1e = dash;
            while (d1e > p && is_ws(d1e[-1]))
                d1e--;
            const char *d2 = dash + 1;
            while (d2 < e && is_ws(*d2))
                d2++;
            int32_t d1 = cameo_date(p, d1e), dd2 = cameo_date(d2, e);
            if (!d1 || !dd2) {
                *err = "bad date in code restriction (expected YYMMDD or YYYYMMDD)";
                return 1;
            }
            from = d1;
            to = after(dd2);
        }
    }
codes:;
    /* the code(s): CODE, ~AGENT, AGENT~, A/B, or a special ---, ###, +++ */
    bool special = true;
    for (const char *c = cs; c < ce; c++)
        special &= (*c == '-' || *c == '#' || *c == '+' || *c == '*');
    const char *q = cs;
    while (q < ce) {
        const char *qe = special ? ce : q;
        if (!special)
            while (qe < ce && *qe != '/')
                qe++;
        uint32_t flags = 0;
        const char *a0 = q, *a1 = qe;
        if (!special) {
            if (a0 < a1 && *a0 == '~') {
                flags |= DYAD_CODE_AGENT_SUFFIX;
                a0++;
            } else if (a0 < a1 && a1[-1] == '~') {
                flags |= DYAD_CODE_AGENT_PREFIX;
                a1--;
            }
            if (a0 == a1) {
                *err = "empty code";
                return 1;
            }
            for (const char *c = a0; c < a1; c++)
                if (!is_alnum(*c)) {
                    *err = "bad character in code";
                    return 1;
                }
        }
        char *code = dyad_arena_strndup(a, a0, (size_t)(a1 - a0));
        if (!code)
            return -1;
        for (char *c = code; *c; c++)
            if (*c >= 'a' && *c <= 'z')
                *c = (char)(*c - 32);
        if (!from && !to)
            flags |= undated_flags;
        if (push_code(a, codes, n, cap, (dyad_code){code, from, to, flags}))
            return -1;
        q = qe < ce ? qe + 1 : ce;
    }
    return 0;
}
