/* lexicon.c — the engine's dictionaries.  Until the actor dictionaries land
 * this only checks that every --dict path can be read, so a typo in a path
 * fails loudly rather than silently coding nothing. */
#include "lexicon.h"

#include <stdio.h>
#include <stdlib.h>

struct dyad_lexicon {
    int unused_;
};

dyad_status dyad_lexicon_load(dyad_engine *eng, const dyad_engine_options *opt)
{
    if (!opt)
        return DYAD_OK;
    for (size_t i = 0; i < opt->n_dict_paths; i++) {
        FILE *f = fopen(opt->dict_paths[i], "rb");
        if (!f) {
            dyad_engine_diag(eng, "%s: cannot open dictionary", opt->dict_paths[i]);
            return DYAD_ERR_DICT;
        }
        fclose(f);
    }
    return DYAD_OK;
}

void dyad_lexicon_free(dyad_lexicon *lex) { free(lex); }
