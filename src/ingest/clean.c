/* clean.c — set aside what is not the article: copyright footers, tip
 * lines, related-article lists, subscription and share prompts, photo
 * credits (rules in data/boilerplate.txt), and paragraphs repeated verbatim
 * (a scraped caption often appears twice).  Nothing is deleted: the
 * paragraph's kind becomes "boilerplate" with the reason, so a user can
 * audit what was dropped and every span stays valid. */
#include "dyad_int.h"

#include <string.h>

/* ASCII-lower-case copy of a paragraph into buf (cap bytes). */
static size_t lower_copy(char *buf, size_t cap, const char *s, size_t n)
{
    if (n > cap)
        n = cap;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        buf[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    return n;
}

/* Trim punctuation and spaces at both ends for "exact" comparisons:
 * "Related Articles:" / "» Read more" match "related articles"/"read more". */
static void trim_for_exact(const char *s, size_t n, size_t *a, size_t *b)
{
    size_t i = 0, j = n;
    while (i < j && (strchr(" :>|-*•»·", s[i]) || (unsigned char)s[i] >= 0xC2)) {
        if ((unsigned char)s[i] >= 0xC2) {
            /* skip leading non-letter symbols only: », •, ▶ */
            unsigned char c = (unsigned char)s[i];
            if (!(c == 0xC2 || c == 0xE2 || c == 0xE2))
                break;
            size_t k = i + 1;
            while (k < j && ((unsigned char)s[k] & 0xC0) == 0x80)
                k++;
            i = k;
            continue;
        }
        i++;
    }
    while (j > i && strchr(" :.|-*>", s[j - 1]))
        j--;
    *a = i;
    *b = j;
}

static const char *match_rules(const dyad_engine *eng, const char *low, size_t n)
{
    size_t ea, eb;
    trim_for_exact(low, n, &ea, &eb);
    for (size_t r = 0; r < eng->n_bp_rules; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        size_t max = rule->max_para ? rule->max_para : 400;
        if (n > max)
            continue;
        switch (rule->where) {
        case BP_EXACT:
            if (eb - ea == rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
                return rule->why;
            break;
        case BP_START:
            if (n - ea >= rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
                return rule->why;
            break;
        case BP_ANY:
            if (memmem(low, n, rule->needle, rule->len))
                return rule->why;
            break;
        }
    }
    return NULL;
}

static bool ends_like_sentence(const char *s, size_t n)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '"' || s[n - 1] == ')'))
        n--;
    if (!n)
        return false;
    char c = s[n - 1];
    if (c == '.' || c == '!' || c == '?')
        return true;
    /* closing curly quote or 다./。 */
    return (n >= 3 && (memcmp(s + n - 3, "\xE2\x80\x9D", 3) == 0 || memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0));
}

static uint64_t hash_bytes(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

dyad_status dyad_clean(dyad_doc *doc)
{
    const dyad_engine *eng = doc->eng;
    char low[1024];
    bool in_related = false;
    /* verbatim repeats: compare against earlier paragraphs by hash, then
     * bytes; a small table keeps this linear */
    uint64_t *hashes = dyad_arena_array(doc->arena, doc->n_paras ? doc->n_paras : 1, sizeof *hashes);
    if (!hashes)
        return DYAD_ERR_NOMEM;
    for (size_t i = 0; i < doc->n_paras; i++) {
        dyad_paragraph *p = &doc->paras[i];
        const char *s = doc->text + p->span.start;
        size_t n = p->span.end - p->span.start;
        hashes[i] = hash_bytes(s, n);
        if (p->kind == DYAD_PARA_BOILERPLATE || p->kind == DYAD_PARA_TITLE || p->kind == DYAD_PARA_DATELINE)
            continue;
        /* a paragraph repeated verbatim (length > 20): keep the first */
        if (n > 20) {
            bool dup = false;
            for (size_t k = 0; k < i && !dup; k++) {
                const dyad_paragraph *q = &doc->paras[k];
                if (hashes[k] == hashes[i] && q->span.end - q->span.start == n &&
                    memcmp(doc->text + q->span.start, s, n) == 0)
                    dup = true;
            }
            if (dup) {
                p->kind = DYAD_PARA_BOILERPLATE;
                p->why = "duplicate";
                continue;
            }
        }
        size_t ln = lower_copy(low, sizeof low, s, n);
        const char *why = n <= sizeof low ? match_rules(eng, low, ln) : NULL;
        if (why) {
            p->kind = DYAD_PARA_BOILERPLATE;
            p->why = why;
            if (strcmp(why, "related") == 0)
                in_related = true;
            continue;
        }
        /* after a "related" heading: short headline-like lines */
        if (in_related) {
            if (n < 200 && !ends_like_sentence(s, n)) {
                p->kind = DYAD_PARA_BOILERPLATE;
                p->why = "related";
                continue;
            }
            in_related = false;
        }
    }
    return DYAD_OK;
}
