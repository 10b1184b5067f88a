/* html_meta.c — a page's title, author, date, outlet, language and URL,
 * from the strongest evidence present: JSON-LD article objects first, then
 * <meta> keys in the order of data/html.txt, then microdata (itemprop),
 * <time datetime>, rel=author links and byline elements. */
#include "html_int.h"

#include <string.h>
#include <strings.h>

static const char *meta_get(const html_page *pg, const html_list *keys)
{
    for (size_t k = 0; k < keys->n; k++)
        for (size_t i = 0; i < pg->n_metas; i++)
            if (strcmp(pg->metas[i].key, keys->items[k]) == 0 && pg->metas[i].value[0])
                return pg->metas[i].value;
    return NULL;
}

static const char *meta_get_one(const html_page *pg, const char *key)
{
    for (size_t i = 0; i < pg->n_metas; i++)
        if (strcmp(pg->metas[i].key, key) == 0 && pg->metas[i].value[0])
            return pg->metas[i].value;
    return NULL;
}

/* Words of s (runs separated by spaces). */
static size_t word_count(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* ASCII-case-insensitive equality of two byte ranges, ignoring a leading
 * "the " and a "www." */
static bool same_name(const char *a, size_t an, const char *b, size_t bn)
{
    if (an >= 4 && !strncasecmp(a, "www.", 4)) {
        a += 4;
        an -= 4;
    }
    if (bn >= 4 && !strncasecmp(b, "www.", 4)) {
        b += 4;
        bn -= 4;
    }
    return an == bn && an > 0 && strncasecmp(a, b, an) == 0;
}

static bool contains_ci(const char *hay, size_t hn, const char *needle, size_t nn)
{
    if (!nn || nn > hn)
        return false;
    for (size_t i = 0; i + nn <= hn; i++)
        if (strncasecmp(hay + i, needle, nn) == 0)
            return true;
    return false;
}

/* Code points of s[0..n) outside ASCII (a length for CJK text, where
 * words are not spaced). */
static size_t non_ascii_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) == 0xC0;
    return c;
}

static size_t utf8_chars(const char *s, size_t n)
{
    size_t c = 0;
    for (size_t i = 0; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

/* Remove "_Channel_Site" written without spaces (data/html.txt
 * "title-sep-tight"): "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网".
 * The last segment goes while it is short (at most 12 characters, no
 * space inside) and what stays is at least twice as long. */
static const char *strip_tight(html_page *pg, const char *t)
{
    const html_list *seps = &pg->words->title_sep_tight;
    for (int round = 0; round < 3; round++) {
        size_t n = strlen(t);
        const char *cut = NULL;
        size_t cut_sl = 0;
        for (size_t k = 0; k < seps->n; k++) {
            size_t sl = strlen(seps->items[k]);
            for (const char *p = t; (p = strstr(p, seps->items[k])) != NULL; p += sl)
                if (!cut || p > cut) {
                    cut = p;
                    cut_sl = sl;
                }
        }
        if (!cut || cut == t)
            return t;
        const char *tail = cut + cut_sl;
        size_t tn = (size_t)(t + n - tail), hn = (size_t)(cut - t);
        while (tn && *tail == ' ')
            tail++, tn--;
        while (hn && t[hn - 1] == ' ')
            hn--;
        size_t tc = utf8_chars(tail, tn), hc = utf8_chars(t, hn);
        if (!tn || tc > 12 || memchr(tail, ' ', tn) || hc < 2 * tc || hc < 4)
            return t;
        t = dyad_arena_strndup(pg->arena, t, hn);
        if (!t)
            return NULL;
    }
    return t;
}

/* Remove a trailing source in full-width brackets, as Japanese portals
 * add it: "…アプリ「フリーWi-Fiプロテクション」（CNET Japan）". */
static const char *strip_fullwidth_source(html_page *pg, const char *t)
{
    size_t n = strlen(t);
    static const char fw_open[] = "\xEF\xBC\x88", fw_close[] = "\xEF\xBC\x89"; /* （ ） */
    if (n < 6 || memcmp(t + n - 3, fw_close, 3) != 0)
        return t;
    const char *o = NULL;
    for (const char *p = t; (p = strstr(p, fw_open)) != NULL; p += 3)
        o = p;
    if (!o || o == t || utf8_chars(o, (size_t)(t + n - o)) > 22 || utf8_chars(t, (size_t)(o - t)) < 8)
        return t;
    size_t hn = (size_t)(o - t);
    while (hn && t[hn - 1] == ' ')
        hn--;
    return dyad_arena_strndup(pg->arena, t, hn);
}

/* Remove " | Site Name" (or "Site Name | ") from a title.  The side that
 * names the site (og:site_name, the JSON-LD publisher) goes; without a
 * site name, a short tail ("Nation & World", "BBC News") goes when the
 * remaining headline has at least three words, or when what remains is
 * the page's <h1>.  Repeated: "Headline - Section - Site". */
static const char *strip_site(html_page *pg, const char *t, const char *site, bool aggressive)
{
    const html_list *seps = &pg->words->title_sep;
    for (int round = 0; round < 3 && t; round++) {
        size_t n = strlen(t);
        size_t best = 0, best_sl = 0;
        bool best_colon = false;
        for (size_t k = 0; k < seps->n; k++) {
            char pat[16];
            size_t sl = strlen(seps->items[k]);
            if (sl + 2 >= sizeof pat)
                continue;
            pat[0] = ' ';
            memcpy(pat + 1, seps->items[k], sl);
            pat[sl + 1] = ' ';
            pat[sl + 2] = 0;
            if (sl == 1 && seps->items[k][0] == ':') { /* "Site: headline" has no space before ':' */
                pat[0] = ':';
                pat[1] = ' ';
                pat[2] = 0;
            }
            const char *p = t, *last = NULL;
            while ((p = strstr(p, pat)) != NULL) {
                last = p;
                p++;
            }
            if (last && (size_t)(last - t) > best) {
                best = (size_t)(last - t);
                best_sl = strlen(pat);
                best_colon = seps->items[k][0] == ':';
            }
        }
        if (!best)
            return t;
        const char *head = t, *tail = t + best + best_sl;
        size_t hn = best, tn = n - best - best_sl;
        /* the first separator, for "Site | Headline" */
        size_t sn = site ? strlen(site) : 0;
        if (site && (same_name(tail, tn, site, sn) || (tn < 40 && contains_ci(site, sn, tail, tn)) ||
                     (sn > 3 && contains_ci(tail, tn, site, sn) && tn < sn + 12))) {
            t = dyad_arena_strndup(pg->arena, head, hn);
            continue;
        }
        /* "Site: headline" / "Site | headline" */
        if (site) {
            for (size_t k = 0; k < seps->n; k++) {
                size_t sl = strlen(seps->items[k]);
                if (n > sn + sl + 2 && same_name(t, sn, site, sn) && t[sn] == ' ' &&
                    !strncmp(t + sn + 1, seps->items[k], sl) && t[sn + 1 + sl] == ' ')
                    return dyad_arena_strdup(pg->arena, t + sn + sl + 2);
                if (n > sn + sl + 1 && same_name(t, sn, site, sn) && !strncmp(t + sn, seps->items[k], sl) &&
                    t[sn + sl] == ' ')
                    return dyad_arena_strdup(pg->arena, t + sn + sl + 1);
            }
        }
        bool h1_match = false;
        for (size_t i = 0; i < pg->n_h1; i++)
            if (strlen(pg->h1[i]) == hn && !strncmp(pg->h1[i], head, hn))
                h1_match = true;
        /* a short tail goes, but not after a colon: "The Open Journalism
         * Project: Better Student Journalism" is one headline */
        bool long_head = word_count(head, hn) >= 3 || non_ascii_chars(head, hn) >= 8;
        if (h1_match || (aggressive && !best_colon && word_count(tail, tn) <= 4 && long_head && tn < hn)) {
            t = dyad_arena_strndup(pg->arena, head, hn);
            continue;
        }
        return t;
    }
    return t;
}

/* Is s[0..n) at word position i the list item (case-insensitive when
 * `fold`), followed by a word boundary?  Returns the item's length or 0. */
static size_t list_word_at(const html_list *l, const char *s, size_t n, size_t i, bool fold)
{
    if (i > 0 && s[i - 1] != ' ' && s[i - 1] != '(')
        return 0;
    for (size_t k = 0; k < l->n; k++) {
        size_t wl = strlen(l->items[k]);
        if (i + wl > n || (fold ? strncasecmp(s + i, l->items[k], wl) : strncmp(s + i, l->items[k], wl)) != 0)
            continue;
        if (i + wl == n || s[i + wl] == ' ' || s[i + wl] == ',' || s[i + wl] == ')' || s[i + wl] == '.')
            return wl;
    }
    return 0;
}

static void trim(const char **s, size_t *n)
{
    while (*n && (**s == ' ' || **s == ',' || **s == ';'))
        (*s)++, (*n)--;
    while (*n && ((*s)[*n - 1] == ' ' || (*s)[*n - 1] == ',' || (*s)[*n - 1] == '-' || (*s)[*n - 1] == '.' ||
                  (*s)[*n - 1] == ';' || (*s)[*n - 1] == ':'))
        (*n)--;
}

/* Append the names of one comma-free segment to `out` (", " between),
 * split at joining words ("Damien Leloup et Morgane Tual").  Returns false
 * when a job title begins the segment: the segment and what follows it are
 * an affiliation ("Daniel Kahn Gillmor, Senior Staff Technologist, ACLU
 * Speech, Privacy, and Technology Project"). */
static bool add_names(const html_words *w, dyad_buf *out, const char *s, size_t n, bool first)
{
    trim(&s, &n);
    if (!n)
        return true;
    if (list_word_at(&w->byline_role, s, n, 0, true))
        return first;
    /* a job title after the name: "Jane Doe Staff Writer", "Jane Doe
     * Senior Editor"; a title alone at the end after three words has its
     * beat before it: "Ben Silverman Games Editor" */
    size_t starts[32], nw = 0;
    for (size_t i = 0; i < n && nw < 32; i++)
        if (s[i] != ' ' && (i == 0 || s[i - 1] == ' '))
            starts[nw++] = i;
    for (size_t r = 2; r < nw; r++)
        if (list_word_at(&w->byline_role, s, n, starts[r], true)) {
            size_t cut = r;
            if (r >= 3 && r == nw - 1 && s[starts[r - 1]] >= 'A' && s[starts[r - 1]] <= 'Z')
                cut = r - 1;
            n = starts[cut];
            trim(&s, &n);
            break;
        }
    /* joining words and '&', between two names of two words or more:
     * "Ana Gil y Marta Ruiz", not "José Ortega y Gasset" */
    size_t from = 0, i = 0;
    while (i <= n) {
        size_t jl = i < n && i > 0 && s[i - 1] == ' ' ? list_word_at(&w->byline_join, s, n, i, false) : 0;
        if (jl) {
            size_t next = i + jl, stop = next;
            while (stop < n && !(s[stop] == ' ' && list_word_at(&w->byline_join, s, n, stop + 1, false)))
                stop++;
            if (word_count(s + from, i - from) < 2 || word_count(s + next, stop - next) < 2)
                jl = 0;
        }
        if (i < n && !jl) {
            i++;
            continue;
        }
        const char *name = s + from;
        size_t nl = i - from;
        trim(&name, &nl);
        if (nl) {
            if (out->len)
                dyad_buf_add(out, ", ", 2);
            dyad_buf_add(out, name, nl);
        }
        if (i == n)
            break;
        from = i = i + jl;
    }
    return true;
}

/* Drop "By"/"Par" and what follows the names (date, separator, job title,
 * credentials) from a byline, and list several authors as "A, B, C";
 * NULL when it does not look like names (a URL, a long sentence). */
static const char *clean_author(html_page *pg, const char *s)
{
    if (!s)
        return NULL;
    s = html_clean_str(pg->arena, s, strlen(s));
    if (!s || !strncmp(s, "http", 4) || strchr(s, '@') || strchr(s, '/'))
        return NULL;
    const html_words *w = pg->words;
    const html_list *pre = &w->byline_prefix;
    for (size_t k = 0; k < pre->n; k++) {
        size_t l = strlen(pre->items[k]);
        if (!strncasecmp(s, pre->items[k], l) && (s[l] == ' ' || pre->items[k][l - 1] == ':')) {
            s += l;
            while (*s == ' ')
                s++;
            break;
        }
    }
    size_t n = strlen(s);
    /* a byline runs into the date or a separator: "Dan Goodin - Apr 16,
     * 2015", "Joshua Sokol May 20, 2019", "James Akinaka • 8h" */
    static const char *const cuts[] = {" | ", " - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", "\xE2\x80\xA2",
                                       "\xC2\xB7", "\n", NULL};
    for (int k = 0; cuts[k]; k++) {
        const char *c = strstr(s, cuts[k]);
        if (c && (size_t)(c - s) < n)
            n = (size_t)(c - s);
    }
    char iso[11];
    size_t dlen;
    long at = dyad_date_find(s, n, 2000, iso, &dlen);
    if (at > 0)
        n = (size_t)at;
    for (size_t i = 0; i < n; i++)
        if (s[i] >= '0' && s[i] <= '9') {
            n = i;
            break;
        }
    /* lower-case words before a date or time: "Aleš Vávra před 2 hodinami"
     * (the digits are already cut); not before a capitalised word, where
     * they are a particle of the name: "Amr el Shobaki" */
    for (size_t i = 1; i < n; i++) {
        size_t sl = s[i - 1] == ' ' ? list_word_at(&w->byline_stop, s, n, i, false) : 0;
        if (!sl)
            continue;
        size_t j = i + sl;
        while (j < n && s[j] == ' ')
            j++;
        if (j == n || !((s[j] >= 'A' && s[j] <= 'Z') || (unsigned char)s[j] >= 0xC0)) {
            n = i;
            break;
        }
    }
    while (n && (s[n - 1] == ',' || s[n - 1] == ' ' || s[n - 1] == '-' || s[n - 1] == '.'))
        n--;
    /* credentials after a comma: "Brenda Goodman, MA" */
    const char *comma = memrchr(s, ',', n);
    if (comma && (size_t)(s + n - comma) <= 6) {
        bool cred = true;
        for (const char *q = comma + 1; q < s + n; q++)
            if (!(*q == ' ' || *q == '.' || (*q >= 'A' && *q <= 'Z') || *q == 'h'))
                cred = false;
        if (cred)
            n = (size_t)(comma - s);
    }
    if (!n || n > 200 || word_count(s, n) > 20)
        return NULL;
    /* "Martin Untersinger (avec Damien Leloup et Morgane Tual)": the
     * parenthesis lists co-authors; other parentheses are part of a name
     * ("Bruno (Henrique Zecchin) Rodrigues") */
    const char *with = NULL;
    size_t with_n = 0, main_n = n;
    const char *open = memchr(s, '(', n);
    if (open) {
        size_t o = (size_t)(open - s) + 1;
        size_t wl = list_word_at(&w->byline_with, s, n, o, true);
        const char *close = memchr(open, ')', n - (size_t)(open - s));
        if (wl && o + wl < n && s[o + wl] == ' ') {
            with = s + o + wl + 1;
            with_n = (close ? (size_t)(close - with) : (size_t)(s + n - with));
            main_n = (size_t)(open - s);
        }
    }
    dyad_buf out;
    dyad_buf_init(&out);
    bool go = true;
    for (int part = 0; part < 2 && go; part++) {
        const char *p = part ? with : s;
        size_t pn = part ? with_n : main_n;
        size_t from = 0;
        for (size_t i = 0; p && i <= pn && go; i++)
            if (i == pn || p[i] == ',' || p[i] == ';') {
                go = add_names(w, &out, p + from, i - from, part == 0 && from == 0);
                from = i + 1;
            }
    }
    const char *r = out.len && !out.failed ? dyad_arena_strndup(pg->arena, out.data, out.len) : NULL;
    dyad_buf_free(&out);
    if (r && (strlen(r) > 120 || word_count(r, strlen(r)) > 14))
        return NULL;
    return r;
}

/* The text of byline element k: an inline one's as taken during the
 * walk; a block one's text blocks joined by " | " (a lone "By" joins the
 * next with a space), so that the name and the lines under it (job title,
 * date) stay apart for clean_author.  NULL when 200 bytes or longer: the
 * class word was on a container ("tag-fan-contributor" on <article>). */
static const char *byline_text(html_page *pg, size_t k)
{
    if (pg->byline_inline[k])
        return strlen(pg->byline_inline[k]) < 200 ? pg->byline_inline[k] : NULL;
    int id = pg->byline_node[k], end = pg->nodes[id].end;
    dyad_buf b;
    dyad_buf_init(&b);
    for (size_t i = 0; i < pg->n_blocks && b.len < 200; i++) {
        const hblock *bl = &pg->blocks[i];
        if (bl->owner < id || bl->owner >= end)
            continue;
        const char *t = html_clean_str(pg->arena, bl->text, bl->len);
        if (!t)
            continue;
        if (b.len) {
            bool lone_prefix = false;
            for (size_t j = 0; j < pg->words->byline_prefix.n; j++)
                if (b.len == strlen(pg->words->byline_prefix.items[j]) &&
                    !strncasecmp(b.data, pg->words->byline_prefix.items[j], b.len))
                    lone_prefix = true;
            dyad_buf_adds(&b, lone_prefix ? " " : " | ");
        }
        dyad_buf_adds(&b, t);
    }
    const char *r = b.len && !b.failed && b.len < 200 ? dyad_arena_strndup(pg->arena, b.data, b.len) : NULL;
    dyad_buf_free(&b);
    return r;
}

static bool ascii_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* ASCII-case-insensitive substring test. */
static bool has_ci(const char *hay, const char *needle)
{
    return contains_ci(hay, strlen(hay), needle, strlen(needle));
}

/* The page's visible headline (<h1>) over the title found in metadata,
 * when the metadata title is that headline with a site, section or
 * source added ("トレンドマイクロ、…「フリーWi-Fiプロテクション」（CNET Japan） -
 * Yahoo!ニュース" over the h1 without the tail), when it is a generic
 * title ("Yahoo News - Latest News & Headlines") that <title> does not
 * contain while <title> contains the h1, or when it is the site's name or
 * a short section name ("Quanta Magazine") above a longer h1.  A meta
 * title that only differs in case or an article ("Seven secrets…" beside
 * the h1 "The seven secrets…") stays. */
static const char *prefer_h1(html_page *pg, const char *t, const char *site)
{
    for (size_t i = 0; i < pg->n_h1; i++) {
        const char *h = pg->h1[i];
        size_t hl = strlen(h);
        if (hl < 10)
            continue;
        if (!t)
            return h;
        size_t tl = strlen(t);
        if (hl < tl && hl * 10 >= tl * 6) {
            if ((!strncmp(t, h, hl) && !ascii_word_char(t[hl])) ||
                (!strcmp(t + tl - hl, h) && !ascii_word_char(t[tl - hl - 1])))
                return h;
        }
        if (pg->doc_title && !has_ci(pg->doc_title, t) && has_ci(pg->doc_title, h))
            return h;
        if (pg->n_h1 == 1 && word_count(t, tl) <= 3 && word_count(h, hl) > word_count(t, tl) + 2 &&
            (!site || same_name(t, tl, site, strlen(site)) || non_ascii_chars(t, tl) == 0))
            return h;
    }
    return t;
}

static bool valid_date(const char *s)
{
    char iso[11];
    return s && dyad_date_parse(s, strlen(s), 0, iso) > 0;
}

void html_meta_resolve(html_page *pg, dyad_raw_doc *raw)
{
    dyad_arena *a = pg->arena;
    const html_words *w = pg->words;
    jsonld_article ld = {0};
    for (size_t i = 0; i < pg->n_jsonld; i++) {
        jsonld_article one;
        jsonld_read(pg->jsonld[i], strlen(pg->jsonld[i]), &w->jsonld_type, a, &one);
        if (!ld.headline)
            ld.headline = one.headline;
        if (!ld.author)
            ld.author = one.author;
        if (!ld.date)
            ld.date = one.date;
        if (!ld.date_created)
            ld.date_created = one.date_created;
        if (!ld.publisher)
            ld.publisher = one.publisher;
        if (!ld.url)
            ld.url = one.url;
    }

    /* outlet */
    const char *site = ld.publisher ? ld.publisher : meta_get(pg, &w->meta_site);
    if (site && site[0] == '@')
        site = NULL; /* a twitter handle is not a name */
    if (site)
        raw->outlet = html_clean_str(a, site, strlen(site));

    /* title: the JSON-LD headline, a meta title, microdata, <title>; a
     * sole <h1> when there is nothing else */
    const char *t = ld.headline;
    bool aggressive = false;
    if (!t) {
        t = meta_get(pg, &w->meta_title);
        aggressive = t != NULL;
    }
    if (!t)
        t = pg->itemprop_headline;
    if (!t && pg->doc_title) {
        t = pg->doc_title;
        aggressive = true;
    }
    if (!t && pg->n_h1 == 1)
        t = pg->h1[0];
    if (t)
        t = html_clean_str(a, t, strlen(t));
    if (t && aggressive)
        t = strip_tight(pg, t);
    if (t)
        t = strip_site(pg, t, raw->outlet, aggressive);
    if (t && aggressive)
        t = strip_fullwidth_source(pg, t);
    t = prefer_h1(pg, t, raw->outlet);
    raw->title = t;

    /* author */
    const char *cands[4] = {ld.author, meta_get(pg, &w->meta_author), pg->itemprop_author, pg->rel_author};
    for (int i = 0; i < 4 && !raw->author; i++)
        raw->author = clean_author(pg, cands[i]);
    for (size_t k = 0; k < pg->n_byline && !raw->author; k++)
        raw->author = clean_author(pg, byline_text(pg, k));

    /* date: publication over creation ("dateCreated" is often the first
     * draft, in UTC, a day apart from the published local date); the
     * string as written, so the day stays the one of the page's offset */
    const char *dates[5] = {ld.date, meta_get(pg, &w->meta_date), pg->itemprop_date, pg->time_datetime,
                            ld.date_created};
    for (int i = 0; i < 5 && !raw->date; i++)
        if (valid_date(dates[i]))
            raw->date = html_clean_str(a, dates[i], strlen(dates[i]));

    /* language: "en-US" → "en" */
    const char *lang = pg->lang ? pg->lang : meta_get_one(pg, "content-language");
    if (lang) {
        char code[8];
        size_t i = 0;
        while (lang[i] && lang[i] != '-' && lang[i] != '_' && i < 7) {
            code[i] = (char)((lang[i] >= 'A' && lang[i] <= 'Z') ? lang[i] + 32 : lang[i]);
            i++;
        }
        code[i] = 0;
        if (i >= 2 && i <= 3)
            raw->lang = dyad_arena_strdup(a, code);
    }

    /* url */
    const char *url = pg->canonical ? pg->canonical : meta_get_one(pg, "og:url");
    if (!url)
        url = ld.url;
    if (url && (!strncmp(url, "http://", 7) || !strncmp(url, "https://", 8)))
        raw->url = html_clean_str(a, url, strlen(url));
}
