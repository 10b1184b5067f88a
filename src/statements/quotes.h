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
 * paragraphs, in text order.  sent_of_tok maps a token to its sentence. */
dyad_status dyad_quotes_find(dyad_doc *doc, dyad_quote_list *ql, uint32_t *sent_of_tok);

#endif
