/* progress.h — a one-line progress bar on stderr for long runs: documents,
 * documents/s, MB/s, ETA when the total size is known, and errors.  It is
 * drawn only when stderr is a terminal and --quiet is not given. */
#ifndef DYAD_CLI_PROGRESS_H
#define DYAD_CLI_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>
#include <stddef.h>

typedef struct progress {
    bool on;             /* drawing at all */
    double t0, last;     /* start, last draw (seconds, monotonic) */
    uint64_t total;      /* bytes in all inputs, 0 when unknown (stdin) */
    uint64_t bytes;      /* bytes read so far */
    size_t docs, errors; /* documents done, failed */
    bool drawn;          /* a line is on screen */
} progress;

/* Start: `enabled` is false for --quiet; the bar is also off when stderr
 * is not a terminal.  `total` is the input size in bytes or 0. */
void progress_start(progress *p, bool enabled, uint64_t total);

/* Redraw when at least 0.1 s passed since the last draw, or `force`. */
void progress_draw(progress *p, bool force);

/* Erase the line (before printing a message on stderr); the next draw
 * puts it back. */
void progress_clear(progress *p);

/* Final draw and newline. */
void progress_finish(progress *p);

/* Seconds on the monotonic clock. */
double progress_now(void);

#endif
