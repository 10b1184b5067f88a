/* quotes.c — `dyad eval quotes`: statements against PolNeAR, the
 * human-annotated attribution relations of US political news
 * (../shared/eval/quotes/README.md gives the rules implemented here):
 *
 *  - a gold quotation is the union of its fragments, each trimmed of
 *    quotation marks, spaces and punctuation; a predicted one is its span
 *    (or fragments), trimmed the same way;
 *  - they match when the characters they share are at least half of each,
 *    where predicted text lying between two gold fragments does not count;
 *    pairs are made one to one, greedily by largest overlap;
 *  - precision counts by predicted kind (partial as mixed), recall by gold
 *    kind;
 *  - a speaker is right when its span overlaps the gold source span, or
 *    when the last word of the predicted name occurs in the gold source
 *    text (not for pronoun sources).
 * Offsets: gold counts code points of the corpus text; dyad's spans count
 * bytes of its normalised text, so the two texts are aligned first. */
#include "eval/eval.h"
#include "dyad_int.h"
#include "actors/actors.h"
#include "ingest/container.h"
#include "statements/statements.h"

#include <ctype.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

enum { K_DIRECT, K_MIXED, K_INDIRECT, K_N };
static const char *const kind_names[K_N] = {"direct", "mixed", "indirect"};

typedef struct ispan {
    long s, e;
} ispan;

typedef struct gold_q {
    int kind;
    ispan frags[16];
    int nfrags;
    long len; /* trimmed length, code points */
    ispan spk[8];
    int nspk;
    char *speaker;
    bool pronoun;
} gold_q;

enum { MAX_ACTOR_SPANS = 64 };

typedef struct pred_q {
    int kind;
    ispan frags[DYAD_STMT_MAX_FRAGS];
    int nfrags;
    ispan spk;
    bool has_spk;
    ispan mentions[MAX_ACTOR_SPANS]; /* the speaker actor's mentions */
    int nmentions;
    char last_word[64];
    bool carried; /* the speaker carried from an earlier statement */
} pred_q;

typedef struct counts {
    long gold[K_N], pred[K_N], gold_matched[K_N], pred_matched[K_N];
    long spk_checked[K_N], spk_right[K_N];
    long gold_e2e[K_N], pred_e2e[K_N];
} counts;

/* ----------------------------------------------------------- text helpers */

static bool is_trim_cp(int32_t c)
{
    return c == ' ' || c == '\n' || c == '\t' || c == '"' || c == '\'' || c == 0x201C || c == 0x201D ||
           c == 0x2018 || c == 0x2019 || c == 0xAB || c == 0xBB || c == ',' || c == '.' || c == ';' ||
           c == ':' || c == '!' || c == '?' || c == '-' || c == 0x2014 || c == 0x2013 || c == 0x2015 ||
           c == '(' || c == ')' || c == 0x2026 || c == '`';
}

/* Trim [s, e) of the code point array. */
static ispan trim(const int32_t *cp, ispan x)
{
    while (x.s < x.e && is_trim_cp(cp[x.s]))
        x.s++;
    while (x.e > x.s && is_trim_cp(cp[x.e - 1]))
        x.e--;
    return x;
}

/* UTF-8 → code points; returns count, *out malloc'd. */
static long to_cps(const char *s, size_t n, int32_t **out)
{
    int32_t *a = malloc((n + 1) * sizeof *a);
    long k = 0;
    for (size_t i = 0; i < n;) {
        size_t m;
        int32_t c = dyad_utf8_decode((const unsigned char *)s + i, n - i, &m);
        a[k++] = c < 0 ? 0xFFFD : c;
        i += m;
    }
    *out = a;
    return k;
}

static bool is_ws(int32_t c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == 0xA0; }

/* Map every byte offset of dyad's text to a code point offset in the gold
 * text: walk both, skipping white space and characters only one side has. */
static long *align(const char *ours, size_t on, const int32_t *gold, long gn)
{
    long *map = malloc((on + 1) * sizeof *map);
    long g = 0;
    size_t i = 0;
    while (i < on) {
        size_t m;
        int32_t c = dyad_utf8_decode((const unsigned char *)ours + i, on - i, &m);
        if (c < 0)
            c = 0xFFFD;
        if (is_ws(c)) {
            while (g < gn && is_ws(gold[g]))
                g++;
            for (size_t k = 0; k < m; k++)
                map[i + k] = g;
            i += m;
            continue;
        }
        while (g < gn && is_ws(gold[g]))
            g++;
        if (g < gn && gold[g] != c) {
            /* a character dropped on one side (zero-width, NFC): look ahead */
            long k;
            for (k = 1; k <= 8 && g + k < gn; k++)
                if (gold[g + k] == c)
                    break;
            if (k <= 8 && g + k < gn)
                g += k;
        }
        for (size_t k = 0; k < m; k++)
            map[i + k] = g;
        if (g < gn && gold[g] == c)
            g++;
        i += m;
    }
    map[on] = g;
    return map;
}

static bool is_pronoun(const char *s)
{
    static const char *const p[] = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them", NULL};
    char low[16];
    size_t n = strlen(s);
    if (n >= sizeof low)
        return false;
    for (size_t i = 0; i <= n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    for (int k = 0; p[k]; k++)
        if (!strcmp(low, p[k]))
            return true;
    return false;
}

/* Does word w occur in s as a whole word? */
static bool has_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    if (!n)
        return false;
    for (const char *p = s; (p = strstr(p, w)); p++) {
        bool left = p == s || !isalnum((unsigned char)p[-1]);
        bool right = !isalnum((unsigned char)p[n]);
        if (left && right)
            return true;
    }
    return false;
}

/* --------------------------------------------------------------- matching */

static long overlap(ispan a, ispan b)
{
    long s = a.s > b.s ? a.s : b.s, e = a.e < b.e ? a.e : b.e;
    return e > s ? e - s : 0;
}

/* Shared characters and the predicted length that counts. */
static void measure(const gold_q *g, const pred_q *p, long *shared, long *plen)
{
    long sh = 0, pl = 0;
    long gs = g->frags[0].s, ge = g->frags[g->nfrags - 1].e;
    for (int i = 0; i < p->nfrags; i++) {
        ispan x = p->frags[i];
        long len = x.e - x.s;
        long in_gap = 0, in_gold = 0;
        for (int f = 0; f < g->nfrags; f++)
            in_gold += overlap(x, g->frags[f]);
        in_gap = overlap(x, (ispan){gs, ge}) - in_gold;
        sh += in_gold;
        pl += len - in_gap;
    }
    *shared = sh;
    *plen = pl;
}

/* Verbose diagnostics: the gold text [s, e) on one line, paragraph
 * breaks shown as '|'. */
static void put_context(FILE *out, const int32_t *gcp, long gn, long s, long e)
{
    if (s < 0)
        s = 0;
    if (e > gn)
        e = gn;
    fputs("      > ", out);
    for (long k = s; k < e; k++) {
        char u[4];
        int32_t ch = gcp[k] == '\n' ? '|' : gcp[k];
        fwrite(u, 1, dyad_utf8_encode((uint32_t)ch, u), out);
    }
    fputc('\n', out);
}

typedef struct cand {
    long score;
    int g, p;
} cand;

static int cmp_cand(const void *a, const void *b)
{
    const cand *x = a, *y = b;
    return x->score < y->score ? 1 : x->score > y->score ? -1 : 0;
}

static bool speaker_right(const gold_q *g, const pred_q *p)
{
    for (int k = 0; k < g->nspk; k++) {
        if (p->has_spk && overlap(p->spk, g->spk[k]) > 0)
            return true;
        for (int m = 0; m < p->nmentions; m++)
            if (overlap(p->mentions[m], g->spk[k]) > 0)
                return true;
    }
    if (g->pronoun || !p->last_word[0])
        return false;
    return has_word(g->speaker, p->last_word);
}

/* ------------------------------------------------------------------ main */

static int kind_of(const char *k)
{
    if (!k)
        return K_INDIRECT;
    if (!strcmp(k, "direct"))
        return K_DIRECT;
    if (!strcmp(k, "mixed"))
        return K_MIXED;
    return K_INDIRECT;
}

static void last_word_of(const char *s, size_t n, char out[64])
{
    size_t e = n;
    while (e > 0 && !isalnum((unsigned char)s[e - 1]) && (unsigned char)s[e - 1] < 0x80)
        e--;
    size_t b = e;
    while (b > 0 && (isalnum((unsigned char)s[b - 1]) || (unsigned char)s[b - 1] >= 0x80 || s[b - 1] == '-'))
        b--;
    size_t l = e - b < 63 ? e - b : 63;
    memcpy(out, s + b, l);
    out[l] = 0;
}

static void score_article(const dyad_eval_opts *o, const dyad_engine *eng, json_t *art, counts *c,
                          long *n_articles)
{
    const char *text = json_string_value(json_object_get(art, "text"));
    const char *date = json_string_value(json_object_get(art, "date"));
    const char *id = json_string_value(json_object_get(art, "id"));
    if (!text)
        return;
    (*n_articles)++;
    int32_t *gcp;
    long gn = to_cps(text, strlen(text), &gcp);
    /* gold */
    json_t *qs = json_object_get(art, "quotes");
    size_t ng = json_array_size(qs);
    gold_q *gold = calloc(ng ? ng : 1, sizeof *gold);
    for (size_t i = 0; i < ng; i++) {
        json_t *q = json_array_get(qs, i);
        gold_q *g = &gold[i];
        g->kind = kind_of(json_string_value(json_object_get(q, "kind")));
        json_t *fr = json_object_get(q, "fragments");
        for (size_t f = 0; f < json_array_size(fr) && g->nfrags < 16; f++) {
            json_t *x = json_array_get(fr, f);
            ispan s = {(long)json_integer_value(json_array_get(x, 0)), (long)json_integer_value(json_array_get(x, 1))};
            if (s.s < 0 || s.e > gn || s.s > s.e)
                continue;
            s = trim(gcp, s);
            if (s.e > s.s) {
                g->frags[g->nfrags++] = s;
                g->len += s.e - s.s;
            }
        }
        const char *spk = json_string_value(json_object_get(q, "speaker"));
        g->speaker = spk ? strdup(spk) : NULL;
        g->pronoun = spk && is_pronoun(spk);
        json_t *sf = json_object_get(q, "speaker_fragments");
        for (size_t f = 0; f < json_array_size(sf) && g->nspk < 8; f++) {
            json_t *x = json_array_get(sf, f);
            g->spk[g->nspk++] = (ispan){(long)json_integer_value(json_array_get(x, 0)),
                                        (long)json_integer_value(json_array_get(x, 1))};
        }
        if (g->nfrags)
            c->gold[g->kind]++;
    }
    /* predicted */
    dyad_input in = {.source = id ? id : "polnear", .format = DYAD_FORMAT_TEXT, .data = text,
                     .len = strlen(text), .date = date};
    dyad_doc *doc = NULL;
    pred_q *pred = NULL;
    size_t np = 0;
    long *map = NULL;
    if (dyad_doc_read(eng, &in, NULL, &doc) == DYAD_OK && dyad_doc_run(doc, DYAD_STAGE_STATEMENTS) == DYAD_OK &&
        doc->analysis && doc->analysis->statements) {
        const dyad_statement_list *sl = doc->analysis->statements;
        map = align(doc->text, doc->text_len, gcp, gn);
        pred = calloc(sl->n ? sl->n : 1, sizeof *pred);
        for (size_t i = 0; i < sl->n; i++) {
            const dyad_statement *st = &sl->items[i];
            pred_q *p = &pred[np];
            p->kind = st->kind == DYAD_STMT_DIRECT ? K_DIRECT : st->kind == DYAD_STMT_INDIRECT ? K_INDIRECT : K_MIXED;
            for (uint8_t f = 0; f < st->n_frags; f++) {
                ispan x = trim(gcp, (ispan){map[st->frags[f].start], map[st->frags[f].end]});
                if (x.e > x.s)
                    p->frags[p->nfrags++] = x;
            }
            if (!p->nfrags)
                continue;
            const dyad_actor_list *al = doc->analysis->actors;
            const dyad_actor *actor =
                al && st->speaker_actor >= 0 && (size_t)st->speaker_actor < al->n ? &al->items[st->speaker_actor] : NULL;
            if (actor) {
                /* the README's rule: a mention of the speaker actor, and
                 * the last word of the actor's name */
                for (int m = actor->first_mention; m >= 0 && p->nmentions < MAX_ACTOR_SPANS;
                     m = al->mentions[m].next)
                    p->mentions[p->nmentions++] =
                        (ispan){map[al->mentions[m].span.start], map[al->mentions[m].span.end]};
            }
            p->carried = st->carried_from >= 0;
            if (st->has_speaker) {
                p->has_spk = true;
                p->spk = (ispan){map[st->speaker_span.start], map[st->speaker_span.end]};
                if (actor && actor->name)
                    last_word_of(actor->name, strlen(actor->name), p->last_word);
                else
                    last_word_of(doc->text + st->speaker_span.start, st->speaker_span.end - st->speaker_span.start,
                                 p->last_word);
            } else if (st->attributed_to)
                last_word_of(st->attributed_to, strlen(st->attributed_to), p->last_word);
            c->pred[p->kind]++;
            np++;
        }
    }
    /* one-to-one greedy pairing by overlap */
    cand *cands = malloc((ng * np + 1) * sizeof *cands);
    size_t nc = 0;
    for (size_t gi = 0; gi < ng; gi++) {
        if (!gold[gi].nfrags)
            continue;
        for (size_t pi = 0; pi < np; pi++) {
            long sh, pl;
            measure(&gold[gi], &pred[pi], &sh, &pl);
            if (sh > 0 && 2 * sh >= gold[gi].len && 2 * sh >= pl)
                cands[nc++] = (cand){sh, (int)gi, (int)pi};
        }
    }
    qsort(cands, nc, sizeof *cands, cmp_cand);
    int *gm = calloc(ng + 1, sizeof *gm), *pm = calloc(np + 1, sizeof *pm);
    for (size_t i = 0; i < nc; i++) {
        if (gm[cands[i].g] || pm[cands[i].p])
            continue;
        gm[cands[i].g] = cands[i].p + 1;
        pm[cands[i].p] = cands[i].g + 1;
    }
    for (size_t gi = 0; gi < ng; gi++) {
        gold_q *g = &gold[gi];
        if (!g->nfrags)
            continue;
        if (!gm[gi]) {
            if (o->verbose && g->kind != K_INDIRECT) {
                fprintf(o->out, "  missed %s [%s@%ld] ", kind_names[g->kind], id ? id : "", g->frags[0].s);
                for (long k = g->frags[0].s; k < g->frags[0].e && k < g->frags[0].s + 70; k++) {
                    char u[4];
                    fwrite(u, 1, dyad_utf8_encode((uint32_t)gcp[k], u), o->out);
                }
                fprintf(o->out, " | %s", g->speaker ? g->speaker : "-");
                /* the prediction sharing most with it, to tell a boundary
                 * error from a quotation not found at all */
                long best = 0, best_pl = 0;
                int best_p = -1;
                for (size_t pi = 0; pi < np; pi++) {
                    long sh, pl;
                    measure(g, &pred[pi], &sh, &pl);
                    if (sh > best)
                        best = sh, best_pl = pl, best_p = (int)pi;
                }
                if (best_p >= 0)
                    fprintf(o->out, " ~ %s%s shares %ld of gold %ld, predicted %ld", pm[best_p] ? "taken " : "",
                            kind_names[pred[best_p].kind], best, g->len, best_pl);
                fputc('\n', o->out);
            }
            continue;
        }
        const pred_q *p = &pred[gm[gi] - 1];
        c->gold_matched[g->kind]++;
        c->pred_matched[p->kind]++;
        bool ok = true;
        if (g->speaker) {
            c->spk_checked[g->kind]++;
            ok = speaker_right(g, p);
            c->spk_right[g->kind] += ok;
            if (!ok && o->verbose && g->kind != K_INDIRECT)
                fprintf(o->out, "  speaker %s [%s@%ld] gold '%s' predicted '%s' @%ld-%ld%s\n", kind_names[g->kind],
                        id ? id : "", g->frags[0].s, g->speaker, p->has_spk ? p->last_word : "-",
                        p->has_spk ? p->spk.s : -1L, p->has_spk ? p->spk.e : -1L, p->carried ? " carried" : "");
            if (!ok && o->verbose && g->kind != K_INDIRECT) {
                /* the sentence around the quotation and both speakers */
                long lo = g->frags[0].s, hi = g->frags[g->nfrags - 1].e;
                if (g->nspk && g->spk[0].s < lo)
                    lo = g->spk[0].s;
                if (g->nspk && g->spk[g->nspk - 1].e > hi)
                    hi = g->spk[g->nspk - 1].e;
                if (p->has_spk && p->spk.s >= 0 && p->spk.s < lo && lo - p->spk.s < 600)
                    lo = p->spk.s;
                if (p->has_spk && p->spk.e > hi && p->spk.e - hi < 600)
                    hi = p->spk.e;
                put_context(o->out, gcp, gn, lo - 60, hi + 60);
            }
        }
        if (ok) {
            c->gold_e2e[g->kind]++;
            c->pred_e2e[p->kind]++;
        }
    }
    if (o->verbose && doc)
        for (size_t pi = 0; pi < np; pi++)
            if (!pm[pi] && pred[pi].kind != K_INDIRECT) {
                fprintf(o->out, "  false %s [%s@%ld] ", kind_names[pred[pi].kind], id ? id : "", pred[pi].frags[0].s);
                for (long k = pred[pi].frags[0].s; k < pred[pi].frags[0].e && k < pred[pi].frags[0].s + 70; k++) {
                    char u[4];
                    fwrite(u, 1, dyad_utf8_encode((uint32_t)gcp[k], u), o->out);
                }
                fputc('\n', o->out);
                put_context(o->out, gcp, gn, pred[pi].frags[0].s - 100, pred[pi].frags[0].e + 80);
            }
    for (size_t gi = 0; gi < ng; gi++)
        free(gold[gi].speaker);
    free(gold);
    free(pred);
    free(cands);
    free(gm);
    free(pm);
    free(map);
    free(gcp);
    dyad_doc_free(doc);
}

static double ratio(long a, long b) { return b ? (double)a / (double)b : 0.0; }
static double f1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

int dyad_eval_quotes(const dyad_eval_opts *o)
{
    char path[4096];
    bool train = o->split && !strcmp(o->split, "train");
    snprintf(path, sizeof path, "%s/eval/quotes/polnear/polnear.%s", o->shared, train ? "train.jsonl.gz" : "dev.jsonl");
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "dyad eval quotes: %s: cannot open (the shared data is beside the repo)\n", path);
        return 2;
    }
    dyad_buf raw;
    dyad_buf_init(&raw);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        dyad_buf_add(&raw, chunk, n);
    fclose(f);
    dyad_buf data;
    dyad_buf_init(&data);
    if (dyad_is_gzip(raw.data, raw.len)) {
        dyad_container_err e = {0};
        if (dyad_gunzip(raw.data, raw.len, &data, 0, &e) != DYAD_OK) {
            fprintf(stderr, "dyad eval quotes: %s@%llu: %s\n", path, (unsigned long long)e.offset, e.msg);
            dyad_buf_free(&raw);
            dyad_buf_free(&data);
            return 2;
        }
    } else {
        data = raw;
        dyad_buf_init(&raw);
    }
    dyad_buf_free(&raw);
    dyad_engine *eng;
    if (dyad_engine_load(NULL, &eng) != DYAD_OK) {
        dyad_buf_free(&data);
        return 2;
    }
    counts c;
    memset(&c, 0, sizeof c);
    long articles = 0;
    unsigned lineno = 0;
    for (const char *p = data.data, *end = data.data + data.len; p && p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t len = nl ? (size_t)(nl - p) : (size_t)(end - p);
        lineno++;
        if (len) {
            json_error_t je;
            json_t *art = json_loadb(p, len, 0, &je);
            if (!art)
                fprintf(stderr, "dyad eval quotes: %s:%u: %s\n", path, lineno, je.text);
            else {
                score_article(o, eng, art, &c, &articles);
                json_decref(art);
            }
        }
        p = nl ? nl + 1 : end;
    }
    dyad_engine_free(eng);
    dyad_buf_free(&data);

    fprintf(o->out, "PolNeAR %s: %ld articles\n", train ? "train" : "dev", articles);
    fprintf(o->out, "%-9s %6s %6s %6s   %6s %6s %6s   %8s   %6s %6s %6s\n", "kind", "gold", "pred", "", "P", "R",
            "F1", "speaker", "P+spk", "R+spk", "F1+spk");
    for (int k = 0; k < K_N; k++) {
        double p = ratio(c.pred_matched[k], c.pred[k]), r = ratio(c.gold_matched[k], c.gold[k]);
        double pe = ratio(c.pred_e2e[k], c.pred[k]), re = ratio(c.gold_e2e[k], c.gold[k]);
        fprintf(o->out, "%-9s %6ld %6ld %6s   %6.3f %6.3f %6.3f   %8.3f   %6.3f %6.3f %6.3f\n", kind_names[k], c.gold[k],
                c.pred[k], "", p, r, f1(p, r), ratio(c.spk_right[k], c.spk_checked[k]), pe, re, f1(pe, re));
    }
    long pd = c.pred[K_DIRECT] + c.pred[K_MIXED], gd = c.gold[K_DIRECT] + c.gold[K_MIXED];
    double p = ratio(c.pred_matched[K_DIRECT] + c.pred_matched[K_MIXED], pd);
    double r = ratio(c.gold_matched[K_DIRECT] + c.gold_matched[K_MIXED], gd);
    fprintf(o->out, "direct+mixed quotation only: precision=%.3f recall=%.3f f1=%.3f\n", p, r, f1(p, r));
    double pe = ratio(c.pred_e2e[K_DIRECT] + c.pred_e2e[K_MIXED], pd);
    double re = ratio(c.gold_e2e[K_DIRECT] + c.gold_e2e[K_MIXED], gd);
    fprintf(o->out, "quotes: precision=%.3f recall=%.3f f1=%.3f n=%ld\n", pe, re, f1(pe, re), gd);
    return 0;
}
