/* fuzz_pattern.c — libFuzzer target for the pattern compiler and matcher:
 * the first input line is a synset phrase, the rest a pattern, compiled in
 * each dialect (TABARI, PETRARCH, dyad) into a verb "meet" and matched
 * around every "meet" of a fixed sentence.  Compiling must report bad
 * patterns, never crash; matching must stay inside the sentence. */
#include "dict_harness.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

#include <stdlib.h>
#include <string.h>

static const char sentence[] =
    "Qatar and Egypt meet Hamas in Cairo and meet again with Israel at the summit, then meet-and-greet "
    "the press; the talks meet \"resistance\" from the U.S.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_engine *eng;
    static dyad_doc *doc;
    fuzz_setup(sentence, sizeof sentence - 1, &eng, &doc);
    const char *p = (const char *)data, *end = p + size;
    const char *nl = memchr(p, '\n', size);
    const char *syn = p, *pat = nl ? nl + 1 : p;
    size_t syn_len = nl ? (size_t)(nl - p) : 0, pat_len = (size_t)(end - pat);
    static const dyad_vdialect dialects[] = {DYAD_VD_TABARI, DYAD_VD_PETRARCH, DYAD_VD_DYAD};
    for (size_t d = 0; d < 3; d++) {
        dyad_lexicon *lex = dyad_lexicon_new();
        if (!lex)
            return 0;
        const char *err = NULL;
        const char *forms[] = {"meet"};
        dyad_verb_code code = {"040", NULL, false};
        long blk = dyad_verb_block_new(lex);
        long vi = blk < 0 ? -1 : dyad_verb_add(lex, "fuzz", 1, "meet", forms, 1, DYAD_STYLE_VERB, code, (uint32_t)blk, &err);
        if (vi >= 0) {
            if (syn_len && dyad_verb_synset_add(lex, "&S", 2, syn, syn_len, dialects[d], d == 1, &err) > 0 && !err)
                abort();
            int rc = dyad_verb_pattern_add(lex, (uint32_t)blk, pat, pat_len, dialects[d], code, "fuzz", 2, &err);
            if (rc > 0 && !err)
                abort();
            dyad_verbs_finish(lex);
            dyad_arena *a = dyad_arena_new(0);
            uint32_t n = (uint32_t)doc->n_toks;
            dyad_slot slots[4] = {{0, 1, 0}, {2, 3, 1}, {4, 5, 2}, {6, 7, 3}};
            for (uint32_t t = 0; t < n; t++) {
                uint32_t ve;
                const dyad_verb *v = dyad_verb_at(lex, doc, t, n, &ve);
                dyad_pattern_match m;
                if (v && dyad_verb_match(lex, v, doc, 0, n, t, ve, slots, 4, a, &m) &&
                    (m.last_tok >= n || m.first_tok > t || m.source_slot >= 4 || m.target_slot >= 4 ||
                     m.compound_slot >= 4))
                    abort();
            }
            dyad_arena_free(a);
        }
        dyad_lexicon_free(lex);
    }
    return 0;
}
