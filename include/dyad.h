/*
 * dyad.h — the public C API of dyad, a news-to-events engine.
 *
 * Introduction
 * ============
 * dyad reads news articles (plain text, HTML, WARC archives, JSON lines) and
 * writes down who said and did what to whom, when, and through whom: the
 * quotations with their speakers and the CAMEO/PLOVER-coded political events
 * between actors, each with the byte spans of its evidence.
 *
 * Two objects carry everything:
 *   - dyad_engine: dictionaries and rules, loaded once, immutable afterwards,
 *     shared freely by any number of threads.
 *   - dyad_doc: one article and everything found in it.  All of its memory
 *     comes from one arena and is released by dyad_doc_free().  It belongs to
 *     one thread at a time.
 *
 * Text and spans
 * --------------
 * A document's text is normalised UTF-8 (NFC, invalid bytes replaced by
 * U+FFFD, CRLF/CR to LF, no-break and other spaces to U+0020, zero-width
 * characters removed).  Paragraphs are separated by "\n\n".  Every span is a
 * pair of byte offsets [start, end) into that text.
 *
 * Simple use
 * ----------
 *     dyad_engine *eng;
 *     if (dyad_engine_load(NULL, &eng) != DYAD_OK) ...;
 *     dyad_reader *rd;
 *     dyad_reader_open(eng, "story.html", bytes, len, DYAD_FORMAT_AUTO, &rd);
 *     dyad_input in;
 *     while (dyad_reader_next(rd, &in) != DYAD_END) {
 *         dyad_doc *doc;
 *         if (dyad_doc_read(eng, &in, NULL, &doc) == DYAD_OK) {
 *             dyad_doc_run(doc, DYAD_STAGE_ALL);
 *             char *json; size_t n;
 *             dyad_doc_json(doc, DYAD_JSON_ALL, &json, &n);
 *             fwrite(json, 1, n, stdout); free(json);
 *         }
 *         dyad_doc_free(doc);
 *     }
 *     dyad_reader_free(rd);
 *     dyad_engine_free(eng);
 *
 * Hostile input
 * -------------
 * No input, however malformed (truncated gzip, broken WARC headers, invalid
 * UTF-8, unbalanced quotation marks, a 50 MB line), makes any function here
 * crash, loop, or use memory beyond the documented caps: they return an
 * error status, and the message (with the byte offset or line where known)
 * is kept on the reader or document.
 */
#ifndef DYAD_H
#define DYAD_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/* ---------------------------------------------------------------- version */
#define DYAD_VERSION_MAJOR 0 /* breaking changes */
#define DYAD_VERSION_MINOR 1 /* new API */
#define DYAD_VERSION_RELEASE 0 /* fixes */
#define DYAD_VERSION_NUMBER \
    (DYAD_VERSION_MAJOR * 10000 + DYAD_VERSION_MINOR * 100 + DYAD_VERSION_RELEASE)
#define DYAD_VERSION_STRING "0.1.0"

/* The version of the library actually linked, as DYAD_VERSION_NUMBER. */
int dyad_version_number(void);

/* ----------------------------------------------------------------- errors */
typedef enum dyad_status {
    DYAD_OK = 0,
    DYAD_END = 1,            /* no more items (not an error) */
    DYAD_ERR_NOMEM = -1,     /* an allocation failed or a size cap was hit */
    DYAD_ERR_IO = -2,        /* a file could not be read */
    DYAD_ERR_FORMAT = -3,    /* the input is not what its format says */
    DYAD_ERR_TOOBIG = -4,    /* the input exceeds DYAD_MAX_DOC_BYTES */
    DYAD_ERR_ARG = -5,       /* a NULL or out-of-range argument */
    DYAD_ERR_DICT = -6,      /* a dictionary could not be loaded at all */
    DYAD_ERR_EMPTY = -7      /* the document has no text */
} dyad_status;

/* A static English description of a status; never NULL. */
const char *dyad_strerror(dyad_status s);

/* Largest document, in bytes of normalised text.  Spans are 32-bit. */
#define DYAD_MAX_DOC_BYTES ((size_t)256 << 20)

/* ----------------------------------------------------------------- engine */
typedef struct dyad_engine dyad_engine;

/* Called for each diagnostic while loading (a bad dictionary line):
 * `msg` is one line without newline, "FILE:LINE: message". */
typedef void (*dyad_diag_fn)(void *ctx, const char *msg);

typedef struct dyad_engine_options {
    /* Extra dictionary files or folders, loaded after the built-in data in
     * this order; a later entry with the same key replaces an earlier one.
     * The format is guessed from the name and first lines (dyad, TABARI
     * .actors/.agents/.verbs, PETRARCH/Phoenix). */
    const char *const *dict_paths;
    size_t n_dict_paths;
    /* Skip the dictionaries compiled into the binary (tests, peers' suites). */
    int no_builtin;
    dyad_diag_fn diag;  /* NULL: diagnostics go to stderr prefixed "dyad: " */
    void *diag_ctx;
} dyad_engine_options;

/* Load an engine.  `opt` may be NULL (built-in data only).
 * @return DYAD_OK and *out set, or an error with *out NULL.  Bad lines in a
 * dictionary are reported through `diag` and skipped; only an unreadable
 * file makes the load fail. */
dyad_status dyad_engine_load(const dyad_engine_options *opt, dyad_engine **out);

/* Free an engine; accepts NULL.  No document made with it may be in use. */
void dyad_engine_free(dyad_engine *eng);

/* ----------------------------------------------------------------- reader */
/* A reader splits one input (a file's bytes) into documents: a text or HTML
 * file is one document, a WARC file one per HTML response record, a JSONL
 * file one per line.  Reading is cheap and sequential; the expensive work is
 * dyad_doc_read(), which can run on other threads. */
typedef struct dyad_reader dyad_reader;

typedef enum dyad_format {
    DYAD_FORMAT_AUTO = 0,
    DYAD_FORMAT_TEXT,
    DYAD_FORMAT_HTML,
    DYAD_FORMAT_WARC,
    DYAD_FORMAT_JSONL
} dyad_format;

/* Parse "text", "html", "warc", "jsonl", "auto"; -1 if unknown. */
int dyad_format_from_name(const char *name);
const char *dyad_format_name(dyad_format f);

/* One document's raw input.  The pointers stay valid until the next call of
 * dyad_reader_next() or dyad_reader_free() on the reader that made it. */
typedef struct dyad_input {
    const char *source;  /* file name or URL, for messages and "source" */
    uint64_t offset;     /* byte offset of the record in the file */
    unsigned line;       /* 1-based line (JSONL), 0 when not line-based */
    dyad_format format;  /* DYAD_FORMAT_TEXT or DYAD_FORMAT_HTML */
    const char *data;    /* payload bytes, not NUL-terminated */
    size_t len;
    /* metadata known from the container (NULL when absent) */
    const char *id, *url, *date, *title, *charset;
} dyad_input;

/* Open a reader over `bytes` (which must outlive it).  `source` names the
 * input in messages.  A gzip-compressed input is decompressed first. */
dyad_status dyad_reader_open(const dyad_engine *eng, const char *source,
                             const void *bytes, size_t len, dyad_format fmt,
                             dyad_reader **out);

/* Next document of the input.
 * @return DYAD_OK with *in filled; DYAD_END at the end; or an error for a
 * bad record, after which the reader has skipped it and the next call goes
 * on (a broken JSONL line, a WARC record with a bad header).  A fatal error
 * (truncated gzip stream) is returned once, then DYAD_END.
 * dyad_reader_errmsg() gives "message" and dyad_reader_erroffset() the byte
 * offset / line of the last error. */
dyad_status dyad_reader_next(dyad_reader *rd, dyad_input *in);
const char *dyad_reader_errmsg(const dyad_reader *rd);
uint64_t dyad_reader_erroffset(const dyad_reader *rd);
unsigned dyad_reader_errline(const dyad_reader *rd);
/* Records seen but not turned into documents (non-HTML WARC responses,
 * requests, metadata records). */
size_t dyad_reader_skipped(const dyad_reader *rd);
void dyad_reader_free(dyad_reader *rd);

/* --------------------------------------------------------------- document */
typedef struct dyad_doc dyad_doc;

typedef struct dyad_doc_options {
    const char *date;  /* publication date YYYY-MM-DD when the input has none */
    int force_date;    /* use `date` even when the input has one */
    int keep_negated;  /* keep negated events ("did not attack"), flagged */
} dyad_doc_options;

/* Ingest, clean and segment one input into a document (the "read" stages).
 * @return DYAD_OK with *out set; on error *out may still be a document that
 * holds the message (dyad_doc_errmsg) and must be freed. */
dyad_status dyad_doc_read(const dyad_engine *eng, const dyad_input *in,
                          const dyad_doc_options *opt, dyad_doc **out);

/* The analysis stages, run in flow order by dyad_doc_run. */
enum {
    DYAD_STAGE_ACTORS = 1u << 0,
    DYAD_STAGE_STATEMENTS = 1u << 1,
    DYAD_STAGE_EVENTS = 1u << 2,
    DYAD_STAGE_TIME = 1u << 3,
    DYAD_STAGE_ALL = 0xffu
};
/* Run the stages in `stages` (earlier stages they need are added). */
dyad_status dyad_doc_run(dyad_doc *doc, unsigned stages);

/* Free a document and everything it holds; accepts NULL. */
void dyad_doc_free(dyad_doc *doc);

const char *dyad_doc_errmsg(const dyad_doc *doc);

/* Warnings (invalid UTF-8 at an offset, unbalanced quotation marks...):
 * one line each, no newline. */
size_t dyad_doc_warning_count(const dyad_doc *doc);
const char *dyad_doc_warning(const dyad_doc *doc, size_t i);

/* ------------------------------------------------------- iterate results */
typedef struct dyad_span {
    uint32_t start, end;
} dyad_span;

/* The normalised text every span points into (NUL-terminated). */
const char *dyad_doc_text(const dyad_doc *doc, size_t *len);

typedef enum dyad_meta {
    DYAD_META_ID, DYAD_META_SOURCE, DYAD_META_URL, DYAD_META_TITLE,
    DYAD_META_AUTHOR, DYAD_META_OUTLET, DYAD_META_DATELINE, DYAD_META_DATE,
    DYAD_META_LANG
} dyad_meta;
/* A metadata string, or NULL when unknown. */
const char *dyad_doc_meta(const dyad_doc *doc, dyad_meta which);

typedef enum dyad_para_kind {
    DYAD_PARA_TITLE, DYAD_PARA_DATELINE, DYAD_PARA_BODY, DYAD_PARA_CAPTION,
    DYAD_PARA_BOILERPLATE
} dyad_para_kind;
const char *dyad_para_kind_name(dyad_para_kind k);

typedef struct dyad_paragraph {
    dyad_span span;
    dyad_para_kind kind;
    const char *why; /* for boilerplate: "copyright", "tipline", "related",
                        "credit", "duplicate", ...; else NULL */
} dyad_paragraph;
size_t dyad_doc_paragraph_count(const dyad_doc *doc);
const dyad_paragraph *dyad_doc_paragraph(const dyad_doc *doc, size_t i);

typedef struct dyad_sentence {
    dyad_span span;
    uint32_t para;               /* index of its paragraph */
    uint32_t tok_first, tok_end; /* its tokens: [tok_first, tok_end) */
} dyad_sentence;
size_t dyad_doc_sentence_count(const dyad_doc *doc);
const dyad_sentence *dyad_doc_sentence(const dyad_doc *doc, size_t i);

typedef enum dyad_tok_class {
    DYAD_TOK_WORD, DYAD_TOK_NUMBER, DYAD_TOK_PUNCT, DYAD_TOK_QUOTE_OPEN,
    DYAD_TOK_QUOTE_CLOSE, DYAD_TOK_DASH, DYAD_TOK_APOSTROPHE, DYAD_TOK_SYMBOL
} dyad_tok_class;
const char *dyad_tok_class_name(dyad_tok_class c);

/* Token flags */
enum {
    DYAD_TOKF_CAP = 1u << 0,      /* starts with an upper-case letter */
    DYAD_TOKF_UPPER = 1u << 1,    /* all letters upper case, 2 or more */
    DYAD_TOKF_SPACE_BEFORE = 1u << 2, /* white space precedes it */
    DYAD_TOKF_ABBREV = 1u << 3,   /* an abbreviation with its period (Mr.) */
    DYAD_TOKF_JOINER = 1u << 4,   /* hyphen inside a word: Al-Thani */
    DYAD_TOKF_UNPAIRED = 1u << 5, /* quotation mark without its partner in
                                     the paragraph */
    DYAD_TOKF_SENT_START = 1u << 6 /* first token of its sentence */
};
typedef struct dyad_token {
    dyad_span span;
    uint8_t cls;   /* dyad_tok_class */
    uint8_t flags; /* DYAD_TOKF_* */
    uint16_t quote_depth; /* number of quotations open around the token */
} dyad_token;
size_t dyad_doc_token_count(const dyad_doc *doc);
const dyad_token *dyad_doc_token(const dyad_doc *doc, size_t i);

/* ------------------------------------------------------------------- emit */
enum {
    DYAD_JSON_META = 1u << 0,       /* id, source, title ... lang */
    DYAD_JSON_TEXT = 1u << 1,       /* text */
    DYAD_JSON_PARAGRAPHS = 1u << 2,
    DYAD_JSON_SENTENCES = 1u << 3,
    DYAD_JSON_TOKENS = 1u << 4,     /* not in DYAD_JSON_ALL: large */
    DYAD_JSON_ACTORS = 1u << 5,
    DYAD_JSON_STATEMENTS = 1u << 6,
    DYAD_JSON_EVENTS = 1u << 7,
    DYAD_JSON_TIMES = 1u << 8,
    DYAD_JSON_READ = DYAD_JSON_META | DYAD_JSON_TEXT | DYAD_JSON_PARAGRAPHS |
                     DYAD_JSON_SENTENCES,
    DYAD_JSON_ALL = DYAD_JSON_READ | DYAD_JSON_ACTORS | DYAD_JSON_STATEMENTS |
                    DYAD_JSON_EVENTS | DYAD_JSON_TIMES
};
/* Render the document as one JSON object followed by "\n" (DESIGN's
 * output schema), with the parts selected by `fields`.
 * @return DYAD_OK and a malloc'd buffer in *out (free with free()), or
 * DYAD_ERR_NOMEM. */
dyad_status dyad_doc_json(const dyad_doc *doc, unsigned fields, char **out,
                          size_t *len);

/* Output formats of dyad_doc_render. */
typedef enum dyad_output {
    DYAD_OUT_JSON = 0,     /* one JSON object a document (dyad_doc_json) */
    DYAD_OUT_CSV,          /* one event a row, RFC 4180, named columns */
    DYAD_OUT_TSV,          /* one event a row, GDELT 2.0 event table columns */
    DYAD_OUT_PETRARCH_XML  /* <Sentence> records with <EventCoding> lines */
} dyad_output;

/* Parse "json", "csv", "tsv", "petrarch-xml"; -1 if unknown. */
int dyad_output_from_name(const char *name);

/* What to write once before / after all documents in format f (a header
 * row, an XML root); "" when nothing. */
const char *dyad_output_header(dyad_output f);
const char *dyad_output_footer(dyad_output f);

/* Render a document in format f (JSON: the fields selected; the others:
 * its events).  @return DYAD_OK and a malloc'd buffer in *out (free with
 * free(); may be empty when a document has no events), or DYAD_ERR_NOMEM. */
dyad_status dyad_doc_render(const dyad_doc *doc, dyad_output f, unsigned fields, char **out, size_t *len);

#ifdef __cplusplus
}
#endif
#endif /* DYAD_H */
