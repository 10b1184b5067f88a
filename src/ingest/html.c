/* html.c — HTML pages: choose the character set, parse with libxml2's
 * forgiving HTML parser, and flatten the tree once into nodes and text
 * blocks (html_int.h) while noting the metadata seen on the way; then
 * html_meta.c names title/author/date and html_extract.c picks the
 * article's paragraphs. */
#include "html_int.h"

#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <string.h>
#include <strings.h>

/* ---------------------------------------------------------- charset */

/* Is the whole input valid UTF-8 with at least one multi-byte sequence? */
static bool utf8_with_multibyte(const char *d, size_t n)
{
    const unsigned char *s = (const unsigned char *)d;
    bool multi = false;
    size_t i = 0;
    while (i < n) {
        if (s[i] < 0x80) {
            i++;
            continue;
        }
        size_t k;
        if (dyad_utf8_decode(s + i, n - i, &k) < 0)
            return false;
        multi = true;
        i += k;
    }
    return multi;
}

/* The encoding to impose on the parser, or NULL to let libxml2 decide from
 * the BOM and <meta charset>/<meta http-equiv>.  A page whose bytes are
 * valid UTF-8 with non-ASCII text is UTF-8 whatever its <meta> says:
 * mirrored and re-saved pages keep a stale "charset=gb2312" over UTF-8
 * bytes, and legacy encodings almost never form long valid UTF-8.  The
 * HTTP header's charset comes next. */
static const char *choose_encoding(const char *data, size_t len, const char *charset)
{
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF)))
        return NULL; /* UTF-16 BOM: libxml2 detects it */
    if (utf8_with_multibyte(data, len))
        return "UTF-8";
    if (charset && *charset)
        return charset;
    return NULL;
}

/* ------------------------------------------------------------- tags */

static const struct {
    const char *name;
    html_tag tag;
} tag_table[] = {
    {"a", T_A},           {"address", T_ADDRESS},
    {"article", T_ARTICLE}, {"blockquote", T_BLOCKQUOTE},
    {"body", T_BODY},     {"br", T_BR},
    {"caption", T_CAPTION}, {"center", T_CENTER},
    {"code", T_CODE},     {"dd", T_DD},
    {"details", T_DETAILS}, {"div", T_DIV},
    {"dl", T_DL},         {"dt", T_DT},
    {"embed", T_EMBED},   {"fieldset", T_FIELDSET},
    {"figcaption", T_FIGCAPTION}, {"figure", T_FIGURE},
    {"form", T_FORM},     {"h1", T_H1},
    {"h2", T_H2},         {"h3", T_H3},
    {"h4", T_H4},         {"h5", T_H5},
    {"h6", T_H6},         {"header", T_HEADER},
    {"hgroup", T_HGROUP}, {"hr", T_HR},
    {"img", T_IMG},       {"input", T_INPUT},
    {"li", T_LI},         {"main", T_MAIN},
    {"ol", T_OL},         {"p", T_P},
    {"pre", T_PRE},       {"section", T_SECTION},
    {"table", T_TABLE},   {"tbody", T_TBODY},
    {"td", T_TD},         {"th", T_TH},
    {"tr", T_TR},         {"ul", T_UL},
};

static html_tag tag_of(const char *name)
{
    size_t lo = 0, hi = sizeof tag_table / sizeof tag_table[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, tag_table[mid].name);
        if (c == 0)
            return tag_table[mid].tag;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return T_OTHER;
}

static bool is_block_tag(html_tag t)
{
    switch (t) {
    case T_ADDRESS: case T_ARTICLE: case T_BLOCKQUOTE: case T_BODY: case T_CENTER: case T_DD:
    case T_DETAILS: case T_DIV: case T_DL: case T_DT: case T_FIELDSET: case T_FIGCAPTION:
    case T_FIGURE: case T_FORM: case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6:
    case T_HEADER: case T_HGROUP: case T_HR: case T_LI: case T_MAIN: case T_OL: case T_P: case T_PRE:
    case T_SECTION: case T_TABLE: case T_TD: case T_TH: case T_TR: case T_UL: case T_CAPTION:
    case T_TBODY:
        return true;
    default:
        return false;
    }
}

/* Elements whose content is never article text. */
static bool skipped_element(const char *name)
{
    static const char *const skip[] = {"script", "style", "noscript", "template", "svg", "math", "iframe",
                                       "object", "select", "button", "textarea", "canvas", "nav", "aside",
                                       "footer", "head", "audio", "video", "map", "dialog", "menu", NULL};
    for (int i = 0; skip[i]; i++)
        if (name[0] == skip[i][0] && strcmp(name, skip[i]) == 0)
            return true;
    return false;
}

static const char *attr(xmlNode *n, const char *name)
{
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (strcasecmp((const char *)a->name, name) == 0)
            return a->children && a->children->content ? (const char *)a->children->content : "";
    return NULL;
}

/* Hidden by the page: hidden attribute, aria-hidden, display:none. */
static bool hidden_element(xmlNode *n)
{
    if (attr(n, "hidden"))
        return true;
    const char *ah = attr(n, "aria-hidden");
    if (ah && strcasecmp(ah, "true") == 0) {
        /* "fallback-image" wrappers hide a copy, not the content */
        const char *c = attr(n, "class");
        return !(c && strstr(c, "fallback-image"));
    }
    const char *st = attr(n, "style");
    if (st) {
        for (const char *p = st; (p = strcasestr(p, "display")) != NULL; p += 7) {
            const char *q = p + 7;
            while (*q == ' ' || *q == ':')
                q++;
            if (strncasecmp(q, "none", 4) == 0)
                return true;
        }
        if (strcasestr(st, "visibility:hidden") || strcasestr(st, "visibility: hidden"))
            return true;
    }
    return false;
}

static bool unlikely_role(const char *role)
{
    static const char *const roles[] = {"menu", "menubar", "complementary", "navigation", "alert", "alertdialog",
                                        "dialog", NULL};
    if (!role)
        return false;
    for (int i = 0; roles[i]; i++)
        if (strcasecmp(role, roles[i]) == 0)
            return true;
    return false;
}

/* ----------------------------------------------------------- builder */

typedef struct builder {
    html_page *pg;
    dyad_buf text; /* the current block's text */
    double chars, link_chars, commas;
    int owner; /* block element the current text belongs to */
    int link_depth;
    bool link_frag; /* inside <a href="#..."> */
    bool space;     /* last char appended was white space */
    bool failed;
    /* class attribute → flags cache (many elements share a class) */
    struct {
        const char *key;
        size_t len;
        unsigned flags;
        const char *why;
    } cache[1024];
} builder;

char *html_clean_str(dyad_arena *a, const char *s, size_t n)
{
    while (n && (unsigned char)*s <= ' ') {
        s++;
        n--;
    }
    while (n && (unsigned char)s[n - 1] <= ' ')
        n--;
    if (!n)
        return NULL;
    char *out = dyad_arena_alloc(a, n + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c <= ' ') {
            sp = true;
            continue;
        }
        if (sp && o)
            out[o++] = ' ';
        sp = false;
        out[o++] = (char)c;
    }
    out[o] = 0;
    return out;
}

static void flush(builder *b)
{
    if (b->chars > 0 && b->owner >= 0) {
        html_page *pg = b->pg;
        if (pg->n_blocks == pg->cap_blocks) {
            size_t cap = pg->cap_blocks ? pg->cap_blocks * 2 : 64;
            hblock *p = dyad_arena_grow(pg->arena, pg->blocks, pg->n_blocks, cap, sizeof *p);
            if (!p) {
                b->failed = true;
                goto out;
            }
            pg->blocks = p;
            pg->cap_blocks = cap;
        }
        char *t = dyad_arena_strndup(pg->arena, b->text.data, b->text.len);
        if (!t) {
            b->failed = true;
            goto out;
        }
        pg->blocks[pg->n_blocks++] =
            (hblock){b->owner, t, b->text.len, b->chars, b->link_chars, b->commas};
    }
out:
    dyad_buf_reset(&b->text);
    b->chars = b->link_chars = b->commas = 0;
    b->space = true;
}

/* Append text, counting characters (runs of white space count one) and
 * commas (also the Arabic and CJK ones). */
static void add_text(builder *b, const char *s, size_t n)
{
    dyad_buf_add(&b->text, s, n);
    double chars = 0, commas = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = u[i];
        if (c <= ' ') {
            if (!b->space)
                chars++;
            b->space = true;
            continue;
        }
        b->space = false;
        if ((c & 0xC0) == 0x80)
            continue;
        chars++;
        if (c == ',')
            commas++;
        else if (c == 0xD8 && i + 1 < n && u[i + 1] == 0x8C) /* ، */
            commas++;
        else if (c == 0xEF && i + 2 < n && ((u[i + 1] == 0xBC && u[i + 2] == 0x8C) || /* ， */
                                            (u[i + 1] == 0xB9 && u[i + 2] == 0x90)))  /* ﹐ */
            commas++;
    }
    b->chars += chars;
    b->commas += commas;
    if (b->link_depth)
        b->link_chars += b->link_frag ? chars * 0.3 : chars;
}

static int add_node(builder *b, xmlNode *n, html_tag tag, int parent)
{
    html_page *pg = b->pg;
    if (pg->n_nodes == pg->cap_nodes) {
        size_t cap = pg->cap_nodes ? pg->cap_nodes * 2 : 256;
        hnode *p = dyad_arena_grow(pg->arena, pg->nodes, pg->n_nodes, cap, sizeof *p);
        if (!p)
            return -1;
        pg->nodes = p;
        pg->cap_nodes = cap;
    }
    int id = (int)pg->n_nodes++;
    hnode *h = &pg->nodes[id];
    memset(h, 0, sizeof *h);
    h->parent = parent;
    h->end = id + 1;
    h->tag = (uint8_t)tag;
    if (is_block_tag(tag))
        h->flags |= HN_BLOCK;
    if (parent >= 0) {
        hnode *p = &pg->nodes[parent];
        p->n_children++;
        h->flags |= p->flags & (HN_IN_FIGURE | HN_IN_CAPTION | HN_IN_TABLE | HN_DROP);
        h->why = p->why;
    }
    if (tag == T_FIGURE)
        h->flags |= HN_IN_FIGURE;
    if (tag == T_FIGCAPTION)
        h->flags |= HN_IN_CAPTION;
    if (tag == T_TABLE || tag == T_CODE)
        h->flags |= HN_IN_TABLE;

    /* class and id words */
    const char *cls = attr(n, "class"), *idv = attr(n, "id");
    h->cls = cls;
    char low[512];
    size_t ln = 0;
    for (const char *s = cls; s && *s && ln < sizeof low - 2; s++)
        low[ln++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    size_t cls_len = ln;
    if (idv && *idv && ln < sizeof low - 2)
        low[ln++] = ' ';
    for (const char *s = idv; s && *s && ln < sizeof low - 1; s++)
        low[ln++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    if (ln) {
        const char *why = NULL;
        unsigned hw = 0;
        uint64_t hsh = 1469598103934665603ull;
        for (size_t i = 0; i < ln; i++)
            hsh = (hsh ^ (unsigned char)low[i]) * 1099511628211ull;
        size_t slot = hsh & 1023;
        if (b->cache[slot].key && b->cache[slot].len == ln && memcmp(b->cache[slot].key, low, ln) == 0) {
            hw = b->cache[slot].flags;
            why = b->cache[slot].why;
        } else {
            hw = html_words_classify(pg->words, low, ln, &why);
            char *key = dyad_arena_strndup(pg->arena, low, ln);
            if (key) {
                b->cache[slot].key = key;
                b->cache[slot].len = ln;
                b->cache[slot].flags = hw;
                b->cache[slot].why = why;
            }
        }
        /* Readability weighs class and id separately; we weigh the pair
         * once per sign, ±25. */
        if (hw & HW_POSITIVE)
            h->class_weight += 25;
        if (hw & HW_NEGATIVE)
            h->class_weight -= 25;
        (void)cls_len;
        /* the root's classes describe the page ("ads-enabled" on <html>) */
        bool structural = tag == T_BODY || tag == T_A || tag == T_ARTICLE || tag == T_MAIN || parent < 0;
        if ((hw & HW_DROP) && !structural) {
            h->flags |= HN_DROP_OWN;
            h->own_why = why;
            if (!(h->flags & HN_DROP)) {
                h->flags |= HN_DROP;
                h->why = why;
            }
        } else if ((hw & HW_HIDE) && !(hw & HW_KEEP) && !structural && !(h->flags & HN_IN_TABLE))
            h->flags |= HN_UNLIKELY;
        if (hw & HW_BYLINE)
            h->flags |= HN_BYLINE;
    }
    for (int k = parent; k >= 0 && !(pg->nodes[k].flags & HN_HAS_BLOCK) && (h->flags & HN_BLOCK);
         k = pg->nodes[k].parent)
        pg->nodes[k].flags |= HN_HAS_BLOCK;
    return id;
}

static void push_meta(builder *b, const char *key, const char *value)
{
    html_page *pg = b->pg;
    if (!key || !value || !*value || pg->n_metas >= 512)
        return;
    if (pg->n_metas == pg->cap_metas) {
        size_t cap = pg->cap_metas ? pg->cap_metas * 2 : 32;
        html_meta_kv *p = dyad_arena_grow(pg->arena, pg->metas, pg->n_metas, cap, sizeof *p);
        if (!p)
            return;
        pg->metas = p;
        pg->cap_metas = cap;
    }
    size_t kl = strlen(key);
    char *k = dyad_arena_strndup(pg->arena, key, kl);
    if (!k)
        return;
    for (size_t i = 0; i < kl; i++)
        k[i] = (char)((k[i] >= 'A' && k[i] <= 'Z') ? k[i] + 32 : k[i]);
    pg->metas[pg->n_metas++] = (html_meta_kv){k, value};
}

/* Text of a subtree as one cleaned string (for titles and bylines: small
 * elements only; the caller bounds the size). */
static const char *node_text(dyad_arena *a, xmlNode *n)
{
    xmlChar *t = xmlNodeGetContent(n);
    if (!t)
        return NULL;
    size_t l = strlen((const char *)t);
    char *s = l < 4096 ? html_clean_str(a, (const char *)t, l) : NULL;
    xmlFree(t);
    return s;
}

/* Metadata carried by elements: <meta>, <title>, <time>, itemprop, rel=author,
 * JSON-LD scripts, <html lang>. */
static void note_metadata(builder *b, xmlNode *n, const char *name, int depth_ok)
{
    html_page *pg = b->pg;
    dyad_arena *a = pg->arena;
    if (!strcmp(name, "meta")) {
        const char *content = attr(n, "content");
        push_meta(b, attr(n, "property"), content);
        push_meta(b, attr(n, "name"), content);
        push_meta(b, attr(n, "itemprop"), content);
        const char *he = attr(n, "http-equiv");
        if (he && !strcasecmp(he, "content-language"))
            push_meta(b, "content-language", content);
        return;
    }
    if (!strcmp(name, "title")) {
        if (!pg->doc_title && depth_ok)
            pg->doc_title = node_text(a, n);
        return;
    }
    if (!strcmp(name, "html")) {
        const char *l = attr(n, "lang");
        if (!l)
            l = attr(n, "xml:lang");
        if (l && *l)
            pg->lang = dyad_arena_strdup(a, l);
        return;
    }
    if (!strcmp(name, "link")) {
        const char *rel = attr(n, "rel");
        if (rel && !strcasecmp(rel, "canonical") && !pg->canonical)
            pg->canonical = attr(n, "href");
        return;
    }
    if (!strcmp(name, "script")) {
        const char *type = attr(n, "type");
        if (type && !strcasecmp(type, "application/ld+json") && pg->n_jsonld < 16) {
            xmlChar *t = xmlNodeGetContent(n);
            if (t) {
                const char *s = dyad_arena_strdup(a, (const char *)t);
                xmlFree(t);
                if (s && pg->n_jsonld == pg->cap_jsonld) {
                    size_t cap = pg->cap_jsonld ? pg->cap_jsonld * 2 : 4;
                    const char **p = dyad_arena_grow(a, (void *)pg->jsonld, pg->n_jsonld, cap, sizeof *p);
                    if (p) {
                        pg->jsonld = p;
                        pg->cap_jsonld = cap;
                    }
                }
                if (s && pg->n_jsonld < pg->cap_jsonld)
                    pg->jsonld[pg->n_jsonld++] = s;
            }
        }
        return;
    }
    if (!strcmp(name, "time") && !pg->time_datetime) {
        const char *dt = attr(n, "datetime");
        if (dt && *dt)
            pg->time_datetime = dt;
    }
    const char *ip = attr(n, "itemprop");
    if (ip) {
        if (!pg->itemprop_date && strstr(ip, "datePublished")) {
            const char *v = attr(n, "datetime");
            if (!v)
                v = attr(n, "content");
            if (v && *v)
                pg->itemprop_date = v;
        } else if (!pg->itemprop_author && strstr(ip, "author")) {
            const char *v = attr(n, "content");
            pg->itemprop_author = v && *v ? v : node_text(a, n);
        } else if (!pg->itemprop_headline && strstr(ip, "headline"))
            pg->itemprop_headline = node_text(a, n);
    }
    const char *rel = attr(n, "rel");
    if (rel && !pg->rel_author && !strcasecmp(rel, "author"))
        pg->rel_author = node_text(a, n);
}

/* Metadata inside <head> (skipped by the flattening); head is shallow,
 * the depth bound only guards against odd pages. */
static void note_head(builder *b, xmlNode *n, int depth)
{
    for (; n && depth < 16; n = n->next)
        if (n->type == XML_ELEMENT_NODE) {
            note_metadata(b, n, (const char *)n->name, 1);
            if (n->children && strcmp((const char *)n->name, "script") != 0)
                note_head(b, n->children, depth + 1);
        }
}

/* Flatten the tree below root.  Iterative (no recursion: nesting depth is
 * the page's choice), each node visited once. */
static int build(builder *b, xmlNode *root)
{
    html_page *pg = b->pg;
    int cur = -1; /* node index of the current element */
    b->owner = -1;
    xmlNode *n = root;
    while (n) {
        bool descend = false;
        if (n->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)n->name;
            note_metadata(b, n, name, 1);
            if (!strcmp(name, "head"))
                note_head(b, n->children, 0);
            if (skipped_element(name) || hidden_element(n) || unlikely_role(attr(n, "role"))) {
                /* a skipped element still ends the current text run */
                flush(b);
            } else {
                html_tag tag = tag_of(name);
                int id = add_node(b, n, tag, cur);
                if (id < 0)
                    return -1;
                hnode *h = &pg->nodes[id];
                if (tag == T_BODY && pg->body < 0)
                    pg->body = id;
                if (tag == T_H1 && pg->n_h1 < 8) {
                    const char *t = node_text(pg->arena, n);
                    if (t) {
                        pg->h1[pg->n_h1] = t;
                        pg->h1_node[pg->n_h1++] = id;
                    }
                }
                if ((h->flags & HN_BYLINE) && pg->n_byline < 8) {
                    /* an inline byline's text now; a block byline's from
                     * its text blocks after the walk (html_meta.c), so
                     * that "Ben Silverman" and a "Games Editor" line
                     * below it stay apart */
                    pg->byline_node[pg->n_byline] = id;
                    pg->byline_inline[pg->n_byline++] =
                        h->flags & HN_BLOCK ? NULL : node_text(pg->arena, n);
                }
                if (tag == T_BR)
                    add_text(b, " ", 1);
                if (h->flags & HN_BLOCK) {
                    flush(b);
                    b->owner = id;
                }
                if (tag == T_A) {
                    b->link_depth++;
                    const char *href = attr(n, "href");
                    if (b->link_depth == 1)
                        b->link_frag = href && href[0] == '#';
                }
                cur = id;
                descend = n->children != NULL;
                if (!descend) {
                    /* leave at once */
                    if (h->flags & HN_BLOCK)
                        flush(b);
                    if (tag == T_A)
                        b->link_depth--;
                    h->end = (int)pg->n_nodes;
                    cur = h->parent;
                    if (h->flags & HN_BLOCK) {
                        int o = cur;
                        while (o >= 0 && !(pg->nodes[o].flags & HN_BLOCK))
                            o = pg->nodes[o].parent;
                        b->owner = o;
                    }
                }
            }
        } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content && cur >= 0)
                add_text(b, (const char *)n->content, strlen((const char *)n->content));
        }
        if (b->failed || b->text.failed)
            return -1;
        if (descend) {
            n = n->children;
            continue;
        }
        /* next sibling, or climb, closing the elements we leave */
        while (n && !n->next) {
            n = n->parent;
            if (!n || n == root->parent || n->type != XML_ELEMENT_NODE)
                return 0;
            if (cur < 0)
                return 0;
            hnode *h = &pg->nodes[cur];
            if (h->flags & HN_BLOCK)
                flush(b);
            if (h->tag == T_A && b->link_depth > 0)
                b->link_depth--;
            h->end = (int)pg->n_nodes;
            cur = h->parent;
            if (h->flags & HN_BLOCK) {
                int o = cur;
                while (o >= 0 && !(pg->nodes[o].flags & HN_BLOCK))
                    o = pg->nodes[o].parent;
                b->owner = o;
            }
            if (n == root)
                return 0;
        }
        if (n == root)
            return 0;
        n = n->next;
    }
    return 0;
}

/* libxml2 reports through thread-local handlers; a page's errors are not
 * ours to print. */
static void silent(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}
static void silent_structured(void *ctx, xmlErrorPtr e)
{
    (void)ctx;
    (void)e;
}

dyad_status dyad_ingest_html(dyad_raw_doc *raw, const char *data, size_t len, const char *charset,
                             const char **err)
{
    if (len > INT32_MAX) {
        *err = "HTML document too large";
        return DYAD_ERR_TOOBIG;
    }
    xmlSetGenericErrorFunc(NULL, silent);
    xmlSetStructuredErrorFunc(NULL, silent_structured);
    const char *enc = choose_encoding(data, len, charset);
    htmlDocPtr d = htmlReadMemory(data, (int)len, NULL, enc,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT | HTML_PARSE_NOBLANKS);
    if (!d && enc) /* an unknown charset name: let libxml2 guess */
        d = htmlReadMemory(data, (int)len, NULL, NULL,
                           HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                               HTML_PARSE_COMPACT);
    if (!d) {
        *err = "cannot parse HTML";
        return DYAD_ERR_FORMAT;
    }
    html_words words;
    html_page pg = {.arena = raw->arena, .words = &words, .body = -1};
    builder *b = dyad_arena_alloc(raw->arena, sizeof *b);
    dyad_status st = DYAD_OK;
    if (!b || html_words_load(&words, raw->arena)) {
        st = DYAD_ERR_NOMEM;
        goto out;
    }
    b->pg = &pg;
    dyad_buf_init(&b->text);
    xmlNode *root = xmlDocGetRootElement(d);
    int rc = root ? build(b, root) : 0;
    flush(b);
    dyad_buf_free(&b->text);
    if (rc || b->failed) {
        st = DYAD_ERR_NOMEM;
        goto out;
    }
    html_meta_resolve(&pg, raw);
    if (html_extract(&pg, raw)) {
        st = DYAD_ERR_NOMEM;
        goto out;
    }
    bool text = false;
    for (size_t i = 0; i < raw->n_paras && !text; i++)
        text = raw->paras[i].kind != DYAD_PARA_TITLE;
    if (!text) {
        *err = pg.n_blocks ? "HTML page has no article text (only navigation or boilerplate)"
                           : "HTML page has no text";
        st = DYAD_ERR_EMPTY;
    }
out:
    xmlFreeDoc(d);
    if (st == DYAD_ERR_NOMEM)
        *err = "out of memory while reading HTML";
    return st;
}
