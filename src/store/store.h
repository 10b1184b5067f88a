/* store.h — the SQLite corpus store: open and migrate (docs/schema.sql),
 * add a document from its DESIGN JSON with content-hash dedup and
 * near-duplicate linking, and the parametrised queries shared by
 * `dyad query` and `dyad serve`.
 *
 * A store handle wraps one sqlite3 connection and belongs to one thread at
 * a time.  Errors are returned as -1 with a one-line message in the
 * caller's buffer. */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include <sqlite3.h>
#include <stddef.h>
#include <stdint.h>

typedef struct dyad_store dyad_store;

enum { STORE_READONLY = 1 };

/* Open (creating when writable and absent) the store at `path`, set WAL and
 * apply the pending migrations.  A read-only store must already exist and be
 * at the current schema version.  Returns 0 with *out set, or -1 with
 * `err` filled and *out NULL. */
int store_open(const char *path, int flags, dyad_store **out, char *err, size_t errlen);

/* Close and free; accepts NULL. */
void store_close(dyad_store *st);

/* The connection, for queries. */
sqlite3 *store_db(dyad_store *st);

/* The schema version that store_open migrates to. */
int store_schema_version(void);

/* Transactions: one per ingest batch.  0 or -1 (err filled). */
int store_begin(dyad_store *st, char *err, size_t errlen);
int store_commit(dyad_store *st, char *err, size_t errlen);
void store_rollback(dyad_store *st);

/* Content hash of raw input bytes: XXH3-128 as 32 lowercase hex digits. */
void store_hash_hex(const void *data, size_t len, char out[33]);

/* 1 when a document with this content hash is stored, 0 if not, -1 on a
 * database error. */
int store_has_hash(dyad_store *st, const char *hash);

/* MinHash signature of the word 3-shingles of `text` (lower-cased):
 * STORE_MINHASH_N minima.  Returns 0 when the text is too short (under 8
 * shingles) to compare reliably, else 1. */
enum { STORE_MINHASH_N = 64, STORE_MINHASH_BANDS = 16 };
int store_minhash(const char *text, size_t len, uint32_t sig[STORE_MINHASH_N]);

/* Estimated Jaccard similarity of two signatures: the share of equal minima. */
double store_minhash_similarity(const uint32_t *a, const uint32_t *b);

/* Hash of band `band` (0..STORE_MINHASH_BANDS-1) of a signature: two
 * texts with Jaccard similarity s share some band with probability
 * 1 - (1 - s^4)^16 (0.99 at s = 0.8, 0.07 at s = 0.3). */
int64_t store_minhash_band(const uint32_t sig[STORE_MINHASH_N], int band);

/* Estimated similarity from which a document is a near-duplicate. */
#define STORE_NEAR_DUP_SIMILARITY 0.8

typedef struct store_put_result {
    int64_t doc_id;       /* the new row, or 0 when skipped */
    int duplicate;        /* 1: this hash was already stored (nothing added) */
    int64_t canonical_id; /* near-duplicate of this document, else 0 */
    double similarity;    /* its estimated Jaccard similarity */
} store_put_result;

/* Store one document given its content `hash` and its DESIGN JSON
 * (`json`, `len` bytes: one object).  Fills documents, actors, statements,
 * events, mediations, times and the full-text index from the JSON arrays
 * present (missing arrays are empty), keeps the JSON whole, and links a
 * near-duplicate to its canonical document.  Must run inside a
 * transaction (store_begin).  Returns 0 (see *res; an already stored hash
 * is not an error), or -1 with `err` filled (malformed JSON, database
 * error) — the transaction is then still usable but the caller should
 * roll back if the document was partly written (store_put does this
 * itself with a savepoint). */
int store_put(dyad_store *st, const char *hash, const char *json, size_t len, store_put_result *res,
              char *err, size_t errlen);

#endif
