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
    size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* eight bytes at a time: 0x20 added to each byte 'A'..'Z' */
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t y = v & lows;
        uint64_t upper = (y + ones * (0x80 - 'A')) & ~(y + ones * (0x80 - 'Z' - 1)) & ~v & highs;
        v |= upper >> 2;
        memcpy(buf + i, &v, 8);
    }
#endif
    for (; i < n; i++) {
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

/* Hash of the four bytes at s, DYAD_BP_QUAD_BITS wide. */
static inline unsigned quad_hash(const char *s)
{
    uint32_t v;
    memcpy(&v, s, 4);
    return (v * 2654435761u) >> (32 - DYAD_BP_QUAD_BITS);
}

/* Append rule r to the list *list of *n entries (arena; lists are short
 * and built once, so growing one by one is fine). */
static int list_add(dyad_arena *a, uint32_t **list, uint32_t *n, size_t r)
{
    uint32_t *l = dyad_arena_grow(a, *list, *n, (size_t)*n + 1, sizeof *l);
    if (!l)
        return -1;
    l[(*n)++] = (uint32_t)r;
    *list = l;
    return 0;
}

int dyad_clean_prepare(dyad_engine *eng)
{
    dyad_bp_index *ix = &eng->bp_index;
    memset(ix, 0, sizeof *ix);
    if (eng->n_bp_rules >= (1u << 24))
        return -1;
    /* the sampling step: the shortest "any" phrase of 4+ bytes, less 3 */
    size_t shortest = 0;
    for (size_t r = 0; r < eng->n_bp_rules; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        if (rule->where == BP_ANY && rule->len >= 4 && (!shortest || rule->len < shortest))
            shortest = rule->len;
    }
    ix->quad_step = shortest ? shortest - 3 : 1;
    if (ix->quad_step > 64)
        ix->quad_step = 64;
    for (size_t r = 0; r < eng->n_bp_rules; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        size_t max = rule->max_para ? rule->max_para : 400;
        if (max > ix->max_para)
            ix->max_para = max;
        int rc;
        if (rule->where != BP_ANY) {
            unsigned char b = (unsigned char)rule->needle[0];
            rc = rule->len ? list_add(eng->arena, &ix->fixed_by_byte[b], &ix->n_fixed_by_byte[b], r)
                           : list_add(eng->arena, &ix->fixed_empty, &ix->n_fixed_empty, r);
        } else if (rule->len < 4)
            rc = list_add(eng->arena, &ix->short_any, &ix->n_short_any, r);
        else {
            rc = 0;
            for (size_t off = 0; off < ix->quad_step && !rc; off++) { /* off + 4 <= len */
                unsigned h = quad_hash(rule->needle + off);
                rc = list_add(eng->arena, &ix->any_by_quad[h], &ix->n_any_by_quad[h], r << 8 | off);
                ix->quad_used[h >> 6] |= (uint64_t)1 << (h & 63);
            }
        }
        if (rc)
            return -1;
    }
    return 0;
}

/* Does rule r apply to a paragraph of n bytes? */
static bool rule_fits(const dyad_bp_rule *rule, size_t n)
{
    return n <= (rule->max_para ? rule->max_para : 400);
}

/* The first rule of `list` (below *best) whose phrase starts or is the
 * trimmed paragraph low[ea..eb) of n bytes: lowers *best. */
static void match_fixed(const dyad_engine *eng, const uint32_t *list, uint32_t nl, const char *low, size_t n,
                        size_t ea, size_t eb, size_t *best)
{
    for (uint32_t k = 0; k < nl && list[k] < *best; k++) {
        const dyad_bp_rule *rule = &eng->bp_rules[list[k]];
        if (!rule_fits(rule, n))
            continue;
        if (rule->where == BP_EXACT ? (eb - ea == rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
                                    : (n - ea >= rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)) {
            *best = list[k];
            return;
        }
    }
}

/* The reason of the first rule (in data/boilerplate.txt order) matching
 * the lower-cased paragraph low[0..n), or NULL.  One pass over the
 * paragraph finds every "any" phrase: every quad_step-th position is
 * compared only with the phrases having, at some offset, four bytes that
 * hash like its own. */
static const char *match_rules(const dyad_engine *eng, const char *low, size_t n)
{
    const dyad_bp_index *ix = &eng->bp_index;
    size_t ea, eb;
    trim_for_exact(low, n, &ea, &eb);
    size_t best = SIZE_MAX;
    if (ea < n) {
        unsigned char b = (unsigned char)low[ea];
        match_fixed(eng, ix->fixed_by_byte[b], ix->n_fixed_by_byte[b], low, n, ea, eb, &best);
    }
    match_fixed(eng, ix->fixed_empty, ix->n_fixed_empty, low, n, ea, eb, &best);
    for (uint32_t k = 0; k < ix->n_short_any && ix->short_any[k] < best; k++) {
        const dyad_bp_rule *rule = &eng->bp_rules[ix->short_any[k]];
        if (rule_fits(rule, n) && memmem(low, n, rule->needle, rule->len)) {
            best = ix->short_any[k];
            break;
        }
    }
    for (size_t i = 0; i + 4 <= n && best; i += ix->quad_step) {
        unsigned h = quad_hash(low + i);
        if (!((ix->quad_used[h >> 6] >> (h & 63)) & 1)) /* 512 bytes: stays in cache */
            continue;
        const uint32_t *list = ix->any_by_quad[h];
        for (uint32_t k = 0, nk = ix->n_any_by_quad[h]; k < nk && (list[k] >> 8) < best; k++) {
            const dyad_bp_rule *rule = &eng->bp_rules[list[k] >> 8];
            size_t at = i - (list[k] & 255); /* where the phrase would start */
            if ((list[k] & 255) <= i && rule->len <= n - at && rule_fits(rule, n) &&
                memcmp(low + at, rule->needle, rule->len) == 0) {
                best = list[k] >> 8;
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
