/* bench.h — the benchmark program (`make bench`): shared context, the
 * corpus, child-process measurement and the result table.  A figure here is
 * never a pass/fail test: the program prints what it measured and, for each
 * target, whether it was met, and exits 0 unless it could not measure.
 *
 * Adding a benchmark: write `int bench_NAME(const bench_ctx *ctx)` in
 * bench/bench_NAME.c (every .c file of bench/ is compiled into build/bench),
 * declare it below, and add one line {"NAME", bench_NAME} to the table in
 * bench.c.  Use bench_corpus_files() for inputs, bench_measure() to time a
 * command, and bench_target() to print a target line. */
#ifndef DYAD_BENCH_H
#define DYAD_BENCH_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* What every benchmark gets. */
typedef struct bench_ctx {
    const char *shared;  /* ../shared, or NULL when absent */
    const char *dyad;    /* the dyad binary to run */
    const char *corpus;  /* folder of the generated corpus */
    bool quick;          /* small corpus, one repetition: smoke runs */
    int repeats;         /* runs per measurement; the best is kept */
} bench_ctx;

/* The input files of one corpus format ("text", "html", "warc"). */
typedef struct bench_files {
    char **paths;    /* malloc'd */
    size_t n;
    uint64_t bytes;  /* on disk */
    uint64_t raw_bytes; /* uncompressed (WARC.gz), else = bytes */
    size_t docs;     /* documents generated into these files */
} bench_files;

/* The files of `format` in the corpus; with `half`, the first half of them
 * (for the memory-versus-size check).  Returns 0, or -1 with a message on
 * stderr.  Free with bench_files_free(). */
int bench_corpus_files(const bench_ctx *ctx, const char *format, bool half, bench_files *out);
void bench_files_free(bench_files *f);

/* One measured run of a child process. */
typedef struct bench_run {
    double wall;      /* seconds, fork to exit */
    double cpu;       /* user + system seconds of the child */
    long maxrss_kb;   /* peak resident set (getrusage ru_maxrss) */
    int exit_status;  /* exit code, or 128+signal */
    size_t err_lines; /* stderr lines that are errors (not warnings) */
} bench_run;

/* Run argv (argv[0] looked up in PATH when it has no '/'), stdout to
 * /dev/null, stderr counted; `repeats` times, keeping the fastest run (by
 * wall time; maxrss is the largest seen).  Returns 0, or -1 when the
 * program could not be started. */
int bench_measure(const bench_ctx *ctx, char *const argv[], int repeats, bench_run *best);

/* argv of `cmd` (NULL-terminated list of leading words) followed by every
 * file of `f`; malloc'd array, free with free() (the strings are not
 * copied). */
char **bench_argv(const char *const *cmd, const bench_files *f);

/* Print one target line: "target NAME: WHAT — met|NOT met". */
void bench_target(const char *name, bool met, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* ------------------------------------------------------------ benchmarks */
/* dyad read on text, HTML and WARC.gz with 1 and 2 threads against wc -w;
 * peak RSS on the corpus and on half of it. */
int bench_read(const bench_ctx *ctx);

/* Engine load time, matcher speed and RSS with the built-in and the
 * Phoenix dictionaries (bench_lexicon.c; it takes the shared folder). */
int bench_lexicon(const char *shared_dir);

/* HTML read speed on the real news pages of ../shared/eval/extraction
 * (bench_pages.c). */
int bench_pages(const bench_ctx *ctx);

/* dyad code sentences/s with the Phoenix dictionaries, 1 and 2 threads,
 * RSS; statements + time over read + actors (bench_code.c). */
int bench_code(const bench_ctx *ctx);

#endif
