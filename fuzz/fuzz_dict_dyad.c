/* fuzz_dict_dyad.c — libFuzzer target: the input bytes are a dictionary in
 * dyad's own actor format (data/README.md); it is loaded (each format of the family in turn) and a fixed
 * sentence is matched against it.  Loading must never crash or hang, and
 * whatever loaded must be matchable. */
#include "dyad_int.h"
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

static void quiet(void *ctx, const char *msg)
{
    (void)ctx;
    (void)msg;
}

static const char sentence[] =
    "Israeli Prime Minister Benjamin Netanyahu met Egypt's President Abdel Fattah el-Sisi, "
    "U.S. troops and UN officials in the \xC3\x89lys\xC3\xA9\x65 on Tuesday; the al-Qaeda rebels' "
    "spokesmen said \"WE WILL NOT\" in 1914.";

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
    static const dyad_dict_format fmts[] = {DYAD_DICT_DYAD};
    for (size_t f = 0; f < sizeof fmts / sizeof *fmts; f++) {
        dyad_lexicon *lex = dyad_lexicon_new();
        if (!lex)
            return 0;
        if (dyad_lexicon_add_buffer(lex, eng, "fuzz", (const char *)data, size, fmts[f]) >= 0) {
            dyad_arena *a = dyad_arena_new(0);
            dyad_match *m;
            size_t n = dyad_lexicon_match(lex, doc, 0, (uint32_t)doc->n_toks, DYAD_NS_ALL, &m, a);
            for (size_t i = 0; i < n; i++) {
                const dyad_code *c[4];
                dyad_entry_codes_at(m[i].entry, "2024-01-31", c, 4);
                if (m[i].tok_end <= m[i].tok_first || m[i].span.end > doc->text_len)
                    abort();
            }
            dyad_lexicon_lookup(lex, (const char *)data, size > 64 ? 64 : size, DYAD_NS_ALL);
            dyad_arena_free(a);
        }
        dyad_lexicon_free(lex);
    }
    return 0;
}
