/* testlib.c — runner for the TEST() functions listed in build/test_list.h.
 * Usage: unit [NAME-SUBSTRING] */
#include "testlib.h"

#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

#define X(name) void test_##name(tctx *t_);
#include "test_list.h"
#undef X

static const struct {
    const char *name;
    void (*fn)(tctx *);
} tests[] = {
#define X(name) {#name, test_##name},
#include "test_list.h"
#undef X
};

void t_fail(tctx *t, const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "FAIL %s (%s:%d): ", t->name, file, line);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    t->failures++;
}

static dyad_engine *engine_;

const dyad_engine *t_engine(void)
{
    if (!engine_ && dyad_engine_load(NULL, &engine_) != DYAD_OK) {
        fprintf(stderr, "cannot load engine\n");
        exit(2);
    }
    return engine_;
}

dyad_doc *t_read(tctx *t, const char *text, dyad_format fmt)
{
    dyad_input in = {.source = "test", .format = fmt, .data = text, .len = strlen(text)};
    dyad_doc *doc = NULL;
    dyad_status st = dyad_doc_read(t_engine(), &in, NULL, &doc);
    if (st != DYAD_OK) {
        t_fail(t, __FILE__, __LINE__, "dyad_doc_read: %s (%s)", dyad_strerror(st), doc ? dyad_doc_errmsg(doc) : "");
        dyad_doc_free(doc);
        return NULL;
    }
    return doc;
}

const char *t_span(const dyad_doc *doc, dyad_span s)
{
    static char buf[4096];
    size_t len;
    const char *text = dyad_doc_text(doc, &len);
    size_t n = s.end > s.start ? s.end - s.start : 0;
    if (s.end > len || n >= sizeof buf)
        return "(bad span)";
    memcpy(buf, text + s.start, n);
    buf[n] = 0;
    return buf;
}

const char *t_shared(const char *rel)
{
    static char path[4096];
    const char *base = getenv("DYAD_SHARED");
    snprintf(path, sizeof path, "%s/%s", base ? base : "../shared", rel);
    return access(path, R_OK) == 0 ? path : NULL;
}

int main(int argc, char **argv)
{
    int passed = 0, failed = 0;
    for (size_t i = 0; i < sizeof tests / sizeof *tests; i++) {
        if (argc > 1 && !strstr(tests[i].name, argv[1]))
            continue;
        tctx t = {tests[i].name, 0};
        tests[i].fn(&t);
        if (t.failures)
            failed++;
        else
            passed++;
    }
    dyad_engine_free(engine_);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}

dyad_doc *t_doc_of_text(const dyad_engine *eng, const char *text) { return t_doc_of_text_dated(eng, text, NULL); }

dyad_doc *t_doc_of_text_dated(const dyad_engine *eng, const char *text, const char *date)
{
    dyad_input in = {0};
    in.source = "test";
    in.format = DYAD_FORMAT_TEXT;
    in.data = text;
    in.len = strlen(text);
    dyad_doc_options dopt = {.date = date, .force_date = date != NULL};
    dyad_doc *doc = NULL;
    if (dyad_doc_read(eng, &in, date ? &dopt : NULL, &doc) != DYAD_OK) {
        dyad_doc_free(doc);
        return NULL;
    }
    return doc;
}

dyad_engine *t_engine_of_dicts(tctx *t_, const char *const *paths, size_t n)
{
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = n;
    o.no_builtin = 1;
    dyad_engine *eng = NULL;
    dyad_status st = dyad_engine_load(&o, &eng);
    CHECKF(st == DYAD_OK, "engine load: %s", dyad_strerror(st));
    return eng;
}

bool t_write_temp(tctx *t_, const char *name, const char *text, char *path, size_t cap)
{
    snprintf(path, cap, "/tmp/dyad-%d-%s", (int)getpid(), name);
    FILE *f = fopen(path, "w");
    CHECKF(f != NULL, "cannot write %s", path);
    if (!f)
        return false;
    bool ok = fputs(text, f) >= 0;
    ok = fclose(f) == 0 && ok;
    CHECKF(ok, "cannot write %s", path);
    return ok;
}
