/* fuzz/invariants.h — the properties every document dyad makes must have,
 * whatever its input: checked by the fuzz targets (fuzz/fuzz_*.c) and by
 * the regression test that replays their crash inputs
 * (tests/unit/test_ingest_bad.c).  Header-only (static functions) so each
 * fuzz target and the test build it in. */
#ifndef DYAD_FUZZ_INVARIANTS_H
#define DYAD_FUZZ_INVARIANTS_H

#include "dyad.h"

#include <jansson.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Is [s, s+n) valid UTF-8 (no overlong forms, surrogates or code points
 * past U+10FFFF)?  On failure *bad is the offset of the first bad byte. */
static int inv_utf8_valid(const unsigned char *s, size_t n, size_t *bad)
{
    size_t i = 0;
    while (i < n) {
        unsigned c = s[i];
        size_t k;
        unsigned cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            k = 1, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            k = 2, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            k = 3, cp = c & 0x07, min = 0x10000;
        } else {
            *bad = i;
            return 0;
        }
        for (size_t j = 1; j <= k; j++) {
            if (i + j >= n || (s[i + j] & 0xC0) != 0x80) {
                *bad = i;
                return 0;
            }
            cp = cp << 6 | (s[i + j] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad = i;
            return 0;
        }
        i += k + 1;
    }
    return 1;
}

static int inv_fail(char *why, size_t whysz, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int inv_fail(char *why, size_t whysz, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why, whysz, fmt, ap);
    va_end(ap);
    return -1;
}

/* A span lies in the text, starts after `after` (spans in order, not
 * overlapping) and at code point boundaries. */
static int inv_span(const char *what, size_t i, dyad_span s, uint32_t after, const char *text, size_t len, char *why,
                    size_t whysz)
{
    if (s.start > s.end || s.end > len)
        return inv_fail(why, whysz, "%s %zu: span [%u,%u) outside the text of %zu bytes", what, i, s.start, s.end, len);
    if (s.start < after)
        return inv_fail(why, whysz, "%s %zu: span [%u,%u) overlaps or precedes the previous one (ends %u)", what, i,
                        s.start, s.end, after);
    if ((s.start < len && ((unsigned char)text[s.start] & 0xC0) == 0x80) ||
        (s.end < len && ((unsigned char)text[s.end] & 0xC0) == 0x80))
        return inv_fail(why, whysz, "%s %zu: span [%u,%u) cuts a UTF-8 sequence", what, i, s.start, s.end);
    return 0;
}

/* Check one read document and its JSON.  Returns 0, or -1 with why set. */
static int inv_check_doc(const dyad_doc *doc, char *why, size_t whysz)
{
    size_t len = 0;
    const char *text = dyad_doc_text(doc, &len);
    if (!text)
        return inv_fail(why, whysz, "document without text");
    if (text[len] != 0)
        return inv_fail(why, whysz, "text is not NUL-terminated at its length %zu", len);
    if (strlen(text) != len)
        return inv_fail(why, whysz, "text holds a NUL byte at %zu", strlen(text));
    size_t bad = 0;
    if (!inv_utf8_valid((const unsigned char *)text, len, &bad))
        return inv_fail(why, whysz, "text is not valid UTF-8 at byte %zu", bad);
    size_t np = dyad_doc_paragraph_count(doc), ns = dyad_doc_sentence_count(doc), nt = dyad_doc_token_count(doc);
    uint32_t after = 0;
    for (size_t i = 0; i < np; i++) {
        const dyad_paragraph *p = dyad_doc_paragraph(doc, i);
        if (inv_span("paragraph", i, p->span, after, text, len, why, whysz))
            return -1;
        after = p->span.end;
    }
    after = 0;
    for (size_t i = 0; i < nt; i++) {
        const dyad_token *t = dyad_doc_token(doc, i);
        if (inv_span("token", i, t->span, after, text, len, why, whysz))
            return -1;
        after = t->span.end;
    }
    after = 0;
    uint32_t prev_tok_end = 0;
    for (size_t i = 0; i < ns; i++) {
        const dyad_sentence *s = dyad_doc_sentence(doc, i);
        if (inv_span("sentence", i, s->span, after, text, len, why, whysz))
            return -1;
        after = s->span.end;
        if (s->para >= np)
            return inv_fail(why, whysz, "sentence %zu: paragraph %u of %zu", i, s->para, np);
        dyad_span ps = dyad_doc_paragraph(doc, s->para)->span;
        if (s->span.start < ps.start || s->span.end > ps.end)
            return inv_fail(why, whysz, "sentence %zu [%u,%u) outside its paragraph [%u,%u)", i, s->span.start,
                            s->span.end, ps.start, ps.end);
        if (s->tok_first > s->tok_end || s->tok_end > nt || s->tok_first < prev_tok_end)
            return inv_fail(why, whysz, "sentence %zu: tokens [%u,%u) of %zu (previous ended %u)", i, s->tok_first,
                            s->tok_end, nt, prev_tok_end);
        prev_tok_end = s->tok_end;
        for (uint32_t k = s->tok_first; k < s->tok_end; k++) {
            dyad_span ts = dyad_doc_token(doc, k)->span;
            if (ts.start < s->span.start || ts.end > s->span.end)
                return inv_fail(why, whysz, "token %u [%u,%u) outside its sentence %zu [%u,%u)", k, ts.start, ts.end, i,
                                s->span.start, s->span.end);
        }
    }
    char *json = NULL;
    size_t jn = 0;
    if (dyad_doc_json(doc, DYAD_JSON_ALL | DYAD_JSON_TOKENS, &json, &jn) != DYAD_OK)
        return inv_fail(why, whysz, "dyad_doc_json failed");
    int rc = 0;
    const char *nl = memchr(json, '\n', jn);
    json_error_t je;
    json_t *o = NULL;
    if (!nl || (size_t)(nl - json) != jn - 1)
        rc = inv_fail(why, whysz, "JSON is not one line ending in a newline");
    else if (!inv_utf8_valid((const unsigned char *)json, jn, &bad))
        rc = inv_fail(why, whysz, "JSON is not valid UTF-8 at byte %zu", bad);
    else if (!(o = json_loadb(json, jn, 0, &je)))
        rc = inv_fail(why, whysz, "JSON does not parse: %s at column %d", je.text, je.column);
    else if (!json_is_object(o))
        rc = inv_fail(why, whysz, "JSON is not an object");
    json_decref(o);
    free(json);
    return rc;
}

/* Read every document of one input (reader, dyad_doc_read, JSON) and check
 * each.  Returns the number of documents read, or -1 with why set. */
static long inv_check_input(const dyad_engine *eng, const void *data, size_t size, dyad_format fmt, char *why,
                            size_t whysz)
{
    dyad_reader *rd = NULL;
    if (dyad_reader_open(eng, "fuzz", data, size, fmt, &rd) != DYAD_OK)
        return inv_fail(why, whysz, "dyad_reader_open failed");
    dyad_input in;
    dyad_status st;
    long docs = 0, errors = 0;
    int rc = 0;
    while (rc == 0 && (st = dyad_reader_next(rd, &in)) != DYAD_END) {
        if (st != DYAD_OK) {
            if (!dyad_reader_errmsg(rd)[0])
                rc = inv_fail(why, whysz, "reader error %d without a message", (int)st);
            if (++errors > (long)size + 2)
                rc = inv_fail(why, whysz, "more reader errors (%ld) than input bytes", errors);
            continue;
        }
        if (!in.data && in.len)
            rc = inv_fail(why, whysz, "input of %zu bytes without data", in.len);
        if (rc)
            break;
        dyad_doc *doc = NULL;
        if (dyad_doc_read(eng, &in, NULL, &doc) == DYAD_OK) {
            rc = inv_check_doc(doc, why, whysz);
            docs++;
        } else if (doc && !dyad_doc_errmsg(doc)) {
            rc = inv_fail(why, whysz, "dyad_doc_read failed without a message");
        }
        dyad_doc_free(doc);
    }
    dyad_reader_free(rd);
    return rc ? -1 : docs;
}

#endif
