/* utf8.c — UTF-8 decoding and the normalisation every document text goes
 * through before any span is taken (see dyad.h "Text and spans").
 *
 * The loop is hand-written because it touches every byte of every input:
 * ASCII is copied through a fast path; only paragraphs holding a code point
 * that NFC could change are handed to utf8proc. */
#include "dyad_int.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

int32_t dyad_utf8_decode(const unsigned char *s, size_t len, size_t *n)
{
    unsigned c = s[0];
    if (c < 0x80) {
        *n = 1;
        return (int32_t)c;
    }
    size_t need;
    uint32_t cp, min;
    if (c >= 0xC2 && c <= 0xDF) {
        need = 2;
        cp = c & 0x1F;
        min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        need = 3;
        cp = c & 0x0F;
        min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        need = 4;
        cp = c & 0x07;
        min = 0x10000;
    } else {
        *n = 1;
        return -1;
    }
    if (len < need) {
        *n = 1;
        return -1;
    }
    for (size_t i = 1; i < need; i++) {
        if ((s[i] & 0xC0) != 0x80) {
            *n = 1;
            return -1;
        }
        cp = (cp << 6) | (s[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        *n = 1;
        return -1;
    }
    *n = need;
    return (int32_t)cp;
}

size_t dyad_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

bool dyad_is_letter(int32_t cp)
{
    if (cp < 0x80)
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp < 0)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

bool dyad_is_upper(int32_t cp)
{
    if (cp < 0x80)
        return cp >= 'A' && cp <= 'Z';
    if (cp < 0)
        return false;
    utf8proc_category_t c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

/* White space that becomes U+0020. */
static bool is_space_cp(int32_t cp)
{
    return cp == ' ' || cp == '\t' || cp == '\v' || cp == '\f' || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0x85;
}

/* Characters dropped: zero-width, soft hyphen, BOM, other controls. */
static bool is_dropped_cp(int32_t cp)
{
    return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
           cp == 0xFEFF || cp == 0xAD || (cp < 0x20 && cp != '\n') || cp == 0x7F ||
           (cp >= 0x80 && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
}

/* Could NFC change text containing cp?  Conservative: false only for code
 * points known to be stable and never composing with a neighbour. */
static bool may_need_nfc(int32_t cp)
{
    if (cp < 0x300)
        return false;
    if (cp >= 0x2000 && cp <= 0x2BFF)
        return false; /* punctuation, symbols, arrows */
    if (cp >= 0x3040 && cp <= 0x30FF && cp != 0x3099 && cp != 0x309A)
        return false; /* kana (dakuten combine; 3099/309A checked) */
    if (cp >= 0x4E00 && cp <= 0x9FFF)
        return false; /* CJK ideographs */
    if (cp >= 0xAC00 && cp <= 0xD7A3)
        return false; /* precomposed Hangul; jamo 11A8.. could follow */
    if (cp >= 0x0400 && cp <= 0x04FF)
        return false; /* Cyrillic letters (combining marks are 0483..0489, rare) */
    if (cp >= 0x0600 && cp <= 0x064A)
        return false; /* Arabic letters; harakat 064B.. are combining */
    if (cp >= 0x1F000)
        return false; /* emoji */
    return true;
}

/* The end of the run from i (up to len) of printable ASCII (0x21..0x7E)
 * and single spaces each followed by printable ASCII: what the slow path
 * of dyad_text_normalise would copy unchanged.  Eight bytes at a time where
 * the byte order allows (one well-predicted branch per block instead of a
 * mispredicted one per word). */
static inline size_t plain_run_end(const unsigned char *u, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    while (i + 9 <= len) {
        uint64_t v, w; /* bytes i.., and the bytes after each of them */
        memcpy(&v, u + i, 8);
        memcpy(&w, u + i + 1, 8);
        uint64_t y = v & lows, z = w & lows;
        uint64_t plain = (y + ones * (0x80 - 0x21)) & ~(y + ones * (0x80 - 0x7F)) & ~v & highs;
        uint64_t next_plain = (z + ones * (0x80 - 0x21)) & ~(z + ones * (0x80 - 0x7F)) & ~w & highs;
        uint64_t sp = v ^ (ones * ' ');
        uint64_t space = ~(((sp & lows) + lows) | sp) & highs; /* exact: bytes equal to ' ' */
        uint64_t others = ~(plain | (space & next_plain)) & highs;
        if (others)
            return i + (size_t)(__builtin_ctzll(others) >> 3);
        i += 8;
    }
#endif
    for (;;) {
        while (i < len && u[i] > 0x20 && u[i] < 0x7F)
            i++;
        if (i + 1 < len && u[i] == ' ' && u[i + 1] > 0x20 && u[i + 1] < 0x7F)
            i += 2;
        else
            return i;
    }
}

int dyad_text_normalise(dyad_buf *out, const char *s, size_t len, bool keep_newlines,
                        dyad_doc *warn_doc, uint64_t base)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t start = out->len;
    bool need_nfc = false, warned = false;
    /* last: what was last written: 0 start, 1 text, 2 space, 3 newline */
    int last = 0;
    if (dyad_buf_reserve(out, len + 8))
        return -1;
    size_t i = 0;
    while (i < len) {
        /* fast path: a run of printable ASCII, with the single spaces
         * between its words (what the slow path below would write too) */
        if (u[i] > 0x20 && u[i] < 0x7F) {
            size_t j = plain_run_end(u, i + 1, len);
            dyad_buf_add(out, s + i, j - i);
            last = 1;
            i = j;
            continue;
        }
        size_t n;
        int32_t cp = dyad_utf8_decode(u + i, len - i, &n);
        if (cp < 0) {
            if (!warned && warn_doc)
                dyad_doc_warn(warn_doc, "invalid UTF-8 byte 0x%02x at offset %llu replaced by U+FFFD",
                              u[i], (unsigned long long)(base + i));
            warned = true;
            cp = 0xFFFD;
        }
        i += n;
        if (cp == '\r') {
            if (i < len && u[i] == '\n')
                continue; /* CRLF: the LF does the work */
            cp = '\n';
        }
        if (cp == 0x2028 || cp == 0x2029)
            cp = '\n';
        if (cp == '\n' && !keep_newlines)
            cp = ' ';
        if (cp == '\n') {
            while (out->len > start && out->data[out->len - 1] == ' ')
                out->len--;
            if (last != 0 && last != 3) {
                dyad_buf_addc(out, '\n');
                last = 3;
            }
            continue;
        }
        if (is_space_cp(cp)) {
            if (last == 1) {
                dyad_buf_addc(out, ' ');
                last = 2;
            }
            continue;
        }
        if (is_dropped_cp(cp))
            continue;
        if (!need_nfc && may_need_nfc(cp))
            need_nfc = true;
        char enc[4];
        dyad_buf_add(out, enc, dyad_utf8_encode((uint32_t)cp, enc));
        last = 1;
    }
    while (out->len > start && (out->data[out->len - 1] == ' ' || out->data[out->len - 1] == '\n'))
        out->len--;
    if (need_nfc && out->len > start) {
        utf8proc_uint8_t *nfc = NULL;
        utf8proc_ssize_t m =
            utf8proc_map((const utf8proc_uint8_t *)out->data + start, (utf8proc_ssize_t)(out->len - start),
                         &nfc, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
        if (m >= 0) {
            out->len = start;
            dyad_buf_add(out, nfc, (size_t)m);
        }
        free(nfc);
    }
    return out->failed ? -1 : 0;
}
