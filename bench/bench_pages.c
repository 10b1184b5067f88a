/* bench_pages.c — HTML read speed on real news pages: the 50 pages of
 * ../shared/eval/extraction (Readability's news test pages, gzip), each
 * read four times, against the target of 80 MB/s per core.  The generated
 * corpus of `bench read` has small pages with large scripts and navigation;
 * these are the pages a crawler actually fetches. */
#include "bench.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

int bench_pages(const bench_ctx *ctx)
{
    if (!ctx->shared) {
        printf("pages: skipped: no shared data (../shared/eval/extraction)\n");
        return 0;
    }
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/eval/extraction/readability-testpages/html", ctx->shared);
    DIR *d = opendir(dir);
    if (!d) {
        printf("pages: skipped: %s not found\n", dir);
        return 0;
    }
    bench_files f = {0};
    uint64_t raw = 0;
    struct dirent *e;
    char **names = NULL;
    size_t nn = 0;
    while ((e = readdir(d))) {
        size_t l = strlen(e->d_name);
        if (l < 8 || strcmp(e->d_name + l - 8, ".html.gz") != 0)
            continue;
        names = realloc(names, (nn + 1) * sizeof *names);
        names[nn] = malloc(strlen(dir) + l + 2);
        sprintf(names[nn], "%s/%s", dir, e->d_name);
        /* uncompressed size, for MB/s of HTML */
        gzFile gz = gzopen(names[nn], "rb");
        char buf[65536];
        int r;
        while (gz && (r = gzread(gz, buf, sizeof buf)) > 0)
            raw += (uint64_t)r;
        if (gz)
            gzclose(gz);
        nn++;
    }
    closedir(d);
    enum { REPEAT = 4 };
    f.paths = malloc(nn * REPEAT * sizeof *f.paths);
    for (int r = 0; r < REPEAT; r++)
        for (size_t i = 0; i < nn; i++)
            f.paths[f.n++] = names[i];
    const char *cmd[] = {ctx->dyad, "read", "--quiet", "--threads", "1", NULL};
    char **argv = bench_argv(cmd, &f);
    bench_run run;
    if (!argv || bench_measure(ctx, argv, ctx->repeats, &run))
        return -1;
    double mb = (double)raw * REPEAT / 1e6;
    double per_core = run.cpu > 0 ? mb / run.cpu : 0;
    printf("%zu real news pages x %d, %.1f MB of HTML: %.3f s CPU, %.1f MB/s per CPU second, RSS %.1f MB\n", nn,
           REPEAT, mb, run.cpu, per_core, run.maxrss_kb / 1024.0);
    bench_target("HTML read on real news pages >= 80 MB/s per core", per_core >= 80,
                 "%.1f MB/s per CPU second", per_core);
    free(argv);
    for (size_t i = 0; i < nn; i++)
        free(names[i]);
    free(names);
    free(f.paths);
    return 0;
}
