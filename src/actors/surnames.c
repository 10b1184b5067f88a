/* surnames.c — a bare surname that only one office holder bears on the
 * document's date.
 *
 * Surnames two people in the news share ("Bush", "Clinton", "Rice",
 * "Powell") are not listed as bare aliases (data/README.md): a phrase
 * leads to one entry whatever the date.  Yet "President Bush met Iraqi
 * Prime Minister Nouri al-Maliki" in a 2008 story can only be George W.
 * Bush: of the people listed with that surname he alone held an office
 * then.  The engine keeps, at load, every person of our dictionaries by
 * the last word of their canonical name; the actors stage asks, for a
 * name it does not know that comes with a title or a reporting verb,
 * whether exactly one of them holds an office (a code that is not ELI) on
 * the document's date. */
#include "actors/actors_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The surname of a canonical name: its last word, passing over a final
 * "Jr." / "Sr." (a word ending in '.') — n receives its length, NULL when
 * the name has one word or ends in a regnal number ("Hassan II": a king,
 * whose first name is no surname). */
static const char *surname_of(const char *name, size_t *n)
{
    size_t len = strlen(name);
    for (int words = 0; words < 2 && len; words++) {
        while (len && name[len - 1] == ' ')
            len--;
        size_t start = len;
        while (start && name[start - 1] != ' ')
            start--;
        if (start == 0)
            return NULL; /* one word left */
        size_t wl = len - start;
        if (name[len - 1] == '.') {
            len = start;
            continue;
        }
        if (strspn(name + start, "IVX") >= wl)
            return NULL;
        *n = wl;
        return name + start;
    }
    return NULL;
}

int dyad_actors_index_surnames(dyad_engine *eng)
{
    size_t n = eng->lexicon ? dyad_lexicon_entry_count(eng->lexicon) : 0;
    if (!n)
        return 0;
    eng->surname_next = dyad_arena_array(eng->arena, n, sizeof *eng->surname_next);
    if (!eng->surname_next)
        return -1;
    /* entries are chained in load order: the map holds the latest one,
     * whose next is the one before */
    for (size_t i = 0; i < n; i++) {
        const dyad_entry *e = dyad_lexicon_entry(eng->lexicon, i);
        eng->surname_next[i] = -1;
        size_t sl;
        const char *s = e->kind == DYAD_ENTRY_PERSON ? surname_of(e->name, &sl) : NULL;
        if (!s)
            continue;
        eng->surname_next[i] = dyad_strmap_get(&eng->person_by_surname, s, sl);
        if (dyad_strmap_put(&eng->person_by_surname, eng->arena, s, sl, (int)i))
            return -1;
    }
    return 0;
}

/* Does a role of e in force on day d (YYYYMMDD) hold the last word of
 * title[0..tlen) ("Prime Minister" → "Minister"), in any case? */
static bool holds_title(const dyad_entry *e, int32_t d, const char *title, size_t tlen)
{
    while (tlen && (title[tlen - 1] == '.' || title[tlen - 1] == ' '))
        tlen--;
    size_t ws = tlen;
    while (ws && title[ws - 1] != ' ')
        ws--;
    const char *w = title + ws;
    size_t wl = tlen - ws;
    if (!wl)
        return false;
    for (uint32_t r = 0; r < e->n_roles; r++) {
        const dyad_role *role = &e->roles[r];
        if ((role->from && d < role->from) || (role->to && d >= role->to))
            continue;
        for (const char *t = role->title; strlen(t) >= wl; t++)
            if (strncasecmp(t, w, wl) == 0 && (t == role->title || t[-1] == ' '))
                return true;
    }
    return false;
}

const dyad_entry *act_office_holder_by_surname(const act_ctx *c, const char *name, size_t len, const char *title,
                                               size_t tlen, const char *country)
{
    const dyad_engine *eng = c->eng;
    if (!c->doc->date || !eng->surname_next)
        return NULL;
    int32_t d = dyad_lexicon_date(c->doc->date);
    const dyad_entry *found = NULL;
    for (int i = dyad_strmap_get(&eng->person_by_surname, name, len); i >= 0; i = eng->surname_next[i]) {
        const dyad_entry *e = dyad_lexicon_entry(eng->lexicon, (size_t)i);
        const char *code = act_entry_code(c, e);
        size_t cl = code ? strlen(code) : 0;
        if (!code || (cl >= 3 && strcmp(code + cl - 3, "ELI") == 0))
            continue;
        if (title && !holds_title(e, d, title, tlen))
            continue;
        if (country && (!e->country || strncmp(e->country, country, 3) != 0))
            continue;
        if (found && found != e)
            return NULL; /* two office holders: the name decides nothing */
        found = e;
    }
    return found;
}
