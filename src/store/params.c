/* params.c — query parameters from options or a URL query string, with
 * every value checked before it reaches SQL (where it is bound, never
 * pasted). */
#include "store/query.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void query_params_init(query_params *p)
{
    memset(p, 0, sizeof *p);
    p->limit = QUERY_LIMIT_DEFAULT;
}

static int is_date(const char *v, size_t n)
{
    if (n != 10 || v[4] != '-' || v[7] != '-')
        return 0;
    for (size_t i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !isdigit((unsigned char)v[i]))
            return 0;
    int m = (v[5] - '0') * 10 + (v[6] - '0'), d = (v[8] - '0') * 10 + (v[9] - '0');
    return m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static int copy_text(char *dst, size_t cap, const char *name, const char *v, size_t n, char *err, size_t errlen)
{
    if (n >= cap) {
        snprintf(err, errlen, "parameter '%s' is longer than %zu bytes", name, cap - 1);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)v[i] < 0x20 || v[i] == 0x7f) {
            snprintf(err, errlen, "parameter '%s' has a control character at byte %zu", name, i);
            return -1;
        }
    memcpy(dst, v, n);
    dst[n] = 0;
    return 0;
}

static int parse_long(const char *v, size_t n, long lo, long hi, long *out)
{
    if (n == 0 || n > 9)
        return -1;
    long x = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)v[i]))
            return -1;
        x = x * 10 + (v[i] - '0');
    }
    if (x < lo || x > hi)
        return -1;
    *out = x;
    return 0;
}

int query_param_set(query_params *p, const char *name, const char *val, size_t len, char *err, size_t errlen)
{
    if (!strcmp(name, "limit")) {
        if (parse_long(val, len, 1, QUERY_LIMIT_MAX, &p->limit)) {
            snprintf(err, errlen, "limit must be a number from 1 to %d", QUERY_LIMIT_MAX);
            return -1;
        }
        return 0;
    }
    if (!strcmp(name, "offset")) {
        if (parse_long(val, len, 0, 999999999, &p->offset)) {
            snprintf(err, errlen, "offset must be a number from 0");
            return -1;
        }
        return 0;
    }
    if (!strcmp(name, "from") || !strcmp(name, "to")) {
        if (!is_date(val, len)) {
            snprintf(err, errlen, "%s must be a date YYYY-MM-DD", name);
            return -1;
        }
        memcpy(name[0] == 'f' ? p->from : p->to, val, 10);
        (name[0] == 'f' ? p->from : p->to)[10] = 0;
        return 0;
    }
    if (!strcmp(name, "cameo")) {
        int ok = len >= 2 && len <= 4;
        for (size_t i = 0; ok && i < len; i++)
            ok = isdigit((unsigned char)val[i]);
        if (!ok) {
            snprintf(err, errlen, "cameo must be a CAMEO code of 2 to 4 digits");
            return -1;
        }
        memcpy(p->cameo, val, len);
        p->cameo[len] = 0;
        return 0;
    }
    if (!strcmp(name, "plover")) {
        int ok = len >= 1 && len < sizeof p->plover;
        for (size_t i = 0; ok && i < len; i++)
            ok = isalpha((unsigned char)val[i]) || val[i] == '_';
        if (!ok) {
            snprintf(err, errlen, "plover must be a PLOVER category name (letters and _)");
            return -1;
        }
        memcpy(p->plover, val, len);
        p->plover[len] = 0;
        return 0;
    }
    struct { const char *name; char *dst; } text[] = {
        {"by", p->by}, {"about", p->about}, {"source", p->source}, {"target", p->target}, {"q", p->q}};
    for (size_t i = 0; i < sizeof text / sizeof *text; i++)
        if (!strcmp(name, text[i].name))
            return copy_text(text[i].dst, QUERY_VALUE_MAX, name, val, len, err, errlen);
    snprintf(err, errlen, "unknown parameter '%.40s'", name);
    return -1;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    c = (char)(c | 0x20);
    return c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
}

/* Decode one name or value into dst (cap bytes with the NUL). */
static int decode(const char *s, size_t n, char *dst, size_t cap, size_t *out_len)
{
    size_t o = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == '+')
            c = ' ';
        else if (c == '%') {
            if (i + 2 >= n)
                return -1;
            int h = hexval(s[i + 1]), l = hexval(s[i + 2]);
            if (h < 0 || l < 0)
                return -1;
            c = (char)(h * 16 + l);
            i += 2;
        }
        if (o + 1 >= cap)
            return -2;
        dst[o++] = c;
    }
    dst[o] = 0;
    *out_len = o;
    return 0;
}

int query_params_parse(const char *qs, size_t len, query_params *p, char *err, size_t errlen)
{
    unsigned seen = 0;
    static const char *const names[] = {"by", "about", "from", "to", "source", "target",
                                        "cameo", "plover", "q", "limit", "offset"};
    size_t i = 0;
    while (i < len) {
        size_t end = i;
        while (end < len && qs[end] != '&')
            end++;
        if (end == i) {
            i++;
            continue;
        }
        size_t eq = i;
        while (eq < end && qs[eq] != '=')
            eq++;
        char name[16], val[QUERY_VALUE_MAX + 1];
        size_t nl, vl = 0;
        int rc = decode(qs + i, eq - i, name, sizeof name, &nl);
        if (rc == 0 && eq < end)
            rc = decode(qs + eq + 1, end - eq - 1, val, sizeof val, &vl);
        else if (rc == 0)
            val[0] = 0;
        if (rc == -1) {
            snprintf(err, errlen, "bad %%-escape in the query string at byte %zu", i);
            return -1;
        }
        if (rc == -2) {
            snprintf(err, errlen, "a query parameter at byte %zu is too long", i);
            return -1;
        }
        if (strlen(name) != nl) {
            snprintf(err, errlen, "NUL byte in a parameter name at byte %zu", i);
            return -1;
        }
        for (size_t k = 0; k < sizeof names / sizeof *names; k++)
            if (!strcmp(name, names[k])) {
                if (seen & (1u << k)) {
                    snprintf(err, errlen, "parameter '%s' is given twice", name);
                    return -1;
                }
                seen |= 1u << k;
            }
        if (query_param_set(p, name, val, vl, err, errlen))
            return -1;
        i = end + 1;
    }
    return 0;
}

int query_params_check(query_kind k, const query_params *p, char *err, size_t errlen)
{
    if (k == QUERY_SAID && !p->by[0]) {
        snprintf(err, errlen, "said needs 'by' (the speaker)");
        return -1;
    }
    if (k == QUERY_DYADS && strcmp(p->by, "day") && strcmp(p->by, "week") && strcmp(p->by, "month")) {
        snprintf(err, errlen, "dyads needs 'by' = day, week or month");
        return -1;
    }
    if (p->from[0] && p->to[0] && strcmp(p->from, p->to) > 0) {
        snprintf(err, errlen, "'from' is after 'to'");
        return -1;
    }
    return 0;
}
