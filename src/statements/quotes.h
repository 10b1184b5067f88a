/* quotes.h — quotation spans inside the statements stage (not public). */
#ifndef DYAD_QUOTES_H
#define DYAD_QUOTES_H

#include "statements/statements.h"

typedef struct dyad_quote {
    uint32_t open, close;             /* token of each mark; close is the last
                                         token when the quotation never closes */
    bool closed;
    uint32_t inner_first, inner_end;  /* tokens inside the marks */
    dyad_span span;                   /* bytes inside the marks */
    uint32_t para_first, para_last;
    uint32_t sent, sent_last;         /* sentences of the two marks */
    int words;
    bool clause;                      /* a sentence, not a phrase */
    bool title;                       /* a name in Title Case ("Meet the
                                         Press"), not words spoken */
    int stmt;                         /* statement that took it, -1 */
} dyad_quote;

typedef struct dyad_quote_list {
    dyad_quote *items;
    size_t n, cap;
} dyad_quote_list;

/* Outermost quotations of the document's body, title and caption
 * paragraphs, in text order.  sent_of_tok maps a token to its sentence.
 * Paragraphs p with skip_para[p] set (transcript turns) hold none, and no
 * quotation runs on into them; skip_para may be NULL. */
dyad_status dyad_quotes_find(dyad_doc *doc, dyad_quote_list *ql, uint32_t *sent_of_tok, const uint8_t *skip_para);

/* One turn of a transcript: "PENCE: Well, look, …". */
typedef struct dyad_turn {
    uint32_t para, para_last;         /* its paragraphs */
    uint32_t label_first, label_end;  /* tokens of the speaker's label */
    uint32_t first, end;              /* tokens of what was said */
    bool headline;                    /* "Ryan: ‘Anti-Semitic Images’ Have …",
                                         the writer's summary of what the
                                         label said, not a transcript */
} dyad_turn;

typedef struct dyad_turn_list {
    dyad_turn *items;
    size_t n;
} dyad_turn_list;

/* The turns of a transcript printed in the document (transcript.c): body
 * paragraphs opening with a speaker's label and a colon, when three or
 * more do, one speaker at least twice and two speakers at least; and
 * headlines of the same shape ("Clinton: Time for ‘intensification’ of
 * ISIL strategy"), marked `headline`.  Sets
 * turn_para[p] (n_paras entries, zeroed by the caller) for every
 * paragraph inside a turn.  Memory from the document's arena; an empty
 * list when the document is no transcript.  DYAD_ERR_NOMEM on failure. */
dyad_status dyad_transcript_turns(dyad_doc *doc, dyad_turn_list *out, uint8_t *turn_para);

#endif
