/* time_phrases.c — TABARI's <TIME> phrases, read from a .verbs file's
 * <TIME> section and kept beside the verbs:
 *
 *   LAST_WEEK [-7]                 the sentence's events are 7 days earlier
 *   KAN_WA_MA_KAN [###]            the sentence is discarded
 *   WHEN_PEACE_COMES [+++]         the sentence is too complex to code
 *   FOREVER_AND_A_DAY [- - -]      nothing
 *   TOMORROW [+1]
 *   - * AND A WEEK [+8]            "tomorrow and a week": '*' is the phrase
 *                                  above
 *
 * Words are joined by '_' or spaces; matching is by whole words, in order,
 * case-insensitive (src/events/code.c). */
#include "verbs.h"
#include "lexicon_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

enum { TIME_MAX_WORDS = 16 };

/* Parse the code inside [ ]: "+7", "-30", "###", "+++", "- - -". */
static int parse_time_code(const char *s, const char *e, dyad_time_phrase *tp)
{
    char sq[16];
    size_t k = 0;
    for (; s < e; s++)
        if (!isspace((unsigned char)*s)) {
            if (k + 1 >= sizeof sq)
                return -1;
            sq[k++] = *s;
        }
    sq[k] = 0;
    if (!strcmp(sq, "###"))
        tp->kind = DYAD_TIMEP_DISCARD;
    else if (!strcmp(sq, "+++"))
        tp->kind = DYAD_TIMEP_COMPLEX;
    else if (!strcmp(sq, "---"))
        tp->kind = DYAD_TIMEP_NONE;
    else {
        if (k < 2 || (sq[0] != '+' && sq[0] != '-') || k > 6)
            return -1;
        int32_t d = 0;
        for (size_t i = 1; i < k; i++) {
            if (!isdigit((unsigned char)sq[i]))
                return -1;
            d = d * 10 + (sq[i] - '0');
        }
        tp->kind = DYAD_TIMEP_SHIFT;
        tp->days = sq[0] == '-' ? -d : d;
    }
    return 0;
}

int dyad_time_phrase_add(dyad_lexicon *lex, const char *line, size_t len, const char **err)
{
    struct dyad_verb_table *vt = dyad_verb_table(lex);
    if (!vt)
        return -1;
    const char *end = line + len;
    const char *open = memchr(line, '[', len);
    const char *close = open ? memchr(open, ']', (size_t)(end - open)) : NULL;
    if (!open || !close) {
        *err = "time phrase without a [code]";
        return 1;
    }
    dyad_time_phrase tp = {0};
    if (parse_time_code(open + 1, close, &tp)) {
        *err = "time code must be [+N], [-N], [###], [+++] or [- - -]";
        return 1;
    }
    const char *p = line;
    bool pattern = *p == '-';
    if (pattern)
        p++;
    tp.head = !pattern;
    /* the head phrase a pattern's '*' stands for */
    const dyad_time_phrase *head = pattern && vt->time_head ? &vt->time_phrases[vt->time_head - 1] : NULL;
    if (pattern && !head) {
        *err = "time pattern before any time phrase";
        return 1;
    }
    const char *words[TIME_MAX_WORDS];
    size_t n = 0;
    dyad_arena *a = dyad_lexicon_arena(lex);
    while (p < open) {
        while (p < open && (isspace((unsigned char)*p) || *p == '_'))
            p++;
        const char *w = p;
        while (p < open && !isspace((unsigned char)*p) && *p != '_')
            p++;
        if (p == w)
            break;
        if (p - w == 1 && *w == '*') {
            if (!pattern) {
                *err = "'*' in a time phrase outside a pattern";
                return 1;
            }
            for (size_t k = 0; k < head->n_words; k++) {
                if (n == TIME_MAX_WORDS) {
                    *err = "time phrase too long";
                    return 1;
                }
                words[n++] = head->words[k];
            }
            continue;
        }
        if (n == TIME_MAX_WORDS) {
            *err = "time phrase too long";
            return 1;
        }
        char *lw = dyad_arena_strndup(a, w, (size_t)(p - w));
        if (!lw)
            return -1;
        for (char *c = lw; *c; c++)
            *c = (char)tolower((unsigned char)*c);
        words[n++] = lw;
    }
    if (!n) {
        *err = "time phrase without words";
        return 1;
    }
    const char **kept = dyad_arena_array(a, n, sizeof *kept);
    if (!kept)
        return -1;
    memcpy(kept, words, n * sizeof *kept);
    tp.words = kept;
    tp.n_words = (uint8_t)n;
    if (dyad_vgrow((void **)&vt->time_phrases, &vt->cap_time_phrases, vt->n_time_phrases, sizeof tp))
        return -1;
    vt->time_phrases[vt->n_time_phrases++] = tp;
    if (tp.head)
        vt->time_head = vt->n_time_phrases;
    return 0;
}

const dyad_time_phrase *dyad_time_phrases(const dyad_lexicon *lex, size_t *n)
{
    const struct dyad_verb_table *vt = lex ? lex->verbs : NULL;
    *n = vt ? vt->n_time_phrases : 0;
    return *n ? vt->time_phrases : NULL;
}
