/* keys.c — phrase keys: how a word of a dictionary phrase and a token of a
 * document are reduced to the same matching key.
 *
 * "Élysée" → "elysee", "U.S." → "us", "Israel’s" → "israel's": case folded
 * and diacritics stripped with utf8proc (no allocation: one code point at a
 * time), periods removed (so the abbreviation token "U.S." and the
 * dictionary's "U.S._" agree), curly apostrophes made straight.  Phrases are
 * split into words the way the tokeniser splits text (src/text/segment.c). */
#include "lexicon.h"

#include <utf8proc.h>

size_t dyad_key_fold(const char *s, size_t len, char *out, size_t cap, unsigned *letters,
                     unsigned *uppers)
{
    size_t o = 0;
    unsigned nl = 0, nu = 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < len) {
        unsigned char c = u[i];
        if (c < 0x80) {
            i++;
            if (c == '.')
                continue;
            if (c >= 'A' && c <= 'Z') {
                nl++;
                nu++;
                c = (unsigned char)(c + 32);
            } else if (c >= 'a' && c <= 'z')
                nl++;
            if (o + 1 > cap)
                return 0;
            out[o++] = (char)c;
            continue;
        }
        size_t n;
        int32_t cp = dyad_utf8_decode(u + i, len - i, &n);
        i += n;
        if (cp < 0)
            return 0;
        if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC) {
            if (o + 1 > cap)
                return 0;
            out[o++] = '\'';
            continue;
        }
        if (dyad_is_letter(cp)) {
            nl++;
            if (dyad_is_upper(cp))
                nu++;
        }
        utf8proc_int32_t buf[8];
        int last_bound = 0;
        utf8proc_ssize_t m = utf8proc_decompose_char(
            cp, buf, 8, UTF8PROC_DECOMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &last_bound);
        if (m < 0 || m > 8)
            return 0;
        for (utf8proc_ssize_t k = 0; k < m; k++) {
            if (o + 4 > cap)
                return 0;
            o += dyad_utf8_encode((uint32_t)buf[k], out + o);
        }
    }
    if (letters)
        *letters = nl;
    if (uppers)
        *uppers = nu;
    return o;
}

static bool is_sep(unsigned char c) { return c == ' ' || c == '\t' || c == '_' || c == '-'; }

/* ASCII punctuation that the tokeniser makes a token of its own. */
static bool is_punct(unsigned char c)
{
    return c < 0x80 && !(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') &&
           c != '.' && c != '\'' && !is_sep(c) && c > ' ';
}

/* Emit word [s, e), splitting off a final possessive "'s" / "'" (as the
 * tokeniser does: "JOURNALISTS'_UNION" → journalists ' union). */
static int emit_word(const char *s, const char *e, int (*fn)(void *, const char *, size_t), void *ctx,
                     int *count)
{
    const char *poss = NULL;
    if (e - s >= 3 && e[-2] == '\'' && (e[-1] == 's' || e[-1] == 'S'))
        poss = e - 2;
    else if (e - s >= 2 && e[-1] == '\'')
        poss = e - 1;
    else if (e - s >= 5 && (unsigned char)e[-4] == 0xE2 && (unsigned char)e[-3] == 0x80 &&
             (unsigned char)e[-2] == 0x99 && (e[-1] == 's' || e[-1] == 'S'))
        poss = e - 4;
    if (poss) {
        if (fn(ctx, s, (size_t)(poss - s)))
            return -1;
        (*count)++;
        s = poss;
    }
    if (fn(ctx, s, (size_t)(e - s)))
        return -1;
    (*count)++;
    return 0;
}

int dyad_phrase_split(const char *s, size_t len, int (*fn)(void *ctx, const char *w, size_t n), void *ctx)
{
    const char *p = s, *end = s + len;
    int count = 0;
    while (p < end) {
        unsigned char c = (unsigned char)*p;
        if (is_sep(c)) {
            p++;
            continue;
        }
        if (is_punct(c)) {
            if (fn(ctx, p, 1))
                return -1;
            count++;
            p++;
            continue;
        }
        const char *q = p;
        while (q < end) {
            unsigned char d = (unsigned char)*q;
            if (is_sep(d) || is_punct(d))
                break;
            if (d >= 0x80) {
                size_t n;
                int32_t cp = dyad_utf8_decode((const unsigned char *)q, (size_t)(end - q), &n);
                /* other non-ASCII punctuation (« » – …) ends the word */
                if (cp >= 0 && cp != 0x2019 && !dyad_is_letter(cp) && !(cp >= 0x300 && cp < 0x370) &&
                    !(cp >= 0x660 && cp <= 0x669)) {
                    if (q == p) {
                        if (fn(ctx, q, n))
                            return -1;
                        count++;
                        q += n;
                        p = q;
                    }
                    break;
                }
                q += n;
                continue;
            }
            q++;
        }
        if (q > p && emit_word(p, q, fn, ctx, &count))
            return -1;
        p = q;
    }
    return count;
}
