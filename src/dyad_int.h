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
 * Open addressing over FNV-1a hashes; immutable after build.  Each slot
 * keeps its key's hash and length so a probe compares bytes only on a
 * likely hit, and an optional 32-bit value (dyad_strset_or_value). */
typedef struct dyad_strset {
    char **keys;
    uint64_t *hashes; /* hash of keys[i] (valid where keys[i]) */
    uint32_t *lens;   /* strlen(keys[i]) */
    uint32_t *vals;   /* values, 0 unless set */
    size_t cap, n;
} dyad_strset;

/* The boilerplate rules indexed for one pass over a paragraph (built once
 * at load by dyad_clean_prepare), each list in ascending rule (file) order.
 * "any" phrases of 4 bytes or more: every phrase is at least quad_step + 3
 * bytes long, so each occurrence holds one of the positions 0, quad_step,
 * 2 quad_step ... of the paragraph within its first quad_step bytes; the
 * four bytes at each such offset of each phrase are hashed, and a
 * paragraph is probed at those positions only (a q-gram filter).  List
 * entries are rule << 8 | offset.  "start" and "exact" phrases by their
 * first byte. */
enum { DYAD_BP_QUAD_BITS = 12 };
typedef struct dyad_bp_index {
    uint32_t *any_by_quad[1 << DYAD_BP_QUAD_BITS];
    uint32_t n_any_by_quad[1 << DYAD_BP_QUAD_BITS];
    uint64_t quad_used[(1 << DYAD_BP_QUAD_BITS) / 64]; /* bit h: n_any_by_quad[h] > 0 */
    size_t quad_step;                                   /* 1..64 */
    uint32_t *short_any; /* "any" phrases shorter than 4 bytes */
    uint32_t n_short_any;
    uint32_t *fixed_by_byte[256]; /* "start"/"exact" by first byte */
    uint32_t n_fixed_by_byte[256];
    uint32_t *fixed_empty; /* "start"/"exact" with an empty phrase */
    uint32_t n_fixed_empty;
    size_t max_para; /* no rule applies to a longer paragraph */
} dyad_bp_index;

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
    DYAD_FW_EXPL = 1 << 8,
    DYAD_FW_CLPREP = 1 << 9, /* a preposition that may open a clause: "after" */
    DYAD_FW_POSS = 1 << 10   /* a possessive determiner: "its", "their" */
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
    dyad_strset stopword_langs; /* "the" → bit l for each language l of
                                   lang.c's list having it (dyad_lang_prepare) */
    uint32_t stopword_shape[256]; /* bit n set: some word of stopword_langs
                                     has n < 32 bytes and starts with the byte */
    /* the words of stopword_langs of 1 to 8 bytes, each packed into a
     * uint64_t (byte k in bits 8k..8k+7, zero-padded): open addressing,
     * key 0 is an empty slot, at most a sixth full; stopword8_langs[j] is
     * the value of stopword_langs for slot j's word (0 for empty slots) */
    uint64_t *stopword8_keys;
    uint16_t *stopword8_langs;
    size_t stopword8_mask;
    dyad_bp_index bp_index;   /* bp_rules indexed (dyad_clean_prepare) */
    dyad_diag_fn diag;
    void *diag_ctx;
    /* later stages add their loaded dictionaries here */
    struct dyad_lexicon *lexicon;
    struct dyad_cues *cues; /* reporting verbs (statements/cues.c) */
    dyad_strmap statement_words; /* data/statement-words.txt: word → a bit
                                    per class (statements/words.c) */
    /* the lexicon holding the cues' first words as word tags
     * (dyad_cues_tag), NULL: none; the cue test reads it inline */
    const struct dyad_lexicon *cue_tags_in;
    dyad_strmap fwords;     /* function word → DYAD_FW_* bits */
    struct dyad_time_words *time_words; /* data/time.txt (src/time/words.c) */
    const struct html_words *html_words; /* data/html.txt (src/ingest/html_words.c) */
    struct dyad_codebook *codebook; /* CAMEO codes (src/events/codebook.c) */
    dyad_strmap country_by_code; /* "EGY" → index of the lexicon's country entry */
    /* person entries by the last word of their name ("Bush" → the latest
     * loaded; surname_next[i]: the one before, -1 at the end), for bare
     * shared surnames (actors/surnames.c) */
    dyad_strmap person_by_surname;
    int *surname_next;
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
/* Add key (if new) and OR `bits` into its value.  0, or -1 on OOM. */
int dyad_strset_or_value(dyad_strset *s, dyad_arena *a, const char *key, size_t len, uint32_t bits);
/* The value of key (0 when absent or never set). */
uint32_t dyad_strset_value(const dyad_strset *s, const char *key, size_t len);



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
/* Load data/html.txt into eng->html_words once. 0, or -1 on OOM. */
int dyad_html_prepare(dyad_engine *eng);
/* Wire datelines ("OSLO (Reuters) —") and bylines ("By Jane Doe") at the
 * head of a decoded page's body become dateline paragraphs, filling the
 * dateline, outlet and author when the page did not give them (text.c). */
dyad_status dyad_ingest_metalines(dyad_raw_doc *raw);

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
    bool keep_negated; /* keep negated events (flagged): --negated */
    uint16_t *tok_fw;  /* DYAD_FW_* classes per token, 0xffff: not yet known */
    void *verb_keys;   /* the verb pattern matcher's keys per token, made on
                          first use (src/lexicon/patterns.c) */
    void *lex_ids;     /* the lexicon's word ids per token, made on first
                          use (src/lexicon/match.c) */
    uint32_t *tok_tags; /* the engine lexicon's word tags per token, made on
                           first use (dyad_lexicon_doc_tags) */
    uint32_t *sent_tags; /* per sentence, the tags of its tokens OR-ed, made
                            on first use (dyad_lexicon_sentence_tags) */
    /* later stages hang their results here */
    struct dyad_analysis *analysis;
    /* coder settings for the events stage (src/eval/tabari_options.h),
     * set by the caller between dyad_doc_read and dyad_doc_run (the peers'
     * suites); NULL: dyad's defaults.  Not owned. */
    const struct dyad_code_options *code_opts;
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

/* Is token i the word w (lower case, as dyad_tok_lower would write the
 * token)?  Compared in place, no copy (src/text/token.c). */
bool dyad_tok_is(const dyad_doc *doc, uint32_t i, const char *w);

/* The index of the first token starting at or after byte offset `off`
 * (n_toks when none): a binary search, tokens being in text order
 * (src/text/token.c). */
uint32_t dyad_tok_first_at(const dyad_doc *doc, uint32_t off);

/* The DYAD_FW_* classes of token i, computed once per token and cached in
 * the document (src/text/token.c). */
int dyad_tok_fword(dyad_doc *doc, uint32_t i);

/* Is the code point a letter / upper-case letter (Unicode, via utf8proc)? */
bool dyad_is_letter(int32_t cp);
bool dyad_is_upper(int32_t cp);

/* ------------------------------------------------------------ ingest/clean */
/* Mark boilerplate, photo credits and repeated captions among the
 * document's paragraphs. */
dyad_status dyad_clean(dyad_doc *doc);
/* Build eng->bp_index from eng->bp_rules (once, at load).  0, or -1 on OOM. */
int dyad_clean_prepare(dyad_engine *eng);

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
/* A stable id for a document without one: a hash of its text. */
uint64_t dyad_doc_hash(const dyad_doc *doc);
/* Append "[start,end]". */
void dyad_emit_span(dyad_buf *b, dyad_span s);

#endif
