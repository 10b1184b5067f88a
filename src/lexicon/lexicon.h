/* lexicon.h — the dictionaries of actors, agents and verbs inside the
 * engine, and the loaders of our format and the TABARI/PETRARCH formats.
 * (Filled in by the actors and events work; see data/README.md.) */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "dyad_int.h"

typedef struct dyad_lexicon dyad_lexicon;

/* Load the built-in actor/agent/verb dictionaries and the user's
 * opt->dict_paths into eng->lexicon.  Bad lines are reported through
 * dyad_engine_diag() and skipped; an unreadable file is DYAD_ERR_DICT. */
dyad_status dyad_lexicon_load(dyad_engine *eng, const dyad_engine_options *opt);

/* Free a lexicon; accepts NULL. */
void dyad_lexicon_free(dyad_lexicon *lex);

#endif
