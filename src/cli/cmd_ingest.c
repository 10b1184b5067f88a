/* cmd_ingest.c — `dyad ingest DB FILES…|-`: code documents into the SQLite
 * store.  The pipeline runs in-process through the public API (read, run,
 * JSON) and the store consumes that JSON, so whatever the pipeline adds to
 * its output is stored without a change here.
 *
 * Batches: up to --batch documents are coded in parallel (--threads), then
 * written in one transaction.  A document whose input bytes were stored
 * before (content hash) is skipped before any work, so re-running after a
 * crash or a kill only codes what is missing. */
#include "cli.h"
#include "progress.h"
#include "store/store.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static void ingest_usage(void)
{
    printf("NAME\n"
           "    dyad ingest - code documents into a SQLite corpus\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad ingest [OPTIONS] DB [FILE...|-]\n"
           "\n"
           "DESCRIPTION\n"
           "    Runs the whole pipeline on every document and stores documents, actors,\n"
           "    statements, events, mediations and times in DB (created when absent;\n"
           "    schema in docs/schema.sql).  A document already stored (same input bytes)\n"
           "    is skipped, so an interrupted run can simply be run again.  A near-\n"
           "    duplicate of a stored document (the same wire story on another site) is\n"
           "    stored and linked to it, and queries do not count it twice.\n"
           "    On a terminal a progress bar shows documents/s, MB/s, ETA and errors.\n"
           "\n"
           "OPTIONS\n"
           "    --batch N        documents per transaction (default 256)\n"
           "    --coded          the inputs are already coded: JSON lines as written by\n"
           "                     'dyad code' (one document each), stored as they are\n"
           "    --threads N      worker threads (default 1)\n"
           "    --input FMT      text, html, warc, jsonl or auto (default)\n"
           "    --date YYYY-MM-DD  publication date for documents that do not give one\n"
           "    --dict PATH      add a dictionary file (repeatable)\n"
           "    --quiet          no progress bar, warnings or summary\n"
           "    --help           this text\n"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents stored or already there, 1 some failed, 2 usage or\n"
           "    database error\n");
}

typedef struct ingest_job {
    char hash[33];
    char *source, *data, *id, *url, *date, *title, *charset, *where;
    size_t len;
    uint64_t offset;
    unsigned line;
    dyad_format format;
    char *json; /* output */
    size_t json_len;
    char *error;
} ingest_job;

typedef struct ingest_batch {
    const cli_opts *o;
    const dyad_engine *eng;
    ingest_job *jobs;
    size_t n, cap;
    size_t next; /* next job to code, under mu */
    pthread_mutex_t mu;
} ingest_batch;

static char *dupn(const char *s) { return s ? strdup(s) : NULL; }

static void job_free(ingest_job *j)
{
    free(j->source);
    free(j->data);
    free(j->id);
    free(j->url);
    free(j->date);
    free(j->title);
    free(j->charset);
    free(j->where);
    free(j->json);
    free(j->error);
    memset(j, 0, sizeof *j);
}

static void job_code(ingest_batch *b, ingest_job *j)
{
    dyad_input in = {.source = j->source, .offset = j->offset, .line = j->line, .format = j->format,
                     .data = j->data, .len = j->len, .id = j->id, .url = j->url, .date = j->date,
                     .title = j->title, .charset = j->charset};
    dyad_doc_options dopt = {.date = b->o->date};
    dyad_doc *doc = NULL;
    dyad_status st = dyad_doc_read(b->eng, &in, &dopt, &doc);
    if (st == DYAD_OK)
        st = dyad_doc_run(doc, DYAD_STAGE_ALL);
    if (st == DYAD_OK)
        st = dyad_doc_json(doc, DYAD_JSON_ALL, &j->json, &j->json_len);
    if (st != DYAD_OK) {
        const char *msg = doc ? dyad_doc_errmsg(doc) : "";
        j->error = strdup(msg && *msg ? msg : dyad_strerror(st));
    }
    dyad_doc_free(doc);
}

static void *worker(void *arg)
{
    ingest_batch *b = arg;
    for (;;) {
        pthread_mutex_lock(&b->mu);
        size_t i = b->next++;
        pthread_mutex_unlock(&b->mu);
        if (i >= b->n)
            return NULL;
        job_code(b, &b->jobs[i]);
    }
}

typedef struct ingest_counts {
    size_t added, near_dups, skipped, failed;
} ingest_counts;

/* Code the batch in parallel, then store it in one transaction.  Returns 0,
 * or -1 on a database error (the batch is rolled back). */
static int flush(ingest_batch *b, dyad_store *st, ingest_counts *c, progress *pg)
{
    if (b->n == 0)
        return 0;
    b->next = 0;
    int nt = b->o->threads > 1 ? b->o->threads : 1;
    pthread_t tids[256];
    int started = 0;
    if (nt > 1 && b->n > 1)
        for (; started < nt && (size_t)started < b->n; started++)
            if (pthread_create(&tids[started], NULL, worker, b) != 0)
                break;
    worker(b);
    for (int i = 0; i < started; i++)
        pthread_join(tids[i], NULL);
    char err[512];
    int rc = store_begin(st, err, sizeof err);
    for (size_t i = 0; rc == 0 && i < b->n; i++) {
        ingest_job *j = &b->jobs[i];
        if (j->error) {
            progress_clear(pg);
            fprintf(stderr, "dyad: %s%s: %s\n", j->source, j->where, j->error);
            c->failed++;
            pg->errors++;
            continue;
        }
        store_put_result r;
        if (store_put(st, j->hash, j->json, j->json_len, &r, err, sizeof err)) {
            progress_clear(pg);
            fprintf(stderr, "dyad: %s%s: %s\n", j->source, j->where, err);
            c->failed++;
            pg->errors++;
            if (strncmp(err, "database", 8) == 0)
                rc = -1;
            continue;
        }
        if (r.duplicate)
            c->skipped++;
        else {
            c->added++;
            c->near_dups += r.canonical_id != 0;
        }
    }
    if (rc == 0 && store_commit(st, err, sizeof err) != 0)
        rc = -1;
    if (rc) {
        progress_clear(pg);
        fprintf(stderr, "dyad ingest: database error, batch not stored: %s\n", err);
        store_rollback(st);
    }
    for (size_t i = 0; i < b->n; i++)
        job_free(&b->jobs[i]);
    pg->docs += b->n;
    b->n = 0;
    progress_draw(pg, false);
    return rc;
}

/* Store already coded documents: one JSON object a line (`dyad code`
 * output), `batch` lines per transaction.  A bad line is reported as
 * "SOURCE:LINE: message" and skipped.  Returns -1 on a database error. */
static int ingest_coded(dyad_store *st, const char *name, const char *data, size_t len, size_t batch,
                        ingest_counts *c, progress *pg)
{
    char err[512];
    size_t pos = 0, in_tx = 0;
    unsigned line = 0;
    while (pos < len) {
        const char *nl = memchr(data + pos, '\n', len - pos);
        size_t end = nl ? (size_t)(nl - data) : len;
        line++;
        size_t a = pos, z = end;
        pos = end + 1;
        while (a < z && (data[a] == ' ' || data[a] == '\t' || data[a] == '\r'))
            a++;
        while (z > a && (data[z - 1] == ' ' || data[z - 1] == '\t' || data[z - 1] == '\r'))
            z--;
        if (a == z)
            continue;
        if (!in_tx && store_begin(st, err, sizeof err))
            goto dberror;
        in_tx++;
        char hash[33];
        store_hash_hex(data + a, z - a, hash);
        store_put_result r;
        if (store_put(st, hash, data + a, z - a, &r, err, sizeof err)) {
            progress_clear(pg);
            fprintf(stderr, "dyad: %s:%u: %s\n", name, line, err);
            c->failed++;
            pg->errors++;
            if (strncmp(err, "database", 8) == 0)
                goto dberror;
        } else if (r.duplicate)
            c->skipped++;
        else {
            c->added++;
            c->near_dups += r.canonical_id != 0;
        }
        pg->docs++;
        pg->bytes += z - a + 1;
        if (in_tx == batch) {
            if (store_commit(st, err, sizeof err))
                goto dberror;
            in_tx = 0;
        }
        progress_draw(pg, false);
    }
    if (in_tx && store_commit(st, err, sizeof err))
        goto dberror;
    return 0;
dberror:
    progress_clear(pg);
    fprintf(stderr, "dyad ingest: database error, batch not stored: %s\n", err);
    store_rollback(st);
    return -1;
}

/* Move "--batch N" and "--coded" out of argv[0..argc) into *batch; returns the new argc. */
static int take_batch(int argc, char **argv, long *batch, int *bad, int *coded)
{
    int k = 0;
    for (int i = 0; i < argc; i++) {
        const char *v = NULL;
        if (!strcmp(argv[i], "--coded")) {
            *coded = 1;
            continue;
        }
        if (!strcmp(argv[i], "--batch"))
            v = i + 1 < argc ? argv[++i] : "";
        else if (!strncmp(argv[i], "--batch=", 8))
            v = argv[i] + 8;
        if (v) {
            char *end;
            *batch = strtol(v, &end, 10);
            if (!*v || *end || *batch < 1 || *batch > 100000)
                *bad = 1;
            continue;
        }
        argv[k++] = argv[i];
    }
    return k;
}

int cmd_ingest(int argc, char **argv)
{
    long batch = 256;
    int bad = 0;
    char **args = malloc(((size_t)argc + 1) * sizeof *args);
    if (!args)
        return EXIT_USAGE;
    int first_dd = argc;
    for (int i = 0; i < argc; i++)
        if (!strcmp(argv[i], "--")) {
            first_dd = i;
            break;
        }
    memcpy(args, argv, (size_t)argc * sizeof *args);
    int coded = 0;
    int n = take_batch(first_dd, args, &batch, &bad, &coded);
    for (int i = first_dd; i < argc; i++)
        args[n++] = argv[i];
    args[n] = NULL;
    if (bad) {
        fprintf(stderr, "dyad ingest: --batch needs a number from 1 to 100000; see 'dyad ingest --help'\n");
        free(args);
        return EXIT_USAGE;
    }
    cli_opts o = {.cmd = "ingest"};
    int rc = cli_parse(&o, n, args, 2, ingest_usage);
    if (rc) {
        cli_opts_free(&o);
        free(args);
        return rc < 0 ? EXIT_OKAY : rc;
    }
    const char *dbpath = o.files[0];
    if (!strcmp(dbpath, "-")) {
        fprintf(stderr, "dyad ingest: the first argument is the database file; see 'dyad ingest --help'\n");
        cli_opts_free(&o);
        free(args);
        return EXIT_USAGE;
    }
    char **files = o.files + 1;
    size_t nfiles = o.n_files - 1;
    static char *const stdin_only[] = {"-"};
    if (nfiles == 0) {
        files = (char **)stdin_only;
        nfiles = 1;
    }
    char err[512];
    dyad_store *st = NULL;
    if (store_open(dbpath, 0, &st, err, sizeof err)) {
        fprintf(stderr, "dyad ingest: %s\n", err);
        cli_opts_free(&o);
        free(args);
        return EXIT_USAGE;
    }
    dyad_engine *eng = cli_engine(&o);
    if (!eng) {
        store_close(st);
        cli_opts_free(&o);
        free(args);
        return EXIT_USAGE;
    }
    uint64_t total = 0;
    for (size_t f = 0; f < nfiles; f++) {
        struct stat sb;
        if (strcmp(files[f], "-") && stat(files[f], &sb) == 0 && S_ISREG(sb.st_mode))
            total += (uint64_t)sb.st_size;
        else if (strcmp(files[f], "-") == 0) {
            total = 0;
            break;
        }
    }
    progress pg;
    progress_start(&pg, !o.quiet, total);
    ingest_batch b = {.o = &o, .eng = eng, .cap = (size_t)batch};
    b.jobs = calloc(b.cap, sizeof *b.jobs);
    pthread_mutex_init(&b.mu, NULL);
    ingest_counts c = {0};
    int dberr = !b.jobs;
    double t0 = progress_now();
    uint64_t bytes_before = 0;
    for (size_t f = 0; f < nfiles && !dberr; f++) {
        const char *path = files[f];
        const char *name = strcmp(path, "-") ? path : "(stdin)";
        char *data = NULL;
        size_t len = 0;
        if (cli_slurp(path, &data, &len) != 0) {
            progress_clear(&pg);
            fprintf(stderr, "dyad: %s: %s\n", name, strerror(errno));
            c.failed++;
            pg.errors++;
            continue;
        }
        if (coded) {
            if (ingest_coded(st, name, data, len, (size_t)batch, &c, &pg))
                dberr = 1;
            free(data);
            bytes_before += len;
            pg.bytes = bytes_before;
            continue;
        }
        dyad_reader *rd = NULL;
        dyad_status rs = dyad_reader_open(eng, name, data, len, o.input, &rd);
        if (rs != DYAD_OK) {
            progress_clear(&pg);
            fprintf(stderr, "dyad: %s: %s\n", name, dyad_strerror(rs));
            free(data);
            c.failed++;
            pg.errors++;
            continue;
        }
        dyad_input in;
        while (!dberr && (rs = dyad_reader_next(rd, &in)) != DYAD_END) {
            if (rs != DYAD_OK) {
                progress_clear(&pg);
                unsigned line = dyad_reader_errline(rd);
                if (line)
                    fprintf(stderr, "dyad: %s:%u: %s\n", name, line, dyad_reader_errmsg(rd));
                else
                    fprintf(stderr, "dyad: %s@%llu: %s\n", name, (unsigned long long)dyad_reader_erroffset(rd),
                            dyad_reader_errmsg(rd));
                c.failed++;
                pg.errors++;
                continue;
            }
            uint64_t pos = in.offset + in.len;
            pg.bytes = bytes_before + (pos < len ? pos : len);
            ingest_job *j = &b.jobs[b.n];
            store_hash_hex(in.data, in.len, j->hash);
            int have = store_has_hash(st, j->hash);
            for (size_t k = 0; have == 0 && k < b.n; k++)
                have = strcmp(b.jobs[k].hash, j->hash) == 0;
            if (have) {
                c.skipped += have > 0;
                dberr = have < 0;
                pg.docs++;
                progress_draw(&pg, false);
                continue;
            }
            char where[64] = "";
            if (in.line)
                snprintf(where, sizeof where, ":%u", in.line);
            else if (in.offset)
                snprintf(where, sizeof where, "@%llu", (unsigned long long)in.offset);
            j->source = dupn(in.source);
            j->data = malloc(in.len ? in.len : 1);
            if (j->data)
                memcpy(j->data, in.data, in.len);
            j->len = in.len;
            j->id = dupn(in.id);
            j->url = dupn(in.url);
            j->date = dupn(in.date);
            j->title = dupn(in.title);
            j->charset = dupn(in.charset);
            j->where = strdup(where);
            j->offset = in.offset;
            j->line = in.line;
            j->format = in.format;
            if (!j->source || !j->data || !j->where) {
                job_free(j);
                fprintf(stderr, "dyad: %s: out of memory\n", name);
                dberr = 1;
                break;
            }
            b.n++;
            if (b.n == b.cap && flush(&b, st, &c, &pg))
                dberr = 1;
        }
        dyad_reader_free(rd);
        free(data);
        bytes_before += len;
        pg.bytes = bytes_before;
    }
    if (!dberr && flush(&b, st, &c, &pg))
        dberr = 1;
    for (size_t i = 0; i < b.n; i++)
        job_free(&b.jobs[i]);
    progress_finish(&pg);
    double el = progress_now() - t0;
    if (!o.quiet)
        fprintf(stderr,
                "dyad ingest: %zu added (%zu near-duplicates), %zu already stored, %zu failed in %.2f s "
                "(%.1f docs/s, %.2f MB/s)\n",
                c.added, c.near_dups, c.skipped, c.failed, el, el > 0 ? (double)(c.added + c.skipped) / el : 0.0,
                el > 0 ? (double)pg.bytes / el / 1e6 : 0.0);
    pthread_mutex_destroy(&b.mu);
    free(b.jobs);
    dyad_engine_free(eng);
    store_close(st);
    cli_opts_free(&o);
    free(args);
    return dberr ? EXIT_USAGE : c.failed ? EXIT_SOME_FAILED : EXIT_OKAY;
}
