/* extraction.c — the article-extraction scorer (being written). */
#include "eval.h"

int dyad_eval_extraction(const dyad_eval_opts *o)
{
    fprintf(stderr, "dyad eval: the extraction scorer is not in this build yet\n");
    (void)o;
    return 2;
}
