/* fuzz_dict_verbs_petrarch.c — libFuzzer target: the input bytes are a
 * PETRARCH verb dictionary; it is loaded, and every verb found in a fixed
 * sentence is matched with its patterns and two actor slots.  Loading and
 * matching must never crash, hang or read outside the sentence. */
#include "dict_harness.h"

static const char sentence[] =
    "ISRAEL AND HAMAS agreed on Tuesday to a truce, and Egypt's president met with Qatar in Cairo; "
    "rebels re-attacked the convoy with rockets \"after they accused\" the U.S. of spying for Iran.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_engine *eng;
    static dyad_doc *doc;
    fuzz_setup(sentence, sizeof sentence - 1, &eng, &doc);
    dyad_lexicon *lex = dyad_lexicon_new();
    if (!lex)
        return 0;
    if (dyad_lexicon_add_buffer(lex, eng, "fuzz", (const char *)data, size, DYAD_DICT_VERBS) >= 0)
        fuzz_verbs_in_doc(lex, doc);
    dyad_lexicon_free(lex);
    return 0;
}
