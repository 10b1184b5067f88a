/* eval.h — scorers for the outside suites in ../shared/eval.  Each prints
 * its details to opts->out and, as its last line,
 * "SUITE: precision=… recall=… f1=… n=…".  Return 0 when scored, 2 when the
 * suite's files cannot be read. */
#ifndef DYAD_EVAL_H
#define DYAD_EVAL_H

#include "dyad.h"

#include <stdbool.h>
#include <stdio.h>

typedef struct dyad_eval_opts {
    const char *shared; /* the ../shared folder */
    bool verbose;
    const char *predictions; /* score this prediction file instead of dyad */
    FILE *out;
    const char *split; /* "dev" (default) or "train", where a suite has both */
} dyad_eval_opts;

/* Article extraction: eval/extraction/readability-testpages (see its
 * README: 4-word-shingle P/R/F1 of the body; title, author, date). */
int dyad_eval_extraction(const dyad_eval_opts *o);

/* Quotations and speakers: eval/quotes/polnear (PolNeAR, see its README:
 * one-to-one span overlap of at least half, speaker by span or name). */
int dyad_eval_quotes(const dyad_eval_opts *o);

#endif
