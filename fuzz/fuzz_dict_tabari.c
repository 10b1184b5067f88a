/* fuzz_dict_tabari.c — libFuzzer target: the input bytes are a dictionary in
 * TABARI .actors and .agents; it is loaded (each format of the family in turn) and a fixed
 * sentence is matched against it.  Loading must never crash or hang, and
 * whatever loaded must be matchable. */
#include "dict_harness.h"

static const char sentence[] =
    "Israeli Prime Minister Benjamin Netanyahu met Egypt's President Abdel Fattah el-Sisi, "
    "U.S. troops and UN officials in the \xC3\x89lys\xC3\xA9\x65 on Tuesday; the al-Qaeda rebels' "
    "spokesmen said \"WE WILL NOT\" in 1914.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_engine *eng;
    static dyad_doc *doc;
    fuzz_setup(sentence, sizeof sentence - 1, &eng, &doc);
    static const dyad_dict_format fmts[] = {DYAD_DICT_TABARI_ACTORS, DYAD_DICT_TABARI_AGENTS};
    fuzz_actor_dict(eng, doc, data, size, fmts, sizeof fmts / sizeof *fmts);
    return 0;
}
