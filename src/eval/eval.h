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
    const char *dicts; /* petrarch: "validate" (default) or "phoenix" */
} dyad_eval_opts;

/* Article extraction: eval/extraction/readability-testpages (see its
 * README: 4-word-shingle P/R/F1 of the body; title, author, date). */
int dyad_eval_extraction(const dyad_eval_opts *o);

/* Quotations and speakers: eval/quotes/polnear (PolNeAR, see its README:
 * one-to-one span overlap of at least half, speaker by span or name). */
int dyad_eval_quotes(const dyad_eval_opts *o);

/* TABARI's validation suite: eval/tabari/Validate.text with its demo
 * dictionaries and Validate.options, option records applied part-way
 * (src/eval/tabari.c; docs/eval.md). */
int dyad_eval_tabari(const dyad_eval_opts *o);

/* PETRARCH's unit tests: eval/petrarch/PETR.UnitTest.records.xml coded
 * from the raw <Text>, with the <Environment> dictionaries (o->dicts
 * "validate") or the Phoenix set ("phoenix") (src/eval/petrarch.c). */
int dyad_eval_petrarch(const dyad_eval_opts *o);

#endif
