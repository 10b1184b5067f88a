/* fuzz_query.c — libFuzzer target: the HTTP query-string parsing of
 * `dyad serve` and the queries it drives.  The input is split at its first
 * newline into a path ("/api/events") and a raw query string; both go
 * through serve_route's parsing (query_params_parse) and, when valid, run
 * against a small in-memory store.  Must never crash, leak or accept a
 * value that is not checked. */
#include "store/query.h"
#include "store/store.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifndef FUZZ_QUERY_ENTRY
#define FUZZ_QUERY_ENTRY LLVMFuzzerTestOneInput
#endif

static const char fuzz_query_doc[] =
    "{\"id\":\"f1\",\"title\":\"Fuzz <b>title</b>\",\"date\":\"2024-02-01\",\"text\":\"Officials met in the "
    "capital on Monday to talk about the border and trade and aid and the ports.\",\"statements\":[{\"id\":\"s1\","
    "\"kind\":\"direct\",\"text\":\"We talk\",\"span\":[0,9],\"speaker_text\":\"Officials\"}],\"events\":[{\"id\":"
    "\"e1\",\"date\":\"2024-02-01\",\"source\":\"USAGOV\",\"target\":\"QATGOV\",\"cameo\":\"040\",\"plover\":"
    "\"CONSULT\",\"goldstein\":1.0}],\"mediations\":[{\"principal\":\"USA\",\"counterpart\":\"HMS\",\"via\":[\"QAT\"]}]}";

int FUZZ_QUERY_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 8192)
        return 0;
    const char *nl = memchr(data, '\n', size);
    size_t plen = nl ? (size_t)(nl - (const char *)data) : 0;
    const char *qs = nl ? nl + 1 : (const char *)data;
    size_t qlen = size - (nl ? plen + 1 : 0);
    query_params p;
    query_params_init(&p);
    char err[512];
    if (query_params_parse(qs, qlen, &p, err, sizeof err) != 0)
        return 0;
    /* every accepted value is NUL-terminated and within bounds */
    if (strlen(p.q) >= QUERY_VALUE_MAX || strlen(p.by) >= QUERY_VALUE_MAX || p.limit < 1 ||
        p.limit > QUERY_LIMIT_MAX || p.offset < 0)
        abort();
    static const query_kind kinds[] = {QUERY_SAID, QUERY_EVENTS, QUERY_DYADS, QUERY_MEDIATIONS, QUERY_SEARCH};
    query_kind k = kinds[plen % 5];
    dyad_store *st = NULL;
    if (store_open(":memory:", 0, &st, err, sizeof err) != 0)
        return 0;
    store_put_result r;
    store_begin(st, err, sizeof err);
    store_put(st, "00000000000000000000000000000001", fuzz_query_doc, sizeof fuzz_query_doc - 1, &r, err, sizeof err);
    store_commit(st, err, sizeof err);
    sqlite3_stmt *s = query_prepare(store_db(st), k, &p, err, sizeof err);
    if (s) {
        dyad_buf out;
        dyad_buf_init(&out);
        query_write(s, (query_format)(plen % 4), &out, err, sizeof err);
        dyad_buf_free(&out);
        sqlite3_finalize(s);
    }
    if (nl && plen < 100) {
        char id[101];
        memcpy(id, data, plen);
        id[plen] = 0;
        if (strlen(id) == plen) {
            dyad_buf out;
            dyad_buf_init(&out);
            query_document(store_db(st), id, &out, err, sizeof err);
            dyad_buf_free(&out);
        }
    }
    store_close(st);
    return 0;
}
