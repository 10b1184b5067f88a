/* patterns.c — compiling TABARI/PETRARCH/dyad verb patterns and synsets
 * into flat element arrays, and matching them around a verb.
 *
 * Compiling.  "- + * { AGREEMENT | ACCORD }_ON &ISSUE (WITH $)  [0311]"
 * becomes two element lists: those before '*' (nearest the verb first) and
 * those after it.  Each element knows how many tokens may separate it from
 * its neighbour on the verb's side: 0 after '_' or inside a PETRARCH {...}
 * group, a few inside a PETRARCH (...) prepositional phrase, any number
 * after a space.  Synsets and { A | B } alternatives are sets of phrases
 * (phrases are consecutive words, possibly other synsets).
 *
 * Matching.  Per pattern, a depth-first search places each element at the
 * nearest position its gap allows and backs up on failure; a table of
 * (element, position) pairs known to fail keeps it polynomial whatever the
 * pattern (no element is tried twice at the same place).  Patterns of a
 * block are sorted most specific first (the sum of their elements'
 * weights: words and sets 2, actor slots and the preposition heading a
 * (...) phrase 1), so the first match wins, as in TABARI, whose longer
 * patterns shadow shorter ones; on equal weight the earlier line wins.
 * "Egypt rushed aid to Gaza": "- * AID [070]" (2) beats "- * (TO)
 * [042:043]" (1).  TABARI patterns are scored by what they matched
 * (TAB_WORD, TAB_SET below) and the best match wins; their spec is the
 * most they can score, so the search stops once no later one can win.
 *
 * TABARI readings: a space inside a synset member or { | } alternative
 * lets a few words come between (PHRASE_GAP), '_' does not; a member may
 * name the source or target ("+PESO_$"); "WORD~" is a stem even before
 * '_'; a '_' right after a synset named in a pattern leaves the gap open;
 * '^' skips an actor phrase only. */
#include "verbs.h"
#include "lexicon_int.h"

#include <stdlib.h>
#include <string.h>

#define MAX_SIDE 32      /* elements on one side of the verb */
#define MAX_PHRASE 16    /* elements in a synset phrase */
#define PP_GAP 3         /* words allowed inside a PETRARCH (...) phrase */
#define PHRASE_GAP 4     /* words allowed where a TABARI synset or { | }
                            phrase has a space: "+AUSTRIAN FLORIN" matches
                            "austrian gold florin", "+AUSTRIAN_FLORIN"
                            does not */
#define SET_DEPTH 4      /* synsets within synsets */
#define MAX_PHRASE_TOKS 12
#define WINDOW 256       /* tokens either side of the verb that are searched */
#define SET_BUDGET 65536 /* synset word steps per pattern: nested synsets
                            cannot make a match cost more than this */
#define CALL_BUDGET (1u << 20) /* search steps per dyad_verb_match call: only
                                  hostile dictionaries (hundreds of long
                                  all-gap patterns) come near it; then the
                                  patterns not yet tried are skipped */

/* ------------------------------------------------------------ compiling */
typedef struct citem {
    uint8_t kind;  /* DYAD_PE_*, or 255 for the verb '*' */
    uint8_t gap;   /* gap before it (to the previous item in text order) */
    uint8_t stem, noun;
    uint32_t set;
    const char *key;
    uint32_t key_len;
    uint8_t weak; /* the preposition heading a PETRARCH (...) phrase */
    uint32_t id;  /* WORD: interned key */
} citem;

typedef struct cstate {
    dyad_lexicon *lex;
    struct dyad_verb_table *vt;
    dyad_vdialect d;
    const char *p, *end;
    citem items[2 * MAX_SIDE + 2];
    size_t n;
    const char *err;
    bool oom;
    int depth; /* brackets open */
    bool pattern; /* a pattern's own elements (not a synset's phrase) */
} cstate;

static bool is_space(char c) { return c == ' ' || c == '\t'; }
static bool word_char(char c)
{
    return c && !is_space(c) && c != '_' && c != '{' && c != '}' && c != '(' && c != ')' && c != '|' &&
           c != '[' && c != ']';
}

static int push_item(cstate *c, citem it)
{
    if (c->n >= sizeof c->items / sizeof *c->items) {
        c->err = "pattern has too many elements";
        return 1;
    }
    c->items[c->n++] = it;
    return 0;
}

/* Look up a synset by its name ("&NAME", any final '_' dropped). */
static long set_find(const struct dyad_verb_table *vt, const char *name, size_t n)
{
    while (n > 1 && name[n - 1] == '_')
        n--;
    return dyad_strmap_get(&vt->set_by_name, name, n);
}

static long set_new(dyad_lexicon *lex, const char *name, size_t n)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt || dyad_vgrow((void **)&vt->sets, &vt->cap_sets, vt->n_sets, sizeof *vt->sets))
        return -1;
    dyad_vset s = {NULL, -1, -1, 0, 0, 0, {0, 0}};
    if (name) {
        while (n > 1 && name[n - 1] == '_')
            n--;
        s.name = dyad_arena_strndup(dyad_lexicon_arena(lex), name, n);
        if (!s.name || dyad_strmap_put(&vt->set_by_name, dyad_lexicon_arena(lex), s.name, n, (int)vt->n_sets))
            return -1;
    }
    vt->sets[vt->n_sets] = s;
    return (long)vt->n_sets++;
}

/* The id of folded word key[0..n) among the pattern words, made when new
 * (ids count from 1); -1 when out of memory. */
static long intern_word(struct dyad_verb_table *vt, dyad_arena *a, const char *key, size_t n)
{
    int id = dyad_strmap_get(&vt->word_ids, key, n);
    if (id > 0)
        return id;
    if (vt->n_words >= INT32_MAX - 1 || dyad_strmap_put(&vt->word_ids, a, key, n, (int)(vt->n_words + 1)))
        return -1;
    return (long)++vt->n_words;
}

/* Append one word (already split from the text) as WORD items; '-' splits
 * it into words that follow each other ("CEASE-FIRE").  `exact`: no stem. */
static int add_word(cstate *c, const char *w, size_t n, uint8_t gap, bool exact, bool noun)
{
    size_t i = 0;
    bool first = true;
    while (i < n) {
        size_t j = i;
        while (j < n && w[j] != '-')
            j++;
        if (j > i) {
            char key[DYAD_LEX_MAX_KEY];
            size_t k = dyad_key_fold(w + i, j - i, key, sizeof key, NULL, NULL);
            if (k) {
                long id = intern_word(c->vt, dyad_lexicon_arena(c->lex), key, k);
                const char *copy = id > 0 ? dyad_arena_strndup(dyad_lexicon_arena(c->lex), key, k) : NULL;
                if (!copy) {
                    c->oom = true;
                    return -1;
                }
                citem it = {DYAD_PE_WORD, first ? gap : 0, 0, 0, 0, copy, (uint32_t)k, 0, (uint32_t)id};
                it.stem = c->d == DYAD_VD_TABARI && !exact && !noun;
                c->vt->has_stems |= it.stem;
                it.noun = noun;
                if (push_item(c, it))
                    return 1;
                first = false;
            }
        }
        i = j + 1;
    }
    return 0;
}

static int parse_seq(cstate *c, char close, uint8_t space_gap, uint8_t first_gap);
static int parse_seq_in(cstate *c, char close, uint8_t space_gap, uint8_t first_gap);

/* A phrase of a set: words and synsets, consecutive.  Appends the phrase
 * to set `set`. */
static int compile_phrase(dyad_lexicon *lex, dyad_vdialect d, long set, const char *p, size_t len, bool noun,
                          const char **err)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    cstate *c = calloc(1, sizeof *c);
    if (!c)
        return -1;
    c->lex = lex;
    c->vt = vt;
    c->d = d;
    c->p = p;
    c->end = p + len;
    /* TABARI: a space between a phrase's words is open, '_' closed */
    int rc = parse_seq(c, 0, d == DYAD_VD_TABARI ? PHRASE_GAP : 0, 0);
    if (c->oom)
        rc = -1;
    else if (!rc && c->n == 0) {
        c->err = "empty phrase";
        rc = 1;
    } else if (!rc && c->n > MAX_PHRASE) {
        c->err = "phrase too long";
        rc = 1;
    }
    for (size_t i = 0; !rc && i < c->n; i++)
        if (c->items[i].kind != DYAD_PE_WORD && c->items[i].kind != DYAD_PE_SET &&
            !(d == DYAD_VD_TABARI && (c->items[i].kind == DYAD_PE_SOURCE || c->items[i].kind == DYAD_PE_TARGET))) {
            /* TABARI: a member may name the source or target ("+PESO_$":
             * "contribute a million peso Bree" has source Bree) */
            c->err = "a synset or alternative holds only words, synsets and (TABARI) $ or +";
            rc = 1;
        } else if (c->items[i].kind == DYAD_PE_SET && c->items[i].set >= (uint32_t)set) {
            c->err = "a synset may only name synsets defined before it";
            rc = 1;
        }
    if (!rc && noun) {
        citem *last = &c->items[c->n - 1];
        if (last->kind == DYAD_PE_WORD) {
            last->noun = 1;
            last->stem = 0;
        }
    }
    if (!rc && (dyad_vgrow((void **)&vt->phrases, &vt->cap_phrases, vt->n_phrases, sizeof *vt->phrases) ||
                (vt->n_elems + c->n >= vt->cap_elems &&
                 dyad_vgrow((void **)&vt->elems, &vt->cap_elems, vt->n_elems + c->n, sizeof *vt->elems))))
        rc = -1;
    if (!rc) {
        dyad_vphrase ph = {(uint32_t)vt->n_elems, (uint32_t)c->n, -1};
        for (size_t i = 0; i < c->n; i++) {
            const citem *it = &c->items[i];
            uint8_t gap = i && it->gap != DYAD_PE_ANY_GAP ? it->gap : 0;
            vt->elems[vt->n_elems++] = (dyad_pelem){it->kind, gap, it->stem, it->noun, it->set, it->key, it->key_len, it->id};
        }
        dyad_vset *s = &vt->sets[set];
        int32_t pi = (int32_t)vt->n_phrases;
        vt->phrases[vt->n_phrases++] = ph;
        if (s->tail >= 0)
            vt->phrases[s->tail].next = pi;
        else
            s->head = pi;
        s->tail = pi;
        s->n++;
    }
    if (rc == 1)
        *err = c->err;
    free(c);
    return rc;
}

/* { A | B C } alternatives (TABARI) → one SET item; returns 0/1/-1. */
static int parse_alternatives(cstate *c, uint8_t gap)
{
    long set = set_new(c->lex, NULL, 0);
    if (set < 0) {
        c->oom = true;
        return -1;
    }
    const char *s = c->p;
    for (;;) {
        const char *e = s;
        while (e < c->end && *e != '|' && *e != '}')
            e++;
        if (e >= c->end) {
            c->err = "unclosed {";
            return 1;
        }
        const char *t = s, *te = e;
        while (t < te && (is_space(*t) || *t == '_'))
            t++;
        while (te > t && (is_space(te[-1]) || te[-1] == '_'))
            te--;
        if (te > t) {
            const char *err = NULL;
            int rc = compile_phrase(c->lex, c->d, set, t, (size_t)(te - t), false, &err);
            if (rc) {
                if (rc < 0)
                    c->oom = true;
                c->err = err;
                return rc;
            }
        }
        if (*e == '}') {
            c->p = e + 1;
            break;
        }
        s = e + 1;
    }
    if (!c->vt->sets[set].n) {
        c->err = "empty { }";
        return 1;
    }
    citem it = {DYAD_PE_SET, gap, 0, 0, (uint32_t)set, NULL, 0, 0, 0};
    return push_item(c, it);
}

/* Parse items up to `close` (or the end when 0).  `space_gap`: the gap a
 * space means here; `first_gap`: the gap of the first item. */
static int parse_seq(cstate *c, char close, uint8_t space_gap, uint8_t first_gap)
{
    if (close && ++c->depth > 4) {
        c->err = "brackets nested too deep";
        return 1;
    }
    int rc = parse_seq_in(c, close, space_gap, first_gap);
    if (close)
        c->depth--;
    return rc;
}

static int parse_seq_in(cstate *c, char close, uint8_t space_gap, uint8_t first_gap)
{
    uint8_t gap = first_gap;
    bool first = true, after_synset = false;
    while (c->p < c->end) {
        char ch = *c->p;
        if (is_space(ch)) {
            c->p++;
            continue;
        }
        if (ch == '_') {
            /* "A_B": B right after A; "A_ B": A exactly, then any gap */
            c->p++;
            /* TABARI: a '_' right after a synset named in a pattern
             * leaves the gap open ("MOST_CERTAINLY_&NEGATVAUXVRB_EVER *"
             * codes "most certainly really did not even ever clash") */
            if (!first && c->p < c->end && !is_space(*c->p) && !after_synset)
                gap = 0;
            continue;
        }
        if (close && ch == close) {
            c->p++;
            return 0;
        }
        if (ch == '}' || ch == ')' || ch == '|' || ch == ']' || ch == '[') {
            c->err = "unbalanced bracket in pattern";
            return 1;
        }
        int rc;
        if (ch == '{') {
            /* alternatives when a '|' comes before the closing brace */
            const char *q = c->p + 1;
            while (q < c->end && *q != '}' && *q != '|')
                q++;
            c->p++;
            if (q < c->end && *q == '|')
                rc = parse_alternatives(c, gap);
            else
                rc = parse_seq(c, '}', 0, gap);
            if (!rc && c->p <= c->end && c->p[-1] != '}') {
                c->err = "unclosed {";
                rc = 1;
            }
        } else if (ch == '(') {
            c->p++;
            size_t before = c->n;
            rc = parse_seq(c, ')', PP_GAP, gap);
            if (!rc && c->n > before)
                c->items[before].weak = 1;
            if (!rc && c->p[-1] != ')') {
                c->err = "unclosed (";
                rc = 1;
            }
        } else {
            const char *w = c->p;
            while (c->p < c->end && word_char(*c->p))
                c->p++;
            if (c->p == w) { /* a NUL byte: never loop without moving */
                c->err = "unexpected character in pattern";
                return 1;
            }
            size_t n = (size_t)(c->p - w);
            bool exact = c->p < c->end && *c->p == '_';
            bool noun = false;
            while (n && (w[n - 1] == '~' || w[n - 1] == '=')) {
                noun |= w[n - 1] == '~';
                n--;
            }
            /* TABARI: '~' keeps a word a stem even before a closed '_'
             * ("REAL~_PLEASANT" matches "really pleasant", "NEAT~_PLACE"
             * "neatest place"); PETRARCH and dyad: a noun's plurals */
            if (noun && c->d == DYAD_VD_TABARI)
                noun = exact = false;
            citem it = {0, gap, 0, 0, 0, NULL, 0, 0, 0};
            if (n == 1 && (w[0] == '$' || w[0] == '+' || w[0] == '%' || w[0] == '^' || w[0] == '*')) {
                it.kind = w[0] == '$'   ? DYAD_PE_SOURCE
                          : w[0] == '+' ? DYAD_PE_TARGET
                          : w[0] == '%' ? DYAD_PE_COMPOUND
                          : w[0] == '^' ? DYAD_PE_SKIP
                                        : 255;
                rc = push_item(c, it);
            } else if (n > 1 && w[0] == '&') {
                long set = set_find(c->vt, w, n);
                if (set < 0) {
                    c->err = "undefined synset; pattern skipped";
                    return 1;
                }
                it.kind = DYAD_PE_SET;
                it.set = (uint32_t)set;
                rc = push_item(c, it);
            } else if (n) {
                for (size_t i = 0; i < n; i++)
                    if (w[i] == '$' || w[i] == '*' || w[i] == '%' || w[i] == '^' || w[i] == '&') {
                        c->err = "marker ($ + % ^ * &) inside a word";
                        return 1;
                    }
                rc = add_word(c, w, n, gap, exact || c->d != DYAD_VD_TABARI, noun);
            } else
                rc = 0;
        }
        if (rc)
            return rc;
        after_synset = c->d == DYAD_VD_TABARI && c->pattern && ch == '&';
        first = false;
        gap = space_gap;
    }
    if (close) {
        c->err = close == '}' ? "unclosed {" : "unclosed (";
        return 1;
    }
    return 0;
}

int dyad_verb_synset_add(dyad_lexicon *lex, const char *name, size_t name_len, const char *phrase, size_t len,
                         dyad_vdialect d, bool noun, const char **err)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    if (name_len < 2 || name[0] != '&') {
        *err = "synset name must begin with '&'";
        return 1;
    }
    long set = set_find(vt, name, name_len);
    if (set < 0 && (set = set_new(lex, name, name_len)) < 0)
        return -1;
    if (!phrase)
        return 0;
    /* a phrase written with a final '_' takes no plural */
    bool phrase_noun = noun && len && phrase[len - 1] != '_';
    return compile_phrase(lex, d, set, phrase, len, phrase_noun, err);
}

int dyad_verb_pattern_line(dyad_lexicon *lex, uint32_t block, const char *p, const char *end, dyad_vdialect d,
                           const char *file, uint32_t line, const char **err)
{
    const char *open = NULL;
    for (const char *q = end; q > p; q--)
        if (q[-1] == '[') {
            open = q - 1;
            break;
        }
    if (!open) {
        *err = "pattern without a [code]";
        return 1;
    }
    dyad_verb_code code;
    const char *cs = open;
    int rc = dyad_verb_parse_code(lex, &cs, end, &code, err);
    if (!rc)
        rc = dyad_verb_pattern_add(lex, block, p + 1, (size_t)(open - p - 1), d, code, file, line, err);
    return rc;
}

/* TABARI: of the patterns that match, the one that matched the most
 * wins, as in TABARI, which tries them all ("VOW - * RESIST { TO THE END
 * | … } [113]" and "- * RESIST { TO THE END OF THE EARTH | … } [115]":
 * "vowed to resist to the end of the earth" codes 115); a word of the
 * pattern weighs TAB_WORD, each word a synset or { | } phrase matched
 * TAB_SET ("- * DOLLAR [071]" beats "- * &CURRENCY [903]" on "dollars"),
 * an actor slot 1.  A pattern's spec is the most it can score. */
#define TAB_WORD 3u
#define TAB_SET 2u

/* The most words a phrase of set `set` holds (nested synsets counted by
 * their own longest phrase). */
static unsigned set_size(const struct dyad_verb_table *vt, uint32_t set, int depth)
{
    unsigned best = 1;
    if (set >= vt->n_sets || depth > SET_DEPTH)
        return best;
    for (int32_t pi = vt->sets[set].head; pi >= 0; pi = vt->phrases[pi].next) {
        unsigned n = 0;
        for (uint32_t i = 0; i < vt->phrases[pi].n; i++) {
            const dyad_pelem *e = &vt->elems[vt->phrases[pi].first + i];
            n += e->kind == DYAD_PE_SET ? set_size(vt, e->set, depth + 1) : 1;
        }
        if (n > best)
            best = n;
    }
    return best;
}

int dyad_verb_pattern_add(dyad_lexicon *lex, uint32_t block, const char *p, size_t len, dyad_vdialect d,
                          dyad_verb_code code, const char *file, uint32_t line, const char **err)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    if (block >= vt->n_blocks) {
        *err = "pattern outside a verb block";
        return 1;
    }
    cstate *c = calloc(1, sizeof *c);
    if (!c)
        return -1;
    c->lex = lex;
    c->vt = vt;
    c->d = d;
    c->p = p;
    c->end = p + len;
    c->pattern = true;
    int rc = parse_seq(c, 0, DYAD_PE_ANY_GAP, DYAD_PE_ANY_GAP);
    size_t star = c->n;
    for (size_t i = 0; !rc && i < c->n; i++)
        if (c->items[i].kind == 255) {
            if (star != c->n) {
                c->err = "more than one '*' in a pattern";
                rc = 1;
            }
            star = i;
        }
    if (!rc && star == c->n) {
        /* no '*': the verb comes first (PETRARCH "- * ..." written without it) */
        if (d == DYAD_VD_TABARI || c->n == 0) {
            c->err = "pattern without '*'";
            rc = 1;
        }
    }
    size_t n_lower = star == c->n ? 0 : star, n_upper = star == c->n ? c->n : c->n - star - 1;
    if (!rc && (n_lower > MAX_SIDE || n_upper > MAX_SIDE)) {
        c->err = "pattern has too many elements";
        rc = 1;
    }
    if (!rc && (dyad_vgrow((void **)&vt->patterns, &vt->cap_patterns, vt->n_patterns, sizeof *vt->patterns) ||
                (vt->n_elems + c->n >= vt->cap_elems &&
                 dyad_vgrow((void **)&vt->elems, &vt->cap_elems, vt->n_elems + c->n, sizeof *vt->elems))))
        rc = -1;
    const char *where = NULL;
    if (!rc && !(where = dyad_arena_printf(dyad_lexicon_arena(lex), "%s:%u", file, line)))
        rc = -1;
    if (!rc) {
        dyad_vpattern pt = {0};
        pt.block = block;
        pt.order = (uint32_t)vt->n_patterns;
        pt.code = code;
        pt.where = where;
        unsigned spec = 0;
        /* lower: nearest the verb first; its gap is that of the item to its right */
        pt.lower = (uint32_t)vt->n_elems;
        pt.n_lower = (uint32_t)n_lower;
        for (size_t k = 0; k < n_lower; k++) {
            size_t i = n_lower - 1 - k;
            const citem *it = &c->items[i];
            const citem *right = &c->items[i + 1];
            vt->elems[vt->n_elems++] =
                (dyad_pelem){it->kind, right->gap, it->stem, it->noun, it->set, it->key, it->key_len, it->id};
        }
        pt.upper = (uint32_t)vt->n_elems;
        pt.n_upper = (uint32_t)n_upper;
        size_t first_up = star == c->n ? 0 : star + 1;
        for (size_t i = first_up; i < c->n; i++) {
            const citem *it = &c->items[i];
            vt->elems[vt->n_elems++] = (dyad_pelem){it->kind, it->gap, it->stem, it->noun, it->set, it->key, it->key_len, it->id};
        }
        for (size_t i = 0; i < c->n; i++) {
            uint8_t k = c->items[i].kind;
            if (d == DYAD_VD_TABARI)
                spec += k == DYAD_PE_WORD  ? TAB_WORD
                        : k == DYAD_PE_SET ? TAB_SET * set_size(vt, c->items[i].set, 0)
                        : k == 255 || k == DYAD_PE_SKIP ? 0
                                                        : 1;
            else
                spec += c->items[i].weak                       ? 1
                        : k == DYAD_PE_WORD || k == DYAD_PE_SET ? 2
                        : k == 255 || k == DYAD_PE_SKIP         ? 0
                                                                : 1;
        }
        pt.spec = (uint16_t)(spec > UINT16_MAX ? UINT16_MAX : spec);
        pt.by_match = d == DYAD_VD_TABARI;
        vt->patterns[vt->n_patterns++] = pt;
        vt->sorted = false;
    }
    if (c->oom)
        rc = -1;
    if (rc == 1)
        *err = c->err;
    free(c);
    return rc;
}

static int cmp_pattern(const void *a, const void *b)
{
    const dyad_vpattern *x = a, *y = b;
    if (x->block != y->block)
        return x->block < y->block ? -1 : 1;
    if (x->spec != y->spec)
        return x->spec > y->spec ? -1 : 1;
    return x->order < y->order ? -1 : x->order > y->order;
}

static uint64_t first_hash(uint64_t key) { return (key * 0x9E3779B97F4A7C15ull) >> 17; }

/* Index every synset's phrases by their first word: a token then meets
 * only the phrases that can begin with it (&CURRENCY has 90 phrases, a
 * word starts one or two of them).  0, or -1 when out of memory. */
typedef struct first_pair {
    uint64_t key; /* (set + 1) << 32 | first word id, 0 for "other" */
    uint32_t phrase;
} first_pair;

static int cmp_first_pair(const void *a, const void *b)
{
    const first_pair *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->phrase < y->phrase ? -1 : x->phrase > y->phrase;
}

static int index_sets(struct dyad_verb_table *vt)
{
    free(vt->set_phrases);
    free(vt->first_words);
    vt->set_phrases = NULL;
    vt->first_words = NULL;
    vt->first_cap = 0;
    vt->indexed_phrases = (size_t)-1;
    size_t np = vt->n_phrases;
    first_pair *pairs = malloc((np ? np : 1) * sizeof *pairs);
    vt->set_phrases = malloc((np ? np : 1) * sizeof *vt->set_phrases);
    if (!pairs || !vt->set_phrases) {
        free(pairs);
        return -1;
    }
    size_t n = 0;
    for (size_t s = 0; s < vt->n_sets; s++) {
        vt->sets[s].other = vt->sets[s].n_other = 0;
        vt->sets[s].first_sig[0] = vt->sets[s].first_sig[1] = 0;
        for (int32_t pi = vt->sets[s].head; pi >= 0 && n < np; pi = vt->phrases[pi].next) {
            const dyad_pelem *e = &vt->elems[vt->phrases[pi].first];
            uint32_t id = vt->phrases[pi].n && e->kind == DYAD_PE_WORD && !e->stem ? e->id : 0;
            if (id) {
                unsigned bit = dyad_vword_bit(id);
                vt->sets[s].first_sig[bit >> 6] |= 1ull << (bit & 63);
            }
            pairs[n++] = (first_pair){((uint64_t)s + 1) << 32 | id, (uint32_t)pi};
        }
    }
    if (n)
        qsort(pairs, n, sizeof *pairs, cmp_first_pair);
    size_t groups = 0;
    for (size_t i = 0; i < n; i++)
        groups += i == 0 || pairs[i].key != pairs[i - 1].key;
    size_t cap = 16;
    while (cap < 2 * groups)
        cap *= 2;
    vt->first_words = calloc(cap, sizeof *vt->first_words);
    if (!vt->first_words) {
        free(pairs);
        return -1;
    }
    vt->first_cap = cap;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && pairs[j].key == pairs[i].key) {
            vt->set_phrases[j] = pairs[j].phrase;
            j++;
        }
        uint32_t set = (uint32_t)(pairs[i].key >> 32) - 1;
        if ((uint32_t)pairs[i].key == 0) {
            vt->sets[set].other = (uint32_t)i;
            vt->sets[set].n_other = (uint32_t)(j - i);
        } else {
            size_t k = first_hash(pairs[i].key) & (cap - 1);
            while (vt->first_words[k].key)
                k = (k + 1) & (cap - 1);
            vt->first_words[k] = (dyad_vfirst){pairs[i].key, (uint32_t)i, (uint32_t)(j - i)};
        }
        i = j;
    }
    free(pairs);
    vt->indexed_phrases = np;
    return 0;
}

/* The phrases of set `set` whose first word has id `id`, or NULL. */
static const dyad_vfirst *first_find(const struct dyad_verb_table *vt, uint32_t set, uint32_t id)
{
    uint64_t key = ((uint64_t)set + 1) << 32 | id;
    size_t k = first_hash(key) & (vt->first_cap - 1);
    while (vt->first_words[k].key) {
        if (vt->first_words[k].key == key)
            return &vt->first_words[k];
        k = (k + 1) & (vt->first_cap - 1);
    }
    return NULL;
}

/* What each pattern needs before its search is worth trying (dyad_vreq):
 * "- * { AGREEMENT | ACCORD }_ON &ISSUE (WITH $)" cannot match in a
 * sentence without "with" after the verb.  0, or -1 when out of memory. */
static int pattern_needs(struct dyad_verb_table *vt)
{
    free(vt->reqs);
    vt->reqs = NULL;
    vt->n_reqs = 0;
    size_t cap = 0;
    for (size_t i = 0; i < vt->n_patterns; i++) {
        dyad_vpattern *pt = &vt->patterns[i];
        pt->req = (uint32_t)vt->n_reqs;
        memset(pt->sig, 0, sizeof pt->sig);
        /* words and slots first, synsets (dearer to check) after */
        for (int pass = 0; pass < 4; pass++) {
            int upper = pass & 1;
            bool sets = pass >= 2;
            uint32_t first = upper ? pt->upper : pt->lower, ne = upper ? pt->n_upper : pt->n_lower;
            bool slot = false;
            for (uint32_t k = first; k < first + ne; k++) {
                const dyad_pelem *e = &vt->elems[k];
                dyad_vreq r = {0, (uint8_t)upper, e->noun, 0};
                if ((e->kind == DYAD_PE_SET) != sets)
                    continue;
                if (e->kind == DYAD_PE_WORD && !e->stem) {
                    r.kind = DYAD_REQ_WORD;
                    r.id = e->id;
                    unsigned bit = dyad_vword_bit(e->id);
                    pt->sig[upper][bit >> 6] |= 1ull << (bit & 63);
                } else if (e->kind == DYAD_PE_SET && e->set < vt->n_sets && !vt->sets[e->set].n_other) {
                    r.kind = DYAD_REQ_SET;
                    r.id = e->set;
                } else if ((e->kind == DYAD_PE_SOURCE || e->kind == DYAD_PE_TARGET || e->kind == DYAD_PE_COMPOUND) &&
                           !slot) {
                    r.kind = DYAD_REQ_SLOT;
                    slot = true;
                } else
                    continue;
                if (dyad_vgrow((void **)&vt->reqs, &cap, vt->n_reqs, sizeof *vt->reqs))
                    return -1;
                vt->reqs[vt->n_reqs++] = r;
            }
        }
        pt->n_req = (uint32_t)vt->n_reqs - pt->req;
    }
    return 0;
}

int dyad_verbs_finish(dyad_lexicon *lex)
{
    struct dyad_verb_table *vt = lex->verbs;
    if (!vt || (vt->sorted && vt->indexed_phrases == vt->n_phrases))
        return 0;
    if (vt->n_patterns)
        qsort(vt->patterns, vt->n_patterns, sizeof *vt->patterns, cmp_pattern);
    for (size_t b = 0; b < vt->n_blocks; b++)
        vt->blocks[b] = (dyad_vblock){0, 0};
    for (size_t i = 0; i < vt->n_patterns; i++) {
        dyad_vblock *b = &vt->blocks[vt->patterns[i].block];
        if (!b->n)
            b->first = (uint32_t)i;
        b->n++;
    }
    if (index_sets(vt) || pattern_needs(vt))
        return -1;
    vt->sorted = true;
    return 0;
}

/* ------------------------------------------------------------- matching */
typedef struct tkey {
    const char *k;
    uint16_t n;
    uint8_t ignorable; /* quote marks and joining hyphens: not counted, skipped */
    uint8_t word;      /* a word or number */
    uint32_t id[3];    /* pattern word ids of the token, of it less a final
                          "s", less a final "es" (0: none) */
    uint8_t made;
} tkey;

#define TKEY_BYTES 32 /* longest folded token key that can match */

/* Fill k for token t of doc: its folded key (in buf, TKEY_BYTES bytes),
 * whether it is a word or skipped, and its pattern word ids. */
static void key_token(const struct dyad_verb_table *vt, const dyad_doc *doc, uint32_t t, tkey *k, char *buf)
{
    const dyad_token *tk = &doc->toks[t];
    k->made = 1;
    k->ignorable = tk->cls == DYAD_TOK_QUOTE_OPEN || tk->cls == DYAD_TOK_QUOTE_CLOSE || (tk->flags & DYAD_TOKF_JOINER);
    k->word = tk->cls == DYAD_TOK_WORD || tk->cls == DYAD_TOK_NUMBER || tk->cls == DYAD_TOK_APOSTROPHE;
    k->k = buf;
    k->n = 0;
    if (tk->span.end > tk->span.start && tk->span.end <= doc->text_len)
        k->n = (uint16_t)dyad_key_fold(doc->text + tk->span.start, tk->span.end - tk->span.start, buf, TKEY_BYTES,
                                       NULL, NULL);
    if (!k->n)
        k->word = 0;
    if (!k->word)
        return;
    int id;
    if ((id = dyad_strmap_get(&vt->word_ids, buf, k->n)) > 0)
        k->id[0] = (uint32_t)id;
    if (k->n > 1 && buf[k->n - 1] == 's' && (id = dyad_strmap_get(&vt->word_ids, buf, k->n - 1u)) > 0)
        k->id[1] = (uint32_t)id;
    if (k->n > 2 && buf[k->n - 1] == 's' && buf[k->n - 2] == 'e' &&
        (id = dyad_strmap_get(&vt->word_ids, buf, k->n - 2u)) > 0)
        k->id[2] = (uint32_t)id;
}

/* What the window [s0, s1) holds, made once for all the verbs of a
 * sentence: signatures of its words before / from each token, and where
 * each word id first and last occurs. */
typedef struct wintab {
    uint32_t s0, s1;       /* the window described; s1 == 0: none */
    uint64_t (*pre)[2];    /* pre[k]: the words of [s0, s0 + k), as dyad_vpattern.sig */
    uint64_t (*suf)[2];    /* suf[k]: the words of [s0 + k, s1) */
    size_t wcap;           /* entries of pre and suf */
    uint32_t *id;          /* open addressing, hcap slots (a power of two); 0: empty */
    uint32_t (*pos)[4];    /* per id: first exact, last exact + 1, first plural, last plural + 1 */
    size_t hcap, hmax;     /* slots in use, slots allocated */
} wintab;

/* The document's token keys for this verb table (doc->verb_keys), made
 * on first use: a sentence's tokens are keyed once, not once per verb. */
typedef struct doc_keys {
    const struct dyad_verb_table *vt;
    tkey *keys;
    char *buf; /* TKEY_BYTES per token */
    /* scratch reused by every call on the document: the synset cache
     * (entries stamped with the call that made them) and the memo */
    uint32_t call;
    uint64_t *set_key;
    uint32_t *set_end, *set_stamp;
    uint8_t *memo;
    size_t memo_cap;
    wintab win;
} doc_keys;

static doc_keys *keys_of(const dyad_lexicon *lex, const dyad_doc *doc)
{
    /* only for the document's own engine's lexicon, which outlives it: a
     * lexicon made and freed by the caller could leave its address to
     * the next one */
    if (!doc->eng || doc->eng->lexicon != lex)
        return NULL;
    const struct dyad_verb_table *vt = lex->verbs;
    doc_keys *dk = doc->verb_keys;
    if (dk)
        return dk->vt == vt ? dk : NULL;
    if (!doc->arena || !doc->n_toks)
        return NULL;
    dk = dyad_arena_alloc(doc->arena, sizeof *dk);
    tkey *keys = dyad_arena_array(doc->arena, doc->n_toks, sizeof *keys);
    char *buf = dyad_arena_array(doc->arena, doc->n_toks, TKEY_BYTES);
    if (!dk || !keys || !buf)
        return NULL;
    dk->vt = vt;
    dk->keys = keys;
    dk->buf = buf;
    /* the document belongs to the calling thread; like its function-word
     * classes (dyad_tok_fword), the cache is filled in place */
    ((dyad_doc *)doc)->verb_keys = dk;
    return dk;
}

typedef struct mctx {
    const struct dyad_verb_table *vt;
    const dyad_doc *doc; /* its function-word classes are filled in place:
                            the document belongs to the calling thread */
    uint32_t s0, s1;     /* window */
    const tkey *keys;    /* by token - s0 */
    const dyad_slot *slots;
    size_t n_slots;
    uint8_t *memo;       /* rows of w bytes: 1 = known to fail */
    size_t w;
    const dyad_pelem *el;
    uint32_t n_el;
    int bind[MAX_SIDE];
    uint32_t from[MAX_SIDE], to[MAX_SIDE]; /* the tokens each element matched */
    uint32_t edge;       /* where the search of this side ended */
    uint32_t budget;     /* synset steps left for this pattern */
    uint32_t steps;      /* search steps left for this call */
    uint64_t *set_key;   /* cache of synset matches: (set + 1) << 32 | token */
    uint32_t *set_end;   /* ... and the end found (0: none) */
    uint32_t *set_stamp; /* ... valid when equal to call */
    uint32_t call;
    struct doc_keys *dk; /* the document's scratch, or NULL */
    dyad_arena *arena;   /* the caller's: the cache is made on first use */
    bool cache_made;
    bool indexed;        /* the synsets' first-word index is current */
    int pbind;           /* the actor slot a synset phrase's $ or + took in
                            the last set_at: slot * 2 + (1 for +), or -1 */
    bool skip_actors_only; /* TABARI: '^' skips an actor phrase, never a
                              plain word ("- * IFTAR AT ^ ^ +": "Iftar at
                              Osgiliath with the leaders of Gondor in
                              Eriador" → target Eriador) */
} mctx;

/* Which pattern words are in the window, on which side of the verb (from
 * the window's table), so that a pattern whose words are absent is passed
 * over without a search. */
#define SET_SEEN 64 /* synset presence answers kept per call */
typedef struct seen {
    const wintab *wt;
    uint32_t verb_tok, verb_end;
    bool slot[2];  /* an actor slot before / after the verb */
    uint64_t set_key[SET_SEEN]; /* (set + 1) << 1 | upper */
    uint8_t set_val[SET_SEEN];
    uint64_t sig[2][2];  /* the window's word ids before / after the verb */
} seen;

static size_t win_slot(const wintab *wt, uint32_t id)
{
    size_t k = (size_t)((id * 2654435761u) >> 7) & (wt->hcap - 1);
    while (wt->id[k] && wt->id[k] != id)
        k = (k + 1) & (wt->hcap - 1);
    return k;
}

/* Describe window [s0, s1) in *wt (keys made as needed; tables reused
 * when big enough, else taken from the arena).  false when out of memory. */
static bool win_build(wintab *wt, const struct dyad_verb_table *vt, const dyad_doc *doc, tkey *keys, char *buf,
                      uint32_t s0, uint32_t s1, dyad_arena *a)
{
    size_t w = s1 - s0, hcap = 16;
    while (hcap < 6 * w)
        hcap *= 2;
    wt->s1 = 0;
    if (wt->wcap < w + 1) {
        wt->pre = dyad_arena_array(a, w + 1, sizeof *wt->pre);
        wt->suf = dyad_arena_array(a, w + 1, sizeof *wt->suf);
        if (!wt->pre || !wt->suf)
            return false;
        wt->wcap = w + 1;
    }
    if (wt->hmax < hcap) {
        wt->id = dyad_arena_array(a, hcap, sizeof *wt->id);
        wt->pos = dyad_arena_array(a, hcap, sizeof *wt->pos);
        if (!wt->id || !wt->pos)
            return false;
        wt->hmax = hcap;
    } else
        memset(wt->id, 0, hcap * sizeof *wt->id);
    wt->hcap = hcap;
    wt->pre[0][0] = wt->pre[0][1] = 0;
    for (uint32_t t = s0; t < s1; t++) {
        tkey *k = &keys[t - s0];
        if (!k->made)
            key_token(vt, doc, t, k, buf + (size_t)(t - s0) * TKEY_BYTES);
        uint64_t bits[2] = {0, 0};
        for (int x = 0; k->word && x < 3; x++) {
            if (!k->id[x])
                continue;
            unsigned bit = dyad_vword_bit(k->id[x]);
            bits[bit >> 6] |= 1ull << (bit & 63);
            size_t j = win_slot(wt, k->id[x]);
            uint32_t *p = wt->pos[j];
            if (!wt->id[j]) {
                wt->id[j] = k->id[x];
                p[0] = p[2] = UINT32_MAX;
                p[1] = p[3] = 0;
            }
            int f = x ? 2 : 0; /* exact, or less a final "s" / "es" */
            if (t < p[f])
                p[f] = t;
            p[f + 1] = t + 1;
        }
        wt->pre[t - s0 + 1][0] = wt->pre[t - s0][0] | bits[0];
        wt->pre[t - s0 + 1][1] = wt->pre[t - s0][1] | bits[1];
    }
    wt->suf[w][0] = wt->suf[w][1] = 0;
    for (size_t i = w; i-- > 0;) {
        const tkey *k = &keys[i];
        uint64_t bits[2] = {0, 0};
        for (int x = 0; k->word && x < 3; x++)
            if (k->id[x]) {
                unsigned bit = dyad_vword_bit(k->id[x]);
                bits[bit >> 6] |= 1ull << (bit & 63);
            }
        wt->suf[i][0] = wt->suf[i + 1][0] | bits[0];
        wt->suf[i][1] = wt->suf[i + 1][1] | bits[1];
    }
    wt->s0 = s0;
    wt->s1 = s1;
    return true;
}

#define SET_CACHE 1024 /* slots; a power of two */

static bool word_matches(const dyad_pelem *e, const tkey *t)
{
    if (!t->word)
        return false;
    if (e->stem) /* TABARI "VIOLAT": any word that begins so */
        return t->n >= e->key_len && t->k[0] == e->key[0] && memcmp(t->k, e->key, e->key_len) == 0;
    return t->id[0] == e->id || (e->noun && (t->id[1] == e->id || t->id[2] == e->id));
}

/* Next token at or after t that is not ignorable (or s1). */
static uint32_t skip_ign(const mctx *m, uint32_t t)
{
    while (t < m->s1 && m->keys[t - m->s0].ignorable)
        t++;
    return t;
}

static uint32_t phrase_at(mctx *m, int32_t pi, uint32_t t, int depth);

static uint32_t set_at_uncached(mctx *m, uint32_t set, uint32_t t, int depth);

/* The longest phrase of set `set` matched from token t: its end, or 0.
 * Synsets such as &CURRENCY (90 phrases) are asked about the same token by
 * many patterns of a verb, so top-level answers are cached per call. */
static uint32_t set_at(mctx *m, uint32_t set, uint32_t t, int depth)
{
    if (depth == 0 && !m->cache_made) {
        m->cache_made = true;
        struct doc_keys *dk = m->dk;
        if (dk && !dk->set_key) {
            dk->set_key = dyad_arena_array(m->arena, SET_CACHE, sizeof *dk->set_key);
            dk->set_end = dyad_arena_array(m->arena, SET_CACHE, sizeof *dk->set_end);
            dk->set_stamp = dyad_arena_array(m->arena, SET_CACHE, sizeof *dk->set_stamp);
            if (!dk->set_end || !dk->set_stamp)
                dk->set_key = NULL;
        }
        if (dk) {
            m->set_key = dk->set_key;
            m->set_end = dk->set_end;
            m->set_stamp = dk->set_stamp;
            m->call = dk->call;
        } else {
            m->set_key = dyad_arena_array(m->arena, SET_CACHE, sizeof *m->set_key);
            m->set_end = dyad_arena_array(m->arena, SET_CACHE, sizeof *m->set_end);
            m->set_stamp = dyad_arena_array(m->arena, SET_CACHE, sizeof *m->set_stamp);
            m->call = 1;
        }
        if (!m->set_end || !m->set_stamp)
            m->set_key = NULL;
    }
    m->pbind = -1;
    if (depth > 0 || !m->set_key)
        return set_at_uncached(m, set, t, depth);
    uint64_t key = ((uint64_t)set + 1) << 32 | t;
    uint32_t j = (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 40) & (SET_CACHE - 1);
    for (uint32_t probe = 0; probe < 8; probe++, j = (j + 1) & (SET_CACHE - 1)) {
        bool used = m->set_stamp[j] == m->call;
        if (used && m->set_key[j] == key)
            return m->set_end[j];
        if (!used) {
            uint32_t budget = m->budget;
            uint32_t e = set_at_uncached(m, set, t, depth);
            if (budget && m->budget && m->pbind < 0) { /* a complete answer, no actor taken */
                m->set_key[j] = key;
                m->set_end[j] = e;
                m->set_stamp[j] = m->call;
            }
            return e;
        }
    }
    return set_at_uncached(m, set, t, depth);
}

static uint32_t set_at_uncached(mctx *m, uint32_t set, uint32_t t, int depth)
{
    if (depth > SET_DEPTH || set >= m->vt->n_sets || !m->budget)
        return 0;
    const struct dyad_verb_table *vt = m->vt;
    uint32_t best = 0;
    int best_bind = -1;
    if (!m->indexed) {
        for (int32_t pi = vt->sets[set].head; pi >= 0; pi = vt->phrases[pi].next) {
            m->pbind = -1;
            uint32_t e = phrase_at(m, pi, t, depth + 1);
            if (e > best) {
                best = e;
                best_bind = m->pbind;
            }
        }
        m->pbind = best_bind;
        return best;
    }
    /* the phrases that may begin with the word at t, and those that
     * begin with a stem or a synset */
    const dyad_vset *s = &vt->sets[set];
    for (uint32_t k = s->other; k < s->other + s->n_other; k++) {
        m->pbind = -1;
        uint32_t e = phrase_at(m, (int32_t)vt->set_phrases[k], t, depth + 1);
        if (e > best) {
            best = e;
            best_bind = m->pbind;
        }
    }
    uint32_t u = skip_ign(m, t);
    const tkey *tk = u < m->s1 ? &m->keys[u - m->s0] : NULL;
    for (int v = 0; tk && tk->word && v < 3; v++) {
        const dyad_vfirst *f = tk->id[v] ? first_find(vt, set, tk->id[v]) : NULL;
        for (uint32_t k = f ? f->first : 0; f && k < f->first + f->n; k++) {
            m->pbind = -1;
            uint32_t e = phrase_at(m, (int32_t)vt->set_phrases[k], t, depth + 1);
            if (e > best) {
                best = e;
                best_bind = m->pbind;
            }
        }
    }
    m->pbind = best_bind;
    return best;
}

/* The end of phrase pi matched from token t, or 0.  An element with a
 * gap (a TABARI space) is placed at the nearest token within it where it
 * matches. */
static uint32_t phrase_elem_at(mctx *m, const dyad_pelem *e, uint32_t t, int depth, int *bind);

static uint32_t phrase_at(mctx *m, int32_t pi, uint32_t t, int depth)
{
    const dyad_vphrase *ph = &m->vt->phrases[pi];
    int bind = -1;
    for (uint32_t i = 0; i < ph->n; i++) {
        const dyad_pelem *e = &m->vt->elems[ph->first + i];
        t = skip_ign(m, t);
        uint32_t x = 0;
        for (unsigned skipped = 0; t < m->s1; skipped++) {
            if (!m->budget)
                return 0;
            m->budget--;
            x = phrase_elem_at(m, e, t, depth, &bind);
            if (x || skipped >= e->gap)
                break;
            t = skip_ign(m, t + 1);
        }
        if (!x)
            return 0;
        t = x;
    }
    m->pbind = bind;
    return t;
}

/* Is token t a function word (data/function-words.txt)?  '^' skips a
 * noun phrase, an actor's or a plain word of one ("- * THEIR ^ ABOUT +":
 * "warned their populations about …"), never a preposition or the like
 * ("- + HOSTING * TABASKI ^ $": "to celebrate Tabaski with Eriador next
 * week at Cirith Ungol" skips Eriador, not "with"). */
static bool function_word(const mctx *m, uint32_t t)
{
    return m->doc && m->doc->eng && m->doc->arena && dyad_tok_fword((dyad_doc *)m->doc, t) != 0;
}

/* Element e of a synset phrase at token t (< s1): the token after it, or
 * 0; an actor slot it takes goes to *bind (slot * 2 + 1 for '+'). */
static uint32_t phrase_elem_at(mctx *m, const dyad_pelem *e, uint32_t t, int depth, int *bind)
{
    if (e->kind == DYAD_PE_WORD)
        return word_matches(e, &m->keys[t - m->s0]) ? t + 1 : 0;
    if (e->kind == DYAD_PE_SOURCE || e->kind == DYAD_PE_TARGET) {
        for (size_t k = 0; k < m->n_slots; k++)
            if (m->slots[k].tok_first == t && m->slots[k].tok_end > t && m->slots[k].tok_end <= m->s1) {
                *bind = (int)k * 2 + (e->kind == DYAD_PE_TARGET);
                return m->slots[k].tok_end;
            }
        return 0;
    }
    uint32_t x = set_at(m, e->set, t, depth);
    if (x && m->pbind >= 0)
        *bind = m->pbind;
    return x;
}

/* Candidates for element e starting at token p: ends[] and slot[] (-1). */
static size_t elem_from(mctx *m, const dyad_pelem *e, uint32_t p, uint32_t *ends, int *slot, size_t max)
{
    size_t n = 0;
    if (p >= m->s1)
        return 0;
    switch (e->kind) {
    case DYAD_PE_WORD:
        if (word_matches(e, &m->keys[p - m->s0])) {
            ends[n] = p + 1;
            slot[n++] = -1;
        }
        break;
    case DYAD_PE_SET: {
        uint32_t x = set_at(m, e->set, p, 0);
        if (x) {
            ends[n] = x;
            slot[n++] = m->pbind; /* an actor its phrase took, or -1 */
        }
        break;
    }
    default:
        for (size_t i = 0; i < m->n_slots && n < max; i++)
            if (m->slots[i].tok_first == p && m->slots[i].tok_end > p && m->slots[i].tok_end <= m->s1) {
                ends[n] = m->slots[i].tok_end;
                slot[n++] = (int)i;
            }
        if (!n && e->kind == DYAD_PE_SKIP && !m->skip_actors_only && m->keys[p - m->s0].word && !function_word(m, p)) {
            ends[n] = p + 1;
            slot[n++] = -1;
        }
    }
    return n;
}

/* Candidates for element e ending exactly at token q (exclusive). */
static size_t elem_to(mctx *m, const dyad_pelem *e, uint32_t q, uint32_t *starts, int *slot, size_t max)
{
    size_t n = 0;
    if (q <= m->s0)
        return 0;
    switch (e->kind) {
    case DYAD_PE_WORD:
        if (word_matches(e, &m->keys[q - 1 - m->s0])) {
            starts[n] = q - 1;
            slot[n++] = -1;
        }
        break;
    case DYAD_PE_SET:
        for (uint32_t s = q; s-- > m->s0 && q - s <= MAX_PHRASE_TOKS && n < max;)
            if (set_at(m, e->set, s, 0) == q) {
                starts[n] = s;
                slot[n++] = m->pbind;
            }
        break;
    default:
        for (size_t i = 0; i < m->n_slots && n < max; i++)
            if (m->slots[i].tok_end == q && m->slots[i].tok_first < q && m->slots[i].tok_first >= m->s0) {
                starts[n] = m->slots[i].tok_first;
                slot[n++] = (int)i;
            }
        if (!n && e->kind == DYAD_PE_SKIP && !m->skip_actors_only && m->keys[q - 1 - m->s0].word &&
            !function_word(m, q - 1)) {
            starts[n] = q - 1;
            slot[n++] = -1;
        }
    }
    return n;
}

#define MAX_CAND 8

/* Elements i.. after the verb, the previous one ending at pos. */
static bool match_up(mctx *m, uint32_t i, uint32_t pos)
{
    if (i == m->n_el) {
        m->edge = pos;
        return true;
    }
    uint8_t *memo = &m->memo[i * m->w + (pos - m->s0)];
    if (*memo)
        return false;
    const dyad_pelem *e = &m->el[i];
    unsigned skipped = 0;
    for (uint32_t p = skip_ign(m, pos); p < m->s1; p = skip_ign(m, p + 1)) {
        if (!m->steps)
            return false;
        m->steps--;
        uint32_t ends[MAX_CAND];
        int slot[MAX_CAND];
        size_t n = elem_from(m, e, p, ends, slot, MAX_CAND);
        for (size_t k = 0; k < n; k++)
            if (match_up(m, i + 1, ends[k])) {
                m->bind[i] = slot[k];
                m->from[i] = p;
                m->to[i] = ends[k];
                return true;
            }
        if (e->gap != DYAD_PE_ANY_GAP && ++skipped > e->gap)
            break;
    }
    *memo = 1;
    return false;
}

/* Elements i.. before the verb (nearest first), the one to the right
 * starting at pos. */
static bool match_down(mctx *m, uint32_t i, uint32_t pos)
{
    if (i == m->n_el) {
        m->edge = pos;
        return true;
    }
    uint8_t *memo = &m->memo[(MAX_SIDE + i) * m->w + (pos - m->s0)];
    if (*memo)
        return false;
    const dyad_pelem *e = &m->el[i];
    unsigned skipped = 0;
    uint32_t q = pos;
    while (q > m->s0 && m->keys[q - 1 - m->s0].ignorable)
        q--;
    while (q > m->s0) {
        if (!m->steps)
            return false;
        m->steps--;
        uint32_t starts[MAX_CAND];
        int slot[MAX_CAND];
        size_t n = elem_to(m, e, q, starts, slot, MAX_CAND);
        for (size_t k = 0; k < n; k++)
            if (match_down(m, i + 1, starts[k])) {
                m->bind[i] = slot[k];
                m->from[i] = starts[k];
                m->to[i] = q;
                return true;
            }
        if (e->gap != DYAD_PE_ANY_GAP && ++skipped > e->gap)
            break;
        q--;
        while (q > m->s0 && m->keys[q - 1 - m->s0].ignorable)
            q--;
    }
    *memo = 1;
    return false;
}

/* Does a token on that side of the verb begin a phrase of set `set`
 * (by its first word)?  The answer is kept for the call. */
static bool set_seen(const mctx *m, seen *sn, uint32_t set, bool upper)
{
    uint64_t key = ((uint64_t)set + 1) << 1 | upper;
    size_t j = (size_t)(first_hash(key) & (SET_SEEN - 1));
    for (size_t probe = 0; probe < 4; probe++, j = (j + 1) & (SET_SEEN - 1))
        if (sn->set_key[j] == key)
            return sn->set_val[j];
        else if (!sn->set_key[j])
            break;
    /* a first word of the set must be among the window's words */
    const dyad_vset *vs = &m->vt->sets[set];
    bool found = false;
    if (!(vs->first_sig[0] & sn->sig[upper][0]) && !(vs->first_sig[1] & sn->sig[upper][1]))
        return false;
    uint32_t a = upper ? sn->verb_end : m->s0, b = upper ? m->s1 : sn->verb_tok;
    for (uint32_t t = a; t < b && !found; t++) {
        const tkey *tk = &m->keys[t - m->s0];
        for (int v = 0; tk->word && v < 3 && !found; v++)
            found = tk->id[v] && first_find(m->vt, set, tk->id[v]);
    }
    if (!sn->set_key[j]) {
        sn->set_key[j] = key;
        sn->set_val[j] = found;
    }
    return found;
}

/* Can pattern pt match at all (dyad_vreq)?  false: it cannot. */
static bool needs_met(const mctx *m, seen *sn, const dyad_vpattern *pt)
{
    /* one bit per word first: most patterns of a verb stop here */
    if ((pt->sig[0][0] & ~sn->sig[0][0]) | (pt->sig[0][1] & ~sn->sig[0][1]) | (pt->sig[1][0] & ~sn->sig[1][0]) |
        (pt->sig[1][1] & ~sn->sig[1][1]))
        return false;
    if (!pt->n_req)
        return true; /* (and reqs may be NULL) */
    const dyad_vreq *r = &m->vt->reqs[pt->req];
    for (uint32_t i = 0; i < pt->n_req; i++, r++) {
        switch (r->kind) {
        case DYAD_REQ_WORD: {
            /* before the verb: first seen before it; after: last seen
             * after it (the verb's own tokens are on neither side) */
            size_t k = win_slot(sn->wt, r->id);
            if (!sn->wt->id[k])
                return false;
            const uint32_t *p = sn->wt->pos[k];
            bool ok = r->upper ? p[1] > sn->verb_end || (r->noun && p[3] > sn->verb_end)
                               : p[0] < sn->verb_tok || (r->noun && p[2] < sn->verb_tok);
            if (!ok)
                return false;
            break;
        }
        case DYAD_REQ_SET:
            if (m->indexed && !set_seen(m, sn, r->id, r->upper))
                return false;
            break;
        default:
            if (!sn->slot[r->upper])
                return false;
        }
    }
    return true;
}

/* TABARI: what the elements of this side matched is worth (TAB_WORD,
 * TAB_SET per word a set matched, at most its longest phrase; 1 a slot). */
static unsigned side_score(const mctx *m)
{
    unsigned score = 0;
    for (uint32_t i = 0; i < m->n_el; i++) {
        const dyad_pelem *e = &m->el[i];
        if (e->kind == DYAD_PE_WORD)
            score += TAB_WORD;
        else if (e->kind == DYAD_PE_SET) {
            unsigned words = 0, most = set_size(m->vt, e->set, 0);
            for (uint32_t t = m->from[i]; t < m->to[i]; t++)
                words += m->keys[t - m->s0].word;
            score += TAB_SET * (words < most ? words : most);
        } else if (e->kind != DYAD_PE_SKIP)
            score += m->bind[i] >= 0;
    }
    return score;
}

static void bind_slots(const mctx *m, dyad_pattern_match *out)
{
    for (uint32_t i = 0; i < m->n_el; i++) {
        if (m->bind[i] < 0)
            continue;
        switch (m->el[i].kind) {
        case DYAD_PE_SOURCE: out->source_slot = m->bind[i]; break;
        case DYAD_PE_TARGET: out->target_slot = m->bind[i]; break;
        case DYAD_PE_COMPOUND: out->compound_slot = m->bind[i]; break;
        case DYAD_PE_SET: /* a synset phrase's $ or + */
            if (m->bind[i] & 1)
                out->target_slot = m->bind[i] >> 1;
            else
                out->source_slot = m->bind[i] >> 1;
            break;
        default: break;
        }
    }
}

bool dyad_verb_match(const dyad_lexicon *lex, const dyad_verb *v, const dyad_doc *doc, uint32_t sent_first,
                     uint32_t sent_end, uint32_t verb_tok, uint32_t verb_end, const dyad_slot *slots,
                     size_t n_slots, dyad_arena *arena, dyad_pattern_match *out)
{
    if (!lex || !lex->verbs || !v || !doc || !arena || !out)
        return false;
    if (sent_end > doc->n_toks)
        sent_end = (uint32_t)doc->n_toks;
    if (sent_first > verb_tok || verb_tok >= verb_end || verb_end > sent_end)
        return false;
    const struct dyad_verb_table *vt = lex->verbs;
    memset(out, 0, sizeof *out);
    out->source_slot = out->target_slot = out->compound_slot = -1;
    out->code = v->code.code;
    out->code2 = v->code.code2;
    out->no_event = v->code.no_event;
    out->is_default = true;
    out->first_tok = verb_tok;
    out->last_tok = verb_end - 1;
    out->where = v->where;
    if (v->block >= vt->n_blocks || !vt->blocks[v->block].n || !vt->sorted)
        return true;
    mctx m = {0};
    m.vt = vt;
    m.doc = doc;
    m.s0 = verb_tok - sent_first > WINDOW ? verb_tok - WINDOW : sent_first;
    m.s1 = sent_end - verb_end > WINDOW ? verb_end + WINDOW : sent_end;
    m.w = m.s1 - m.s0 + 1;
    /* the tokens' keys: the document's, else this call's */
    doc_keys *dk = keys_of(lex, doc);
    tkey *keys = dk ? dk->keys + m.s0 : dyad_arena_array(arena, m.s1 - m.s0, sizeof *keys);
    char *buf = dk ? dk->buf + (size_t)m.s0 * TKEY_BYTES : dyad_arena_array(arena, m.s1 - m.s0, TKEY_BYTES);
    if (!keys || !buf)
        return false;
    /* the window's table: the document's, made again only when the
     * window changes (a new sentence), else this call's */
    wintab own = {0}, *wt = dk ? &dk->win : &own;
    if ((wt->s0 != m.s0 || wt->s1 != m.s1) && !win_build(wt, vt, doc, keys, buf, m.s0, m.s1, arena))
        return false;
    seen sn;
    sn.wt = wt;
    sn.verb_tok = verb_tok;
    sn.verb_end = verb_end;
    sn.slot[0] = sn.slot[1] = false;
    memset(sn.set_key, 0, sizeof sn.set_key);
    for (int h = 0; h < 2; h++) {
        sn.sig[0][h] = wt->pre[verb_tok - m.s0][h];
        sn.sig[1][h] = wt->suf[verb_end - m.s0][h];
    }
    m.keys = keys;
    m.dk = dk;
    if (dk && ++dk->call == 0) { /* stamps wrapped: forget them all */
        if (dk->set_stamp)
            memset(dk->set_stamp, 0, SET_CACHE * sizeof *dk->set_stamp);
        dk->call = 1;
    }
    m.indexed = vt->indexed_phrases == vt->n_phrases && vt->first_words;
    m.arena = arena;
    /* only slots inside the window and clear of the verb */
    dyad_slot *sl = n_slots ? dyad_arena_array(arena, n_slots, sizeof *sl) : NULL;
    int *orig = n_slots ? dyad_arena_array(arena, n_slots, sizeof *orig) : NULL;
    size_t ns = 0;
    if (n_slots && (!sl || !orig))
        return false;
    for (size_t i = 0; i < n_slots; i++) {
        const dyad_slot *s = &slots[i];
        if (s->tok_first >= s->tok_end || s->tok_first < m.s0 || s->tok_end > m.s1)
            continue;
        if (s->tok_first < verb_end && s->tok_end > verb_tok)
            continue;
        sn.slot[s->tok_first >= verb_end] = true;
        sl[ns] = *s;
        orig[ns++] = (int)i;
    }
    m.slots = sl;
    m.n_slots = ns;
    const dyad_vblock *b = &vt->blocks[v->block];
    m.steps = CALL_BUDGET;
    bool found = false;
    unsigned best = 0; /* TABARI: the score of the match in *out */
    for (uint32_t pi = b->first; pi < b->first + b->n && m.steps; pi++) {
        const dyad_vpattern *pt = &vt->patterns[pi];
        if (found && pt->spec <= best)
            break; /* sorted by spec: none of the rest can score more */
        if (!needs_met(&m, &sn, pt))
            continue;
        if (!m.memo) {
            /* rows are cleared per pattern below: the document's memo
             * serves every call */
            size_t need = 2 * MAX_SIDE * m.w;
            if (dk && dk->memo_cap < need) {
                dk->memo = dyad_arena_alloc(arena, need);
                dk->memo_cap = dk->memo ? need : 0;
            }
            m.memo = dk ? dk->memo : dyad_arena_alloc(arena, need);
            if (!m.memo)
                return false;
        }
        dyad_pattern_match r = *out;
        r.source_slot = r.target_slot = r.compound_slot = -1;
        /* clear only the memo rows this pattern uses */
        memset(m.memo, 0, pt->n_upper * m.w);
        memset(m.memo + MAX_SIDE * m.w, 0, pt->n_lower * m.w);
        m.budget = SET_BUDGET;
        m.skip_actors_only = pt->by_match;
        m.el = &vt->elems[pt->lower];
        m.n_el = pt->n_lower;
        if (!match_down(&m, 0, verb_tok))
            continue;
        bind_slots(&m, &r);
        unsigned score = pt->by_match ? side_score(&m) : pt->spec;
        r.first_tok = m.edge < verb_tok ? m.edge : verb_tok;
        m.el = &vt->elems[pt->upper];
        m.n_el = pt->n_upper;
        if (!match_up(&m, 0, verb_end))
            continue;
        bind_slots(&m, &r);
        if (pt->by_match)
            score += side_score(&m);
        if (found && score <= best)
            continue;
        r.last_tok = m.edge > verb_end ? m.edge - 1 : verb_end - 1;
        r.code = pt->code.code;
        r.code2 = pt->code.code2;
        r.no_event = pt->code.no_event;
        r.is_default = false;
        r.specificity = pt->spec;
        r.where = pt->where;
        if (r.source_slot >= 0)
            r.source_slot = orig[r.source_slot];
        if (r.target_slot >= 0)
            r.target_slot = orig[r.target_slot];
        if (r.compound_slot >= 0)
            r.compound_slot = orig[r.compound_slot];
        *out = r;
        if (!pt->by_match || score >= pt->spec)
            return true; /* the first match wins, or no other can beat it */
        found = true;
        best = score;
    }
    return true;
}

uint32_t dyad_verb_synset_at(const dyad_lexicon *lex, const dyad_doc *doc, const char *name, uint32_t tok,
                             uint32_t end)
{
    if (!lex || !lex->verbs || !doc || !name)
        return 0;
    const struct dyad_verb_table *vt = lex->verbs;
    long set = set_find(vt, name, strlen(name));
    if (set < 0 || (size_t)set >= vt->n_sets)
        return 0;
    if (end > doc->n_toks)
        end = (uint32_t)doc->n_toks;
    uint32_t best = 0;
    for (int32_t pi = vt->sets[set].head; pi >= 0; pi = vt->phrases[pi].next) {
        const dyad_vphrase *ph = &vt->phrases[pi];
        uint32_t t = tok;
        bool ok = true;
        for (uint32_t i = 0; i < ph->n && ok; i++, t++) {
            const dyad_pelem *e = &vt->elems[ph->first + i];
            ok = e->kind == DYAD_PE_WORD && t < end && doc->toks[t].cls == DYAD_TOK_WORD;
            if (!ok)
                break;
            char key[TKEY_BYTES];
            const dyad_token *k = &doc->toks[t];
            size_t n = dyad_key_fold(doc->text + k->span.start, k->span.end - k->span.start, key, sizeof key, NULL,
                                     NULL);
            ok = n && (e->stem ? n >= e->key_len && !memcmp(key, e->key, e->key_len)
                               : (n == e->key_len && !memcmp(key, e->key, n)) ||
                                     (e->noun && n > e->key_len && n <= e->key_len + 2 &&
                                      !memcmp(key, e->key, e->key_len) && key[n - 1] == 's'));
        }
        if (ok && t > best)
            best = t;
    }
    return best;
}
