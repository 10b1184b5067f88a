/* fuzz_dict_verbs_tabari.c — libFuzzer target: the input bytes are a
 * TABARI .verbs; it is loaded, and every verb found in a fixed
 * sentence is matched with its patterns and two actor slots.  Loading and
 * matching must never crash, hang or read outside the sentence. */
#include "dyad_int.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

#include <stdlib.h>
#include <string.h>

static void quiet(void *ctx, const char *msg)
{
    (void)ctx;
    (void)msg;
}

static const char sentence[] =
    "ISRAEL AND HAMAS agreed on Tuesday to a truce, and Egypt's president met with Qatar in Cairo; "
    "rebels re-attacked the convoy with rockets \"after they accused\" the U.S. of spying for Iran.";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static dyad_engine *eng;
    static dyad_doc *doc;
    if (!eng) {
        dyad_engine_options o = {0};
        o.no_builtin = 1;
        o.diag = quiet;
        if (dyad_engine_load(&o, &eng) != DYAD_OK)
            abort();
        dyad_input in = {0};
        in.source = "fuzz";
        in.format = DYAD_FORMAT_TEXT;
        in.data = sentence;
        in.len = sizeof sentence - 1;
        if (dyad_doc_read(eng, &in, NULL, &doc) != DYAD_OK)
            abort();
    }
    dyad_lexicon *lex = dyad_lexicon_new();
    if (!lex)
        return 0;
    if (dyad_lexicon_add_buffer(lex, eng, "fuzz", (const char *)data, size, DYAD_DICT_TABARI_VERBS) >= 0) {
        dyad_arena *a = dyad_arena_new(0);
        uint32_t n = (uint32_t)doc->n_toks;
        dyad_slot slots[3] = {{0, 3, 0}, {n > 20 ? 18 : 0, n > 20 ? 19 : 1, 1}, {n > 5 ? n - 3 : 0, n > 5 ? n - 2 : 1, 2}};
        for (uint32_t t = 0; t < n; t++) {
            uint32_t ve;
            const dyad_verb *v = dyad_verb_at(lex, doc, t, n, &ve);
            if (!v)
                continue;
            if (ve <= t || ve > n)
                abort();
            dyad_pattern_match m;
            if (dyad_verb_match(lex, v, doc, 0, n, t, ve, slots, 3, a, &m)) {
                if (!m.code || m.last_tok >= n || m.first_tok > t || m.source_slot >= 3 || m.target_slot >= 3)
                    abort();
            }
        }
        for (size_t i = 0; i < dyad_verb_transform_count(lex); i++)
            if (!dyad_verb_transform_at(lex, i)->code)
                abort();
        dyad_arena_free(a);
    }
    dyad_lexicon_free(lex);
    return 0;
}
