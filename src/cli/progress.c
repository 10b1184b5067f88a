/* progress.c — the progress bar (see progress.h). */
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

double progress_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void progress_start(progress *p, bool enabled, uint64_t total)
{
    *p = (progress){0};
    p->on = enabled && isatty(STDERR_FILENO);
    p->t0 = progress_now();
    p->total = total;
}

static void fmt_secs(char *out, size_t n, double s)
{
    if (s < 0 || s > 359999)
        snprintf(out, n, "--:--");
    else if (s >= 3600)
        snprintf(out, n, "%d:%02d:%02d", (int)s / 3600, (int)s / 60 % 60, (int)s % 60);
    else
        snprintf(out, n, "%d:%02d", (int)s / 60, (int)s % 60);
}

void progress_draw(progress *p, bool force)
{
    if (!p->on)
        return;
    double now = progress_now();
    if (!force && now - p->last < 0.1)
        return;
    p->last = now;
    double el = now - p->t0 > 1e-6 ? now - p->t0 : 1e-6;
    double dps = (double)p->docs / el, mbs = (double)p->bytes / el / 1e6;
    char line[256], bar[32] = "", eta[32] = "";
    if (p->total) {
        double f = (double)p->bytes / (double)p->total;
        if (f > 1)
            f = 1;
        int w = 20, k = (int)(f * w);
        bar[0] = '[';
        for (int i = 0; i < w; i++)
            bar[1 + i] = i < k ? '#' : '.';
        snprintf(bar + 1 + w, sizeof bar - 1 - (size_t)w, "] %3d%% ", (int)(f * 100));
        char t[16];
        fmt_secs(t, sizeof t, f > 0 ? el / f - el : -1);
        snprintf(eta, sizeof eta, "  ETA %s", t);
    }
    snprintf(line, sizeof line, "\r%s%zu docs  %.1f docs/s  %.2f MB/s%s  %zu error%s\x1b[K", bar, p->docs, dps, mbs,
             eta, p->errors, p->errors == 1 ? "" : "s");
    fputs(line, stderr);
    fflush(stderr);
    p->drawn = true;
}

void progress_clear(progress *p)
{
    if (p->on && p->drawn) {
        fputs("\r\x1b[K", stderr);
        p->drawn = false;
    }
}

void progress_finish(progress *p)
{
    if (!p->on)
        return;
    progress_draw(p, true);
    fputc('\n', stderr);
    p->drawn = false;
}
