/* words.c — the small word classes of the statements stage
 * (data/statement-words.txt: quantifiers, label prepositions, time
 * openers, …) as an engine table: word → a bit per class, loaded once, so
 * a rule asks about a token with one look-up. */
#include "statements/statements.h"

#include <string.h>

static const char *const class_names[DYAD_SW_COUNT] = {"quantifier", "label-phrase", "time-opener",
                                                       "indefinite", "statement-noun", "work",
                                                       "writer-clause", "ly-noun", "heading"};

int dyad_statement_words_load(dyad_engine *eng)
{
    const dyad_blob *b = dyad_builtin_find("statement-words.txt");
    if (!b)
        return 0;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *bar = memchr(line, '|', n);
        size_t cl = bar ? (size_t)(bar - line) : 0;
        while (cl && line[cl - 1] == ' ')
            cl--;
        int cls = -1;
        for (int k = 0; bar && k < DYAD_SW_COUNT; k++)
            if (strlen(class_names[k]) == cl && memcmp(line, class_names[k], cl) == 0)
                cls = k;
        if (cls < 0) {
            dyad_engine_diag(eng, "%s:%u: expected 'CLASS | words' with a known class", b->name, it.lineno);
            continue;
        }
        for (const char *p = bar + 1, *e = line + n; p < e;) {
            while (p < e && *p == ' ')
                p++;
            const char *w = p;
            while (p < e && *p != ' ')
                p++;
            if (p == w)
                continue;
            int old = dyad_strmap_get(&eng->statement_words, w, (size_t)(p - w));
            if (dyad_strmap_put(&eng->statement_words, eng->arena, w, (size_t)(p - w),
                                (old < 0 ? 0 : old) | (1 << cls)))
                return -1;
        }
    }
    return 0;
}

unsigned dyad_statement_word_classes(const dyad_engine *eng, const char *w, size_t n)
{
    int v = dyad_strmap_get(&eng->statement_words, w, n);
    return v < 0 ? 0u : (unsigned)v;
}
