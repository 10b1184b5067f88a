/* load_petrarch.c — agent dictionaries (PETRARCH/Phoenix and TABARI) and
 * PETRARCH discard lists.
 *
 * Agents: "PHRASE {PLURAL} [~CODE]" per line.  "~GOV" is appended to the
 * actor's code (an "Egyptian minister" is EGYGOV), "NGO~" put before it.
 * PETRARCH makes the regular plural itself (MINISTER → MINISTERS,
 * SECRETARY → SECRETARIES, WITNESS → WITNESSES); "{X}" gives an irregular
 * plural instead and "{}" none; TABARI did the same (PSU.120522.agents lists
 * "REBEL_" and no "REBELS_").  "!PERSON! = MAN, MEN, WOMAN" defines a
 * substitution marker: "CONGRESS!PERSON!" stands for CONGRESSMAN,
 * CONGRESSMEN, CONGRESSWOMAN, without further plurals.  TABARI agents
 * also use stems (a last word without '_').
 *
 * Discards: one phrase per line; "+PHRASE" discards the whole story,
 * a bare phrase the sentence ("+Manchester United", "YEARS LATER"). */
#include "lexicon.h"

#include <stdio.h>
#include <string.h>

#define MAX_MARKERS 64
#define MAX_MARKER_ITEMS 32

typedef struct marker {
    const char *name; /* without the '!' */
    size_t len;
    const char *items[MAX_MARKER_ITEMS];
    size_t n_items;
} marker;

static bool is_ws(char c) { return c == ' ' || c == '\t'; }

static void trim(const char **s, const char **e)
{
    while (*s < *e && is_ws(**s))
        (*s)++;
    while (*e > *s && is_ws((*e)[-1]))
        (*e)--;
}

/* "!NAME! = A, B, C" */
static int define_marker(dyad_arena *a, marker *m, size_t *n_m, const char *s, const char *e, const char **err)
{
    const char *b1 = memchr(s, '!', (size_t)(e - s));
    const char *b2 = b1 ? memchr(b1 + 1, '!', (size_t)(e - b1 - 1)) : NULL;
    const char *eq = b2 ? memchr(b2, '=', (size_t)(e - b2)) : NULL;
    if (!eq || b2 == b1 + 1) {
        *err = "substitution marker incorrectly defined (expected !NAME! = A, B)";
        return 1;
    }
    if (*n_m == MAX_MARKERS) {
        *err = "too many substitution markers";
        return 1;
    }
    marker *k = &m[(*n_m)++];
    k->name = b1 + 1;
    k->len = (size_t)(b2 - b1 - 1);
    k->n_items = 0;
    const char *p = eq + 1;
    while (p < e && k->n_items < MAX_MARKER_ITEMS) {
        const char *comma = memchr(p, ',', (size_t)(e - p));
        const char *q = comma ? comma : e;
        const char *is = p, *ie = q;
        trim(&is, &ie);
        if (ie > is) {
            char *item = dyad_arena_strndup(a, is, (size_t)(ie - is));
            if (!item)
                return -1;
            k->items[k->n_items++] = item;
        }
        p = comma ? comma + 1 : e;
    }
    return 0;
}

/* Regular English plural of the last word of phrase [s, e) (its final '_'
 * dropped), in the phrase's case. */
static char *regular_plural(dyad_arena *a, const char *s, const char *e)
{
    while (e > s && (e[-1] == '_' || is_ws(e[-1])))
        e--;
    size_t n = (size_t)(e - s);
    if (n < 2)
        return NULL;
    char last = e[-1], prev = e[-2];
    bool lower = last >= 'a' && last <= 'z';
    char L = (char)(lower ? last - 32 : last), P = (char)(prev >= 'a' && prev <= 'z' ? prev - 32 : prev);
    const char *suffix;
    size_t keep = n;
    if (L == 'Y' && !strchr("AEIOU", P)) {
        suffix = "IES";
        keep = n - 1;
    } else if (L == 'S' || L == 'X' || L == 'Z' || (L == 'H' && (P == 'C' || P == 'S')))
        suffix = "ES";
    else
        suffix = "S";
    char *r = dyad_arena_alloc(a, keep + 4);
    if (!r)
        return NULL;
    memcpy(r, s, keep);
    for (size_t i = 0; suffix[i]; i++)
        r[keep + i] = (char)(lower ? suffix[i] + 32 : suffix[i]);
    return r;
}

typedef struct phrase_list {
    const char **p;
    uint32_t n, cap;
} phrase_list;

static int list_add(dyad_arena *a, phrase_list *l, const char *s)
{
    if (!s)
        return -1;
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        const char **g = dyad_arena_grow(a, l->p, l->n, cap, sizeof *g);
        if (!g)
            return -1;
        l->p = g;
        l->cap = cap;
    }
    l->p[l->n++] = s;
    return 0;
}

long dyad_load_agents(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data, size_t len,
                      bool petrarch)
{
    dyad_arena *a = dyad_lexicon_arena(lex);
    dyad_cameo_reader rd = {.p = data, .end = data + len};
    dyad_cameo_line ln;
    marker markers[MAX_MARKERS];
    size_t n_markers = 0;
    long bad = 0;
    while (dyad_cameo_next_line(&rd, &ln)) {
        const char *s = ln.p, *e = ln.p + ln.len;
        const char *br = memchr(s, '[', (size_t)(e - s));
        const char *err = NULL;
        if (!br && memchr(s, '!', ln.len) && memchr(s, '=', ln.len)) {
            int rc = define_marker(a, markers, &n_markers, s, e, &err);
            if (rc < 0)
                return -1;
            if (rc > 0) {
                dyad_engine_diag(eng, "%s:%u: %s", name, ln.lineno, err);
                bad++;
            }
            continue;
        }
        if (!br) {
            dyad_engine_diag(eng, "%s:%u: agent without a code ([~CODE])", name, ln.lineno);
            bad++;
            continue;
        }
        dyad_code *codes = NULL;
        uint32_t n_codes = 0, cap_codes = 0;
        const char *q = br;
        bool code_err = false;
        while (q < e) {
            if (*q != '[') {
                q++;
                continue;
            }
            int rc = dyad_cameo_parse_codes(a, &q, e, &codes, &n_codes, &cap_codes, DYAD_CODE_DEFAULT, &err);
            if (rc < 0)
                return -1;
            if (rc > 0) {
                dyad_engine_diag(eng, "%s:%u: %s", name, ln.lineno, err);
                code_err = true;
            }
        }
        if (code_err || !n_codes) {
            if (!code_err)
                dyad_engine_diag(eng, "%s:%u: agent without a code ([~CODE])", name, ln.lineno);
            bad++;
            continue;
        }
        /* phrase and {plural} */
        const char *ps = s, *pe = br;
        const char *brace = memchr(ps, '{', (size_t)(pe - ps));
        const char *pl_s = NULL, *pl_e = NULL;
        if (brace) {
            const char *cb = memchr(brace, '}', (size_t)(pe - brace));
            if (!cb) {
                dyad_engine_diag(eng, "%s:%u: missing '}'", name, ln.lineno);
                bad++;
                continue;
            }
            pl_s = brace + 1;
            pl_e = cb;
            trim(&pl_s, &pl_e);
            pe = brace;
        }
        trim(&ps, &pe);
        if (ps == pe) {
            dyad_engine_diag(eng, "%s:%u: code without an agent phrase", name, ln.lineno);
            bad++;
            continue;
        }
        phrase_list pl = {0};
        const char *bang = memchr(ps, '!', (size_t)(pe - ps));
        if (bang) {
            const char *bang2 = memchr(bang + 1, '!', (size_t)(pe - bang - 1));
            const marker *mk = NULL;
            for (size_t i = 0; bang2 && i < n_markers; i++)
                if (markers[i].len == (size_t)(bang2 - bang - 1) &&
                    memcmp(markers[i].name, bang + 1, markers[i].len) == 0)
                    mk = &markers[i];
            if (!mk) {
                dyad_engine_diag(eng, "%s:%u: unknown substitution marker", name, ln.lineno);
                bad++;
                continue;
            }
            for (size_t i = 0; i < mk->n_items; i++)
                if (list_add(a, &pl,
                             dyad_arena_printf(a, "%.*s%s%.*s", (int)(bang - ps), ps, mk->items[i],
                                               (int)(pe - bang2 - 1), bang2 + 1)))
                    return -1;
        } else {
            if (list_add(a, &pl, dyad_arena_strndup(a, ps, (size_t)(pe - ps))))
                return -1;
            if (pl_s && pl_e > pl_s) {
                if (list_add(a, &pl, dyad_arena_strndup(a, pl_s, (size_t)(pl_e - pl_s))))
                    return -1;
            } else if (!brace) {
                char *plural = regular_plural(a, ps, pe);
                if (plural && list_add(a, &pl, plural))
                    return -1;
            }
        }
        if (!pl.n) {
            dyad_engine_diag(eng, "%s:%u: substitution marker has no items", name, ln.lineno);
            bad++;
            continue;
        }
        dyad_entry en = {0};
        en.name = dyad_cameo_pretty(a, pl.p[0], strlen(pl.p[0]));
        if (!en.name)
            return -1;
        en.phrases = pl.p;
        en.n_phrases = pl.n;
        en.codes = codes;
        en.n_codes = n_codes;
        en.kind = DYAD_ENTRY_AGENT;
        en.file = name;
        en.line = ln.lineno;
        int rc = dyad_lexicon_add_entry(lex, &en, DYAD_NS_AGENT, petrarch ? DYAD_STYLE_CAPS : DYAD_STYLE_CAPS_STEM,
                                        false);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            dyad_engine_diag(eng, "%s:%u: agent phrase has no words or too many; not matched", name, ln.lineno);
            bad++;
        }
    }
    return bad;
}

long dyad_load_discards(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data, size_t len)
{
    dyad_arena *a = dyad_lexicon_arena(lex);
    dyad_cameo_reader rd = {.p = data, .end = data + len};
    dyad_cameo_line ln;
    long bad = 0;
    while (dyad_cameo_next_line(&rd, &ln)) {
        const char *s = ln.p, *e = ln.p + ln.len;
        uint8_t flags = 0;
        if (*s == '+') {
            flags = DYAD_ENTRYF_STORY;
            s++;
        }
        trim(&s, &e);
        if (s == e) {
            dyad_engine_diag(eng, "%s:%u: empty discard phrase", name, ln.lineno);
            bad++;
            continue;
        }
        const char **ph = dyad_arena_alloc(a, sizeof *ph);
        if (!ph)
            return -1;
        ph[0] = dyad_arena_strndup(a, s, (size_t)(e - s));
        dyad_entry en = {0};
        en.name = ph[0] ? dyad_cameo_pretty(a, s, (size_t)(e - s)) : NULL;
        if (!en.name)
            return -1;
        en.phrases = ph;
        en.n_phrases = 1;
        en.kind = DYAD_ENTRY_DISCARD;
        en.flags = flags;
        en.file = name;
        en.line = ln.lineno;
        int rc = dyad_lexicon_add_entry(lex, &en, DYAD_NS_DISCARD, DYAD_STYLE_CAPS, false);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            dyad_engine_diag(eng, "%s:%u: discard phrase has no words or too many", name, ln.lineno);
            bad++;
        }
    }
    return bad;
}
