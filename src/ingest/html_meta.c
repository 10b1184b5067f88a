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

/* Remove " | Site Name" (or "Site Name | ") from a title.  The side that
 * names the site (og:site_name, the JSON-LD publisher) goes; without a
 * site name, a short tail ("Nation & World", "BBC News") goes when the
 * remaining headline has at least three words, or when what remains is
 * the page's <h1>.  Repeated: "Headline - Section - Site". */
static const char *strip_site(html_page *pg, const char *t, const char *site, bool aggressive)
{
    const html_list *seps = &pg->words->title_sep;
    for (int round = 0; round < 3; round++) {
        size_t n = strlen(t);
        size_t best = 0, best_sl = 0;
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
        if (h1_match || (aggressive && word_count(tail, tn) <= 4 && word_count(head, hn) >= 3 && tn < hn)) {
            t = dyad_arena_strndup(pg->arena, head, hn);
            continue;
        }
        return t;
    }
    return t;
}

/* Drop "By"/"Par" and trailing "|..." from a byline; NULL when it does not
 * look like names (a URL, a long sentence). */
static const char *clean_author(html_page *pg, const char *s)
{
    if (!s)
        return NULL;
    s = html_clean_str(pg->arena, s, strlen(s));
    if (!s || !strncmp(s, "http", 4) || strchr(s, '@') || strchr(s, '/'))
        return NULL;
    const html_list *pre = &pg->words->byline_prefix;
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
    if (!n || n > 120 || word_count(s, n) > 14)
        return NULL;
    return dyad_arena_strndup(pg->arena, s, n);
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

    /* title */
    const char *t = ld.headline;
    bool aggressive = false;
    if (!t) {
        t = meta_get(pg, &w->meta_title);
        aggressive = t != NULL;
    }
    if (!t)
        t = pg->itemprop_headline;
    if (!t && pg->n_h1 == 1)
        t = pg->h1[0];
    if (!t) {
        t = pg->doc_title;
        aggressive = true;
    }
    if (t)
        t = html_clean_str(a, t, strlen(t));
    if (t)
        t = strip_site(pg, t, raw->outlet, aggressive);
    /* a generic title ("Yahoo News", a section name) that the page's
     * <title> does not contain, where the <title> contains an <h1>: the
     * h1 is the headline */
    if (t && pg->doc_title && !strstr(pg->doc_title, t))
        for (size_t i = 0; i < pg->n_h1; i++)
            if (strlen(pg->h1[i]) > 10 && strstr(pg->doc_title, pg->h1[i])) {
                t = pg->h1[i];
                break;
            }
    raw->title = t;

    /* author */
    const char *cands[8] = {ld.author, meta_get(pg, &w->meta_author), pg->itemprop_author, pg->rel_author,
                            pg->byline_text};
    for (int i = 0; i < 5 && !raw->author; i++)
        raw->author = clean_author(pg, cands[i]);

    /* date */
    const char *dates[4] = {ld.date, meta_get(pg, &w->meta_date), pg->itemprop_date, pg->time_datetime};
    for (int i = 0; i < 4 && !raw->date; i++)
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
