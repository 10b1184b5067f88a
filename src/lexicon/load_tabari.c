/* load_tabari.c — actor dictionaries in the TABARI format, which PETRARCH
 * and Phoenix also use (Phoenix.Countries.actors.txt, CountryInfo.actors).
 *
 * A record is a primary phrase, optional synonym lines beginning with '+',
 * and codes, either on the phrase line or on following (indented) lines:
 *
 *     BENJAMIN_NETANYAHU_  # CountryInfo.txt
 *     +NETANYAHU
 *     +PRIME_MINISTER_BENJAMIN_NETANYAHU
 *         [ISRGOV 960618-990706]
 *         [ISRELI]
 *
 * Words are joined by '_' or ' ': '_' means adjacent in the text, a space
 * that other words may come between ("PRINCE DOL_AMROTH" matches "Prince
 * of Dol Amroth"; the gap is bounded, see DYAD_STYLE_GAPS).  In TABARI a last word without a final
 * '_' is a stem ("ARGENTIN [ARG]" also matches "Argentina"); PETRARCH reads
 * whole words only.  An undated code is the default, holding when none of
 * the dated ones does.  Phrase lines that follow each other (no empty line
 * between) before any code form one record.  A record without any code is
 * reported. */
#include "lexicon.h"
#include "verbs.h"

#include <string.h>

typedef struct actor_rec {
    const char **phrases;
    uint32_t n_phrases, cap_phrases;
    dyad_code *codes;
    uint32_t n_codes, cap_codes;
    unsigned line;
    bool open;
} actor_rec;

char *dyad_cameo_pretty(dyad_arena *a, const char *s, size_t n)
{
    while (n && (s[n - 1] == '_' || s[n - 1] == ' '))
        n--;
    char *r = dyad_arena_strndup(a, s, n);
    if (r)
        for (char *c = r; *c; c++)
            if (*c == '_')
                *c = ' ';
    return r;
}

static int rec_push(dyad_arena *a, actor_rec *r, const char *s, size_t n);

/* Add phrase [s, s+n).  TABARI (not petrarch): "MOUSE=" is the word
 * exactly, with no ending ("Mouses" is not MUS); "LIBYA_" also takes the
 * regular noun ending S ("Libyas"; "Libya's" is Libya and a possessive). */
static int rec_add_phrase(dyad_arena *a, actor_rec *r, const char *s, size_t n, bool petrarch)
{
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t'))
        n--;
    while (n && (*s == ' ' || *s == '\t')) {
        s++;
        n--;
    }
    if (!n)
        return 0;
    if (petrarch)
        return rec_push(a, r, s, n);
    if (s[n - 1] == '=') {
        char *x = dyad_arena_strndup(a, s, n);
        if (!x)
            return -1;
        while (n && x[n - 1] == '=')
            n--;
        if (!n)
            return 0;
        x[n] = '_';
        return rec_push(a, r, x, n + 1);
    }
    if (rec_push(a, r, s, n))
        return -1;
    if (n >= 3 && s[n - 1] == '_' && s[n - 2] != '_' && s[n - 2] != ' ') {
        char *x = dyad_arena_alloc(a, n + 2);
        if (!x)
            return -1;
        memcpy(x, s, n - 1);
        x[n - 1] = 'S';
        x[n] = '_';
        x[n + 1] = 0;
        return rec_push(a, r, x, n + 1);
    }
    return 0;
}

static int rec_push(dyad_arena *a, actor_rec *r, const char *s, size_t n)
{
    if (r->n_phrases == r->cap_phrases) {
        uint32_t cap = r->cap_phrases ? r->cap_phrases * 2 : 8;
        const char **g = dyad_arena_grow(a, r->phrases, r->n_phrases, cap, sizeof *g);
        if (!g)
            return -1;
        r->phrases = g;
        r->cap_phrases = cap;
    }
    char *p = dyad_arena_strndup(a, s, n);
    if (!p)
        return -1;
    r->phrases[r->n_phrases++] = p;
    return 0;
}

/* Parse the code blocks in [s, e); reports malformed ones. */
static int rec_codes(dyad_arena *a, actor_rec *r, const char *s, const char *e, const dyad_engine *eng,
                     const char *name, unsigned lineno, long *bad)
{
    while (s < e) {
        if (*s != '[') {
            s++;
            continue;
        }
        const char *err = NULL;
        int rc = dyad_cameo_parse_codes(a, &s, e, &r->codes, &r->n_codes, &r->cap_codes, DYAD_CODE_DEFAULT, &err);
        if (rc < 0)
            return -1;
        if (rc > 0) {
            dyad_engine_diag(eng, "%s:%u: %s", name, lineno, err);
            (*bad)++;
        }
    }
    return 0;
}

/* Store the open record as an entry. */
static int rec_flush(dyad_lexicon *lex, actor_rec *r, const dyad_engine *eng, const char *name, bool petrarch,
                     long *bad)
{
    if (!r->open)
        return 0;
    r->open = false;
    if (!r->n_phrases)
        return 0;
    if (!r->n_codes) {
        dyad_engine_diag(eng, "%s:%u: actor '%s' has no code; skipped", name, r->line, r->phrases[0]);
        (*bad)++;
        return 0;
    }
    dyad_arena *a = dyad_lexicon_arena(lex);
    dyad_entry e = {0};
    e.name = dyad_cameo_pretty(a, r->phrases[0], strlen(r->phrases[0]));
    if (!e.name)
        return -1;
    e.phrases = r->phrases;
    e.n_phrases = r->n_phrases;
    e.codes = r->codes;
    e.n_codes = r->n_codes;
    e.kind = DYAD_ENTRY_ACTOR;
    e.file = name;
    e.line = r->line;
    /* a space between words lets other words come between them in the
     * text, '_' does not (TABARI's "disconnected phrase"; PETRARCH's own
     * Validate suite, PATTERN-09, expects the same of "ITHILEN TELEVISION") */
    unsigned style = (petrarch ? DYAD_STYLE_CAPS : DYAD_STYLE_CAPS_STEM) | DYAD_STYLE_GAPS;
    int rc = dyad_lexicon_add_entry(lex, &e, DYAD_NS_ACTOR, style, false);
    if (rc < 0)
        return -1;
    if (rc > 0) {
        dyad_engine_diag(eng, "%s:%u: %d phrase(s) of '%s' have no words or too many; not matched", name,
                         r->line, rc, e.name);
        (*bad)++;
    }
    return 0;
}

/* TABARI's <NOUN> and <ADJECTIVE> lists (words its parser may not take
 * for compound edges: "Ithilen's awful and evil minister" is one phrase,
 * "Ithilen's awful and cool minister" two) as the synsets &NOUN and
 * &ADJECTIVE of the verb table, where the events stage asks for them
 * (dyad_verb_synset_at).  Returns the number of bad lines, -1 when out of
 * memory. */
static long word_lists(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data, size_t len)
{
    const char *p = data, *end = data + len, *list = NULL;
    unsigned lineno = 0;
    long bad = 0, added = 0;
    while (p < end) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        lineno++;
        const char *s = p, *w;
        p = e < end ? e + 1 : end;
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
        for (w = s; w < e && *w != ' ' && *w != '\t' && *w != ';' && *w != '\r'; w++)
            ;
        size_t n = (size_t)(w - s);
        if (n >= 6 && !memcmp(s, "<NOUN>", 6))
            list = "&NOUN";
        else if (n >= 11 && !memcmp(s, "<ADJECTIVE>", 11))
            list = "&ADJECTIVE";
        else if (n >= 2 && s[0] == '<' && s[1] == '/')
            list = NULL;
        else if (list && n && *s != '#') {
            const char *err = NULL;
            int rc = dyad_verb_synset_add(lex, list, strlen(list), s, n, DYAD_VD_TABARI, false, &err);
            if (rc < 0)
                return -1;
            if (rc > 0) {
                dyad_engine_diag(eng, "%s:%u: %s", name, lineno, err);
                bad++;
            } else
                added++;
        }
    }
    if (added && dyad_verbs_finish(lex) < 0)
        return -1;
    return bad;
}

long dyad_load_tabari_actors(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                             size_t len, bool petrarch)
{
    long lists = petrarch ? 0 : word_lists(lex, eng, name, data, len);
    if (lists < 0)
        return -1;
    dyad_arena *a = dyad_lexicon_arena(lex);
    dyad_cameo_reader rd = {.p = data, .end = data + len};
    dyad_cameo_line ln;
    actor_rec r = {0};
    long bad = 0;
    while (dyad_cameo_next_line(&rd, &ln)) {
        const char *s = ln.p, *e = ln.p + ln.len;
        if (*s == '[') {
            if (!r.open) {
                dyad_engine_diag(eng, "%s:%u: code line without an actor", name, ln.lineno);
                bad++;
                continue;
            }
            if (rec_codes(a, &r, s, e, eng, name, ln.lineno, &bad))
                return -1;
            continue;
        }
        const char *br = memchr(s, '[', (size_t)(e - s));
        const char *pe = br ? br : e;
        if (*s == '+') {
            if (!r.open) {
                dyad_engine_diag(eng, "%s:%u: synonym without an actor", name, ln.lineno);
                bad++;
                continue;
            }
            /* "+A_+_B_" (two synonyms run together) is read as both */
            const char *p = s + 1;
            while (p < pe) {
                const char *plus = memchr(p, '+', (size_t)(pe - p));
                const char *q = plus ? plus : pe;
                if (rec_add_phrase(a, &r, p, (size_t)(q - p), petrarch))
                    return -1;
                p = plus ? plus + 1 : pe;
            }
        } else if (r.open && !r.n_codes && !ln.after_blank) {
            /* consecutive phrases before one code block share it:
             *   IVO_JOSIPOVIC_
             *   PRESIDENT_JOSIPOVIC_
             *       [HRVGOV >20120219]                                  */
            if (rec_add_phrase(a, &r, s, (size_t)(pe - s), petrarch))
                return -1;
        } else {
            if (rec_flush(lex, &r, eng, name, petrarch, &bad))
                return -1;
            r = (actor_rec){0};
            r.open = true;
            r.line = ln.lineno;
            if (rec_add_phrase(a, &r, s, (size_t)(pe - s), petrarch))
                return -1;
            if (!r.n_phrases) {
                dyad_engine_diag(eng, "%s:%u: code without an actor phrase", name, ln.lineno);
                bad++;
                r.open = false;
                continue;
            }
        }
        if (br && rec_codes(a, &r, br, e, eng, name, ln.lineno, &bad))
            return -1;
    }
    if (rec_flush(lex, &r, eng, name, petrarch, &bad))
        return -1;
    return bad + lists;
}
