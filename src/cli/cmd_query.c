/* cmd_query.c — `dyad query DB WHAT [OPTIONS]`: who said what about whom,
 * events, event counts per dyad and period, mediations, one document.  An
 * aligned table on a terminal, JSON lines otherwise, or --format csv. */
#include "cli.h"
#include "store/query.h"
#include "store/store.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void query_usage(void)
{
    printf("NAME\n"
           "    dyad query - query a corpus made by 'dyad ingest'\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad query DB said --by ACTOR [--about ACTOR] [--from DATE --to DATE]\n"
           "    dyad query DB events [--source A] [--target A] [--cameo CODE|--plover CAT]\n"
           "                         [--from DATE] [--to DATE]\n"
           "    dyad query DB dyads --by day|week|month [--source A] [--target A] ...\n"
           "    dyad query DB mediations [--from DATE] [--to DATE]\n"
           "    dyad query DB search [--q WORDS] [--from DATE] [--to DATE]\n"
           "    dyad query DB doc ID\n"
           "\n"
           "DESCRIPTION\n"
           "    said: statements by a speaker (name substring or actor code prefix),\n"
           "    optionally about another actor.  events: one row per event (same day,\n"
           "    source, target and CAMEO code) with every document and URL reporting it.\n"
           "    dyads: event counts and Goldstein sums per dyad and period.  Near-\n"
           "    duplicate documents are never counted twice.  doc: the stored JSON of a\n"
           "    document (row number, content hash or the document's id).\n"
           "\n"
           "OPTIONS\n"
           "    --format table|jsonl|csv|json   default: table on a terminal, else jsonl\n"
           "    --limit N (default 100, at most 10000)   --offset N\n"
           "    --help           this text\n"
           "\n"
           "EXIT STATUS\n"
           "    0 results written (possibly none), 1 document not found, 2 usage or\n"
           "    database error\n");
}

int cmd_query(int argc, char **argv)
{
    for (int i = 2; i < argc; i++)
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            query_usage();
            return EXIT_OKAY;
        }
    if (argc < 4) {
        fprintf(stderr, "dyad query: needs DB and what to query; see 'dyad query --help'\n");
        return EXIT_USAGE;
    }
    const char *db = argv[2], *what = argv[3];
    static const struct { const char *name; query_kind kind; } kinds[] = {
        {"said", QUERY_SAID}, {"events", QUERY_EVENTS}, {"dyads", QUERY_DYADS},
        {"mediations", QUERY_MEDIATIONS}, {"search", QUERY_SEARCH}};
    int kind = -1;
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        if (!strcmp(what, kinds[i].name))
            kind = (int)kinds[i].kind;
    int is_doc = !strcmp(what, "doc");
    if (kind < 0 && !is_doc) {
        fprintf(stderr, "dyad query: unknown query '%s' (said, events, dyads, mediations, search, doc)\n", what);
        return EXIT_USAGE;
    }
    query_params p;
    query_params_init(&p);
    const char *format = NULL, *doc_id = NULL;
    char err[512];
    for (int i = 4; i < argc; i++) {
        const char *a = argv[i];
        if (is_doc && !doc_id && a[0] != '-') {
            doc_id = a;
            continue;
        }
        if (strncmp(a, "--", 2) != 0) {
            fprintf(stderr, "dyad query: unexpected argument '%s'; see 'dyad query --help'\n", a);
            return EXIT_USAGE;
        }
        const char *name = a + 2, *eq = strchr(name, '=');
        char key[32];
        size_t kl = eq ? (size_t)(eq - name) : strlen(name);
        if (kl >= sizeof key) {
            fprintf(stderr, "dyad query: unknown option '%s'\n", a);
            return EXIT_USAGE;
        }
        memcpy(key, name, kl);
        key[kl] = 0;
        const char *val = eq ? eq + 1 : (i + 1 < argc ? argv[++i] : NULL);
        if (!val) {
            fprintf(stderr, "dyad query: option '%s' needs a value\n", a);
            return EXIT_USAGE;
        }
        if (!strcmp(key, "format")) {
            format = val;
            continue;
        }
        if (query_param_set(&p, key, val, strlen(val), err, sizeof err)) {
            fprintf(stderr, "dyad query: %s\n", err);
            return EXIT_USAGE;
        }
    }
    query_format fmt = isatty(STDOUT_FILENO) ? QF_TABLE : QF_JSONL;
    if (format) {
        if (!strcmp(format, "table"))
            fmt = QF_TABLE;
        else if (!strcmp(format, "jsonl"))
            fmt = QF_JSONL;
        else if (!strcmp(format, "csv"))
            fmt = QF_CSV;
        else if (!strcmp(format, "json"))
            fmt = QF_JSON_ARRAY;
        else {
            fprintf(stderr, "dyad query: unknown format '%s' (table, jsonl, csv, json)\n", format);
            return EXIT_USAGE;
        }
    }
    if (is_doc && !doc_id) {
        fprintf(stderr, "dyad query: doc needs an ID\n");
        return EXIT_USAGE;
    }
    if (!is_doc && query_params_check((query_kind)kind, &p, err, sizeof err)) {
        fprintf(stderr, "dyad query: %s\n", err);
        return EXIT_USAGE;
    }
    dyad_store *st = NULL;
    if (store_open(db, STORE_READONLY, &st, err, sizeof err)) {
        fprintf(stderr, "dyad query: %s\n", err);
        return EXIT_USAGE;
    }
    dyad_buf out;
    dyad_buf_init(&out);
    int rc = EXIT_OKAY;
    if (is_doc) {
        int found = query_document(store_db(st), doc_id, &out, err, sizeof err);
        if (found < 0) {
            fprintf(stderr, "dyad query: %s\n", err);
            rc = EXIT_USAGE;
        } else if (!found) {
            fprintf(stderr, "dyad query: no document '%s'\n", doc_id);
            rc = EXIT_SOME_FAILED;
        }
    } else {
        sqlite3_stmt *s = query_prepare(store_db(st), (query_kind)kind, &p, err, sizeof err);
        if (!s || query_write(s, fmt, &out, err, sizeof err) < 0) {
            fprintf(stderr, "dyad query: %s\n", err);
            rc = EXIT_USAGE;
        }
        sqlite3_finalize(s);
        if (fmt == QF_JSON_ARRAY)
            dyad_buf_addc(&out, '\n');
    }
    if (out.failed) {
        fprintf(stderr, "dyad query: out of memory\n");
        rc = EXIT_USAGE;
    } else if (out.len)
        fwrite(out.data, 1, out.len, stdout);
    dyad_buf_free(&out);
    store_close(st);
    return rc;
}
