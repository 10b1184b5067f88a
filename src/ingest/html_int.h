/* html_int.h — shared by the HTML decoder's files:
 *
 *   html.c          entry point: character set, parse (libxml2 SAX events,
 *                   no DOM), build the flat tree
 *   html_words.c    data/html.txt: class/id words and metadata key lists
 *   html_extract.c  main-content scoring and the paragraphs it keeps
 *   html_meta.c     title, author, date, outlet from <meta>, bylines, <time>
 *   jsonld.c        schema.org JSON-LD article metadata (jansson)
 *
 * libxml2's parser events are turned at once, in document order, into `hnode`s
 * (elements) and `hblock`s (runs of text between block boundaries), so
 * every later pass is a linear loop over arrays: subtree sums are made
 * bottom-up by walking the array backwards (children come after their
 * parent), never by rescanning a subtree. */
#ifndef DYAD_HTML_INT_H
#define DYAD_HTML_INT_H

#include "dyad_int.h"

#include <libxml/tree.h>

/* ------------------------------------------------------------ words */
enum {
    HW_POSITIVE = 1u << 0,
    HW_NEGATIVE = 1u << 1,
    HW_HIDE = 1u << 2,
    HW_KEEP = 1u << 3,
    HW_DROP = 1u << 4,
    HW_BYLINE = 1u << 5
};

typedef struct html_word {
    const char *word; /* lower case, without '*' marks */
    size_t len;
    unsigned flag;   /* one HW_* */
    const char *why; /* for HW_DROP */
    char match;      /* 't' whole token, 'p' token prefix, 's' substring */
} html_word;

typedef struct html_list {
    const char **items;
    size_t n;
} html_list;

typedef struct html_words {
    html_word *words;
    size_t n_words;
    /* words by first byte: bucket[c] .. chained through next[] (-1 ends) */
    int bucket[256];
    int *next;
    html_list meta_title, meta_author, meta_date, meta_site, jsonld_type, title_sep, title_sep_tight,
        byline_prefix, byline_role, byline_stop, byline_join, byline_with;
} html_words;

/* Load data/html.txt into `w` (arena memory).  0, or -1 on OOM. */
int html_words_load(html_words *w, dyad_arena *a);

/* HW_* flags of a lower-cased "class id" string; *why gets the reason of the
 * first HW_DROP word. */
unsigned html_words_classify(const html_words *w, const char *s, size_t n, const char **why);

/* Index of `key` (ASCII case-insensitive) in list, or -1. */
int html_list_find(const html_list *l, const char *key);

/* ------------------------------------------------------------- tree */
typedef enum html_tag {
    T_OTHER,
    T_A, T_ARTICLE, T_BLOCKQUOTE, T_BODY, T_BR, T_DD, T_DIV, T_DL, T_DT,
    T_EMBED, T_FIELDSET, T_FIGCAPTION, T_FIGURE, T_FORM, T_H1, T_H2, T_H3,
    T_H4, T_H5, T_H6, T_HEADER, T_HR, T_IMG, T_INPUT, T_LI, T_MAIN, T_OL,
    T_P, T_PRE, T_SECTION, T_TABLE, T_TD, T_TH, T_TR, T_UL, T_ADDRESS,
    T_CODE, T_CENTER, T_DETAILS, T_HGROUP, T_CAPTION, T_TBODY
} html_tag;

enum {
    HN_BLOCK = 1u << 0,     /* block-level: ends a text run */
    HN_UNLIKELY = 1u << 1,  /* class/id says "not content" (hide) */
    HN_DROP = 1u << 2,      /* class/id: share bar, related list, ad... */
    HN_BYLINE = 1u << 3,
    HN_IN_FIGURE = 1u << 4, /* inside <figure> */
    HN_IN_CAPTION = 1u << 5,
    HN_IN_TABLE = 1u << 6,  /* inside table or code: never "unlikely" */
    HN_HAS_BLOCK = 1u << 7, /* a block-level element below it */
    HN_DROP_OWN = 1u << 8   /* its own class/id says boilerplate (HN_DROP
                               may also come from an ancestor) */
};

typedef struct hnode {
    int parent; /* -1 for the root */
    int end;    /* subtree is [index, end) */
    uint8_t tag;
    uint16_t flags;
    int16_t class_weight; /* ±25 per positive/negative class and id */
    int n_children;       /* element children */
    const char *why;      /* HN_DROP reason */
    const char *own_why;  /* HN_DROP_OWN reason */
    uint64_t cls_hash;    /* hash of the class attribute (0: none), for
                             the bonus of siblings sharing the top's class */
    /* subtree sums, made per extraction pass */
    double chars, link_chars, commas, heading_chars, li_chars;
    int n_p, n_img, n_li, n_input, n_embed;
    /* Readability-style score */
    double score;
    bool scored;
} hnode;

typedef struct hblock {
    int owner;        /* innermost block element */
    const char *text; /* arena, raw (not normalised) */
    size_t len;
    double chars, link_chars, commas;
} hblock;

/* Metadata seen while walking. */
typedef struct html_meta_kv {
    const char *key; /* lower case */
    const char *value;
} html_meta_kv;

typedef struct html_page {
    dyad_arena *arena;
    const html_words *words;
    hnode *nodes;
    size_t n_nodes, cap_nodes;
    hblock *blocks;
    size_t n_blocks, cap_blocks;
    /* metadata */
    html_meta_kv *metas;
    size_t n_metas, cap_metas;
    const char **jsonld; /* script bodies */
    size_t n_jsonld, cap_jsonld;
    const char *doc_title, *lang, *canonical;
    const char *time_datetime; /* first <time datetime> */
    const char *itemprop_date, *itemprop_author, *itemprop_headline;
    const char *rel_author;
    /* the first byline elements; an inline one's text is taken at once, a
     * block one's from its text blocks after the walk (html_meta.c) */
    int byline_node[8];
    const char *byline_inline[8];
    size_t n_byline;
    const char *h1[8];
    int h1_node[8];
    size_t n_h1;
    int body; /* node index of <body>, or -1 */
} html_page;

/* Choose the article's paragraphs and add them to raw (title first).  0 or
 * -1 on OOM. */
int html_extract(html_page *pg, dyad_raw_doc *raw);

/* Fill raw->title, author, date, outlet, lang, url from the page. */
void html_meta_resolve(html_page *pg, dyad_raw_doc *raw);

/* Article metadata from one JSON-LD block: fields left NULL when absent;
 * strings are arena copies. */
typedef struct jsonld_article {
    const char *headline, *author, *date, *date_created, *publisher, *url;
} jsonld_article;
void jsonld_read(const char *json, size_t len, const html_list *types, dyad_arena *a, jsonld_article *out);

/* Trim, collapse white space; arena copy (NULL when empty). */
char *html_clean_str(dyad_arena *a, const char *s, size_t n);

#endif
