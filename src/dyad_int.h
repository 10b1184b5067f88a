/* dyad_int.h — the map of dyad's internals (like sqliteInt.h): the engine and
 * document structures every stage shares, and the entry point of each stage,
 * grouped by the folder that defines it, in the order of the flow:
 *
 *   ingest → clean → segment → mentions → entities → statements/events → time
 *   → emit
 *
 * Naming: dyad_ public (include/dyad.h), dyad_<stage>_ across files, static
 * otherwise.  Stages read earlier stages' results from the document and add
 * their own; nothing calls backwards. */
#ifndef DYAD_INT_H
#define DYAD_INT_H

#include "../include/dyad.h"
#include "core/arena.h"
#include "core/buf.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* ------------------------------------------------------------- core/engine */

/* One boilerplate rule (data/boilerplate.txt). */
typedef enum bp_where { BP_ANY, BP_START, BP_EXACT } bp_where;
typedef struct dyad_bp_rule {
    char *why;      /* "copyright", "tipline", "related", "credit", ... */
    bp_where where; /* contains / paragraph starts with / whole paragraph */
    char *needle;   /* lower-cased (ASCII) UTF-8 phrase */
    size_t len;
    size_t max_para; /* only paragraphs up to this many bytes (0: 400) */
} dyad_bp_rule;

/* A set of strings for quick membership tests (abbreviations, cities...).
 * Open addressing over FNV-1a hashes; immutable after build. */
typedef struct dyad_strset {
    char **keys;
    size_t cap, n;
} dyad_strset;

/* Classes of function words (data/function-words.txt). */
enum {
    DYAD_FW_DET = 1 << 0,
    DYAD_FW_PRON = 1 << 1,
    DYAD_FW_AUX = 1 << 2,
    DYAD_FW_ADV = 1 << 3,
    DYAD_FW_PREP = 1 << 4,
    DYAD_FW_CONJ = 1 << 5,
    DYAD_FW_SUB = 1 << 6,
    DYAD_FW_TIME = 1 << 7,
    DYAD_FW_EXPL = 1 << 8
};
/* The DYAD_FW_* classes of the lower-case word w (0 when none). */
int dyad_fword(const dyad_engine *eng, const char *w, size_t n);

/* A map from strings to ints (indexes into a table kept elsewhere).
 * Open addressing; immutable after the engine is built. */
typedef struct dyad_strmap {
    const char **keys;
    size_t *lens;
    int *vals;
    size_t cap, n;
} dyad_strmap;
/* Insert or replace; the key is copied into the arena. -1 on OOM. */
int dyad_strmap_put(dyad_strmap *m, dyad_arena *a, const char *key, size_t len, int val);
/* The value for key, or -1 when absent. */
int dyad_strmap_get(const dyad_strmap *m, const char *key, size_t len);

struct dyad_engine {
    dyad_arena *arena; /* every loaded object lives here */
    dyad_bp_rule *bp_rules;
    size_t n_bp_rules;
    dyad_strset abbrev;       /* as written, without final period: "Mr", "U.S" */
    dyad_strset abbrev_final; /* abbreviations that may end a sentence: "U.S" */
    dyad_strset starters;     /* words that begin sentences after "U.S.": "the" */
    dyad_strset cities;       /* dateline places, lower-case */
    dyad_strset outlets;      /* news agencies in datelines: "ap", "reuters" */
    dyad_strset stopwords;    /* "en:the", "fr:le": language guessing */
    dyad_diag_fn diag;
    void *diag_ctx;
    /* later stages add their loaded dictionaries here */
    struct dyad_lexicon *lexicon;
    struct dyad_cues *cues; /* reporting verbs (statements/cues.c) */
    dyad_strmap fwords;     /* function word → DYAD_FW_* bits */
    struct dyad_time_words *time_words; /* data/time.txt (src/time/words.c) */
    struct dyad_codebook *codebook; /* CAMEO codes (src/events/codebook.c) */
    dyad_strmap country_by_code; /* "EGY" → index of the lexicon's country entry */
};

/* Report a diagnostic "FILE:LINE: message" through the engine's callback. */
void dyad_engine_diag(const dyad_engine *eng, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Built-in data files compiled into the binary (data/ → build/data_blob.c). */
typedef struct dyad_blob {
    const char *name; /* "boilerplate.txt" */
    const unsigned char *data;
    size_t len;
} dyad_blob;
extern const dyad_blob dyad_builtin_data[]; /* ends with a {NULL} entry */
const dyad_blob *dyad_builtin_find(const char *name);

/* Iterate over the lines of a data file, skipping blank lines and '#'
 * comments; returns the next line (trimmed, NOT NUL-terminated) or NULL. */
typedef struct dyad_lines {
    const char *p, *end;
    unsigned lineno;
} dyad_lines;
const char *dyad_lines_next(dyad_lines *it, size_t *len);

int dyad_strset_add(dyad_strset *s, dyad_arena *a, const char *key, size_t len);
bool dyad_strset_has(const dyad_strset *s, const char *key, size_t len);



/* ----------------------------------------------------------- ingest (raw) */
/* What a format decoder produces: metadata and paragraphs of raw (not yet
 * normalised) text.  The builder then normalises, cleans and segments. */
typedef struct dyad_raw_para {
    const char *text; /* arena or input memory; not NUL-terminated */
    size_t len;
    int kind;        /* dyad_para_kind, or -1: let clean decide */
    const char *why; /* boilerplate reason when kind is BOILERPLATE */
} dyad_raw_para;

typedef struct dyad_raw_doc {
    dyad_arena *arena; /* the document's arena */
    const dyad_engine *eng;
    /* metadata; NULL when unknown.  date is ISO (YYYY-MM-DD or longer). */
    const char *id, *url, *title, *author, *outlet, *dateline, *date, *lang;
    dyad_raw_para *paras;
    size_t n_paras, cap_paras;
    /* text from which a missing year can be guessed (caption dates...) */
    int year_hint;
} dyad_raw_doc;

/* Append a paragraph (text is referenced, not copied). -1 on OOM. */
int dyad_raw_add(dyad_raw_doc *raw, const char *text, size_t len, int kind,
                 const char *why);

/* Decoders: fill `raw` from one input.  Return DYAD_OK or an error with a
 * message written into *err (arena string). */
dyad_status dyad_ingest_text(dyad_raw_doc *raw, const char *data, size_t len,
                             const char **err);
dyad_status dyad_ingest_html(dyad_raw_doc *raw, const char *data, size_t len,
                             const char *charset, const char **err);

/* ---------------------------------------------------------------- document */
typedef struct dyad_warning_list {
    char **items;
    size_t n, cap;
} dyad_warning_list;

struct dyad_doc {
    dyad_arena *arena;
    const dyad_engine *eng;
    const char *source, *id, *url, *title, *author, *outlet, *dateline, *date,
        *lang;
    uint64_t offset; /* of the record in its source */
    unsigned line;
    char *text;
    size_t text_len;
    dyad_paragraph *paras;
    size_t n_paras;
    dyad_sentence *sents;
    size_t n_sents;
    dyad_token *toks;
    size_t n_toks;
    dyad_warning_list warnings;
    const char *errmsg;
    unsigned stages_done;
    /* later stages hang their results here */
    struct dyad_analysis *analysis;
};

/* Add a warning (printf-style) to the document. */
void dyad_doc_warn(dyad_doc *doc, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* ------------------------------------------------------------------- text */
/* Normalise `len` bytes of raw UTF-8 into `out` (appending): NFC, invalid
 * bytes → U+FFFD (one warning per paragraph naming the first offset, counted
 * from `base`), CR/CRLF → LF, spaces → ' ', zero-width removed, runs of
 * spaces and tabs collapsed, lines trimmed.  `keep_newlines`: single
 * newlines survive (plain text), else they become spaces (HTML). */
int dyad_text_normalise(dyad_buf *out, const char *s, size_t len,
                        bool keep_newlines, dyad_doc *warn_doc,
                        uint64_t base);

/* Decode one UTF-8 code point at s (len > 0).  Returns the code point, or
 * -1 for an invalid sequence; *n is set to the bytes consumed (1 for an
 * invalid byte). */
int32_t dyad_utf8_decode(const unsigned char *s, size_t len, size_t *n);
/* Encode cp into out (4 bytes room); returns the length. */
size_t dyad_utf8_encode(uint32_t cp, char *out);

/* Segment the document's paragraphs into sentences and tokens. */
dyad_status dyad_segment(dyad_doc *doc);

/* Lower-case (ASCII; ’ → ') the text of token i into buf, NUL-terminated;
 * returns the length, 0 when it does not fit (src/text/token.c). */
size_t dyad_tok_lower(const dyad_doc *doc, uint32_t i, char *buf, size_t cap);

/* Is the code point a letter / upper-case letter (Unicode, via utf8proc)? */
bool dyad_is_letter(int32_t cp);
bool dyad_is_upper(int32_t cp);

/* ------------------------------------------------------------ ingest/clean */
/* Mark boilerplate, photo credits and repeated captions among the
 * document's paragraphs. */
dyad_status dyad_clean(dyad_doc *doc);

/* -------------------------------------------------------------- time/date */
/* Parse a written date ("January 31, 2024", "Jan. 31", "2024.01.31",
 * "2024-01-31T10:00Z", "31 January 2024", "Wed, 31 Jan 2024 ...") found at
 * the start of s.  Missing year → year_hint (0: fail).  On success returns
 * the bytes consumed and writes "YYYY-MM-DD" into iso[11]; 0 when no date. */
size_t dyad_date_parse(const char *s, size_t len, int year_hint, char iso[11]);
/* Find the first date anywhere in s; returns its offset or -1. */
long dyad_date_find(const char *s, size_t len, int year_hint, char iso[11],
                    size_t *date_len);
/* 1..12 for an English month name or abbreviation at s (case-insensitive),
 * setting *n to its length (with a trailing '.'); 0 if none. */
int dyad_month_from_name(const char *s, size_t len, size_t *n);

/* ------------------------------------------------------------- analysis */
/* Results of the analysis stages, allocated in the document's arena when
 * dyad_doc_run() runs them (src/core/doc.c). */
typedef struct dyad_analysis {
    struct dyad_actor_list *actors;
    struct dyad_statement_list *statements;
    struct dyad_event_list *events; /* src/events/events.h */
    struct dyad_time_list *times;
} dyad_analysis;

/* ------------------------------------------------------------------- emit */
dyad_status dyad_emit_json(const dyad_doc *doc, unsigned fields, dyad_buf *out);
/* Append "[start,end]". */
void dyad_emit_span(dyad_buf *b, dyad_span s);

#endif
