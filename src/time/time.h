/* time.h — the time stage: find the time expressions of a document
 * ("on Monday", "The next day", "last Friday", "since October 7", "back in
 * November") and resolve each to a calendar value against the publication
 * date and the narrative.
 *
 * Files:
 *   words.c    the word lists of data/time.txt, loaded once into the engine
 *   find.c     the token-driven scan that recognises expressions (linear:
 *              from the word tags, only the tokens leading up to a number
 *              or anchor word are tried)
 *   resolve.c  calendar arithmetic, anchoring and resolution; the stage
 *              entry point, the clause query and the JSON writer
 *   dateparse.c  written dates ("January 26, 2024"), shared with ingest
 *
 * Values and granularity:
 *   day    "2024-01-26"
 *   week   "2024-01-22": the Monday that starts the week ("last week",
 *          "two weeks ago", "earlier this week")
 *   month  "2023-11"
 *   year   "2023"
 * An expression that was found but cannot be resolved (no document date,
 * or counted from an unresolved one) has an empty value, written as
 * "value":null: "late Tuesday night" never silently becomes the
 * publication date. */
#ifndef DYAD_TIME_H
#define DYAD_TIME_H

#include "dyad_int.h"

#include <stdbool.h>
#include <stdint.h>

typedef enum dyad_time_gran {
    DYAD_TIME_DAY,
    DYAD_TIME_WEEK,
    DYAD_TIME_MONTH,
    DYAD_TIME_YEAR
} dyad_time_gran;

/* What the expression says about the clause it sits in. */
typedef enum dyad_time_role {
    DYAD_TIME_AT,    /* "on Monday", "last Friday": when something happened */
    DYAD_TIME_SINCE, /* "since October 7", "after Monday": a period's start */
    DYAD_TIME_UNTIL  /* "by Friday", "until March": a period's end */
} dyad_time_role;

/* How the value is counted (internal to the stage, kept for tests). */
typedef enum dyad_time_form {
    DYAD_TIME_ABSOLUTE, /* "January 26, 2024", "2024-01-26", "in 2023" */
    DYAD_TIME_NOYEAR,   /* "on January 26", "in March": year inferred */
    DYAD_TIME_WEEKDAY,  /* "on Monday", "last Friday", "next Friday" */
    DYAD_TIME_DEICTIC,  /* "yesterday", "three days ago", "last month" */
    DYAD_TIME_NARRATIVE /* "the next day", "two days later" */
} dyad_time_form;

typedef struct dyad_time_expr {
    dyad_span span;   /* the words, with their preposition: "since October 7" */
    char value[11];   /* "2024-01-26", "2023-11", "2023"; "" = unresolved */
    uint8_t granularity; /* dyad_time_gran */
    uint8_t role;        /* dyad_time_role */
    uint8_t form;        /* dyad_time_form */
    bool future;      /* a future-tense cue governs it ("will meet on Monday")
                         or its form points forward ("tomorrow", "next week") */
    bool in_quote;    /* inside a quotation */
    int anchor;       /* -1: counted from the document date (or needs no
                         anchor); else the index in the list of the
                         expression it was counted from: the date the
                         narrative last established ("The next day" →
                         "on Monday"), or for a relative expression inside a
                         quotation, the date the speaker spoke ("“We met
                         yesterday,” he said on Monday") */
    uint32_t sent;    /* index of its sentence */
    /* what was read, before resolution (see find.c) */
    int16_t y, m, d;  /* absolute parts; 0 when absent */
    int16_t weekday;  /* 1 (Monday) .. 7 */
    int16_t rel;      /* weekrel: -1 last, 0 this, 1 next, 2 none */
    int16_t offset;   /* deictic / narrative offset in `unit`s */
    uint8_t unit;     /* dyad_time_gran of the offset */
} dyad_time_expr;

typedef struct dyad_time_list {
    dyad_time_expr *items; /* in text order; from the document's arena */
    size_t n;
} dyad_time_list;

/* The loaded word lists (words.c): a phrase (lower case, tokens joined by
 * one space) → the kinds it has in data/time.txt and a value per kind. */
typedef struct dyad_time_words dyad_time_words;
enum dyad_time_kind {
    TW_WEEKDAY, TW_MONTH, TW_MONTHABBR, TW_PREP, TW_MOD, TW_PARTOFDAY, TW_WEEKREL,
    TW_DEICTIC, TW_NARRATIVE, TW_NUMBER, TW_UNIT, TW_AGO, TW_LATER, TW_FUTURE,
    TW_FUTURESUFFIX, TW_PAST, TW_NAME, TW_HABITUAL, TW_COUNTPREP, TW_N_KINDS
};
typedef struct dyad_time_word {
    uint32_t kinds;         /* bit (1u << TW_x) per kind; 0: only a prefix */
    int16_t val[TW_N_KINDS]; /* the VALUE column per kind */
    uint8_t unit;           /* dyad_time_gran or DYAD_TIME_HOUR, for
                               deictic / narrative / unit */
    uint8_t longer;         /* 1: a longer phrase starts with this one */
    uint32_t starts;        /* of a one-word entry: the kinds of every
                               phrase whose first word it is (itself
                               included), so a scan asking for other kinds
                               need not read the words after it */
} dyad_time_word;
#define DYAD_TIME_HOUR 4 /* a unit only: "hours later" */

/* Look up a phrase (already lower case, tokens joined by one space).
 * Returns its entry, or NULL when the phrase is neither a phrase nor the
 * beginning of a longer one.  An entry with kinds == 0 is only a prefix. */
const dyad_time_word *dyad_time_words_get(const dyad_time_words *w, const char *key, size_t len);

/* Can a phrase start with this first word (ASCII case ignored)?  A filter
 * on its first, second and last bytes and length: false means certainly
 * not; true, maybe.  Lets the scanner skip most tokens without hashing. */
bool dyad_time_words_may_start(const dyad_time_words *w, const char *word, size_t len);

/* Tag the words of every phrase in the lexicon's word table
 * (DYAD_TAG_TIME_FIRST: a one-word entry's index + 1; DYAD_TAG_TIME_WORD:
 * in some phrase), so the scanner reads a token's tag from the ids the
 * actors stage keeps instead of hashing it (find.c).  Engine load only.
 * Returns 0; -1 when out of memory, and then the tags are not used. */
int dyad_time_words_tag(dyad_time_words *w, struct dyad_lexicon *lex);

/* Whether w's words were all tagged in lex by dyad_time_words_tag. */
bool dyad_time_words_tagged(const dyad_time_words *w, const struct dyad_lexicon *lex);

/* How far a time expression's first number or anchor word
 * (DYAD_TAG_TIME_ANCHOR) may lie from its first token, in tokens, given
 * the phrases loaded: an expression starting at token i holds a number or
 * an anchor word among tokens i .. i + reach.  From the longest
 * preposition, modifier, number, weekrel and deictic / narrative phrases
 * ("back in" + "as early as" + "-" + "the day before" + "yesterday"). */
size_t dyad_time_words_reach(const dyad_time_words *w);

/* A table of 256 bytes: entry c is 1 when some futuresuffix phrase ("'ll")
 * ends in byte c, so a word ending otherwise holds none.  Lives as long as
 * w. */
const uint8_t *dyad_time_words_suffix_ends(const dyad_time_words *w);

/* Entry `index` (a DYAD_TAG_TIME_FIRST tag - 1) and its phrase in *key
 * (lower case, NUL-terminated). */
const dyad_time_word *dyad_time_words_entry(const dyad_time_words *w, uint32_t index, const char **key);

/* Load data/time.txt (built in) into eng->time_words, from the engine's
 * arena.  Bad lines are reported through dyad_engine_diag() as
 * "time.txt:LINE: message" and skipped.  Returns 0, or -1 when out of
 * memory. */
int dyad_time_words_load(dyad_engine *eng);

/* Build the word lists into an arbitrary arena (the stage uses this when
 * the engine has none).  NULL when out of memory. */
dyad_time_words *dyad_time_words_build(dyad_arena *a, const dyad_engine *diag_eng);

/* Run the time stage on a segmented document: find every time expression
 * in its non-boilerplate paragraphs and resolve it against doc->date
 * ("YYYY-MM-DD", may be NULL: relative expressions then stay unresolved).
 * Fills *out with a list allocated from doc->arena (empty when none).
 * @return DYAD_OK, DYAD_ERR_ARG for NULL arguments, DYAD_ERR_NOMEM when the
 * arena is exhausted (then *out is empty). */
dyad_status dyad_time_stage(dyad_doc *doc, dyad_time_list *out);

/* Scan the document and append the expressions found, unresolved, to *out
 * (find.c; called by dyad_time_stage).  Returns 0 or -1 on OOM. */
int dyad_time_find(const dyad_doc *doc, const dyad_time_words *w, dyad_time_list *out);

/* The time expression governing a clause or sentence: the first expression
 * with role "at" whose span lies inside `clause`, else NULL ("held in Gaza
 * since October 7" does not date the holding; "by Friday" is a deadline).  The list must be in text order (as the stage
 * makes it); O(log n).  The pointer lives as long as the list. */
const dyad_time_expr *dyad_time_for_span(const dyad_time_list *list, const dyad_doc *doc,
                                         dyad_span clause);

/* Append the DESIGN "times" array to b:
 * [{"text":"last Friday","span":[s,e],"value":"2024-01-26","granularity":
 * "day","anchor":"document","role":"at","future":false}, ...]; "value" is
 * null when unresolved; "anchor" is "document" or the [start,end] span of
 * the expression it was counted from. */
void dyad_time_emit_json(const dyad_time_list *list, const dyad_doc *doc, dyad_buf *b);

/* dyad_date_parse (dateparse.c), also setting *year_read when the year
 * came from the text rather than year_hint: one parse with a hint tells
 * what a parse without one (year_hint 0, which fails unless the text
 * names a year) and a parse with it would. */
size_t dyad_date_parse_year(const char *s, size_t len, int year_hint, char iso[11], bool *year_read);

/* Calendar helpers (resolve.c), exposed for tests.  Days are counted from
 * 1970-01-01 (day 0); weekday 1 = Monday .. 7 = Sunday. */
long dyad_time_days(int y, int m, int d);
void dyad_time_civil(long days, int *y, int *m, int *d);
int dyad_time_weekday(long days);

#endif
