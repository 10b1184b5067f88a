/* dict_harness.h — what the dictionary fuzz targets share: an engine with
 * no built-in dictionaries, a fixed sentence read once as a document, and
 * the checks run on whatever a fuzzed dictionary loaded.  Harness globals
 * are fine here: a fuzz target is a program, not the library. */
#ifndef DYAD_FUZZ_DICT_HARNESS_H
#define DYAD_FUZZ_DICT_HARNESS_H

#include "dyad_int.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

#include <stdlib.h>
#include <string.h>

static void fuzz_quiet(void *ctx, const char *msg)
{
    (void)ctx;
    (void)msg;
}

/* The engine and the document of `sentence`, made on the first call. */
static void fuzz_setup(const char *sentence, size_t len, dyad_engine **eng, dyad_doc **doc)
{
    if (*eng)
        return;
    dyad_engine_options o = {0};
    o.no_builtin = 1;
    o.diag = fuzz_quiet;
    if (dyad_engine_load(&o, eng) != DYAD_OK)
        abort();
    dyad_input in = {0};
    in.source = "fuzz";
    in.format = DYAD_FORMAT_TEXT;
    in.data = sentence;
    in.len = len;
    if (dyad_doc_read(*eng, &in, NULL, doc) != DYAD_OK)
        abort();
}

/* Load `data` as an actor/agent dictionary in each format of `fmts`, then
 * match the document against it: matches must lie inside the document. */
static void fuzz_actor_dict(const dyad_engine *eng, const dyad_doc *doc, const uint8_t *data, size_t size,
                            const dyad_dict_format *fmts, size_t nfmts)
{
    for (size_t f = 0; f < nfmts; f++) {
        dyad_lexicon *lex = dyad_lexicon_new();
        if (!lex)
            return;
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
}

/* Every verb of `lex` found in the document is matched with three slots:
 * results must stay inside the sentence and name existing slots. */
static void fuzz_verbs_in_doc(const dyad_lexicon *lex, const dyad_doc *doc)
{
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
        if (dyad_verb_match(lex, v, doc, 0, n, t, ve, slots, 3, a, &m) &&
            (!m.code || m.last_tok >= n || m.first_tok > t || m.source_slot >= 3 || m.target_slot >= 3))
            abort();
    }
    for (size_t i = 0; i < dyad_verb_transform_count(lex); i++)
        if (!dyad_verb_transform_at(lex, i)->code)
            abort();
    dyad_arena_free(a);
}

#endif
