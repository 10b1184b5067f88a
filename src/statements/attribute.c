/* attribute.c — statements from quotations and reporting cues.
 *
 * Per sentence, each reporting cue (data/cues.txt) outside quotation marks
 * is tried in these shapes, in this order:
 *
 *   trailing   “We continue to do everything we can,” Kirby told reporters.
 *              The talks will resume, the minister said on Monday.
 *   inverted   “Both leaders affirmed …,” said the White House.
 *   leading    Kirby updated that Washington has made progress …
 *              Abdelatty said his government had relayed “new ideas” …
 *              He said: “We will not stop.”
 *   participle …, saying the talks had failed.       (speaker: the subject)
 *   prep       According to the ministry, 40 people died.
 *   noun       There had been reports that Netanyahu is not interested …
 *                                                   (no speaker: "reports")
 *
 * The content is a direct quotation when it is one quotation, mixed when it
 * holds one, indirect otherwise.  Quotations no cue claimed are then joined
 * to the statement they continue (“A,” said X. “B.”), given the speaker of
 * a preceding "X said:" sentence, or carried from the previous direct
 * quotation when they open a paragraph.  The turns of a printed
 * transcript ("PENCE: Well, look, …") and headlines of a label and a
 * colon ("Clinton: Time for ‘intensification’ …") are their label's
 * statements (transcript.c).  Speakers are noun phrases as written; the
 * actors stage resolves "he" and "the Prime Minister". */
#include "actors/actors.h"
#include "statements/quotes.h"

#include <stdlib.h>
#include <string.h>

typedef struct ctx {
    dyad_doc *doc;
    const dyad_engine *eng;
    const dyad_token *tk;
    uint32_t *sent_of_tok;
    dyad_quote_list quotes;
    dyad_statement_list *out;
    int *quote_at_tok_open; /* quote index for an opening-mark token, else -1 */
    uint32_t *para_end;     /* paragraph → end of its tokens */
    uint8_t *turn_para;     /* paragraph → inside a transcript turn */
} ctx;

/* ------------------------------------------------------------ token tests */

static size_t lower(const ctx *c, uint32_t i, char *buf, size_t cap) { return dyad_tok_lower(c->doc, i, buf, cap); }

static int fw(const ctx *c, uint32_t i) { return dyad_tok_fword(c->doc, i); }

/* Is token i the lower-case word `word`?  The rules ask this of most
 * tokens they pass, and the answer is almost always no at the first byte:
 * a word starting with a letter is compared there (a byte OR 0x20 equals a
 * lower-case letter only when it is that letter in either case) before
 * the full comparison is called. */
static inline bool tok_is(const ctx *c, uint32_t i, const char *word)
{
    unsigned char w0 = (unsigned char)word[0];
    if ((unsigned)(w0 - (unsigned char)'a') < 26u && ((unsigned char)c->doc->text[c->tk[i].span.start] | 0x20) != w0)
        return false;
    return dyad_tok_is(c->doc, i, word);
}

static bool is_word(const dyad_token *t) { return t->cls == DYAD_TOK_WORD || t->cls == DYAD_TOK_NUMBER; }
static bool is_cap(const dyad_token *t) { return t->cls == DYAD_TOK_WORD && (t->flags & DYAD_TOKF_CAP); }

/* Does word i end in "ing" after three letters or more ("Fuelling")? */
static bool ends_in_ing(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    return t->cls == DYAD_TOK_WORD && t->span.end - t->span.start > 5 &&
           memcmp(c->doc->text + t->span.end - 3, "ing", 3) == 0;
}

static char punct_char(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    return t->cls == DYAD_TOK_PUNCT && t->span.end - t->span.start == 1 ? c->doc->text[t->span.start] : 0;
}

static bool in_word_class(const ctx *c, uint32_t i, dyad_stmt_word_class wc);

/* "-ly" adverbs between a subject and its verb: "he flatly denied" — not
 * the nouns in -ly of data/statement-words.txt ("The family has said") */
static bool is_ly_adverb(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    size_t n = t->span.end - t->span.start;
    const char *s = c->doc->text + t->span.start;
    return t->cls == DYAD_TOK_WORD && !(t->flags & DYAD_TOKF_CAP) && n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y' &&
           !in_word_class(c, i, DYAD_SW_LY_NOUN);
}

/* A sentence-initial "-ly" adverb: "Meanwhile" is a function word,
 * "Separately," "Ultimately," are not. */
static bool is_ly_adverb_cap(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    size_t n = t->span.end - t->span.start;
    const char *s = c->doc->text + t->span.start;
    return t->cls == DYAD_TOK_WORD && n > 4 && s[n - 2] == 'l' && s[n - 1] == 'y';
}

/* A noun of statement ("assertion", "argument"): a cue only with an
 * owner ("his assertion that …"), otherwise a plain noun. */
static bool owned_noun(const dyad_cue_match *m)
{
    return (m->flags & DYAD_CUE_NOUN) && (m->flags & DYAD_CUE_WEAK);
}

static bool is_cue_tok(const ctx *c, uint32_t i, uint32_t end)
{
    dyad_cue_match m;
    return dyad_cue_at(c->eng, c->doc, i, end, &m) && !owned_noun(&m);
}

/* Is token i a possessive determiner (data/possessives.txt)? */
static bool is_possessive_det(const ctx *c, uint32_t i)
{
    if (c->tk[i].cls != DYAD_TOK_WORD || !(fw(c, i) & DYAD_FW_DET))
        return false;
    char w[16];
    size_t n = lower(c, i, w, sizeof w);
    const dyad_blob *b = dyad_builtin_find("possessives.txt");
    if (!n || !b)
        return false;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t ln;
    while ((line = dyad_lines_next(&it, &ln)))
        if (ln == n && memcmp(line, w, n) == 0)
            return true;
    return false;
}

/* Is token i a word of class `wc` in data/statement-words.txt?  The
 * class's line is looked up once per document. */
static bool in_word_class(const ctx *c, uint32_t i, dyad_stmt_word_class wc)
{
    if (c->tk[i].cls != DYAD_TOK_WORD)
        return false;
    char w[16];
    size_t n = lower(c, i, w, sizeof w);
    return n && n < sizeof w - 1 && (dyad_statement_word_classes(c->eng, w, n) & (1u << wc));
}

/* A cue that can only be a verb here: nouns of report ("the report said")
 * head a noun phrase instead. */
static bool is_verb_cue_tok(const ctx *c, uint32_t i, uint32_t end)
{
    dyad_cue_match m;
    return dyad_cue_at(c->eng, c->doc, i, end, &m) && !(m.flags & DYAD_CUE_NOUN);
}

/* ------------------------------------------------------------ noun phrases */

/* The noun phrase that ends right before token `end` (exclusive), not
 * reaching before `lo`: "National Security Council spokesman John Kirby",
 * "the White House", "he", "a senior Israeli official", "the head of the
 * agency".  Adverbs and auxiliaries just before `end` are skipped ("he
 * also said", "Kirby has repeatedly said").  Returns false when there is
 * none; [*a, *b) are its tokens. */
static bool np_left_plain(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b);

/* np_left, also through a parenthesis or an appositive between the phrase
 * and its verb: "Rep. Gwen Moore (D-Wis.) said", "Scott Pruitt, the
 * attorney general of Oklahoma, said".  The span covers the whole. */
/* "He's claiming": the "'s" after a pronoun is "is"/"has", not a
 * possessive. */
static bool is_contracted_aux(const ctx *c, uint32_t i, uint32_t lo)
{
    return c->tk[i].cls == DYAD_TOK_APOSTROPHE && i > lo && (fw(c, i - 1) & DYAD_FW_PRON) &&
           c->tk[i].span.end - c->tk[i].span.start >= 2;
}

static bool np_left_core(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b);
static bool np_left(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b)
{
    return np_left_core(c, end, lo, a, b);
}

/* Are tokens [a, b) only auxiliaries and adverbs ("who has in the past
 * described")? */
static bool only_aux_between(const ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        if (c->tk[k].cls != DYAD_TOK_WORD || !(fw(c, k) & (DYAD_FW_AUX | DYAD_FW_ADV)))
            return false;
    return true;
}

/* np_left for the subject of a finite reporting verb: a short phrase
 * right after a preposition is an adverbial between the subject and its
 * verb ("McConnell, who in 2010 said …",
 * "The reporter at the scene said …"): the speaker is left of it. */
static bool np_left_subject(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b, uint32_t *reach)
{
    if (!np_left_core(c, end, lo, a, b))
        return false;
    *reach = *b;
    uint32_t pa, pb;
    if (*a > lo + 1 && *b - *a <= 3 && c->tk[*a - 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[*a - 1]) &&
        (fw(c, *a - 1) & DYAD_FW_PREP) && !(fw(c, *a) & DYAD_FW_PRON) &&
        np_left_core(c, *a - 1, lo, &pa, &pb) && only_aux_between(c, pb, *a - 1) && !tok_is(c, pa, "of") &&
        !tok_is(c, pa, "for") &&
        (is_cap(&c->tk[pa]) || (fw(c, pa) & (DYAD_FW_DET | DYAD_FW_PRON)))) {
        *a = pa;
        *b = pb;
    }
    return true;
}

/* np_left_core, where `depth` more appositives may stand in a row
 * ("Ramil Carr, 31, a Philadelphia photographer, said"). */
static bool np_left_appos(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b, int depth);
static bool relative_after_name(const ctx *c, uint32_t comma, uint32_t lo, uint32_t *a, uint32_t *b);
static bool np_left_core(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b)
{
    return np_left_appos(c, end, lo, a, b, 2);
}

static bool np_left_appos(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b, int depth)
{
    uint32_t i = end;
    while (i > lo && ((c->tk[i - 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[i - 1]) &&
                       ((fw(c, i - 1) & (DYAD_FW_ADV | DYAD_FW_AUX)) || is_ly_adverb(c, i - 1)) &&
                       !(fw(c, i - 1) & DYAD_FW_PRON)) ||
                      is_contracted_aux(c, i - 1, lo)))
        i--;
    /* a time between the phrase and its verb: "Rep. Adam Schiff
     * (D-Calif.) last week said", "Kirby on Monday said" */
    uint32_t j = i;
    while (j > lo + 1 && j + 3 > i && c->tk[j - 1].cls == DYAD_TOK_WORD && (fw(c, j - 1) & DYAD_FW_TIME))
        j--;
    if (j < i && j > lo + 1 && c->tk[j - 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[j - 1]) &&
        in_word_class(c, j - 1, DYAD_SW_TIME_OPENER))
        j--;
    if (j < i && j > lo && (is_word(&c->tk[j - 1]) || punct_char(c, j - 1) == ')'))
        i = j;
    /* an aside between dashes: "John Dickey, the chief executive of Ora
     * Media -- the production company that owns the programming --
     * told me" */
    if (depth > 0 && i > lo + 3 && c->tk[i - 1].cls == DYAD_TOK_DASH) {
        uint32_t k = i - 1;
        while (k > lo && i - k < 40 && c->tk[k - 1].cls != DYAD_TOK_DASH && punct_char(c, k - 1) != '.' &&
               c->tk[k - 1].quote_depth == 0 && c->tk[k - 1].cls != DYAD_TOK_QUOTE_CLOSE)
            k--;
        if (k > lo + 1 && k + 1 < i - 1 && c->tk[k - 1].cls == DYAD_TOK_DASH &&
            np_left_appos(c, k - 1, lo, a, b, depth - 1) && (is_cap(&c->tk[*a]) || (fw(c, *a) & DYAD_FW_DET))) {
            /* the phrase before the dash an appositive itself: "John
             * Dickey, the chief executive of Ora Media --" */
            uint32_t na, nb;
            if (!is_cap(&c->tk[*a]) && *a > lo + 1 && punct_char(c, *a - 1) == ',' &&
                np_left_plain(c, *a - 1, lo, &na, &nb) && is_cap(&c->tk[na]) && is_cap(&c->tk[nb - 1]))
                *a = na;
            *b = i - 1;
            return true;
        }
    }
    if (i > lo + 2 && punct_char(c, i - 1) == ')') {
        uint32_t k = i - 1;
        while (k > lo && i - k < 12 && punct_char(c, k) != '(')
            k--;
        if (punct_char(c, k) == '(' && np_left_plain(c, k, lo, a, b)) {
            *b = i;
            return true;
        }
    }
    if (i > lo + 3 && punct_char(c, i - 1) == ',') {
        if (depth > 0 && relative_after_name(c, i - 1, lo, a, b))
            return true;
        /* appositive: ", the X of Y," — find the comma that opens it */
        uint32_t k = i - 1;
        while (k > lo && i - k < 24 && punct_char(c, k - 1) != ',' && c->tk[k - 1].cls != DYAD_TOK_QUOTE_CLOSE &&
               punct_char(c, k - 1) != '.' && !(c->tk[k - 1].quote_depth > 0))
            k--;
        uint32_t open = k - 1; /* the opening comma */
        /* ", the attorney general of Oklahoma," / ", 25," / ", an oversight
         * panel member," after a name */
        if (k > lo + 1 && punct_char(c, open) == ',' && open < i - 2 &&
            ((fw(c, k) & DYAD_FW_DET) || c->tk[k].cls == DYAD_TOK_NUMBER || c->tk[k].cls == DYAD_TOK_WORD) &&
            (!(fw(c, k) & (DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_PREP | DYAD_FW_PRON)) || tok_is(c, k, "who"))) {
            if ((punct_char(c, open - 1) == ')' ? np_left_core(c, open, lo, a, b) : np_left_plain(c, open, lo, a, b)) &&
                (is_cap(&c->tk[*b - 1 - (punct_char(c, *b - 1) == ')' ? 1 : 0)]) || (fw(c, *a) & DYAD_FW_DET) ||
                 is_cap(&c->tk[*a]) || is_cap(&c->tk[k]))) {
                *b = i - 1;
                return true;
            }
            /* an age or a second appositive before this one: "Ramil
             * Carr, 31, a Philadelphia freelance photographer, said" */
            if (depth > 0 && punct_char(c, open - 1) != ')' && np_left_appos(c, open + 1, lo, a, b, depth - 1)) {
                *b = i - 1;
                return true;
            }
            return false;
        }
        /* a place or affiliation after a name: "Pantucci, at the Royal
         * United Services Institute, said", "Corey Lewandowski, in a
         * statement released by the campaign, said" — the name speaks */
        if (k > lo + 1 && punct_char(c, open) == ',' && open < i - 2 && c->tk[k].cls == DYAD_TOK_WORD &&
            !is_cap(&c->tk[k]) && (fw(c, k) & DYAD_FW_PREP) && !(fw(c, k) & (DYAD_FW_SUB | DYAD_FW_CONJ)) &&
            np_left_plain(c, open, lo, a, b) && is_cap(&c->tk[*b - 1]) && is_cap(&c->tk[*a])) {
            *b = i - 1;
            return true;
        }
        return false;
    }
    return np_left_plain(c, i, lo, a, b);
}

/* A relative clause after a name, with commas of its own, between the
 * name and its verb: "Mr. Slinker, whose latest start-up, Paradata, uses
 * big data to help brands find suppliers, said", "Swanson, who is a
 * pastor at the Reformation Church of Elizabeth, Colorado, slammed".
 * `comma` is the comma before the verb; the clause opens with ", who" or
 * ", whose" within 48 tokens, with no sentence mark, colon, dash or
 * quotation between.  The span runs from the name to the comma. */
static bool relative_after_name(const ctx *c, uint32_t comma, uint32_t lo, uint32_t *a, uint32_t *b)
{
    for (uint32_t k = comma; k > lo + 2 && comma - k < 48; k--) {
        const dyad_token *t = &c->tk[k - 1];
        char p = punct_char(c, k - 1);
        if (t->quote_depth > 0 || t->cls == DYAD_TOK_QUOTE_CLOSE || t->cls == DYAD_TOK_QUOTE_OPEN ||
            t->cls == DYAD_TOK_DASH || p == '.' || p == ';' || p == ':' || p == '?' || p == '!')
            return false;
        uint32_t len = t->span.end - t->span.start; /* "who", "whose" */
        if (t->cls != DYAD_TOK_WORD || (len != 3 && len != 5) || (!tok_is(c, k - 1, "who") && !tok_is(c, k - 1, "whose")))
            continue;
        uint32_t open = k - 2;
        if (punct_char(c, open) != ',' || k - 1 + 3 > comma)
            return false;
        uint32_t na, nb;
        if (!np_left_plain(c, open, lo, &na, &nb) || !is_cap(&c->tk[na]) || !is_cap(&c->tk[nb - 1]))
            return false;
        *a = na;
        *b = comma;
        return true;
    }
    return false;
}

/* Is word i part of a hyphenated compound ("43-year-old", "by-election")? */
static bool in_compound(const ctx *c, uint32_t i)
{
    return (i > 0 && (c->tk[i - 1].flags & DYAD_TOKF_JOINER)) ||
           (i + 1 < c->doc->n_toks && (c->tk[i + 1].flags & DYAD_TOKF_JOINER));
}

/* A determiner that can stand alone as a subject: "Several said …",
 * "Some said …". */
static bool is_quantifier(const ctx *c, uint32_t i)
{
    return (fw(c, i) & DYAD_FW_DET) && in_word_class(c, i, DYAD_SW_QUANTIFIER);
}

static bool np_left_plain(const ctx *c, uint32_t end, uint32_t lo, uint32_t *a, uint32_t *b)
{
    uint32_t i = end;
    while (i > lo) {
        int f = fw(c, i - 1);
        if ((c->tk[i - 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[i - 1]) &&
             ((f & (DYAD_FW_ADV | DYAD_FW_AUX)) || is_ly_adverb(c, i - 1)) && !(f & DYAD_FW_PRON)) ||
            is_contracted_aux(c, i - 1, lo))
            i--;
        else
            break;
    }
    uint32_t e = i, s = i;
    int words = 0;
    while (s > lo && e - s < 14) {
        uint32_t t = s - 1;
        const dyad_token *k = &c->tk[t];
        if (k->cls == DYAD_TOK_APOSTROPHE || (k->flags & DYAD_TOKF_JOINER)) {
            s--;
            continue;
        }
        if (!is_word(k))
            break;
        int f = fw(c, t);
        bool cap = is_cap(k);
        if (f & DYAD_FW_DET) {
            s--;
            words++;
            /* a determiner opens the phrase, unless "of the", "for the" */
            if (s > lo && (tok_is(c, s - 1, "of") || tok_is(c, s - 1, "for")) && s - 1 > lo &&
                is_word(&c->tk[s - 2])) {
                s--;
                continue;
            }
            break;
        }
        if ((f & DYAD_FW_PRON) || (e - s == 0 && (f & DYAD_FW_SUB) && tok_is(c, t, "which"))) {
            if (e - s == 0) { /* "he said", "the department, which reported" */
                s--;
                words++;
            }
            break;
        }
        if ((tok_is(c, t, "of") || tok_is(c, t, "for")) && words > 0 && t > lo && is_word(&c->tk[t - 1])) {
            s--;
            continue;
        }
        if (tok_is(c, t, "and") && words > 0 && t > lo && is_cap(&c->tk[t - 1]) && is_cap(&c->tk[t + 1])) {
            s--; /* "Biden and Sisi said" */
            continue;
        }
        if ((f & (DYAD_FW_AUX | DYAD_FW_PREP | DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_TIME | DYAD_FW_ADV)) &&
            !in_compound(c, t)) {
            /* a capitalised function word starts a sentence ("But"); a
             * capitalised name that looks like one ("Will") stays */
            if (!cap || (k->flags & DYAD_TOKF_SENT_START) || (f & (DYAD_FW_TIME)))
                break;
        }
        if (is_verb_cue_tok(c, t, e))
            break; /* "said officials" is not part of the phrase; "the
                      report said" keeps its noun */
        if (!cap && k->cls == DYAD_TOK_WORD && words > 0 && is_cap(&c->tk[t + 1]) && (t + 1 < e)) {
            /* lower-case word before a name: a role ("spokesman John
             * Kirby"), keep; a verb ("met Kirby") we cannot tell apart,
             * so keep only words that are not followed by a long name */
        }
        s--;
        words++;
    }
    /* the phrase must end in a noun-like word: a name, a pronoun, a noun */
    if (words == 0 || s >= e)
        return false;
    const dyad_token *head = &c->tk[e - 1];
    /* a quantifier alone is a phrase: "Several said they would vote" */
    bool quantifier = e - s == 1 && is_quantifier(c, s);
    bool which = e - s == 1 && tok_is(c, s, "which");
    if (!is_word(head) ||
        ((fw(c, e - 1) & (DYAD_FW_DET | DYAD_FW_PREP | DYAD_FW_CONJ | DYAD_FW_SUB)) && !(fw(c, e - 1) & DYAD_FW_PRON) &&
         !quantifier && !which))
        return false; /* a relative "who" is a phrase of its own */
    /* a lower-case first word that is not a determiner, pronoun or a
     * sentence start is usually a verb or adverb of the previous clause
     * ("… have been meeting Kirby"): drop it */
    while (s < e && c->tk[s].cls == DYAD_TOK_WORD && !is_cap(&c->tk[s]) && !(fw(c, s) & (DYAD_FW_DET | DYAD_FW_PRON)) &&
           s > lo && is_word(&c->tk[s - 1]) &&
           !(e - s > 1 && (fw(c, s - 1) & DYAD_FW_SUB) && in_word_class(c, s, DYAD_SW_QUANTIFIER)) &&
           !(e - s == 1 && tok_is(c, s, "which")))
        s++; /* … but "As one employee told …" keeps "one" */
    /* "32% of Republican claims": no phrase opens with "of" */
    if (s >= e || tok_is(c, s, "of") || tok_is(c, s, "for"))
        return false;
    *a = s;
    *b = e;
    return true;
}

static bool looks_verb(const ctx *c, uint32_t i);
static bool plain_lower_word(const ctx *c, uint32_t i);
static bool is_participle(const ctx *c, uint32_t i);
static bool quote_between(const ctx *c, uint32_t a, uint32_t b);
static uint32_t tok_at(const ctx *c, uint32_t off);

/* In a phrase after a cue, is the lower-case word i after a capitalised
 * one still part of the phrase?  It is the head noun when the phrase
 * opened with a determiner or number ("said one Democratic source on the
 * panel", "said a senior Israeli official"), or a role between names
 * ("said MSNBC host Chris Matthews"); not a verb ("said Kirby speaking to
 * reporters") nor an adverb. */
static bool head_noun_after_name(const ctx *c, uint32_t start, uint32_t i, uint32_t hi)
{
    const dyad_token *t = &c->tk[i];
    size_t n = t->span.end - t->span.start;
    const char *w = c->doc->text + t->span.start;
    if (n < 2 || fw(c, i) || is_ly_adverb(c, i) || is_cue_tok(c, i, hi))
        return false;
    if ((n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd') || (n > 5 && memcmp(w + n - 3, "ing", 3) == 0))
        return false;
    bool opened = (fw(c, start) & DYAD_FW_DET) || c->tk[start].cls == DYAD_TOK_NUMBER ||
                  (c->tk[start].cls == DYAD_TOK_WORD && !is_cap(&c->tk[start]));
    /* a role of one to three lower-case words before a name: "said
     * Huckabee campaign spokesman Hogan Gidley", "said Montclair State
     * University political scientist Brigid Harrison" */
    bool role = false;
    for (uint32_t k = i + 1; k < hi && k <= i + 3; k++) {
        if (is_cap(&c->tk[k])) {
            role = !(fw(c, k) & ~DYAD_FW_TIME);
            break;
        }
        const dyad_token *u = &c->tk[k];
        size_t un = u->span.end - u->span.start;
        if (u->cls != DYAD_TOK_WORD || un < 3 || fw(c, k) || is_ly_adverb(c, k) || looks_verb(c, k) ||
            is_cue_tok(c, k, hi))
            break;
    }
    return opened || role;
}

/* In a sentence's subject, are the lower-case words from token i on, after
 * a capitalised modifier, its head noun?  One to three plain nouns, then a
 * name ("White House press secretary Josh Earnest condemned …") or the
 * verb ("The Russian space agency would not …"); not a verb itself ("The
 * White House pushes …" stops at the name). */
static bool subject_head_after_name(const ctx *c, uint32_t i, uint32_t hi)
{
    uint32_t k = i;
    while (k < hi && k < i + 3) {
        const dyad_token *u = &c->tk[k];
        size_t un = u->span.end - u->span.start;
        if (u->cls != DYAD_TOK_WORD || is_cap(u) || un < 3 || fw(c, k) || is_ly_adverb(c, k) || looks_verb(c, k) ||
            is_cue_tok(c, k, hi))
            break;
        k++;
    }
    if (k == i || k >= hi)
        return false;
    const dyad_token *n = &c->tk[k];
    if (n->cls != DYAD_TOK_WORD)
        return false;
    if (is_cap(n))
        return !fw(c, k); /* a name after a role */
    return (fw(c, k) & DYAD_FW_AUX) || looks_verb(c, k) || is_cue_tok(c, k, hi);
}

/* The noun phrase that starts at token `start` and ends before `hi`:
 * "said the White House", "said U.N. Secretary-General Antonio Guterres",
 * "said a spokesman for the ministry".  Stops at punctuation, prepositions
 * (except of/for inside the phrase), clause words and cues.  after_verb:
 * the phrase follows a cue or mark, so a lower-case head noun after a
 * capitalised modifier stays ("said a senior Israeli official"); a subject
 * at a sentence start stops there ("The White House pushes …"). */
static bool np_right(const ctx *c, uint32_t start, uint32_t hi, bool after_verb, uint32_t *a, uint32_t *b)
{
    uint32_t i = start;
    int words = 0;
    bool saw_cap = false;
    while (i < hi && i - start < 14) {
        const dyad_token *k = &c->tk[i];
        if (k->cls == DYAD_TOK_APOSTROPHE || (k->flags & DYAD_TOKF_JOINER)) {
            if (words == 0)
                break;
            i++;
            continue;
        }
        if (!is_word(k))
            break;
        int f = fw(c, i);
        bool cap = is_cap(k);
        if (f & DYAD_FW_DET) {
            if (words > 0 && !(i > start && (tok_is(c, i - 1, "of") || tok_is(c, i - 1, "for"))))
                break;
            i++;
            words++;
            continue;
        }
        if (f & DYAD_FW_PRON) {
            if (words == 0) {
                i++;
                words++;
            }
            break;
        }
        if (words == 0 && (tok_is(c, i, "of") || tok_is(c, i, "for")))
            break; /* "said of Mr. Trump" */
        /* a sentence's first word "And", "So", "But" opens no phrase */
        if (words == 0 && cap && (k->flags & DYAD_TOKF_SENT_START) &&
            (f & (DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_PREP | DYAD_FW_ADV | DYAD_FW_AUX)))
            break;
        if ((tok_is(c, i, "of") || tok_is(c, i, "for")) && words > 0 && i + 1 < hi && is_word(&c->tk[i + 1])) {
            i++;
            continue;
        }
        /* a day after a determiner modifies the noun after it: "reads a
         * Wednesday editorial in The Des Moines Register" */
        bool day_modifier = (f & DYAD_FW_TIME) && cap && words > 0 && (fw(c, i - 1) & DYAD_FW_DET) && i + 1 < hi &&
                            c->tk[i + 1].cls == DYAD_TOK_WORD && !fw(c, i + 1);
        if ((f & (DYAD_FW_AUX | DYAD_FW_PREP | DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_TIME | DYAD_FW_ADV)) &&
            (!cap || (f & DYAD_FW_TIME)) && !in_compound(c, i) && !day_modifier)
            break;
        if (!after_verb && words > 0 && !cap && looks_verb(c, i))
            break; /* "The governor toured …" */
        if (!after_verb && words > 1 && !cap && k->cls == DYAD_TOK_WORD && !fw(c, i) && c->tk[i - 1].cls == DYAD_TOK_WORD &&
            !is_cap(&c->tk[i - 1]) && !fw(c, i - 1) && i + 1 < hi &&
            (fw(c, i + 1) & (DYAD_FW_PREP | DYAD_FW_DET | DYAD_FW_PRON | DYAD_FW_ADV)))
            break; /* "The judge began by …": a noun, then a verb */
        if (!cap && saw_cap && k->cls == DYAD_TOK_WORD &&
            !(after_verb ? head_noun_after_name(c, start, i, hi) : subject_head_after_name(c, i, hi)))
            break; /* "said Kirby after…", "said Kirby speaking…" */
        if (words > 0 && is_cue_tok(c, i, hi))
            break;
        if (is_ly_adverb(c, i))
            break;
        saw_cap |= cap;
        i++;
        words++;
    }
    while (i > start && (fw(c, i - 1) & (DYAD_FW_DET | DYAD_FW_PREP)) && !(fw(c, i - 1) & DYAD_FW_PRON))
        i--;
    if (i <= start || words == 0)
        return false;
    *a = start;
    *b = i;
    return true;
}

/* ------------------------------------------------------------- statements */

static dyad_span tok_span(const ctx *c, uint32_t a, uint32_t b)
{
    return (dyad_span){c->tk[a].span.start, c->tk[b - 1].span.end};
}

/* The cue as written, lower case, in the arena: "told", "according to". */
static const char *cue_text(const ctx *c, dyad_span s)
{
    char *t = dyad_arena_strndup(c->doc->arena, c->doc->text + s.start, s.end - s.start);
    for (char *p = t; p && *p; p++)
        if (*p >= 'A' && *p <= 'Z')
            *p = (char)(*p + 32);
    return t;
}

static int add_statement(ctx *c, const dyad_statement *st)
{
    dyad_statement_list *l = c->out;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        dyad_statement *items = dyad_arena_grow(c->doc->arena, l->items, l->n, cap, sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = *st;
    return (int)l->n - 1;
}

static int quote_opening_at(const ctx *c, uint32_t tok)
{
    return tok < c->doc->n_toks ? c->quote_at_tok_open[tok] : -1; /* a content may start at the text's end */
}

/* The quotation whose closing mark is token tok, -1 (binary search: the
 * quotations are in text order and do not nest). */
static int quote_closing_at(const ctx *c, uint32_t tok)
{
    size_t lo = 0, hi = c->quotes.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->quotes.items[mid].close < tok)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->quotes.n && c->quotes.items[lo].close == tok && c->quotes.items[lo].closed ? (int)lo : -1;
}

/* Trim [a, b): leading ',' ':' "that", trailing punctuation.  A closing
 * quotation mark stays when its opening mark is inside. */
static void trim_content(const ctx *c, uint32_t *a, uint32_t *b)
{
    while (*a < *b && (punct_char(c, *a) == ',' || punct_char(c, *a) == ':' || c->tk[*a].cls == DYAD_TOK_DASH))
        (*a)++;
    while (*b > *a) {
        char p = punct_char(c, *b - 1);
        const dyad_token *k = &c->tk[*b - 1];
        if (p == '.' || p == ',' || p == ';' || p == ':' || k->cls == DYAD_TOK_DASH ||
            (k->cls == DYAD_TOK_PUNCT && (c->doc->text[k->span.start] == '.' || c->doc->text[k->span.start] == '!' ||
                                          c->doc->text[k->span.start] == '?')))
            (*b)--;
        else
            break;
    }
}

/* Make the statement for content tokens [a, b): one quotation → direct,
 * quotations inside → mixed, none → indirect.  Marks the quotations used. */
static bool fill_content(ctx *c, dyad_statement *st, uint32_t a, uint32_t b, int min_words)
{
    trim_content(c, &a, &b);
    if (a >= b)
        return false;
    int words = 0, nq = 0, only = -1;
    for (uint32_t i = a; i < b; i++) {
        words += is_word(&c->tk[i]);
        int q = quote_opening_at(c, i);
        if (q >= 0) {
            nq++;
            only = q;
            dyad_quote *qq = &c->quotes.items[q];
            if (qq->close + 1 > b && qq->closed)
                b = qq->close + 1 <= c->doc->n_toks ? qq->close + 1 : b; /* keep the quotation whole */
        }
    }
    if (words < min_words)
        return false;
    const dyad_quote *q1 = only >= 0 ? &c->quotes.items[only] : NULL;
    /* one quotation making up the content (a trailing "he said" aside) */
    if (nq == 1 && q1->open == a && (q1->close + 1 >= b || !q1->closed)) {
        st->kind = DYAD_STMT_DIRECT;
        st->span = q1->span;
        st->frags[0] = q1->span;
        st->n_frags = 1;
        return true;
    }
    st->kind = nq ? DYAD_STMT_MIXED : DYAD_STMT_INDIRECT;
    st->span = tok_span(c, a, b);
    st->frags[0] = st->span;
    st->n_frags = 1;
    return true;
}

static void claim_quotes(ctx *c, int stmt, dyad_span span)
{
    /* the quotations are in text order: start at the first one that opens
     * inside the span (binary search), stop at the span's end */
    size_t lo = 0, hi = c->quotes.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->quotes.items[mid].span.start < span.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t q = lo; q < c->quotes.n && c->quotes.items[q].span.start < span.end; q++) {
        dyad_quote *qq = &c->quotes.items[q];
        if (qq->stmt < 0 && qq->span.end <= span.end)
            qq->stmt = stmt;
    }
}

static void add_frag(dyad_statement *st, dyad_span s)
{
    if (st->n_frags < DYAD_STMT_MAX_FRAGS)
        st->frags[st->n_frags++] = s;
    if (s.end > st->span.end)
        st->span.end = s.end;
    if (s.start < st->span.start)
        st->span.start = s.start;
}

/* A lower-case word ending in -ed or -ing that is no preposition
 * ("reopened", "following" is a preposition): likely a verb. */
static bool looks_verb(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    size_t n = t->span.end - t->span.start;
    const char *w = c->doc->text + t->span.start;
    if (n < 5 || (fw(c, i) & (DYAD_FW_PREP | DYAD_FW_TIME)))
        return false;
    return (w[n - 2] == 'e' && w[n - 1] == 'd') || (n > 5 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g');
}

/* Skip an addressee and short adverbials after a cue, up to "that", ':' or
 * a quotation: returns the first content token.  *marker tells whether an
 * explicit marker (that, :, quotation) was found. */
/* Does a bare clause's subject start at token k: a lower-case word that
 * is no verb, preposition or subordinator (an adjective, a noun, a
 * determiner or quantifier), then up to four more words with no comma,
 * conjunction, subordinator, quotation mark or cue, then an auxiliary
 * ("good relations with Sudan could", "the road was", "most of the
 * debris had")?  A pronoun subject is its own rule. */
static bool bare_subject_then_aux(const ctx *c, uint32_t k, uint32_t se)
{
    if (k >= se || c->tk[k].cls != DYAD_TOK_WORD || is_cap(&c->tk[k]) || looks_verb(c, k))
        return false;
    int f0 = fw(c, k);
    if (f0 & (DYAD_FW_PREP | DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_AUX | DYAD_FW_PRON | DYAD_FW_EXPL) ||
        tok_is(c, k, "that"))
        return false;
    if ((f0 & DYAD_FW_ADV) && !(k + 1 < se && tok_is(c, k + 1, "of"))) /* "most of the debris" */
        return false;
    for (uint32_t j = k + 1; j < se && j <= k + 5; j++) {
        const dyad_token *t = &c->tk[j];
        if (t->cls != DYAD_TOK_WORD && t->cls != DYAD_TOK_NUMBER && t->cls != DYAD_TOK_APOSTROPHE)
            return false;
        int f = fw(c, j);
        if (f & DYAD_FW_AUX)
            return !(f & DYAD_FW_PRON) && j > k;
        if ((f & (DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_PRON)) || tok_is(c, j, "that") || is_cue_tok(c, j, se))
            return false;
    }
    return false;
}

static uint32_t content_start(ctx *c, dyad_statement *st, const dyad_cue_match *m, uint32_t se, bool *marker)
{
    uint32_t i = m->tok + m->ntok;
    *marker = false;
    if ((m->flags & DYAD_CUE_ADDRESSEE) && i < se) {
        uint32_t a, b;
        if (np_right(c, i, se, true, &a, &b)) {
            /* "told ABC's “Good Morning America” on Monday the tone …":
             * a show's quoted title after a possessive is the hearer */
            int qt = b < se && c->tk[b - 1].cls == DYAD_TOK_APOSTROPHE ? quote_opening_at(c, b) : -1;
            if (qt >= 0 && c->quotes.items[qt].closed && c->quotes.items[qt].close + 1 < se &&
                c->quotes.items[qt].words <= 5)
                b = c->quotes.items[qt].close + 1;
            st->has_addressee = true;
            st->addressee_span = tok_span(c, a, b);
            i = b;
        }
    }
    /* "forcefully told a young woman who suggested that some people may
     * not vote that “this is not the first generation to be
     * frustrated”": past a relative clause on the hearer, "that" and a
     * quotation open the content */
    if ((m->flags & DYAD_CUE_ADDRESSEE) && st->has_addressee && i < se && (tok_is(c, i, "who") || tok_is(c, i, "which")))
        for (uint32_t k = i + 1; k + 1 < se && k < i + 24; k++)
            if (c->tk[k].quote_depth == 0 && tok_is(c, k, "that") && quote_opening_at(c, k + 1) >= 0) {
                *marker = true;
                return k + 1;
            }
    /* "said on Monday that", "told CNN in an interview that"; a verb of
     * urging or naming reaches further, through its object and an
     * infinitive: "exhorted Republicans to “vote your conscience”",
     * "condemned what he called a “brazen breach”" */
    bool weak = (m->flags & DYAD_CUE_WEAK) != 0;
    bool what = false; /* a "what X called" object */
    /* ten tokens, sixteen for a verb of naming or once a comma has set
     * off an adverbial ("announced on her Facebook page, in all capital
     * letters, “…”") */
    bool comma_seen = false;
    for (uint32_t k = i; k < se && k < i + (weak || comma_seen ? 16u : 10u); k++) {
        const dyad_token *t = &c->tk[k];
        comma_seen |= punct_char(c, k) == ',';
        /* "said the recent spate of shootings demands that …", "said he
         * would consider it …": a verb of saying with no hearer, then a
         * determiner or a pronoun — the clause starts there, and a "that"
         * further on is its own */
        if (k == i && !weak && !(m->flags & (DYAD_CUE_ADDRESSEE | DYAD_CUE_NOUN)) && t->cls == DYAD_TOK_WORD &&
            (fw(c, k) & (DYAD_FW_DET | DYAD_FW_PRON)) && !(fw(c, k) & DYAD_FW_SUB) && !tok_is(c, k, "that") &&
            !tok_is(c, k, "it"))
            return i;
        /* "said good relations with Sudan could strengthen …", "said most
         * of the debris had burnt up", "said Monday the road was closed":
         * right after the verb, or after a time word, a lower-case subject
         * with an auxiliary within five words (no comma, conjunction or
         * subordinator before it) starts a bare clause */
        if (!weak && !(m->flags & (DYAD_CUE_ADDRESSEE | DYAD_CUE_NOUN)) && (m->flags & DYAD_CUE_THAT) &&
            (k == i || (k == i + 1 && c->tk[i].cls == DYAD_TOK_WORD && (fw(c, i) & DYAD_FW_TIME))) &&
            bare_subject_then_aux(c, k, se))
            return k;
        /* "told ABC's “Good Morning America” on Monday the tone of the
         * interview was cordial": past the hearer and a time, a subject
         * with an auxiliary starts a bare clause */
        if (st->has_addressee && !weak && (m->flags & DYAD_CUE_THAT) && k == i + 2 &&
            c->tk[i].cls == DYAD_TOK_WORD && (fw(c, i) & DYAD_FW_PREP) && (fw(c, i + 1) & DYAD_FW_TIME) &&
            (fw(c, k) & DYAD_FW_DET) && bare_subject_then_aux(c, k, se))
            return k;
        /* "told a gathering in Washington she will protect …", "said
         * Friday he would …": after an adverbial ending in a name or a
         * time word, a personal pronoun and a verb start a bare clause */
        if (k > i && !weak && (m->flags & DYAD_CUE_THAT) && t->cls == DYAD_TOK_WORD && (fw(c, k) & DYAD_FW_PRON) &&
            !(fw(c, k) & DYAD_FW_SUB) && !tok_is(c, k, "it") && !tok_is(c, k, "you") && k + 1 < se &&
            c->tk[k + 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[k + 1]) &&
            (is_cap(&c->tk[k - 1]) || (fw(c, k - 1) & DYAD_FW_TIME)) && c->tk[k - 1].cls == DYAD_TOK_WORD)
            return k;
        if (t->cls == DYAD_TOK_QUOTE_OPEN && quote_opening_at(c, k) >= 0) {
            /* "said: “…”" / "said “…”" start at the quotation; "called
             * half of his supporters “deplorables”" starts at the object */
            *marker = true;
            return (k == i || punct_char(c, k - 1) == ',' || punct_char(c, k - 1) == ':') ? k : i;
        }
        if (punct_char(c, k) == ':') {
            *marker = true;
            return k + 1;
        }
        if (tok_is(c, k, "that") && t->quote_depth == 0) {
            *marker = true;
            /* "blasted Oversight for failing to make clear that …": a verb
             * of judging keeps its object */
            if (weak && k > i + 1 && !(m->flags & DYAD_CUE_THAT) && !(m->flags & DYAD_CUE_ADDRESSEE))
                return i;
            return k + 1;
        }
        if (t->cls != DYAD_TOK_WORD && t->cls != DYAD_TOK_NUMBER && punct_char(c, k) != ',' &&
            t->cls != DYAD_TOK_APOSTROPHE && !(t->flags & DYAD_TOKF_JOINER))
            break;
        if (tok_is(c, k, "what"))
            what = true;
        /* another cue ends the search; a noun of report in the object
         * does not ("called the report a “rush to judgment”"), nor does
         * a compound ("called for taxing so-called ''pass through''
         * income") */
        if (!what && is_cue_tok(c, k, se) && !(k > i && (c->tk[k - 1].flags & DYAD_TOKF_JOINER)) &&
            !(k > i && (fw(c, k - 1) & DYAD_FW_DET) && !is_verb_cue_tok(c, k, se)))
            break;
        /* "agreed on Tuesday to reopen crossings that …": an infinitive or
         * another verb ends the search; "that" after it is relative */
        if (weak && punct_char(c, k) == ',' && k + 1 < se && is_participle(c, k + 1))
            break; /* "praised the teachers, calling them “…”" */
        if (weak && !tok_is(c, k, "that"))
            continue;
        if (tok_is(c, k, "to") || (t->cls == DYAD_TOK_WORD && !is_cap(t) && looks_verb(c, k) &&
                                   !(k > i && (fw(c, k - 1) & DYAD_FW_DET))))
            break; /* …but "said at the hearing that", "told a briefing" are nouns */
    }
    return i;
}

/* Does a content go on past the quoted label whose closing mark is token
 * last - 1?  It does when the label is no more than part of the phrase
 * said:
 *  - a phrase of what the label is for or about (label-phrase words of
 *    data/statement-words.txt): "called him ''a genius'' for his tax
 *    strategies", "likened the refugees to a “vicious snake” in a song";
 *  - a noun the label qualifies: "portray the shooting as a “workplace”
 *    or “gun control” issue", "denounce North Korea's “reckless,
 *    provocative, dangerous” actions";
 *  - a second item: "described Mexican immigrants as “rapists” and
 *    criminals who take American jobs".
 * A comma or period inside or after the mark ends the label ("called the
 * pact “insanity,” and Sanders …"), as do a verb and a cue ("called it
 * “shameful” and said …"). */
static uint32_t label_end(const ctx *c, uint32_t last, uint32_t se)
{
    if (last >= se)
        return last;
    bool phrase = in_word_class(c, last, DYAD_SW_LABEL_PHRASE);
    char inside = last >= 2 ? punct_char(c, last - 2) : 0;
    if (!phrase && (inside == ',' || inside == '.' || inside == '?' || inside == '!' || c->tk[last].cls != DYAD_TOK_WORD))
        return last;
    uint32_t k = last;
    /* "rated 32% of the claims as “false” or “pants on fire”": a second
     * label joined to the first */
    while (!phrase && k + 1 < se && (tok_is(c, k, "or") || tok_is(c, k, "and")) && quote_opening_at(c, k + 1) >= 0) {
        const dyad_quote *q2 = &c->quotes.items[quote_opening_at(c, k + 1)];
        if (!q2->closed || q2->close + 1 >= se)
            return q2->closed ? q2->close + 1 : last;
        last = k = q2->close + 1;
        phrase = in_word_class(c, last, DYAD_SW_LABEL_PHRASE);
        inside = punct_char(c, last - 2);
        if (!phrase && (inside == ',' || inside == '.' || inside == '?' || inside == '!' || c->tk[last].cls != DYAD_TOK_WORD))
            return last;
    }
    if (!phrase) {
        int f = fw(c, k);
        if ((f & DYAD_FW_CONJ) && (tok_is(c, k, "and") || tok_is(c, k, "or")) && k + 1 < se)
            f = fw(c, ++k);
        if (c->tk[k].cls != DYAD_TOK_WORD || is_cap(&c->tk[k]) || f || looks_verb(c, k) || is_ly_adverb(c, k) ||
            is_cue_tok(c, k, se))
            return last;
    }
    /* the phrase ends with its clause: at a comma, a dash, a semicolon, or
     * "and"/"but" before a verb, a pronoun or a name ("… “rapists” and
     * criminals and threatening to …") */
    for (k++; k < se; k++) {
        const dyad_token *t = &c->tk[k];
        if (t->quote_depth)
            continue;
        char p = punct_char(c, k);
        /* "…, such as …", "…, including …": an example goes on */
        if (p == ',' && k + 1 < se && (tok_is(c, k + 1, "such") || tok_is(c, k + 1, "including")))
            continue;
        if (p == ',' || p == ';' || p == ':' || p == '(' || t->cls == DYAD_TOK_DASH)
            return k;
        if ((fw(c, k) & DYAD_FW_CONJ) && k + 1 < se && c->tk[k + 1].cls == DYAD_TOK_WORD &&
            (is_cap(&c->tk[k + 1]) || looks_verb(c, k + 1) || (fw(c, k + 1) & (DYAD_FW_PRON | DYAD_FW_AUX)) ||
             is_cue_tok(c, k + 1, se)))
            return k;
    }
    return se;
}

/* Does token `cue` stand in a subordinate clause that opens its
 * sentence ("Although he has said …", "Even though she conceded …",
 * "While Comey said …"), with no comma before it? */
static bool fronted_clause(const ctx *c, uint32_t cue)
{
    uint32_t ss = c->doc->sents[c->sent_of_tok[cue]].tok_first, k = ss;
    if (k < cue && c->tk[k].cls == DYAD_TOK_WORD && (fw(c, k) & DYAD_FW_ADV) && !(fw(c, k) & DYAD_FW_SUB))
        k++; /* "Even though" */
    if (k >= cue || c->tk[k].cls != DYAD_TOK_WORD || !(fw(c, k) & (DYAD_FW_SUB | DYAD_FW_CLPREP)) ||
        (fw(c, k) & DYAD_FW_PRON) || tok_is(c, k, "that") || tok_is(c, k, "as"))
        return false;
    for (uint32_t j = k + 1; j < cue; j++)
        if (punct_char(c, j) == ',' || c->tk[j].cls == DYAD_TOK_QUOTE_OPEN)
            return false;
    return true;
}

/* Where the content after a cue ends, at most at se:
 *  - before "and"/"but" and a second reporting verb of the same subject:
 *    "She told the panel that the army is “depleted” and warned that …";
 *  - for verbs of judging and naming with a quoted label and no
 *    that-clause, after the last quotation: "He called the plan “a
 *    disgrace” during a rally in Ohio" — the label is what was said, the
 *    rest is the writer's. */
static uint32_t content_end(const ctx *c, const dyad_cue_match *m, uint32_t a, uint32_t se)
{
    bool quoted = false; /* a quotation closed in the content so far */
    /* a subordinate clause or a phrase opened the content ("although the
     * elections were an “important step forward,” they were …"): a main
     * clause may follow its comma */
    bool sub_seen = a < se && c->tk[a].cls == DYAD_TOK_WORD && (fw(c, a) & (DYAD_FW_PREP | DYAD_FW_CLPREP | DYAD_FW_ADV));
    /* the cue is a participle in an adverbial ("despite admitting that
     * …", "after saying …"): the main clause follows a comma */
    bool adverbial = m->tok > 0 && c->tk[m->tok - 1].cls == DYAD_TOK_WORD &&
                     (fw(c, m->tok - 1) & (DYAD_FW_PREP | DYAD_FW_CLPREP | DYAD_FW_SUB)) && is_participle(c, m->tok);
    /* … or the cue is in a clause fronted by a subordinator ("Although
     * he has said that he opposes American ''boots on the ground'' in
     * far-flung parts of the world, his administration continues …");
     * found when first needed */
    int fronted = adverbial ? 1 : -1;
    for (uint32_t k = a; k + 1 < se; k++) {
        if (c->tk[k].quote_depth != 0)
            continue;
        /* every rule below starts at a conjunction, a subordinator, a
         * comma, a dash or a closing mark: a plain word ends nothing (this
         * loop reads every word of every content) */
        int fk = c->tk[k].cls == DYAD_TOK_WORD ? fw(c, k) : 0;
        if (c->tk[k].cls == DYAD_TOK_WORD && !(fk & (DYAD_FW_CONJ | DYAD_FW_SUB)))
            continue;
        if (quoted && k > a && (fk & DYAD_FW_SUB)) {
            /* "Clinton accuses Sanders of an “artful smear” regarding
             * her links while Sanders suggests …", "said the positions
             * are “about right,” though voters …": after the quotation,
             * a contrast is the writer's — unless it quotes too ("was “a
             * total lightweight” while Ted Cruz is “a basket case”") or
             * goes on with the subject ("had “even died” while
             * volunteering") */
            if (in_word_class(c, k, DYAD_SW_WRITER_CLAUSE) && !is_participle(c, k + 1)) {
                /* "refers to the candidate as “Mr. Trump,” while Trump
                 * refers to the governor as “Chris”": a speaker of its
                 * own and a cue after it end the content too */
                uint32_t wa, wb;
                if (!quote_between(c, k, se) ||
                    (k + 2 < se && (is_cap(&c->tk[k + 1]) || (fw(c, k + 1) & (DYAD_FW_DET | DYAD_FW_PRON))) &&
                     !(fw(c, k + 1) & DYAD_FW_SUB) && np_right(c, k + 1, se, false, &wa, &wb) && wb < se &&
                     is_verb_cue_tok(c, wb, se))) {
                    se = k;
                    if (se > a && (punct_char(c, se - 1) == ',' ||
                                   (c->tk[se - 1].cls == DYAD_TOK_QUOTE_CLOSE && punct_char(c, se - 2) == ',')))
                        se = c->tk[se - 1].cls == DYAD_TOK_QUOTE_CLOSE ? se : se - 1;
                    break;
                }
            }
            /* "said he was “sarcastic” in his comments, which raised
             * concerns …": a relative after a comma is about the whole */
            if ((punct_char(c, k - 1) == ',' || (c->tk[k - 1].cls == DYAD_TOK_QUOTE_CLOSE && k > a + 1 &&
                                                  punct_char(c, k - 2) == ',')) &&
                (tok_is(c, k, "which") || tok_is(c, k, "who")) && !quote_between(c, k, se)) {
                se = k;
                break;
            }
        }
        quoted |= c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE;
        sub_seen |= (fk & DYAD_FW_SUB) != 0;
        /* "and" / "but", told by the cached word class before the words
         * are compared */
        bool conj = (fk & DYAD_FW_CONJ) != 0;
        bool and_ = conj && tok_is(c, k, "and"), but_ = conj && !and_ && tok_is(c, k, "but");
        if ((and_ || but_ || punct_char(c, k) == ',') && is_verb_cue_tok(c, k + 1, se) &&
            !is_participle(c, k + 1)) {
            se = k;
            break;
        }
        /* "calling Alwaleed “dopey” and accusing him of …", "declaring
         * a ''moral equivalent of war'' …, and telling Americans that
         * …": after a quotation, "and" and a participle cue are the
         * speaker's next statement */
        if (quoted && and_ && is_participle(c, k + 1) && is_verb_cue_tok(c, k + 1, se)) {
            se = k;
            if (se > a && punct_char(c, se - 1) == ',')
                se--;
            break;
        }
        /* "…, but the governor said repairs would take months": after a
         * comma, "and"/"but" and a short noun phrase of its own (a
         * determiner or a name first) before a cue verb — a second
         * speaker's statement */
        uint32_t sa, sb;
        if ((and_ || but_) && k > a && punct_char(c, k - 1) == ',' && k + 2 < se &&
            ((fw(c, k + 1) & DYAD_FW_DET) || is_cap(&c->tk[k + 1])) && !(fw(c, k + 1) & DYAD_FW_PRON) &&
            np_right(c, k + 1, se, false, &sa, &sb) && sb - sa <= 4 && sb < se && is_verb_cue_tok(c, sb, se) &&
            !is_participle(c, sb)) {
            se = k - 1;
            break;
        }
        /* "Ryan saying he was “very encouraged” and Trump calling it a
         * “great meeting”": after a quotation, "and", a name and a
         * participle cue are a second speaker's */
        if (quoted && and_ && k + 2 < se && is_cap(&c->tk[k + 1]) && np_right(c, k + 1, se, false, &sa, &sb) &&
            sb - sa <= 4 && sb < se && is_participle(c, sb) && is_verb_cue_tok(c, sb, se)) {
            se = k;
            break;
        }
        /* "…, and when pressed on why, the 34-year-old mother of three
         * replied, “…”": a comma (also inside the closing mark), then a
         * subject of its own and a cue */
        bool comma_here = k > a && (punct_char(c, k) == ',' ||
                                    (c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE && punct_char(c, k - 1) == ','));
        /* … or a dash: "When Clinton noted that Trump has not paid
         * anything ― as was true … ― Trump boasted, “…”" */
        if ((comma_here || (k > a && c->tk[k].cls == DYAD_TOK_DASH)) && k + 2 < se &&
            ((fw(c, k + 1) & DYAD_FW_DET) || is_cap(&c->tk[k + 1])) &&
            !(fw(c, k + 1) & DYAD_FW_PRON)) {
            /* the cue first (its word tags are cached), the phrase after */
            uint32_t v = k + 2;
            while (v < se && v < k + 12 && (is_word(&c->tk[v]) || (c->tk[v].flags & DYAD_TOKF_JOINER) ||
                                             c->tk[v].cls == DYAD_TOK_APOSTROPHE) &&
                   !is_verb_cue_tok(c, v, se))
                v++;
            if (v < se && v < k + 12 && is_word(&c->tk[v]) && !is_participle(c, v) &&
                np_right(c, k + 1, se, false, &sa, &sb) && sb == v) {
                se = c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE ? k + 1 : k; /* "calling Trump “an orange buffoon,” Susan said" */
                break;
            }
        }
        /* "…, but he said that the footage …": a new attribution */
        if ((and_ || but_) && k + 2 < se && (fw(c, k + 1) & DYAD_FW_PRON) &&
            !(fw(c, k + 1) & DYAD_FW_SUB) && is_verb_cue_tok(c, k + 2, se) && !is_participle(c, k + 2)) {
            se = k;
            if (se > a && punct_char(c, se - 1) == ',')
                se--;
            break;
        }
        /* a label, then the speaker's next act: "called the merger “a
         * terrible deal” and ranked her among the worst …" */
        if ((m->flags & DYAD_CUE_WEAK) && k > a && c->tk[k - 1].cls == DYAD_TOK_QUOTE_CLOSE && and_ &&
            c->tk[k + 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[k + 1]) && looks_verb(c, k + 1) &&
            !is_participle(c, k + 1)) {
            se = k;
            break;
        }
        /* "ruled that the statement is “true,” but in the course of
         * their report they …": ", but" right after the quotation opens
         * the writer's turn — not "…,” but that he …" */
        if (but_ && k > a + 2 && c->tk[k - 1].cls == DYAD_TOK_QUOTE_CLOSE && punct_char(c, k - 2) == ',' &&
            !tok_is(c, k + 1, "that") && !(fw(c, k + 1) & DYAD_FW_ADV) && quote_opening_at(c, k + 1) < 0) {
            se = k;
            break;
        }
        /* "he would offer “a prayer” for the nominee but did not suggest
         * …": "but" and an auxiliary open the writer's next predicate */
        if (k > a + 2 && but_ &&
            (fw(c, k + 1) & DYAD_FW_AUX) &&
            !(fw(c, k + 1) & DYAD_FW_PRON) && quote_between(c, a, k)) {
            se = k;
            break;
        }
        /* "Though she called for pay to be “clawed back” for executives,
         * Clinton restricted …": a comma, then a subject and its verb,
         * open the main clause */
        if (k > a + 2 && punct_char(c, k) == ',' && k + 2 < se && is_cap(&c->tk[k + 1]) &&
            !(fw(c, k + 1) & (DYAD_FW_SUB | DYAD_FW_PREP | DYAD_FW_CONJ)) && quote_between(c, a, k)) {
            uint32_t na, nb;
            if (np_right(c, k + 1, se, false, &na, &nb) && nb < se && plain_lower_word(c, nb) &&
                (looks_verb(c, nb) || is_verb_cue_tok(c, nb, se))) {
                se = k;
                break;
            }
        }
        /* "Contrary to his claim that people would ''learn nothing,''
         * there would be a wealth of …": after the quotation, a comma,
         * then a pronoun or "there" and an auxiliary open the main
         * clause */
        if (quoted && !sub_seen && comma_here && k + 2 < se && (fw(c, k + 1) & (DYAD_FW_PRON | DYAD_FW_EXPL)) &&
            !(fw(c, k + 1) & DYAD_FW_SUB) && (fw(c, k + 2) & DYAD_FW_AUX) && c->tk[k + 2].cls == DYAD_TOK_WORD) {
            se = c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE ? k + 1 : k;
            break;
        }
        /* "Ryan, despite admitting that he did have his concerns about
         * “trial lawyers trying to get rich” …, the victims “do need to
         * have their day in court”": after the quotation, a comma and a
         * subject end the adverbial's content */
        if (quoted && comma_here && k + 1 < se && c->tk[k + 1].cls == DYAD_TOK_WORD &&
            (is_cap(&c->tk[k + 1]) || (fw(c, k + 1) & (DYAD_FW_DET | DYAD_FW_PRON))) && !(fw(c, k + 1) & DYAD_FW_SUB) &&
            (fronted < 0 ? (fronted = fronted_clause(c, m->tok)) : fronted)) {
            se = c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE ? k + 1 : k;
            break;
        }
        /* "saying the person would “not get beat up” at his rally, a swipe
         * at …": an indefinite appositive after the content is the
         * writer's comment */
        if (k > a + 2 && punct_char(c, k) == ',' && (tok_is(c, k + 1, "a") || tok_is(c, k + 1, "an")) &&
            quote_between(c, a, k)) {
            se = k;
            break;
        }
        /* "he would offer a “prayer” — and did not name Trump": a dash
         * right after the content's quotation opens the writer's remark */
        if (k > a + 1 && c->tk[k].cls == DYAD_TOK_DASH && c->tk[k - 1].cls == DYAD_TOK_QUOTE_CLOSE) {
            se = k;
            break;
        }
        /* "… a “prayer” for the nominee, adding that …", "…, referring
         * to the convention": a participle after a comma is the
         * reporter's, about the speaker */
        bool comma = punct_char(c, k) == ',' ||
                     (c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE && k > a && punct_char(c, k - 1) == ',') ||
                     (quoted && c->tk[k].cls == DYAD_TOK_DASH); /* "… last week - saying it offered …" */
        /* "…, implicitly putting his name on the line": an adverb first */
        uint32_t pk = k + 1 + (k + 2 < se && is_ly_adverb(c, k + 1) ? 1 : 0);
        if (k > a + 2 && comma && is_participle(c, pk) && !is_cap(&c->tk[pk]) &&
            (!fw(c, pk) || (quoted && tok_is(c, pk, "having")))) { /* "-- having suggested …" */
            se = c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE ? k + 1 : k;
            break;
        }
    }
    /* content that opens with a quoted sentence is that quotation; what
     * follows its closing mark is the writer's: "…, saying during the
     * debate, “That makes me smart,” when his rival raised his taxes." */
    int q0 = quote_opening_at(c, a);
    if (q0 >= 0 && c->quotes.items[q0].closed && c->quotes.items[q0].clause && c->quotes.items[q0].close + 1 < se &&
        (punct_char(c, c->quotes.items[q0].close + 1) == ',' || (fw(c, c->quotes.items[q0].close + 1) & DYAD_FW_SUB)))
        se = c->quotes.items[q0].close + 1;
    bool labelled = (m->flags & DYAD_CUE_WEAK) && a > 0 && !tok_is(c, a - 1, "that") && punct_char(c, a - 1) != ':';
    /* "called on the administration to “really call out Russia” and
     * consider …", "encouraged Americans to “check out” her …": an
     * infinitive before the quotation is the act urged, and it goes on */
    for (uint32_t k = a; labelled && k < se && k < a + 8 && c->tk[k].quote_depth == 0; k++)
        if (c->tk[k].cls == DYAD_TOK_QUOTE_OPEN || punct_char(c, k) == ',')
            break;
        else if (tok_is(c, k, "to"))
            labelled = false;
    if (labelled) {
        uint32_t last = 0;
        for (uint32_t k = a; k < se; k++) {
            int q = quote_opening_at(c, k);
            if (q >= 0 && c->quotes.items[q].closed && c->quotes.items[q].close < se) {
                last = c->quotes.items[q].close + 1;
                k = c->quotes.items[q].close;
                /* "described her as a “disgrace” after she attacked …":
                 * a subordinate clause after the label is the writer's */
                uint32_t x = last;
                if (x < se && punct_char(c, x) == ',')
                    x++;
                bool sub = x < se && (fw(c, x) & DYAD_FW_SUB) && !(fw(c, x) & DYAD_FW_PRON) && !tok_is(c, x, "that") &&
                           !tok_is(c, x, "which") && !tok_is(c, x, "what") && !tok_is(c, x, "whose") &&
                           !tok_is(c, x, "whom");
                bool prep_clause = x + 1 < se && (fw(c, x) & DYAD_FW_PREP) && (fw(c, x + 1) & DYAD_FW_PRON) &&
                                   !(fw(c, x + 1) & DYAD_FW_SUB); /* "after she attacked" */
                if (sub || prep_clause)
                    break;
            }
        }
        if (last > a)
            se = label_end(c, last, se);
    }
    return se;
}

/* The content right after a cue with a subject speaker ("Kirby said …"). */
static bool try_leading(ctx *c, dyad_statement *st, const dyad_cue_match *m, uint32_t se)
{
    bool marker;
    uint32_t a = content_start(c, st, m, se, &marker);
    if (!marker && (m->flags & DYAD_CUE_WEAK))
        return false;
    if (!marker && !(m->flags & DYAD_CUE_THAT))
        return false;
    uint32_t ce = 0; /* the content's end, found once */
    if (!marker && a < se) {
        /* a bare clause must look like one: it starts with a determiner,
         * pronoun, name or number — not "said in a statement" */
        const dyad_token *t = &c->tk[a];
        int f = fw(c, a);
        /* "said prices would fall", "said voters are angry": a plain noun
         * and an auxiliary within two words */
        bool noun_subject = t->cls == DYAD_TOK_WORD && !f && !is_ly_adverb(c, a) && !looks_verb(c, a) &&
                            ((a + 1 < se && (fw(c, a + 1) & DYAD_FW_AUX) && c->tk[a + 1].cls == DYAD_TOK_WORD) ||
                             (a + 2 < se && c->tk[a + 1].cls == DYAD_TOK_WORD && !fw(c, a + 1) &&
                              (fw(c, a + 2) & DYAD_FW_AUX) && c->tk[a + 2].cls == DYAD_TOK_WORD));
        /* "said if Trump picked him it would be a “two-pirate ticket”":
         * a conditional clause opens the content when a quotation in it
         * shows that words are reported */
        bool cond = tok_is(c, a, "if") && !is_cap(t) && quote_between(c, a, se) &&
                    quote_between(c, a, ce = content_end(c, m, a, se));
        noun_subject = noun_subject || bare_subject_then_aux(c, a, se);
        /* "Clinton says rival Bernie Sanders accepted … and “there’s
         * nothing wrong with that”", "said allies wanted to know if the
         * U.S. is “still in the game”": a plain noun opens the clause when
         * a quotation in it shows that words are reported */
        noun_subject = noun_subject || (t->cls == DYAD_TOK_WORD && !f && !is_ly_adverb(c, a) && !looks_verb(c, a) &&
                                        quote_between(c, a, se) &&
                                        quote_between(c, a, ce ? ce : (ce = content_end(c, m, a, se))));
        if (!cond && (!(is_cap(t) || t->cls == DYAD_TOK_NUMBER || (f & (DYAD_FW_DET | DYAD_FW_PRON)) || noun_subject ||
                        (!f && in_word_class(c, a, DYAD_SW_INDEFINITE))) || /* "saying anybody who complains …" */
                      (f & (DYAD_FW_PREP | DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_TIME))))
            return false;
    }
    se = ce ? ce : content_end(c, m, a, se);
    /* "called it “shameful”": two words do with a quotation */
    return fill_content(c, st, a, se, quote_between(c, a, se) ? 2 : 3);
}

/* Is the text from token `from` to the sentence end (or to the next
 * comma) only a short adverbial ("on Monday", "in a statement", "Friday
 * afternoon, as they bristled …")?  Then a cue before it closes a
 * trailing attribution. */
static bool only_adverbial_until(const ctx *c, uint32_t from, uint32_t se)
{
    /* "…, he said according to a transcript reviewed by Business
     * Insider": the source of the report, however long */
    dyad_cue_match src;
    if (from < se && c->tk[from].cls == DYAD_TOK_WORD && dyad_cue_at(c->eng, c->doc, from, se, &src) &&
        (src.flags & DYAD_CUE_PREP))
        return true;
    int words = 0;
    for (uint32_t i = from; i < se; i++) {
        const dyad_token *t = &c->tk[i];
        if (t->cls == DYAD_TOK_QUOTE_OPEN)
            return words <= 6 && i > from && punct_char(c, i - 1) == ','; /* …, he said, “…” */
        if (punct_char(c, i) == ',' || t->cls == DYAD_TOK_DASH)
            return words <= 6 && !(i == from && i + 1 < se && tok_is(c, i + 1, "that"));
        if (tok_is(c, i, "that") && t->quote_depth == 0)
            return false;
        /* "…, the minister said prices would fall": a clause */
        if (i > from && t->cls == DYAD_TOK_WORD && (fw(c, i) & DYAD_FW_AUX) && !(fw(c, i - 1) & DYAD_FW_PREP) &&
            c->tk[i - 1].cls == DYAD_TOK_WORD)
            return false;
        words += is_word(t);
    }
    return words <= 7;
}

/* After an inverted speaker ("…, said Kirby"), does a clause go on ("said
 * Israel would send …")?  Then the phrase was the reported clause's
 * subject, not the speaker. */
static bool clause_follows(const ctx *c, uint32_t i, uint32_t se)
{
    if (i >= se)
        return false;
    const dyad_token *t = &c->tk[i];
    if (t->cls != DYAD_TOK_WORD || is_cap(t))
        return false;
    int f = fw(c, i);
    if (f & DYAD_FW_AUX)
        return true;
    /* "said one Republican involved in the planning": a participle and a
     * preposition modify the speaker */
    const char *w = c->doc->text + t->span.start;
    size_t n = t->span.end - t->span.start;
    if (n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && i + 1 < se && c->tk[i + 1].cls == DYAD_TOK_WORD &&
        ((fw(c, i + 1) & DYAD_FW_PREP) || tok_is(c, i + 1, "for") || tok_is(c, i + 1, "of")))
        return false;
    return !(f & (DYAD_FW_PREP | DYAD_FW_SUB | DYAD_FW_TIME | DYAD_FW_CONJ | DYAD_FW_ADV)) && !is_ly_adverb(c, i) &&
           !is_cue_tok(c, i, se);
}

/* After a parenthetical attribution ("CNN, Cruz said, called the
 * announcement …"), where the interrupted clause resumes: the token after
 * the comma closing the attribution's adverbials, when it goes on with a
 * verb (a lower-case word that is no preposition, conjunction,
 * determiner or participle, or an auxiliary); se when it does not. */
static uint32_t clause_resumes(const ctx *c, uint32_t from, uint32_t se)
{
    for (uint32_t i = from; i < se && i < from + 8; i++) {
        if (c->tk[i].cls == DYAD_TOK_QUOTE_OPEN || (tok_is(c, i, "that") && c->tk[i].quote_depth == 0))
            return se;
        if (punct_char(c, i) != ',')
            continue;
        uint32_t r = i + 1;
        if (r + 2 >= se || c->tk[r].cls != DYAD_TOK_WORD || is_cap(&c->tk[r]) || is_cue_tok(c, r, se))
            return se;
        int f = fw(c, r);
        if (f & DYAD_FW_AUX)
            return r;
        if (f || is_participle(c, r) || is_ly_adverb(c, r))
            return se;
        return r;
    }
    return se;
}

/* Does a "that" (or ':') follow the cue within a few words: "said in a
 * statement that …"? */
static bool starts_that(const ctx *c, uint32_t from, uint32_t se)
{
    for (uint32_t i = from; i < se && i < from + 6; i++) {
        if ((tok_is(c, i, "that") && c->tk[i].quote_depth == 0) || punct_char(c, i) == ':')
            return true;
        if (!is_word(&c->tk[i]))
            return false;
    }
    return false;
}

/* Does a quotation open in tokens [a, b)?  (binary search) */
static bool quote_between(const ctx *c, uint32_t a, uint32_t b)
{
    size_t lo = 0, hi = c->quotes.n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c->quotes.items[mid].open < a)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo < c->quotes.n && c->quotes.items[lo].open < b;
}

static int words_between(const ctx *c, uint32_t a, uint32_t b)
{
    int n = 0;
    for (uint32_t i = a; i < b; i++)
        n += is_word(&c->tk[i]);
    return n;
}

/* After a trailing attribution: ", “second part.”" continues the quote. */
static void add_second_fragment(ctx *c, dyad_statement *st, uint32_t after, uint32_t se)
{
    for (uint32_t i = after; i < se; i++) {
        if (c->tk[i].quote_depth == 0 && is_cue_tok(c, i, se))
            return; /* another speaker's words */
        if (c->tk[i].cls == DYAD_TOK_QUOTE_OPEN) {
            int q = quote_opening_at(c, i);
            /* … or ", but “…”": "“You know, I love Larry,” he said, but
             * “when it comes to energy issues, …”" */
            bool lead = i > 0 && (punct_char(c, i - 1) == ',' || punct_char(c, i - 1) == ':' ||
                                  (i > after + 1 && (tok_is(c, i - 1, "but") || tok_is(c, i - 1, "and")) &&
                                   punct_char(c, i - 2) == ','));
            if (q >= 0 && c->quotes.items[q].stmt < 0 && lead && c->quotes.items[q].words >= 2) {
                add_frag(st, c->quotes.items[q].span);
                if (st->kind == DYAD_STMT_INDIRECT)
                    st->kind = DYAD_STMT_MIXED;
            }
            return;
        }
        if (!is_word(&c->tk[i]) && punct_char(c, i) != ',' && c->tk[i].cls != DYAD_TOK_APOSTROPHE &&
            !(c->tk[i].flags & DYAD_TOKF_JOINER))
            return;
    }
}

/* When sentence s is only an attribution ("Vitter demanded."), the
 * statement is the quotation ending the sentence before it. */
static bool prev_quote(ctx *c, size_t s, dyad_statement *st)
{
    if (s == 0 || c->doc->sents[s - 1].para != c->doc->sents[s].para)
        return false;
    const dyad_sentence *ps = &c->doc->sents[s - 1];
    uint32_t last = ps->tok_end - 1;
    if (c->tk[last].cls != DYAD_TOK_QUOTE_CLOSE)
        return false;
    for (size_t q = 0; q < c->quotes.n; q++) {
        const dyad_quote *qq = &c->quotes.items[q];
        if (qq->closed && qq->close == last && qq->stmt < 0 && qq->clause) {
            st->kind = DYAD_STMT_DIRECT;
            st->span = qq->span;
            st->frags[0] = qq->span;
            st->n_frags = 1;
            return true;
        }
    }
    return false;
}

/* The latest statement made in sentence s so far, -1. */
static int statement_in_sentence(const ctx *c, size_t s)
{
    return c->out->n && c->out->items[c->out->n - 1].sent == s ? (int)c->out->n - 1 : -1;
}

/* A word ending in "-ing": "…, arguing that …". */
static bool is_participle(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    return t->cls == DYAD_TOK_WORD && t->span.end - t->span.start > 4 &&
           memcmp(c->doc->text + t->span.end - 3, "ing", 3) == 0;
}

/* A sentence opening with a past participle and a lower-case word, the
 * subject after the comma: "Asked which Iowa county was his favorite, he
 * demurred: “…”", "Pressed on the point, Mr. Smith shot back: ''…''"
 * — a subordinator or preposition after it, so not a name ending in
 * -ed ("Ahmed said"). */
static bool past_participle_opener(const ctx *c, uint32_t ss, uint32_t limit)
{
    const dyad_token *t = &c->tk[ss];
    size_t n = t->span.end - t->span.start;
    const char *w = c->doc->text + t->span.start;
    return t->cls == DYAD_TOK_WORD && n > 4 && w[n - 2] == 'e' && w[n - 1] == 'd' && !fw(c, ss) && ss + 2 < limit &&
           c->tk[ss + 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[ss + 1]) &&
           (fw(c, ss + 1) & (DYAD_FW_SUB | DYAD_FW_PREP)) && !(fw(c, ss + 1) & DYAD_FW_AUX);
}

/* Where the subject of sentence [ss, limit) starts: after an
 * introductory phrase closed by a comma ("Meanwhile, it attacked Trump,
 * saying …", "In August, several groups granted …, saying …"). */
static uint32_t subject_start(const ctx *c, uint32_t ss, uint32_t limit)
{
    /* "And Mr. Christie gloated: ''…''": a conjunction opening the
     * sentence is no part of its subject */
    if (ss + 2 < limit && c->tk[ss].cls == DYAD_TOK_WORD && (fw(c, ss) & DYAD_FW_CONJ) &&
        !(fw(c, ss) & (DYAD_FW_PRON | DYAD_FW_DET | DYAD_FW_SUB)) && c->tk[ss + 1].cls == DYAD_TOK_WORD)
        ss++;
    /* "And then Trump went fully on the attack, saying, “…”": a plain
     * adverb before a name or a pronoun is no part of the subject */
    if (ss + 2 < limit && c->tk[ss].cls == DYAD_TOK_WORD && (fw(c, ss) & DYAD_FW_ADV) &&
        !(fw(c, ss) & (DYAD_FW_PRON | DYAD_FW_DET | DYAD_FW_SUB | DYAD_FW_PREP | DYAD_FW_CONJ)) &&
        c->tk[ss + 1].cls == DYAD_TOK_WORD &&
        ((is_cap(&c->tk[ss + 1]) && !fw(c, ss + 1)) || ((fw(c, ss + 1) & DYAD_FW_PRON) && !(fw(c, ss + 1) & DYAD_FW_SUB))))
        ss++;
    const dyad_token *t = &c->tk[ss];
    int f = fw(c, ss);
    /* "Hours later, Trump …", "Last week, …": a short lower-case phrase
     * closed by a comma */
    if (ss + 2 < limit && t->cls == DYAD_TOK_WORD && !(f & DYAD_FW_PRON)) {
        uint32_t k = ss + 1;
        while (k < limit && k < ss + 4 && c->tk[k].cls == DYAD_TOK_WORD && !is_cap(&c->tk[k]) &&
               !(fw(c, k) & (DYAD_FW_PRON | DYAD_FW_AUX)) && !is_cue_tok(c, k, limit) && !looks_verb(c, k))
            k++;
        if (k > ss + 1 && k + 1 < limit && punct_char(c, k) == ',')
            return k + 1;
    }
    /* "However, he held his fire": one word and a comma, then a pronoun */
    if (ss + 2 < limit && t->cls == DYAD_TOK_WORD && punct_char(c, ss + 1) == ',' && (fw(c, ss + 2) & DYAD_FW_PRON) &&
        !(fw(c, ss + 2) & DYAD_FW_SUB) && !(f & DYAD_FW_PRON))
        return ss + 2;
    if (!(f & (DYAD_FW_PREP | DYAD_FW_ADV | DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_TIME)) && !is_ly_adverb_cap(c, ss) &&
        t->cls != DYAD_TOK_NUMBER && !is_participle(c, ss) && !past_participle_opener(c, ss, limit))
        return ss;
    /* the comma after which a subject and its verb follow: "Speaking at
     * a town hall in Salem, New Hampshire, Trump went after Bush" */
    uint32_t first = 0, weak = 0;
    for (uint32_t k = ss + 1; k < limit && k < ss + 24; k++) {
        if (c->tk[k].cls == DYAD_TOK_QUOTE_OPEN) {
            /* a short quoted title on the way, its comma inside the
             * marks: "On “Face the Nation,” Sen. Bernie Sanders …" */
            int qi = quote_opening_at(c, k);
            const dyad_quote *qt = qi >= 0 ? &c->quotes.items[qi] : NULL;
            if (!qt || !qt->closed || qt->words > 6 || qt->close >= limit)
                break;
            k = qt->close;
            if (punct_char(c, k - 1) != ',')
                continue;
        } else if (punct_char(c, k) != ',')
            continue;
        if (k + 1 >= limit)
            continue;
        if (!first)
            first = k + 1;
        uint32_t na, nb;
        if (np_right(c, k + 1, limit, false, &na, &nb) && nb < limit && c->tk[nb].cls == DYAD_TOK_WORD &&
            !is_cap(&c->tk[nb])) {
            /* "Following a swiftly called, late-afternoon meeting, the
             * Council issued …": a noun in -ing ("meeting") is no verb
             * when a later comma gives a subject and a verb */
            if (!is_participle(c, nb))
                return k + 1;
            if (!weak)
                weak = k + 1;
        }
    }
    if (weak)
        return weak;
    return first && first < ss + 10 ? first : ss;
}

/* Are there words in [from, se)?  Only punctuation ends "…, according
 * to CNN." */
static bool trailing_words(const ctx *c, uint32_t from, uint32_t se)
{
    for (uint32_t k = from; k < se; k++)
        if (is_word(&c->tk[k]))
            return true;
    return false;
}

/* After "As X said …", the first token of the clause after the comma that
 * closes the attribution (within 16 tokens, no quotation before it), else
 * 0. */
static uint32_t clause_after_as(const ctx *c, uint32_t from, uint32_t se)
{
    for (uint32_t k = from; k < se && k < from + 16; k++) {
        if (c->tk[k].cls == DYAD_TOK_QUOTE_OPEN || c->tk[k].quote_depth > 0)
            return 0;
        if (punct_char(c, k) == ',')
            return k + 2 < se ? k + 1 : 0;
    }
    return 0;
}

/* Is the phrase starting at token `na` the object of a verb right before
 * it ("issued a statement", "put out a letter")?  Then the verb's token
 * (a plain lower-case word, a particle after it), else 0. */
static uint32_t object_of_verb(const ctx *c, uint32_t na)
{
    uint32_t v = na - 1;
    if (c->tk[v].cls == DYAD_TOK_WORD && !is_cap(&c->tk[v]) && (tok_is(c, v, "out") || tok_is(c, v, "up")))
        v--;
    return c->tk[v].cls == DYAD_TOK_WORD && !is_cap(&c->tk[v]) && !fw(c, v) && !is_ly_adverb(c, v) &&
                   !is_cue_tok(c, v, na)
               ? v
               : 0;
}

/* "The study, which notes that 58 companies would owe “$212 billion,”
 * should be a call to voters": the content of a relative speaker set off
 * by a comma ends at the comma that closes the relative clause. */
static void end_relative_content(ctx *c, dyad_statement *st)
{
    uint32_t sa = tok_at(c, st->speaker_span.start);
    if (sa == 0 || sa >= c->doc->n_toks || punct_char(c, sa - 1) != ',' ||
        !(tok_is(c, sa, "which") || tok_is(c, sa, "who")))
        return;
    uint32_t a = tok_at(c, st->span.start), b = tok_at(c, st->span.end);
    if (st->kind == DYAD_STMT_DIRECT && a > 0)
        a--; /* the content of a direct statement starts inside its marks */
    for (uint32_t k = a + 1; k < b && k < c->doc->n_toks; k++) {
        bool comma = (c->tk[k].quote_depth == 0 && punct_char(c, k) == ',') ||
                     (c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE && punct_char(c, k - 1) == ',' && k + 1 < b);
        if (comma) {
            dyad_statement copy = *st;
            if (fill_content(c, &copy, a, c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE ? k + 1 : k, 2))
                *st = copy;
            return;
        }
    }
}

/* Try every cue of sentence s. */
static bool infinitive_of_subject(const ctx *c, uint32_t v, uint32_t to);
static bool quote_after_adverbial(const ctx *c, uint32_t after, uint32_t se);
static uint32_t as_aside_clause(const ctx *c, uint32_t from, uint32_t na);
static bool ends_sentence_soon(const ctx *c, uint32_t from, uint32_t se);
static uint32_t subject_verb(const ctx *c, uint32_t from, uint32_t to);
/* "In a wide-ranging interview, President Obama also said:" at the end
 * of its paragraph, then a list, each item a paragraph of its own that
 * ends no sentence (an HTML list read as text): "The UK must stay in the
 * EU to have influence on the world stage" / "He is confident the Iran
 * nuclear deal will be passed by Congress" / …  Each item is a statement
 * of st's speaker with st's cue; two items or more, each of 3 to 60 words,
 * the list ending at the first paragraph that ends a sentence.  The items'
 * paragraphs are then passed over like a transcript's turns.  `colon` is
 * the token after the cue.  Returns the number of statements added (0:
 * no such list), -1 when out of memory. */
static int colon_list_items(ctx *c, const dyad_statement *st, size_t s, uint32_t colon, uint32_t se)
{
    const dyad_doc *doc = c->doc;
    size_t p = doc->sents[s].para;
    if (colon + 1 != se || punct_char(c, colon) != ':' || (s + 1 < doc->n_sents && doc->sents[s + 1].para == p))
        return 0;
    enum { MAX_ITEMS = 24 };
    uint32_t item_a[MAX_ITEMS], item_b[MAX_ITEMS];
    size_t item_para[MAX_ITEMS], n = 0;
    for (size_t k = s + 1; k < doc->n_sents && n < MAX_ITEMS;) {
        size_t q = doc->sents[k].para;
        if (q != p + 1 + n || doc->paras[q].kind != DYAD_PARA_BODY || c->turn_para[q])
            break;
        uint32_t a = doc->sents[k].tok_first, b = c->para_end[q];
        while (k < doc->n_sents && doc->sents[k].para == q)
            k++;
        if (a >= b)
            break;
        const dyad_token *last = &c->tk[b - 1];
        char lp = punct_char(c, b - 1);
        if (lp == '.' || lp == '!' || lp == '?' || lp == ':' || last->cls == DYAD_TOK_QUOTE_CLOSE ||
            (last->cls == DYAD_TOK_PUNCT && (doc->text[last->span.start] == '.' || doc->text[last->span.start] == '!' ||
                                             doc->text[last->span.start] == '?')))
            break;
        int words = 0;
        for (uint32_t t = a; t < b; t++)
            words += is_word(&c->tk[t]);
        /* "Read the full transcript of his interview", "Watch: …": a
         * page's label (the heading words of data/statement-words.txt) */
        if (words < 3 || words > 60 || in_word_class(c, a, DYAD_SW_HEADING))
            break;
        item_a[n] = a;
        item_b[n] = b;
        item_para[n++] = q;
    }
    if (n < 2)
        return 0;
    int added = 0;
    for (size_t i = 0; i < n; i++) {
        dyad_statement item = *st;
        item.sent = c->sent_of_tok[item_a[i]];
        if (!fill_content(c, &item, item_a[i], item_b[i], 3))
            continue;
        int idx = add_statement(c, &item);
        if (idx < 0)
            return -1;
        claim_quotes(c, idx, c->out->items[idx].span);
        c->turn_para[item_para[i]] = 1;
        added++;
    }
    return added;
}

static int sentence_cues(ctx *c, size_t s)
{
    const dyad_sentence *sent = &c->doc->sents[s];
    uint32_t ss = sent->tok_first, se = sent->tok_end;
    const dyad_paragraph *para = &c->doc->paras[sent->para];
    if (para->kind != DYAD_PARA_BODY && para->kind != DYAD_PARA_TITLE && para->kind != DYAD_PARA_CAPTION)
        return 0;
    if (c->turn_para[sent->para])
        return 0; /* a transcript turn: its label speaks (turn_statements) */
    /* a sentence none of whose words begins a cue has no statement of
     * its own (the cue test would say no at every word) */
    const dyad_lexicon *lex = c->eng->cue_tags_in;
    uint32_t *cue_tags = NULL; /* the tags dyad_cue_at would read, NULL: none */
    if (lex && c->doc->eng && c->doc->eng->lexicon == lex) {
        uint32_t *tags = dyad_doc_tags(lex, c->doc);
        uint32_t sum = tags ? dyad_lexicon_sentence_tags(lex, c->doc, tags, s) : 0;
        if (sum && !dyad_tag_of(sum, DYAD_TAG_CUE_FIRST))
            return 0;
        cue_tags = c->doc->tok_tags == tags ? tags : NULL;
    }
    uint32_t claimed_to = ss; /* tokens before this belong to a statement */
    for (uint32_t i = ss; i < se; i++) {
        if (c->tk[i].quote_depth > 0 || c->tk[i].cls != DYAD_TOK_WORD)
            continue;
        dyad_cue_match m;
        /* dyad_cue_at with its loop-invariant tests done above */
        if (cue_tags ? !dyad_tag_of(dyad_token_tags(lex, c->doc, cue_tags, i), DYAD_TAG_CUE_FIRST) ||
                           !dyad_cue_find(c->eng, c->doc, i, se, &m)
                     : !dyad_cue_at(c->eng, c->doc, i, se, &m))
            continue;
        if (i < claimed_to)
            continue;
        /* a word of a compound is no cue: "so-called", "self-described" */
        if (i > ss && (c->tk[i - 1].flags & DYAD_TOKF_JOINER))
            continue;
        /* "his claim that …", "Donald Trump's assertion that …": a noun
         * of statement, its owner the speaker */
        uint32_t pa = 0, pb = 0;
        bool owner = false;
        if (i > ss && m.tok + m.ntok < se && tok_is(c, m.tok + m.ntok, "that")) {
            if (is_possessive_det(c, i - 1)) {
                owner = true;
                pa = i - 1;
                pb = i;
            } else if (c->tk[i - 1].cls == DYAD_TOK_APOSTROPHE && c->tk[i - 1].span.end - c->tk[i - 1].span.start >= 2 &&
                       i - 1 > ss && np_left_plain(c, i - 1, ss, &pa, &pb) && is_cap(&c->tk[pb - 1])) {
                owner = true;
                /* the name only: "Reporters checked Mayor Ruiz's …" */
                uint32_t k = pb - 1;
                while (k > pa && (is_cap(&c->tk[k - 1]) || (c->tk[k - 1].flags & DYAD_TOKF_JOINER)))
                    k--;
                pa = k;
            }
        }
        if (owned_noun(&m) && !owner)
            continue;
        /* a preposition before it makes a finite form a noun: "a series
         * of tweets saying …", "in reports" — not "by saying" */
        if (!owner && i > ss && c->tk[i - 1].cls == DYAD_TOK_WORD && (fw(c, i - 1) & DYAD_FW_PREP) &&
            !is_cap(&c->tk[i - 1]) && !tok_is(c, i - 1, "to") && !is_participle(c, i) && !(m.flags & DYAD_CUE_PREP))
            continue;
        /* a determiner before the verb makes it a noun or adjective ("the
         * added pressure"), except for nouns of report */
        if (!owner && i > ss && (fw(c, i - 1) & DYAD_FW_DET) && !(m.flags & DYAD_CUE_NOUN) &&
            !(is_quantifier(c, i - 1) && (i - 1 == ss || !is_word(&c->tk[i - 2]))))
            continue;
        dyad_statement st;
        memset(&st, 0, sizeof st);
        st.cue = m.lemma;
        st.cue_span = tok_span(c, m.tok, m.tok + m.ntok);
        st.cue_text = cue_text(c, st.cue_span);
        st.sent = (uint32_t)s;
        st.carried_from = -1;
        st.speaker_actor = -1;
        uint32_t after = m.tok + m.ntok;
        uint32_t na, nb, verb = 0, as_clause = 0;
        bool ok = false;
        int same = -1;

        if (owner) {
            st.has_speaker = true;
            st.speaker_span = tok_span(c, pa, pb);
            uint32_t a = m.tok + m.ntok + 1;
            ok = fill_content(c, &st, a, content_end(c, &m, a, se), 3);
        } else if (m.flags & DYAD_CUE_PREP) {
            /* according to X, CLAUSE  /  CLAUSE, according to X */
            if (!np_right(c, after, se, true, &na, &nb))
                continue;
            /* "“…,” Sanders said, according to CNN.": the outer source
             * of the statement just made */
            int prev = statement_in_sentence(c, s);
            /* "…, he said according to a transcript reviewed by Business
             * Insider": the source of the report of a statement made, no
             * statement of its own */
            if (prev >= 0 && i > ss && c->out->items[prev].cue_span.end == c->tk[i - 1].span.end)
                continue;
            if (prev >= 0 && i > ss && punct_char(c, i - 1) == ',' && c->out->items[prev].has_speaker &&
                c->out->items[prev].span.end < c->tk[i].span.start &&
                c->out->items[prev].speaker_span.end <= c->tk[i].span.start &&
                c->out->items[prev].speaker_span.start > c->out->items[prev].span.start && !trailing_words(c, nb, se)) {
                c->out->items[prev].speaker_span = tok_span(c, na, nb);
                c->out->items[prev].cue = m.lemma;
                c->out->items[prev].cue_span = st.cue_span;
                c->out->items[prev].cue_text = st.cue_text;
                c->out->items[prev].has_speaker_ref = false;
                continue;
            }
            st.has_speaker = true;
            st.speaker_span = tok_span(c, na, nb);
            if (i > ss && punct_char(c, i - 1) == ',' && nb + 3 < se && punct_char(c, nb) == ',' &&
                words_between(c, claimed_to, i - 1) >= 1) {
                /* "Other major cleavages, according to the poll, include
                 * ideology": the clause is on both sides */
                uint32_t ra = nb + 1, re = content_end(c, &m, ra, se);
                ok = fill_content(c, &st, claimed_to, i - 1, 1);
                trim_content(c, &ra, &re);
                if (ok && ra < re) {
                    if (st.kind == DYAD_STMT_DIRECT)
                        st.kind = DYAD_STMT_MIXED;
                    add_frag(&st, tok_span(c, ra, re));
                    if (quote_between(c, ra, re))
                        st.kind = DYAD_STMT_MIXED;
                }
            } else if (i > ss && punct_char(c, i - 1) == ',')
                ok = fill_content(c, &st, claimed_to, i - 1, 3);
            else if (i > ss + 1 && c->tk[i - 1].cls == DYAD_TOK_QUOTE_CLOSE && punct_char(c, i - 2) == ',')
                ok = fill_content(c, &st, claimed_to, i, 3); /* "“…,” according to CNN." */
            else if (nb < se && punct_char(c, nb) == ',')
                ok = fill_content(c, &st, nb + 1, se, 3);
            else
                ok = fill_content(c, &st, nb, se, 3);
        } else {
            uint32_t reach = 0; /* where the tokens before the cue end */
            bool left = is_participle(c, i) ? np_left(c, i, ss, &na, &nb) : np_left_subject(c, i, ss, &na, &nb, &reach);
            if (left && reach < nb)
                reach = nb;
            /* "used blunt language to denounce …": no phrase right before
             * an infinitive is its subject */
            if (left && i > ss + 2 && (fw(c, i - 1) & DYAD_FW_PREP) && tok_is(c, i - 1, "to") && !is_participle(c, i))
                left = false;
            /* "There had been reports that …" (no speaker), but "The New
             * York Post reports that …": a name after the determiner */
            bool named = left && (fw(c, na) & DYAD_FW_DET) && !(fw(c, na) & DYAD_FW_EXPL) && na + 1 < nb &&
                         is_cap(&c->tk[na + 1]) && is_cap(&c->tk[nb - 1]) && nb == i;
            bool noun_use = (m.flags & DYAD_CUE_NOUN) && !named &&
                            (!left || (fw(c, na) & (DYAD_FW_DET | DYAD_FW_EXPL)) || !is_cap(&c->tk[na]));
            if (left && nb - na == 1 && (fw(c, na) & DYAD_FW_EXPL) && !noun_use)
                continue; /* "there said" is no statement */
            /* "Fuelling speculation that a deal was near, …": a participle
             * opening the sentence is no speaker of the noun after it */
            if ((m.flags & DYAD_CUE_NOUN) && left && na == ss && nb - na == 1 && ends_in_ing(c, na))
                continue;
            if (noun_use) {
                /* "There had been reports that …": an unnamed source */
                bool marker;
                uint32_t a = content_start(c, &st, &m, se, &marker);
                if (!marker || a >= se || !tok_is(c, a - 1, "that"))
                    continue;
                st.attributed_to = m.lemma[0] == 'r' && strcmp(m.lemma, "report") == 0 ? "reports" : m.lemma;
                ok = fill_content(c, &st, a, se, 3);
            } else if (i > ss + 1 && claimed_to >= i - 1 && !is_participle(c, i) &&
                       (punct_char(c, i - 1) == ',' || tok_is(c, i - 1, "and") || tok_is(c, i - 1, "but")) &&
                       (same = statement_in_sentence(c, s)) >= 0 && c->out->items[same].has_speaker &&
                       c->out->items[same].span.end <= c->tk[i - 1].span.start) {
                /* the speaker's next verb, right where the content before
                 * ended: "He suggested her tone was the cause, called her
                 * “third-rate” and …" */
                st.has_speaker = true;
                st.speaker_span = c->out->items[same].speaker_span;
                /* "Mr. Ekovich, who noted that …, said …": the relative
                 * clause closed, its antecedent speaks */
                uint32_t ra = tok_at(c, st.speaker_span.start), xa, xb;
                if (ra > ss + 1 && ra < i && punct_char(c, ra - 1) == ',' && punct_char(c, i - 1) == ',' &&
                    (tok_is(c, ra, "who") || tok_is(c, ra, "which")) && np_left(c, ra - 1, ss, &xa, &xb))
                    st.speaker_span = tok_span(c, xa, xb);
                ok = try_leading(c, &st, &m, se);
            } else if (left && na == ss + 1 && tok_is(c, ss, "as") && is_cap(&c->tk[ss]) && nb <= i &&
                       (as_clause = clause_after_as(c, after, se)) > 0) {
                /* "As Ms. Simonyan put it in a statement to my colleague in
                 * July, RT is ''providing a perspective …''": the clause
                 * after the comma is what was said */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                ok = fill_content(c, &st, as_clause, content_end(c, &m, as_clause, se), 2);
            } else if (left && is_participle(c, i) && (fw(c, na) & DYAD_FW_DET) && !(fw(c, na) & DYAD_FW_PRON) &&
                       na > ss + 1 && (verb = object_of_verb(c, na)) > ss &&
                       np_right(c, subject_start(c, ss, verb + 1), verb, false, &na, &nb) &&
                       (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET))) &&
                       !(fw(c, na) & DYAD_FW_SUB)) {
                /* "Trump and Ryan issued a statement describing their
                 * meeting as …", "His office put out a statement saying
                 * …": the participle's phrase is the object of the
                 * sentence's verb; its subject speaks */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                ok = try_leading(c, &st, &m, se);
            } else if (left && (as_clause = as_aside_clause(c, claimed_to, na)) > 0 && (reach == i || reach + 2 >= i) &&
                       ends_sentence_soon(c, after, se)) {
                /* "the primary requirement is a “lawful source of
                 * investment income,” as a Homeland Security memo put
                 * it": the clause before ", as X said" is X's when it
                 * quotes (without a quotation it is as often the
                 * writer's: "…, as Obama said he would") */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                ok = quote_between(c, as_clause, na - 1) && fill_content(c, &st, as_clause, na - 1, 2);
            } else if (left && i > ss && (reach == i || reach + 2 >= i) &&
                       !(is_participle(c, i) && punct_char(c, i - 1) == ',' && statement_in_sentence(c, s) < 0 &&
                         c->tk[na].cls == DYAD_TOK_WORD)) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                /* trailing: "…,” Kirby said." / "…, the minister said." */
                bool after_comma = na > ss && (punct_char(c, na - 1) == ',' || c->tk[na - 1].cls == DYAD_TOK_QUOTE_CLOSE ||
                                               c->tk[na - 1].cls == DYAD_TOK_DASH);
                /* right after a quotation ("“…,” Merkel told reporters after
                 * the meeting that …") the attribution is always trailing */
                bool left_quote = false;
                if (na > ss) {
                    uint32_t qc = na - 1;
                    if (punct_char(c, qc) == ',' && qc > ss)
                        qc--;
                    /* a quoted title is no statement: "On this week's
                     * broadcast of “Meet the Press,” the senator said he …" */
                    int qq = c->tk[qc].cls == DYAD_TOK_QUOTE_CLOSE ? quote_closing_at(c, qc) : -1;
                    /* "Wednesday on Fox News Channel's “Hannity,” Newt
                     * Gingrich said if Trump picked him …": a quoted
                     * phrase, not a sentence, before a cue that opens a
                     * clause of its own is no trailing attribution */
                    bool clause_after = after < se && (tok_is(c, after, "if") ||
                                                        ((fw(c, after) & DYAD_FW_PRON) && !(fw(c, after) & DYAD_FW_SUB) &&
                                                         after + 1 < se && c->tk[after + 1].cls == DYAD_TOK_WORD &&
                                                         !is_cap(&c->tk[after + 1])));
                    left_quote = c->tk[qc].cls == DYAD_TOK_QUOTE_CLOSE && !(c->tk[qc].flags & DYAD_TOKF_UNPAIRED) &&
                                 !starts_that(c, after, se) && (qq < 0 || !c->quotes.items[qq].title) &&
                                 !(clause_after && qq >= 0 && !c->quotes.items[qq].clause && c->quotes.items[qq].words <= 4);
                }
                /* "Asked about the device, O'Neill said, “Not going to go
                 * into that.”": a quotation right after the cue, none
                 * before it — the attribution leads */
                /* "In a wide-ranging interview, President Obama also
                 * said:" — a colon after the cue opens what was said; the
                 * phrase before the comma is no content */
                if (left_quote || (after_comma && !(m.flags & DYAD_CUE_WEAK) && !(after < se && punct_char(c, after) == ':') &&
                                   only_adverbial_until(c, after, se) &&
                                   !(quote_after_adverbial(c, after, se) && !quote_between(c, claimed_to, na)) &&
                                   words_between(c, claimed_to, na) >= (clause_resumes(c, after, se) < se ? 1 : 4))) {
                    uint32_t ce = na - 1;
                    /* “Denver,” he answered. / “Judge,” Brafman said, “I
                     * have never …”: one word is enough in marks */
                    uint32_t rest = left_quote ? se : clause_resumes(c, after, se);
                    /* "McCaskill scolded him: “The community is …,” she
                     * said": what the colon introduces is the content */
                    uint32_t from = claimed_to;
                    if (left_quote) {
                        int qo = quote_closing_at(c, ce > ss && punct_char(c, ce) == ',' ? ce - 1 : ce);
                        if (qo >= 0 && c->quotes.items[qo].open > claimed_to + 1 &&
                            punct_char(c, c->quotes.items[qo].open - 1) == ':')
                            from = c->quotes.items[qo].open;
                    }
                    ok = fill_content(c, &st, from, ce + 1,
                                      left_quote || rest < se ? 1 : 2);
                    if (ok && rest < se && st.kind != DYAD_STMT_DIRECT) {
                        /* "Vice President Joe Biden, Rubio said, had been in
                         * the Senate for “a thousand years”": the clause
                         * goes on after the attribution */
                        uint32_t re = content_end(c, &m, rest, se), ra = rest;
                        trim_content(c, &ra, &re);
                        if (ra < re) {
                            add_frag(&st, tok_span(c, ra, re));
                            if (quote_between(c, ra, re))
                                st.kind = DYAD_STMT_MIXED;
                        }
                    } else if (ok) {
                        /* addressee in a trailing attribution: "told reporters" */
                        if ((m.flags & DYAD_CUE_ADDRESSEE) && np_right(c, after, se, true, &na, &nb)) {
                            st.has_addressee = true;
                            st.addressee_span = tok_span(c, na, nb);
                        }
                        add_second_fragment(c, &st, after, se);
                    }
                } else if (na == ss && only_adverbial_until(c, after, se) && !quote_between(c, after, se) &&
                           prev_quote(c, s, &st))
                    ok = true; /* “Why …?” Vitter demanded. — but "He added, “…”" leads */
                else
                    ok = try_leading(c, &st, &m, se);
            } else if (!left && i > ss + 1 && (tok_is(c, i - 1, "and") || tok_is(c, i - 1, "but")) &&
                       (same = statement_in_sentence(c, s)) >= 0 && c->out->items[same].has_speaker &&
                       c->out->items[same].span.end <= c->tk[i - 1].span.start) {
                /* a second reporting verb of the same subject: "The
                 * senator told the panel that … and warned that …" */
                st.has_speaker = true;
                st.speaker_span = c->out->items[same].speaker_span;
                ok = try_leading(c, &st, &m, se);
            } else if (!left && i > ss + 1 && (tok_is(c, i - 1, "and") || tok_is(c, i - 1, "but")) &&
                       statement_in_sentence(c, s) < 0 &&
                       np_right(c, subject_start(c, ss, i), i, false, &na, &nb) && nb < i - 1 &&
                       (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_DET | DYAD_FW_PRON)))) {
                /* the sentence's subject, through a first verb: "Donald
                 * Trump bemoaned the unrest and said he thought …" */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                ok = try_leading(c, &st, &m, se);
            } else if (!left && i > ss + 2 && (fw(c, i - 1) & DYAD_FW_PREP) && tok_is(c, i - 1, "to") &&
                       !is_participle(c, i) &&
                       statement_in_sentence(c, s) < 0 && (verb = subject_verb(c, subject_start(c, ss, i), i - 1)) > 0 &&
                       np_right(c, subject_start(c, ss, i), verb, false, &na, &nb) && nb == verb &&
                       (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_DET | DYAD_FW_PRON))) &&
                       !(fw(c, na) & (DYAD_FW_SUB | DYAD_FW_EXPL)) && !tok_is(c, na, "it") &&
                       infinitive_of_subject(c, verb, i - 1)) {
                /* an infinitive of the subject's: "He went on to call Cruz
                 * “the worst politician in Texas”", "Other leaders used
                 * blunt language to denounce what Turnbull called …" */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
                ok = try_leading(c, &st, &m, se);
            } else if (!left || i == ss || (is_participle(c, i) && punct_char(c, i - 1) == ',')) {
                /* inverted: "…,” said Kirby." or participle "…, saying …" */
                bool before_comma = i > ss && (punct_char(c, i - 1) == ',' || c->tk[i - 1].cls == DYAD_TOK_QUOTE_CLOSE);
                const char *w = c->doc->text + c->tk[i].span.end - 3;
                bool participle = c->tk[i].span.end - c->tk[i].span.start > 4 && memcmp(w, "ing", 3) == 0;
                /* "…, saying" and "he began by saying" */
                /* … and "looping the streets while chanting, “Hands
                 * up, don't shoot.”": a subordinator before it */
                bool after_prep = i > ss && c->tk[i - 1].cls == DYAD_TOK_WORD &&
                                  ((fw(c, i - 1) & DYAD_FW_PREP) ||
                                   ((fw(c, i - 1) & DYAD_FW_SUB) && !(fw(c, i - 1) & DYAD_FW_PRON))) &&
                                  !is_cap(&c->tk[i - 1]);
                if (participle && (before_comma || after_prep)) {
                    /* "…,” he said, adding that …": the speaker of the
                     * statement just made in this sentence, else the
                     * sentence's subject */
                    int prev = -1;
                    for (size_t k = c->out->n; k > 0 && prev < 0; k--)
                        if (c->out->items[k - 1].sent == s && c->out->items[k - 1].has_speaker)
                            prev = (int)k - 1;
                    /* … unless its speaker is a relative clause's: in
                     * "Trump was defensive when forced to defend not paying
                     * an architect who said he was stiffed …, saying, “…”"
                     * the subject speaks */
                    if (prev >= 0) {
                        uint32_t rt = tok_at(c, c->out->items[prev].speaker_span.start);
                        if (rt < se && (tok_is(c, rt, "who") || tok_is(c, rt, "which")) && rt > ss &&
                            punct_char(c, rt - 1) != ',')
                            prev = -1;
                    }
                    if (prev >= 0) {
                        st.has_speaker = true;
                        st.speaker_span = c->out->items[prev].speaker_span;
                    } else {
                        if (!np_right(c, subject_start(c, ss, i), se, false, &na, &nb) || nb > i ||
                            ((fw(c, na) & (DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_PREP | DYAD_FW_ADV | DYAD_FW_AUX)) &&
                             !(fw(c, na) & DYAD_FW_PRON))) {
                            /* "When he returned he began by saying, “…”":
                             * the subject right before the verb */
                            if (!(after_prep && i >= ss + 3 && plain_lower_word(c, i - 2) &&
                                  np_left(c, i - 2, ss, &na, &nb) && nb == i - 2 &&
                                  ((fw(c, na) & DYAD_FW_PRON) || is_cap(&c->tk[na])) && !(fw(c, na) & DYAD_FW_SUB)))
                                continue;
                        }
                        st.has_speaker = true;
                        st.speaker_span = tok_span(c, na, nb);
                    }
                    ok = try_leading(c, &st, &m, se);
                } else if (i == ss && np_right(c, after, se, true, &na, &nb) && only_adverbial_until(c, nb, se) &&
                           prev_quote(c, s, &st)) {
                    st.has_speaker = true; /* “…?” asked Vitter. */
                    st.speaker_span = tok_span(c, na, nb);
                    ok = true;
                } else if (before_comma && !(m.flags & DYAD_CUE_ADDRESSEE) && np_right(c, after, se, true, &na, &nb) &&
                           !clause_follows(c, nb, se)) {
                    /* "told reporters" never inverts: its object hears */
                    st.has_speaker = true;
                    st.speaker_span = tok_span(c, na, nb);
                    /* "“Meh,” wrote a Trump supporter": one word does in marks */
                    ok = fill_content(c, &st, claimed_to, i, c->tk[i - 1].cls == DYAD_TOK_QUOTE_CLOSE ? 1 : 2);
                    if (ok)
                        add_second_fragment(c, &st, nb, se);
                } else if (i == ss && is_cap(&c->tk[i]) && np_right(c, after, se, true, &na, &nb) &&
                           is_cap(&c->tk[na])) {
                    /* "Said Dorothy Poynter, who grew up with Ali in the
                     * neighborhood, “We were all so proud of him.”": the
                     * quotation after the phrase and a comma */
                    for (uint32_t k = nb; k < se && k < nb + 24; k++) {
                        if (c->tk[k].cls != DYAD_TOK_QUOTE_OPEN)
                            continue;
                        int qi = quote_opening_at(c, k);
                        if (qi >= 0 && punct_char(c, k - 1) == ',' && c->quotes.items[qi].stmt < 0) {
                            st.has_speaker = true;
                            st.speaker_span = tok_span(c, na, nb);
                            ok = fill_content(c, &st, k, se, 1);
                        }
                        break;
                    }
                }
            }
        }
        if (ok && st.has_speaker && st.n_frags == 1)
            end_relative_content(c, &st);
        if (!ok && st.has_speaker) {
            int items = colon_list_items(c, &st, s, after, se);
            if (items < 0)
                return -1;
        }
        if (!ok)
            continue;
        int idx = add_statement(c, &st);
        if (idx < 0)
            return -1;
        claim_quotes(c, idx, c->out->items[idx].span);
        for (uint8_t f = 1; f < c->out->items[idx].n_frags; f++)
            claim_quotes(c, idx, c->out->items[idx].frags[f]);
        /* the rest of the sentence up to the content's end is taken */
        while (claimed_to < se && c->tk[claimed_to].span.start < c->out->items[idx].span.end)
            claimed_to++;
        if (c->tk[i].span.start > c->out->items[idx].span.end && claimed_to <= i)
            claimed_to = i + 1;
    }
    return 0;
}

/* The verb of the subject that opens at token `from`, before `to`: the
 * first -ed/-ing word, or the first plain lower-case word right after a
 * name or a pronoun ("He went on to call …", "Other leaders used blunt
 * language to denounce …").  0 when none. */
static uint32_t subject_verb(const ctx *c, uint32_t from, uint32_t to)
{
    for (uint32_t k = from + 1; k < to && k < from + 12; k++) {
        if (c->tk[k].cls != DYAD_TOK_WORD || is_cap(&c->tk[k]))
            continue;
        if (fw(c, k))
            continue;
        if (looks_verb(c, k) || (c->tk[k - 1].cls == DYAD_TOK_WORD && plain_lower_word(c, k) &&
                                 (is_cap(&c->tk[k - 1]) || (fw(c, k - 1) & DYAD_FW_PRON))))
            return k;
    }
    return 0;
}

/* Does a quotation open after the cue ending before token `after`, past
 * at most a short adverbial and a comma?  "O'Neill said, “Not going to go
 * into that.”", "Stevie Wonder, who joked of the museum, ''I haven't seen
 * it yet''" */
static bool quote_after_adverbial(const ctx *c, uint32_t after, uint32_t se)
{
    for (uint32_t k = after; k + 1 < se && k < after + 7; k++) {
        if (punct_char(c, k) == ',')
            return quote_opening_at(c, k + 1) >= 0;
        if (c->tk[k].cls != DYAD_TOK_WORD && c->tk[k].cls != DYAD_TOK_NUMBER && c->tk[k].cls != DYAD_TOK_APOSTROPHE)
            return false;
        if (tok_is(c, k, "that") || is_cue_tok(c, k, se))
            return false;
    }
    return false;
}

/* Are tokens [from, se) at most a short adverbial before the sentence
 * ends ("… as Obama said on Monday.")?  No comma or quotation. */
static bool ends_sentence_soon(const ctx *c, uint32_t from, uint32_t se)
{
    int words = 0;
    for (uint32_t k = from; k < se; k++) {
        if (punct_char(c, k) == ',' || c->tk[k].cls == DYAD_TOK_QUOTE_OPEN || c->tk[k].cls == DYAD_TOK_DASH ||
            punct_char(c, k) == ':' || punct_char(c, k) == ';')
            return false;
        words += is_word(&c->tk[k]);
    }
    return words <= 6;
}

/* ", as X said" after a clause (X's phrase opens at token na): where the
 * clause opens — after the comma before it when the words from there
 * hold a quotation ("…, in large part because …, the requirement is a
 * “lawful source of investment income,” as a memo put it"), else at
 * `from`.  0 when na is not after ", as". */
static uint32_t as_aside_clause(const ctx *c, uint32_t from, uint32_t na)
{
    if (na < from + 3 || !(fw(c, na - 1) & DYAD_FW_SUB) || !tok_is(c, na - 1, "as") || is_cap(&c->tk[na - 1]))
        return 0;
    uint32_t k = na - 2; /* the comma, or the closing mark after it */
    if (!(punct_char(c, k) == ',' || (c->tk[k].cls == DYAD_TOK_QUOTE_CLOSE && k > from && punct_char(c, k - 1) == ',')))
        return 0;
    for (uint32_t j = k; j > from; j--)
        if (c->tk[j - 1].quote_depth == 0 && punct_char(c, j - 1) == ',' && j - 1 < k)
            return words_between(c, j, k) >= 3 && quote_between(c, j, k) ? j : from;
    return from;
}

/* Do tokens [v, to) read as the subject's verb and its complement up to
 * an infinitive ("went on", "used particularly blunt language", "took to
 * Twitter"): words only, no comma, clause word, quotation or cue? */
static bool infinitive_of_subject(const ctx *c, uint32_t v, uint32_t to)
{
    if (to - v > 8)
        return false;
    for (uint32_t k = v; k < to; k++)
        if (c->tk[k].cls != DYAD_TOK_WORD || (fw(c, k) & (DYAD_FW_SUB | DYAD_FW_CONJ | DYAD_FW_PRON)) ||
            is_cue_tok(c, k, to))
            return false;
    return true;
}

/* The end of paragraph p's tokens. */
static uint32_t para_tok_end(const ctx *c, uint32_t p) { return c->para_end[p]; }

/* Is sentence s nothing but quotation q (and punctuation)? */
static bool sentence_is_quote(const ctx *c, const dyad_quote *q)
{
    const dyad_sentence *s = &c->doc->sents[q->sent];
    if (s->tok_first != q->open)
        return false;
    if (!q->closed)
        return true;
    for (uint32_t i = q->close + 1; i < s->tok_end; i++)
        if (is_word(&c->tk[i]))
            return false;
    return true;
}

/* Does quotation q open its sentence and end it but for a short
 * prepositional phrase: "''It's basically just a tax increase'' for the
 * top income bracket."?  Then it stands as a sentence of its own. */
static bool quote_then_phrase(const ctx *c, const dyad_quote *q)
{
    const dyad_sentence *s = &c->doc->sents[q->sent_last];
    uint32_t k = q->close + 1;
    if (!q->closed || c->doc->sents[q->sent].tok_first != q->open || k >= s->tok_end ||
        c->tk[k].cls != DYAD_TOK_WORD || is_cap(&c->tk[k]) ||
        !((fw(c, k) & DYAD_FW_PREP) || tok_is(c, k, "for") || tok_is(c, k, "of")))
        return false;
    int words = 0;
    for (uint32_t i = k + 1; i < s->tok_end; i++) {
        if (c->tk[i].cls == DYAD_TOK_QUOTE_OPEN || (fw(c, i) & (DYAD_FW_AUX | DYAD_FW_SUB)) || looks_verb(c, i) ||
            ++words > 6)
            return false;
        if (c->tk[i].cls == DYAD_TOK_WORD && is_verb_cue_tok(c, i, s->tok_end))
            return false;
    }
    return true;
}

/* Does statement y have x's speaker: the same span, or a relative
 * "who" right after it ("“…,” said Mr. Ekovich, who noted that …")? */
static bool same_speaker(const ctx *c, const dyad_statement *x, const dyad_statement *y)
{
    if (!x->has_speaker || !y->has_speaker)
        return false;
    if (x->speaker_span.start == y->speaker_span.start && x->speaker_span.end == y->speaker_span.end)
        return true;
    uint32_t t = tok_at(c, y->speaker_span.start);
    return y->speaker_span.start > x->speaker_span.end && y->speaker_span.start - x->speaker_span.end <= 3 &&
           t < c->doc->n_toks && (tok_is(c, t, "who") || tok_is(c, t, "which"));
}

/* Is quotation q the main clause of its sentence, after an opening
 * subordinate clause or phrase and a comma, or after one connective
 * word, ending the sentence:
 * "Unless further rivals quit the race, “it's very difficult to see how
 * he is stopped.”", "For African-Americans, on the other hand, “you
 * don't take job growth for granted.”"?  No cue stands before it (a cue
 * would have claimed it). */
static bool opener_then_quote(const ctx *c, const dyad_quote *q)
{
    const dyad_sentence *s = &c->doc->sents[q->sent];
    uint32_t a = s->tok_first;
    /* one connective word first: "Still, “we have work to do …”",
     * "But “Donald Trump's candidacy is strengthened …”" */
    uint32_t o = a + 1;
    if (o < q->open && punct_char(c, o) == ',')
        o++;
    if (q->closed && q->sent == q->sent_last && q->open == o && q->words >= 3 && c->tk[a].cls == DYAD_TOK_WORD &&
        (fw(c, a) & (DYAD_FW_ADV | DYAD_FW_CONJ)) && !(fw(c, a) & (DYAD_FW_PRON | DYAD_FW_DET | DYAD_FW_AUX))) {
        bool rest = false;
        for (uint32_t i = q->close + 1; i < s->tok_end && !rest; i++)
            rest = is_word(&c->tk[i]);
        if (!rest)
            return true;
    }
    if (!q->closed || q->sent != q->sent_last || q->open < a + 3 || punct_char(c, q->open - 1) != ',' ||
        c->tk[a].cls != DYAD_TOK_WORD || !(fw(c, a) & (DYAD_FW_SUB | DYAD_FW_PREP)) || (fw(c, a) & DYAD_FW_PRON))
        return false;
    for (uint32_t i = q->close + 1; i < s->tok_end; i++)
        if (is_word(&c->tk[i]))
            return false;
    /* "To alert the police, the message continues, “please hold …”": a
     * subject and its verb set off before the quotation speak it */
    uint32_t k = q->open - 1;
    while (k > a && punct_char(c, k - 1) != ',')
        k--;
    if (k > a && c->tk[k].cls == DYAD_TOK_WORD &&
        (is_cap(&c->tk[k]) || ((fw(c, k) & (DYAD_FW_DET | DYAD_FW_PRON)) && !(fw(c, k) & DYAD_FW_SUB))))
        return false;
    const dyad_token *first = &c->tk[q->inner_first];
    return q->inner_first < q->inner_end && first->cls == DYAD_TOK_WORD && !is_cap(first) && q->words >= 3;
}

/* The statement of the sentence before sentence s (same or previous
 * paragraph), if any. */
static int statement_of_sentence(const ctx *c, size_t s)
{
    for (size_t k = c->out->n; k > 0; k--)
        if (c->out->items[k - 1].sent == s)
            return (int)k - 1;
    return -1;
}

/* The latest statement with a speaker that ends before quotation q, in
 * q's paragraph or the one before; -1 when none. */
static int last_speaker_before(const ctx *c, const dyad_quote *q, uint32_t para)
{
    int best = -1;
    /* statements are appended in text order except orphans: look back a
     * bounded distance so a document of 10,000 quotations stays linear */
    size_t from = c->out->n > 64 ? c->out->n - 64 : 0;
    for (size_t k = from; k < c->out->n; k++) {
        const dyad_statement *st = &c->out->items[k];
        uint32_t sp = c->doc->sents[st->sent].para;
        if (!st->has_speaker || st->span.end > q->span.start || sp + 1 < para || sp > para)
            continue;
        if (st->kind == DYAD_STMT_INDIRECT && sp != para)
            continue;
        if (best < 0 || st->span.end > c->out->items[best].span.end)
            best = (int)k;
    }
    return best;
}

/* A lower-case word that can be a verb of an attribution: no function
 * word, no "-ly" adverb. */
static bool plain_lower_word(const ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    return t->cls == DYAD_TOK_WORD && !is_cap(t) && !fw(c, i) && !is_ly_adverb(c, i) && t->span.end - t->span.start >= 3;
}

/* A quotation whose last word is followed by a comma, '?' or '!' inside
 * the marks goes on with its attribution, whatever the verb: "“Go back
 * to Univision,” Trump barked", "“…,” scoffed Arianna Gil, 22", "“…,”
 * Trump, the party's front-runner, told the crowd".  [*a, *b) is the
 * speaker. */
static bool speaker_after_quote(const ctx *c, const dyad_quote *q, uint32_t *a, uint32_t *b)
{
    if (!q->closed || q->inner_end <= q->inner_first)
        return false;
    char p = punct_char(c, q->inner_end - 1);
    if (p != ',' && p != '?' && p != '!')
        return false;
    uint32_t t = q->close + 1, lim = para_tok_end(c, c->doc->sents[q->sent_last].para);
    if (t >= lim)
        return false;
    /* verb, then the speaker */
    if (plain_lower_word(c, t) && t + 1 < lim && np_right(c, t + 1, lim, true, a, b) &&
        (is_cap(&c->tk[*a]) || (fw(c, *a) & DYAD_FW_DET)) && !(fw(c, *a) & DYAD_FW_PRON))
        return true;
    /* the speaker, an appositive perhaps, then a verb */
    if (!np_right(c, t, lim, false, a, b) || !(is_cap(&c->tk[*a]) || (fw(c, *a) & (DYAD_FW_DET | DYAD_FW_PRON))))
        return false;
    uint32_t v = *b;
    /* "the editorial read": a verb no list names ends the phrase */
    if ((v >= lim || !plain_lower_word(c, v)) && *b - *a >= 2 && plain_lower_word(c, *b - 1) &&
        (is_cap(&c->tk[*a]) || (fw(c, *a) & DYAD_FW_DET)) &&
        (v >= lim || c->tk[v].cls != DYAD_TOK_WORD)) {
        (*b)--;
        return true;
    }
    if (v < lim && punct_char(c, v) == ',') {
        /* an appositive with commas of its own: "''…,'' Mr. Daniloff,
         * now 81 and retired in Cambridge, Mass., said by telephone" —
         * up to three commas, the verb after the last */
        uint32_t k = v + 1, commas = 0;
        while (k < lim && k < v + 30) {
            if (c->tk[k].cls == DYAD_TOK_QUOTE_OPEN || punct_char(c, k) == '.')
                return false;
            if (punct_char(c, k) == ',') {
                uint32_t w = k + 1;
                while (w < lim && (is_ly_adverb(c, w) || (fw(c, w) & DYAD_FW_ADV)))
                    w++;
                if (w < lim && plain_lower_word(c, w))
                    return true;
                if (++commas == 3)
                    return false;
            }
            k++;
        }
        return false;
    }
    while (v < lim && (is_ly_adverb(c, v) || (fw(c, v) & DYAD_FW_ADV)))
        v++;
    return v < lim && plain_lower_word(c, v);
}

/* Is there a reporting verb among the n tokens from `from` (before
 * `end`): "said as he introduced …", "went on to say, “…”"? */
static bool cue_within(const ctx *c, uint32_t from, uint32_t end, uint32_t n)
{
    for (uint32_t k = from; k < end && k < from + n; k++)
        if (c->tk[k].cls == DYAD_TOK_WORD && is_verb_cue_tok(c, k, end))
            return true;
    return false;
}

/* After a subject, an aside set off by commas and then a lower-case
 * verb, before token `end`: "O'Malley, who signed sweeping gun laws as
 * governor, interjected to say: “…”", "Sen. Bernie Sanders (Vt.), who
 * lost the primaries, identified …".  k is the token after the
 * subject. */
static bool verb_after_aside(const ctx *c, uint32_t k, uint32_t end)
{
    if (k < end && punct_char(c, k) == '(') { /* "Sen. Bernie Sanders (Vt.), who …," */
        uint32_t j = k + 1;
        while (j < end && j < k + 8 && punct_char(c, j) != ')')
            j++;
        if (j >= end || punct_char(c, j) != ')')
            return false;
        k = j + 1;
        if (k < end && plain_lower_word(c, k))
            return true;
    }
    if (k >= end || punct_char(c, k) != ',')
        return false;
    for (uint32_t j = k + 1; j < end && j < k + 24; j++) {
        const dyad_token *t = &c->tk[j];
        if (t->cls == DYAD_TOK_QUOTE_OPEN || t->quote_depth > 0 || punct_char(c, j) == '.' || punct_char(c, j) == ';')
            return false;
        if (punct_char(c, j) == ',')
            return j + 1 < end && j > k + 2 && plain_lower_word(c, j + 1);
    }
    return false;
}

/* Does a mixed statement's content end with a quotation: "Biden “has a
 * lot of roles to play,” said Doyle."?  Then a quotation right after it
 * goes on with it. */
static bool ends_with_quote(const ctx *c, const dyad_statement *st)
{
    if (st->kind != DYAD_STMT_MIXED || st->n_frags != 1)
        return false;
    uint32_t t = tok_at(c, st->span.end);
    return t > 0 && c->tk[t - 1].cls == DYAD_TOK_QUOTE_CLOSE && c->tk[t - 1].span.end == st->span.end;
}

/* Is quotation q the title of a work rather than words spoken: after a
 * noun of a work ("his 2005 book ''TrumpNation: The Art of Being the
 * Donald''"), or before its author ("“The Living Room to close,” by Ben
 * Sisario")? */
static bool names_a_work(const ctx *c, const dyad_quote *q)
{
    if (q->closed) {
        uint32_t k = q->close + 1;
        if (k < c->doc->n_toks && punct_char(c, k) == ',')
            k++;
        if (k < c->doc->n_toks && tok_is(c, k, "by") && !is_cap(&c->tk[k]))
            return true;
    }
    uint32_t p = q->open;
    if (p > 0 && punct_char(c, p - 1) == ',')
        p--;
    return p > 0 && c->tk[p - 1].cls == DYAD_TOK_WORD && !is_cap(&c->tk[p - 1]) && in_word_class(c, p - 1, DYAD_SW_WORK);
}

/* Quotations no cue claimed. */
static int orphan_quotes(ctx *c)
{
    for (size_t qi = 0; qi < c->quotes.n; qi++) {
        dyad_quote *q = &c->quotes.items[qi];
        if (q->stmt >= 0 || !q->clause)
            continue;
        if (names_a_work(c, q))
            continue;
        bool whole = sentence_is_quote(c, q) || opener_then_quote(c, q) || quote_then_phrase(c, q);
        size_t s = q->sent;
        const dyad_sentence *sent = &c->doc->sents[s];
        int prev = s > 0 ? statement_of_sentence(c, s - 1) : -1;
        /* a quotation that already went on an earlier statement */
        if (prev < 0 && qi > 0 && c->quotes.items[qi - 1].stmt >= 0 && c->quotes.items[qi - 1].sent_last + 1 == s)
            prev = c->quotes.items[qi - 1].stmt;
        /* "“A,” she said, adding that … “B.”": the quotation goes on with
         * the direct statement, not with the indirect one after it — nor
         * with a mixed one of the same speaker ("“It's pretty cool working
         * there,” she said, describing how she puts together “tubular
         * mixers.” “And when you do it …”") */
        if (prev > 0 && c->out->items[prev - 1].sent == c->out->items[prev].sent &&
            c->out->items[prev - 1].kind == DYAD_STMT_DIRECT && c->out->items[prev - 1].has_speaker &&
            (c->out->items[prev].kind == DYAD_STMT_INDIRECT ||
             (c->out->items[prev].kind == DYAD_STMT_MIXED &&
              same_speaker(c, &c->out->items[prev - 1], &c->out->items[prev]))))
            prev = prev - 1;
        const dyad_sentence *ps = s > 0 ? &c->doc->sents[s - 1] : NULL;
        bool same_para = ps && ps->para == sent->para;
        bool adjacent_para = ps && ps->para + 1 == sent->para;
        dyad_statement st;
        memset(&st, 0, sizeof st);
        st.sent = (uint32_t)s;
        st.carried_from = -1;
        st.speaker_actor = -1;
        st.kind = DYAD_STMT_DIRECT;
        st.span = q->span;
        st.frags[0] = q->span;
        st.n_frags = 1;
        /* a paragraph that is one quotation, after a paragraph ending
         * with a quotation and its speaker, goes on with that statement:
         *   “Ted Cruz is the best candidate,” Viguerie says.
         *   “He is what we have waited for.” */
        bool whole_para = whole && adjacent_para && q->open == c->doc->sents[s].tok_first &&
                          (q->sent_last + 1 >= c->doc->n_sents || c->doc->sents[q->sent_last + 1].para != sent->para);
        if (whole && prev >= 0 && (same_para || whole_para) && c->out->items[prev].has_speaker &&
            (c->out->items[prev].kind == DYAD_STMT_DIRECT || ends_with_quote(c, &c->out->items[prev]))) {
            /* “A,” said Caddell. “B.” — the same statement goes on */
            add_frag(&c->out->items[prev], q->span);
            q->stmt = prev;
            continue;
        }
        /* "She then addressed the crowd again: “Here is what I regret.”":
         * the subject of the sentence the colon ends; in a headline
         * ("Elizabeth Warren Hammers Wells Fargo CEO: ‘You Should Be …’")
         * the phrase before the colon */
        /* … and "Trump issued a statement, “Last night, our nation …”" */
        bool colon = q->open > sent->tok_first && punct_char(c, q->open - 1) == ':';
        if (!colon && q->open > sent->tok_first + 2 && punct_char(c, q->open - 1) == ',' &&
            in_word_class(c, q->open - 2, DYAD_SW_STATEMENT_NOUN))
            colon = true;
        if (colon) {
            uint32_t na, nb, from = subject_start(c, sent->tok_first, q->open - 1);
            bool title = c->doc->paras[sent->para].kind == DYAD_PARA_TITLE;
            if (!title && np_right(c, from, q->open - 1, false, &na, &nb) &&
                (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET))) && !(fw(c, na) & DYAD_FW_SUB) &&
                (nb == q->open - 1 || (c->tk[nb].cls == DYAD_TOK_WORD && !is_cap(&c->tk[nb])) ||
                 verb_after_aside(c, nb, q->open - 1))) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            } else if (np_left(c, q->open - 1, sent->tok_first, &na, &nb) &&
                (is_cap(&c->tk[nb - 1]) || (fw(c, nb - 1) & DYAD_FW_PRON) ||
                 /* "Rep. Trey Gowdy (R-S.C.): “…”" */
                 (punct_char(c, nb - 1) == ')' && is_cap(&c->tk[na])))) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            }
        }
        /* “…” ― Pamela Padilla: a dash and a name after the quotation */
        if (!st.has_speaker && q->closed && q->close + 2 < c->doc->n_toks && c->tk[q->close + 1].cls == DYAD_TOK_DASH) {
            uint32_t na, nb, lim = para_tok_end(c, c->doc->sents[q->sent_last].para);
            if (q->close + 2 < lim && np_right(c, q->close + 2, lim, true, &na, &nb) && is_cap(&c->tk[nb - 1])) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            }
        }
        /* a quotation ending its paragraph, then a short paragraph of a
         * dash and a name: “…”  ¶  - Bernie Sanders. */
        if (!st.has_speaker && q->closed) {
            uint32_t para = c->doc->sents[q->sent_last].para, lim = para_tok_end(c, para), k = q->close + 1;
            while (k < lim && c->tk[k].cls == DYAD_TOK_PUNCT)
                k++;
            uint32_t na, nb;
            size_t s2 = q->sent_last + 1;
            while (s2 < c->doc->n_sents && c->doc->sents[s2].tok_end <= lim)
                s2++;
            if (k == lim && lim + 1 < c->doc->n_toks && c->tk[lim].cls == DYAD_TOK_DASH && s2 < c->doc->n_sents &&
                c->doc->sents[s2].tok_first == lim && c->doc->sents[s2].para == para + 1) {
                uint32_t next_end = para_tok_end(c, para + 1);
                if (next_end - lim <= 16 && np_right(c, lim + 1, next_end, true, &na, &nb) && is_cap(&c->tk[na]) &&
                    is_cap(&c->tk[nb - 1])) {
                    st.has_speaker = true;
                    st.speaker_span = tok_span(c, na, nb);
                }
            }
        }
        /* “Go back to Univision,” Trump barked. / “…,” scoffed Arianna
         * Gil: a verb no cue list names */
        if (!st.has_speaker) {
            uint32_t na, nb;
            if (speaker_after_quote(c, q, &na, &nb)) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            }
        }
        /* "Caddell continued:" then the quotation */
        if (!st.has_speaker && whole && ps && (same_para || adjacent_para)) {
            uint32_t last = ps->tok_end - 1;
            if (punct_char(c, last) == ':') {
                for (uint32_t i = ps->tok_first; i < last; i++) {
                    dyad_cue_match m;
                    uint32_t na, nb;
                    if (c->tk[i].quote_depth == 0 && dyad_cue_at(c->eng, c->doc, i, last, &m) &&
                        np_left(c, i, ps->tok_first, &na, &nb)) {
                        st.has_speaker = true;
                        st.speaker_span = tok_span(c, na, nb);
                        st.cue = m.lemma;
                        st.cue_span = tok_span(c, m.tok, m.tok + m.ntok);
                        st.cue_text = cue_text(c, st.cue_span);
                        st.sent = (uint32_t)(s - 1);
                        break;
                    }
                }
                /* "President Clinton released the following statement:",
                 * "He then listed the qualities a nominee needs:": the
                 * subject of the sentence the colon ends */
                uint32_t na, nb, from = subject_start(c, ps->tok_first, last);
                if (!st.has_speaker && np_right(c, from, last, false, &na, &nb) &&
                    (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET))) && !(fw(c, na) & DYAD_FW_SUB) &&
                    nb < last && c->tk[nb].cls == DYAD_TOK_WORD && !is_cap(&c->tk[nb])) {
                    st.has_speaker = true;
                    st.speaker_span = tok_span(c, na, nb);
                }
            } else if (punct_char(c, last) == '.' && statement_of_sentence(c, s - 1) < 0) {
                /* "Sam Lau, the party's spokesman, said in a statement.
                 * “There are no paper ballots to recount.”": a cue with
                 * only an adverbial after it, and no content of its own */
                for (uint32_t i = ps->tok_first; i < last; i++) {
                    dyad_cue_match m;
                    uint32_t na, nb;
                    if (c->tk[i].quote_depth == 0 && c->tk[i].cls == DYAD_TOK_WORD && !is_cap(&c->tk[i]) &&
                        dyad_cue_at(c->eng, c->doc, i, last, &m) && !(m.flags & (DYAD_CUE_NOUN | DYAD_CUE_PREP)) &&
                        only_adverbial_until(c, m.tok + m.ntok, last) && np_left(c, i, ps->tok_first, &na, &nb) &&
                        (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET)))) {
                        st.has_speaker = true;
                        st.speaker_span = tok_span(c, na, nb);
                        st.cue = m.lemma;
                        st.cue_span = tok_span(c, m.tok, m.tok + m.ntok);
                        st.cue_text = cue_text(c, st.cue_span);
                        break;
                    }
                }
            }
        }
        /* a quotation inside its sentence, after the sentence's subject
         * and verb, is the subject's: "Moore thanked him for “stepping up
         * and taking action when Congress won't.”" — not the last
         * speaker's */
        /* … and "Clinton said as he introduced his wife in Hudson,
         * “Finally, the dam broke …”": a reporting verb after the
         * subject, an adverbial clause, a comma */
        if (!st.has_speaker && q->open > sent->tok_first + 1 &&
            (c->tk[q->open - 1].cls == DYAD_TOK_WORD || punct_char(c, q->open - 1) == ',' ||
             punct_char(c, q->open - 1) == ':')) {
            uint32_t na, nb, from = subject_start(c, sent->tok_first, q->open);
            bool np = np_right(c, from, q->open, false, &na, &nb) && nb < q->open;
            /* "Sen. Ron Johnson, R-Wis., said in an op-ed piece before
             * a 2014 Senate hearing, “…”": an aside set off by commas
             * between the subject and its verb */
            uint32_t verb = nb;
            if (np && punct_char(c, nb) == ',' && is_cap(&c->tk[na]) && verb_after_aside(c, nb, q->open)) {
                verb = nb + 1;
                while (verb < q->open && punct_char(c, verb) != ',')
                    verb++;
                verb++;
            }
            if (np && verb < q->open && plain_lower_word(c, verb) &&
                (c->tk[q->open - 1].cls == DYAD_TOK_WORD || cue_within(c, verb, q->open, 4)) &&
                (is_cap(&c->tk[na]) || (fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET))) &&
                !((fw(c, na) & DYAD_FW_SUB) && !(fw(c, na) & DYAD_FW_PRON))) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            }
        }
        /* a quotation after a sentence of the same paragraph that made no
         * statement: that sentence's subject ("On “Face the Nation,” Sen.
         * Bernie Sanders identified young voters' exhaustion … “The
         * younger people are …”"), not a speaker from further back */
        if (!st.has_speaker && whole && ps && same_para && statement_of_sentence(c, s - 1) < 0) {
            uint32_t na, nb, from = subject_start(c, ps->tok_first, ps->tok_end), reach;
            /* its reporting verb's subject, when it has one that took no
             * content: "His former business partner at Lenox, Lawrence
             * B. Cummings, called him a master at bolting together deals.
             * “He showed again and again …”" */
            for (uint32_t i = from + 1; i < ps->tok_end && !st.has_speaker; i++)
                if (c->tk[i].cls == DYAD_TOK_WORD && c->tk[i].quote_depth == 0 && !is_cap(&c->tk[i]) &&
                    !(fw(c, i) & (DYAD_FW_DET | DYAD_FW_PREP | DYAD_FW_SUB)) && is_verb_cue_tok(c, i, ps->tok_end)) {
                    if (np_left_subject(c, i, from, &na, &nb, &reach) && reach + 2 >= i &&
                        (is_cap(&c->tk[na]) || ((fw(c, na) & (DYAD_FW_PRON | DYAD_FW_DET)) && !(fw(c, na) & DYAD_FW_SUB)))) {
                        st.has_speaker = true;
                        st.speaker_span = tok_span(c, na, nb);
                    }
                    break;
                }
            if (!st.has_speaker && np_right(c, from, ps->tok_end, false, &na, &nb) && nb < ps->tok_end &&
                is_cap(&c->tk[na]) &&
                !(fw(c, na) & (DYAD_FW_SUB | DYAD_FW_DET | DYAD_FW_PREP | DYAD_FW_CONJ | DYAD_FW_ADV)) &&
                (plain_lower_word(c, nb) || verb_after_aside(c, nb, ps->tok_end))) {
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            } else if (!st.has_speaker && from > ps->tok_first + 1 &&
                       (tok_is(c, from, "who") || tok_is(c, from, "whose")) &&
                       punct_char(c, from - 1) == ',' && np_left(c, from - 1, ps->tok_first, &na, &nb) &&
                       is_cap(&c->tk[na]) && verb_after_aside(c, from - 1, ps->tok_end)) {
                /* "Sen. Bernie Sanders (Vt.), who lost the primaries to
                 * Clinton, identified …": the name before the clause */
                st.has_speaker = true;
                st.speaker_span = tok_span(c, na, nb);
            }
        }
        /* otherwise the last speaker quoted, in this paragraph or the one
         * before: “You went on television to blame …” workers. */
        if (!st.has_speaker) {
            int last = last_speaker_before(c, q, sent->para);
            if (last >= 0) {
                st.has_speaker = true;
                st.speaker_span = c->out->items[last].speaker_span;
                st.cue = c->out->items[last].cue;
                st.cue_text = c->out->items[last].cue_text;
                st.carried_from = last;
            }
        }
        /* a whole sentence in marks that nobody is said to have said —
         * no speaker in or around it, none quoted just before: an
         * epigraph, a slogan on a paragraph of its own, a pasted
         * excerpt ("''The economy, stupid.''" under "FULL TEXT."), no
         * statement */
        if (!st.has_speaker && whole)
            continue;
        int idx = add_statement(c, &st);
        if (idx < 0)
            return -1;
        q->stmt = idx;
    }
    return 0;
}

/* A quoted label after "as" that no cue claimed: "Trump openly admires
 * Russian President Vladimir Putin as a “strong leader,”", "Reid has been
 * pounding Trump as a “con artist”", "PolitiFact rated 32% of Republican
 * claims as “false”".  Characterising someone "as" a quoted label is the
 * subject's judgement: a mixed statement from after the subject's verb to
 * the label, the subject speaking. */
static int label_after_as(ctx *c)
{
    for (size_t qi = 0; qi < c->quotes.n; qi++) {
        dyad_quote *q = &c->quotes.items[qi];
        if (q->stmt >= 0 || q->clause || !q->closed || q->words == 0 || q->sent != q->sent_last)
            continue;
        const dyad_sentence *sent = &c->doc->sents[q->sent];
        uint32_t ss = sent->tok_first, k = q->open;
        if (c->doc->paras[sent->para].kind != DYAD_PARA_BODY || k < ss + 4)
            continue;
        if (fw(c, k - 1) & DYAD_FW_DET)
            k--;
        if (!tok_is(c, k - 1, "as") || is_cap(&c->tk[k - 1]))
            continue;
        uint32_t na, nb, from = subject_start(c, ss, k - 1);
        if (!np_right(c, from, k - 1, false, &na, &nb) || nb >= k - 2 ||
            !(is_cap(&c->tk[na]) || ((fw(c, na) & DYAD_FW_PRON) && !(fw(c, na) & DYAD_FW_SUB))))
            continue;
        /* auxiliaries and adverbs, then the verb: "has been steadily
         * pounding", "openly admires" */
        uint32_t v = nb;
        while (v < k - 2 && c->tk[v].cls == DYAD_TOK_WORD && !is_cap(&c->tk[v]) &&
               ((fw(c, v) & (DYAD_FW_AUX | DYAD_FW_ADV)) || is_ly_adverb(c, v)) && !(fw(c, v) & DYAD_FW_PRON))
            v++;
        if (!plain_lower_word(c, v) || v + 1 >= k - 1)
            continue;
        bool clean = true; /* one clause: no mark, colon, or other quotation */
        for (uint32_t j = v + 1; j < k - 1 && clean; j++)
            clean = c->tk[j].quote_depth == 0 && c->tk[j].cls != DYAD_TOK_QUOTE_OPEN && punct_char(c, j) != ':' &&
                    punct_char(c, j) != ';' && punct_char(c, j) != ',' && j < v + 14;
        if (!clean)
            continue;
        dyad_statement st;
        memset(&st, 0, sizeof st);
        st.sent = q->sent;
        st.carried_from = -1;
        st.speaker_actor = -1;
        if (!fill_content(c, &st, v + 1, label_end(c, q->close + 1, sent->tok_end), 2) ||
            st.kind != DYAD_STMT_MIXED)
            continue;
        st.has_speaker = true;
        st.speaker_span = tok_span(c, na, nb);
        int idx = add_statement(c, &st);
        if (idx < 0)
            return -1;
        q->stmt = idx;
        claim_quotes(c, idx, st.span);
    }
    return 0;
}

/* Headline quotations: "The White House pushes to do “everything we can”":
 * a partial quotation whose speaker is the headline's subject. */
static int headline_partials(ctx *c)
{
    for (size_t qi = 0; qi < c->quotes.n; qi++) {
        dyad_quote *q = &c->quotes.items[qi];
        if (q->stmt >= 0 || q->clause)
            continue;
        const dyad_sentence *sent = &c->doc->sents[q->sent];
        if (c->doc->paras[sent->para].kind != DYAD_PARA_TITLE || q->words == 0)
            continue;
        /* a Title Case headline ("Black Lawmakers Rip Trump As A ‘Fraud’")
         * cannot be parsed for its subject, and its quotes are as often
         * names as words spoken */
        int caps = 0, words = 0;
        for (uint32_t i = sent->tok_first; i < sent->tok_end; i++)
            if (c->tk[i].cls == DYAD_TOK_WORD && c->tk[i].quote_depth == 0) {
                words++;
                caps += is_cap(&c->tk[i]);
            }
        if (words >= 4 && caps * 10 >= words * 6)
            continue;
        /* what was said ends the headline ("Trump delivers defense of
         * ‘New York values.’") or is the object of a verb ("pushes to do
         * “everything we can” to get hostages out"); a quoted word before
         * a noun, after a determiner or preposition, or opening the
         * headline labels something ("Donald Trump, ‘loser’ supporters",
         * "For GOP, a ‘golden opportunity’ to …", "‘SNL’ has fun") */
        if (!q->closed || q->open == sent->tok_first)
            continue;
        bool ends = true;
        for (uint32_t k = q->close + 1; k < sent->tok_end && ends; k++)
            ends = !is_word(&c->tk[k]);
        uint32_t nx = q->close + 1, pv = q->open - 1;
        if (!ends && (c->tk[pv].cls != DYAD_TOK_WORD || is_cap(&c->tk[pv]) ||
                      (fw(c, pv) & (DYAD_FW_DET | DYAD_FW_PREP)) ||
                      (nx < sent->tok_end && c->tk[nx].cls == DYAD_TOK_WORD && !fw(c, nx))))
            continue;
        dyad_statement st;
        memset(&st, 0, sizeof st);
        st.kind = DYAD_STMT_PARTIAL;
        st.span = q->span;
        st.frags[0] = q->span;
        st.n_frags = 1;
        st.sent = q->sent;
        st.carried_from = -1;
        st.speaker_actor = -1;
        uint32_t na, nb;
        if (sent->tok_first < q->open && np_right(c, sent->tok_first, q->open, false, &na, &nb) &&
            (is_cap(&c->tk[nb - 1]) || (fw(c, nb - 1) & DYAD_FW_PRON))) {
            st.has_speaker = true;
            st.speaker_span = tok_span(c, na, nb);
        }
        int idx = add_statement(c, &st);
        if (idx < 0)
            return -1;
        q->stmt = idx;
    }
    return 0;
}

/* A transcript's turns: "PENCE: Well, look, Hillary Clinton apparently
 * thinks …" — the label speaks, the turn is a direct statement, the
 * quotations inside it part of it. */
static int turn_statements(ctx *c, const dyad_turn_list *turns)
{
    for (size_t i = 0; i < turns->n; i++) {
        const dyad_turn *t = &turns->items[i];
        if (t->first >= t->end)
            continue;
        dyad_statement st;
        memset(&st, 0, sizeof st);
        st.kind = DYAD_STMT_DIRECT;
        if (t->headline) {
            /* the writer's summary: mixed with quotations in it, direct
             * when it is one quotation ("Trump Addresses Munich Attack:
             * ‘This Cannot Continue.’") */
            uint32_t opens = 0, last = t->end;
            while (last > t->first && c->tk[last - 1].cls == DYAD_TOK_PUNCT)
                last--;
            for (uint32_t k = t->first; k < t->end; k++)
                opens += c->tk[k].cls == DYAD_TOK_QUOTE_OPEN;
            if (!opens)
                st.kind = DYAD_STMT_INDIRECT;
            else if (!(opens == 1 && c->tk[t->first].cls == DYAD_TOK_QUOTE_OPEN && last > t->first + 1 &&
                       c->tk[last - 1].cls == DYAD_TOK_QUOTE_CLOSE))
                st.kind = DYAD_STMT_MIXED;
        }
        st.span = tok_span(c, t->first, t->end);
        st.frags[0] = st.span;
        st.n_frags = 1;
        st.has_speaker = true;
        st.speaker_span = tok_span(c, t->label_first, t->label_end);
        st.sent = c->sent_of_tok[t->first];
        st.carried_from = -1;
        st.speaker_actor = -1;
        if (add_statement(c, &st) < 0)
            return -1;
    }
    return 0;
}

/* The first token starting at or after byte offset `off`. */
static uint32_t tok_at(const ctx *c, uint32_t off) { return dyad_tok_first_at(c->doc, off); }

/* Can the pronoun at token `pron` stand for the speaker written at span
 * `cand`?  "it" names no person ("“We advise the public …,” it said in a
 * statement" is the agency's, not the inspector's quoted before), "he"
 * and "she" no country or organisation, nor a person of the other gender
 * when the dictionary gives it.  Unknown: yes. */
static bool pronoun_fits(const ctx *c, uint32_t pron, dyad_span cand)
{
    const dyad_actor_list *al = c->doc->analysis ? c->doc->analysis->actors : NULL;
    int mi = al ? dyad_actors_mention_at(al, cand) : -1;
    if (mi < 0)
        return true;
    const dyad_actor *a = &al->items[al->mentions[mi].actor];
    if (tok_is(c, pron, "it"))
        return a->kind != DYAD_ACTOR_PERSON;
    bool he = tok_is(c, pron, "he"), she = !he && tok_is(c, pron, "she");
    if (!he && !she)
        return true;
    if (a->kind != DYAD_ACTOR_PERSON)
        return false;
    char g = a->entry ? a->entry->gender : 0;
    return !g || g == (he ? 'm' : 'f');
}

/* "he also said": a pronoun speaker refers to the latest named speaker of
 * a statement before it that the pronoun can stand for (pronoun_fits),
 * within the previous three paragraphs (the "previous quotation's speaker"
 * rule; the actors stage refines this). */
static void resolve_pronoun_speakers(ctx *c)
{
    dyad_statement_list *l = c->out;
    for (size_t i = 0; i < l->n; i++) {
        dyad_statement *st = &l->items[i];
        if (!st->has_speaker || st->speaker_span.end - st->speaker_span.start > 4)
            continue;
        uint32_t t = tok_at(c, st->speaker_span.start);
        if (t >= c->doc->n_toks || !(fw(c, t) & DYAD_FW_PRON))
            continue;
        uint32_t para = c->doc->sents[st->sent].para;
        for (size_t k = i; k > 0; k--) {
            const dyad_statement *p = &l->items[k - 1];
            if (c->doc->sents[p->sent].para + 3 < para)
                break;
            if (!p->has_speaker)
                continue;
            if (p->has_speaker_ref) {
                if (!pronoun_fits(c, t, p->speaker_ref))
                    continue;
                st->has_speaker_ref = true;
                st->speaker_ref = p->speaker_ref;
                break;
            }
            uint32_t u = tok_at(c, p->speaker_span.start);
            if (u < c->doc->n_toks && (fw(c, u) & DYAD_FW_PRON) && p->speaker_span.end - p->speaker_span.start <= 4)
                continue;
            if (!pronoun_fits(c, t, p->speaker_span))
                continue;
            st->has_speaker_ref = true;
            st->speaker_ref = p->speaker_span;
            break;
        }
    }
}

static int cmp_stmt(const void *a, const void *b)
{
    const dyad_statement *x = a, *y = b;
    return x->span.start < y->span.start ? -1 : x->span.start > y->span.start;
}

dyad_status dyad_statements_stage(dyad_doc *doc, dyad_statement_list *out)
{
    memset(out, 0, sizeof *out);
    ctx c = {.doc = doc, .eng = doc->eng, .tk = doc->toks, .out = out};
    size_t nt = doc->n_toks ? doc->n_toks : 1;
    c.sent_of_tok = dyad_arena_array(doc->arena, nt, sizeof *c.sent_of_tok);
    c.quote_at_tok_open = dyad_arena_array_uninit(doc->arena, nt, sizeof *c.quote_at_tok_open); /* all -1 below */
    if (!c.sent_of_tok || !c.quote_at_tok_open)
        return DYAD_ERR_NOMEM;
    for (size_t s = 0; s < doc->n_sents; s++)
        for (uint32_t i = doc->sents[s].tok_first; i < doc->sents[s].tok_end; i++)
            c.sent_of_tok[i] = (uint32_t)s;
    for (size_t i = 0; i < doc->n_toks; i++)
        c.quote_at_tok_open[i] = -1;
    c.para_end = dyad_arena_array(doc->arena, doc->n_paras ? doc->n_paras : 1, sizeof *c.para_end);
    if (!c.para_end)
        return DYAD_ERR_NOMEM;
    for (size_t s = 0; s < doc->n_sents; s++)
        c.para_end[doc->sents[s].para] = doc->sents[s].tok_end;
    c.turn_para = dyad_arena_array(doc->arena, doc->n_paras ? doc->n_paras : 1, sizeof *c.turn_para);
    if (!c.turn_para)
        return DYAD_ERR_NOMEM;
    memset(c.turn_para, 0, doc->n_paras ? doc->n_paras : 1);
    dyad_turn_list turns;
    dyad_status st = dyad_transcript_turns(doc, &turns, c.turn_para);
    if (st != DYAD_OK)
        return st;
    st = dyad_quotes_find(doc, &c.quotes, c.sent_of_tok, c.turn_para);
    if (st != DYAD_OK)
        return st;
    if (turn_statements(&c, &turns))
        return DYAD_ERR_NOMEM;
    for (size_t q = 0; q < c.quotes.n; q++)
        c.quote_at_tok_open[c.quotes.items[q].open] = (int)q;
    for (size_t s = 0; s < doc->n_sents; s++)
        if (sentence_cues(&c, s))
            return DYAD_ERR_NOMEM;
    if (orphan_quotes(&c) || label_after_as(&c) || headline_partials(&c))
        return DYAD_ERR_NOMEM;
    /* text order; carried_from indexes are remapped after sorting */
    for (size_t i = 0; i < out->n; i++)
        out->items[i].speaker_actor = (int)i; /* temporarily: original index */
    if (out->n > 1)
        qsort(out->items, out->n, sizeof *out->items, cmp_stmt);
    int *newpos = dyad_arena_array(doc->arena, out->n ? out->n : 1, sizeof *newpos);
    if (!newpos)
        return DYAD_ERR_NOMEM;
    for (size_t i = 0; i < out->n; i++)
        newpos[out->items[i].speaker_actor] = (int)i;
    for (size_t i = 0; i < out->n; i++) {
        if (out->items[i].carried_from >= 0)
            out->items[i].carried_from = newpos[out->items[i].carried_from];
        out->items[i].speaker_actor = -1;
    }
    resolve_pronoun_speakers(&c);
    return DYAD_OK;
}
