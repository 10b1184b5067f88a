/* suite_score.h — what the peers' event-coding suites (TABARI's
 * Validate.text, PETRARCH's unit-test records) have in common: a list of
 * records, each a text with a date and the events it should be coded with;
 * the readers of both files; and the scoring of found against expected
 * events.
 *
 * Scoring: an event is (source code, target code, event code[, day]).
 * Within one record, expected and found events are paired one to one; an
 * expected event that names a day pairs only with a found event of that
 * day, one that does not pairs with any day.  matched / found is the
 * precision, matched / expected the recall, n the expected events.  A
 * record that expects no event (TABARI {---} {###} {+++}, PETRARCH
 * noevents or error) adds its found events to `found` only. */
#ifndef DYAD_SUITE_SCORE_H
#define DYAD_SUITE_SCORE_H

#include "core/arena.h"
#include "dyad.h"
#include "eval/tabari_options.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct dyad_doc;

enum { DYAD_SUITE_CODE_MAX = 64 }; /* PETRARCH new actors: "\"THE MINISTRY OF MAGIC\"" */

typedef struct dyad_suite_event {
    char source[DYAD_SUITE_CODE_MAX]; /* "ARNGOV"; "---" when none */
    char target[DYAD_SUITE_CODE_MAX];
    char code[DYAD_SUITE_CODE_MAX];   /* "064", "075A" */
    char date[11];                    /* "1995-01-03"; "" = any day */
} dyad_suite_event;

typedef enum dyad_suite_kind {
    DYAD_SUITE_CODE,    /* code the text, score it */
    DYAD_SUITE_UNCHECKED, /* code nothing: the suite does not check it
                             (only "-{…}" lines, sentence="false", no
                             expectation at all, excluded category) */
    DYAD_SUITE_OPTIONS  /* a settings record: apply `options`, code nothing */
} dyad_suite_kind;

typedef struct dyad_suite_record {
    dyad_suite_kind kind;
    const char *id;
    unsigned line;          /* of the record's first line in the suite file */
    char date[11];          /* ISO day; "" for option records without one */
    const char *text;       /* white space collapsed, NUL-terminated */
    dyad_suite_event *expected;
    size_t n_expected;
    const char *expect_none; /* why no event is expected ("---", "###",
                                "+++", "noevents", "error=dateline"), or NULL */
    const char *why_unchecked; /* for DYAD_SUITE_UNCHECKED */
    const char **options;   /* TABARI: command text ("SET: CODE ALL");
                               PETRARCH: "name=value" */
    size_t n_options;
    long story;             /* TABARI FORWARD: story number, -1 when off */
} dyad_suite_record;

typedef struct dyad_suite {
    dyad_arena *arena; /* every record and string */
    dyad_suite_record *recs;
    size_t n, cap;
    long malformed;    /* records reported and skipped */
    /* PETRARCH <Environment>: dictionary file names (NULL when absent) */
    const char *env_verbs, *env_actors, *env_agents, *env_discards;
} dyad_suite;

/* Free a suite's memory; accepts a zeroed suite. */
void dyad_suite_free(dyad_suite *s);

/* Read a TABARI validation file (`data`, `len` bytes; `name` for messages).
 * Records are blocks of lines separated by blank lines; '#' lines are
 * comments.  A record is a header "DATE ID" (DATE YYMMDD, or YYYYMMDD
 * after a "SET: YYYY = TRUE" option record), its text up to the comment opener (slash star), and a
 * comment holding the expectations: "{ SRC / TGT / CODE } [DATE]",
 * "-{…}" (switched off), "{---}" no event, "{###}" discarded, "{+++}"
 * too complex, "{ OPTION: command }".  Reading stops at the first line
 * containing `stop_at` (NULL: read it all).  Each malformed record is
 * reported to `err` as "dyad eval: NAME:LINE: message" and skipped.
 * @return 0, or -1 when out of memory. */
int dyad_tabari_read(const char *name, const char *data, size_t len, const char *stop_at, FILE *err,
                     dyad_suite *out);

/* Read a PETRARCH unit-test file (XML, parsed by libxml2): <Environment>
 * file names, and in document order <Config option value> (as options
 * records) and <Sentence date id category sentence> with <Text> and
 * <EventCoding sourcecode targetcode eventcode | noevents | error>.
 * Sentences whose category is not in <Include> (when there is one) or
 * with sentence="false" are UNCHECKED; a <Stop> element ends the reading.
 * XML errors (recovered) and malformed sentences are reported to `err`
 * as "dyad eval: NAME:LINE: message"; the sentence is skipped.
 * @return 0, or -1 when the file is not XML at all or memory ran out. */
int dyad_petrarch_read(const char *name, const char *data, size_t len, FILE *err, dyad_suite *out);

/* Pair expected and found events one to one (see the file's comment);
 * exp_hit[i] / found_hit[j] (may be NULL) are set for the paired ones.
 * @return the number of pairs. */
size_t dyad_suite_match(const dyad_suite_event *exp, size_t n_exp, const dyad_suite_event *found,
                        size_t n_found, bool *exp_hit, bool *found_hit);

/* The events of doc whose evidence sentence starts within [start, end)
 * bytes of its text, as suite events (NULL codes become "---"; negated
 * events are left out), written to out (at most cap; the count of all
 * is returned). */
size_t dyad_suite_doc_events(const struct dyad_doc *doc, uint32_t start, uint32_t end, dyad_suite_event *out,
                             size_t cap);

/* Code texts[0..n) as one document — normalised and joined by spaces in
 * that order, so that later texts can refer back to earlier ones (TABARI's
 * FORWARD) — dated `date` (ISO) with coder settings `o` (may be NULL).
 * found[k] / n_found[k] receive the events of text k (allocated in `a`).
 * @return 0; -1 when the document could not be read (*err says why; no
 * events); -2 when n > 1 and a text could not be found again in the
 * document (code them one at a time instead). */
int dyad_suite_code(const dyad_engine *eng, const dyad_code_options *o, const char *date, const char *const *texts,
                    size_t n, dyad_arena *a, dyad_suite_event **found, size_t *n_found, const char **err);

typedef struct dyad_suite_tally {
    long expected, found, matched;
    long scored, right; /* records scored, and those with every event right */
    long expect_none;   /* scored records that expect no event */
    long unchecked, options;
} dyad_suite_tally;

/* Add one scored record: n_exp expected, n_found found, `matched` pairs. */
void dyad_suite_tally_add(dyad_suite_tally *t, size_t n_exp, size_t n_found, size_t matched);

/* Print "SUITE: precision=P recall=R f1=F n=N" (3 decimals; a ratio
 * with a zero denominator is 0). */
void dyad_suite_print_score(FILE *out, const char *suite, const dyad_suite_tally *t);

/* Print a failing record for --verbose: its id, line, text, and each
 * expected / found event marked as matched or not. */
void dyad_suite_print_failure(FILE *out, const char *file, const dyad_suite_record *r,
                              const dyad_suite_event *exp, size_t n_exp, const bool *exp_hit,
                              const dyad_suite_event *found, size_t n_found, const bool *found_hit);

/* Parse a suite date: 6 digits YYMMDD (yy < 50 → 20yy, else 19yy) when
 * !yyyy, 8 digits YYYYMMDD when yyyy; the month and day must exist.
 * Writes "YYYY-MM-DD" to iso[11]. @return 0, or -1 when invalid. */
/* Append a record to the suite (arena memory). 0, or -1 when out of memory. */
int dyad_suite_push(dyad_suite *s, const dyad_suite_record *rec);

/* Counts the dictionary diagnostics while an engine loads; with verbose,
 * prints the first 20 as "dictionary: FILE:LINE: message". */
typedef struct dyad_suite_diag {
    long n;
    bool verbose;
    FILE *out;
} dyad_suite_diag;
void dyad_suite_count_diag(void *ctx, const char *msg);

/* A whole file, NUL-terminated, malloc'd (free with free()); NULL when it
 * cannot be read.  *len excludes the NUL. */
char *dyad_suite_slurp(const char *path, size_t *len);

int dyad_suite_date(const char *s, size_t n, bool yyyy, char iso[11]);

#endif
