/* quotes.c — quotation spans from the paired quotation marks that
 * segmentation found, including quotations that run over paragraphs by the
 * news convention (an opening mark starts each paragraph, only the last one
 * closes):
 *
 *   "The health issue overall is very much a partisan issue …
 *   "… Rasmussen has a similar question: forty-three, yes; forty-six, no."
 *
 * Marks left without a partner are reported once per document as a warning
 * and otherwise ignored. */
#include "statements/quotes.h"

static bool is_open(const dyad_token *t) { return t->cls == DYAD_TOK_QUOTE_OPEN; }
static bool is_close(const dyad_token *t) { return t->cls == DYAD_TOK_QUOTE_CLOSE; }
static bool paired(const dyad_token *t) { return !(t->flags & DYAD_TOKF_UNPAIRED); }

static bool is_word(const dyad_token *t) { return t->cls == DYAD_TOK_WORD || t->cls == DYAD_TOK_NUMBER; }

/* Paragraph kinds whose quotations count (not datelines or boilerplate). */
static bool para_counts(const dyad_paragraph *p)
{
    return p->kind == DYAD_PARA_BODY || p->kind == DYAD_PARA_TITLE || p->kind == DYAD_PARA_CAPTION;
}

/* The token index ranges of all paragraphs: range[2p] is the first token
 * starting in paragraph p, range[2p + 1] the first ending past it (so p's
 * tokens are [range[2p], range[2p + 1])).  A paragraph's sentences cover
 * its tokens, so they give the range in one pass over the sentences; a
 * paragraph with no sentence (or sentences out of order) is searched for
 * among the tokens.  A binary search for every paragraph cost more in
 * mispredicted branches than this.  NULL when out of memory. */
static uint32_t *para_ranges(dyad_doc *doc)
{
    size_t np = doc->n_paras;
    uint32_t *range = dyad_arena_array_uninit(doc->arena, np ? 2 * np : 2, sizeof *range);
    if (!range)
        return NULL;
    for (size_t p = 0; p < np; p++)
        range[2 * p] = range[2 * p + 1] = UINT32_MAX;
    for (size_t s = 0; s < doc->n_sents; s++) {
        size_t p = doc->sents[s].para;
        if (p >= np)
            continue;
        if (range[2 * p] == UINT32_MAX)
            range[2 * p] = doc->sents[s].tok_first;
        range[2 * p + 1] = doc->sents[s].tok_end;
    }
    for (size_t p = 0; p < np; p++) {
        if (range[2 * p] != UINT32_MAX && range[2 * p] <= range[2 * p + 1])
            continue;
        /* tokens do not cross a paragraph's end */
        range[2 * p] = dyad_tok_first_at(doc, doc->paras[p].span.start);
        range[2 * p + 1] = dyad_tok_first_at(doc, doc->paras[p].span.end);
    }
    return range;
}

static void para_tokens(const uint32_t *range, size_t p, uint32_t *first, uint32_t *end)
{
    *first = range[2 * p];
    *end = range[2 * p + 1];
}

static int push(dyad_doc *doc, dyad_quote_list *ql, const dyad_quote *q)
{
    if (ql->n == ql->cap) {
        size_t cap = ql->cap ? ql->cap * 2 : 32;
        dyad_quote *items = dyad_arena_grow(doc->arena, ql->items, ql->n, cap, sizeof *items);
        if (!items)
            return -1;
        ql->items = items;
        ql->cap = cap;
    }
    ql->items[ql->n++] = *q;
    return 0;
}

/* Is token i a personal pronoun, alone or contracted ("We're", "I’m")? */
static bool starts_with_pronoun(dyad_doc *doc, uint32_t i)
{
    int f = dyad_tok_fword(doc, i);
    if (f)
        return (f & DYAD_FW_PRON) && !(f & (DYAD_FW_SUB | DYAD_FW_DET));
    const dyad_token *t = &doc->toks[i];
    const char *w = doc->text + t->span.start;
    size_t n = t->span.end - t->span.start, k = 0;
    while (k < n && k < 5 && w[k] != '\'' && (unsigned char)w[k] != 0xE2)
        k++;
    if (k == 0 || k >= n || k >= 5)
        return false;
    char low[5];
    for (size_t j = 0; j < k; j++)
        low[j] = (char)(w[j] >= 'A' && w[j] <= 'Z' ? w[j] + 32 : w[j]);
    f = dyad_fword(doc->eng, low, k);
    return (f & DYAD_FW_PRON) && !(f & (DYAD_FW_SUB | DYAD_FW_DET));
}

static void finish(dyad_doc *doc, dyad_quote *q)
{
    const dyad_token *tk = doc->toks;
    q->inner_first = q->open + 1;
    q->inner_end = q->closed ? q->close : q->close + 1;
    q->words = 0;
    for (uint32_t i = q->inner_first; i < q->inner_end; i++)
        q->words += is_word(&tk[i]);
    if (q->inner_first < q->inner_end) {
        q->span.start = tk[q->inner_first].span.start;
        q->span.end = tk[q->inner_end - 1].span.end;
    } else
        q->span = tk[q->open].span;
    /* a clause, not a phrase: starts with a capital letter, or ends in
     * sentence punctuation or a comma inside the marks ("…,” said X) */
    const dyad_token *first = q->inner_first < q->inner_end ? &tk[q->inner_first] : NULL;
    const dyad_token *last = q->inner_first < q->inner_end ? &tk[q->inner_end - 1] : NULL;
    bool cap = first && (first->flags & DYAD_TOKF_CAP);
    char lc = last ? doc->text[last->span.end - 1] : 0;
    bool punct_end = last && last->cls == DYAD_TOK_PUNCT && (lc == '.' || lc == ',' || lc == '!' || lc == '?');
    if (last && last->span.end - last->span.start == 3 && (unsigned char)doc->text[last->span.start] == 0xE2 &&
        (unsigned char)doc->text[last->span.start + 2] == 0xA6)
        punct_end = true; /* … */
    /* "Fox News Sunday", "Contract with America": names in Title Case */
    /* — but "I" is capitalised in any sentence: “I would, Donald” */
    /* lower-case articles, prepositions and conjunctions do not count:
     * "State of the Union", "The Steve Harvey Morning Show" */
    int capw = 0, small = 0;
    bool subtitle = false; /* "Lost Tycoon: The Many Lives of Donald J. Trump" */
    for (uint32_t i = q->inner_first; i < q->inner_end; i++) {
        const dyad_token *k = &tk[i];
        subtitle |= k->cls == DYAD_TOK_PUNCT && doc->text[k->span.start] == ':' && i > q->inner_first &&
                    i + 1 < q->inner_end && (tk[i + 1].flags & DYAD_TOKF_CAP);
        bool lone_i = k->span.end - k->span.start == 1 && doc->text[k->span.start] == 'I';
        capw += k->cls == DYAD_TOK_WORD && (k->flags & DYAD_TOKF_CAP) && !lone_i;
        small += k->cls == DYAD_TOK_WORD && !(k->flags & DYAD_TOKF_CAP) &&
                 (dyad_tok_fword(doc, i) & (DYAD_FW_DET | DYAD_FW_PREP | DYAD_FW_CONJ));
    }
    int content_words = q->words - small;
    /* a personal pronoun first speaks, it names nothing: “We're
     * Manchester people,” Bennett said */
    bool pron_first = first && first->cls == DYAD_TOK_WORD && starts_with_pronoun(doc, q->inner_first);
    bool title_case = q->words >= 2 && content_words >= 2 && capw * 10 >= content_words * 6 && !pron_first;
    /* a title of up to six words, or up to twelve with a subtitle */
    q->title = title_case && (q->words <= 6 || (subtitle && q->words <= 12));
    /* where the quotation starts: a sentence start, or after ':' or ',' */
    bool starts_clause = q->open == 0 || (tk[q->open].flags & DYAD_TOKF_SENT_START) ||
                         (tk[q->open - 1].cls == DYAD_TOK_PUNCT &&
                          (doc->text[tk[q->open - 1].span.start] == ':' || doc->text[tk[q->open - 1].span.start] == ','));
    /* a lower-case phrase inside a sentence, though the sentence's
     * period stands inside its marks: "allies wanted to know if the U.S.
     * is “still in the game.”" */
    bool mid_phrase = first && first->cls == DYAD_TOK_WORD && !cap && !starts_clause && q->open > 0 &&
                      tk[q->open - 1].cls == DYAD_TOK_WORD && q->words < 10;
    if (punct_end)
        q->clause = q->words >= 3 && !q->title && !mid_phrase;
    else
        q->clause = !title_case && ((starts_clause && cap && q->words >= 4) || q->words >= 10);
}

/* Is token i a straight double mark '"'? */
static bool is_straight(const dyad_doc *doc, uint32_t i)
{
    const dyad_token *t = &doc->toks[i];
    return t->span.end - t->span.start == 1 && doc->text[t->span.start] == '"';
}

/* Does the document quote with curly marks only: some paired “…” and no
 * paired straight "…"?  Then a straight mark opening a paragraph with no
 * partner marks an excerpt pasted from elsewhere, one per paragraph, not
 * a quotation:
 *
 *   McCrummen reports:
 *   "The first time she had seen him, … what she called a “rant,” …
 *   "Kevin was snoring.
 *   “Here he is, babe,” she said. */
static bool curly_only(const dyad_doc *doc)
{
    bool curly = false;
    for (size_t i = 0; i < doc->n_toks; i++) {
        const dyad_token *t = &doc->toks[i];
        if (t->cls != DYAD_TOK_QUOTE_OPEN || (t->flags & DYAD_TOKF_UNPAIRED))
            continue;
        if (is_straight(doc, (uint32_t)i))
            return false;
        /* “ is E2 80 9C */
        curly |= t->span.end - t->span.start == 3 && (unsigned char)doc->text[t->span.start + 2] == 0x9C;
    }
    return curly;
}

/* Does a straight mark with no partner close something in paragraph p
 * (tokens up to b) or in the next paragraph, when that one opens with no
 * mark?  Then a straight mark opening p opens a quotation that a line
 * break interrupts:
 *
 *   "I worry that we may see a resurgence of Democrats …
 *   Dean Baker, Center for Economic and Policy Research." */
static bool closes_after(const dyad_doc *doc, const uint32_t *range, size_t p, uint32_t b)
{
    uint32_t a0, b0;
    para_tokens(range, p, &a0, &b0);
    for (uint32_t k = a0 + 1; k < b; k++)
        if (is_close(&doc->toks[k]) && !paired(&doc->toks[k]) && is_straight(doc, k))
            return true;
    if (p + 1 >= doc->n_paras)
        return false;
    uint32_t na, nb;
    para_tokens(range, p + 1, &na, &nb);
    if (na >= nb || is_open(&doc->toks[na]))
        return false;
    for (uint32_t k = na; k < nb; k++)
        if (is_close(&doc->toks[k]) && !paired(&doc->toks[k]) && is_straight(doc, k))
            return true;
    return false;
}

dyad_status dyad_quotes_find(dyad_doc *doc, dyad_quote_list *ql, uint32_t *sent_of_tok, const uint8_t *skip_para)
{
    const dyad_token *tk = doc->toks;
    size_t unbalanced = 0;
    uint64_t first_unbalanced = 0;
    int excerpt_marks = -1; /* curly_only(doc), asked when first needed */
    uint32_t *range = para_ranges(doc);
    if (!range)
        return DYAD_ERR_NOMEM;
    for (size_t p = 0; p < doc->n_paras; p++) {
        if (!para_counts(&doc->paras[p]) || (skip_para && skip_para[p]))
            continue;
        uint32_t a, b;
        para_tokens(range, p, &a, &b);
        for (uint32_t i = a; i < b; i++) {
            const dyad_token *t = &tk[i];
            if (is_close(t) && !paired(t)) {
                if (!unbalanced++)
                    first_unbalanced = t->span.start;
                continue;
            }
            if (!is_open(t) || t->quote_depth != 0)
                continue;
            if (i == a && !paired(t) && is_straight(doc, i)) {
                if (excerpt_marks < 0)
                    excerpt_marks = curly_only(doc);
                if (excerpt_marks && !closes_after(doc, range, p, b))
                    continue; /* an excerpt's paragraph mark */
            }
            dyad_quote q = {.open = i, .para_first = (uint32_t)p};
            if (paired(t)) {
                uint32_t j = i + 1;
                while (j < b && !(is_close(&tk[j]) && paired(&tk[j]) && tk[j].quote_depth == 0))
                    j++;
                if (j >= b)
                    continue; /* cannot happen: pairing found a partner */
                q.close = j;
                q.closed = true;
                q.para_last = (uint32_t)p;
                i = j;
            } else {
                /* an opening mark with no partner: the quotation runs to
                 * the paragraph's end, and on through paragraphs that open
                 * with a mark, until one closes */
                q.close = b - 1;
                q.para_last = (uint32_t)p;
                size_t np = p + 1;
                bool multi = false;
                while (np < doc->n_paras && para_counts(&doc->paras[np]) && !(skip_para && skip_para[np])) {
                    uint32_t na, nb;
                    para_tokens(range, np, &na, &nb);
                    if (na >= nb || !is_open(&tk[na]))
                        break;
                    if (!paired(&tk[na])) {
                        multi = true;
                        q.para_last = (uint32_t)np;
                        q.close = nb - 1;
                        np++;
                        continue;
                    }
                    /* the last paragraph: its mark closes inside it —
                     * unless it has an attribution of its own, then it is
                     * a new quotation (“…,” added Rep. Clyburn) */
                    uint32_t j = na + 1;
                    while (j < nb && !(is_close(&tk[j]) && paired(&tk[j]) && tk[j].quote_depth == 0))
                        j++;
                    bool own_cue = false;
                    for (uint32_t k = j + 1; k < nb && !own_cue; k++) {
                        dyad_cue_match m;
                        own_cue = tk[k].quote_depth == 0 && dyad_cue_at(doc->eng, doc, k, nb, &m);
                    }
                    if (own_cue)
                        break;
                    multi = true;
                    q.para_last = (uint32_t)np;
                    if (j < nb) {
                        q.close = j;
                        q.closed = true;
                    } else
                        q.close = nb - 1;
                    np++;
                    break;
                }
                if (!multi && i > a && !unbalanced++)
                    first_unbalanced = t->span.start;
                if (!multi && i > a && tk[i - 1].cls != DYAD_TOK_PUNCT)
                    continue; /* a stray mark inside a sentence: not a quotation */
                i = b; /* the rest of this paragraph is inside */
            }
            finish(doc, &q);
            q.sent = sent_of_tok[q.open];
            q.sent_last = sent_of_tok[q.closed ? q.close : q.close];
            q.stmt = -1;
            if (push(doc, ql, &q))
                return DYAD_ERR_NOMEM;
        }
        if (ql->n && ql->items[ql->n - 1].para_last > p)
            p = ql->items[ql->n - 1].para_last; /* paragraphs inside that quotation */
    }
    if (unbalanced)
        dyad_doc_warn(doc, "%zu unbalanced quotation mark%s, the first at offset %llu", unbalanced,
                      unbalanced == 1 ? "" : "s", (unsigned long long)first_unbalanced);
    return DYAD_OK;
}
