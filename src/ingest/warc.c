/* warc.c — WARC 1.0/1.1 archives, plain or gzip, into one document per HTML
 * page: "response" records holding an HTTP 2xx response whose payload is
 * HTML (text/html, application/xhtml+xml, or sniffed when the type is
 * missing), and "resource" records of type text/html.  Everything else is
 * counted as skipped.
 *
 * Reading is a single forward pass over a window of the (decompressed)
 * stream.  A gzip input is inflated on demand, so memory stays bounded by
 * the largest record kept, not by the file; skipped records larger than
 * STREAM_SKIP (and large responses whose HTTP header shows they are no
 * page) are discarded as they are inflated.
 *
 * Damage: a record whose header is broken is reported (DYAD_ERR_FORMAT with
 * the record's offset) and reading resumes at the next line starting with
 * "WARC/1."; corrupt gzip data is reported and reading resumes at the next
 * gzip member; a truncated gzip stream is reported once, after every
 * complete record.  Each byte is scanned a bounded number of times, so a
 * file of garbage costs one pass.
 *
 * Offsets (dyad_input.offset and errors): for a plain file, the record's
 * byte offset; for gzip, the compressed offset of the gzip member in which
 * the record starts (the CDX convention: exact for the usual one member per
 * record, 0 for every record of a single-member file). */
#include "container.h"
#include "http.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <zlib.h>

#define MAX_HEADER ((size_t)1 << 20)                /* WARC header block */
#define MAX_RECORD (DYAD_MAX_DOC_BYTES + MAX_HEADER) /* a block kept whole */
#define STREAM_SKIP ((size_t)8 << 20)                /* larger skipped blocks are streamed */
#define INFLATE_STEP ((size_t)64 << 10)
#define MAX_VALUE 8192 /* longest header value kept (a URI) */

typedef struct member_start {
    uint64_t dec;  /* offset in the decompressed stream */
    uint64_t comp; /* offset of the member in the file */
} member_start;

/* The header fields a record is read for. */
enum { F_TYPE, F_URI, F_DATE, F_ID, F_CTYPE, F_LENGTH, N_FIELDS };
static const char *const field_names[N_FIELDS] = {"WARC-Type",      "WARC-Target-URI", "WARC-Date",
                                                  "WARC-Record-ID", "Content-Type",    "Content-Length"};

struct dyad_warc {
    const unsigned char *src;
    size_t src_len;
    bool gz;
    /* the window: bytes [win_base, win_base + win_len) of the decompressed
     * stream; the next record starts at win + rpos */
    const char *win;
    size_t win_len, rpos;
    uint64_t win_base;
    dyad_buf dbuf; /* gzip: the window's memory */
    z_stream z;
    bool z_eof, z_trunc, z_trailing;
    bool pending_gz;        /* gzip damage met while resynchronising */
    uint64_t z_trailing_at;
    char zmsg[200];         /* corrupt gzip data: the message to report */
    uint64_t zmsg_offset;
    member_start *members;  /* member starts at or after the window's start */
    size_t n_members, cap_members;
    bool done;
    /* the current record's fields (copied, NUL-terminated) */
    dyad_buf meta;
    size_t field_off[N_FIELDS];
    bool field_set[N_FIELDS];
    char charset[64];
    dyad_buf body; /* a decoded body (chunked, gzip) */
};

/* ------------------------------------------------------------- gzip input */

static void push_member(dyad_warc *w, uint64_t dec, uint64_t comp)
{
    if (w->n_members == w->cap_members) {
        size_t cap = w->cap_members ? w->cap_members * 2 : 16;
        member_start *m = realloc(w->members, cap * sizeof *m);
        if (!m)
            return; /* offsets get less precise; nothing breaks */
        w->members = m;
        w->cap_members = cap;
    }
    w->members[w->n_members++] = (member_start){dec, comp};
}

/* The file offset of the record starting at decompressed offset dec. */
static uint64_t record_offset(const dyad_warc *w, uint64_t dec)
{
    if (!w->gz)
        return dec;
    uint64_t comp = 0;
    for (size_t i = 0; i < w->n_members && w->members[i].dec <= dec; i++)
        comp = w->members[i].comp;
    return comp;
}

/* Drop consumed bytes from the front of the window (amortised: only when
 * they are at least half of it) and member starts before it. */
static void compact(dyad_warc *w)
{
    if (w->rpos == 0 || w->rpos < w->win_len / 2)
        return;
    memmove(w->dbuf.data, w->dbuf.data + w->rpos, w->win_len - w->rpos);
    w->win_base += w->rpos;
    w->win_len -= w->rpos;
    w->dbuf.len = w->win_len;
    w->rpos = 0;
    size_t drop = 0;
    while (drop + 1 < w->n_members && w->members[drop + 1].dec <= w->win_base)
        drop++;
    if (drop) {
        memmove(w->members, w->members + drop, (w->n_members - drop) * sizeof *w->members);
        w->n_members -= drop;
    }
}

static size_t comp_pos(const dyad_warc *w) { return (size_t)(w->z.next_in - (const Bytef *)w->src); }

/* Feed zlib the next slice of input (avail_in is 32-bit). */
static void refill(dyad_warc *w)
{
    size_t left = w->src_len - comp_pos(w);
    if (w->z.avail_in == 0 && left)
        w->z.avail_in = (uInt)(left > 0x40000000u ? 0x40000000u : left);
}

/* Corrupt gzip data at compressed offset `at`: drop the unread part of the
 * window (it belongs to the damaged record) and restart at the next gzip
 * member header after the damaged member (looking back at most 64 KiB from
 * the damage, so a run of false member headers cannot make this quadratic). */
static void gz_resync(dyad_warc *w, size_t at)
{
    uint64_t member = record_offset(w, w->win_base + w->win_len);
    snprintf(w->zmsg, sizeof w->zmsg, "corrupt gzip data at compressed offset %zu (%s)", at,
             w->z.msg ? w->z.msg : "inflate error");
    w->zmsg_offset = member;
    w->win_len = w->rpos;
    w->dbuf.len = w->win_len;
    /* member starts inside the dropped bytes are gone with them */
    while (w->n_members > 1 && w->members[w->n_members - 1].dec > w->win_base + w->win_len)
        w->n_members--;
    size_t from = (size_t)member + 1;
    if (at > 65536 && from < at - 65536)
        from = at - 65536;
    const unsigned char *hit = NULL;
    if (from < w->src_len)
        hit = memmem(w->src + from, w->src_len - from, "\x1f\x8b\x08", 3);
    if (!hit) {
        w->z_eof = true;
        return;
    }
    inflateReset(&w->z);
    w->z.next_in = (Bytef *)hit;
    w->z.avail_in = 0;
    refill(w);
    push_member(w, w->win_base + w->win_len, (uint64_t)(hit - w->src));
}

/* Make `need` bytes available at win + rpos.  Returns 1 when they are;
 * 0 when the stream ends first (see z_trunc, z_trailing); -1 when corrupt
 * gzip data was met (zmsg is set and the unread window dropped). */
static int ensure(dyad_warc *w, size_t need)
{
    while (w->win_len - w->rpos < need) {
        if (!w->gz || w->z_eof)
            return 0;
        compact(w);
        if (dyad_buf_reserve(&w->dbuf, INFLATE_STEP)) {
            snprintf(w->zmsg, sizeof w->zmsg, "out of memory inflating a record of %zu bytes", need);
            w->zmsg_offset = record_offset(w, w->win_base + w->rpos);
            w->z_eof = true;
            return -1;
        }
        refill(w);
        w->z.next_out = (Bytef *)w->dbuf.data + w->win_len;
        size_t room = w->dbuf.cap - w->win_len - 1;
        w->z.avail_out = (uInt)(room > 0x40000000u ? 0x40000000u : room);
        uInt before = w->z.avail_out;
        int rc = inflate(&w->z, Z_NO_FLUSH);
        w->win_len += before - w->z.avail_out;
        w->dbuf.len = w->win_len;
        w->win = w->dbuf.data;
        refill(w);
        size_t at = comp_pos(w);
        if (rc == Z_STREAM_END) {
            if (at >= w->src_len) {
                w->z_eof = true;
            } else if (dyad_is_gzip(w->src + at, w->src_len - at)) {
                inflateReset(&w->z);
                push_member(w, w->win_base + w->win_len, at);
            } else {
                size_t k = at;
                while (k < w->src_len && w->src[k] == 0)
                    k++; /* zero padding after the last member is harmless */
                w->z_eof = true;
                if (k < w->src_len) {
                    w->z_trailing = true;
                    w->z_trailing_at = at;
                }
            }
        } else if (rc == Z_BUF_ERROR && at >= w->src_len) {
            w->z_eof = true;
            w->z_trunc = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            gz_resync(w, at);
            return -1;
        }
    }
    return 1;
}

/* ------------------------------------------------------------ the records */

/* Report the pending gzip damage. */
static dyad_status gz_error(dyad_warc *w, dyad_container_err *err)
{
    snprintf(err->msg, sizeof err->msg, "%s", w->zmsg);
    err->offset = w->zmsg_offset;
    return DYAD_ERR_FORMAT;
}

/* The stream ended (ensure returned 0) inside or between records. */
static dyad_status stream_end(dyad_warc *w, dyad_container_err *err, bool mid_record, uint64_t rec_dec)
{
    w->rpos = w->win_len;
    if (w->z_trunc) {
        w->done = true;
        uint64_t member = record_offset(w, w->win_base + w->win_len);
        if (mid_record)
            snprintf(err->msg, sizeof err->msg,
                     "truncated gzip stream: the file ends at %zu inside the record of gzip member %llu",
                     w->src_len, (unsigned long long)member);
        else
            snprintf(err->msg, sizeof err->msg, "truncated gzip stream: the file ends at %zu inside gzip member %llu",
                     w->src_len, (unsigned long long)member);
        err->offset = mid_record ? record_offset(w, rec_dec) : member;
        return DYAD_ERR_FORMAT;
    }
    if (w->z_trailing) {
        w->done = true;
        snprintf(err->msg, sizeof err->msg, "data after the end of the gzip stream at offset %llu",
                 (unsigned long long)w->z_trailing_at);
        err->offset = w->z_trailing_at;
        return DYAD_ERR_FORMAT;
    }
    w->done = true;
    return DYAD_END;
}

/* Move rpos to the next line starting with "WARC/1." at or after window
 * offset rpos + from (from >= 1; a candidate at `from` counts only when the
 * byte before it is a newline).  Returns 1 found, 0 stream end, -1 gzip
 * damage (then rpos is where the stream resumes). */
static int resync(dyad_warc *w, size_t from)
{
    for (;;) {
        size_t avail = w->win_len - w->rpos;
        if (from - 1 < avail) {
            const char *base = w->win + w->rpos;
            const char *hit = memmem(base + from - 1, avail - (from - 1), "\nWARC/1.", 8);
            if (hit) {
                w->rpos += (size_t)(hit - base) + 1;
                return 1;
            }
            /* keep the last 7 bytes: they may begin a match */
            size_t keep = avail < 7 ? avail : 7;
            size_t skip = avail - keep;
            if (skip < from - 1)
                skip = from - 1;
            w->rpos += skip;
            from = 1;
        } else {
            w->rpos += avail;
            from -= avail;
        }
        int rc = ensure(w, w->win_len - w->rpos + 1);
        if (rc <= 0) {
            if (rc == 0)
                w->rpos = w->win_len;
            return rc;
        }
    }
}

/* Report a bad record and resynchronise from window offset rpos + from. */
static dyad_status bad_record(dyad_warc *w, dyad_container_err *err, uint64_t rec_dec, size_t from, const char *fmt,
                              ...) __attribute__((format(printf, 5, 6)));
static dyad_status bad_record(dyad_warc *w, dyad_container_err *err, uint64_t rec_dec, size_t from, const char *fmt,
                              ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->offset = record_offset(w, rec_dec);
    /* gzip damage met while resynchronising is reported by the next call */
    if (resync(w, from ? from : 1) < 0)
        w->pending_gz = true;
    return DYAD_ERR_FORMAT;
}

/* Find the end of the line starting at window offset rpos + pos.  Sets
 * *le (end of content, before "\r\n") and *next.  Returns 1, 0 when the
 * stream ends first, -1 gzip damage, -2 when the header grows past
 * MAX_HEADER. */
static int get_line(dyad_warc *w, size_t pos, size_t *le, size_t *next)
{
    size_t scanned = pos;
    for (;;) {
        size_t avail = w->win_len - w->rpos;
        size_t lim = avail < MAX_HEADER ? avail : MAX_HEADER;
        if (scanned < lim) {
            const char *base = w->win + w->rpos;
            const char *nl = memchr(base + scanned, '\n', lim - scanned);
            if (nl) {
                size_t e = (size_t)(nl - base);
                *next = e + 1;
                *le = e > pos && base[e - 1] == '\r' ? e - 1 : e;
                return 1;
            }
            scanned = lim;
        }
        if (avail >= MAX_HEADER)
            return -2;
        int rc = ensure(w, avail + 1);
        if (rc <= 0)
            return rc;
    }
}

static bool has_prefix(const char *s, size_t n, const char *prefix)
{
    size_t k = strlen(prefix);
    return n >= k && memcmp(s, prefix, k) == 0;
}

/* "WARC/1.0", "WARC/1.1" (any WARC/1.x). */
static bool version_line(const char *s, size_t n)
{
    if (!has_prefix(s, n, "WARC/1.") || n == 7)
        return false;
    for (size_t i = 7; i < n; i++)
        if ((unsigned)(s[i] - '0') > 9 && !(s[i] == ' ' || s[i] == '\t'))
            return false;
    return true;
}

static const char *field(const dyad_warc *w, int f)
{
    return w->field_set[f] ? w->meta.data + w->field_off[f] : NULL;
}

/* Store a header value (trimmed, '<' '>' around a URI removed). */
static void keep_field(dyad_warc *w, int f, const char *s, size_t n)
{
    if (n >= 2 && s[0] == '<' && s[n - 1] == '>')
        s++, n -= 2;
    if (n > MAX_VALUE)
        n = MAX_VALUE;
    w->field_off[f] = w->meta.len;
    dyad_buf_add(&w->meta, s, n);
    dyad_buf_addc(&w->meta, 0);
    w->field_set[f] = !w->meta.failed;
}

/* Parse a decimal Content-Length; false when not a plain number. */
static bool parse_length(const char *s, uint64_t *out)
{
    uint64_t v = 0;
    if (!*s)
        return false;
    for (; *s; s++) {
        if ((unsigned)(*s - '0') > 9 || v > (UINT64_MAX - 9) / 10)
            return false;
        v = v * 10 + (uint64_t)(*s - '0');
    }
    *out = v;
    return true;
}

/* Discard n bytes at rpos without keeping them (gzip: streamed). */
static int skip_bytes(dyad_warc *w, uint64_t n)
{
    while (n > 0) {
        size_t avail = w->win_len - w->rpos;
        if (avail == 0) {
            int rc = ensure(w, 1);
            if (rc <= 0)
                return rc;
            continue;
        }
        size_t take = n < avail ? (size_t)n : avail;
        w->rpos += take;
        n -= take;
    }
    return 1;
}

/* Is the media type one of the HTML types? */
static bool html_type(const char *ctype, size_t len)
{
    return dyad_http_media_is(ctype, len, "text/html") || dyad_http_media_is(ctype, len, "application/xhtml+xml");
}

static bool blank_type(const char *ctype, size_t len)
{
    if (!ctype)
        return true;
    for (size_t i = 0; i < len; i++)
        if (ctype[i] != ' ' && ctype[i] != '\t')
            return false;
    return true;
}

/* Turn the block of a response/resource record into a document.  Returns
 * DYAD_OK (in filled), DYAD_END (not a document: skipped) or an error. */
static dyad_status take_block(dyad_warc *w, bool response, const char *block, size_t n, dyad_input *in,
                              dyad_container_err *err, uint64_t offset)
{
    const char *body = block;
    size_t body_len = n;
    const char *ctype = field(w, F_CTYPE);
    size_t ctype_len = ctype ? strlen(ctype) : 0;
    w->charset[0] = 0;
    if (response) {
        if (!has_prefix(block, n, "HTTP/")) {
            if (ctype && dyad_http_media_is(ctype, ctype_len, "application/http")) {
                snprintf(err->msg, sizeof err->msg, "response record does not start with an HTTP status line");
                err->offset = offset;
                return DYAD_ERR_FORMAT;
            }
            return DYAD_END; /* dns: and other non-HTTP responses */
        }
        dyad_http_response r;
        const char *why = NULL;
        if (!dyad_http_parse(block, n, &r, &why)) {
            snprintf(err->msg, sizeof err->msg, "bad HTTP response in record: %s", why);
            err->offset = offset;
            return DYAD_ERR_FORMAT;
        }
        if (r.status < 200 || r.status > 299)
            return DYAD_END; /* redirects, errors: not articles */
        ctype = r.ctype;
        ctype_len = r.ctype_len;
        if (!blank_type(ctype, ctype_len) && !html_type(ctype, ctype_len))
            return DYAD_END;
        char msg[200];
        if (!dyad_http_decode_body(&r, &w->body, DYAD_MAX_DOC_BYTES, &body, &body_len, msg, sizeof msg)) {
            const char *uri = field(w, F_URI);
            if (snprintf(err->msg, sizeof err->msg, "%s (%.120s)", msg, uri ? uri : "no URI") < 0)
                err->msg[0] = 0;
            err->offset = offset;
            return DYAD_ERR_FORMAT;
        }
    }
    if (blank_type(ctype, ctype_len) ? !dyad_http_sniff_html(body, body_len) : !html_type(ctype, ctype_len))
        return DYAD_END;
    if (body_len == 0)
        return DYAD_END;
    if (ctype)
        dyad_http_charset(ctype, ctype_len, w->charset, sizeof w->charset);
    in->format = DYAD_FORMAT_HTML;
    in->data = body;
    in->len = body_len;
    in->offset = offset;
    in->url = field(w, F_URI);
    in->date = field(w, F_DATE);
    in->id = field(w, F_ID);
    in->charset = w->charset[0] ? w->charset : NULL;
    return DYAD_OK;
}

/* Does the start of a response block show an HTTP response that is not an
 * HTML page (non-2xx status, or a type other than HTML)? */
static bool not_a_page(const char *block, size_t n)
{
    dyad_http_response r;
    const char *why;
    if (!has_prefix(block, n, "HTTP/") || !dyad_http_parse(block, n, &r, &why))
        return false;
    return r.status < 200 || r.status > 299 || (!blank_type(r.ctype, r.ctype_len) && !html_type(r.ctype, r.ctype_len));
}

dyad_warc *dyad_warc_open(const char *data, size_t len, bool gz)
{
    dyad_warc *w = calloc(1, sizeof *w);
    if (!w)
        return NULL;
    w->src = (const unsigned char *)(data ? data : "");
    w->src_len = data ? len : 0;
    w->gz = gz;
    dyad_buf_init(&w->dbuf);
    dyad_buf_init(&w->meta);
    dyad_buf_init(&w->body);
    if (!gz) {
        w->win = (const char *)w->src;
        w->win_len = w->src_len;
        return w;
    }
    w->win = "";
    if (inflateInit2(&w->z, 15 + 16) != Z_OK) {
        free(w);
        return NULL;
    }
    w->z.next_in = (Bytef *)w->src;
    refill(w);
    push_member(w, 0, 0);
    if (w->src_len == 0)
        w->z_eof = true;
    return w;
}

void dyad_warc_free(dyad_warc *w)
{
    if (!w)
        return;
    if (w->gz)
        inflateEnd(&w->z);
    dyad_buf_free(&w->dbuf);
    dyad_buf_free(&w->meta);
    dyad_buf_free(&w->body);
    free(w->members);
    free(w);
}

/* Read one record at rpos: DYAD_OK with a document, DYAD_END for a skipped
 * record (counted by the caller), an error, or DYAD_END with w->done. */
static dyad_status next_record(dyad_warc *w, dyad_input *in, dyad_container_err *err, bool *skip)
{
    *skip = false;
    /* blank lines between records ("\r\n\r\n" ends each record) */
    int rc;
    for (;;) {
        rc = ensure(w, 1);
        if (rc <= 0)
            break;
        while (w->rpos < w->win_len && (w->win[w->rpos] == '\r' || w->win[w->rpos] == '\n'))
            w->rpos++;
        if (w->rpos < w->win_len)
            break;
    }
    if (rc < 0)
        return gz_error(w, err);
    if (rc == 0)
        return stream_end(w, err, false, 0);
    uint64_t rec_dec = w->win_base + w->rpos;
    size_t le, next;
    rc = get_line(w, 0, &le, &next);
    if (rc == -1)
        return gz_error(w, err);
    if (rc == 0 && w->z_trunc)
        return stream_end(w, err, true, rec_dec);
    if (rc <= 0 || !version_line(w->win + w->rpos, le)) {
        return bad_record(w, err, rec_dec, 1, "no WARC/1.x version line at the start of the record%s",
                          rc == 0 ? " (at the end of the input)" : "");
    }
    /* the header: "Name: value" lines up to an empty line */
    w->meta.len = 0;
    w->meta.failed = 0;
    memset(w->field_set, 0, sizeof w->field_set);
    size_t pos = next;
    for (;;) {
        rc = get_line(w, pos, &le, &next);
        if (rc == -1)
            return gz_error(w, err);
        if (rc == 0 && w->z_trunc)
            return stream_end(w, err, true, rec_dec);
        if (rc == 0)
            return bad_record(w, err, rec_dec, pos ? pos : 1, "the record header does not end before the input does");
        if (rc == -2)
            return bad_record(w, err, rec_dec, pos, "the record header is longer than %zu bytes", MAX_HEADER);
        const char *line = w->win + w->rpos + pos;
        size_t n = le - pos;
        if (n == 0) {
            pos = next;
            break;
        }
        if (has_prefix(line, n, "WARC/1."))
            return bad_record(w, err, rec_dec, pos, "the record header has no end: a new record starts in it");
        if (line[0] == ' ' || line[0] == '\t') {
            pos = next; /* a folded continuation line */
            continue;
        }
        const char *colon = memchr(line, ':', n);
        if (!colon)
            return bad_record(w, err, rec_dec, pos, "malformed WARC header line (no colon) at offset %llu",
                              (unsigned long long)(w->win_base + w->rpos + pos));
        const char *ns = line, *ne = colon, *vs = colon + 1, *ve = line + n;
        while (ne > ns && (ne[-1] == ' ' || ne[-1] == '\t'))
            ne--;
        while (vs < ve && (*vs == ' ' || *vs == '\t'))
            vs++;
        while (ve > vs && (ve[-1] == ' ' || ve[-1] == '\t'))
            ve--;
        for (int f = 0; f < N_FIELDS; f++)
            if (strlen(field_names[f]) == (size_t)(ne - ns) && strncasecmp(ns, field_names[f], (size_t)(ne - ns)) == 0)
                keep_field(w, f, vs, (size_t)(ve - vs));
        pos = next;
    }
    size_t hdr_len = pos;
    const char *cl = field(w, F_LENGTH);
    uint64_t length = 0;
    if (!cl)
        return bad_record(w, err, rec_dec, hdr_len, "the record has no Content-Length");
    if (!parse_length(cl, &length))
        return bad_record(w, err, rec_dec, hdr_len, "Content-Length \"%.40s\" is not a number", cl);
    const char *type = field(w, F_TYPE);
    bool response = type && strcasecmp(type, "response") == 0;
    bool resource = type && strcasecmp(type, "resource") == 0;
    uint64_t offset = record_offset(w, rec_dec);
    bool keep = (response || resource) && length <= MAX_RECORD;
    if (keep && response && w->gz && length > STREAM_SKIP) {
        /* a large response: when its HTTP header already tells that it is
         * no page (a video), stream it past instead of holding it */
        rc = ensure(w, hdr_len + INFLATE_STEP);
        if (rc < 0)
            return gz_error(w, err);
        if (rc > 0 && not_a_page(w->win + w->rpos + hdr_len, INFLATE_STEP))
            keep = false, response = false;
    }
    if (!keep && w->gz && length > STREAM_SKIP) {
        /* a large skipped record: discard it as it is inflated */
        w->rpos += hdr_len;
        rc = skip_bytes(w, length);
        if (rc < 0)
            return gz_error(w, err);
        if (rc == 0 && w->z_trunc)
            return stream_end(w, err, true, rec_dec);
        if (rc == 0) {
            snprintf(err->msg, sizeof err->msg, "Content-Length %llu goes past the end of the input",
                     (unsigned long long)length);
            err->offset = offset;
            return DYAD_ERR_FORMAT;
        }
        if (response || resource) {
            snprintf(err->msg, sizeof err->msg, "record of %llu bytes exceeds the limit of %zu",
                     (unsigned long long)length, MAX_RECORD);
            err->offset = offset;
            return DYAD_ERR_FORMAT;
        }
        *skip = true;
        return DYAD_END;
    }
    if (length > SIZE_MAX - hdr_len || (!w->gz && length > w->src_len))
        return bad_record(w, err, rec_dec, hdr_len, "Content-Length %llu goes past the end of the input",
                          (unsigned long long)length);
    rc = ensure(w, hdr_len + (size_t)length);
    if (rc < 0)
        return gz_error(w, err);
    if (rc == 0 && w->z_trunc)
        return stream_end(w, err, true, rec_dec);
    if (rc == 0)
        return bad_record(w, err, rec_dec, hdr_len, "Content-Length %llu goes past the end of the input",
                          (unsigned long long)length);
    const char *block = w->win + w->rpos + hdr_len;
    w->rpos += hdr_len + (size_t)length;
    if (!keep) {
        if (response || resource) {
            snprintf(err->msg, sizeof err->msg, "record of %llu bytes exceeds the limit of %zu",
                     (unsigned long long)length, MAX_RECORD);
            err->offset = offset;
            return DYAD_ERR_FORMAT;
        }
        *skip = true;
        return DYAD_END;
    }
    dyad_status st = take_block(w, response, block, (size_t)length, in, err, offset);
    if (st == DYAD_END)
        *skip = true;
    return st;
}

dyad_status dyad_warc_next(dyad_warc *w, dyad_input *in, dyad_container_err *err, size_t *skipped)
{
    for (;;) {
        if (w->done)
            return DYAD_END;
        memset(in, 0, sizeof *in);
        if (w->pending_gz) {
            w->pending_gz = false;
            return gz_error(w, err);
        }
        bool skip = false;
        dyad_status st = next_record(w, in, err, &skip);
        if (skip) {
            (*skipped)++;
            continue;
        }
        return st;
    }
}
