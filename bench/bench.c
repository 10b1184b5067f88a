/* bench.c — `make bench`: builds a realistic corpus once, then runs every
 * benchmark of the table below and prints its figures and targets.
 *
 *   build/bench [--quick] [--shared DIR] [--dyad PATH] [--repeats N]
 *
 * The corpus (build/bench-corpus/, or build/bench-corpus-quick/ with
 * --quick) is made from the articles in examples/ and the sentences of
 * ../shared/eval/petrarch/GigaWord.sample.PETR.xml, recombined into news
 * articles in three formats:
 *   text/  one wire story per file: headline, byline, date, dateline,
 *          paragraphs (a quarter of them hard-wrapped at 72 columns);
 *   html/  one page per file: head with scripts and styles, navigation,
 *          the story in an <article>, related links, footer;
 *   warc/  WARC/1.1 files, gzip with one member per record: a warcinfo
 *          record, then a request and a response (HTTP headers + HTML page)
 *          per document.
 * It is written only when its MANIFEST is missing, so runs compare on the
 * same bytes.  Generation is deterministic (a fixed-seed generator). */
#include "bench.h"
#include "dyad_int.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

/* ---------------------------------------------------------------- helpers */

static void die(const char *fmt, ...) __attribute__((format(printf, 1, 2), noreturn));
static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "bench: ");
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\n");
    va_end(ap);
    exit(2);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    dyad_buf b;
    dyad_buf_init(&b);
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0)
        dyad_buf_add(&b, tmp, n);
    fclose(f);
    dyad_buf_cstr(&b);
    if (b.failed) {
        dyad_buf_free(&b);
        return NULL;
    }
    *len = b.len;
    return b.data;
}

static void mkdir_p(const char *path)
{
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s", path);
    for (char *p = tmp + 1; *p; p++)
        if (*p == '/') {
            *p = 0;
            mkdir(tmp, 0755);
            *p = '/';
        }
    if (mkdir(tmp, 0755) != 0 && errno != EEXIST)
        die("cannot create %s: %s", path, strerror(errno));
}

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* xorshift64*: deterministic, so every run builds the same corpus. */
typedef struct rng {
    uint64_t s;
} rng;
static uint64_t rnd(rng *r)
{
    r->s ^= r->s >> 12;
    r->s ^= r->s << 25;
    r->s ^= r->s >> 27;
    return r->s * 2685821657736338717ull;
}
static size_t pick(rng *r, size_t n) { return n ? (size_t)(rnd(r) % n) : 0; }

/* --------------------------------------------------------- source material */

typedef struct sentence {
    char *text;
    char date[11]; /* YYYY-MM-DD */
    char agency[16];
} sentence;

typedef struct material {
    sentence *sents;
    size_t n_sents, cap_sents;
    char **paras; /* body paragraphs of the example articles */
    size_t n_paras, cap_paras;
    char **files; /* whole example files, replicated verbatim */
    size_t n_files;
    char **cities; /* from data/places.txt, lower case */
    size_t n_cities;
    char **outlets;
    size_t n_outlets;
    bool from_shared;
} material;

static void *grow(void *p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap)
        return p;
    *cap = *cap ? *cap * 2 : 64;
    void *q = realloc(p, *cap * size);
    if (!q)
        die("out of memory");
    return q;
}

/* Collapse white space to single spaces and trim. */
static char *squeeze(const char *s, size_t n)
{
    char *o = malloc(n + 1);
    if (!o)
        die("out of memory");
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
            sp = k > 0;
            continue;
        }
        if (sp)
            o[k++] = ' ';
        sp = false;
        o[k++] = c;
    }
    o[k] = 0;
    return o;
}

static void add_sentence(material *m, char *text, const char *date, const char *agency)
{
    if (strlen(text) < 20) {
        free(text);
        return;
    }
    m->sents = grow(m->sents, &m->cap_sents, m->n_sents, sizeof *m->sents);
    sentence *s = &m->sents[m->n_sents++];
    s->text = text;
    snprintf(s->date, sizeof s->date, "%s", date);
    snprintf(s->agency, sizeof s->agency, "%s", agency);
}

/* An attribute value in the text of a start tag: date = "20080804". */
static bool attr(const char *tag, size_t n, const char *name, char *out, size_t cap)
{
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl < n; i++) {
        if (memcmp(tag + i, name, nl) != 0 || (i && tag[i - 1] != ' '))
            continue;
        size_t j = i + nl;
        while (j < n && (tag[j] == ' ' || tag[j] == '='))
            j++;
        if (j >= n || tag[j] != '"')
            continue;
        const char *v = tag + j + 1;
        const char *e = memchr(v, '"', n - j - 1);
        if (!e)
            return false;
        size_t vl = (size_t)(e - v) < cap - 1 ? (size_t)(e - v) : cap - 1;
        memcpy(out, v, vl);
        out[vl] = 0;
        return true;
    }
    return false;
}

/* GigaWord.sample.PETR.xml: <Sentence date="YYYYMMDD" source="AFP" ...>
 * <Text> sentence </Text> <Parse>...</Parse></Sentence>. */
static void load_gigaword(material *m, const char *path)
{
    size_t len;
    char *x = slurp(path, &len);
    if (!x)
        return;
    const char *p = x, *end = x + len;
    while ((p = memmem(p, (size_t)(end - p), "<Sentence ", 10)) != NULL) {
        const char *gt = memchr(p, '>', (size_t)(end - p));
        if (!gt)
            break;
        char d[16] = "20080804", src[16] = "AFP";
        attr(p, (size_t)(gt - p), "date", d, sizeof d);
        attr(p, (size_t)(gt - p), "source", src, sizeof src);
        const char *t = memmem(gt, (size_t)(end - gt), "<Text>", 6);
        const char *te = t ? memmem(t, (size_t)(end - t), "</Text>", 7) : NULL;
        if (!te)
            break;
        char iso[11];
        if (strlen(d) == 8)
            snprintf(iso, sizeof iso, "%.4s-%.2s-%.2s", d, d + 4, d + 6);
        else
            snprintf(iso, sizeof iso, "2008-08-04");
        add_sentence(m, squeeze(t + 6, (size_t)(te - t - 6)), iso, src);
        m->from_shared = true;
        p = te;
    }
    free(x);
}

/* An example article: kept whole, and its body paragraphs (blocks after the
 * first three: headline, byline, date) and their sentences go to the pools. */
static void load_example(material *m, const char *path)
{
    size_t len;
    char *x = slurp(path, &len);
    if (!x)
        return;
    m->files = realloc(m->files, (m->n_files + 1) * sizeof *m->files);
    if (!m->files)
        die("out of memory");
    m->files[m->n_files++] = x;
    /* blocks: the first three are headline, byline, date; the last two
     * credits and footers, which would be boilerplate inside a body */
    size_t nblocks = 0;
    for (const char *p = x, *end = x + len; p < end;) {
        while (p < end && *p == '\n')
            p++;
        const char *e = memmem(p, (size_t)(end - p), "\n\n", 2);
        nblocks += e != p && p < end;
        p = e ? e : end;
    }
    size_t block = 0;
    for (const char *p = x, *end = x + len; p < end;) {
        while (p < end && *p == '\n')
            p++;
        if (p >= end)
            break;
        const char *e = memmem(p, (size_t)(end - p), "\n\n", 2);
        if (!e)
            e = end;
        char *para = squeeze(p, (size_t)(e - p));
        p = e;
        block++;
        if (block <= 3 || block + 2 > nblocks || strlen(para) < 60) {
            free(para);
            continue;
        }
        /* its sentences: split after ". " before a capital (a generator, not
         * the segmenter: a rough split is fine here) */
        const char *s = para;
        for (const char *q = para; *q; q++)
            if ((q[0] == '.' || q[0] == '?') && q[1] == ' ' && q[2] >= 'A' && q[2] <= 'Z' && q - s > 30 &&
                !(q - para >= 3 && (q[-2] == '.' || q[-3] == ' '))) {
                add_sentence(m, squeeze(s, (size_t)(q + 1 - s)), "2024-01-30", "AP");
                s = q + 2;
            }
        add_sentence(m, squeeze(s, strlen(s)), "2024-01-30", "AP");
        m->paras = grow(m->paras, &m->cap_paras, m->n_paras, sizeof *m->paras);
        m->paras[m->n_paras++] = para;
    }
}

/* Dateline places and agencies from the engine's own data/places.txt. */
static void load_places(material *m)
{
    const dyad_blob *b = dyad_builtin_find("places.txt");
    if (!b)
        die("places.txt is not compiled in");
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar = memchr(line, '|', n);
        if (!bar)
            continue;
        const char *w = bar + 1;
        while (w < line + n && *w == ' ')
            w++;
        char *word = squeeze(w, (size_t)(line + n - w));
        char ***list = NULL;
        size_t *cnt = NULL;
        if (strncmp(line, "city", 4) == 0)
            list = &m->cities, cnt = &m->n_cities;
        else if (strncmp(line, "outlet", 6) == 0)
            list = &m->outlets, cnt = &m->n_outlets;
        if (!list) {
            free(word);
            continue;
        }
        *list = realloc(*list, (*cnt + 1) * sizeof **list);
        if (!*list)
            die("out of memory");
        (*list)[(*cnt)++] = word;
    }
    if (!m->n_cities || !m->n_outlets)
        die("places.txt has no city or outlet");
}

/* ----------------------------------------------------------- the articles */

typedef struct article {
    char headline[160];
    char byline[96];
    char date_text[40];
    char iso[11];
    char dateline[96]; /* "CAIRO (AFP) — " */
    char agency[32];
    char *paras[24];
    size_t n_paras;
    char footer[128];
    int kind; /* 0 generated; 1 an example file verbatim */
    const char *verbatim;
} article;

static void upper_ascii(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

/* A capitalised word (not sentence-initial) of a random sentence, upper
 * case: material for bylines and navigation labels. */
static void cap_word(const material *m, rng *r, char *out, size_t cap)
{
    for (int tries = 0; tries < 50; tries++) {
        const char *s = m->sents[pick(r, m->n_sents)].text;
        size_t n = strlen(s);
        size_t at = pick(r, n);
        while (at < n && s[at] != ' ')
            at++;
        while (at < n && s[at] == ' ')
            at++;
        if (at >= n || s[at] < 'A' || s[at] > 'Z')
            continue;
        size_t e = at;
        while (e < n && ((s[e] >= 'a' && s[e] <= 'z') || (s[e] >= 'A' && s[e] <= 'Z')))
            e++;
        if (e - at < 3 || e - at >= cap)
            continue;
        memcpy(out, s + at, e - at);
        out[e - at] = 0;
        return;
    }
    snprintf(out, cap, "Staff");
}

static void make_article(const material *m, size_t idx, article *a)
{
    memset(a, 0, sizeof *a);
    rng r = {0x9E3779B97F4A7C15ull ^ (idx * 0x100000001B3ull + 1)};
    rnd(&r);
    if (m->n_files && idx % 25 == 7) {
        a->kind = 1;
        a->verbatim = m->files[(idx / 25) % m->n_files];
        return;
    }
    const sentence *lead = &m->sents[pick(&r, m->n_sents)];
    snprintf(a->iso, sizeof a->iso, "%s", lead->date);
    struct tm tm = {0};
    tm.tm_year = atoi(a->iso) - 1900;
    tm.tm_mon = atoi(a->iso + 5) - 1;
    tm.tm_mday = atoi(a->iso + 8);
    strftime(a->date_text, sizeof a->date_text, "%B %d, %Y", &tm);
    /* headline: the first 6–12 words of another sentence */
    const char *h = m->sents[pick(&r, m->n_sents)].text;
    size_t words = 6 + pick(&r, 7), k = 0;
    for (size_t w = 0; h[k] && k < sizeof a->headline - 1; k++)
        if (h[k] == ' ' && ++w == words)
            break;
    while (k && (h[k - 1] == ',' || h[k - 1] == '.'))
        k--;
    memcpy(a->headline, h, k);
    char w1[40], w2[40];
    cap_word(m, &r, w1, sizeof w1);
    cap_word(m, &r, w2, sizeof w2);
    snprintf(a->byline, sizeof a->byline, "By %s %s", w1, w2);
    upper_ascii(a->byline + 3);
    char city[64];
    snprintf(city, sizeof city, "%s", m->cities[pick(&r, m->n_cities)]);
    upper_ascii(city);
    const char *ag = pick(&r, 2) ? lead->agency : m->outlets[pick(&r, m->n_outlets)];
    snprintf(a->agency, sizeof a->agency, "%s", ag);
    if (strlen(a->agency) <= 3)
        upper_ascii(a->agency);
    else if (a->agency[0] >= 'a' && a->agency[0] <= 'z')
        a->agency[0] = (char)(a->agency[0] - 'a' + 'A');
    snprintf(a->dateline, sizeof a->dateline, "%s (%s) \xE2\x80\x94 ", city, a->agency);
    a->n_paras = 5 + pick(&r, 14);
    for (size_t p = 0; p < a->n_paras; p++) {
        dyad_buf b;
        dyad_buf_init(&b);
        if (p == 0)
            dyad_buf_adds(&b, a->dateline);
        if (p > 0 && m->n_paras && pick(&r, 6) == 0)
            dyad_buf_adds(&b, m->paras[pick(&r, m->n_paras)]);
        else {
            size_t ns = 1 + pick(&r, 3);
            for (size_t s = 0; s < ns; s++) {
                if (s)
                    dyad_buf_addc(&b, ' ');
                dyad_buf_adds(&b, p == 0 && s == 0 ? lead->text : m->sents[pick(&r, m->n_sents)].text);
            }
        }
        a->paras[p] = (char *)dyad_buf_cstr(&b);
        if (b.failed)
            die("out of memory");
    }
    if (pick(&r, 2))
        snprintf(a->footer, sizeof a->footer, "Copyright %.4s %s. All rights reserved.", a->iso, a->agency);
}

static void article_free(article *a)
{
    for (size_t p = 0; p < a->n_paras; p++)
        free(a->paras[p]);
}

/* Text: hard-wrapped at `width` columns when width > 0. */
static void add_wrapped(dyad_buf *b, const char *s, size_t width)
{
    if (!width) {
        dyad_buf_adds(b, s);
        return;
    }
    size_t col = 0;
    while (*s) {
        const char *e = strchr(s, ' ');
        size_t wl = e ? (size_t)(e - s) : strlen(s);
        if (col && col + 1 + wl > width) {
            dyad_buf_addc(b, '\n');
            col = 0;
        } else if (col) {
            dyad_buf_addc(b, ' ');
            col++;
        }
        dyad_buf_add(b, s, wl);
        col += wl;
        s += wl;
        while (*s == ' ')
            s++;
    }
}

static void render_text(const article *a, size_t idx, dyad_buf *b)
{
    if (a->kind == 1) {
        dyad_buf_adds(b, a->verbatim);
        return;
    }
    size_t width = idx % 4 == 1 ? 72 : 0;
    dyad_buf_printf(b, "%s\n\n%s\n%s\n\n", a->headline, a->byline, a->date_text);
    for (size_t p = 0; p < a->n_paras; p++) {
        add_wrapped(b, a->paras[p], width);
        dyad_buf_add(b, "\n\n", 2);
    }
    if (a->footer[0])
        dyad_buf_printf(b, "%s\n", a->footer);
}

static void add_escaped(dyad_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '<')
            dyad_buf_adds(b, "&lt;");
        else if (*s == '>')
            dyad_buf_adds(b, "&gt;");
        else if (*s == '&')
            dyad_buf_adds(b, "&amp;");
        else
            dyad_buf_addc(b, *s);
    }
}

static void render_html(const material *m, const article *a, size_t idx, dyad_buf *b)
{
    rng r = {idx * 7919 + 17};
    rnd(&r);
    article tmp;
    const article *x = a;
    if (a->kind == 1) { /* an example file: its blocks as paragraphs */
        memset(&tmp, 0, sizeof tmp);
        const char *v = a->verbatim;
        const char *nl = strchr(v, '\n');
        size_t hl = nl ? (size_t)(nl - v) : strlen(v);
        snprintf(tmp.headline, sizeof tmp.headline, "%.*s", (int)(hl < 150 ? hl : 150), v);
        snprintf(tmp.iso, sizeof tmp.iso, "2024-01-30");
        snprintf(tmp.date_text, sizeof tmp.date_text, "January 30, 2024");
        const char *p = nl ? nl : v + hl;
        while (*p && tmp.n_paras < 24) {
            while (*p == '\n')
                p++;
            const char *e = strstr(p, "\n\n");
            size_t n = e ? (size_t)(e - p) : strlen(p);
            if (n)
                tmp.paras[tmp.n_paras++] = squeeze(p, n);
            p += n;
        }
        x = &tmp;
    }
    dyad_buf_printf(b,
                    "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    add_escaped(b, x->headline);
    dyad_buf_printf(b, " | The Daily Example</title>\n<meta property=\"article:published_time\" content=\"%sT08:00:00Z\">\n"
                       "<link rel=\"stylesheet\" href=\"/static/site.%zu.css\">\n"
                       "<style>body{font-family:Georgia,serif;margin:0}.nav li{display:inline-block;padding:0 .5em}"
                       ".byline{color:#555}figure{margin:1em 0}</style>\n"
                       "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}"
                       "gtag('js',new Date());gtag('config','G-%06zu');</script>\n</head>\n<body>\n",
                    x->iso, idx % 97, idx % 999983);
    dyad_buf_adds(b, "<header class=\"site\"><a class=\"logo\" href=\"/\">The Daily Example</a>\n<nav class=\"nav\"><ul>");
    for (int i = 0; i < 9; i++) {
        char w[40];
        cap_word(m, &r, w, sizeof w);
        dyad_buf_printf(b, "<li><a href=\"/section/%d\">%s</a></li>", i, w);
    }
    dyad_buf_adds(b, "</ul></nav>\n<form class=\"search\" action=\"/search\"><input name=\"q\"><button>Search</button></form>\n"
                     "</header>\n<main>\n<article>\n<h1>");
    add_escaped(b, x->headline);
    dyad_buf_adds(b, "</h1>\n");
    if (x->byline[0]) {
        dyad_buf_adds(b, "<p class=\"byline\">");
        add_escaped(b, x->byline);
        dyad_buf_adds(b, "</p>\n");
    }
    dyad_buf_printf(b, "<time datetime=\"%s\">%s</time>\n", x->iso, x->date_text);
    for (size_t p = 0; p < x->n_paras; p++) {
        dyad_buf_adds(b, "<p>");
        add_escaped(b, x->paras[p]);
        dyad_buf_adds(b, "</p>\n");
        if (p == 2) {
            dyad_buf_printf(b, "<figure><img src=\"/img/%zu.jpg\" alt=\"\"><figcaption>", idx);
            add_escaped(b, m->sents[pick(&r, m->n_sents)].text);
            dyad_buf_adds(b, " (AP Photo)</figcaption></figure>\n");
        }
    }
    dyad_buf_adds(b, "</article>\n<aside class=\"related\"><h2>Related</h2><ul>\n");
    for (int i = 0; i < 4; i++) {
        const char *s = m->sents[pick(&r, m->n_sents)].text;
        dyad_buf_printf(b, "<li><a href=\"/story/%zu\">%.60s</a></li>\n", (size_t)pick(&r, 100000), s);
    }
    dyad_buf_adds(b, "</ul></aside>\n</main>\n<footer><p>");
    if (x->footer[0])
        add_escaped(b, x->footer);
    else
        dyad_buf_adds(b, "Copyright The Daily Example. All rights reserved.");
    dyad_buf_adds(b, "</p><ul><li><a href=\"/about\">About</a></li><li><a href=\"/privacy\">Privacy</a></li></ul></footer>\n"
                     "<script src=\"/static/app.js\" async></script>\n</body>\n</html>\n");
    if (x == &tmp)
        article_free(&tmp);
}

/* One WARC record as one gzip member appended to `out`. */
static void warc_record(dyad_buf *out, const char *type, const char *uri, const char *date, size_t id,
                        const char *ctype, const char *block, size_t block_len)
{
    dyad_buf rec;
    dyad_buf_init(&rec);
    dyad_buf_printf(&rec, "WARC/1.1\r\nWARC-Type: %s\r\n", type);
    if (uri)
        dyad_buf_printf(&rec, "WARC-Target-URI: %s\r\n", uri);
    dyad_buf_printf(&rec,
                    "WARC-Date: %sT08:00:00Z\r\nWARC-Record-ID: <urn:uuid:%08zx-0000-4000-8000-%012zx>\r\n"
                    "Content-Type: %s\r\nContent-Length: %zu\r\n\r\n",
                    date, id, id * 2654435761u, ctype, block_len);
    dyad_buf_add(&rec, block, block_len);
    dyad_buf_add(&rec, "\r\n\r\n", 4);
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        die("zlib");
    size_t bound = deflateBound(&z, rec.len) + 64;
    if (dyad_buf_reserve(out, bound))
        die("out of memory");
    z.next_in = (Bytef *)rec.data;
    z.avail_in = (uInt)rec.len;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)bound;
    if (deflate(&z, Z_FINISH) != Z_STREAM_END)
        die("zlib deflate");
    out->len += bound - z.avail_out;
    deflateEnd(&z);
    dyad_buf_free(&rec);
}

/* ------------------------------------------------------------ the corpus */

static void write_file(const char *path, const void *data, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fwrite(data, 1, len, f) != len || fclose(f) != 0)
        die("cannot write %s: %s", path, strerror(errno));
}

static void build_corpus(const bench_ctx *ctx)
{
    material m = {0};
    load_places(&m);
    char path[4096];
    /* every file of examples/, in name order */
    struct dirent **ents = NULL;
    int ne = scandir("examples", &ents, NULL, alphasort);
    for (int i = 0; i < ne; i++) {
        /* plain-text articles only: the HTML and WARC examples are markup
         * and gzip bytes, not sentences */
        size_t nl = strlen(ents[i]->d_name);
        if (ents[i]->d_name[0] != '.' && nl > 4 && strcmp(ents[i]->d_name + nl - 4, ".txt") == 0) {
            snprintf(path, sizeof path, "examples/%s", ents[i]->d_name);
            load_example(&m, path);
        }
        free(ents[i]);
    }
    free(ents);
    if (ctx->shared) {
        snprintf(path, sizeof path, "%s/examples/seed-article.txt", ctx->shared);
        load_example(&m, path);
        snprintf(path, sizeof path, "%s/eval/petrarch/GigaWord.sample.PETR.xml", ctx->shared);
        load_gigaword(&m, path);
    }
    if (!m.from_shared)
        fprintf(stderr, "bench: no GigaWord sample from --shared: the corpus is made from examples/ only\n");
    if (m.n_sents < 5)
        die("not enough source sentences (examples/ missing?)");
    const uint64_t target = ctx->quick ? (2u << 20) : (30u << 20); /* bytes per format */
    const size_t per_warc = ctx->quick ? 20 : 100;
    fprintf(stderr, "bench: building the corpus in %s (%llu MB per format, %zu sentences, %zu paragraphs)...\n",
            ctx->corpus, (unsigned long long)(target >> 20), m.n_sents, m.n_paras);
    char dir[4096];
    for (int i = 0; i < 3; i++) {
        static const char *const sub[] = {"text", "html", "warc"};
        snprintf(dir, sizeof dir, "%s/%s", ctx->corpus, sub[i]);
        mkdir_p(dir);
    }
    snprintf(path, sizeof path, "%s/MANIFEST", ctx->corpus);
    unlink(path);
    dyad_buf man;
    dyad_buf_init(&man);
    dyad_buf_printf(&man, "# bench corpus: FORMAT FILE DOCS RAW_BYTES; source: %s\n",
                    m.from_shared ? "examples/ + shared GigaWord sample" : "examples/ only");
    dyad_buf b;
    dyad_buf_init(&b);
    /* text and HTML: one article per file */
    for (int fmt = 0; fmt < 2; fmt++) {
        uint64_t total = 0;
        for (size_t idx = 0; total < target; idx++) {
            article a;
            make_article(&m, idx, &a);
            dyad_buf_reset(&b);
            if (fmt == 0)
                render_text(&a, idx, &b);
            else
                render_html(&m, &a, idx, &b);
            article_free(&a);
            snprintf(path, sizeof path, "%s/%s/a%06zu.%s", ctx->corpus, fmt ? "html" : "text", idx,
                     fmt ? "html" : "txt");
            write_file(path, b.data, b.len);
            dyad_buf_printf(&man, "%s %s 1 %zu\n", fmt ? "html" : "text", path, b.len);
            total += b.len;
        }
    }
    /* WARC.gz: per_warc documents per file */
    uint64_t total = 0;
    size_t idx = 0;
    dyad_buf page, http;
    dyad_buf_init(&page);
    dyad_buf_init(&http);
    for (size_t file = 0; total < target; file++) {
        dyad_buf_reset(&b);
        uint64_t raw = 0;
        const char *info = "software: dyad bench\r\nformat: WARC File Format 1.1\r\n";
        size_t before = b.len;
        warc_record(&b, "warcinfo", NULL, "2024-01-30", idx * 3, "application/warc-fields", info, strlen(info));
        (void)before;
        raw += strlen(info) + 200;
        for (size_t d = 0; d < per_warc; d++, idx++) {
            article a;
            make_article(&m, idx, &a);
            dyad_buf_reset(&page);
            render_html(&m, &a, idx, &page);
            char uri[256];
            snprintf(uri, sizeof uri, "https://news.example.org/%s/story-%zu.html", a.iso[0] ? a.iso : "2024-01-30",
                     idx);
            const char *date = a.iso[0] ? a.iso : "2024-01-30";
            dyad_buf_reset(&http);
            dyad_buf_printf(&http, "GET /story-%zu.html HTTP/1.1\r\nHost: news.example.org\r\nUser-Agent: bench\r\n\r\n",
                            idx);
            warc_record(&b, "request", uri, date, idx * 3 + 1, "application/http; msgtype=request", http.data,
                        http.len);
            raw += http.len + 300;
            dyad_buf_reset(&http);
            dyad_buf_printf(&http,
                            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %zu\r\n"
                            "Server: nginx\r\nCache-Control: max-age=60\r\n\r\n",
                            page.len);
            dyad_buf_add(&http, page.data, page.len);
            warc_record(&b, "response", uri, date, idx * 3 + 2, "application/http; msgtype=response", http.data,
                        http.len);
            raw += http.len + 300;
            total += http.len + 300;
            article_free(&a);
        }
        snprintf(path, sizeof path, "%s/warc/w%04zu.warc.gz", ctx->corpus, file);
        write_file(path, b.data, b.len);
        dyad_buf_printf(&man, "warc %s %zu %llu\n", path, per_warc, (unsigned long long)raw);
    }
    dyad_buf_free(&page);
    dyad_buf_free(&http);
    dyad_buf_free(&b);
    snprintf(path, sizeof path, "%s/MANIFEST", ctx->corpus);
    write_file(path, man.data, man.len);
    dyad_buf_free(&man);
    for (size_t i = 0; i < m.n_sents; i++)
        free(m.sents[i].text);
    free(m.sents);
    for (size_t i = 0; i < m.n_paras; i++)
        free(m.paras[i]);
    free(m.paras);
    for (size_t i = 0; i < m.n_files; i++)
        free(m.files[i]);
    free(m.files);
    for (size_t i = 0; i < m.n_cities; i++)
        free(m.cities[i]);
    free(m.cities);
    for (size_t i = 0; i < m.n_outlets; i++)
        free(m.outlets[i]);
    free(m.outlets);
}

int bench_corpus_files(const bench_ctx *ctx, const char *format, bool half, bench_files *out)
{
    memset(out, 0, sizeof *out);
    char path[4096];
    snprintf(path, sizeof path, "%s/MANIFEST", ctx->corpus);
    size_t len;
    char *man = slurp(path, &len);
    if (!man) {
        fprintf(stderr, "bench: %s: cannot read the corpus manifest\n", path);
        return -1;
    }
    size_t cap = 0;
    size_t fl = strlen(format);
    for (char *line = strtok(man, "\n"); line; line = strtok(NULL, "\n")) {
        if (strncmp(line, format, fl) != 0 || line[fl] != ' ')
            continue;
        char file[4096];
        size_t docs;
        unsigned long long raw;
        if (sscanf(line + fl + 1, "%4095s %zu %llu", file, &docs, &raw) != 3)
            continue;
        out->paths = grow(out->paths, &cap, out->n, sizeof *out->paths);
        out->paths[out->n++] = strdup(file);
        out->docs += docs;
        out->raw_bytes += raw;
        struct stat st;
        if (stat(file, &st) != 0) {
            fprintf(stderr, "bench: %s: %s (delete %s to rebuild the corpus)\n", file, strerror(errno), path);
            free(man);
            return -1;
        }
        out->bytes += (uint64_t)st.st_size;
    }
    free(man);
    if (half) { /* the first half, recounted */
        bench_files all = *out;
        memset(out, 0, sizeof *out);
        out->paths = all.paths;
        out->n = all.n / 2;
        for (size_t i = out->n; i < all.n; i++)
            free(all.paths[i]);
        double frac = all.n ? (double)out->n / (double)all.n : 0;
        for (size_t i = 0; i < out->n; i++) {
            struct stat st;
            if (stat(out->paths[i], &st) == 0)
                out->bytes += (uint64_t)st.st_size;
        }
        out->docs = (size_t)((double)all.docs * frac + 0.5);
        out->raw_bytes = strcmp(format, "warc") == 0 ? (uint64_t)((double)all.raw_bytes * frac) : out->bytes;
    }
    return out->n ? 0 : -1;
}

void bench_files_free(bench_files *f)
{
    for (size_t i = 0; i < f->n; i++)
        free(f->paths[i]);
    free(f->paths);
    memset(f, 0, sizeof *f);
}

/* ------------------------------------------------------------ measuring */

char **bench_argv(const char *const *cmd, const bench_files *f)
{
    size_t nc = 0;
    while (cmd[nc])
        nc++;
    char **argv = calloc(nc + f->n + 1, sizeof *argv);
    if (!argv)
        die("out of memory");
    for (size_t i = 0; i < nc; i++)
        argv[i] = (char *)cmd[i];
    for (size_t i = 0; i < f->n; i++)
        argv[nc + i] = f->paths[i];
    return argv;
}

static size_t count_error_lines(const char *path)
{
    size_t len;
    char *s = slurp(path, &len);
    if (!s)
        return 0;
    size_t n = 0;
    for (char *line = strtok(s, "\n"); line; line = strtok(NULL, "\n"))
        if (!strstr(line, ": warning: "))
            n++;
    free(s);
    return n;
}

/* Run argv once with stdout read through a pipe: the number of output
 * lines (one JSON object per document read). */
static long count_output_lines(char *const argv[])
{
    int fds[2];
    if (pipe(fds) != 0)
        return -1;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int null = open("/dev/null", O_WRONLY);
        close(fds[0]);
        dup2(fds[1], 1);
        if (null >= 0)
            dup2(null, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    close(fds[1]);
    long lines = 0;
    char buf[1 << 16];
    ssize_t n;
    while ((n = read(fds[0], buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
        for (char *p = buf, *e = buf + (n > 0 ? n : 0); (p = memchr(p, '\n', (size_t)(e - p))) != NULL; p++)
            lines++;
    close(fds[0]);
    int status;
    waitpid(pid, &status, 0);
    return lines;
}

static int run_once(const bench_ctx *ctx, char *const argv[], bench_run *r)
{
    char errpath[4096];
    snprintf(errpath, sizeof errpath, "%s/stderr.log", ctx->corpus);
    double t0 = now();
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0) {
        int out = open("/dev/null", O_WRONLY);
        int err = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (out < 0 || err < 0)
            _exit(127);
        dup2(out, 1);
        dup2(err, 2);
        execvp(argv[0], argv);
        _exit(127);
    }
    int status;
    struct rusage ru;
    if (wait4(pid, &status, 0, &ru) < 0)
        return -1;
    r->wall = now() - t0;
    r->cpu = (double)ru.ru_utime.tv_sec + (double)ru.ru_utime.tv_usec * 1e-6 + (double)ru.ru_stime.tv_sec +
             (double)ru.ru_stime.tv_usec * 1e-6;
    r->maxrss_kb = ru.ru_maxrss;
    r->exit_status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    r->err_lines = count_error_lines(errpath);
    if (r->exit_status == 127) {
        fprintf(stderr, "bench: cannot run %s\n", argv[0]);
        return -1;
    }
    return 0;
}

int bench_measure(const bench_ctx *ctx, char *const argv[], int repeats, bench_run *best)
{
    memset(best, 0, sizeof *best);
    long rss = 0;
    for (int i = 0; i < (repeats < 1 ? 1 : repeats); i++) {
        bench_run r;
        if (run_once(ctx, argv, &r))
            return -1;
        if (r.maxrss_kb > rss)
            rss = r.maxrss_kb;
        if (i == 0 || r.wall < best->wall)
            *best = r;
    }
    best->maxrss_kb = rss;
    return 0;
}

void bench_target(const char *name, bool met, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    printf("target %s: ", name);
    vprintf(fmt, ap);
    printf(" — %s\n", met ? "met" : "NOT met");
    va_end(ap);
}

/* -------------------------------------------------------- dyad read bench */

typedef struct read_row {
    const char *format;
    bench_files files;
    bench_run wc, t1, t2, half;
    bench_files half_files;
    long docs_out; /* JSON lines written by dyad read (a separate, untimed run) */
} read_row;

static double mbps(uint64_t bytes, double secs) { return secs > 0 ? (double)bytes / 1e6 / secs : 0; }

static void print_row(const char *what, const char *format, int threads, const bench_files *f, const bench_run *r)
{
    printf("%-10s %-5s %7d %6zu %8.1f %8.3f %8.1f %9.0f %9.1f %5.2f %8.1f %6zu\n", what, format, threads, f->docs,
           (double)f->bytes / 1e6, r->wall, mbps(f->bytes, r->wall), r->wall > 0 ? (double)f->docs / r->wall : 0,
           mbps(f->bytes, r->cpu), r->wall > 0 ? r->cpu / r->wall : 0, (double)r->maxrss_kb / 1024.0,
           r->err_lines);
}

int bench_read(const bench_ctx *ctx)
{
    static const char *const formats[] = {"text", "html", "warc"};
    read_row rows[3];
    memset(rows, 0, sizeof rows);
    int rc = 0;
    for (int i = 0; i < 3; i++) {
        read_row *row = &rows[i];
        row->format = formats[i];
        if (bench_corpus_files(ctx, formats[i], false, &row->files) ||
            bench_corpus_files(ctx, formats[i], true, &row->half_files))
            return -1;
        const char *wc[] = {"wc", "-w", NULL};
        const char *one[] = {ctx->dyad, "read", "--quiet", "--threads", "1", NULL};
        const char *two[] = {ctx->dyad, "read", "--quiet", "--threads", "2", NULL};
        char **a_wc = bench_argv(wc, &row->files);
        char **a_one = bench_argv(one, &row->files);
        char **a_two = bench_argv(two, &row->files);
        char **a_half = bench_argv(one, &row->half_files);
        fprintf(stderr, "bench: read %s: %zu files...\n", formats[i], row->files.n);
        if (bench_measure(ctx, a_wc, ctx->repeats, &row->wc) || bench_measure(ctx, a_one, ctx->repeats, &row->t1) ||
            bench_measure(ctx, a_two, ctx->repeats, &row->t2) ||
            bench_measure(ctx, a_half, ctx->repeats, &row->half))
            rc = -1;
        row->docs_out = count_output_lines(a_one);
        free(a_wc);
        free(a_one);
        free(a_two);
        free(a_half);
    }
    printf("\ndyad read: the program %s run with --threads N on every file of the format, output to\n"
           "/dev/null; wc -w on the same files in the same run.  Best of %d runs each (by wall time): the\n"
           "machine is shared, so absolute numbers are noisy, CPU figures less so.  MB = 10^6 bytes of\n"
           "input as stored (WARC: gzip); CPU MB/s = MB per second of user+system time (per core);\n"
           "CPUs = CPU time / wall time (near 2 when two threads really ran at once); RSS = peak\n"
           "resident set of the process; half = the first half of the files.\n\n",
           ctx->dyad, ctx->repeats);
    printf("%-10s %-5s %7s %6s %8s %8s %8s %9s %9s %5s %8s %6s\n", "what", "fmt", "threads", "docs", "MB", "wall s",
           "MB/s", "docs/s", "CPU MB/s", "CPUs", "RSS MB", "stderr");
    for (int i = 0; i < 3; i++) {
        read_row *r = &rows[i];
        print_row("wc -w", r->format, 1, &r->files, &r->wc);
        print_row("dyad read", r->format, 1, &r->files, &r->t1);
        print_row("dyad read", r->format, 2, &r->files, &r->t2);
        print_row("  half", r->format, 1, &r->half_files, &r->half);
        printf("%-10s %-5s documents read (JSON lines out): %ld of %zu\n", "", "", r->docs_out, r->files.docs);
        if (strcmp(r->format, "warc") == 0)
            printf("%-10s %-5s (uncompressed: %.1f MB; dyad MB/s on it: 1 thread %.1f, 2 threads %.1f)\n", "", "",
                   (double)r->files.raw_bytes / 1e6, mbps(r->files.raw_bytes, r->t1.wall),
                   mbps(r->files.raw_bytes, r->t2.wall));
    }
    printf("\n(stderr: error lines dyad wrote, one per failed document or file; docs/s counts the\n"
           "documents in the input; wc -w's locale: %s)\n\n",
           getenv("LC_ALL") ? getenv("LC_ALL") : getenv("LANG") ? getenv("LANG") : "C");
    const read_row *t = &rows[0], *h = &rows[1];
    /* judged on CPU time: on a shared machine wall time mostly measures
     * the other users; the wall-clock ratio is printed as well */
    double wc_cpu = mbps(t->files.bytes, t->wc.cpu), text_cpu = mbps(t->files.bytes, t->t1.cpu);
    double wc_wall = mbps(t->files.bytes, t->wc.wall), text_wall = mbps(t->files.bytes, t->t1.wall);
    bench_target("text read+clean+segment >= 50% of wc -w", text_cpu >= 0.5 * wc_cpu,
                 "%.1f MB/s vs wc -w %.1f MB/s per CPU second = %.0f%% (wall clock: %.1f vs %.1f MB/s = %.0f%%)",
                 text_cpu, wc_cpu, wc_cpu > 0 ? 100 * text_cpu / wc_cpu : 0, text_wall, wc_wall,
                 wc_wall > 0 ? 100 * text_wall / wc_wall : 0);
    /* The 80 MB/s target compares with figures the issue measured on real
     * news pages (libxml2 122 MB/s, boilerpipe 82 MB/s): `bench pages`
     * measures it there.  The generated pages are ~5 KB each, where the
     * parser's fixed cost per document dominates; shown for comparison. */
    double html_core = mbps(h->files.bytes, h->t1.cpu);
    printf("HTML read on the generated pages (%.1f KB each): %.1f MB/s per CPU second (%.1f MB/s wall, 1 "
           "thread; %ld of %zu documents read); the 80 MB/s target is checked on real pages by 'pages'\n",
           h->files.docs ? (double)h->files.bytes / 1e3 / (double)h->files.docs : 0.0, html_core,
           mbps(h->files.bytes, h->t1.wall), h->docs_out, h->files.docs);
    for (int i = 0; i < 3; i++) {
        const read_row *r = &rows[i];
        double sp = r->t2.wall > 0 ? r->t1.wall / r->t2.wall : 0;
        char name[64];
        snprintf(name, sizeof name, "%s 2 threads >= 1.8x 1 thread", r->format);
        double busy = r->t2.wall > 0 ? r->t2.cpu / r->t2.wall : 0;
        bench_target(name, sp >= 1.8, "%.2fx (%.3f s -> %.3f s, %.2f CPUs busy)%s", sp, r->t1.wall, r->t2.wall, busy,
                     r->docs_out == 0 ? " [no document read: format not supported by this build]"
                     : busy < 1.5    ? " [other processes left about one core free: rerun when the machine is idle]"
                                     : "");
    }
    for (int i = 0; i < 3; i++) {
        const read_row *r = &rows[i];
        double full = (double)r->t1.maxrss_kb / 1024.0, half = (double)r->half.maxrss_kb / 1024.0;
        double diff = full > half ? full - half : half - full;
        char name[64];
        snprintf(name, sizeof name, "%s RSS independent of corpus size", r->format);
        bench_target(name, diff <= 2.0 || diff <= 0.1 * (full > half ? full : half),
                     "%.1f MB on %.1f MB of input, %.1f MB on %.1f MB", full, (double)r->files.bytes / 1e6, half,
                     (double)r->half_files.bytes / 1e6);
    }
    for (int i = 0; i < 3; i++) {
        bench_files_free(&rows[i].files);
        bench_files_free(&rows[i].half_files);
    }
    return rc;
}

/* ------------------------------------------------------------------ main */

typedef struct bench_entry {
    const char *name;
    int (*fn)(const bench_ctx *);
} bench_entry;

/* bench_lexicon() was written before bench_ctx: give it the folder. */
static int run_lexicon(const bench_ctx *ctx) { return bench_lexicon(ctx->shared ? ctx->shared : "../shared"); }

/* Every benchmark, in the order they run: add one line per benchmark. */
static const bench_entry benchmarks[] = {
    {"read", bench_read},
    {"lexicon", run_lexicon},
    {"pages", bench_pages},
    {"code", bench_code},
};

static void usage(void)
{
    printf("usage: build/bench [--quick] [--shared DIR] [--dyad PATH] [--repeats N] [NAME...]\n"
           "  Builds the benchmark corpus when missing, then runs the named benchmarks\n"
           "  (default: all):");
    for (size_t i = 0; i < sizeof benchmarks / sizeof *benchmarks; i++)
        printf(" %s", benchmarks[i].name);
    printf("\n  --quick      a small corpus and one run per figure (smoke test)\n"
           "  --shared DIR outside data (default ../shared); absent: examples/ only\n"
           "  --dyad PATH  the dyad binary (default build/dyad)\n"
           "  --repeats N  runs per figure, the best is kept (default 3)\n");
}

int main(int argc, char **argv)
{
    bench_ctx ctx = {.shared = "../shared", .dyad = "build/dyad", .repeats = 3};
    const char *names[16];
    int n_names = 0;
    bool repeats_set = false;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--quick") == 0)
            ctx.quick = true;
        else if (strcmp(argv[i], "--shared") == 0 && i + 1 < argc)
            ctx.shared = argv[++i];
        else if (strcmp(argv[i], "--dyad") == 0 && i + 1 < argc)
            ctx.dyad = argv[++i];
        else if (strcmp(argv[i], "--repeats") == 0 && i + 1 < argc) {
            ctx.repeats = atoi(argv[++i]);
            repeats_set = true;
            if (ctx.repeats < 1)
                die("--repeats needs a positive number");
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage();
            return 0;
        } else if (argv[i][0] != '-' && n_names < 16)
            names[n_names++] = argv[i];
        else
            die("unknown option '%s' (see --help)", argv[i]);
    }
    if (ctx.quick && !repeats_set)
        ctx.repeats = 1;
    struct stat st;
    if (ctx.shared && (stat(ctx.shared, &st) != 0 || !S_ISDIR(st.st_mode))) {
        fprintf(stderr, "bench: %s is absent: using examples/ only\n", ctx.shared);
        ctx.shared = NULL;
    }
    if (access(ctx.dyad, X_OK) != 0)
        die("%s: not executable (run make first)", ctx.dyad);
    ctx.corpus = ctx.quick ? "build/bench-corpus-quick" : "build/bench-corpus";
    char man[4096];
    snprintf(man, sizeof man, "%s/MANIFEST", ctx.corpus);
    if (access(man, R_OK) != 0)
        build_corpus(&ctx);
    {
        /* say what the corpus was made from (it may predate this run) */
        char first[512] = "";
        FILE *f = fopen(man, "r");
        if (f) {
            if (!fgets(first, sizeof first, f))
                first[0] = 0;
            fclose(f);
        }
        char *src = strstr(first, "source: ");
        printf("corpus: %s, made from %s", ctx.corpus, src ? src + 8 : "(unknown)\n");
    }
    int rc = 0;
    for (size_t i = 0; i < sizeof benchmarks / sizeof *benchmarks; i++) {
        bool want = n_names == 0;
        for (int k = 0; k < n_names; k++)
            want |= strcmp(names[k], benchmarks[i].name) == 0;
        if (!want)
            continue;
        printf("== %s\n", benchmarks[i].name);
        fflush(stdout);
        if (benchmarks[i].fn(&ctx) != 0) {
            fprintf(stderr, "bench: %s could not measure\n", benchmarks[i].name);
            rc = 1;
        }
        fflush(stdout);
    }
    return rc;
}
