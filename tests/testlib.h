/* testlib.h — a small test harness.  A test is `TEST(name) { ... }` in any
 * tests/unit/ file; the Makefile collects the names, so adding a test
 * needs no registration.  CHECK records a failure and goes on; the runner
 * prints "N passed, N failed" last. */
#ifndef DYAD_TESTLIB_H
#define DYAD_TESTLIB_H

#include "dyad.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

typedef struct tctx {
    const char *name;
    int failures;
} tctx;

#define TEST(name) void test_##name(tctx *t_)

/* The document read (not analysed) from plain text `text`, source "test";
 * NULL when reading fails.  The caller frees it with dyad_doc_free(). */
dyad_doc *t_doc_of_text(const dyad_engine *eng, const char *text);
/* The same with its date forced to `date` ("YYYY-MM-DD"; NULL: none). */
dyad_doc *t_doc_of_text_dated(const dyad_engine *eng, const char *text, const char *date);

void t_fail(tctx *t, const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

#define CHECK(cond)                                                          \
    do {                                                                     \
        if (!(cond))                                                         \
            t_fail(t_, __FILE__, __LINE__, "%s", #cond);                     \
    } while (0)
#define CHECKF(cond, ...)                                                    \
    do {                                                                     \
        if (!(cond))                                                         \
            t_fail(t_, __FILE__, __LINE__, __VA_ARGS__);                     \
    } while (0)
#define CHECK_STR(a, b)                                                      \
    do {                                                                     \
        const char *a_ = (a), *b_ = (b);                                     \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                               \
            t_fail(t_, __FILE__, __LINE__, "%s == \"%s\", expected \"%s\"",  \
                   #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)");              \
    } while (0)

/* Write `text` to a file /tmp/dyad-PID-NAME ("gaps.actors": the extension
 * tells the dictionary loaders the format) and its path into path[cap];
 * false (and a test failure) when it cannot.  The caller removes it. */
bool t_write_temp(tctx *t, const char *name, const char *text, char *path, size_t cap);

/* An engine of the dictionaries `paths` only (no built-in data), made for
 * the caller, who frees it; NULL (and a test failure) when loading fails. */
dyad_engine *t_engine_of_dicts(tctx *t, const char *const *paths, size_t n);

/* Shared engine for tests (built-in data only), made on first use. */
const dyad_engine *t_engine(void);

/* Read one document from a string; the caller frees it. NULL on failure
 * (and a test failure is recorded). */
dyad_doc *t_read(tctx *t, const char *text, dyad_format fmt);

/* The text of span s of doc, in a static buffer (for comparisons). */
const char *t_span(const dyad_doc *doc, dyad_span s);

/* Path of a file in ../shared (or $DYAD_SHARED), or NULL when absent. */
const char *t_shared(const char *rel);

#endif
