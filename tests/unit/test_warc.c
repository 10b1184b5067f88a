/* test_warc.c — WARC input: records to documents, HTTP decoding, skipped
 * records, damaged input (bad headers, gzip damage) and its recovery. */
#include "core/buf.h"
#include "testlib.h"

#include <stdlib.h>
#include <time.h>
#include <zlib.h>

/* Append one WARC record with the given type, URI (or NULL) and block. */
static void warc_rec(dyad_buf *b, const char *type, const char *uri, const char *ctype, const char *block,
                     size_t len)
{
    dyad_buf_printf(b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%s-%zu>\r\n", type, type, b->len);
    dyad_buf_adds(b, "WARC-Date: 2024-05-06T07:08:09Z\r\n");
    if (uri)
        dyad_buf_printf(b, "WARC-Target-URI: %s\r\n", uri);
    if (ctype)
        dyad_buf_printf(b, "Content-Type: %s\r\n", ctype);
    dyad_buf_printf(b, "Content-Length: %zu\r\n\r\n", len);
    dyad_buf_add(b, block, len);
    dyad_buf_adds(b, "\r\n\r\n");
}

/* An HTTP response record: status 200, headers as given, body. */
static void warc_http(dyad_buf *b, const char *uri, const char *headers, const char *body, size_t body_len)
{
    dyad_buf blk;
    dyad_buf_init(&blk);
    dyad_buf_printf(&blk, "HTTP/1.1 200 OK\r\n%s\r\n", headers);
    dyad_buf_add(&blk, body, body_len);
    warc_rec(b, "response", uri, "application/http; msgtype=response", blk.data, blk.len);
    dyad_buf_free(&blk);
}

/* gzip data as one member (window_bits 31), zlib (15) or raw deflate (-15). */
static void deflate_to(dyad_buf *out, const void *data, size_t len, int window_bits)
{
    z_stream z;
    memset(&z, 0, sizeof z);
    deflateInit2(&z, 6, Z_DEFLATED, window_bits, 8, Z_DEFAULT_STRATEGY);
    dyad_buf_reserve(out, deflateBound(&z, (uLong)len) + 64);
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)len;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)(out->cap - out->len - 1);
    uInt before = z.avail_out;
    deflate(&z, Z_FINISH);
    out->len += before - z.avail_out;
    deflateEnd(&z);
}

/* gzip each record of a plain WARC separately (split before "WARC/1."). */
static void gzip_records(dyad_buf *out, const dyad_buf *warc, size_t *member_starts, size_t *n_members)
{
    size_t start = 0, n = 0;
    for (size_t i = 1; i + 7 <= warc->len; i++) {
        if (warc->data[i - 1] == '\n' && memcmp(warc->data + i, "WARC/1.", 7) == 0) {
            if (member_starts)
                member_starts[n] = out->len;
            n++;
            deflate_to(out, warc->data + start, i - start, 31);
            start = i;
        }
    }
    if (member_starts)
        member_starts[n] = out->len;
    n++;
    deflate_to(out, warc->data + start, warc->len - start, 31);
    if (n_members)
        *n_members = n;
}

static const char page_a[] = "<html><head><title>Talks in Oslo</title></head><body>"
                             "<p>Envoys met in Oslo on Tuesday.</p><p>\"We are close,\" the mediator said.</p>"
                             "</body></html>";
static const char page_b[] = "<!DOCTYPE html><html><body><p>Second page about a trade deal.</p></body></html>";

/* Read every result of the input: documents' URLs (joined by " "), errors
 * as "E@offset" in the same list. */
typedef struct warc_result {
    char seq[2048];
    size_t skipped;
    int docs, errors;
    uint64_t doc_offset[16]; /* of the first 16 documents */
    char last_err[256];
} warc_result;

static void read_all(const void *data, size_t len, dyad_format fmt, warc_result *r)
{
    memset(r, 0, sizeof *r);
    dyad_reader *rd = NULL;
    if (dyad_reader_open(t_engine(), "t.warc", data, len, fmt, &rd) != DYAD_OK)
        return;
    dyad_input in;
    dyad_status st;
    int guard = 0;
    while ((st = dyad_reader_next(rd, &in)) != DYAD_END && guard++ < 1000) {
        size_t at = strlen(r->seq);
        if (st == DYAD_OK) {
            if (r->docs < 16)
                r->doc_offset[r->docs] = in.offset;
            r->docs++;
            snprintf(r->seq + at, sizeof r->seq - at, "%s%s", at ? " " : "", in.url ? in.url : "(null)");
        } else {
            r->errors++;
            snprintf(r->last_err, sizeof r->last_err, "%s", dyad_reader_errmsg(rd));
            snprintf(r->seq + at, sizeof r->seq - at, "%sE@%llu", at ? " " : "",
                     (unsigned long long)dyad_reader_erroffset(rd));
        }
    }
    r->skipped = dyad_reader_skipped(rd);
    dyad_reader_free(rd);
}

/* A small archive: warcinfo, request, an HTML response, a PNG, another page. */
static void sample(dyad_buf *b)
{
    const char info[] = "software: test\r\n";
    warc_rec(b, "warcinfo", NULL, "application/warc-fields", info, sizeof info - 1);
    const char req[] = "GET /a HTTP/1.1\r\nHost: example.org\r\n\r\n";
    warc_rec(b, "request", "https://example.org/a", "application/http; msgtype=request", req, sizeof req - 1);
    warc_http(b, "https://example.org/a", "Content-Type: text/html; charset=utf-8\r\n", page_a, sizeof page_a - 1);
    warc_http(b, "https://example.org/logo.png", "Content-Type: image/png\r\n", "\x89PNG\r\n\x1a\n\0\0", 10);
    warc_http(b, "https://example.org/b", "Content-Type: text/html\r\n", page_b, sizeof page_b - 1);
}

TEST(warc_plain_documents)
{
    dyad_buf b;
    dyad_buf_init(&b);
    sample(&b);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc", b.data, b.len, DYAD_FORMAT_AUTO, &rd) == DYAD_OK);
    dyad_input in;
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK_STR(in.url, "https://example.org/a");
    CHECK_STR(in.date, "2024-05-06T07:08:09Z");
    CHECK_STR(in.charset, "utf-8");
    CHECK(in.format == DYAD_FORMAT_HTML);
    CHECK(in.len == sizeof page_a - 1 && memcmp(in.data, page_a, in.len) == 0);
    /* the offset is the record's: "WARC/1.1" starts there */
    CHECK(in.offset < b.len && memcmp(b.data + in.offset, "WARC/1.1\r\nWARC-Type: response", 29) == 0);
    CHECK(in.id && strstr(in.id, "urn:uuid:response") == in.id);
    dyad_doc *doc = NULL;
    CHECK(dyad_doc_read(t_engine(), &in, NULL, &doc) == DYAD_OK);
    if (doc) {
        CHECK_STR(dyad_doc_meta(doc, DYAD_META_URL), "https://example.org/a");
        CHECK_STR(dyad_doc_meta(doc, DYAD_META_DATE), "2024-05-06");
        CHECK(strstr(dyad_doc_text(doc, NULL), "We are close") != NULL);
    }
    dyad_doc_free(doc);
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK_STR(in.url, "https://example.org/b");
    CHECK(in.charset == NULL);
    CHECK(dyad_reader_next(rd, &in) == DYAD_END);
    CHECK(dyad_reader_skipped(rd) == 3); /* warcinfo, request, image */
    dyad_reader_free(rd);
    dyad_buf_free(&b);
}

TEST(warc_gzip_member_per_record)
{
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    sample(&b);
    size_t starts[16], n = 0;
    gzip_records(&gz, &b, starts, &n);
    CHECK(n == 5);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc.gz", gz.data, gz.len, DYAD_FORMAT_AUTO, &rd) == DYAD_OK);
    dyad_input in;
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK_STR(in.url, "https://example.org/a");
    CHECK(in.offset == starts[2]); /* the gzip member of the third record */
    CHECK(in.len == sizeof page_a - 1 && memcmp(in.data, page_a, in.len) == 0);
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK_STR(in.url, "https://example.org/b");
    CHECK(in.offset == starts[4]);
    CHECK(dyad_reader_next(rd, &in) == DYAD_END);
    CHECK(dyad_reader_skipped(rd) == 3);
    dyad_reader_free(rd);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
}

TEST(warc_gzip_single_member)
{
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    /* enough records that the file is far larger than one inflate step */
    char uri[64];
    for (int i = 0; i < 300; i++) {
        snprintf(uri, sizeof uri, "https://example.org/p%d", i);
        warc_http(&b, uri, "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
        warc_http(&b, "https://example.org/x.json", "Content-Type: application/json\r\n", "{\"a\":1}", 7);
    }
    deflate_to(&gz, b.data, b.len, 31);
    warc_result r;
    read_all(gz.data, gz.len, DYAD_FORMAT_AUTO, &r);
    CHECK(r.docs == 300);
    CHECK(r.errors == 0);
    CHECK(r.skipped == 300);
    CHECK(strncmp(r.seq, "https://example.org/p0 https://example.org/p1 ", 46) == 0);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
}

TEST(warc_chunked_body)
{
    dyad_buf b, body;
    dyad_buf_init(&b);
    dyad_buf_init(&body);
    /* three chunks, one with an extension, upper-case hex, then trailers */
    dyad_buf_printf(&body, "%x\r\n", 20);
    dyad_buf_add(&body, page_a, 20);
    dyad_buf_printf(&body, "\r\n%X;name=val\r\n", 30);
    dyad_buf_add(&body, page_a + 20, 30);
    dyad_buf_printf(&body, "\r\n%x\r\n", (unsigned)(sizeof page_a - 1 - 50));
    dyad_buf_add(&body, page_a + 50, sizeof page_a - 1 - 50);
    dyad_buf_adds(&body, "\r\n0\r\nX-Trailer: yes\r\n\r\n");
    warc_http(&b, "https://example.org/chunked", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", body.data,
              body.len);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc", b.data, b.len, DYAD_FORMAT_WARC, &rd) == DYAD_OK);
    dyad_input in;
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK(in.len == sizeof page_a - 1 && memcmp(in.data, page_a, in.len) == 0);
    dyad_reader_free(rd);
    dyad_buf_free(&b);
    dyad_buf_free(&body);
}

TEST(warc_chunked_header_but_stored_dechunked)
{
    /* archivers that store the de-chunked body keep the header */
    dyad_buf b;
    dyad_buf_init(&b);
    warc_http(&b, "https://example.org/c", "Content-Type: text/html\r\nTransfer-Encoding: chunked\r\n", page_b,
              sizeof page_b - 1);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc", b.data, b.len, DYAD_FORMAT_WARC, &rd) == DYAD_OK);
    dyad_input in;
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK(in.len == sizeof page_b - 1 && memcmp(in.data, page_b, in.len) == 0);
    dyad_reader_free(rd);
    dyad_buf_free(&b);
}

TEST(warc_content_encoding_gzip_and_deflate)
{
    dyad_buf b, gz, zl, raw, chunked;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    dyad_buf_init(&zl);
    dyad_buf_init(&raw);
    dyad_buf_init(&chunked);
    deflate_to(&gz, page_a, sizeof page_a - 1, 31);
    deflate_to(&zl, page_a, sizeof page_a - 1, 15);
    deflate_to(&raw, page_a, sizeof page_a - 1, -15);
    warc_http(&b, "https://example.org/gzip", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.data, gz.len);
    warc_http(&b, "https://example.org/zlib", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", zl.data,
              zl.len);
    warc_http(&b, "https://example.org/raw", "Content-Type: text/html\r\nContent-Encoding: deflate\r\n", raw.data,
              raw.len);
    /* gzip inside chunked transfer coding */
    dyad_buf_printf(&chunked, "%zx\r\n", gz.len);
    dyad_buf_add(&chunked, gz.data, gz.len);
    dyad_buf_adds(&chunked, "\r\n0\r\n\r\n");
    warc_http(&b, "https://example.org/both",
              "Content-Type: text/html\r\nContent-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n", chunked.data,
              chunked.len);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc", b.data, b.len, DYAD_FORMAT_WARC, &rd) == DYAD_OK);
    dyad_input in;
    for (int i = 0; i < 4; i++) {
        CHECKF(dyad_reader_next(rd, &in) == DYAD_OK, "record %d: %s", i, dyad_reader_errmsg(rd));
        CHECKF(in.len == sizeof page_a - 1 && in.data && memcmp(in.data, page_a, in.len) == 0, "record %d body", i);
    }
    CHECK(dyad_reader_next(rd, &in) == DYAD_END);
    dyad_reader_free(rd);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
    dyad_buf_free(&zl);
    dyad_buf_free(&raw);
    dyad_buf_free(&chunked);
}

TEST(warc_corrupt_content_encoding_fails_one_record)
{
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    deflate_to(&gz, page_a, sizeof page_a - 1, 31);
    for (size_t i = 12; i < gz.len - 8; i += 3)
        gz.data[i] ^= 0x5A; /* damage the deflate data */
    warc_http(&b, "https://example.org/bad", "Content-Type: text/html\r\nContent-Encoding: gzip\r\n", gz.data, gz.len);
    warc_http(&b, "https://example.org/br", "Content-Type: text/html\r\nContent-Encoding: br\r\n", "\x0b\x02\x80", 3);
    warc_http(&b, "https://example.org/good", "Content-Type: text/html\r\n", page_b, sizeof page_b - 1);
    warc_result r;
    read_all(b.data, b.len, DYAD_FORMAT_WARC, &r);
    CHECK(r.errors == 2);
    CHECK(r.docs == 1);
    CHECK(strstr(r.seq, "E@0 E@") == r.seq);
    CHECK(strstr(r.seq, "https://example.org/good") != NULL);
    CHECK(strstr(r.last_err, "unsupported content-encoding \"br\"") != NULL);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
}

TEST(warc_charset_passes_through)
{
    dyad_buf b;
    dyad_buf_init(&b);
    const char latin[] = "<html><body><p>Le ministre a d\xE9" "clar\xE9 : \xAB Nous n\x92" "abandonnerons pas. \xBB</p>"
                         "</body></html>";
    warc_http(&b, "https://example.fr/a", "Content-Type: text/html; charset=\"windows-1252\"\r\n", latin,
              sizeof latin - 1);
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.warc", b.data, b.len, DYAD_FORMAT_WARC, &rd) == DYAD_OK);
    dyad_input in;
    CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
    CHECK_STR(in.charset, "windows-1252");
    dyad_doc *doc = NULL;
    CHECK(dyad_doc_read(t_engine(), &in, NULL, &doc) == DYAD_OK);
    if (doc)
        CHECK(strstr(dyad_doc_text(doc, NULL), "d\xC3\xA9" "clar\xC3\xA9 : \xC2\xAB Nous n\xE2\x80\x99" "abandonnerons") !=
              NULL);
    dyad_doc_free(doc);
    dyad_reader_free(rd);
    dyad_buf_free(&b);
}

TEST(warc_skipped_records_counted)
{
    dyad_buf b;
    dyad_buf_init(&b);
    const char meta[] = "via: https://example.org/\r\n";
    warc_rec(&b, "metadata", "https://example.org/a", "application/warc-fields", meta, sizeof meta - 1);
    warc_rec(&b, "revisit", "https://example.org/a", "application/http; msgtype=response", "HTTP/1.1 200 OK\r\n\r\n",
             19);
    warc_http(&b, "https://example.org/robots.txt", "Content-Type: text/plain\r\n", "User-agent: *\n", 14);
    warc_http(&b, "https://example.org/api", "Content-Type: application/json\r\n", "{}", 2);
    const char notfound[] = "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<html><body><p>Gone</p></body></html>";
    warc_rec(&b, "response", "https://example.org/gone", "application/http; msgtype=response", notfound,
             sizeof notfound - 1);
    warc_rec(&b, "response", "dns:example.org", "text/dns", "20240506 example.org. 300 IN A 192.0.2.1\n", 42);
    /* a resource record holding a page is a document; one holding text is not */
    warc_rec(&b, "resource", "file:///srv/a.html", "text/html", page_b, sizeof page_b - 1);
    warc_rec(&b, "resource", "file:///srv/notes.txt", "text/plain", "notes", 5);
    /* a response without a Content-Type is sniffed */
    warc_http(&b, "https://example.org/sniffed", "Server: x\r\n", page_a, sizeof page_a - 1);
    warc_http(&b, "https://example.org/sniffed.bin", "Server: x\r\n", "\x01\x02\x03", 3);
    warc_result r;
    read_all(b.data, b.len, DYAD_FORMAT_WARC, &r);
    CHECK_STR(r.seq, "file:///srv/a.html https://example.org/sniffed");
    CHECK(r.skipped == 8);
    dyad_buf_free(&b);
}

TEST(warc_broken_headers_resync)
{
    dyad_buf b;
    dyad_buf_init(&b);
    warc_http(&b, "https://example.org/1", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t bad1 = b.len;
    dyad_buf_adds(&b, "garbage that is no record\r\nmore garbage\r\n\r\n");
    warc_http(&b, "https://example.org/2", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t bad2 = b.len;
    dyad_buf_adds(&b, "WARC/1.1\r\nWARC-Type: response\r\nContent-Type: application/http\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
    warc_http(&b, "https://example.org/3", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t bad3 = b.len;
    dyad_buf_adds(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 12x\r\n\r\nHTTP/1.1 200\r\n\r\n");
    warc_http(&b, "https://example.org/4", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t bad4 = b.len;
    dyad_buf_adds(&b, "WARC/1.0\r\nWARC-Type: response\r\nthis line has no colon\r\n\r\n");
    warc_http(&b, "https://example.org/5", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t bad5 = b.len;
    dyad_buf_adds(&b, "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999999\r\n\r\nHTTP/1.1 200 OK\r\n\r\n");
    warc_http(&b, "https://example.org/6", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    warc_result r;
    read_all(b.data, b.len, DYAD_FORMAT_WARC, &r);
    char want[1024];
    snprintf(want, sizeof want,
             "https://example.org/1 E@%zu https://example.org/2 E@%zu https://example.org/3 E@%zu "
             "https://example.org/4 E@%zu https://example.org/5 E@%zu https://example.org/6",
             bad1, bad2, bad3, bad4, bad5);
    CHECK_STR(r.seq, want);
    CHECK(strstr(r.last_err, "Content-Length 999999 goes past the end") != NULL);

    /* the same damage in a gzipped file, one member per record */
    dyad_buf gz;
    dyad_buf_init(&gz);
    gzip_records(&gz, &b, NULL, NULL);
    read_all(gz.data, gz.len, DYAD_FORMAT_AUTO, &r);
    CHECK(r.docs == 6);
    CHECK(r.errors == 5);
    dyad_buf_free(&gz);
    dyad_buf_free(&b);
}

TEST(warc_truncated_header_at_end)
{
    dyad_buf b;
    dyad_buf_init(&b);
    warc_http(&b, "https://example.org/1", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    dyad_buf_adds(&b, "WARC/1.1\r\nWARC-Type: resp");
    warc_result r;
    read_all(b.data, b.len, DYAD_FORMAT_WARC, &r);
    CHECK(r.docs == 1 && r.errors == 1);
    CHECK(strstr(r.last_err, "does not end") != NULL);
    dyad_buf_free(&b);
}

TEST(warc_truncated_gzip_after_good_records)
{
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    warc_http(&b, "https://example.org/1", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    warc_http(&b, "https://example.org/2", "Content-Type: text/html\r\n", page_b, sizeof page_b - 1);
    /* a third page that does not compress away, so any cut loses part of it */
    char page_c[3000];
    size_t pc = (size_t)snprintf(page_c, sizeof page_c, "<html><body><p>");
    for (unsigned i = 0, x = 12345; pc < sizeof page_c - 40; i++, x = x * 1103515245u + 12345u)
        page_c[pc++] = (char)((x >> 16) % 7 == 0 ? ' ' : 'a' + (x >> 16) % 26);
    pc += (size_t)snprintf(page_c + pc, sizeof page_c - pc, ".</p></body></html>");
    warc_http(&b, "https://example.org/3", "Content-Type: text/html\r\n", page_c, pc);
    size_t starts[8], n = 0;
    gzip_records(&gz, &b, starts, &n);
    CHECK(n == 3);
    size_t cut = starts[2] + (gz.len - starts[2]) / 2; /* inside the third member */
    warc_result r;
    read_all(gz.data, cut, DYAD_FORMAT_AUTO, &r);
    char want[256];
    snprintf(want, sizeof want, "https://example.org/1 https://example.org/2 E@%zu", starts[2]);
    CHECK_STR(r.seq, want);
    CHECK(strstr(r.last_err, "truncated gzip stream") != NULL);

    /* a single-member file cut short: the records before the cut survive */
    dyad_buf one;
    dyad_buf_init(&one);
    deflate_to(&one, b.data, b.len, 31);
    read_all(one.data, one.len - 30, DYAD_FORMAT_AUTO, &r);
    CHECK(r.docs == 2 && r.errors == 1);
    CHECK(strstr(r.last_err, "truncated gzip stream") != NULL);
    dyad_buf_free(&one);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
}

TEST(warc_corrupt_gzip_member_resyncs)
{
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    warc_http(&b, "https://example.org/1", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    warc_http(&b, "https://example.org/2", "Content-Type: text/html\r\n", page_b, sizeof page_b - 1);
    warc_http(&b, "https://example.org/3", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    size_t starts[8], n = 0;
    gzip_records(&gz, &b, starts, &n);
    for (size_t i = starts[1] + 12; i < starts[1] + 40; i++)
        gz.data[i] = (char)0xFF; /* damage the second member's data */
    warc_result r;
    read_all(gz.data, gz.len, DYAD_FORMAT_AUTO, &r);
    char want[256];
    snprintf(want, sizeof want, "https://example.org/1 E@%zu https://example.org/3", starts[1]);
    CHECK_STR(r.seq, want);
    CHECK(r.doc_offset[0] == 0 && r.doc_offset[1] == starts[2]);
    CHECK(strstr(r.last_err, "corrupt gzip data") != NULL);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
}

TEST(warc_garbage_is_one_pass)
{
    /* 24 MB of garbage with fragments that look like record starts: the
     * reader must get through it in one pass with a bounded number of
     * errors per candidate line */
    size_t n = 24u << 20;
    char *g = malloc(n);
    if (!g)
        return;
    for (size_t i = 0; i < n; i++)
        g[i] = (char)('a' + (i * 7919 % 26));
    memcpy(g, "WARC/1.0\r\n", 10);
    for (size_t i = 1000; i + 100 < n; i += 4u << 20)
        memcpy(g + i, "\nWARC/1.1\r\nContent-Length: 5\r\nWARC-Type", 39);
    clock_t t0 = clock();
    warc_result r;
    read_all(g, n, DYAD_FORMAT_WARC, &r);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(r.docs == 0);
    CHECK(r.errors >= 1 && r.errors <= 8);
    CHECKF(secs < 20.0, "24 MB of garbage took %.1f s", secs);
    /* the same gzipped: inflated once, scanned once */
    dyad_buf gz;
    dyad_buf_init(&gz);
    deflate_to(&gz, g, n, 31);
    t0 = clock();
    read_all(gz.data, gz.len, DYAD_FORMAT_WARC, &r);
    secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECK(r.docs == 0);
    CHECK(r.errors >= 1 && r.errors <= 8);
    CHECKF(secs < 20.0, "24 MB of gzipped garbage took %.1f s", secs);
    dyad_buf_free(&gz);
    free(g);
}

TEST(warc_empty_and_blank_inputs)
{
    warc_result r;
    read_all("", 0, DYAD_FORMAT_WARC, &r);
    CHECK(r.docs == 0 && r.errors == 0);
    read_all("\r\n\r\n\n", 5, DYAD_FORMAT_WARC, &r);
    CHECK(r.docs == 0 && r.errors == 0);
    dyad_buf gz;
    dyad_buf_init(&gz);
    deflate_to(&gz, "", 0, 31);
    read_all(gz.data, gz.len, DYAD_FORMAT_WARC, &r);
    CHECK(r.docs == 0 && r.errors == 0);
    dyad_buf_free(&gz);
}

TEST(warc_gzip_large_skipped_record_streamed)
{
    /* a 12 MB video between two pages: discarded as it is inflated */
    size_t big = 12u << 20;
    char *video = calloc(1, big);
    if (!video)
        return;
    dyad_buf b, gz;
    dyad_buf_init(&b);
    dyad_buf_init(&gz);
    warc_http(&b, "https://example.org/1", "Content-Type: text/html\r\n", page_a, sizeof page_a - 1);
    warc_http(&b, "https://example.org/v.mp4", "Content-Type: video/mp4\r\n", video, big);
    warc_rec(&b, "resource", "https://example.org/huge.bin", "application/octet-stream", video, big);
    warc_http(&b, "https://example.org/2", "Content-Type: text/html\r\n", page_b, sizeof page_b - 1);
    gzip_records(&gz, &b, NULL, NULL);
    warc_result r;
    read_all(gz.data, gz.len, DYAD_FORMAT_AUTO, &r);
    CHECK_STR(r.seq, "https://example.org/1 https://example.org/2");
    CHECK(r.skipped == 2);
    /* the same record cut short: an error, not a hang */
    read_all(gz.data, gz.len / 2, DYAD_FORMAT_AUTO, &r);
    CHECK(r.docs == 1 && r.errors == 1);
    CHECK(strstr(r.last_err, "truncated gzip") != NULL);
    dyad_buf_free(&b);
    dyad_buf_free(&gz);
    free(video);
}
