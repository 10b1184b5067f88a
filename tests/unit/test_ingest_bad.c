/* test_ingest_bad.c — hostile and broken input at the library level: empty
 * input, JSONL lines that are not JSON, invalid UTF-8, a 50 MB line, and
 * the inputs the fuzz targets once crashed on (tests/cases/fuzz/), each
 * checked against the invariants of fuzz/invariants.h. */
#include "../../fuzz/invariants.h"
#include "testlib.h"

#include <dirent.h>
#include <stdlib.h>

static void check_doc(tctx *t_, const dyad_doc *doc)
{
    char why[512];
    CHECKF(inv_check_doc(doc, why, sizeof why) == 0, "invariant: %s", why);
}

TEST(ingest_bad_empty_input)
{
    dyad_format fmts[] = {DYAD_FORMAT_AUTO, DYAD_FORMAT_TEXT, DYAD_FORMAT_HTML};
    for (size_t i = 0; i < sizeof fmts / sizeof *fmts; i++) {
        dyad_reader *rd = NULL;
        CHECK(dyad_reader_open(t_engine(), "empty", "", 0, fmts[i], &rd) == DYAD_OK);
        dyad_input in;
        CHECK(dyad_reader_next(rd, &in) == DYAD_OK);
        CHECK(in.len == 0);
        dyad_doc *doc = NULL;
        dyad_status st = dyad_doc_read(t_engine(), &in, NULL, &doc);
        /* text says "empty"; the HTML parser may call it unparsable */
        CHECK(st == DYAD_ERR_EMPTY || (fmts[i] == DYAD_FORMAT_HTML && st == DYAD_ERR_FORMAT));
        CHECK(doc && dyad_doc_errmsg(doc) && dyad_doc_errmsg(doc)[0]);
        dyad_doc_free(doc);
        CHECK(dyad_reader_next(rd, &in) == DYAD_END);
        dyad_reader_free(rd);
    }
    /* white space only is empty too */
    dyad_input in = {.source = "blank", .format = DYAD_FORMAT_TEXT, .data = " \n\t\r\n ", .len = 6};
    dyad_doc *doc = NULL;
    CHECK(dyad_doc_read(t_engine(), &in, NULL, &doc) == DYAD_ERR_EMPTY);
    dyad_doc_free(doc);
    /* JSONL and WARC: no documents, no error */
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "e.jsonl", "", 0, DYAD_FORMAT_JSONL, &rd) == DYAD_OK);
    CHECK(dyad_reader_next(rd, &in) == DYAD_END);
    dyad_reader_free(rd);
}

TEST(ingest_bad_jsonl_lines)
{
    const char data[] = "{\"id\":\"a\",\"text\":\"The envoy arrived in Cairo. Talks began.\"}\n"
                        "{\"id\":\"b\",\"text\": \"unterminated\n"
                        "\n"
                        "[\"an array\"]\n"
                        "{\"id\":\"c\",\"text\":42}\n"
                        "{\"id\":\"d\",\"text\":\"The summit ended. \\u201cGood,\\u201d she said.\"}\n"
                        "{\"id\":\"e\",\"text\":\"NUL \\u0000 inside. Still a document.\"}";
    dyad_reader *rd = NULL;
    CHECK(dyad_reader_open(t_engine(), "t.jsonl", data, sizeof data - 1, DYAD_FORMAT_AUTO, &rd) == DYAD_OK);
    dyad_input in;
    dyad_status st;
    char seq[256] = "";
    while ((st = dyad_reader_next(rd, &in)) != DYAD_END) {
        size_t at = strlen(seq);
        if (st == DYAD_OK) {
            snprintf(seq + at, sizeof seq - at, "%s ", in.id);
            dyad_doc *doc = NULL;
            if (dyad_doc_read(t_engine(), &in, NULL, &doc) == DYAD_OK)
                check_doc(t_, doc);
            dyad_doc_free(doc);
        } else {
            snprintf(seq + at, sizeof seq - at, "E%u ", dyad_reader_errline(rd));
        }
    }
    CHECK_STR(seq, "a E2 E4 E5 d e ");
    dyad_reader_free(rd);
}

TEST(ingest_bad_invalid_utf8)
{
    /* a lone continuation byte, an overlong slash, a surrogate, a code
     * point past U+10FFFF, a sequence cut by the end of a paragraph */
    const char *bad = "Envoys \x80met in \xC0\xAF Rome. The \xED\xA0\x80 talks \xF4\x90\x80\x80 ended \xE2\x80\n\n"
                      "\"We agree \xFF\xFE,\" the minister said. \xF0\x9F";
    dyad_format fmts[] = {DYAD_FORMAT_TEXT, DYAD_FORMAT_HTML};
    for (int i = 0; i < 2; i++) {
        dyad_input in = {.source = "bad", .format = fmts[i], .data = bad, .len = strlen(bad)};
        dyad_doc *doc = NULL;
        CHECK(dyad_doc_read(t_engine(), &in, NULL, &doc) == DYAD_OK);
        if (doc) {
            check_doc(t_, doc);
            /* (libxml2 reads undeclared bad bytes as Latin-1 instead) */
            if (i == 0) {
                CHECK(strstr(dyad_doc_text(doc, NULL), "\xEF\xBF\xBD") != NULL);
                CHECK(dyad_doc_warning_count(doc) >= 1);
            }
        }
        dyad_doc_free(doc);
    }
}

TEST(ingest_bad_50mb_line)
{
    size_t n = 50u << 20;
    char *s = malloc(n);
    if (!s)
        return;
    static const char words[] = "talks ";
    for (size_t i = 0; i < n; i++)
        s[i] = words[i % 6];
    s[n - 1] = '.';
    dyad_input in = {.source = "big", .format = DYAD_FORMAT_TEXT, .data = s, .len = n};
    dyad_doc *doc = NULL;
    dyad_status st = dyad_doc_read(t_engine(), &in, NULL, &doc);
    CHECKF(st == DYAD_OK, "50 MB line: %s", dyad_strerror(st));
    if (st == DYAD_OK) {
        size_t len;
        dyad_doc_text(doc, &len);
        CHECK(len == n);
        CHECK(dyad_doc_paragraph_count(doc) == 1);
        check_doc(t_, doc);
    }
    dyad_doc_free(doc);
    free(s);
}

/* Replay every input a fuzz target once failed on: tests/cases/fuzz/FMT-*
 * where FMT is text, html, warc or jsonl. */
TEST(ingest_bad_fuzz_regressions)
{
    const char *dir = "tests/cases/fuzz";
    DIR *d = opendir(dir);
    CHECKF(d != NULL, "cannot open %s (run from the repository root)", dir);
    if (!d)
        return;
    struct dirent *e;
    int n = 0;
    while ((e = readdir(d))) {
        const char *dash = strchr(e->d_name, '-');
        if (e->d_name[0] == '.' || !dash)
            continue;
        char fmtname[16];
        snprintf(fmtname, sizeof fmtname, "%.*s", (int)(dash - e->d_name), e->d_name);
        int fmt = dyad_format_from_name(fmtname);
        CHECKF(fmt > 0, "%s: unknown format prefix", e->d_name);
        if (fmt <= 0)
            continue;
        char path[512];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        char *buf = malloc(2u << 20);
        size_t len = buf ? fread(buf, 1, 2u << 20, f) : 0;
        fclose(f);
        char why[512];
        CHECKF(inv_check_input(t_engine(), buf, len, (dyad_format)fmt, why, sizeof why) >= 0, "%s: %s", e->d_name,
               why);
        free(buf);
        n++;
    }
    closedir(d);
    CHECK(n >= 1);
}
