/* fuzz_import.c — libFuzzer target: the store's import paths.  The input
 * is stored twice into a fresh in-memory store: as a coded document (JSON,
 * `dyad ingest --coded`), and as a raw article run through the pipeline
 * (read, run, JSON) the way `dyad ingest` does.  Malformed JSON must be an
 * error, never a crash; a stored document must be found again by its
 * hash. */
#include "dyad.h"
#include "store/store.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_IMPORT_ENTRY
#define FUZZ_IMPORT_ENTRY LLVMFuzzerTestOneInput
#endif

static void fuzz_import_put(dyad_store *st, const char *json, size_t len)
{
    char hash[33], err[512];
    store_hash_hex(json, len, hash);
    store_put_result r;
    if (store_begin(st, err, sizeof err))
        return;
    int rc = store_put(st, hash, json, len, &r, err, sizeof err);
    store_commit(st, err, sizeof err);
    if (rc == 0 && !r.duplicate && store_has_hash(st, hash) != 1)
        abort();
}

int FUZZ_IMPORT_ENTRY(const uint8_t *data, size_t size)
{
    if (size > (1u << 20))
        return 0;
    char err[512];
    dyad_store *st = NULL;
    if (store_open(":memory:", 0, &st, err, sizeof err) != 0)
        return 0;
    fuzz_import_put(st, (const char *)data, size);
    dyad_engine *eng = NULL;
    if (dyad_engine_load(NULL, &eng) == DYAD_OK) {
        dyad_reader *rd = NULL;
        if (dyad_reader_open(eng, "fuzz", data, size, DYAD_FORMAT_AUTO, &rd) == DYAD_OK) {
            dyad_input in;
            dyad_status s;
            int n = 0;
            while ((s = dyad_reader_next(rd, &in)) != DYAD_END && n++ < 16) {
                if (s != DYAD_OK)
                    continue;
                dyad_doc *doc = NULL;
                if (dyad_doc_read(eng, &in, NULL, &doc) == DYAD_OK && dyad_doc_run(doc, DYAD_STAGE_ALL) == DYAD_OK) {
                    char *json = NULL;
                    size_t len = 0;
                    if (dyad_doc_json(doc, DYAD_JSON_ALL, &json, &len) == DYAD_OK) {
                        fuzz_import_put(st, json, len);
                        free(json);
                    }
                }
                dyad_doc_free(doc);
            }
            dyad_reader_free(rd);
        }
        dyad_engine_free(eng);
    }
    store_close(st);
    return 0;
}
