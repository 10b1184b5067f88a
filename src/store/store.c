/* store.c — open a store, migrate its schema, transactions, content hash.
 *
 * Crash safety: WAL journal, synchronous=NORMAL.  A transaction that
 * COMMIT returned for is in the WAL file; a process killed at any moment
 * (SIGKILL) leaves either the whole transaction or none of it, and the next
 * open recovers the WAL.  Documents are unique by content hash, so
 * re-running an interrupted ingest adds exactly what is missing. */
#include "store/store.h"

#include "store/assets.h"
#include "store/store_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xxhash.h>

static void set_err(char *err, size_t errlen, const char *what, sqlite3 *db)
{
    if (err && errlen)
        snprintf(err, errlen, "%s: %s", what, db ? sqlite3_errmsg(db) : "out of memory");
}

/* The migrations of docs/schema.sql: text after each "-- migration N"
 * line up to the next one. */
static const char *migration_text(int n, size_t *len)
{
    const dyad_asset *a = dyad_asset_find(dyad_schema_assets, "schema.sql");
    if (!a)
        return NULL;
    const char *s = (const char *)a->data, *end = s + a->len;
    char mark[40];
    int ml = snprintf(mark, sizeof mark, "\n-- migration %d\n", n);
    const char *p = strstr(s, mark);
    if (!p)
        return NULL;
    p += ml;
    const char *q = strstr(p, "\n-- migration ");
    *len = (size_t)((q ? q : end) - p);
    return p;
}

int store_schema_version(void)
{
    int n = 0;
    size_t len;
    while (migration_text(n + 1, &len))
        n++;
    return n;
}

static int exec(sqlite3 *db, const char *sql, char *err, size_t errlen)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err && errlen)
            snprintf(err, errlen, "%s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int user_version(sqlite3 *db)
{
    sqlite3_stmt *s;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK) {
        if (sqlite3_step(s) == SQLITE_ROW)
            v = sqlite3_column_int(s, 0);
        sqlite3_finalize(s);
    }
    return v;
}

static int migrate(sqlite3 *db, char *err, size_t errlen)
{
    int target = store_schema_version();
    if (exec(db, "BEGIN IMMEDIATE", err, errlen))
        return -1;
    int v = user_version(db);
    if (v > target) {
        snprintf(err, errlen, "the database has schema version %d, newer than this dyad's %d", v, target);
        exec(db, "ROLLBACK", NULL, 0);
        return -1;
    }
    for (int n = v + 1; n <= target; n++) {
        size_t len;
        const char *text = migration_text(n, &len);
        char *sql = malloc(len + 64);
        if (!sql) {
            exec(db, "ROLLBACK", NULL, 0);
            return -1;
        }
        memcpy(sql, text, len);
        snprintf(sql + len, 64, ";\nPRAGMA user_version=%d;", n);
        int rc = exec(db, sql, err, errlen);
        free(sql);
        if (rc) {
            exec(db, "ROLLBACK", NULL, 0);
            return -1;
        }
    }
    return exec(db, "COMMIT", err, errlen);
}

int store_open(const char *path, int flags, dyad_store **out, char *err, size_t errlen)
{
    *out = NULL;
    dyad_store *st = calloc(1, sizeof *st);
    if (!st) {
        snprintf(err, errlen, "out of memory");
        return -1;
    }
    int oflags = (flags & STORE_READONLY) ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    oflags |= SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(path, &st->db, oflags, NULL) != SQLITE_OK) {
        set_err(err, errlen, path, st->db);
        store_close(st);
        return -1;
    }
    st->readonly = (flags & STORE_READONLY) != 0;
    sqlite3_busy_timeout(st->db, 10000);
    sqlite3_extended_result_codes(st->db, 1);
    if (!st->readonly) {
        if (exec(st->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;", err,
                 errlen) ||
            migrate(st->db, err, errlen)) {
            store_close(st);
            return -1;
        }
    } else {
        int v = user_version(st->db);
        if (v != store_schema_version()) {
            snprintf(err, errlen, "%s: %s (schema version %d, expected %d)", path,
                     v <= 0 ? "not a dyad store" : "run 'dyad ingest' once to migrate it", v,
                     store_schema_version());
            store_close(st);
            return -1;
        }
        exec(st->db, "PRAGMA query_only=1", NULL, 0);
    }
    *out = st;
    return 0;
}

void store_close(dyad_store *st)
{
    if (!st)
        return;
    store_put_cache_free(st);
    sqlite3_close_v2(st->db);
    free(st);
}

sqlite3 *store_db(dyad_store *st) { return st->db; }

int store_begin(dyad_store *st, char *err, size_t errlen) { return exec(st->db, "BEGIN IMMEDIATE", err, errlen); }

int store_commit(dyad_store *st, char *err, size_t errlen) { return exec(st->db, "COMMIT", err, errlen); }

void store_rollback(dyad_store *st)
{
    if (!sqlite3_get_autocommit(st->db))
        exec(st->db, "ROLLBACK", NULL, 0);
}

void store_hash_hex(const void *data, size_t len, char out[33])
{
    XXH128_hash_t h = XXH3_128bits(data, len);
    snprintf(out, 33, "%016llx%016llx", (unsigned long long)h.high64, (unsigned long long)h.low64);
}

int store_has_hash(dyad_store *st, const char *hash)
{
    sqlite3_stmt *s = store_stmt(st, STMT_HAS_HASH, "SELECT 1 FROM documents WHERE hash=?1");
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, hash, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_ROW ? 1 : rc == SQLITE_DONE ? 0 : -1;
}
