/* bench_code.c — the analysis stages: `dyad code` sentences/s on the text
 * corpus with every Phoenix dictionary loaded (1 and 2 threads, peak RSS),
 * and what statements + time add to read + actors. */
#include "bench.h"
#include "dyad.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Sentences of the files, counted in-process with the library (read and
 * segment only). */
static size_t count_sentences(const bench_files *f)
{
    dyad_engine *eng;
    if (dyad_engine_load(NULL, &eng) != DYAD_OK)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < f->n; i++) {
        FILE *fp = fopen(f->paths[i], "rb");
        if (!fp)
            continue;
        fseek(fp, 0, SEEK_END);
        long len = ftell(fp);
        fseek(fp, 0, SEEK_SET);
        char *buf = malloc(len > 0 ? (size_t)len : 1);
        if (buf && fread(buf, 1, (size_t)len, fp) == (size_t)len) {
            dyad_reader *rd;
            if (dyad_reader_open(eng, f->paths[i], buf, (size_t)len, DYAD_FORMAT_AUTO, &rd) == DYAD_OK) {
                dyad_input in;
                dyad_status st;
                while ((st = dyad_reader_next(rd, &in)) != DYAD_END) {
                    dyad_doc *doc = NULL;
                    if (st == DYAD_OK && dyad_doc_read(eng, &in, NULL, &doc) == DYAD_OK)
                        n += dyad_doc_sentence_count(doc);
                    dyad_doc_free(doc);
                }
                dyad_reader_free(rd);
            }
        }
        free(buf);
        fclose(fp);
    }
    dyad_engine_free(eng);
    return n;
}

int bench_code(const bench_ctx *ctx)
{
    bench_files f;
    if (bench_corpus_files(ctx, "text", false, &f))
        return -1;
    size_t sents = count_sentences(&f);
    printf("%zu text files, %zu documents, %zu sentences, %.1f MB\n", f.n, f.docs, sents,
           (double)f.bytes / 1e6);
    /* the Phoenix dictionaries, when the shared data is there */
    static const char *const phoenix[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                          "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
                                          "Phoenix.discards.txt", "CAMEO.2.0.txt"};
    char dicts[6][4096];
    const char *cmd[32];
    int nc = 0;
    cmd[nc++] = ctx->dyad;
    cmd[nc++] = "code";
    cmd[nc++] = "--quiet";
    bool with_phoenix = ctx->shared != NULL;
    for (int i = 0; with_phoenix && i < 6; i++) {
        snprintf(dicts[i], sizeof dicts[i], "%s/eval/petrarch/%s", ctx->shared, phoenix[i]);
        cmd[nc++] = "--dict";
        cmd[nc++] = dicts[i];
    }
    int threads_at = nc;
    cmd[nc++] = "--threads";
    cmd[nc++] = "1";
    cmd[nc] = NULL;
    bench_run r1, r2;
    char **argv = bench_argv(cmd, &f);
    if (!argv || bench_measure(ctx, argv, ctx->repeats, &r1))
        return -1;
    cmd[threads_at + 1] = "2";
    free(argv);
    argv = bench_argv(cmd, &f);
    if (!argv || bench_measure(ctx, argv, ctx->repeats, &r2))
        return -1;
    free(argv);
    double per_core = r1.cpu > 0 ? sents / r1.cpu : 0;
    printf("dyad code %s: 1 thread %.3f s wall, %.3f s CPU, %.0f sentences/s per CPU second, RSS %.1f MB\n",
           with_phoenix ? "(+ Phoenix dictionaries, CAMEO.2.0 verbs)" : "(built-in dictionaries)", r1.wall,
           r1.cpu, per_core, r1.maxrss_kb / 1024.0);
    printf("dyad code: 2 threads %.3f s wall (%.2fx), %.0f sentences/s wall, RSS %.1f MB\n", r2.wall,
           r2.wall > 0 ? r1.wall / r2.wall : 0, r2.wall > 0 ? sents / r2.wall : 0, r2.maxrss_kb / 1024.0);
    bench_target("code sentences/s per core", per_core >= 50000, "%.0f sentences/s per CPU second (target 50,000)",
                 per_core);
    bench_target("code RSS", r1.maxrss_kb / 1024.0 <= 200, "%.1f MB with everything loaded (target 200 MB)",
                 r1.maxrss_kb / 1024.0);
    /* statements + time over read + actors */
    const char *a_cmd[] = {ctx->dyad, "actors", "--quiet", NULL};
    const char *q_cmd[] = {ctx->dyad, "quotes", "--quiet", NULL};
    bench_run ra, rq;
    argv = bench_argv(a_cmd, &f);
    if (!argv || bench_measure(ctx, argv, ctx->repeats, &ra))
        return -1;
    free(argv);
    argv = bench_argv(q_cmd, &f);
    if (!argv || bench_measure(ctx, argv, ctx->repeats, &rq))
        return -1;
    free(argv);
    double added = ra.cpu > 0 ? (rq.cpu - ra.cpu) / ra.cpu : 0;
    printf("read+actors %.3f s CPU; read+actors+statements+time %.3f s CPU: +%.0f%%\n", ra.cpu, rq.cpu,
           added * 100);
    bench_target("statements and time cost", added <= 0.25, "+%.0f%% over read + actors (target at most 25%%)",
                 added * 100);
    bench_files_free(&f);
    return 0;
}
