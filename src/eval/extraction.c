/* extraction.c — `dyad eval extraction`: score article extraction against
 * eval/extraction/readability-testpages (50 news pages).  The metric is the
 * one its README defines, so that the baselines' figures in that README are
 * reproduced exactly:
 *
 *   body   tokens are Python's `\w+` runs (letters Lu Ll Lt Lm Lo, numbers
 *          Nd Nl No, '_'; combining marks are not word characters); the
 *          multiset of 4-token shingles of prediction and gold gives tp, fp,
 *          fn per page; page P = tp/(tp+fp), R = tp/(tp+fn) (both 1 when
 *          fp = fn = 0); P is averaged over pages that predicted something,
 *          R over pages whose gold has tokens; F1 = 2PR/(P+R); accuracy is
 *          the share of pages whose token sequence equals the gold's.
 *   meta   title equal after NFKC + case folding + quote/dash/space
 *          normalisation; author as a set of names; date by its first
 *          YYYY-MM-DD.  Counted over pages whose gold field is not null.
 *
 * Predictions come from dyad itself (body = its body paragraphs joined by
 * blank lines) or, with --predictions FILE, from a JSON file in the
 * README's format. */
#include "eval.h"

#include "dyad_int.h"

#include <jansson.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <xxhash.h>

#define SUITE "eval/extraction/readability-testpages"

/* ------------------------------------------------------------- tokens */

/* Python's str \w: alphanumeric (letters, characters with a numeric value)
 * or underscore. */
static bool is_word_cp(int32_t cp)
{
    if (cp == '_')
        return true;
    switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
        return true;
    default:
        return false;
    }
}

typedef struct tokens {
    uint64_t *hash; /* hash of each token */
    size_t n, cap;
} tokens;

static int tokens_push(tokens *t, uint64_t h)
{
    if (t->n == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 256;
        uint64_t *p = realloc(t->hash, cap * sizeof *p);
        if (!p)
            return -1;
        t->hash = p;
        t->cap = cap;
    }
    t->hash[t->n++] = h;
    return 0;
}

/* Split UTF-8 text into \w+ tokens (hashes of their bytes). */
static int tokenize(const char *s, size_t len, tokens *out)
{
    out->n = 0;
    size_t i = 0, start = 0;
    bool in_word = false;
    while (i < len) {
        size_t n;
        int32_t cp = dyad_utf8_decode((const unsigned char *)s + i, len - i, &n);
        bool w = cp >= 0 && is_word_cp(cp);
        if (w && !in_word) {
            start = i;
            in_word = true;
        } else if (!w && in_word) {
            if (tokens_push(out, XXH3_64bits(s + start, i - start)))
                return -1;
            in_word = false;
        }
        i += n;
    }
    if (in_word && tokens_push(out, XXH3_64bits(s + start, len - start)))
        return -1;
    return 0;
}

/* The sorted hashes of the 4-token shingles (one shorter shingle for a text
 * of 1-3 tokens); *n is set to their count.  NULL with *n = 0 when none. */
static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return x < y ? -1 : x > y;
}

static uint64_t *shingles(const tokens *t, size_t *n)
{
    *n = 0;
    if (t->n == 0)
        return NULL;
    size_t k = t->n < 4 ? 1 : t->n - 3;
    uint64_t *sh = malloc(k * sizeof *sh);
    if (!sh)
        return NULL;
    for (size_t i = 0; i < k; i++) {
        size_t w = t->n < 4 ? t->n : 4;
        sh[i] = XXH3_64bits_withSeed(t->hash + i, w * sizeof(uint64_t), w);
    }
    qsort(sh, k, sizeof *sh, cmp_u64);
    *n = k;
    return sh;
}

typedef struct page_score {
    const char *id;
    double tp, fp, fn; /* normalised so that tp + fp + fn = 1 */
    bool exact;        /* same token sequence */
    int title, author, date; /* -1 not scored (gold null), 0 wrong/missing, 1 right */
    bool title_pred, author_pred, date_pred;
} page_score;

/* Body metric of one page. */
static int score_body(const char *pred, const char *gold, page_score *ps)
{
    tokens tp_ = {0}, tg = {0};
    int rc = -1;
    uint64_t *sp = NULL, *sg = NULL;
    if (tokenize(pred, strlen(pred), &tp_) || tokenize(gold, strlen(gold), &tg))
        goto out;
    ps->exact = tp_.n == tg.n && (tp_.n == 0 || memcmp(tp_.hash, tg.hash, tp_.n * sizeof(uint64_t)) == 0);
    size_t np, ng;
    sp = shingles(&tp_, &np);
    sg = shingles(&tg, &ng);
    if ((tp_.n && !sp) || (tg.n && !sg))
        goto out;
    /* multiset intersection over the two sorted arrays */
    size_t i = 0, j = 0, common = 0;
    while (i < np && j < ng) {
        if (sp[i] == sg[j]) {
            common++;
            i++;
            j++;
        } else if (sp[i] < sg[j])
            i++;
        else
            j++;
    }
    double tp = (double)common, fp = (double)(np - common), fn = (double)(ng - common);
    double sum = tp + fp + fn;
    if (sum > 0) {
        tp /= sum;
        fp /= sum;
        fn /= sum;
    }
    ps->tp = tp;
    ps->fp = fp;
    ps->fn = fn;
    rc = 0;
out:
    free(tp_.hash);
    free(tg.hash);
    free(sp);
    free(sg);
    return rc;
}

/* ------------------------------------------------------------ metadata */

/* NFKC, case folding, curly quotes → straight, en/em dash → '-', white
 * space collapsed and trimmed.  Returns a malloc'd string (NULL on OOM). */
static char *meta_norm(const char *s)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)strlen(s), &m,
                                      UTF8PROC_STABLE | UTF8PROC_COMPAT | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
    if (n < 0)
        return strdup(s);
    char *out = malloc((size_t)n + 1);
    if (!out) {
        free(m);
        return NULL;
    }
    size_t o = 0, i = 0;
    bool space = false;
    while (i < (size_t)n) {
        size_t k;
        int32_t cp = dyad_utf8_decode(m + i, (size_t)n - i, &k);
        i += k;
        if (cp == 0x2018 || cp == 0x2019 || cp == 0x201A || cp == 0x201B || cp == 0x2032)
            cp = '\'';
        else if (cp == 0x201C || cp == 0x201D || cp == 0x201E || cp == 0x201F || cp == 0x2033)
            cp = '"';
        else if (cp == 0x2013 || cp == 0x2014)
            cp = '-';
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' ||
            (cp > 0x7F && utf8proc_category(cp) == UTF8PROC_CATEGORY_ZS)) {
            space = o > 0;
            continue;
        }
        if (space)
            out[o++] = ' ';
        space = false;
        if (cp < 0)
            cp = 0xFFFD;
        char enc[4];
        size_t el = dyad_utf8_encode((uint32_t)cp, enc);
        memcpy(out + o, enc, el); /* never longer than the input sequence */
        o += el;
    }
    out[o] = 0;
    free(m);
    return out;
}

static bool title_equal(const char *a, const char *b)
{
    char *x = meta_norm(a), *y = meta_norm(b);
    bool eq = x && y && strcmp(x, y) == 0;
    free(x);
    free(y);
    return eq;
}

/* Split a normalised author string into sorted, de-duplicated names:
 * separators ',', ';', '&' and the word "and"; a leading "by" dropped. */
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static size_t author_names(char *s, char **names, size_t max)
{
    /* turn the word "and" into a separator */
    for (char *p = s; (p = strstr(p, "and")) != NULL; p += 3)
        if ((p == s || p[-1] == ' ') && (p[3] == ' ' || p[3] == 0))
            p[0] = p[1] = p[2] = ',';
    size_t n = 0;
    char *save = NULL;
    for (char *tok = strtok_r(s, ",;&", &save); tok && n < max; tok = strtok_r(NULL, ",;&", &save)) {
        while (*tok == ' ')
            tok++;
        if (strncmp(tok, "by ", 3) == 0)
            tok += 3;
        while (*tok == ' ')
            tok++;
        size_t l = strlen(tok);
        while (l && tok[l - 1] == ' ')
            tok[--l] = 0;
        if (l)
            names[n++] = tok;
    }
    qsort(names, n, sizeof *names, cmp_str);
    size_t u = 0;
    for (size_t i = 0; i < n; i++)
        if (u == 0 || strcmp(names[u - 1], names[i]) != 0)
            names[u++] = names[i];
    return u;
}

static bool author_equal(const char *a, const char *b)
{
    char *x = meta_norm(a), *y = meta_norm(b);
    bool eq = false;
    if (x && y) {
        char *nx[64], *ny[64];
        size_t cx = author_names(x, nx, 64), cy = author_names(y, ny, 64);
        eq = cx == cy && cx > 0;
        for (size_t i = 0; eq && i < cx; i++)
            eq = strcmp(nx[i], ny[i]) == 0;
    }
    free(x);
    free(y);
    return eq;
}

/* The first YYYY-MM-DD in s into out[11]; false when none. */
static bool first_ymd(const char *s, char out[11])
{
    for (size_t i = 0; s[i]; i++) {
        const char *p = s + i;
        bool ok = true;
        for (int k = 0; k < 10 && ok; k++) {
            char c = p[k];
            ok = (k == 4 || k == 7) ? c == '-' : (c >= '0' && c <= '9');
        }
        if (ok) {
            memcpy(out, p, 10);
            out[10] = 0;
            return true;
        }
        if (!p[1])
            break;
    }
    return false;
}

static bool date_equal(const char *a, const char *b)
{
    char x[11], y[11];
    return first_ymd(a, x) && first_ymd(b, y) && strcmp(x, y) == 0;
}

static const char *jstr(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

/* Score one field; gold NULL → -1 (not scored). */
static int score_field(const char *pred, const char *gold, bool (*eq)(const char *, const char *), bool *predicted)
{
    *predicted = false;
    if (!gold)
        return -1;
    if (!pred || !*pred)
        return 0;
    *predicted = true;
    return eq(pred, gold) ? 1 : 0;
}

/* ---------------------------------------------------------- predictions */

typedef struct prediction {
    char *body, *title, *author, *date; /* malloc'd; body never NULL */
} prediction;

static void prediction_free(prediction *p)
{
    free(p->body);
    free(p->title);
    free(p->author);
    free(p->date);
}

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

/* Run dyad on html/<id>.html.gz.  Returns 0, or -1 with a message printed. */
static int predict_with_dyad(const dyad_engine *eng, const char *dir, const char *id, prediction *p, FILE *out)
{
    char path[8400];
    snprintf(path, sizeof path, "%s/html/%s.html.gz", dir, id);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad eval: cannot open %s\n", path);
        return -1;
    }
    dyad_buf file;
    dyad_buf_init(&file);
    char chunk[65536];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
        dyad_buf_add(&file, chunk, k);
    fclose(f);
    if (file.failed) {
        dyad_buf_free(&file);
        return -1;
    }
    dyad_reader *rd = NULL;
    dyad_status st = dyad_reader_open(eng, path, file.data, file.len, DYAD_FORMAT_HTML, &rd);
    dyad_input in;
    dyad_buf body;
    dyad_buf_init(&body);
    if (st == DYAD_OK && dyad_reader_next(rd, &in) == DYAD_OK) {
        dyad_doc *doc = NULL;
        st = dyad_doc_read(eng, &in, NULL, &doc);
        if (st == DYAD_OK) {
            size_t np = dyad_doc_paragraph_count(doc);
            const char *text = dyad_doc_text(doc, NULL);
            for (size_t i = 0; i < np; i++) {
                const dyad_paragraph *para = dyad_doc_paragraph(doc, i);
                if (para->kind != DYAD_PARA_BODY)
                    continue;
                if (body.len)
                    dyad_buf_add(&body, "\n\n", 2);
                dyad_buf_add(&body, text + para->span.start, para->span.end - para->span.start);
            }
            p->title = dup_or_null(dyad_doc_meta(doc, DYAD_META_TITLE));
            p->author = dup_or_null(dyad_doc_meta(doc, DYAD_META_AUTHOR));
            p->date = dup_or_null(dyad_doc_meta(doc, DYAD_META_DATE));
        } else
            fprintf(out, "  %s: %s (%s)\n", id, dyad_strerror(st), doc ? dyad_doc_errmsg(doc) : "");
        dyad_doc_free(doc);
    } else
        fprintf(out, "  %s: cannot read %s\n", id, path);
    dyad_reader_free(rd);
    dyad_buf_free(&file);
    p->body = strdup(body.len ? dyad_buf_cstr(&body) : "");
    dyad_buf_free(&body);
    return p->body ? 0 : -1;
}

static void predict_from_json(json_t *preds, const char *id, prediction *p)
{
    json_t *o = json_object_get(preds, id);
    const char *b = o ? jstr(o, "articleBody") : NULL;
    p->body = strdup(b ? b : "");
    p->title = dup_or_null(o ? jstr(o, "title") : NULL);
    p->author = dup_or_null(o ? jstr(o, "author") : NULL);
    p->date = dup_or_null(o ? jstr(o, "date") : NULL);
}

/* ------------------------------------------------------------ averages */

typedef struct body_means {
    double p, r, f1, acc;
} body_means;

/* Mean P and R over the pages listed in idx[0..n) (indices into ps). */
static body_means body_average(const page_score *ps, const size_t *idx, size_t n)
{
    double sp = 0, sr = 0, sa = 0;
    size_t np = 0, nr = 0;
    for (size_t k = 0; k < n; k++) {
        const page_score *s = &ps[idx[k]];
        if (s->tp + s->fp > 0) {
            sp += s->fp == 0 && s->fn == 0 ? 1.0 : s->tp / (s->tp + s->fp);
            np++;
        }
        if (s->tp + s->fn > 0) {
            sr += s->fp == 0 && s->fn == 0 ? 1.0 : s->tp / (s->tp + s->fn);
            nr++;
        }
        sa += s->exact;
    }
    body_means m = {np ? sp / (double)np : 0, nr ? sr / (double)nr : 0, 0, n ? sa / (double)n : 0};
    m.f1 = m.p + m.r > 0 ? 2 * m.p * m.r / (m.p + m.r) : 0;
    return m;
}

/* Standard deviations of P, R, F1 over 1000 bootstrap resamples (a fixed
 * xorshift seed, so runs repeat). */
static body_means bootstrap_sd(const page_score *ps, size_t n)
{
    body_means sd = {0};
    size_t *idx = malloc((n ? n : 1) * sizeof *idx);
    if (!idx || !n) {
        free(idx);
        return sd;
    }
    enum { ROUNDS = 1000 };
    double s1[3] = {0}, s2[3] = {0};
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (int r = 0; r < ROUNDS; r++) {
        for (size_t i = 0; i < n; i++) {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            idx[i] = (size_t)(x % n);
        }
        body_means m = body_average(ps, idx, n);
        double v[3] = {m.p, m.r, m.f1};
        for (int k = 0; k < 3; k++) {
            s1[k] += v[k];
            s2[k] += v[k] * v[k];
        }
    }
    double var[3];
    for (int k = 0; k < 3; k++) {
        double mean = s1[k] / ROUNDS;
        var[k] = s2[k] / ROUNDS - mean * mean;
        var[k] = var[k] > 0 ? var[k] : 0;
    }
    sd.p = sqrt(var[0]);
    sd.r = sqrt(var[1]);
    sd.f1 = sqrt(var[2]);
    free(idx);
    return sd;
}

/* --------------------------------------------------------------- driver */

static void meta_line(FILE *out, const char *name, const page_score *ps, size_t n, size_t field)
{
    size_t correct = 0, predicted = 0, gold = 0;
    for (size_t i = 0; i < n; i++) {
        int v = field == 0 ? ps[i].title : field == 1 ? ps[i].author : ps[i].date;
        bool pr = field == 0 ? ps[i].title_pred : field == 1 ? ps[i].author_pred : ps[i].date_pred;
        if (v < 0)
            continue;
        gold++;
        predicted += pr;
        correct += v == 1;
    }
    fprintf(out, "%-7s correct/predicted=%zu/%zu (%.3f)  correct/gold=%zu/%zu (%.3f)\n", name, correct, predicted,
            predicted ? (double)correct / (double)predicted : 0.0, correct, gold,
            gold ? (double)correct / (double)gold : 0.0);
}

static const char *mark(int v) { return v < 0 ? "-" : v ? "ok" : "WRONG"; }

int dyad_eval_extraction(const dyad_eval_opts *o)
{
    FILE *out = o->out ? o->out : stdout;
    char dir[4096], path[4200];
    snprintf(dir, sizeof dir, "%s/%s", o->shared ? o->shared : "../shared", SUITE);
    snprintf(path, sizeof path, "%s/ground-truth.json", dir);
    json_error_t jerr;
    json_t *gold = json_load_file(path, 0, &jerr);
    if (!gold || !json_is_object(gold)) {
        fprintf(stderr, "dyad eval: cannot read %s:%d: %s\n", path, jerr.line, jerr.text);
        json_decref(gold);
        return 2;
    }
    json_t *preds = NULL;
    if (o->predictions) {
        json_t *root = json_load_file(o->predictions, 0, &jerr);
        json_t *inner = root ? json_object_get(root, "output") : NULL;
        preds = json_is_object(inner) ? json_incref(inner) : json_incref(root);
        json_decref(root);
        if (!json_is_object(preds)) {
            fprintf(stderr, "dyad eval: cannot read %s:%d: %s\n", o->predictions, jerr.line,
                    preds ? "not a JSON object" : jerr.text);
            json_decref(preds);
            json_decref(gold);
            return 2;
        }
    }
    dyad_engine *eng = NULL;
    if (!preds && dyad_engine_load(NULL, &eng) != DYAD_OK) {
        json_decref(gold);
        return 2;
    }

    /* pages in id order, so the output is stable */
    size_t n = json_object_size(gold), i = 0;
    const char **ids = calloc(n ? n : 1, sizeof *ids);
    page_score *ps = calloc(n ? n : 1, sizeof *ps);
    int rc = 2;
    if (!ids || !ps)
        goto done;
    const char *key;
    json_t *val;
    json_object_foreach(gold, key, val) ids[i++] = key;
    qsort(ids, n, sizeof *ids, cmp_str);

    for (i = 0; i < n; i++) {
        json_t *g = json_object_get(gold, ids[i]);
        prediction p = {0};
        if (preds)
            predict_from_json(preds, ids[i], &p);
        else if (predict_with_dyad(eng, dir, ids[i], &p, out))
            p.body = p.body ? p.body : strdup("");
        page_score *s = &ps[i];
        s->id = ids[i];
        const char *gb = jstr(g, "articleBody");
        if (!p.body || score_body(p.body, gb ? gb : "", s)) {
            prediction_free(&p);
            fprintf(stderr, "dyad eval: out of memory\n");
            goto done;
        }
        s->title = score_field(p.title, jstr(g, "title"), title_equal, &s->title_pred);
        s->author = score_field(p.author, jstr(g, "author"), author_equal, &s->author_pred);
        s->date = score_field(p.date, jstr(g, "date"), date_equal, &s->date_pred);
        if (o->verbose) {
            double pp = s->tp + s->fp > 0 ? (s->fp == 0 && s->fn == 0 ? 1 : s->tp / (s->tp + s->fp)) : 0;
            double rr = s->tp + s->fn > 0 ? (s->fp == 0 && s->fn == 0 ? 1 : s->tp / (s->tp + s->fn)) : 0;
            fprintf(out, "%-28s P=%.3f R=%.3f%s  title=%s author=%s date=%s\n", ids[i], pp, rr,
                    s->exact ? " exact" : "", mark(s->title), mark(s->author), mark(s->date));
            if (s->title == 0)
                fprintf(out, "    title: got \"%s\" want \"%s\"\n", p.title ? p.title : "", jstr(g, "title"));
            if (s->author == 0)
                fprintf(out, "    author: got \"%s\" want \"%s\"\n", p.author ? p.author : "", jstr(g, "author"));
            if (s->date == 0)
                fprintf(out, "    date: got \"%s\" want \"%s\"\n", p.date ? p.date : "", jstr(g, "date"));
        }
        prediction_free(&p);
    }

    size_t *all = malloc((n ? n : 1) * sizeof *all);
    if (!all)
        goto done;
    for (i = 0; i < n; i++)
        all[i] = i;
    body_means m = body_average(ps, all, n);
    free(all);
    body_means sd = bootstrap_sd(ps, n);
    fprintf(out, "body    f1=%.3f±%.3f precision=%.3f±%.3f recall=%.3f±%.3f accuracy=%.3f\n", m.f1, sd.f1, m.p,
            sd.p, m.r, sd.r, m.acc);
    meta_line(out, "title", ps, n, 0);
    meta_line(out, "author", ps, n, 1);
    meta_line(out, "date", ps, n, 2);
    fprintf(out, "extraction: precision=%.3f recall=%.3f f1=%.3f n=%zu\n", m.p, m.r, m.f1, n);
    rc = 0;
done:
    free(ids);
    free(ps);
    json_decref(preds);
    json_decref(gold);
    dyad_engine_free(eng);
    return rc;
}
