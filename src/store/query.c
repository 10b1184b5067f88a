/* query.c — the SQL of each corpus query and the output of its rows.
 *
 * Counting rules: a near-duplicate (canonical_id set) is not counted again —
 * statements and mediations come from canonical documents only; an event is
 * the group (day, source, target, CAMEO code) over every document reporting
 * it, which keeps the list of those documents and their URLs, and counts its
 * distinct canonical reports. */
#include "store/query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* LIKE pattern: prefix + value with %, _ and \ escaped + suffix. */
static char *like(const char *pre, const char *v, const char *post)
{
    size_t n = strlen(v);
    char *o = malloc(2 * n + strlen(pre) + strlen(post) + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    for (const char *p = pre; *p; p++)
        o[k++] = *p;
    for (size_t i = 0; i < n; i++) {
        if (v[i] == '%' || v[i] == '_' || v[i] == '\\')
            o[k++] = '\\';
        o[k++] = v[i];
    }
    for (const char *p = post; *p; p++)
        o[k++] = *p;
    o[k] = 0;
    return o;
}

static void bind_like(sqlite3_stmt *s, int i, const char *pre, const char *v, const char *post)
{
    if (!v[0]) {
        sqlite3_bind_null(s, i);
        return;
    }
    char *p = like(pre, v, post);
    if (p)
        sqlite3_bind_text(s, i, p, -1, free);
}

static void bind_opt(sqlite3_stmt *s, int i, const char *v)
{
    if (v[0])
        sqlite3_bind_text(s, i, v, -1, SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

/* The words of a search as an FTS5 query: each word quoted (so no user
 * text is FTS syntax), all required, the last one a prefix. */
static char *fts_query(const char *q)
{
    size_t n = strlen(q);
    char *o = malloc(4 * n + 8);
    if (!o)
        return NULL;
    size_t k = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && !((unsigned char)q[i] >= 0x80 || (q[i] >= '0' && q[i] <= '9') ||
                          ((q[i] | 0x20) >= 'a' && (q[i] | 0x20) <= 'z')))
            i++;
        if (i >= n)
            break;
        if (k)
            o[k++] = ' ';
        o[k++] = '"';
        while (i < n && ((unsigned char)q[i] >= 0x80 || (q[i] >= '0' && q[i] <= '9') ||
                         ((q[i] | 0x20) >= 'a' && (q[i] | 0x20) <= 'z')))
            o[k++] = q[i++];
        o[k++] = '"';
        if (i >= n)
            o[k++] = '*';
    }
    o[k] = 0;
    if (!k) {
        free(o);
        return NULL;
    }
    return o;
}

static const char sql_said[] =
    "SELECT d.id AS doc, coalesce(s.date, d.date) AS date, s.speaker_name AS speaker, s.kind, s.cue,"
    " s.text, s.span_start AS start, s.span_end AS end, d.title, coalesce(d.url, d.source) AS url"
    " FROM statements s JOIN documents d ON d.id = s.doc_id"
    " WHERE d.canonical_id IS NULL"
    " AND (s.speaker_name LIKE ?1 ESCAPE '\\' OR (' ' || coalesce(s.speaker_codes, '') || ' ') LIKE ?2 ESCAPE '\\')"
    " AND (?3 IS NULL OR s.text LIKE ?3 ESCAPE '\\' OR s.addressee LIKE ?3 ESCAPE '\\'"
    "      OR EXISTS (SELECT 1 FROM events e WHERE e.doc_id = s.doc_id AND e.statement = s.local_id"
    "                 AND (e.target LIKE ?4 ESCAPE '\\' OR e.target_text LIKE ?3 ESCAPE '\\')))"
    " AND (?5 IS NULL OR coalesce(s.date, d.date) >= ?5) AND (?6 IS NULL OR coalesce(s.date, d.date) <= ?6)"
    " ORDER BY 2, d.id, s.span_start LIMIT ?7 OFFSET ?8";

#define EVENT_FILTER                                                                                    \
    " (?1 IS NULL OR e.source LIKE ?1 ESCAPE '\\' OR e.source_text LIKE ?2 ESCAPE '\\')"                \
    " AND (?3 IS NULL OR e.target LIKE ?3 ESCAPE '\\' OR e.target_text LIKE ?4 ESCAPE '\\')"           \
    " AND (?5 IS NULL OR e.cameo LIKE ?5 ESCAPE '\\') AND (?6 IS NULL OR e.plover = ?6 COLLATE NOCASE)" \
    " AND (?7 IS NULL OR e.date >= ?7) AND (?8 IS NULL OR e.date <= ?8)"

static const char sql_events[] =
    "SELECT e.date, e.source, e.target, e.cameo, max(e.plover) AS plover, max(e.goldstein) AS goldstein,"
    " count(DISTINCT coalesce(d.canonical_id, d.id)) AS reports, count(*) AS mentions,"
    " min(e.source_text) AS source_text, min(e.target_text) AS target_text,"
    " json_group_array(DISTINCT d.id) AS docs_json,"
    " json_group_array(DISTINCT coalesce(d.url, d.source)) AS urls_json"
    " FROM events e JOIN documents d ON d.id = e.doc_id WHERE" EVENT_FILTER
    " GROUP BY e.date, e.source, e.target, e.cameo"
    " ORDER BY e.date, e.source, e.target, e.cameo LIMIT ?9 OFFSET ?10";

static const char sql_dyads[] =
    "WITH ev AS (SELECT e.date AS day, e.source, e.target, e.cameo, max(e.goldstein) AS g"
    "  FROM events e WHERE e.date IS NOT NULL AND" EVENT_FILTER
    "  GROUP BY 1, 2, 3, 4)"
    " SELECT CASE ?11 WHEN 'day' THEN day"
    "  WHEN 'week' THEN date(day, '-' || ((CAST(strftime('%w', day) AS INTEGER) + 6) % 7) || ' days')"
    "  ELSE substr(day, 1, 7) END AS period,"
    " source, target, count(*) AS events, round(coalesce(sum(g), 0), 2) AS goldstein"
    " FROM ev GROUP BY 1, 2, 3 ORDER BY 1, 4 DESC, 2, 3 LIMIT ?9 OFFSET ?10";

static const char sql_mediations[] =
    "SELECT d.id AS doc, d.date, m.principal, m.counterpart, m.via AS via_json, m.span_start AS start,"
    " m.span_end AS end, d.title, coalesce(d.url, d.source) AS url"
    " FROM mediations m JOIN documents d ON d.id = m.doc_id"
    " WHERE d.canonical_id IS NULL AND (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2)"
    " ORDER BY d.date, d.id, m.span_start LIMIT ?3 OFFSET ?4";

#define SEARCH_COLUMNS                                                                                    \
    "SELECT d.id AS doc, d.date, d.title, d.outlet, coalesce(d.url, d.source) AS url,"                    \
    " d.canonical_id AS canonical,"                                                                       \
    " (SELECT count(*) FROM statements x WHERE x.doc_id = d.id) AS statements,"                           \
    " (SELECT count(*) FROM events x WHERE x.doc_id = d.id) AS events"

static const char sql_search_all[] =
    SEARCH_COLUMNS " FROM documents d WHERE (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2)"
                   " ORDER BY d.date DESC, d.id DESC LIMIT ?3 OFFSET ?4";

/* The page of hits is chosen first (rank order, LIMIT), and only its rows
 * get the per-document counts: a word found in every document must not
 * count statements and events for all of them. */
static const char sql_search_fts[] =
    "WITH hits AS (SELECT f.rowid AS id, f.rank AS rank FROM docs_fts f JOIN documents d ON d.id = f.rowid"
    " WHERE docs_fts MATCH ?5 AND (?1 IS NULL OR d.date >= ?1) AND (?2 IS NULL OR d.date <= ?2)"
    " ORDER BY f.rank, f.rowid LIMIT ?3 OFFSET ?4) "
    SEARCH_COLUMNS " FROM hits JOIN documents d ON d.id = hits.id ORDER BY hits.rank, d.id";

sqlite3_stmt *query_prepare(sqlite3 *db, query_kind k, const query_params *p, char *err, size_t errlen)
{
    if (query_params_check(k, p, err, errlen))
        return NULL;
    char *fts = k == QUERY_SEARCH && p->q[0] ? fts_query(p->q) : NULL;
    const char *sql = k == QUERY_SAID ? sql_said
                      : k == QUERY_EVENTS ? sql_events
                      : k == QUERY_DYADS ? sql_dyads
                      : k == QUERY_MEDIATIONS ? sql_mediations
                      : fts ? sql_search_fts : sql_search_all;
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(db));
        free(fts);
        return NULL;
    }
    switch (k) {
    case QUERY_SAID:
        bind_like(s, 1, "%", p->by, "%");
        bind_like(s, 2, "% ", p->by, "%");
        bind_like(s, 3, "%", p->about, "%");
        bind_like(s, 4, "", p->about, "%");
        bind_opt(s, 5, p->from);
        bind_opt(s, 6, p->to);
        sqlite3_bind_int64(s, 7, p->limit);
        sqlite3_bind_int64(s, 8, p->offset);
        break;
    case QUERY_EVENTS:
    case QUERY_DYADS:
        bind_like(s, 1, "", p->source, "%");
        bind_like(s, 2, "%", p->source, "%");
        bind_like(s, 3, "", p->target, "%");
        bind_like(s, 4, "%", p->target, "%");
        bind_like(s, 5, "", p->cameo, "%");
        bind_opt(s, 6, p->plover);
        bind_opt(s, 7, p->from);
        bind_opt(s, 8, p->to);
        sqlite3_bind_int64(s, 9, p->limit);
        sqlite3_bind_int64(s, 10, p->offset);
        if (k == QUERY_DYADS)
            sqlite3_bind_text(s, 11, p->by, -1, SQLITE_TRANSIENT);
        break;
    default:
        bind_opt(s, 1, p->from);
        bind_opt(s, 2, p->to);
        sqlite3_bind_int64(s, 3, p->limit);
        sqlite3_bind_int64(s, 4, p->offset);
        if (fts)
            sqlite3_bind_text(s, 5, fts, -1, free);
        break;
    }
    return s;
}

/* ------------------------------------------------------------- output */

void query_json_string(dyad_buf *out, const char *s, size_t n)
{
    dyad_buf_addc(out, '"');
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&')
            continue;
        dyad_buf_add(out, s + run, i - run);
        run = i + 1;
        if (c == '"')
            dyad_buf_adds(out, "\\\"");
        else if (c == '\\')
            dyad_buf_adds(out, "\\\\");
        else if (c == '\n')
            dyad_buf_adds(out, "\\n");
        else if (c == '\t')
            dyad_buf_adds(out, "\\t");
        else
            dyad_buf_printf(out, "\\u%04x", c);
    }
    dyad_buf_add(out, s + run, n - run);
    dyad_buf_addc(out, '"');
}

static int is_json_col(const char *name, size_t *base)
{
    size_t n = strlen(name);
    *base = n;
    if (n > 5 && strcmp(name + n - 5, "_json") == 0) {
        *base = n - 5;
        return 1;
    }
    return 0;
}

static void json_value(dyad_buf *out, sqlite3_stmt *s, int i, int raw)
{
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_INTEGER:
        dyad_buf_printf(out, "%lld", (long long)sqlite3_column_int64(s, i));
        break;
    case SQLITE_FLOAT:
        dyad_buf_printf(out, "%.15g", sqlite3_column_double(s, i));
        break;
    case SQLITE_NULL:
        dyad_buf_adds(out, "null");
        break;
    default: {
        const char *t = (const char *)sqlite3_column_text(s, i);
        size_t n = (size_t)sqlite3_column_bytes(s, i);
        if (raw)
            dyad_buf_add(out, t, n);
        else
            query_json_string(out, t ? t : "", t ? n : 0);
    }
    }
}

static void json_row(dyad_buf *out, sqlite3_stmt *s)
{
    int nc = sqlite3_column_count(s);
    dyad_buf_addc(out, '{');
    for (int i = 0; i < nc; i++) {
        const char *name = sqlite3_column_name(s, i);
        size_t base;
        int raw = is_json_col(name, &base);
        if (i)
            dyad_buf_addc(out, ',');
        query_json_string(out, name, base);
        dyad_buf_addc(out, ':');
        json_value(out, s, i, raw);
    }
    dyad_buf_addc(out, '}');
}

static void csv_cell(dyad_buf *out, const char *t, size_t n)
{
    int quote = 0;
    for (size_t i = 0; i < n && !quote; i++)
        quote = t[i] == ',' || t[i] == '"' || t[i] == '\n' || t[i] == '\r';
    if (!quote) {
        dyad_buf_add(out, t, n);
        return;
    }
    dyad_buf_addc(out, '"');
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '"')
            dyad_buf_addc(out, '"');
        dyad_buf_addc(out, t[i]);
    }
    dyad_buf_addc(out, '"');
}

/* A cell as display text: NULL is empty, floats short. */
static char *cell_text(sqlite3_stmt *s, int i)
{
    char tmp[64];
    switch (sqlite3_column_type(s, i)) {
    case SQLITE_NULL:
        return strdup("");
    case SQLITE_FLOAT:
        snprintf(tmp, sizeof tmp, "%g", sqlite3_column_double(s, i));
        return strdup(tmp);
    default: {
        const char *t = (const char *)sqlite3_column_text(s, i);
        return strdup(t ? t : "");
    }
    }
}

enum { TABLE_CELL_MAX = 60 };

/* Display width in code points; newlines and tabs become spaces and a
 * cell is cut at TABLE_CELL_MAX code points with "…". */
static size_t table_clean(char *t)
{
    size_t cps = 0, k = 0;
    for (size_t i = 0; t[i]; i++) {
        unsigned char c = (unsigned char)t[i];
        if ((c & 0xc0) != 0x80) {
            /* the ellipsis (3 bytes and the NUL) needs 3 bytes left of
             * the cell's own; a cell only a character or two longer is
             * kept whole */
            if (cps == TABLE_CELL_MAX && strlen(t + i) >= 3) {
                memcpy(t + k, "\xe2\x80\xa6", 4);
                return cps + 1;
            }
            cps++;
        }
        t[k++] = c < 0x20 || c == 0x7f ? ' ' : (char)c;
    }
    t[k] = 0;
    return cps;
}

long query_write(sqlite3_stmt *s, query_format fmt, dyad_buf *out, char *err, size_t errlen)
{
    int nc = sqlite3_column_count(s);
    long rows = 0;
    char **cells = NULL;
    size_t ncells = 0, capcells = 0;
    size_t *width = fmt == QF_TABLE ? calloc((size_t)nc + 1, sizeof *width) : NULL;
    if (fmt == QF_CSV) {
        for (int i = 0; i < nc; i++) {
            size_t base;
            is_json_col(sqlite3_column_name(s, i), &base);
            if (i)
                dyad_buf_addc(out, ',');
            csv_cell(out, sqlite3_column_name(s, i), base);
        }
        dyad_buf_addc(out, '\n');
    }
    if (fmt == QF_JSON_ARRAY)
        dyad_buf_addc(out, '[');
    if (fmt == QF_TABLE) {
        if (!width)
            return -1;
        for (int i = 0; i < nc; i++) {
            size_t base;
            is_json_col(sqlite3_column_name(s, i), &base);
            width[i] = base;
        }
    }
    int rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (fmt == QF_JSONL || fmt == QF_JSON_ARRAY) {
            if (fmt == QF_JSON_ARRAY && rows)
                dyad_buf_addc(out, ',');
            json_row(out, s);
            if (fmt == QF_JSONL)
                dyad_buf_addc(out, '\n');
        } else if (fmt == QF_CSV) {
            for (int i = 0; i < nc; i++) {
                if (i)
                    dyad_buf_addc(out, ',');
                if (sqlite3_column_type(s, i) == SQLITE_FLOAT) {
                    dyad_buf_printf(out, "%.15g", sqlite3_column_double(s, i));
                    continue;
                }
                const char *t = (const char *)sqlite3_column_text(s, i);
                csv_cell(out, t ? t : "", t ? (size_t)sqlite3_column_bytes(s, i) : 0);
            }
            dyad_buf_addc(out, '\n');
        } else {
            if (ncells + (size_t)nc > capcells) {
                size_t nc2 = capcells ? capcells * 2 : 256;
                while (nc2 < ncells + (size_t)nc)
                    nc2 *= 2;
                char **nb = realloc(cells, nc2 * sizeof *nb);
                if (!nb)
                    break;
                cells = nb;
                capcells = nc2;
            }
            for (int i = 0; i < nc; i++) {
                char *t = cell_text(s, i);
                size_t w = t ? table_clean(t) : 0;
                if (w > width[i])
                    width[i] = w;
                cells[ncells++] = t;
            }
        }
        rows++;
    }
    if (fmt == QF_JSON_ARRAY)
        dyad_buf_addc(out, ']');
    if (fmt == QF_TABLE) {
        for (int i = 0; i < nc; i++) {
            size_t base;
            is_json_col(sqlite3_column_name(s, i), &base);
            dyad_buf_add(out, sqlite3_column_name(s, i), base);
            for (size_t k = base; i + 1 < nc && k < width[i] + 2; k++)
                dyad_buf_addc(out, ' ');
        }
        dyad_buf_addc(out, '\n');
        for (size_t r = 0; r + (size_t)nc <= ncells; r += (size_t)nc) {
            for (int i = 0; i < nc; i++) {
                const char *t = cells[r + (size_t)i] ? cells[r + (size_t)i] : "";
                dyad_buf_adds(out, t);
                size_t w = 0;
                for (const char *c = t; *c; c++)
                    w += ((unsigned char)*c & 0xc0) != 0x80;
                for (size_t k = w; i + 1 < nc && k < width[i] + 2; k++)
                    dyad_buf_addc(out, ' ');
            }
            dyad_buf_addc(out, '\n');
        }
        for (size_t i = 0; i < ncells; i++)
            free(cells[i]);
        free(cells);
        free(width);
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(sqlite3_db_handle(s)));
        return -1;
    }
    return rows;
}

int query_document(sqlite3 *db, const char *id, dyad_buf *out, char *err, size_t errlen)
{
    size_t n = strlen(id);
    int digits = n > 0 && n < 19, hex = n == 32;
    for (size_t i = 0; i < n; i++) {
        digits = digits && id[i] >= '0' && id[i] <= '9';
        hex = hex && ((id[i] >= '0' && id[i] <= '9') || (id[i] >= 'a' && id[i] <= 'f'));
    }
    const char *sql = digits ? "SELECT id, canonical_id, similarity, json FROM documents WHERE id = ?1"
                      : hex  ? "SELECT id, canonical_id, similarity, json FROM documents WHERE hash = ?1"
                             : "SELECT id, canonical_id, similarity, json FROM documents WHERE doc_key = ?1 ORDER BY id LIMIT 1";
    sqlite3_stmt *s = NULL, *d = NULL;
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) != SQLITE_OK ||
        sqlite3_prepare_v2(db, "SELECT id FROM documents WHERE canonical_id = ?1 ORDER BY id LIMIT 1000", -1, &d,
                           NULL) != SQLITE_OK) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(db));
        sqlite3_finalize(s);
        return -1;
    }
    if (digits)
        sqlite3_bind_int64(s, 1, strtoll(id, NULL, 10));
    else
        sqlite3_bind_text(s, 1, id, (int)n, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    int found = 0;
    if (rc == SQLITE_ROW) {
        found = 1;
        sqlite3_int64 doc = sqlite3_column_int64(s, 0);
        dyad_buf_printf(out, "{\"doc_id\":%lld,\"canonical_id\":", (long long)doc);
        json_value(out, s, 1, 0);
        dyad_buf_adds(out, ",\"similarity\":");
        json_value(out, s, 2, 0);
        dyad_buf_adds(out, ",\"duplicates\":[");
        sqlite3_bind_int64(d, 1, doc);
        int k = 0;
        while (sqlite3_step(d) == SQLITE_ROW)
            dyad_buf_printf(out, "%s%lld", k++ ? "," : "", (long long)sqlite3_column_int64(d, 0));
        dyad_buf_adds(out, "],\"document\":");
        const char *j = (const char *)sqlite3_column_text(s, 3);
        size_t jl = (size_t)sqlite3_column_bytes(s, 3);
        while (jl && (j[jl - 1] == '\n' || j[jl - 1] == ' '))
            jl--;
        dyad_buf_add(out, j, jl);
        dyad_buf_adds(out, "}\n");
    } else if (rc != SQLITE_DONE) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(db));
        found = -1;
    }
    sqlite3_finalize(s);
    sqlite3_finalize(d);
    return found;
}
