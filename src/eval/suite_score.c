/* suite_score.c — scoring found against expected events for the peers'
 * suites (see suite_score.h for the rules). */
#include "eval/suite_score.h"

#include "dyad_int.h"
#include "events/events.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

void dyad_suite_free(dyad_suite *s)
{
    if (!s)
        return;
    dyad_arena_free(s->arena);
    memset(s, 0, sizeof *s);
}

static bool same_key(const dyad_suite_event *a, const dyad_suite_event *b)
{
    return !strcmp(a->source, b->source) && !strcmp(a->target, b->target) && !strcmp(a->code, b->code);
}

size_t dyad_suite_match(const dyad_suite_event *exp, size_t n_exp, const dyad_suite_event *found,
                        size_t n_found, bool *exp_hit, bool *found_hit)
{
    /* Dated expectations first: an undated one accepts whatever a dated
     * one of the same key would, so this order pairs the most. */
    size_t pairs = 0;
    bool eh_local[64], fh_local[64];
    bool *eh = exp_hit, *fh = found_hit;
    bool *eh_heap = NULL, *fh_heap = NULL;
    if (!eh)
        eh = n_exp <= 64 ? eh_local : (eh_heap = calloc(n_exp, sizeof *eh));
    if (!fh)
        fh = n_found <= 64 ? fh_local : (fh_heap = calloc(n_found, sizeof *fh));
    if ((n_exp && !eh) || (n_found && !fh)) {
        free(eh_heap);
        free(fh_heap);
        return 0;
    }
    memset(eh, 0, n_exp * sizeof *eh);
    memset(fh, 0, n_found * sizeof *fh);
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n_exp; i++) {
            bool dated = exp[i].date[0] != 0;
            if (eh[i] || dated != (pass == 0))
                continue;
            for (size_t j = 0; j < n_found; j++) {
                if (fh[j] || !same_key(&exp[i], &found[j]))
                    continue;
                if (dated && strcmp(exp[i].date, found[j].date) != 0)
                    continue;
                eh[i] = fh[j] = true;
                pairs++;
                break;
            }
        }
    free(eh_heap);
    free(fh_heap);
    return pairs;
}

static void copy_code(char *dst, const char *src)
{
    if (!src || !*src)
        src = "---";
    size_t n = strlen(src);
    if (n >= DYAD_SUITE_CODE_MAX)
        n = DYAD_SUITE_CODE_MAX - 1;
    memcpy(dst, src, n);
    dst[n] = 0;
}

size_t dyad_suite_doc_events(const struct dyad_doc *doc, uint32_t start, uint32_t end, dyad_suite_event *out,
                             size_t cap)
{
    const dyad_event_list *el = doc && doc->analysis ? doc->analysis->events : NULL;
    if (!el)
        return 0;
    size_t n = 0;
    for (size_t i = 0; i < el->n; i++) {
        const dyad_event *e = &el->items[i];
        if (e->flags & DYAD_EVENT_NEGATED)
            continue;
        if (e->sentence.start < start || e->sentence.start >= end)
            continue;
        if (n < cap) {
            dyad_suite_event *s = &out[n];
            copy_code(s->source, e->source);
            copy_code(s->target, e->target);
            copy_code(s->code, e->cameo);
            s->date[0] = 0;
            if (e->date) {
                size_t k = strlen(e->date);
                if (k > 10)
                    k = 10;
                memcpy(s->date, e->date, k);
                s->date[k] = 0;
            }
        }
        n++;
    }
    return n;
}

void dyad_suite_tally_add(dyad_suite_tally *t, size_t n_exp, size_t n_found, size_t matched)
{
    t->expected += (long)n_exp;
    t->found += (long)n_found;
    t->matched += (long)matched;
    t->scored++;
    if (n_exp == 0)
        t->expect_none++;
    if (matched == n_exp && matched == n_found)
        t->right++;
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }

void dyad_suite_print_score(FILE *out, const char *suite, const dyad_suite_tally *t)
{
    double p = ratio(t->matched, t->found), r = ratio(t->matched, t->expected);
    double f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    fprintf(out, "%s: precision=%.3f recall=%.3f f1=%.3f n=%ld\n", suite, p, r, f, t->expected);
}

static void print_event(FILE *out, const char *mark, const dyad_suite_event *e)
{
    fprintf(out, "    %s { %s / %s / %s }%s%s\n", mark, e->source, e->target, e->code, e->date[0] ? " " : "",
            e->date);
}

void dyad_suite_print_failure(FILE *out, const char *file, const dyad_suite_record *r,
                              const dyad_suite_event *exp, size_t n_exp, const bool *exp_hit,
                              const dyad_suite_event *found, size_t n_found, const bool *found_hit)
{
    fprintf(out, "FAIL %s (%s:%u, %s)\n", r->id, file, r->line, r->date);
    fprintf(out, "    text: %.300s%s\n", r->text, strlen(r->text) > 300 ? "…" : "");
    if (!n_exp)
        fprintf(out, "    expected: no event (%s)\n", r->expect_none ? r->expect_none : "none");
    for (size_t i = 0; i < n_exp; i++)
        print_event(out, exp_hit && exp_hit[i] ? "expected, found  " : "expected, MISSING", &exp[i]);
    for (size_t j = 0; j < n_found; j++)
        print_event(out, found_hit && found_hit[j] ? "found, expected  " : "found, EXTRA     ", &found[j]);
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int dyad_suite_date(const char *s, size_t n, bool yyyy, char iso[11])
{
    if (n != (yyyy ? 8u : 6u))
        return -1;
    for (size_t i = 0; i < n; i++)
        if (!isdigit((unsigned char)s[i]))
            return -1;
    int v[8];
    for (size_t i = 0; i < n; i++)
        v[i] = s[i] - '0';
    int y, m, d;
    if (yyyy) {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        m = v[4] * 10 + v[5];
        d = v[6] * 10 + v[7];
    } else {
        y = v[0] * 10 + v[1];
        y += y < 50 ? 2000 : 1900;
        m = v[2] * 10 + v[3];
        d = v[4] * 10 + v[5];
    }
    static const int mdays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > mdays[m - 1] + (m == 2 && leap(y)))
        return -1;
    /* y ≤ 9999: at most four digits */
    iso[0] = (char)('0' + y / 1000);
    iso[1] = (char)('0' + y / 100 % 10);
    iso[2] = (char)('0' + y / 10 % 10);
    iso[3] = (char)('0' + y % 10);
    iso[4] = '-';
    iso[5] = (char)('0' + m / 10);
    iso[6] = (char)('0' + m % 10);
    iso[7] = '-';
    iso[8] = (char)('0' + d / 10);
    iso[9] = (char)('0' + d % 10);
    iso[10] = 0;
    return 0;
}

int dyad_suite_code(const dyad_engine *eng, const dyad_code_options *o, const char *date, const char *const *texts,
                    size_t n, dyad_arena *a, dyad_suite_event **found, size_t *n_found, const char **err)
{
    for (size_t k = 0; k < n; k++) {
        found[k] = NULL;
        n_found[k] = 0;
    }
    *err = NULL;
    if (!n)
        return 0;
    /* normalised first, so that each text can be found again in the
     * document's (normalised) text */
    dyad_buf joined, one;
    dyad_buf_init(&joined);
    dyad_buf_init(&one);
    size_t *len = dyad_arena_array(a, n, sizeof *len);
    char **norm = dyad_arena_array(a, n, sizeof *norm);
    if (!len || !norm) {
        *err = "out of memory";
        return -1;
    }
    for (size_t k = 0; k < n; k++) {
        dyad_buf_reset(&one);
        dyad_text_normalise(&one, texts[k], strlen(texts[k]), false, NULL, 0);
        norm[k] = dyad_arena_strndup(a, one.data ? one.data : "", one.len);
        len[k] = one.len;
        if (!norm[k]) {
            dyad_buf_free(&joined);
            dyad_buf_free(&one);
            *err = "out of memory";
            return -1;
        }
        if (k)
            dyad_buf_addc(&joined, ' ');
        dyad_buf_add(&joined, norm[k], len[k]);
    }
    dyad_buf_free(&one);
    dyad_input in;
    memset(&in, 0, sizeof in);
    in.source = "suite";
    in.format = DYAD_FORMAT_TEXT;
    in.data = joined.data ? joined.data : "";
    in.len = joined.len;
    dyad_doc_options dopt = {.date = date, .force_date = 1};
    dyad_doc *doc = NULL;
    dyad_status st = dyad_doc_read(eng, &in, &dopt, &doc);
    if (st != DYAD_OK) {
        const char *m = doc ? dyad_doc_errmsg(doc) : NULL;
        *err = dyad_arena_strdup(a, m ? m : dyad_strerror(st));
        dyad_doc_free(doc);
        dyad_buf_free(&joined);
        return -1;
    }
    doc->code_opts = o;
    dyad_doc_run(doc, DYAD_STAGE_ALL);
    /* where each text starts in the document */
    uint32_t *start = dyad_arena_array(a, n + 1, sizeof *start);
    int rc = start ? 0 : -1;
    const char *from = doc->text;
    const char *end = doc->text + doc->text_len;
    for (size_t k = 0; rc == 0 && k < n; k++) {
        const char *at = len[k] ? memmem(from, (size_t)(end - from), norm[k], len[k]) : from;
        if (!at) {
            if (n > 1)
                rc = -2;
            at = from;
        }
        start[k] = k ? (uint32_t)(at - doc->text) : 0;
        from = at + (at + len[k] <= end ? len[k] : 0);
    }
    if (rc == 0) {
        start[n] = (uint32_t)doc->text_len + 1;
        for (size_t k = 0; k < n; k++) {
            size_t m = dyad_suite_doc_events(doc, start[k], start[k + 1], NULL, 0);
            if (!m)
                continue;
            found[k] = dyad_arena_array(a, m, sizeof *found[k]);
            if (!found[k]) {
                rc = -1;
                *err = "out of memory";
                break;
            }
            n_found[k] = dyad_suite_doc_events(doc, start[k], start[k + 1], found[k], m);
        }
    } else if (rc == -1)
        *err = "out of memory";
    dyad_doc_free(doc);
    dyad_buf_free(&joined);
    return rc;
}

void dyad_suite_count_diag(void *ctx, const char *msg)
{
    dyad_suite_diag *d = ctx;
    if (d->verbose && d->n < 20)
        fprintf(d->out, "dictionary: %s\n", msg);
    d->n++;
}

char *dyad_suite_slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dyad_buf b;
    dyad_buf_init(&b);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        dyad_buf_add(&b, chunk, k);
    fclose(f);
    if (b.failed) {
        dyad_buf_free(&b);
        return NULL;
    }
    dyad_buf_addc(&b, 0);
    *len = b.len - 1;
    return b.data;
}

int dyad_suite_push(dyad_suite *s, const dyad_suite_record *rec)
{
    if (s->n == s->cap) {
        size_t nc = s->cap ? s->cap * 2 : 64;
        dyad_suite_record *g = dyad_arena_grow(s->arena, s->recs, s->cap, nc, sizeof *g);
        if (!g)
            return -1;
        s->recs = g;
        s->cap = nc;
    }
    s->recs[s->n++] = *rec;
    return 0;
}
