/* store_int.h — the store handle and its cache of prepared statements,
 * shared by the files of src/store/. */
#ifndef DYAD_STORE_INT_H
#define DYAD_STORE_INT_H

#include "store/store.h"

enum store_stmt_id {
    STMT_HAS_HASH,
    STMT_INSERT_DOC,
    STMT_BAND_FIND,
    STMT_BAND_INSERT,
    STMT_SET_CANONICAL,
    STMT_INSERT_ACTOR,
    STMT_INSERT_STATEMENT,
    STMT_INSERT_EVENT,
    STMT_INSERT_MEDIATION,
    STMT_INSERT_TIME,
    STMT_INSERT_FTS,
    STMT_SIMHASH_OF,
    STMT_COUNT
};

struct dyad_store {
    sqlite3 *db;
    int readonly;
    sqlite3_stmt *stmts[STMT_COUNT];
};

/* The cached statement `id`, prepared from `sql` on first use; NULL on a
 * database error.  Reset by the caller after use. */
sqlite3_stmt *store_stmt(dyad_store *st, enum store_stmt_id id, const char *sql);

/* Finalize the cached statements. */
void store_put_cache_free(dyad_store *st);

#endif
