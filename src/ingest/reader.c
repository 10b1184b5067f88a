/* reader.c — one input (a file's bytes) into documents: detects gzip and
 * the format (WARC, JSONL, HTML, text), then hands out one dyad_input per
 * document.  The heavy work (parsing HTML, cleaning, segmenting) is left to
 * dyad_doc_read(), so a reader on one thread can feed workers on others. */
#include "container.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_reader {
    const dyad_engine *eng;
    char *source;
    const char *data;
    size_t len;
    dyad_buf owned; /* decompressed input, when gzip and not WARC */
    dyad_format fmt;
    bool single_done;
    bool fatal_pending; /* a gzip error to report once, at the end */
    dyad_container_err pending;
    bool done;
    dyad_jsonl *jsonl;
    dyad_warc *warc;
    dyad_container_err err;
    size_t skipped;
};

int dyad_format_from_name(const char *name)
{
    static const char *const names[] = {"auto", "text", "html", "warc", "jsonl"};
    for (int i = 0; i < 5; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_format_name(dyad_format f)
{
    static const char *const names[] = {"auto", "text", "html", "warc", "jsonl"};
    return (unsigned)f < 5 ? names[f] : "auto";
}

bool dyad_is_warc(const void *data, size_t len)
{
    return len >= 6 && memcmp(data, "WARC/", 5) == 0;
}

/* JSONL: the first non-blank character is '{' and the first line ends in
 * '}' (a text article never looks like that). */
static bool looks_jsonl(const char *d, size_t n)
{
    size_t i = 0;
    while (i < n && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t'))
        i++;
    if (i >= n || d[i] != '{')
        return false;
    const char *nl = memchr(d + i, '\n', n - i);
    size_t e = nl ? (size_t)(nl - d) : n;
    while (e > i && (d[e - 1] == '\r' || d[e - 1] == ' '))
        e--;
    return e > i && d[e - 1] == '}';
}

static bool looks_html(const char *d, size_t n)
{
    size_t i = 0;
    if (n >= 3 && memcmp(d, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t'))
        i++;
    if (i >= n || d[i] != '<')
        return false;
    size_t lim = n - i < 4096 ? n - i : 4096;
    for (size_t k = 0; k + 5 <= lim; k++) {
        const char *p = d + i + k;
        if (strncasecmp(p, "<html", 5) == 0 || strncasecmp(p, "<body", 5) == 0 ||
            strncasecmp(p, "<head", 5) == 0 || strncasecmp(p, "<!doc", 5) == 0 ||
            strncasecmp(p, "<div", 4) == 0 || strncasecmp(p, "<p>", 3) == 0 ||
            strncasecmp(p, "<meta", 5) == 0 || strncasecmp(p, "<arti", 5) == 0)
            return true;
    }
    return false;
}

dyad_status dyad_reader_open(const dyad_engine *eng, const char *source, const void *bytes, size_t len,
                             dyad_format fmt, dyad_reader **out)
{
    *out = NULL;
    if (!eng || (!bytes && len))
        return DYAD_ERR_ARG;
    dyad_reader *rd = calloc(1, sizeof *rd);
    if (!rd)
        return DYAD_ERR_NOMEM;
    rd->eng = eng;
    rd->source = strdup(source ? source : "-");
    rd->data = bytes ? bytes : "";
    rd->len = len;
    dyad_buf_init(&rd->owned);
    bool gz = dyad_is_gzip(bytes, len);
    if (gz && fmt != DYAD_FORMAT_WARC) {
        /* peek: a gzipped WARC is decoded record by record by warc.c */
        dyad_buf peek;
        dyad_buf_init(&peek);
        dyad_container_err e = {0};
        size_t plen = len < 4096 ? len : 4096;
        dyad_gunzip(bytes, plen, &peek, 0, &e);
        bool warc = dyad_is_warc(peek.data, peek.len);
        dyad_buf_free(&peek);
        if (warc && fmt == DYAD_FORMAT_AUTO)
            fmt = DYAD_FORMAT_WARC;
    }
    if (gz && fmt != DYAD_FORMAT_WARC) {
        rd->owned.cap_max = DYAD_MAX_DOC_BYTES * 16;
        dyad_status st = dyad_gunzip(bytes, len, &rd->owned, rd->owned.cap_max, &rd->pending);
        if (st != DYAD_OK)
            rd->fatal_pending = true; /* documents before the damage still count */
        rd->data = rd->owned.data ? rd->owned.data : "";
        rd->len = rd->owned.len;
    }
    if (fmt == DYAD_FORMAT_AUTO) {
        if (dyad_is_warc(rd->data, rd->len))
            fmt = DYAD_FORMAT_WARC;
        else if (looks_jsonl(rd->data, rd->len))
            fmt = DYAD_FORMAT_JSONL;
        else if (looks_html(rd->data, rd->len))
            fmt = DYAD_FORMAT_HTML;
        else
            fmt = DYAD_FORMAT_TEXT;
    }
    rd->fmt = fmt;
    if (fmt == DYAD_FORMAT_JSONL)
        rd->jsonl = dyad_jsonl_open(rd->data, rd->len);
    else if (fmt == DYAD_FORMAT_WARC)
        rd->warc = dyad_warc_open(rd->data, rd->len, gz && rd->owned.data == NULL);
    if (!rd->source || (fmt == DYAD_FORMAT_JSONL && !rd->jsonl) || (fmt == DYAD_FORMAT_WARC && !rd->warc)) {
        dyad_reader_free(rd);
        return DYAD_ERR_NOMEM;
    }
    *out = rd;
    return DYAD_OK;
}

dyad_status dyad_reader_next(dyad_reader *rd, dyad_input *in)
{
    memset(in, 0, sizeof *in);
    if (rd->done)
        return DYAD_END;
    dyad_status st = DYAD_END;
    rd->err = (dyad_container_err){0};
    switch (rd->fmt) {
    case DYAD_FORMAT_JSONL:
        st = dyad_jsonl_next(rd->jsonl, in, &rd->err);
        break;
    case DYAD_FORMAT_WARC:
        st = dyad_warc_next(rd->warc, in, &rd->err, &rd->skipped);
        break;
    default:
        if (!rd->single_done) {
            rd->single_done = true;
            in->format = rd->fmt == DYAD_FORMAT_HTML ? DYAD_FORMAT_HTML : DYAD_FORMAT_TEXT;
            in->data = rd->data;
            in->len = rd->len;
            st = DYAD_OK;
        }
        break;
    }
    if (st == DYAD_END && rd->fatal_pending) {
        rd->fatal_pending = false;
        rd->err = rd->pending;
        rd->done = true;
        return DYAD_ERR_FORMAT;
    }
    if (st == DYAD_END) {
        rd->done = true;
        return DYAD_END;
    }
    in->source = rd->source;
    if (in->url && rd->fmt == DYAD_FORMAT_WARC)
        in->source = in->url;
    return st;
}

const char *dyad_reader_errmsg(const dyad_reader *rd) { return rd->err.msg; }
uint64_t dyad_reader_erroffset(const dyad_reader *rd) { return rd->err.offset; }
unsigned dyad_reader_errline(const dyad_reader *rd) { return rd->err.line; }
size_t dyad_reader_skipped(const dyad_reader *rd) { return rd->skipped; }

void dyad_reader_free(dyad_reader *rd)
{
    if (!rd)
        return;
    dyad_jsonl_free(rd->jsonl);
    dyad_warc_free(rd->warc);
    dyad_buf_free(&rd->owned);
    free(rd->source);
    free(rd);
}
