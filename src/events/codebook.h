/* codebook.h — the CAMEO event codebook: for every event code its name,
 * Goldstein score, QuadClass, root and PLOVER category.
 *
 * Sources: data/cameo.txt (names and Goldstein scores, written by us) and
 * data/plover.txt (CAMEO → PLOVER), both compiled in; a CAMEO→PLOVER table
 * given with --dict (a file named CAMEO2PLOVER*.txt, such as
 * ../shared/eval/cameo/CAMEO2PLOVER-2021.txt, in its own "CODE: EVENT,
 * MODE, CONTEXT # comment" format) replaces the compiled-in mapping for
 * the codes it lists.  Built once while the engine loads; read-only after. */
#ifndef DYAD_CODEBOOK_H
#define DYAD_CODEBOOK_H

#include "dyad_int.h"

typedef struct dyad_cameo_info {
    const char *code;      /* "0311" */
    const char *name;      /* "Express intent to cooperate economically" */
    double goldstein;      /* -10 .. +10 */
    bool goldstein_derived; /* not in the standard mapping: the parent's */
    int quad;              /* 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict */
    const char *root;      /* "03" */
    const char *plover;    /* PLOVER event type ("AGREE"), or NULL */
    const char *plover_mode;    /* "phone", or NULL */
    const char *plover_context; /* "economic", "crime,corruption", or NULL */
} dyad_cameo_info;

/* The codebook entry of a CAMEO event code: "0311", also as TABARI writes
 * codes ("100!", "174K": the leading digits count).  A code not in the
 * codebook whose parent is ("0315" → "031") gets the parent's entry.
 * NULL when the code has no digits, no codebook was loaded, or no prefix
 * is a CAMEO code.  Thread-safe. */
const dyad_cameo_info *dyad_cameo_lookup(const dyad_engine *eng, const char *code);

/* The QuadClass of a root "01".."20" (from its number), 0 when invalid. */
int dyad_cameo_quad(const char *root);

/* Build eng->codebook from the compiled-in data and the CAMEO2PLOVER*.txt
 * files among opt->dict_paths (a folder's such files too).  Bad lines are
 * reported "FILE:LINE: message" through dyad_engine_diag() and skipped.
 * DYAD_OK, or DYAD_ERR_NOMEM. */
dyad_status dyad_codebook_load(dyad_engine *eng, const dyad_engine_options *opt);

/* Parse a PLOVER table (either format: "CODE | EVENT | MODE | CONTEXT" or
 * the PLOVER manual's "CODE: EVENT, MODE, CONTEXT # comment") into the
 * engine's codebook, replacing earlier mappings of the codes it lists.
 * Returns the number of bad lines, -1 when out of memory. */
long dyad_codebook_add_plover(dyad_engine *eng, const char *name, const char *data, size_t len);

#endif
