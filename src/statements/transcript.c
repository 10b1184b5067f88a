/* transcript.c — the turns of an interview or debate transcript printed in
 * an article, each paragraph opening with its speaker's label:
 *
 *   WALLACE: Let's start with breaking news on the debate story. …
 *   PENCE: Well, look, Hillary Clinton apparently thinks this is …
 *   Chris Matthews: Seriously, seriously about this. …
 *
 * The label speaks, the turn is what was said.  A paragraph without a
 * label between two turns goes on with the turn before it. */
#include "statements/quotes.h"

#include <string.h>

static char punct_char(const dyad_doc *doc, uint32_t i)
{
    const dyad_token *t = &doc->toks[i];
    return t->cls == DYAD_TOK_PUNCT && t->span.end - t->span.start == 1 ? doc->text[t->span.start] : 0;
}

static bool is_word(const dyad_token *t) { return t->cls == DYAD_TOK_WORD || t->cls == DYAD_TOK_NUMBER; }

/* Is label word i a heading rather than part of a name ("Breaking",
 * "UPDATE", "Poll"; data/statement-words.txt) or a function word ("The
 * Latest", "FIX IS IN")? */
static bool heading_word(dyad_doc *doc, uint32_t i)
{
    if (dyad_tok_fword(doc, i))
        return true;
    char w[16];
    size_t n = dyad_tok_lower(doc, i, w, sizeof w);
    return n && n < sizeof w - 1 && (dyad_statement_word_classes(doc->eng, w, n) & (1u << DYAD_SW_HEADING));
}

/* A speaker label at the start of paragraph tokens [a, e): an opening
 * mark perhaps, one to four capitalised words ("PENCE", "Jake Tapper",
 * "Alex Seitz-Wald", "Sen. Warren"), none a function word or a heading
 * ("Breaking: …"), a colon, then at least min_said words ("Clinton: 547."
 * is a tally, not a turn).  Sets the label's tokens and the turn's first
 * token. */
static bool label_at(dyad_doc *doc, uint32_t a, uint32_t e, int min_said, uint32_t *la, uint32_t *lb,
                     uint32_t *turn)
{
    const dyad_token *tk = doc->toks;
    uint32_t k = a;
    if (k < e && tk[k].cls == DYAD_TOK_QUOTE_OPEN)
        k++;
    uint32_t start = k;
    int words = 0;
    while (k < e && k < start + 9) {
        const dyad_token *t = &tk[k];
        if (t->cls == DYAD_TOK_WORD && (t->flags & DYAD_TOKF_CAP))
            words++;
        else if (!((t->flags & DYAD_TOKF_JOINER) && words > 0) && !(punct_char(doc, k) == '.' && words > 0))
            break;
        k++;
    }
    if (words < 1 || words > 4 || k >= e || punct_char(doc, k) != ':' || tk[k - 1].cls != DYAD_TOK_WORD)
        return false;
    int said = 0;
    for (uint32_t j = k + 1; j < e && said < min_said; j++)
        said += is_word(&tk[j]);
    if (said < min_said)
        return false;
    for (uint32_t j = start; j < k; j++)
        if (tk[j].cls == DYAD_TOK_WORD && heading_word(doc, j))
            return false;
    *la = start;
    *lb = k;
    *turn = k + 1;
    return true;
}

/* Do the last words of labels x and y agree, whatever the case ("TAPPER",
 * "JAKE TAPPER", "Tapper")? */
static bool same_label(const dyad_doc *doc, const dyad_turn *x, const dyad_turn *y)
{
    dyad_span a = doc->toks[x->label_end - 1].span, b = doc->toks[y->label_end - 1].span;
    if (a.end - a.start != b.end - b.start)
        return false;
    for (uint32_t i = 0; i < a.end - a.start; i++) {
        char p = doc->text[a.start + i], q = doc->text[b.start + i];
        if ((p >= 'A' && p <= 'Z' ? p + 32 : p) != (q >= 'A' && q <= 'Z' ? q + 32 : q))
            return false;
    }
    return true;
}

static int push_turn(dyad_doc *doc, dyad_turn **items, size_t *n, size_t *cap, const dyad_turn *t)
{
    if (*n == *cap) {
        size_t ncap = *cap ? *cap * 2 : 8;
        dyad_turn *grown = dyad_arena_grow(doc->arena, *items, *n, ncap, sizeof **items);
        if (!grown)
            return -1;
        *items = grown;
        *cap = ncap;
    }
    (*items)[(*n)++] = *t;
    return 0;
}

dyad_status dyad_transcript_turns(dyad_doc *doc, dyad_turn_list *out, uint8_t *turn_para)
{
    memset(out, 0, sizeof *out);
    size_t np = doc->n_paras;
    /* each paragraph's tokens from its sentences */
    uint32_t *first = dyad_arena_array(doc->arena, np ? np : 1, sizeof *first);
    uint32_t *end = dyad_arena_array(doc->arena, np ? np : 1, sizeof *end);
    if (!first || !end)
        return DYAD_ERR_NOMEM;
    memset(end, 0, (np ? np : 1) * sizeof *end);
    for (size_t s = doc->n_sents; s > 0; s--) {
        const dyad_sentence *se = &doc->sents[s - 1];
        first[se->para] = se->tok_first;
        if (!end[se->para])
            end[se->para] = se->tok_end;
    }
    size_t n = 0, cap = 0;
    dyad_turn *items = NULL;
    for (size_t p = 0; p < np; p++) {
        if (doc->paras[p].kind != DYAD_PARA_BODY || end[p] <= first[p])
            continue;
        dyad_turn t = {.para = (uint32_t)p, .para_last = (uint32_t)p, .end = end[p]};
        if (!label_at(doc, first[p], end[p], 4, &t.label_first, &t.label_end, &t.first))
            continue;
        if (push_turn(doc, &items, &n, &cap, &t))
            return DYAD_ERR_NOMEM;
    }
    /* a transcript: three labels or more, two speakers at least, one of
     * them speaking twice — not a lone "Update: …" */
    bool repeated = false, two = false;
    for (size_t i = 1; i < n && !(repeated && two); i++)
        for (size_t j = 0; j < i; j++) {
            if (same_label(doc, &items[i], &items[j]))
                repeated = true;
            else
                two = true;
        }
    if (n < 3 || !repeated || !two)
        n = 0;
    for (size_t i = 0; i < n; i++) {
        dyad_turn *t = &items[i];
        /* paragraphs without a label before the next turn go on with
         * this one, up to a stage direction ("(CROSSTALK.)") */
        if (i + 1 < n) {
            uint32_t next = items[i + 1].para, q = t->para + 1;
            for (; q < next; q++) {
                uint32_t a = first[q];
                if (a < end[q] && doc->toks[a].cls == DYAD_TOK_QUOTE_OPEN)
                    a++;
                if (doc->paras[q].kind != DYAD_PARA_BODY || a >= end[q] || punct_char(doc, a) == '(' ||
                    !is_word(&doc->toks[a]))
                    break;
            }
            if (q > t->para + 1) {
                t->para_last = q - 1;
                t->end = end[q - 1];
            }
        }
        /* the turn ends before the paragraph's closing mark */
        while (t->end > t->first) {
            const dyad_token *k = &doc->toks[t->end - 1];
            if (k->cls == DYAD_TOK_QUOTE_CLOSE || k->cls == DYAD_TOK_QUOTE_OPEN)
                t->end--;
            else
                break;
        }
        for (uint32_t q = t->para; q <= t->para_last; q++)
            turn_para[q] = 1;
    }
    /* a headline of the same shape: "Clinton: Time for ‘intensification’
     * of ISIL strategy" */
    for (size_t p = 0; p < np; p++) {
        if (doc->paras[p].kind != DYAD_PARA_TITLE || end[p] <= first[p])
            continue;
        dyad_turn t = {.para = (uint32_t)p, .para_last = (uint32_t)p, .end = end[p], .headline = true};
        if (!label_at(doc, first[p], end[p], 2, &t.label_first, &t.label_end, &t.first))
            continue;
        if (push_turn(doc, &items, &n, &cap, &t))
            return DYAD_ERR_NOMEM;
        turn_para[p] = 1;
    }
    out->items = items;
    out->n = n;
    return DYAD_OK;
}
