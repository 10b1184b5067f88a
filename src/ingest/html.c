/* html.c — HTML pages (libxml2's HTML parser).  This first version keeps the
 * text of block elements outside script/style/nav/aside/footer/form; the
 * scoring main-content extractor replaces it (see issue 3). */
#include "dyad_int.h"

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <string.h>

static bool skip_element(const char *name)
{
    static const char *const skip[] = {"script", "style", "nav", "aside", "footer", "form", "noscript",
                                       "header", "iframe", "svg", "button", "select", "template", NULL};
    for (int i = 0; skip[i]; i++)
        if (strcmp(name, skip[i]) == 0)
            return true;
    return false;
}

static bool block_element(const char *name)
{
    static const char *const blocks[] = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                                         "figcaption", "pre", "td", "dd", "dt", NULL};
    for (int i = 0; blocks[i]; i++)
        if (strcmp(name, blocks[i]) == 0)
            return true;
    return false;
}

static void walk(dyad_raw_doc *raw, xmlNode *n, int depth)
{
    if (depth > 200)
        return;
    for (; n; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        const char *name = (const char *)n->name;
        if (skip_element(name))
            continue;
        if (block_element(name)) {
            xmlChar *txt = xmlNodeGetContent(n);
            if (txt) {
                size_t len = strlen((const char *)txt);
                char *copy = dyad_arena_strndup(raw->arena, (const char *)txt, len);
                xmlFree(txt);
                if (copy && len)
                    dyad_raw_add(raw, copy, len,
                                 strcmp(name, "figcaption") == 0 ? DYAD_PARA_CAPTION : -1, NULL);
            }
            continue;
        }
        if (strcmp(name, "title") == 0 && !raw->title) {
            xmlChar *txt = xmlNodeGetContent(n);
            if (txt) {
                raw->title = dyad_arena_strdup(raw->arena, (const char *)txt);
                xmlFree(txt);
            }
            continue;
        }
        walk(raw, n->children, depth + 1);
    }
}

dyad_status dyad_ingest_html(dyad_raw_doc *raw, const char *data, size_t len, const char *charset,
                             const char **err)
{
    if (len > INT32_MAX) {
        *err = "HTML document too large";
        return DYAD_ERR_TOOBIG;
    }
    htmlDocPtr d = htmlReadMemory(data, (int)len, NULL, charset,
                                  HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                                      HTML_PARSE_NOWARNING | HTML_PARSE_COMPACT);
    if (!d) {
        *err = "cannot parse HTML";
        return DYAD_ERR_FORMAT;
    }
    walk(raw, xmlDocGetRootElement(d), 0);
    xmlFreeDoc(d);
    if (raw->n_paras == 0) {
        *err = "HTML page has no text";
        return DYAD_ERR_EMPTY;
    }
    return DYAD_OK;
}
