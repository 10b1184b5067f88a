/* query.h — the corpus queries shared by `dyad query` and `dyad serve`:
 * their parameters (parsed from command-line options or a URL query
 * string, validated the same way), the parametrised SQL, and the output of
 * result rows as JSON lines, CSV, an aligned table or one JSON array. */
#ifndef DYAD_STORE_QUERY_H
#define DYAD_STORE_QUERY_H

#include "core/buf.h"

#include <sqlite3.h>
#include <stddef.h>

typedef enum query_kind {
    QUERY_SAID,
    QUERY_EVENTS,
    QUERY_DYADS,
    QUERY_MEDIATIONS,
    QUERY_SEARCH,
    QUERY_KIND_COUNT
} query_kind;

enum { QUERY_VALUE_MAX = 256, QUERY_LIMIT_MAX = 10000, QUERY_LIMIT_DEFAULT = 100 };

/* Every parameter any query takes; an empty string is "not given". */
typedef struct query_params {
    char by[QUERY_VALUE_MAX];     /* said: speaker; dyads: day|week|month */
    char about[QUERY_VALUE_MAX];  /* said: actor talked about */
    char from[11], to[11];        /* YYYY-MM-DD */
    char source[QUERY_VALUE_MAX], target[QUERY_VALUE_MAX];
    char cameo[8];                /* digits */
    char plover[40];              /* PLOVER category, letters and _ */
    char q[QUERY_VALUE_MAX];      /* search words */
    long limit, offset;
} query_params;

/* Set defaults (limit QUERY_LIMIT_DEFAULT, everything else empty). */
void query_params_init(query_params *p);

/* Set one parameter by name ("by", "about", "from", "to", "source",
 * "target", "cameo", "plover", "q", "limit", "offset") from `val` (`len`
 * bytes, already decoded).  Values are checked: dates YYYY-MM-DD, cameo
 * 2-4 digits, plover [A-Za-z_], limit 1..QUERY_LIMIT_MAX, offset >= 0,
 * text values under QUERY_VALUE_MAX bytes without control characters.
 * Returns 0, or -1 with a message in `err`. */
int query_param_set(query_params *p, const char *name, const char *val, size_t len, char *err, size_t errlen);

/* Parse a URL query string ("a=1&b=x%20y", not NUL-terminated, `len`
 * bytes; '+' is a space, %XX decoded) into `p` (after query_params_init).
 * An unknown or repeated name, a bad escape or a bad value is an error:
 * -1 with a message; 0 on success.  Never reads beyond `len`. */
int query_params_parse(const char *qs, size_t len, query_params *p, char *err, size_t errlen);

/* The checks of each query: said needs `by`, dyads needs `by` in
 * day|week|month, search none.  0 or -1 with a message. */
int query_params_check(query_kind k, const query_params *p, char *err, size_t errlen);

/* Prepare the SQL of query `k` with `p` bound.  Returns the statement
 * (finalize it) or NULL with `err` filled. */
sqlite3_stmt *query_prepare(sqlite3 *db, query_kind k, const query_params *p, char *err, size_t errlen);

/* Output of rows.  A column whose name ends in "_json" holds JSON text: it
 * is embedded as is under the name without the suffix. */
typedef enum query_format { QF_JSONL, QF_CSV, QF_TABLE, QF_JSON_ARRAY } query_format;

/* Step `s` to the end, appending every row to `out` in `fmt`.  Returns the
 * number of rows, or -1 on a database error (message in `err`). */
long query_write(sqlite3_stmt *s, query_format fmt, dyad_buf *out, char *err, size_t errlen);

/* Append `s` (`n` bytes) to `out` as a JSON string literal, escaping
 * quotes, backslashes, control characters and '<', '>', '&' (as \u00XX) so
 * the result is also safe inside HTML. */
void query_json_string(dyad_buf *out, const char *s, size_t n);

/* The stored JSON of document `id` (a row number, a content hash or the
 * document's own "id") wrapped as {"doc_id":N,"canonical_id":M|null,
 * "duplicates":[...],"document":{...}}.  Returns 1 found, 0 not found,
 * -1 error. */
int query_document(sqlite3 *db, const char *id, dyad_buf *out, char *err, size_t errlen);

#endif
