/* jsonld.c — article metadata from schema.org JSON-LD blocks
 * (<script type="application/ld+json">), parsed with jansson: the first
 * object whose @type is an article type (data/html.txt "jsonld-type"),
 * found at the top, in a top-level array or in an "@graph" array.  Author
 * may be a string, an object with "name", or an array of either. */
#include "html_int.h"

#include <jansson.h>
#include <string.h>

static bool type_matches(json_t *t, const html_list *types)
{
    if (json_is_string(t))
        return html_list_find(types, json_string_value(t)) >= 0;
    if (json_is_array(t)) {
        size_t i;
        json_t *v;
        json_array_foreach(t, i, v) if (json_is_string(v) && html_list_find(types, json_string_value(v)) >= 0) return true;
    }
    return false;
}

static const char *str_of(json_t *v, dyad_arena *a)
{
    if (json_is_string(v))
        return html_clean_str(a, json_string_value(v), json_string_length(v));
    if (json_is_object(v))
        return str_of(json_object_get(v, "name"), a);
    return NULL;
}

/* Author names joined by ", ". */
static const char *authors_of(json_t *v, dyad_arena *a)
{
    if (!json_is_array(v))
        return str_of(v, a);
    dyad_buf b;
    dyad_buf_init(&b);
    size_t i;
    json_t *e;
    json_array_foreach(v, i, e)
    {
        const char *s = str_of(e, a);
        if (!s || i >= 16)
            continue;
        if (b.len)
            dyad_buf_add(&b, ", ", 2);
        dyad_buf_adds(&b, s);
    }
    const char *r = b.len && !b.failed ? dyad_arena_strndup(a, b.data, b.len) : NULL;
    dyad_buf_free(&b);
    return r;
}

/* Find the article object (depth-bounded search through arrays/@graph).
 * Prefer a specific article type over a generic WebPage: `best_rank` is the
 * index in `types` (lower is better). */
static void find_article(json_t *v, const html_list *types, int depth, json_t **best, size_t *best_rank)
{
    if (depth > 4 || !v)
        return;
    if (json_is_array(v)) {
        size_t i;
        json_t *e;
        json_array_foreach(v, i, e) find_article(e, types, depth + 1, best, best_rank);
        return;
    }
    if (!json_is_object(v))
        return;
    json_t *t = json_object_get(v, "@type");
    if (type_matches(t, types)) {
        size_t rank = types->n;
        if (json_is_string(t))
            rank = (size_t)html_list_find(types, json_string_value(t));
        else {
            size_t i;
            json_t *e;
            json_array_foreach(t, i, e)
            {
                int r = json_is_string(e) ? html_list_find(types, json_string_value(e)) : -1;
                if (r >= 0 && (size_t)r < rank)
                    rank = (size_t)r;
            }
        }
        if (!*best || rank < *best_rank) {
            *best = v;
            *best_rank = rank;
        }
    }
    find_article(json_object_get(v, "@graph"), types, depth + 1, best, best_rank);
    find_article(json_object_get(v, "mainEntity"), types, depth + 1, best, best_rank);
}

/* Pages written out by XHTML tools wrap script bodies in a CDATA section,
 * often behind a JavaScript comment: "//<![CDATA[ {...} //]]>".  The JSON
 * is what lies between the markers. */
static void unwrap_cdata(const char **json, size_t *len)
{
    const char *s = *json, *e = s + *len;
    while (s < e && (unsigned char)*s <= ' ')
        s++;
    if (e - s >= 2 && s[0] == '/' && s[1] == '/')
        s += 2;
    if (e - s < 9 || memcmp(s, "<![CDATA[", 9) != 0)
        return;
    s += 9;
    while (e > s && (unsigned char)e[-1] <= ' ')
        e--;
    if (e - s >= 3 && memcmp(e - 3, "]]>", 3) == 0) {
        e -= 3;
        while (e > s && (unsigned char)e[-1] <= ' ')
            e--;
        if (e - s >= 2 && e[-2] == '/' && e[-1] == '/')
            e -= 2;
    }
    *json = s;
    *len = (size_t)(e - s);
}

void jsonld_read(const char *json, size_t len, const html_list *types, dyad_arena *a, jsonld_article *out)
{
    memset(out, 0, sizeof *out);
    unwrap_cdata(&json, &len);
    json_error_t e;
    json_t *root = json_loadb(json, len, JSON_DECODE_ANY | JSON_ALLOW_NUL, &e);
    if (!root)
        return;
    json_t *art = NULL;
    size_t rank = 0;
    find_article(root, types, 0, &art, &rank);
    if (art) {
        out->headline = str_of(json_object_get(art, "headline"), a);
        if (!out->headline)
            out->headline = str_of(json_object_get(art, "name"), a);
        out->author = authors_of(json_object_get(art, "author"), a);
        out->date = str_of(json_object_get(art, "datePublished"), a);
        out->date_created = str_of(json_object_get(art, "dateCreated"), a);
        out->publisher = str_of(json_object_get(art, "publisher"), a);
        out->url = str_of(json_object_get(art, "url"), a);
    }
    json_decref(root);
}
