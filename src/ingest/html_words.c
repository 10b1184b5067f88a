/* html_words.c — data/html.txt: the class/id words that tell content from
 * clutter and the metadata key lists, loaded into a document's arena (a
 * few hundred short lines: microseconds, against the milliseconds of
 * parsing the page). */
#include "html_int.h"

#include <string.h>
#include <strings.h>

static int list_add(html_list *l, dyad_arena *a, const char *s, size_t n)
{
    if ((l->n & (l->n - 1)) == 0) { /* grow at powers of two */
        const char **p = dyad_arena_grow(a, (void *)l->items, l->n, l->n ? l->n * 2 : 8, sizeof *p);
        if (!p)
            return -1;
        l->items = p;
    }
    char *c = dyad_arena_strndup(a, s, n);
    if (!c)
        return -1;
    l->items[l->n++] = c;
    return 0;
}

int html_list_find(const html_list *l, const char *key)
{
    for (size_t i = 0; i < l->n; i++)
        if (strcasecmp(l->items[i], key) == 0)
            return (int)i;
    return -1;
}

int html_words_load(html_words *w, dyad_arena *a)
{
    memset(w, 0, sizeof *w);
    const dyad_blob *b = dyad_builtin_find("html.txt");
    if (!b)
        return 0;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    size_t cap = 0, n;
    const char *line;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar = memmem(line, n, " | ", 3);
        if (!bar)
            continue;
        size_t kl = (size_t)(bar - line);
        const char *v = bar + 3;
        size_t vl = (size_t)(line + n - v);
        if (!vl)
            continue;
        html_list *l = NULL;
        static const struct {
            const char *kind;
            size_t off;
        } lists[] = {{"meta-title", offsetof(html_words, meta_title)},
                     {"meta-author", offsetof(html_words, meta_author)},
                     {"meta-date", offsetof(html_words, meta_date)},
                     {"meta-site", offsetof(html_words, meta_site)},
                     {"jsonld-type", offsetof(html_words, jsonld_type)},
                     {"title-sep", offsetof(html_words, title_sep)},
                     {"title-sep-tight", offsetof(html_words, title_sep_tight)},
                     {"byline-prefix", offsetof(html_words, byline_prefix)},
                     {"byline-role", offsetof(html_words, byline_role)},
                     {"byline-stop", offsetof(html_words, byline_stop)},
                     {"byline-join", offsetof(html_words, byline_join)},
                     {"byline-with", offsetof(html_words, byline_with)}};
        for (size_t i = 0; i < sizeof lists / sizeof lists[0]; i++)
            if (strlen(lists[i].kind) == kl && memcmp(line, lists[i].kind, kl) == 0)
                l = (html_list *)((char *)w + lists[i].off);
        if (l) {
            if (list_add(l, a, v, vl))
                return -1;
            continue;
        }
        unsigned flag = 0;
        const char *why = NULL;
        if (kl == 8 && !memcmp(line, "positive", 8))
            flag = HW_POSITIVE;
        else if (kl == 8 && !memcmp(line, "negative", 8))
            flag = HW_NEGATIVE;
        else if (kl == 4 && !memcmp(line, "hide", 4))
            flag = HW_HIDE;
        else if (kl == 4 && !memcmp(line, "keep", 4))
            flag = HW_KEEP;
        else if (kl == 6 && !memcmp(line, "byline", 6))
            flag = HW_BYLINE;
        else if (kl > 5 && !memcmp(line, "drop:", 5)) {
            flag = HW_DROP;
            why = dyad_arena_strndup(a, line + 5, kl - 5);
        } else
            continue;
        if (w->n_words == cap) {
            size_t nc = cap ? cap * 2 : 64;
            html_word *p = dyad_arena_grow(a, w->words, w->n_words, nc, sizeof *p);
            if (!p)
                return -1;
            w->words = p;
            cap = nc;
        }
        html_word *hw = &w->words[w->n_words];
        hw->flag = flag;
        hw->why = why;
        hw->match = 't';
        if (vl >= 2 && v[0] == '*' && v[vl - 1] == '*') {
            hw->match = 's';
            v++;
            vl -= 2;
        } else if (v[vl - 1] == '*') {
            hw->match = 'p';
            vl--;
        }
        if (memchr(v, '-', vl) || memchr(v, '_', vl) || memchr(v, ' ', vl))
            hw->match = 's';
        hw->word = dyad_arena_strndup(a, v, vl);
        hw->len = vl;
        if (!hw->word)
            return -1;
        w->n_words++;
    }
    for (int c = 0; c < 256; c++)
        w->bucket[c] = -1;
    w->next = dyad_arena_array(a, w->n_words ? w->n_words : 1, sizeof *w->next);
    if (!w->next)
        return -1;
    for (size_t k = w->n_words; k-- > 0;) { /* chains keep the file's order */
        unsigned char c = (unsigned char)w->words[k].word[0];
        w->next[k] = w->bucket[c];
        w->bucket[c] = (int)k;
    }
    return 0;
}

static bool is_sep(char c) { return c == ' ' || c == '-' || c == '_' || c == ':' || c == '\t' || c == '\n'; }

unsigned html_words_classify(const html_words *w, const char *s, size_t n, const char **why)
{
    unsigned flags = 0;
    *why = NULL;
    if (!w->next)
        return 0;
    size_t why_rank = (size_t)-1;
    /* one pass over s; at each byte only the words starting with it */
    for (size_t i = 0; i < n; i++) {
        bool tok_start = i == 0 || is_sep(s[i - 1]);
        size_t tok_end = 0;
        for (int k = w->bucket[(unsigned char)s[i]]; k >= 0; k = w->next[k]) {
            const html_word *hw = &w->words[k];
            if (hw->len > n - i || memcmp(s + i, hw->word, hw->len) != 0)
                continue;
            if (hw->match != 's') {
                if (!tok_start)
                    continue;
                if (!tok_end) {
                    tok_end = i;
                    while (tok_end < n && !is_sep(s[tok_end]))
                        tok_end++;
                }
                if (hw->match == 't' && tok_end - i != hw->len)
                    continue;
            }
            flags |= hw->flag;
            if (hw->flag == HW_DROP && (size_t)k < why_rank) {
                why_rank = (size_t)k;
                *why = hw->why;
            }
        }
    }
    return flags;
}
