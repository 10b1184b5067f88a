/* buf.c — see buf.h. */
#include "buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void dyad_buf_init(dyad_buf *b) { memset(b, 0, sizeof *b); }

void dyad_buf_free(dyad_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}

void dyad_buf_reset(dyad_buf *b)
{
    b->len = 0;
    b->failed = 0;
}

int dyad_buf_reserve(dyad_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (b->len + extra + 1 <= b->cap)
        return 0;
    size_t need = b->len + extra + 1;
    if (need < b->len || (b->cap_max && need > b->cap_max)) {
        b->failed = 1;
        return -1;
    }
    size_t cap = b->cap ? b->cap : 256;
    while (cap < need)
        cap = cap * 2 < cap ? need : cap * 2;
    if (b->cap_max && cap > b->cap_max)
        cap = b->cap_max;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

void dyad_buf_add(dyad_buf *b, const void *p, size_t n)
{
    if (n == 0)
        return;
    if ((b->failed || b->len + n + 1 > b->cap || b->len + n < b->len) && dyad_buf_reserve(b, n))
        return;
    memcpy(b->data + b->len, p, n);
    b->len += n;
}

void dyad_buf_adds(dyad_buf *b, const char *s) { dyad_buf_add(b, s, strlen(s)); }

void dyad_buf_addc(dyad_buf *b, char c)
{
    if ((b->failed || b->len + 2 > b->cap) && dyad_buf_reserve(b, 1))
        return;
    b->data[b->len++] = c;
}

void dyad_buf_add_uint(dyad_buf *b, uint64_t v)
{
    char tmp[20], *p = tmp + sizeof tmp;
    do
        *--p = (char)('0' + v % 10);
    while ((v /= 10));
    dyad_buf_add(b, p, (size_t)(tmp + sizeof tmp - p));
}

void dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0)
        return;
    if ((size_t)n < sizeof small) {
        dyad_buf_add(b, small, (size_t)n);
        return;
    }
    if (dyad_buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void dyad_buf_json_str(dyad_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    if (dyad_buf_reserve(b, n + 2))
        return;
    dyad_buf_addc(b, '"');
    size_t run = 0; /* start of the pending run of plain bytes */
    for (size_t i = 0; i < n; i++) {
        /* eight bytes at a time while none needs escaping: none below
         * 0x20, none '"' or '\\' (the test may flag a clean word, never
         * miss a byte to escape; a flagged word goes byte by byte) */
        while (i + 8 <= n) {
            uint64_t v;
            memcpy(&v, s + i, 8);
            const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            uint64_t q = v ^ (ones * '"'), bs = v ^ (ones * '\\');
            uint64_t flag = ((v - ones * 0x20) & ~v) | ((q - ones) & ~q) | ((bs - ones) & ~bs);
            if (flag & highs)
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        dyad_buf_add(b, s + run, i - run);
        run = i + 1;
        switch (c) {
        case '"': dyad_buf_add(b, "\\\"", 2); break;
        case '\\': dyad_buf_add(b, "\\\\", 2); break;
        case '\n': dyad_buf_add(b, "\\n", 2); break;
        case '\t': dyad_buf_add(b, "\\t", 2); break;
        case '\r': dyad_buf_add(b, "\\r", 2); break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            dyad_buf_add(b, esc, 6);
        }
        }
    }
    dyad_buf_add(b, s + run, n - run);
    dyad_buf_addc(b, '"');
}

const char *dyad_buf_cstr(dyad_buf *b)
{
    if (dyad_buf_reserve(b, 0))
        return "";
    b->data[b->len] = '\0';
    return b->data;
}
