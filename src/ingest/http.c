/* http.c — HTTP/1.x responses inside WARC records (see http.h): status line,
 * headers, chunked transfer coding, gzip/deflate content coding via zlib. */
#include "http.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

/* End of the line starting at p (the '\n', or end); *next is the next line. */
static const char *line_end(const char *p, const char *end, const char **next)
{
    const char *nl = memchr(p, '\n', (size_t)(end - p));
    if (!nl) {
        *next = end;
        return end;
    }
    *next = nl + 1;
    return nl > p && nl[-1] == '\r' ? nl - 1 : nl;
}

static bool is_ws(char c) { return c == ' ' || c == '\t'; }

/* Trim spaces and tabs at both ends of [*s, *e). */
static void trim(const char **s, const char **e)
{
    while (*s < *e && is_ws(**s))
        (*s)++;
    while (*e > *s && is_ws((*e)[-1]))
        (*e)--;
}

static bool token_is(const char *s, size_t n, const char *tok)
{
    return strlen(tok) == n && strncasecmp(s, tok, n) == 0;
}

/* Apply one coding token ("gzip", "chunked", ...) to the response. */
static void add_coding(dyad_http_response *r, const char *s, size_t n, bool transfer)
{
    if (n == 0 || token_is(s, n, "identity"))
        return;
    if (transfer && token_is(s, n, "chunked")) {
        r->chunked = true;
        return;
    }
    dyad_http_coding c = DYAD_HTTP_UNSUPPORTED;
    if (token_is(s, n, "gzip") || token_is(s, n, "x-gzip"))
        c = DYAD_HTTP_GZIP;
    else if (token_is(s, n, "deflate"))
        c = DYAD_HTTP_DEFLATE;
    /* two real codings stacked (gzip over deflate) are not decoded */
    if (r->coding != DYAD_HTTP_IDENTITY && r->coding != c)
        c = DYAD_HTTP_UNSUPPORTED;
    if (c == DYAD_HTTP_UNSUPPORTED && r->coding != DYAD_HTTP_UNSUPPORTED) {
        r->coding_name = s;
        r->coding_name_len = n;
    }
    r->coding = c;
}

/* A comma-separated list of codings. */
static void add_codings(dyad_http_response *r, const char *s, const char *e, bool transfer)
{
    while (s < e) {
        const char *comma = memchr(s, ',', (size_t)(e - s));
        const char *te = comma ? comma : e;
        const char *ts = s;
        trim(&ts, &te);
        const char *semi = memchr(ts, ';', (size_t)(te - ts)); /* parameters */
        if (semi) {
            te = semi;
            trim(&ts, &te);
        }
        add_coding(r, ts, (size_t)(te - ts), transfer);
        s = comma ? comma + 1 : e;
    }
}

bool dyad_http_parse(const char *data, size_t len, dyad_http_response *r, const char **why)
{
    memset(r, 0, sizeof *r);
    const char *p = data, *end = data + len, *next;
    const char *le = line_end(p, end, &next);
    /* "HTTP/1.1 200 OK" (the version is not checked further: archives of
     * HTTP/2 traffic write "HTTP/2 200") */
    if (le - p < 8 || memcmp(p, "HTTP/", 5) != 0) {
        *why = "no HTTP status line";
        return false;
    }
    const char *q = p + 5;
    while (q < le && !is_ws(*q))
        q++;
    while (q < le && is_ws(*q))
        q++;
    if (le - q < 3 || (unsigned)(q[0] - '0') > 9 || (unsigned)(q[1] - '0') > 9 || (unsigned)(q[2] - '0') > 9 ||
        (le - q > 3 && !is_ws(q[3]))) {
        *why = "bad HTTP status code";
        return false;
    }
    r->status = (q[0] - '0') * 100 + (q[1] - '0') * 10 + (q[2] - '0');
    for (p = next; p < end; p = next) {
        le = line_end(p, end, &next);
        if (le == p) {
            if (next == end && (end == p || end[-1] != '\n')) {
                *why = "HTTP headers do not end";
                return false;
            }
            r->body = next;
            r->body_len = (size_t)(end - next);
            return true;
        }
        if (next == end && (end == data || end[-1] != '\n')) {
            *why = "HTTP headers do not end";
            return false;
        }
        if (is_ws(*p))
            continue; /* obsolete line folding: a continuation */
        const char *colon = memchr(p, ':', (size_t)(le - p));
        if (!colon)
            continue; /* a malformed header line is ignored, as browsers do */
        const char *ns = p, *ne = colon, *vs = colon + 1, *ve = le;
        trim(&ns, &ne);
        trim(&vs, &ve);
        size_t nn = (size_t)(ne - ns);
        if (token_is(ns, nn, "content-type")) {
            r->ctype = vs;
            r->ctype_len = (size_t)(ve - vs);
        } else if (token_is(ns, nn, "transfer-encoding")) {
            add_codings(r, vs, ve, true);
        } else if (token_is(ns, nn, "content-encoding")) {
            add_codings(r, vs, ve, false);
        }
    }
    *why = "HTTP headers do not end";
    return false;
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Parse a chunk size line at p: hex digits, optional ";ext", line end.
 * Returns 1 with *size and *next set, 0 at the end of the data (cut short),
 * -1 for a malformed line. */
static int chunk_line(const char *p, const char *end, uint64_t *size, const char **next)
{
    if (p >= end)
        return 0;
    const char *q = p;
    while (q < end && is_ws(*q))
        q++;
    uint64_t v = 0;
    int digits = 0;
    for (; q < end && hexval(*q) >= 0; q++) {
        if (++digits > 15)
            return -1;
        v = v * 16 + (uint64_t)hexval(*q);
    }
    if (digits == 0)
        return q >= end ? 0 : -1;
    const char *nl = memchr(q, '\n', (size_t)(end - q));
    if (!nl)
        return 0;
    if (q < nl && *q != ';' && !is_ws(*q) && *q != '\r')
        return -1; /* something other than an extension after the digits */
    *size = v;
    *next = nl + 1;
    return 1;
}

/* Undo chunked transfer coding of [s, s+n) into out. */
static bool dechunk(const char *s, size_t n, dyad_buf *out, size_t max_out, char *msg, size_t msgsz)
{
    const char *p = s, *end = s + n;
    for (;;) {
        uint64_t size = 0;
        const char *next = NULL;
        int rc = chunk_line(p, end, &size, &next);
        if (rc == 0)
            return true; /* cut short: keep what came before */
        if (rc < 0) {
            snprintf(msg, msgsz, "bad chunk size line at body offset %zu", (size_t)(p - s));
            return false;
        }
        if (size == 0)
            return true; /* last chunk; trailers are not needed */
        size_t take = size < (uint64_t)(end - next) ? (size_t)size : (size_t)(end - next);
        if (out->len + take > max_out) {
            snprintf(msg, msgsz, "decoded body exceeds %zu bytes", max_out);
            return false;
        }
        dyad_buf_add(out, next, take);
        if (out->failed) {
            snprintf(msg, msgsz, "out of memory decoding a chunked body");
            return false;
        }
        p = next + take;
        if (take < size || p >= end)
            return true; /* cut short */
        if (*p == '\r')
            p++;
        if (p < end && *p == '\n')
            p++;
        else if (p < end) {
            snprintf(msg, msgsz, "chunk at body offset %zu does not end with a line end", (size_t)(next - s));
            return false;
        }
    }
}

/* Inflate [s, s+n) (gzip, zlib or raw deflate by windowBits) into out. */
static bool inflate_body(const char *s, size_t n, int window_bits, dyad_buf *out, size_t max_out, char *msg,
                         size_t msgsz)
{
    if (n > 0xFFFFFFFFu) {
        snprintf(msg, msgsz, "compressed body larger than 4 GiB");
        return false;
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, window_bits) != Z_OK) {
        snprintf(msg, msgsz, "zlib initialisation failed");
        return false;
    }
    z.next_in = (Bytef *)s;
    z.avail_in = (uInt)n;
    bool ok = true;
    for (;;) {
        if (out->len >= max_out) {
            snprintf(msg, msgsz, "decoded body exceeds %zu bytes", max_out);
            ok = false;
            break;
        }
        if (dyad_buf_reserve(out, 64 * 1024)) {
            snprintf(msg, msgsz, "out of memory decoding the body");
            ok = false;
            break;
        }
        size_t room = out->cap - out->len - 1;
        if (room > max_out - out->len)
            room = max_out - out->len + 1; /* one more byte tells "too big" */
        z.next_out = (Bytef *)out->data + out->len;
        z.avail_out = (uInt)(room > 0x40000000u ? 0x40000000u : room);
        uInt before = z.avail_out;
        int rc = inflate(&z, Z_NO_FLUSH);
        out->len += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            /* gzip bodies may hold several members */
            if (window_bits > 15 && z.avail_in >= 2 && z.next_in[0] == 0x1f && z.next_in[1] == 0x8b) {
                inflateReset(&z);
                continue;
            }
            break;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            /* cut short (WARC-Truncated): keep what was decoded, if any */
            if (out->len == 0) {
                snprintf(msg, msgsz, "compressed body is truncated");
                ok = false;
            }
            break;
        }
        if (rc == Z_BUF_ERROR)
            continue;
        snprintf(msg, msgsz, "corrupt %s content-encoding at body offset %zu (%s)",
                 window_bits > 15 ? "gzip" : "deflate", n - z.avail_in, z.msg ? z.msg : "inflate error");
        ok = false;
        break;
    }
    inflateEnd(&z);
    if (ok && out->len > max_out) {
        snprintf(msg, msgsz, "decoded body exceeds %zu bytes", max_out);
        ok = false;
    }
    return ok;
}

/* First non-blank byte is '<': a body the archiver stored decoded. */
static bool looks_markup(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    return i < n && s[i] == '<';
}

bool dyad_http_decode_body(const dyad_http_response *r, dyad_buf *scratch, size_t max_out,
                           const char **body, size_t *body_len, char *msg, size_t msgsz)
{
    dyad_buf_reset(scratch);
    const char *s = r->body;
    size_t n = r->body_len;
    dyad_buf chunks;
    dyad_buf_init(&chunks);
    bool ok = true;
    uint64_t first = 0;
    const char *after = NULL;
    /* "chunked" announced but the body does not start with a chunk size:
     * the archiver stored it de-chunked */
    if (r->chunked && chunk_line(s, s + n, &first, &after) == 1) {
        dyad_buf *dst = r->coding == DYAD_HTTP_IDENTITY ? scratch : &chunks;
        ok = dechunk(s, n, dst, max_out, msg, msgsz);
        s = dst->data ? dst->data : "";
        n = dst->len;
    }
    if (ok && r->coding == DYAD_HTTP_UNSUPPORTED) {
        snprintf(msg, msgsz, "unsupported content-encoding \"%.*s\"", (int)(r->coding_name_len > 40 ? 40 : r->coding_name_len),
                 r->coding_name ? r->coding_name : "");
        ok = false;
    } else if (ok && r->coding == DYAD_HTTP_GZIP) {
        const unsigned char *u = (const unsigned char *)s;
        if (n >= 2 && u[0] == 0x1f && u[1] == 0x8b)
            ok = inflate_body(s, n, 15 + 16, scratch, max_out, msg, msgsz), s = scratch->data, n = scratch->len;
        else if (!looks_markup(s, n)) {
            snprintf(msg, msgsz, "corrupt gzip content-encoding at body offset 0 (no gzip header)");
            ok = false;
        } else if (s == chunks.data) {
            dyad_buf_add(scratch, s, n), s = scratch->data, n = scratch->len;
        }
    } else if (ok && r->coding == DYAD_HTTP_DEFLATE) {
        const unsigned char *u = (const unsigned char *)s;
        bool zlib = n >= 2 && (u[0] & 0x0f) == 8 && ((unsigned)u[0] * 256 + u[1]) % 31 == 0;
        if (!zlib && looks_markup(s, n)) {
            if (s == chunks.data)
                dyad_buf_add(scratch, s, n), s = scratch->data, n = scratch->len;
        } else {
            ok = inflate_body(s, n, zlib ? 15 : -15, scratch, max_out, msg, msgsz);
            s = scratch->data, n = scratch->len;
        }
    }
    if (ok && scratch->failed) {
        snprintf(msg, msgsz, "out of memory decoding the body");
        ok = false;
    }
    if (ok && n > max_out) {
        snprintf(msg, msgsz, "decoded body exceeds %zu bytes", max_out);
        ok = false;
    }
    dyad_buf_free(&chunks);
    *body = ok ? (s ? s : "") : NULL;
    *body_len = ok ? n : 0;
    return ok;
}

bool dyad_http_media_is(const char *ctype, size_t len, const char *type)
{
    if (!ctype)
        return false;
    const char *s = ctype, *e = ctype + len;
    const char *semi = memchr(s, ';', len);
    if (semi)
        e = semi;
    trim(&s, &e);
    return token_is(s, (size_t)(e - s), type);
}

size_t dyad_http_charset(const char *ctype, size_t len, char *out, size_t outsz)
{
    if (!ctype || outsz == 0)
        return 0;
    out[0] = 0;
    const char *end = ctype + len;
    const char *p = memchr(ctype, ';', len);
    while (p && p < end) {
        const char *s = p + 1;
        const char *semi = memchr(s, ';', (size_t)(end - s));
        const char *e = semi ? semi : end;
        const char *eq = memchr(s, '=', (size_t)(e - s));
        if (eq) {
            const char *ns = s, *ne = eq, *vs = eq + 1, *ve = e;
            trim(&ns, &ne);
            trim(&vs, &ve);
            if (ve - vs >= 2 && (*vs == '"' || *vs == '\'') && ve[-1] == *vs)
                vs++, ve--;
            size_t n = (size_t)(ve - vs);
            bool plausible = n > 0 && n < outsz;
            for (const char *k = vs; plausible && k < ve; k++)
                plausible = (*k >= 'a' && *k <= 'z') || (*k >= 'A' && *k <= 'Z') || (*k >= '0' && *k <= '9') ||
                            *k == '-' || *k == '_' || *k == '.' || *k == ':';
            if (token_is(ns, (size_t)(ne - ns), "charset") && plausible) {
                memcpy(out, vs, n);
                out[n] = 0;
                return n;
            }
        }
        p = semi;
    }
    return 0;
}

bool dyad_http_sniff_html(const char *data, size_t len)
{
    size_t i = 0;
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < len && (data[i] == ' ' || data[i] == '\n' || data[i] == '\r' || data[i] == '\t'))
        i++;
    if (i >= len || data[i] != '<')
        return false;
    size_t lim = len - i < 1024 ? len - i : 1024;
    static const char *const marks[] = {"<!doctype html", "<html", "<head", "<body", "<title", "<p>", "<div",
                                        "<meta", "<article", NULL};
    for (size_t k = 0; k < lim; k++) {
        if (data[i + k] != '<')
            continue;
        for (int m = 0; marks[m]; m++) {
            size_t ml = strlen(marks[m]);
            if (ml <= lim - k && strncasecmp(data + i + k, marks[m], ml) == 0)
                return true;
        }
    }
    return false;
}
