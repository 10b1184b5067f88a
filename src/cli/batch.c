/* batch.c — common options and the batch runner.
 *
 * Threads: the main thread reads inputs and hands documents to workers
 * through a bounded ring of slots; results are written in input order as
 * soon as the oldest slot is done.  The ring bounds memory whatever the
 * corpus size.  With --threads 1 everything runs inline. */
#include "cli.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int cli_slurp(const char *path, char **data, size_t *len)
{
    int fd = strcmp(path, "-") == 0 ? STDIN_FILENO : open(path, O_RDONLY);
    if (fd < 0)
        return -1;
    struct stat st;
    size_t cap = 1 << 16;
    bool have_st = fstat(fd, &st) == 0;
    if (have_st && S_ISDIR(st.st_mode)) {
        close(fd);
        errno = EISDIR;
        return -1;
    }
    if (have_st && S_ISREG(st.st_mode) && st.st_size > 0)
        cap = (size_t)st.st_size + 1;
    char *buf = malloc(cap);
    size_t n = 0;
    if (!buf)
        goto fail;
    for (;;) {
        if (n == cap) {
            size_t nc = cap * 2;
            char *nb = realloc(buf, nc);
            if (!nb)
                goto fail;
            buf = nb;
            cap = nc;
        }
        ssize_t r = read(fd, buf + n, cap - n);
        if (r < 0) {
            if (errno == EINTR)
                continue;
            goto fail;
        }
        if (r == 0)
            break;
        n += (size_t)r;
    }
    if (fd != STDIN_FILENO)
        close(fd);
    *data = buf;
    *len = n;
    return 0;
fail : {
    int e = errno;
    free(buf);
    if (fd != STDIN_FILENO)
        close(fd);
    errno = e ? e : ENOMEM;
    return -1;
}
}

static int usage_error(const cli_opts *o, const char *fmt, const char *arg)
{
    fprintf(stderr, "dyad %s: ", o->cmd);
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "; see 'dyad %s --help'\n", o->cmd);
    return EXIT_USAGE;
}

int cli_parse(cli_opts *o, int argc, char **argv, int first, void (*usage)(void))
{
    o->threads = o->threads ? o->threads : 1;
    o->files = calloc((size_t)argc + 1, sizeof *o->files);
    o->dicts = calloc((size_t)argc + 1, sizeof *o->dicts);
    if (!o->files || !o->dicts)
        return EXIT_USAGE;
    bool only_files = false;
    for (int i = first; i < argc; i++) {
        char *a = argv[i];
        const char *val = NULL;
#define OPT_VALUE(name)                                                                    \
    (strcmp(a, name) == 0 ? (i + 1 < argc ? (val = argv[++i]) : NULL)                       \
                          : (strncmp(a, name "=", sizeof name) == 0 ? (val = a + sizeof name) : NULL))
        if (only_files || a[0] != '-' || strcmp(a, "-") == 0) {
            o->files[o->n_files++] = a;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            only_files = true;
            continue;
        }
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            usage();
            return -1; /* done: help printed */
        }
        if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            o->quiet = true;
            continue;
        }
        if (strcmp(a, "--tokens") == 0) {
            o->tokens = true;
            continue;
        }
        if (strcmp(a, "--no-builtin-dicts") == 0) {
            o->no_builtin = true;
            continue;
        }
        if (OPT_VALUE("--input")) {
            int f = dyad_format_from_name(val);
            if (f < 0)
                return usage_error(o, "unknown input format '%s' (text, html, warc, jsonl, auto)", val);
            o->input = (dyad_format)f;
            continue;
        }
        if (OPT_VALUE("--threads") || OPT_VALUE("-j")) {
            char *end;
            long t = strtol(val, &end, 10);
            if (*end || t < 1 || t > 256)
                return usage_error(o, "--threads needs a number from 1 to 256, not '%s'", val);
            o->threads = (int)t;
            continue;
        }
        if (OPT_VALUE("--date")) {
            if (strlen(val) != 10 || val[4] != '-' || val[7] != '-')
                return usage_error(o, "--date needs YYYY-MM-DD, not '%s'", val);
            o->date = val;
            continue;
        }
        if (OPT_VALUE("--dict")) {
            o->dicts[o->n_dicts++] = val;
            continue;
        }
        if (OPT_VALUE("--format")) {
            int f = dyad_output_from_name(val);
            if (f < 0)
                return usage_error(o, "unknown output format '%s' (json, csv, tsv, petrarch-xml)", val);
            o->format = val;
            o->output = (dyad_output)f;
            continue;
        }
        if (strcmp(a, "--negated") == 0) {
            o->negated = true;
            continue;
        }
#undef OPT_VALUE
        if (val == NULL && (strcmp(a, "--input") == 0 || strcmp(a, "--threads") == 0 ||
                            strcmp(a, "--date") == 0 || strcmp(a, "--dict") == 0 || strcmp(a, "--format") == 0))
            return usage_error(o, "option '%s' needs a value", a);
        return usage_error(o, "unknown option '%s'", a);
    }
    if (o->n_files == 0)
        o->files[o->n_files++] = "-";
    return 0;
}

void cli_opts_free(cli_opts *o)
{
    free(o->files);
    free(o->dicts);
    o->files = NULL;
    o->dicts = NULL;
}

dyad_engine *cli_engine(const cli_opts *o)
{
    dyad_engine_options eo = {0};
    eo.dict_paths = o->dicts;
    eo.n_dict_paths = o->n_dicts;
    eo.no_builtin = o->no_builtin;
    dyad_engine *eng = NULL;
    dyad_status st = dyad_engine_load(&eo, &eng);
    if (st != DYAD_OK) {
        fprintf(stderr, "dyad: cannot load the engine: %s\n", dyad_strerror(st));
        return NULL;
    }
    return eng;
}

/* ------------------------------------------------------------ the runner */

/* A file's bytes, shared by the jobs whose input lies inside them (a text
 * or HTML file, an uncompressed WARC record) instead of copied.  Only the
 * main thread takes and drops references (submit, job_clear), so the
 * count needs no lock; workers only read the bytes. */
typedef struct shared_input {
    char *data;
    size_t len;
    size_t refs;
} shared_input;

static void shared_drop(shared_input *f)
{
    if (f && --f->refs == 0) {
        free(f->data);
        free(f);
    }
}

typedef struct job {
    /* input: owned copies, except `data`, which points into `file` when
     * that is set (and is an owned copy otherwise) */
    char *source, *data, *id, *url, *date, *title, *charset;
    shared_input *file;
    size_t len;
    uint64_t offset;
    unsigned line;
    dyad_format format;
    /* output */
    char *json;
    size_t json_len;
    char *error; /* one stderr line, without "dyad: " and newline */
    char **warnings;
    size_t n_warnings;
    int state; /* 0 free, 1 queued, 2 running, 3 done */
} job;

typedef struct runner {
    /* standard output is gathered here and written in large blocks (one
     * write per document costs a system call each) */
    char *out;
    size_t out_len, out_cap;
    const cli_opts *o;
    const dyad_engine *eng;
    unsigned stages, fields;
    job *ring;
    size_t cap;
    size_t head;     /* next slot to fill (sequence number) */
    size_t next_run; /* next sequence to hand to a worker */
    size_t tail;     /* next sequence to write */
    size_t running;  /* jobs being processed by workers */
    bool writer_waiting;       /* the main thread waits in drain() */
    size_t done_while_waiting; /* jobs finished since it began waiting */
    bool closing;
    pthread_mutex_t mu;
    pthread_cond_t work, done;
    int failed;
} runner;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static void job_clear(job *j)
{
    free(j->source);
    if (j->file)
        shared_drop(j->file);
    else
        free(j->data);
    free(j->id);
    free(j->url);
    free(j->date);
    free(j->title);
    free(j->charset);
    free(j->json);
    free(j->error);
    for (size_t i = 0; i < j->n_warnings; i++)
        free(j->warnings[i]);
    free(j->warnings);
    memset(j, 0, sizeof *j);
}

static void job_process(runner *r, job *j)
{
    dyad_input in = {.source = j->source, .offset = j->offset, .line = j->line, .format = j->format,
                     .data = j->data, .len = j->len, .id = j->id, .url = j->url, .date = j->date,
                     .title = j->title, .charset = j->charset};
    dyad_doc_options dopt = {.date = r->o->date, .keep_negated = r->o->negated};
    dyad_doc *doc = NULL;
    dyad_status st = dyad_doc_read(r->eng, &in, &dopt, &doc);
    if (st == DYAD_OK)
        st = dyad_doc_run(doc, r->stages);
    if (st == DYAD_OK)
        st = dyad_doc_render(doc, r->o->output, r->fields, &j->json, &j->json_len);
    char where[64] = "";
    if (j->line)
        snprintf(where, sizeof where, ":%u", j->line);
    else if (j->offset)
        snprintf(where, sizeof where, "@%llu", (unsigned long long)j->offset);
    if (st != DYAD_OK) {
        const char *msg = doc ? dyad_doc_errmsg(doc) : "";
        size_t n = strlen(j->source) + strlen(where) + strlen(msg) + 64;
        j->error = malloc(n);
        if (j->error)
            snprintf(j->error, n, "%s%s: %s", j->source, where, *msg ? msg : dyad_strerror(st));
    } else if (!r->o->quiet && doc && dyad_doc_warning_count(doc)) {
        size_t nw = dyad_doc_warning_count(doc);
        j->warnings = calloc(nw, sizeof *j->warnings);
        for (size_t i = 0; j->warnings && i < nw; i++) {
            const char *w = dyad_doc_warning(doc, i);
            size_t n = strlen(j->source) + strlen(where) + strlen(w) + 16;
            char *line = malloc(n);
            if (line) {
                snprintf(line, n, "%s%s: warning: %s", j->source, where, w);
                j->warnings[j->n_warnings++] = line;
            }
        }
    }
    dyad_doc_free(doc);
}

/* Write out what standard output has gathered; before anything goes to
 * standard error, so the two streams keep their relative order. */
static void out_flush(runner *r)
{
    if (r->out_len)
        fwrite(r->out, 1, r->out_len, stdout);
    r->out_len = 0;
}

static void out_add(runner *r, const char *s, size_t n)
{
    if (r->out_len + n > r->out_cap)
        out_flush(r);
    if (n > r->out_cap) {
        fwrite(s, 1, n, stdout);
        return;
    }
    memcpy(r->out + r->out_len, s, n);
    r->out_len += n;
}

static void job_write(runner *r, job *j)
{
    if (j->n_warnings || j->error)
        out_flush(r);
    for (size_t i = 0; i < j->n_warnings; i++)
        fprintf(stderr, "dyad: %s\n", j->warnings[i]);
    if (j->error) {
        fprintf(stderr, "dyad: %s\n", j->error);
        r->failed = 1;
    } else if (j->json)
        out_add(r, j->json, j->json_len);
    job_clear(j);
}

static void *worker(void *arg)
{
    runner *r = arg;
    pthread_mutex_lock(&r->mu);
    for (;;) {
        while (r->next_run == r->head && !r->closing)
            pthread_cond_wait(&r->work, &r->mu);
        if (r->next_run == r->head && r->closing)
            break;
        job *j = &r->ring[r->next_run % r->cap];
        r->next_run++;
        r->running++;
        j->state = 2;
        pthread_mutex_unlock(&r->mu);
        job_process(r, j);
        pthread_mutex_lock(&r->mu);
        j->state = 3;
        r->running--;
        /* wake the writer once half the ring is done (or nothing is left
         * to do), not after every document: each wake-up is a context
         * switch on a busy machine */
        r->done_while_waiting++;
        if (r->writer_waiting &&
            (r->done_while_waiting >= r->cap / 2 || (r->running == 0 && r->next_run == r->head)))
            pthread_cond_signal(&r->done);
    }
    pthread_mutex_unlock(&r->mu);
    return NULL;
}

/* Write finished jobs in order; with `all`, wait for every job. */
static void drain(runner *r, bool all)
{
    pthread_mutex_lock(&r->mu);
    for (;;) {
        if (r->tail == r->head)
            break;
        job *j = &r->ring[r->tail % r->cap];
        if (j->state != 3) {
            if (!all && r->head - r->tail < r->cap)
                break;
            r->writer_waiting = true;
            r->done_while_waiting = 0;
            pthread_cond_wait(&r->done, &r->mu);
            r->writer_waiting = false;
            continue;
        }
        pthread_mutex_unlock(&r->mu);
        job_write(r, j);
        pthread_mutex_lock(&r->mu);
        r->tail++;
    }
    pthread_mutex_unlock(&r->mu);
}

static void submit(runner *r, const dyad_input *in, shared_input *file, int nthreads)
{
    if (nthreads > 1) {
        drain(r, false); /* makes room when the ring is full */
    }
    job *j = &r->ring[r->head % r->cap];
    j->source = dup_or_null(in->source);
    if (file && in->data && in->data >= file->data && in->len <= file->len &&
        (size_t)(in->data - file->data) <= file->len - in->len) {
        /* the input lies in the file's bytes: share them */
        j->file = file;
        file->refs++;
        j->data = (char *)in->data;
    } else {
        j->data = malloc(in->len ? in->len : 1);
        if (j->data && in->len)
            memcpy(j->data, in->data, in->len);
    }
    j->len = in->len;
    j->id = dup_or_null(in->id);
    j->url = dup_or_null(in->url);
    j->date = dup_or_null(in->date);
    j->title = dup_or_null(in->title);
    j->charset = dup_or_null(in->charset);
    j->offset = in->offset;
    j->line = in->line;
    j->format = in->format;
    if (!j->data || !j->source) {
        job_clear(j);
        out_flush(r);
        fprintf(stderr, "dyad: %s: out of memory\n", in->source ? in->source : "-");
        r->failed = 1;
        return;
    }
    if (nthreads <= 1) {
        job_process(r, j);
        job_write(r, j);
        return;
    }
    pthread_mutex_lock(&r->mu);
    j->state = 1;
    r->head++;
    pthread_cond_signal(&r->work);
    pthread_mutex_unlock(&r->mu);
}

int cli_run_batch(const cli_opts *o, const dyad_engine *eng, unsigned stages, unsigned fields)
{
    runner r = {.o = o, .eng = eng, .stages = stages, .fields = fields};
    int nthreads = o->threads;
    r.cap = nthreads > 1 ? (size_t)nthreads * 8 : 1;
    r.ring = calloc(r.cap, sizeof *r.ring);
    /* on a terminal each document shows as soon as it is done */
    r.out_cap = isatty(STDOUT_FILENO) ? 0 : (size_t)1 << 20;
    r.out = malloc(r.out_cap ? r.out_cap : 1);
    if (!r.ring || !r.out) {
        free(r.ring);
        free(r.out);
        return EXIT_USAGE;
    }
    const char *header = dyad_output_header(r.o->output);
    out_add(&r, header, strlen(header));
    pthread_t tids[256];
    int started = 0;
    pthread_mutex_init(&r.mu, NULL);
    pthread_cond_init(&r.work, NULL);
    pthread_cond_init(&r.done, NULL);
    if (nthreads > 1)
        for (; started < nthreads; started++)
            if (pthread_create(&tids[started], NULL, worker, &r) != 0)
                break;
    if (nthreads > 1 && started == 0)
        nthreads = 1;
    for (size_t f = 0; f < o->n_files; f++) {
        const char *path = o->files[f];
        char *data = NULL;
        size_t len = 0;
        if (cli_slurp(path, &data, &len) != 0) {
            out_flush(&r);
            fprintf(stderr, "dyad: %s: %s\n", strcmp(path, "-") ? path : "(stdin)", strerror(errno));
            r.failed = 1;
            continue;
        }
        shared_input *file = malloc(sizeof *file);
        dyad_reader *rd = NULL;
        dyad_status st = file ? dyad_reader_open(eng, strcmp(path, "-") ? path : "(stdin)", data, len, o->input, &rd)
                              : DYAD_ERR_NOMEM;
        if (st != DYAD_OK) {
            out_flush(&r);
            fprintf(stderr, "dyad: %s: %s\n", path, dyad_strerror(st));
            free(data);
            free(file);
            r.failed = 1;
            continue;
        }
        *file = (shared_input){data, len, 1}; /* the main thread's reference */
        dyad_input in;
        while ((st = dyad_reader_next(rd, &in)) != DYAD_END) {
            if (st != DYAD_OK) {
                /* a bad record: name it and go on with the next */
                if (nthreads > 1)
                    drain(&r, true); /* keep stderr roughly in input order */
                out_flush(&r);
                const char *src = strcmp(path, "-") ? path : "(stdin)";
                if (dyad_reader_errline(rd))
                    fprintf(stderr, "dyad: %s:%u: %s\n", src, dyad_reader_errline(rd), dyad_reader_errmsg(rd));
                else
                    fprintf(stderr, "dyad: %s@%llu: %s\n", src,
                            (unsigned long long)dyad_reader_erroffset(rd), dyad_reader_errmsg(rd));
                r.failed = 1;
                continue;
            }
            submit(&r, &in, file, nthreads);
        }
        /* jobs own copies of their input or a reference to the file, so
         * the file goes when its last job has been written */
        dyad_reader_free(rd);
        shared_drop(file);
    }
    if (nthreads > 1) {
        drain(&r, true);
        pthread_mutex_lock(&r.mu);
        r.closing = true;
        pthread_cond_broadcast(&r.work);
        pthread_mutex_unlock(&r.mu);
        for (int i = 0; i < started; i++)
            pthread_join(tids[i], NULL);
    }
    const char *footer = dyad_output_footer(r.o->output);
    out_add(&r, footer, strlen(footer));
    out_flush(&r);
    free(r.out);
    pthread_mutex_destroy(&r.mu);
    pthread_cond_destroy(&r.work);
    pthread_cond_destroy(&r.done);
    free(r.ring);
    return r.failed ? EXIT_SOME_FAILED : EXIT_OKAY;
}
