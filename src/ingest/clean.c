/* clean.c — set aside what is not the article: copyright footers, tip
 * lines, related-article lists, subscription and share prompts, photo
 * credits (rules in data/boilerplate.txt), and paragraphs repeated verbatim
 * (a scraped caption often appears twice).  Nothing is deleted: the
 * paragraph's kind becomes "boilerplate" with the reason, so a user can
 * audit what was dropped and every span stays valid. */
#include "dyad_int.h"

#include <string.h>
#include <xxhash.h>

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

int dyad_clean_prepare(dyad_engine *eng)
{
    dyad_bp_index *ix = &eng->bp_index;
    memset(ix, 0, sizeof *ix);
    size_t n = eng->n_bp_rules;
    if (n > UINT32_MAX)
        return -1;
    /* counts, then the lists (each ascending in rule order) */
    for (size_t r = 0; r < n; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        size_t max = rule->max_para ? rule->max_para : 400;
        if (max > ix->max_para)
            ix->max_para = max;
        if (rule->where != BP_ANY)
            ix->n_fixed++;
        else if (rule->len < 2)
            ix->n_short_any++;
        else
            ix->n_any_by_byte[(unsigned char)rule->needle[0]]++;
    }
    ix->fixed = dyad_arena_array(eng->arena, ix->n_fixed + 1, sizeof *ix->fixed);
    ix->short_any = dyad_arena_array(eng->arena, ix->n_short_any + 1, sizeof *ix->short_any);
    if (!ix->fixed || !ix->short_any)
        return -1;
    for (int b = 0; b < 256; b++)
        if (ix->n_any_by_byte[b]) {
            ix->any_by_byte[b] = dyad_arena_array(eng->arena, ix->n_any_by_byte[b], sizeof **ix->any_by_byte);
            if (!ix->any_by_byte[b])
                return -1;
            ix->n_any_by_byte[b] = 0;
        }
    ix->n_fixed = ix->n_short_any = 0;
    for (size_t r = 0; r < n; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        const unsigned char *u = (const unsigned char *)rule->needle;
        if (rule->where != BP_ANY)
            ix->fixed[ix->n_fixed++] = (uint32_t)r;
        else if (rule->len < 2)
            ix->short_any[ix->n_short_any++] = (uint32_t)r;
        else {
            ix->any_by_byte[u[0]][ix->n_any_by_byte[u[0]]++] = (uint32_t)r;
            unsigned bg = (unsigned)u[0] << 8 | u[1];
            ix->bigram[bg >> 6] |= (uint64_t)1 << (bg & 63);
        }
    }
    return 0;
}

/* Does rule r apply to a paragraph of n bytes? */
static bool rule_fits(const dyad_bp_rule *rule, size_t n)
{
    return n <= (rule->max_para ? rule->max_para : 400);
}

/* The reason of the first rule (in data/boilerplate.txt order) matching
 * the lower-cased paragraph low[0..n), or NULL.  One pass over the
 * paragraph finds every "any" phrase: a position is looked at only when its
 * two bytes begin some phrase. */
static const char *match_rules(const dyad_engine *eng, const char *low, size_t n)
{
    const dyad_bp_index *ix = &eng->bp_index;
    size_t ea, eb;
    trim_for_exact(low, n, &ea, &eb);
    size_t best = SIZE_MAX;
    for (uint32_t k = 0; k < ix->n_fixed; k++) {
        const dyad_bp_rule *rule = &eng->bp_rules[ix->fixed[k]];
        if (!rule_fits(rule, n))
            continue;
        if (rule->where == BP_EXACT ? (eb - ea == rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
                                    : (n - ea >= rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)) {
            best = ix->fixed[k];
            break;
        }
    }
    for (uint32_t k = 0; k < ix->n_short_any && ix->short_any[k] < best; k++) {
        const dyad_bp_rule *rule = &eng->bp_rules[ix->short_any[k]];
        if (rule_fits(rule, n) && memmem(low, n, rule->needle, rule->len)) {
            best = ix->short_any[k];
            break;
        }
    }
    const unsigned char *u = (const unsigned char *)low;
    for (size_t i = 0; i + 1 < n && best; i++) {
        unsigned bg = (unsigned)u[i] << 8 | u[i + 1];
        if (!((ix->bigram[bg >> 6] >> (bg & 63)) & 1))
            continue;
        const uint32_t *list = ix->any_by_byte[u[i]];
        for (uint32_t k = 0, nk = ix->n_any_by_byte[u[i]]; k < nk && list[k] < best; k++) {
            const dyad_bp_rule *rule = &eng->bp_rules[list[k]];
            if (rule->len <= n - i && rule_fits(rule, n) && memcmp(low + i, rule->needle, rule->len) == 0) {
                best = list[k];
                break;
            }
        }
    }
    return best == SIZE_MAX ? NULL : eng->bp_rules[best].why;
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

/* Open-addressing table of paragraph indices (+1; 0 is empty), keyed by
 * the paragraphs' hashes: finding a verbatim repeat is O(1) per paragraph,
 * so a document of a million short paragraphs stays linear. */
typedef struct para_table {
    uint32_t *slots;
    size_t mask;
} para_table;

/* Is there an earlier paragraph with these bytes?  If not, add paragraph i. */
static bool seen_before(para_table *t, const dyad_doc *doc, const uint64_t *hashes, size_t i)
{
    const dyad_paragraph *p = &doc->paras[i];
    size_t n = p->span.end - p->span.start;
    size_t j = hashes[i] & t->mask;
    while (t->slots[j]) {
        size_t k = t->slots[j] - 1;
        const dyad_paragraph *q = &doc->paras[k];
        if (hashes[k] == hashes[i] && q->span.end - q->span.start == n &&
            memcmp(doc->text + q->span.start, doc->text + p->span.start, n) == 0)
            return true;
        j = (j + 1) & t->mask;
    }
    t->slots[j] = (uint32_t)(i + 1);
    return false;
}

dyad_status dyad_clean(dyad_doc *doc)
{
    const dyad_engine *eng = doc->eng;
    char low[1024];
    bool in_related = false;
    /* verbatim repeats: compare against earlier paragraphs by hash, then
     * bytes; a small table keeps this linear */
    uint64_t *hashes = dyad_arena_array(doc->arena, doc->n_paras ? doc->n_paras : 1, sizeof *hashes);
    para_table seen = {0};
    size_t tcap = 16;
    while (tcap < doc->n_paras * 2)
        tcap *= 2;
    seen.slots = dyad_arena_array(doc->arena, tcap, sizeof *seen.slots);
    seen.mask = tcap - 1;
    if (!hashes || !seen.slots)
        return DYAD_ERR_NOMEM;
    for (size_t i = 0; i < doc->n_paras; i++) {
        dyad_paragraph *p = &doc->paras[i];
        const char *s = doc->text + p->span.start;
        size_t n = p->span.end - p->span.start;
        hashes[i] = XXH3_64bits(s, n);
        bool repeat = seen_before(&seen, doc, hashes, i);
        if (p->kind == DYAD_PARA_BOILERPLATE || p->kind == DYAD_PARA_TITLE || p->kind == DYAD_PARA_DATELINE)
            continue;
        /* a paragraph repeated verbatim (length > 20): keep the first */
        if (n > 20 && repeat) {
            p->kind = DYAD_PARA_BOILERPLATE;
            p->why = "duplicate";
            continue;
        }
        /* no rule applies to long paragraphs: skip the copy */
        const char *why = NULL;
        if (n <= sizeof low && n <= eng->bp_index.max_para)
            why = match_rules(eng, low, lower_copy(low, sizeof low, s, n));
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
