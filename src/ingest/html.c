/* html.c — HTML pages: choose the character set, parse with libxml2's
 * forgiving HTML parser and take its SAX events (no DOM: building the tree
 * cost a third of the parse) straight into flat nodes and text blocks
 * (html_int.h), noting the metadata seen on the way; then html_meta.c
 * names title/author/date and html_extract.c picks the article's
 * paragraphs. */
#include "html_int.h"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>
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

/* Value of attribute `name` (lower case, as the parser gives names) in a
 * SAX attribute list: "" for a bare attribute ("<div hidden>"), NULL when
 * absent. */
static const char *attr(const xmlChar **atts, const char *name)
{
    for (size_t i = 0; atts && atts[i]; i += 2)
        if (atts[i][0] == (unsigned char)name[0] && strcasecmp((const char *)atts[i], name) == 0)
            return atts[i + 1] ? (const char *)atts[i + 1] : "";
    return NULL;
}

/* Hidden by the page: hidden attribute, aria-hidden, display:none. */
static bool hidden_element(const xmlChar **atts)
{
    if (!atts)
        return false;
    if (attr(atts, "hidden"))
        return true;
    const char *ah = attr(atts, "aria-hidden");
    if (ah && strcasecmp(ah, "true") == 0) {
        /* "fallback-image" wrappers hide a copy, not the content */
        const char *c = attr(atts, "class");
        return !(c && strstr(c, "fallback-image"));
    }
    const char *st = attr(atts, "style");
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

/* Text wanted whole from an element (title, headline, byline, JSON-LD):
 * the characters inside it are kept until it closes. */
enum capture_kind { CAP_TITLE, CAP_JSONLD, CAP_H1, CAP_IP_AUTHOR, CAP_IP_HEADLINE, CAP_REL_AUTHOR, CAP_BYLINE };

typedef struct capture {
    uint8_t kind;
    int depth;    /* element depth where it closes */
    int node;     /* hnode (h1), or byline slot */
    size_t start; /* offset in builder.cap */
} capture;

/* Elements nested deeper than MAX_DEPTH are not flattened (their text
 * joins the deepest element's run): every walk up the ancestors stays
 * bounded, so a page of 100000 nested <span>s is read in linear time.
 * libxml2's own tree builder stops at 256. */
enum { MAX_CAPTURES = 16, MAX_CAPTURE_BYTES = 4u << 20, MAX_DEPTH = 256 };

typedef struct builder {
    html_page *pg;
    xmlParserCtxtPtr ctxt; /* to stop the parser on out-of-memory */
    dyad_buf text;         /* the current block's text */
    double chars, link_chars, commas;
    int owner; /* block element the current text belongs to */
    int cur;   /* node index of the innermost open element, -1 */
    int depth; /* element depth of the parser */
    int skip_from; /* depth of the skipped element we are inside, or 0 */
    int head_from; /* depth of <head> while inside it, or 0 */
    int link_depth;
    bool link_frag; /* inside <a href="#..."> */
    bool space;     /* last char appended was white space */
    bool failed;
    /* first-only metadata whose text is being captured */
    bool title_open, ip_author_open, ip_headline_open, rel_author_open;
    dyad_buf cap;
    capture caps[MAX_CAPTURES];
    int n_caps;
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

static uint64_t fnv1a(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)s[i]) * 1099511628211ull;
    return h;
}

static int add_node(builder *b, const xmlChar **atts, html_tag tag, int parent)
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
    const char *cls = attr(atts, "class"), *idv = attr(atts, "id");
    char low[512];
    size_t ln = 0;
    for (const char *s = cls; s && *s && ln < sizeof low - 2; s++)
        low[ln++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    if (ln)
        h->cls_hash = fnv1a(cls, strlen(cls)) | 1;
    if (idv && *idv && ln < sizeof low - 2)
        low[ln++] = ' ';
    for (const char *s = idv; s && *s && ln < sizeof low - 1; s++)
        low[ln++] = (char)((*s >= 'A' && *s <= 'Z') ? *s + 32 : *s);
    if (ln) {
        const char *why = NULL;
        unsigned hw = 0;
        size_t slot = fnv1a(low, ln) & 1023;
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
    const char *v = dyad_arena_strdup(pg->arena, value);
    if (!k || !v)
        return;
    for (size_t i = 0; i < kl; i++)
        k[i] = (char)((k[i] >= 'A' && k[i] <= 'Z') ? k[i] + 32 : k[i]);
    pg->metas[pg->n_metas++] = (html_meta_kv){k, v};
}

/* Start keeping the text of the element now open (closed at this depth). */
static void capture_open(builder *b, enum capture_kind kind, int node)
{
    if (b->n_caps == MAX_CAPTURES)
        return;
    b->caps[b->n_caps++] = (capture){(uint8_t)kind, b->depth, node, b->cap.len};
}

/* Metadata carried by elements: <meta>, <title>, <time>, itemprop, rel=author,
 * JSON-LD scripts, <html lang>.  Attribute values die with the parser's
 * event: what is kept is copied into the arena. */
static void note_metadata(builder *b, const char *name, const xmlChar **atts)
{
    html_page *pg = b->pg;
    dyad_arena *a = pg->arena;
    if (!strcmp(name, "meta")) {
        const char *content = attr(atts, "content");
        push_meta(b, attr(atts, "property"), content);
        push_meta(b, attr(atts, "name"), content);
        push_meta(b, attr(atts, "itemprop"), content);
        const char *he = attr(atts, "http-equiv");
        if (he && !strcasecmp(he, "content-language"))
            push_meta(b, "content-language", content);
        return;
    }
    if (!strcmp(name, "title")) {
        if (!pg->doc_title && !b->title_open) {
            b->title_open = true;
            capture_open(b, CAP_TITLE, -1);
        }
        return;
    }
    if (!strcmp(name, "html")) {
        const char *l = attr(atts, "lang");
        if (!l)
            l = attr(atts, "xml:lang");
        if (l && *l)
            pg->lang = dyad_arena_strdup(a, l);
        return;
    }
    if (!strcmp(name, "link")) {
        const char *rel = attr(atts, "rel");
        if (rel && !strcasecmp(rel, "canonical") && !pg->canonical)
            pg->canonical = dyad_arena_strdup(a, attr(atts, "href"));
        return;
    }
    if (!strcmp(name, "script")) {
        const char *type = attr(atts, "type");
        if (type && !strcasecmp(type, "application/ld+json") && pg->n_jsonld < 16)
            capture_open(b, CAP_JSONLD, -1);
        return;
    }
    if (!strcmp(name, "time") && !pg->time_datetime) {
        const char *dt = attr(atts, "datetime");
        if (dt && *dt)
            pg->time_datetime = dyad_arena_strdup(a, dt);
    }
    const char *ip = attr(atts, "itemprop");
    if (ip) {
        if (!pg->itemprop_date && strstr(ip, "datePublished")) {
            const char *v = attr(atts, "datetime");
            if (!v)
                v = attr(atts, "content");
            if (v && *v)
                pg->itemprop_date = dyad_arena_strdup(a, v);
        } else if (!pg->itemprop_author && !b->ip_author_open && strstr(ip, "author")) {
            const char *v = attr(atts, "content");
            if (v && *v)
                pg->itemprop_author = dyad_arena_strdup(a, v);
            else {
                b->ip_author_open = true;
                capture_open(b, CAP_IP_AUTHOR, -1);
            }
        } else if (!pg->itemprop_headline && !b->ip_headline_open && strstr(ip, "headline")) {
            b->ip_headline_open = true;
            capture_open(b, CAP_IP_HEADLINE, -1);
        }
    }
    const char *rel = attr(atts, "rel");
    if (rel && !pg->rel_author && !b->rel_author_open && !strcasecmp(rel, "author")) {
        b->rel_author_open = true;
        capture_open(b, CAP_REL_AUTHOR, -1);
    }
}

/* Close the captures of the element ending at the current depth. */
static void captures_close(builder *b)
{
    html_page *pg = b->pg;
    dyad_arena *a = pg->arena;
    while (b->n_caps && b->caps[b->n_caps - 1].depth == b->depth) {
        const capture *c = &b->caps[--b->n_caps];
        const char *s = b->cap.data ? b->cap.data + c->start : "";
        size_t n = b->cap.data ? b->cap.len - c->start : 0;
        if (b->cap.failed)
            n = 0;
        /* small elements only (titles, bylines); JSON-LD whole */
        const char *t = c->kind == CAP_JSONLD ? (n ? dyad_arena_strndup(a, s, n) : NULL)
                        : n < 4096 && n   ? html_clean_str(a, s, n)
                                          : NULL;
        switch ((enum capture_kind)c->kind) {
        case CAP_TITLE:
            b->title_open = false;
            if (!pg->doc_title)
                pg->doc_title = t;
            break;
        case CAP_JSONLD:
            if (t && pg->n_jsonld == pg->cap_jsonld) {
                size_t cap = pg->cap_jsonld ? pg->cap_jsonld * 2 : 4;
                const char **p = dyad_arena_grow(a, (void *)pg->jsonld, pg->n_jsonld, cap, sizeof *p);
                if (p) {
                    pg->jsonld = p;
                    pg->cap_jsonld = cap;
                }
            }
            if (t && pg->n_jsonld < pg->cap_jsonld && pg->n_jsonld < 16)
                pg->jsonld[pg->n_jsonld++] = t;
            break;
        case CAP_H1:
            if (t && pg->n_h1 < 8) {
                pg->h1[pg->n_h1] = t;
                pg->h1_node[pg->n_h1++] = c->node;
            }
            break;
        case CAP_IP_AUTHOR:
            b->ip_author_open = false;
            if (!pg->itemprop_author)
                pg->itemprop_author = t;
            break;
        case CAP_IP_HEADLINE:
            b->ip_headline_open = false;
            if (!pg->itemprop_headline)
                pg->itemprop_headline = t;
            break;
        case CAP_REL_AUTHOR:
            b->rel_author_open = false;
            if (!pg->rel_author)
                pg->rel_author = t;
            break;
        case CAP_BYLINE:
            pg->byline_inline[c->node] = t;
            break;
        }
    }
    if (!b->n_caps)
        dyad_buf_reset(&b->cap);
}

/* Leave node `id` (its end tag, or its parent's): end its text run and
 * its link, fix its subtree's end. */
static void leave(builder *b, int id)
{
    html_page *pg = b->pg;
    hnode *h = &pg->nodes[id];
    if (h->flags & HN_BLOCK)
        flush(b);
    if (h->tag == T_A && b->link_depth > 0)
        b->link_depth--;
    h->end = (int)pg->n_nodes;
    b->cur = h->parent;
    if (h->flags & HN_BLOCK) {
        int o = b->cur;
        while (o >= 0 && !(pg->nodes[o].flags & HN_BLOCK))
            o = pg->nodes[o].parent;
        b->owner = o;
    }
}

static void fail(builder *b)
{
    b->failed = true;
    xmlStopParser(b->ctxt);
}

/* SAX: an element opens.  Skipped elements (script, nav, hidden, ...) are
 * not flattened, only their own metadata is noted (and everything in
 * <head>). */
static void on_start(void *ctx, const xmlChar *xname, const xmlChar **atts)
{
    builder *b = ctx;
    html_page *pg = b->pg;
    const char *name = (const char *)xname;
    b->depth++;
    if (b->failed)
        return;
    if (b->skip_from) {
        if (b->head_from && b->depth - b->head_from < 16)
            note_metadata(b, name, atts);
        return;
    }
    if (b->depth > MAX_DEPTH)
        return;
    note_metadata(b, name, atts);
    if (!strcmp(name, "head"))
        b->head_from = b->depth;
    if (skipped_element(name) || hidden_element(atts) || unlikely_role(attr(atts, "role"))) {
        /* a skipped element still ends the current text run */
        flush(b);
        b->skip_from = b->depth;
        return;
    }
    html_tag tag = tag_of(name);
    int id = add_node(b, atts, tag, b->cur);
    if (id < 0) {
        fail(b);
        return;
    }
    hnode *h = &pg->nodes[id];
    if (tag == T_BODY && pg->body < 0)
        pg->body = id;
    if (tag == T_H1 && pg->n_h1 < 8)
        capture_open(b, CAP_H1, id);
    if ((h->flags & HN_BYLINE) && pg->n_byline < 8) {
        /* an inline byline's text when it closes; a block byline's from
         * its text blocks after the walk (html_meta.c), so that "Ben
         * Silverman" and a "Games Editor" line below it stay apart */
        size_t k = pg->n_byline++;
        pg->byline_node[k] = id;
        pg->byline_inline[k] = NULL;
        if (!(h->flags & HN_BLOCK))
            capture_open(b, CAP_BYLINE, (int)k);
    }
    if (tag == T_BR)
        add_text(b, " ", 1);
    if (h->flags & HN_BLOCK) {
        flush(b);
        b->owner = id;
    }
    if (tag == T_A) {
        b->link_depth++;
        const char *href = attr(atts, "href");
        if (b->link_depth == 1)
            b->link_frag = href && href[0] == '#';
    }
    b->cur = id;
    if (b->failed || b->text.failed)
        fail(b);
}

/* SAX: an element closes (the parser closes every element it opened,
 * implied end tags included). */
static void on_end(void *ctx, const xmlChar *name)
{
    builder *b = ctx;
    (void)name;
    if (b->n_caps)
        captures_close(b);
    if (b->skip_from) {
        if (b->depth == b->skip_from)
            b->skip_from = 0;
        if (b->depth == b->head_from)
            b->head_from = 0;
    } else if (b->cur >= 0 && !b->failed && b->depth <= MAX_DEPTH)
        leave(b, b->cur);
    b->depth--;
}

/* SAX: text (also script and style bodies, and white space). */
static void on_text(void *ctx, const xmlChar *s, int len)
{
    builder *b = ctx;
    if (len <= 0 || b->failed)
        return;
    if (b->n_caps && b->cap.len < MAX_CAPTURE_BYTES)
        dyad_buf_add(&b->cap, s, (size_t)len);
    if (b->skip_from || b->cur < 0)
        return;
    add_text(b, (const char *)s, (size_t)len);
    if (b->text.failed)
        fail(b);
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

/* Parse with libxml2's forgiving HTML parser, receiving its events (the
 * same it builds a DOM from: implied and auto-closed elements included)
 * straight into the builder: no tree is made.  -1 when the parser cannot
 * start (empty input, out of memory). */
static int parse(builder *b, const char *data, size_t len, const char *enc)
{
    htmlParserCtxtPtr ctxt = htmlCreateMemoryParserCtxt(data, (int)len);
    if (!ctxt)
        return -1;
    if (enc) {
        /* as htmlReadMemory does: the named encoding, recorded on the
         * input so that a <meta charset> does not switch away from it; an
         * unknown name: libxml2 guesses */
        xmlCharEncodingHandlerPtr h = xmlFindCharEncodingHandler(enc);
        if (h && xmlSwitchToEncoding(ctxt, h) == 0 && ctxt->input) {
            if (ctxt->input->encoding)
                xmlFree((xmlChar *)ctxt->input->encoding);
            ctxt->input->encoding = xmlStrdup((const xmlChar *)enc);
        }
    }
    htmlCtxtUseOptions(ctxt, HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
    /* after the options, which may set handlers of their own */
    htmlSAXHandler sax;
    memset(&sax, 0, sizeof sax);
    sax.startElement = on_start;
    sax.endElement = on_end;
    sax.characters = on_text;
    sax.cdataBlock = on_text;
    sax.ignorableWhitespace = on_text;
    sax.initialized = 1;
    memcpy(ctxt->sax, &sax, sizeof sax);
    ctxt->userData = b;
    b->ctxt = ctxt;
    htmlParseDocument(ctxt);
    /* elements still open (a parser stopped early) */
    while (b->cur >= 0 && !b->failed)
        leave(b, b->cur);
    if (ctxt->myDoc)
        xmlFreeDoc(ctxt->myDoc);
    ctxt->myDoc = NULL;
    htmlFreeParserCtxt(ctxt);
    b->ctxt = NULL;
    return 0;
}

int dyad_html_prepare(dyad_engine *eng)
{
    html_words *w = dyad_arena_alloc(eng->arena, sizeof *w);
    if (!w || html_words_load(w, eng->arena))
        return -1;
    eng->html_words = w;
    return 0;
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
    /* the word lists are loaded once into the engine (dyad_html_prepare);
     * an engine built without them loads them into the document */
    html_words local;
    const html_words *words = raw->eng ? raw->eng->html_words : NULL;
    if (!words) {
        if (html_words_load(&local, raw->arena)) {
            *err = "out of memory while reading HTML";
            return DYAD_ERR_NOMEM;
        }
        words = &local;
    }
    html_page pg = {.arena = raw->arena, .words = words, .body = -1};
    builder *b = dyad_arena_alloc(raw->arena, sizeof *b);
    if (!b) {
        *err = "out of memory while reading HTML";
        return DYAD_ERR_NOMEM;
    }
    memset(b, 0, sizeof *b);
    b->pg = &pg;
    b->cur = b->owner = -1;
    dyad_buf_init(&b->text);
    dyad_buf_init(&b->cap);
    int rc = parse(b, data, len, choose_encoding(data, len, charset));
    flush(b);
    dyad_buf_free(&b->text);
    dyad_buf_free(&b->cap);
    if (rc) {
        *err = "cannot parse HTML";
        return DYAD_ERR_FORMAT;
    }
    if (b->failed) {
        *err = "out of memory while reading HTML";
        return DYAD_ERR_NOMEM;
    }
    html_meta_resolve(&pg, raw);
    if (html_extract(&pg, raw)) {
        *err = "out of memory while reading HTML";
        return DYAD_ERR_NOMEM;
    }
    bool text = false;
    for (size_t i = 0; i < raw->n_paras && !text; i++)
        text = raw->paras[i].kind != DYAD_PARA_TITLE;
    if (!text) {
        *err = pg.n_blocks ? "HTML page has no article text (only navigation or boilerplate)"
                           : "HTML page has no text";
        return DYAD_ERR_EMPTY;
    }
    return DYAD_OK;
}
