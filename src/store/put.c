/* put.c — store one document from its DESIGN JSON.  The JSON is the
 * contract between the pipeline and the store: every array present
 * (actors, statements, events, mediations, times) goes to its table, the
 * object is kept whole in documents.json, and fields added to the JSON later
 * are kept there without any change here. */
#include "store/store_int.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

sqlite3_stmt *store_stmt(dyad_store *st, enum store_stmt_id id, const char *sql)
{
    if (!st->stmts[id] && sqlite3_prepare_v3(st->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st->stmts[id], NULL) != SQLITE_OK)
        return NULL;
    return st->stmts[id];
}

void store_put_cache_free(dyad_store *st)
{
    for (int i = 0; i < STMT_COUNT; i++) {
        sqlite3_finalize(st->stmts[i]);
        st->stmts[i] = NULL;
    }
}

/* Bind helpers: a JSON value of the wrong type binds NULL, never fails. */
static void bind_str(sqlite3_stmt *s, int i, json_t *v)
{
    if (json_is_string(v))
        sqlite3_bind_text(s, i, json_string_value(v), (int)json_string_length(v), SQLITE_TRANSIENT);
    else
        sqlite3_bind_null(s, i);
}

static void bind_num(sqlite3_stmt *s, int i, json_t *v)
{
    if (json_is_integer(v))
        sqlite3_bind_int64(s, i, (sqlite3_int64)json_integer_value(v));
    else if (json_is_real(v))
        sqlite3_bind_double(s, i, json_real_value(v));
    else
        sqlite3_bind_null(s, i);
}

static void bind_raw(sqlite3_stmt *s, int i, json_t *v)
{
    char *t = v && !json_is_null(v) ? json_dumps(v, JSON_COMPACT | JSON_ENCODE_ANY) : NULL;
    if (t)
        sqlite3_bind_text(s, i, t, -1, free);
    else
        sqlite3_bind_null(s, i);
}

/* A span [start, end) bound as two integers. */
static void bind_span(sqlite3_stmt *s, int i, json_t *v)
{
    json_t *a = json_array_get(v, 0), *b = json_array_get(v, 1);
    bind_num(s, i, json_is_integer(a) ? a : NULL);
    bind_num(s, i + 1, json_is_integer(b) ? b : NULL);
}

static int step_done(sqlite3_stmt *s)
{
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static json_t *find_actor(json_t *actors, json_t *id)
{
    if (!json_is_string(id))
        return NULL;
    size_t i;
    json_t *a;
    json_array_foreach(actors, i, a) {
        json_t *aid = json_object_get(a, "id");
        if (json_is_string(aid) && strcmp(json_string_value(aid), json_string_value(id)) == 0)
            return a;
    }
    return NULL;
}

static int put_actors(dyad_store *st, int64_t doc, json_t *actors)
{
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_ACTOR,
                                 "INSERT INTO actors(doc_id,local_id,name,kind,codes,roles,mentions)"
                                 " VALUES(?1,?2,?3,?4,?5,?6,?7)");
    if (!s)
        return -1;
    size_t i;
    json_t *a;
    json_array_foreach(actors, i, a) {
        if (!json_is_object(a))
            continue;
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, json_object_get(a, "id"));
        bind_str(s, 3, json_object_get(a, "name"));
        bind_str(s, 4, json_object_get(a, "kind"));
        bind_raw(s, 5, json_object_get(a, "codes"));
        bind_raw(s, 6, json_object_get(a, "roles"));
        bind_raw(s, 7, json_object_get(a, "mentions"));
        if (step_done(s))
            return -1;
    }
    return 0;
}

static int put_statements(dyad_store *st, int64_t doc, json_t *list, json_t *actors)
{
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_STATEMENT,
                                 "INSERT INTO statements(doc_id,local_id,kind,text,span_start,span_end,speaker,"
                                 "speaker_name,speaker_codes,speaker_start,speaker_end,cue,addressee,"
                                 "attributed_to,date) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
    if (!s)
        return -1;
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        if (!json_is_object(x))
            continue;
        json_t *speaker = json_object_get(x, "speaker");
        json_t *actor = find_actor(actors, speaker);
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, json_object_get(x, "id"));
        bind_str(s, 3, json_object_get(x, "kind"));
        bind_str(s, 4, json_object_get(x, "text"));
        bind_span(s, 5, json_object_get(x, "span"));
        bind_str(s, 7, speaker);
        json_t *name = actor ? json_object_get(actor, "name") : NULL;
        bind_str(s, 8, json_is_string(name) ? name : json_object_get(x, "speaker_text"));
        json_t *codes = actor ? json_object_get(actor, "codes") : NULL;
        if (json_array_size(codes)) {
            size_t k, n = 0;
            json_t *c;
            char buf[512];
            buf[0] = 0;
            json_array_foreach(codes, k, c) {
                if (json_is_string(c) && n + json_string_length(c) + 2 < sizeof buf)
                    n += (size_t)snprintf(buf + n, sizeof buf - n, "%s%s", n ? " " : "", json_string_value(c));
            }
            sqlite3_bind_text(s, 9, buf, (int)n, SQLITE_TRANSIENT);
        }
        bind_span(s, 10, json_object_get(x, "speaker_span"));
        bind_str(s, 12, json_object_get(x, "cue"));
        bind_str(s, 13, json_object_get(x, "addressee"));
        bind_str(s, 14, json_object_get(x, "attributed_to"));
        bind_str(s, 15, json_object_get(x, "date"));
        if (step_done(s))
            return -1;
    }
    return 0;
}

static int put_events(dyad_store *st, int64_t doc, json_t *list, json_t *doc_date)
{
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_EVENT,
                                 "INSERT INTO events(doc_id,local_id,date,source,target,source_actor,target_actor,"
                                 "source_text,target_text,cameo,root,plover,goldstein,quad,via,confidence,statement,"
                                 "sent_start,sent_end,verb_start,verb_end) VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,"
                                 "?11,?12,?13,?14,?15,?16,?17,?18,?19,?20,?21)");
    if (!s)
        return -1;
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        if (!json_is_object(x))
            continue;
        json_t *date = json_object_get(x, "date");
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, json_object_get(x, "id"));
        bind_str(s, 3, json_is_string(date) ? date : doc_date);
        bind_str(s, 4, json_object_get(x, "source"));
        bind_str(s, 5, json_object_get(x, "target"));
        bind_str(s, 6, json_object_get(x, "source_actor"));
        bind_str(s, 7, json_object_get(x, "target_actor"));
        bind_str(s, 8, json_object_get(x, "source_text"));
        bind_str(s, 9, json_object_get(x, "target_text"));
        bind_str(s, 10, json_object_get(x, "cameo"));
        bind_str(s, 11, json_object_get(x, "root"));
        bind_str(s, 12, json_object_get(x, "plover"));
        bind_num(s, 13, json_object_get(x, "goldstein"));
        bind_num(s, 14, json_object_get(x, "quad"));
        bind_raw(s, 15, json_object_get(x, "via"));
        bind_num(s, 16, json_object_get(x, "confidence"));
        bind_str(s, 17, json_object_get(x, "statement"));
        bind_span(s, 18, json_object_get(x, "sentence"));
        bind_span(s, 20, json_object_get(x, "verb"));
        if (step_done(s))
            return -1;
    }
    return 0;
}

static int put_mediations(dyad_store *st, int64_t doc, json_t *list)
{
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_MEDIATION,
                                 "INSERT INTO mediations(doc_id,principal,counterpart,via,span_start,span_end)"
                                 " VALUES(?1,?2,?3,?4,?5,?6)");
    if (!s)
        return -1;
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        if (!json_is_object(x))
            continue;
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, json_object_get(x, "principal"));
        bind_str(s, 3, json_object_get(x, "counterpart"));
        bind_raw(s, 4, json_object_get(x, "via"));
        bind_span(s, 5, json_object_get(x, "span"));
        if (step_done(s))
            return -1;
    }
    return 0;
}

static int put_times(dyad_store *st, int64_t doc, json_t *list)
{
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_TIME,
                                 "INSERT INTO times(doc_id,text,span_start,span_end,value,granularity,anchor)"
                                 " VALUES(?1,?2,?3,?4,?5,?6,?7)");
    if (!s)
        return -1;
    size_t i;
    json_t *x;
    json_array_foreach(list, i, x) {
        if (!json_is_object(x))
            continue;
        json_t *anchor = json_object_get(x, "anchor");
        sqlite3_bind_int64(s, 1, doc);
        bind_str(s, 2, json_object_get(x, "text"));
        bind_span(s, 3, json_object_get(x, "span"));
        bind_str(s, 5, json_object_get(x, "value"));
        bind_str(s, 6, json_object_get(x, "granularity"));
        if (json_is_string(anchor))
            bind_str(s, 7, anchor);
        else
            bind_raw(s, 7, anchor);
        if (step_done(s))
            return -1;
    }
    return 0;
}

/* The canonical document of a near-duplicate of `sig`, or 0. */
static int64_t find_near_dup(dyad_store *st, const uint32_t *sig, double *similarity)
{
    sqlite3_stmt *f = store_stmt(st, STMT_BAND_FIND,
                                 "SELECT d.minhash, coalesce(d.canonical_id, d.id) FROM minhash_bands b"
                                 " JOIN documents d ON d.id=b.doc_id WHERE b.band=?1 AND b.value=?2"
                                 " ORDER BY b.doc_id LIMIT 64");
    if (!f)
        return 0;
    int64_t best = 0;
    double best_s = 0;
    for (int band = 0; band < STORE_MINHASH_BANDS; band++) {
        sqlite3_bind_int(f, 1, band);
        sqlite3_bind_int64(f, 2, store_minhash_band(sig, band));
        while (sqlite3_step(f) == SQLITE_ROW) {
            if (sqlite3_column_bytes(f, 0) != (int)(STORE_MINHASH_N * sizeof(uint32_t)))
                continue;
            uint32_t other[STORE_MINHASH_N];
            memcpy(other, sqlite3_column_blob(f, 0), sizeof other);
            double sim = store_minhash_similarity(sig, other);
            int64_t canon = sqlite3_column_int64(f, 1);
            if (sim >= STORE_NEAR_DUP_SIMILARITY && (sim > best_s || (sim == best_s && canon < best))) {
                best = canon;
                best_s = sim;
            }
        }
        sqlite3_reset(f);
    }
    *similarity = best ? best_s : 0;
    return best;
}

int store_put(dyad_store *st, const char *hash, const char *json, size_t len, store_put_result *res, char *err,
              size_t errlen)
{
    memset(res, 0, sizeof *res);
    int have = store_has_hash(st, hash);
    if (have < 0) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(st->db));
        return -1;
    }
    if (have) {
        res->duplicate = 1;
        return 0;
    }
    json_error_t jerr;
    json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
    if (!json_is_object(root)) {
        snprintf(err, errlen, "malformed document JSON at byte %d: %s", root ? 0 : jerr.position,
                 root ? "not an object" : jerr.text);
        json_decref(root);
        return -1;
    }
    json_t *text = json_object_get(root, "text");
    const char *tx = json_is_string(text) ? json_string_value(text) : "";
    size_t txlen = json_is_string(text) ? json_string_length(text) : 0;
    uint32_t sig[STORE_MINHASH_N];
    int ok = store_minhash(tx, txlen, sig);
    double sim = 0;
    int64_t canon = ok ? find_near_dup(st, sig, &sim) : 0;

    if (sqlite3_exec(st->db, "SAVEPOINT put", NULL, NULL, NULL) != SQLITE_OK) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(st->db));
        json_decref(root);
        return -1;
    }
    int rc = -1;
    sqlite3_stmt *s = store_stmt(st, STMT_INSERT_DOC,
                                 "INSERT INTO documents(hash,doc_key,source,url,title,author,outlet,dateline,date,"
                                 "lang,n_bytes,minhash,canonical_id,similarity,json)"
                                 " VALUES(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14,?15)");
    if (!s)
        goto done;
    static const char *const meta[] = {"id", "source", "url", "title", "author", "outlet", "dateline", "date", "lang"};
    sqlite3_bind_text(s, 1, hash, -1, SQLITE_TRANSIENT);
    for (int i = 0; i < 9; i++)
        bind_str(s, 2 + i, json_object_get(root, meta[i]));
    sqlite3_bind_int64(s, 11, (sqlite3_int64)txlen);
    if (ok)
        sqlite3_bind_blob(s, 12, sig, sizeof sig, SQLITE_TRANSIENT);
    if (canon) {
        sqlite3_bind_int64(s, 13, canon);
        sqlite3_bind_double(s, 14, sim);
    }
    sqlite3_bind_text(s, 15, json, (int)len, SQLITE_STATIC);
    if (step_done(s))
        goto done;
    int64_t id = sqlite3_last_insert_rowid(st->db);
    if (ok) {
        sqlite3_stmt *b = store_stmt(st, STMT_BAND_INSERT, "INSERT OR IGNORE INTO minhash_bands(band,value,doc_id) VALUES(?1,?2,?3)");
        if (!b)
            goto done;
        for (int band = 0; band < STORE_MINHASH_BANDS; band++) {
            sqlite3_bind_int(b, 1, band);
            sqlite3_bind_int64(b, 2, store_minhash_band(sig, band));
            sqlite3_bind_int64(b, 3, id);
            if (step_done(b))
                goto done;
        }
    }
    json_t *actors = json_object_get(root, "actors");
    if (put_actors(st, id, actors) || put_statements(st, id, json_object_get(root, "statements"), actors) ||
        put_events(st, id, json_object_get(root, "events"), json_object_get(root, "date")) ||
        put_mediations(st, id, json_object_get(root, "mediations")) || put_times(st, id, json_object_get(root, "times")))
        goto done;
    sqlite3_stmt *f = store_stmt(st, STMT_INSERT_FTS, "INSERT INTO docs_fts(rowid,title,body) VALUES(?1,?2,?3)");
    if (!f)
        goto done;
    sqlite3_bind_int64(f, 1, id);
    bind_str(f, 2, json_object_get(root, "title"));
    sqlite3_bind_text(f, 3, tx, (int)txlen, SQLITE_STATIC);
    if (step_done(f))
        goto done;
    res->doc_id = id;
    res->canonical_id = canon;
    res->similarity = sim;
    rc = 0;
done:
    if (rc) {
        snprintf(err, errlen, "database: %s", sqlite3_errmsg(st->db));
        sqlite3_exec(st->db, "ROLLBACK TO put", NULL, NULL, NULL);
    }
    sqlite3_exec(st->db, "RELEASE put", NULL, NULL, NULL);
    json_decref(root);
    return rc;
}
