/* load_verbs_tabari.c — TABARI .verbs dictionaries, read unchanged.
 *
 *   <SYNSETS> ... </SYNSETS>     optional wrapper of the synsets
 *   &TIETYPES                    a synset label, then its members:
 *   +MILITARY                    (may name other synsets: +&TIETYPES_MEMOS)
 *   <TIME> ... </TIME>           date-shift phrases ("LAST_WEEK [-7]"),
 *                                kept apart (time_phrases.c), not verbs
 *   ABANDON  [---] ;comment      a verb (a stem unless written ACT_, its
 *                                regular forms too; BAN= exactly) and
 *   { ACTING_ ACTXD_ }           its default code, optional other forms,
 *   - * TRUCE  [196]             then its patterns
 *   ~~FINISH                     nothing after this is read
 *
 * ';' starts a comment.  Each verb is its own pattern block.  A bad line
 * is reported as FILE:LINE: message and skipped. */
#include "verbs.h"

#include <stdlib.h>
#include <string.h>

#define MAX_FORMS 64

typedef struct tab_state {
    dyad_lexicon *lex;
    const dyad_engine *eng;
    const char *file;
    long errors;
    /* the verb being read: added when its last '{' line has been seen */
    bool pending;
    char *name;
    const char *forms[MAX_FORMS];
    uint32_t n_forms;
    dyad_verb_code code;
    uint32_t line;
    long block;
    bool no_endings;    /* written WORD=: that word exactly ("BAN=": not "baning") */
    const char *synset; /* current synset label (arena), or NULL */
    size_t synset_len;
} tab_state;

static void bad(tab_state *st, unsigned line, const char *msg)
{
    dyad_engine_diag(st->eng, "%s:%u: %s", st->file, line, msg);
    st->errors++;
}

/* TABARI's regular verb endings: a verb written with a final '_'
 * ("DEPART_ [032]") is that word exactly and its regular forms — "departs",
 * "departed", "departes", "departen", "departing"; after a final E
 * ("DEPLORE_") "deplores", "deplored", "deploren", "deploring".  The
 * ending goes on the phrase's first word, which is also how a phrase's
 * first word written without '_' gets its forms ("BURN DOWN": "burned
 * down").  Forms are added to st->forms;
 * false when out of memory. */
static bool add_regular_forms(tab_state *st)
{
    const char *name = st->name;
    size_t len = strlen(name);
    if (st->no_endings)
        return true;
    size_t w = 0; /* end of the first word */
    while (w < len && name[w] != ' ' && name[w] != '_')
        w++;
    /* a phrase's first word without '_' is a stem in TABARI: "BURN DOWN"
     * is also "burned down" (the phrase matcher stems only the last word) */
    bool stem_first = w < len && name[w] == ' ';
    if (len < 3 || w < 2 || (name[len - 1] != '_' && !stem_first))
        return true;
    static const char *const plain[] = {"S", "ED", "ES", "EN", "ING"};
    static const char *const after_e[] = {"S", "D", "N", "\x01ING"}; /* \x01: drop the E */
    bool e = name[w - 1] == 'E' || name[w - 1] == 'e';
    const char *const *suf = e ? after_e : plain;
    size_t n_suf = e ? sizeof after_e / sizeof *after_e : sizeof plain / sizeof *plain;
    for (size_t k = 0; k < n_suf && st->n_forms < MAX_FORMS; k++) {
        const char *x = suf[k];
        size_t stem = w;
        if (*x == '\x01') {
            x++;
            stem--;
        }
        size_t xn = strlen(x);
        char *f = dyad_arena_alloc(dyad_lexicon_arena(st->lex), stem + xn + (len - w) + 1);
        if (!f)
            return false;
        memcpy(f, name, stem);
        memcpy(f + stem, x, xn);
        memcpy(f + stem + xn, name + w, len - w + 1);
        st->forms[st->n_forms++] = f;
    }
    return true;
}

/* Add the pending verb; -1 when out of memory. */
static int flush(tab_state *st)
{
    if (!st->pending)
        return 0;
    st->pending = false;
    if (!add_regular_forms(st))
        return -1;
    const char *err = NULL;
    long rc = dyad_verb_add(st->lex, st->file, st->line, st->name, st->forms, st->n_forms,
                            DYAD_STYLE_VERB_STEM | DYAD_STYLE_GAPS, st->code, (uint32_t)st->block, &err);
    if (rc == -1)
        return -1;
    if (rc == -2)
        bad(st, st->line, err);
    return 0;
}

/* Copy [s, e) trimmed, without trailing '=' markers, into the arena. */
static char *form_copy(dyad_lexicon *lex, const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '='))
        e--;
    if (e == s)
        return (char *)"";
    return dyad_arena_strndup(dyad_lexicon_arena(lex), s, (size_t)(e - s));
}

/* Split "{ A_ B C }" contents into forms; false when out of memory. */
static bool add_forms(tab_state *st, const char *s, const char *e)
{
    while (s < e) {
        while (s < e && (*s == ' ' || *s == '\t'))
            s++;
        const char *w = s;
        while (s < e && *s != ' ' && *s != '\t')
            s++;
        if (s > w && st->n_forms < MAX_FORMS) {
            char *f = form_copy(st->lex, w, s);
            if (!f)
                return false;
            if (*f)
                st->forms[st->n_forms++] = f;
        }
    }
    return true;
}

long dyad_load_verbs_tabari(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                            size_t len)
{
    tab_state st = {0};
    st.lex = lex;
    st.eng = eng;
    st.file = name;
    st.block = -1;
    dyad_cameo_reader r = {data, data + len, 0, false, false, false, false};
    dyad_cameo_line ln;
    bool in_time = false;
    while (dyad_cameo_next_line(&r, &ln)) {
        const char *p = ln.p, *end = ln.p + ln.len;
        if (*p != '{' && flush(&st) < 0)
            return -1;
        if (*p == '<') {
            if (ln.len >= 6 && memcmp(p, "<TIME>", 6) == 0)
                in_time = true;
            else if (ln.len >= 7 && memcmp(p, "</TIME>", 7) == 0)
                in_time = false;
            else if (!(ln.len >= 9 && memcmp(p, "<SYNSETS>", 9) == 0) &&
                     !(ln.len >= 10 && memcmp(p, "</SYNSETS>", 10) == 0))
                bad(&st, ln.lineno, "unknown section tag");
            continue;
        }
        if (in_time) {
            const char *err = NULL;
            int rc = dyad_time_phrase_add(lex, p, ln.len, &err);
            if (rc < 0)
                return -1;
            if (rc > 0)
                bad(&st, ln.lineno, err);
            continue;
        }
        const char *err = NULL;
        int rc = 0;
        if (*p == '&') {
            const char *e = p;
            while (e < end && *e != ' ' && *e != '\t')
                e++;
            st.synset = dyad_arena_strndup(dyad_lexicon_arena(lex), p, (size_t)(e - p));
            if (!st.synset)
                return -1;
            st.synset_len = (size_t)(e - p);
            rc = dyad_verb_synset_add(lex, st.synset, st.synset_len, NULL, 0, DYAD_VD_TABARI, false, &err);
            if (rc == 1)
                st.synset = NULL;
        } else if (*p == '+') {
            if (!st.synset) {
                bad(&st, ln.lineno, "synset member without a synset label (&NAME)");
                continue;
            }
            rc = dyad_verb_synset_add(lex, st.synset, st.synset_len, p + 1, ln.len - 1, DYAD_VD_TABARI, false,
                                      &err);
        } else if (*p == '-') {
            st.synset = NULL;
            if (st.block < 0) {
                bad(&st, ln.lineno, "pattern before any verb");
                continue;
            }
            rc = dyad_verb_pattern_line(lex, (uint32_t)st.block, p, end, DYAD_VD_TABARI, st.file, ln.lineno, &err);
        } else if (*p == '{') {
            const char *close = memchr(p, '}', ln.len);
            if (!st.pending || !close) {
                bad(&st, ln.lineno, !close ? "unclosed { in verb forms" : "verb forms without a verb");
                continue;
            }
            if (!add_forms(&st, p + 1, close))
                return -1;
        } else {
            /* a verb: WORD [code] { forms } */
            st.synset = NULL;
            const char *open = memchr(p, '[', ln.len);
            const char *brace = memchr(p, '{', ln.len);
            const char *name_end = open ? open : end;
            if (brace && brace < name_end)
                name_end = brace;
            if (!open) {
                bad(&st, ln.lineno, "verb without a [code]");
                continue;
            }
            dyad_verb_code code;
            const char *cs = open;
            rc = dyad_verb_parse_code(lex, &cs, end, &code, &err);
            if (rc == 0) {
                char *nm = form_copy(lex, p, name_end);
                if (!nm)
                    return -1;
                if (!*nm) {
                    bad(&st, ln.lineno, "verb without a name");
                    continue;
                }
                const char *raw_end = name_end;
                while (raw_end > p && (raw_end[-1] == ' ' || raw_end[-1] == '\t'))
                    raw_end--;
                bool no_endings = raw_end > p && raw_end[-1] == '=';
                if (no_endings && nm[strlen(nm) - 1] != '_') {
                    /* exact: a final '_' stops the stem */
                    nm = dyad_arena_printf(dyad_lexicon_arena(lex), "%s_", nm);
                    if (!nm)
                        return -1;
                }
                long blk = dyad_verb_block_new(lex);
                if (blk < 0)
                    return -1;
                st.block = blk;
                st.pending = true;
                st.name = nm;
                st.no_endings = no_endings;
                st.forms[0] = nm;
                st.n_forms = 1;
                st.code = code;
                st.line = ln.lineno;
                if (brace) {
                    const char *close = memchr(brace, '}', (size_t)(end - brace));
                    if (close && !add_forms(&st, brace + 1, close))
                        return -1;
                }
            }
        }
        if (rc < 0)
            return -1;
        if (rc > 0)
            bad(&st, ln.lineno, err);
    }
    if (flush(&st) < 0 || dyad_verbs_finish(lex) < 0)
        return -1;
    return st.errors;
}
