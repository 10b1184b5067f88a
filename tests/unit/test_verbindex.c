/* test_verbindex.c — the matcher's indexes (src/lexicon/patterns.c):
 * pattern words as ids, synset phrases found by their first word, the
 * per-pattern needs checked before a search, and the per-document caches
 * shared by every call.  Dictionary: tests/cases/dict/verbs/Index.verbs.txt;
 * the sentences are ours. */
#include "testlib.h"
#include "dyad_int.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

static dyad_engine *vindex_engine(tctx *t_)
{
    const char *paths[] = {"tests/cases/dict/verbs/Index.verbs.txt"};
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = 1;
    o.no_builtin = true;
    dyad_engine *eng = NULL;
    dyad_status st = dyad_engine_load(&o, &eng);
    CHECKF(st == DYAD_OK, "engine load: %s", dyad_strerror(st));
    return st == DYAD_OK ? eng : NULL;
}

static dyad_doc *vindex_doc(const dyad_engine *eng, const char *text) { return t_doc_of_text(eng, text); }

static int vindex_tok(const dyad_doc *doc, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < doc->n_toks; i++) {
        const dyad_token *k = &doc->toks[i];
        if (k->span.end - k->span.start == n && memcmp(doc->text + k->span.start, w, n) == 0)
            return (int)i;
    }
    return -1;
}

/* The code of the verb at the first "traded" of the first sentence, its
 * sentence ending `cut` tokens early, with the given one-word actor slots
 * ("Freedonia", "Sylvania"); *target: the target slot's word or "". */
static void vindex_code(tctx *t_, const dyad_engine *eng, dyad_doc *doc, uint32_t cut, char *code, size_t cap,
                        const char **target)
{
    snprintf(code, cap, "?");
    *target = "";
    static const char *const names[] = {"Freedonia", "Sylvania"};
    dyad_slot slots[2];
    size_t n = 0;
    for (int k = 0; k < 2; k++) {
        int i = vindex_tok(doc, names[k]);
        if (i >= 0)
            slots[n++] = (dyad_slot){(uint32_t)i, (uint32_t)i + 1, k};
    }
    int v = vindex_tok(doc, "traded");
    CHECK(v >= 0 && doc->n_sents > 0);
    if (v < 0 || !doc->n_sents)
        return;
    const dyad_sentence *s = &doc->sents[0];
    uint32_t ve;
    const dyad_verb *verb = dyad_verb_at(eng->lexicon, doc, (uint32_t)v, s->tok_end, &ve);
    CHECK(verb != NULL);
    if (!verb)
        return;
    dyad_pattern_match m;
    bool ok = dyad_verb_match(eng->lexicon, verb, doc, s->tok_first, s->tok_end - cut, (uint32_t)v, ve, slots, n,
                              doc->arena, &m);
    CHECK(ok);
    if (!ok)
        return;
    snprintf(code, cap, "%s", m.code);
    if (m.target_slot >= 0)
        *target = names[slots[m.target_slot].id];
}

/* Code each sentence in a fresh document. */
static void vindex_expect(tctx *t_, const dyad_engine *eng, const char *text, const char *want, const char *target)
{
    dyad_doc *doc = vindex_doc(eng, text);
    CHECKF(doc != NULL, "read: %s", text);
    if (!doc)
        return;
    char code[32];
    const char *tgt;
    vindex_code(t_, eng, doc, 0, code, sizeof code, &tgt);
    CHECKF(strcmp(code, want) == 0, "\"%s\": code %s, want %s", text, code, want);
    CHECKF(strcmp(tgt, target) == 0, "\"%s\": target '%s', want '%s'", text, tgt, target);
    dyad_doc_free(doc);
}

TEST(vindex_synset_first_words)
{
    dyad_engine *eng = vindex_engine(t_);
    if (!eng)
        return;
    /* a synset member found through its first word's plural */
    vindex_expect(t_, eng, "Freedonia traded wheats to Sylvania.", "0611", "Sylvania");
    vindex_expect(t_, eng, "Freedonia traded barley to Sylvania.", "0611", "Sylvania");
    /* a two-word member whose last word is plural */
    vindex_expect(t_, eng, "Freedonia traded rice fields to Sylvania.", "0611", "Sylvania");
    /* a synset inside a synset (&GRAIN holds &CROP), and an exact word */
    vindex_expect(t_, eng, "Freedonia traded barley yesterday.", "0613", "");
    vindex_expect(t_, eng, "Freedonia traded oats yesterday.", "0613", "");
    vindex_expect(t_, eng, "Freedonia traded oat yesterday.", "061", "");
    /* a plain word: its plural only when the pattern says so */
    vindex_expect(t_, eng, "Freedonia traded loans yesterday.", "0614", "");
    vindex_expect(t_, eng, "Freedonia traded loan yesterday.", "061", "");
    dyad_engine_free(eng);
}

TEST(vindex_needs_side_of_verb)
{
    dyad_engine *eng = vindex_engine(t_);
    if (!eng)
        return;
    /* "to" and the actor before the verb do not make "(TO +)" after it */
    vindex_expect(t_, eng, "To Sylvania Freedonia traded barley.", "0613", "");
    /* "with" after the verb is not "$ WITH *" */
    vindex_expect(t_, eng, "Freedonia traded with Sylvania.", "061", "");
    vindex_expect(t_, eng, "Freedonia with Sylvania traded.", "0612", "");
    /* "(TO +)" needs an actor after the verb */
    vindex_expect(t_, eng, "Freedonia traded wheat to them.", "0613", "");
    dyad_engine_free(eng);
}

TEST(vindex_document_caches_per_call)
{
    dyad_engine *eng = vindex_engine(t_);
    if (!eng)
        return;
    /* the same document asked with the sentence cut short: the synset
     * answers kept for the first call must not serve the second */
    dyad_doc *doc = vindex_doc(eng, "Freedonia traded rice fields.");
    CHECK(doc != NULL);
    if (doc) {
        char code[32];
        const char *tgt;
        vindex_code(t_, eng, doc, 0, code, sizeof code, &tgt);
        CHECKF(strcmp(code, "0613") == 0, "whole sentence: %s", code);
        vindex_code(t_, eng, doc, 2, code, sizeof code, &tgt); /* without "fields ." */
        CHECKF(strcmp(code, "061") == 0, "cut sentence: %s", code);
        vindex_code(t_, eng, doc, 0, code, sizeof code, &tgt);
        CHECKF(strcmp(code, "0613") == 0, "whole sentence again: %s", code);
        dyad_doc_free(doc);
    }
    /* the short window first: what it holds must not stand for the whole */
    doc = vindex_doc(eng, "Freedonia traded loans.");
    CHECK(doc != NULL);
    if (doc) {
        char code[32];
        const char *tgt;
        vindex_code(t_, eng, doc, 2, code, sizeof code, &tgt); /* without "loans ." */
        CHECKF(strcmp(code, "061") == 0, "cut sentence: %s", code);
        vindex_code(t_, eng, doc, 0, code, sizeof code, &tgt);
        CHECKF(strcmp(code, "0614") == 0, "whole sentence: %s", code);
        dyad_doc_free(doc);
    }
    dyad_engine_free(eng);
}

/* A lexicon of one verb "trade" [061] with one pattern, made apart from
 * any engine; the verb's code as matched in `doc`. */
static void vindex_own_lexicon(tctx *t_, dyad_doc *doc, const char *pattern, char *code, size_t cap)
{
    snprintf(code, cap, "?");
    dyad_lexicon *lex = dyad_lexicon_new();
    CHECK(lex != NULL);
    if (!lex)
        return;
    const char *err = NULL;
    const char *forms[] = {"traded"};
    dyad_verb_code c = {"061", NULL, false}, pc = {"0614", NULL, false};
    long blk = dyad_verb_block_new(lex);
    long vi = blk < 0 ? -1
                      : dyad_verb_add(lex, "test", 1, "trade", forms, 1, DYAD_STYLE_VERB, c, (uint32_t)blk, &err);
    CHECK(vi >= 0);
    CHECK(dyad_verb_pattern_add(lex, (uint32_t)blk, pattern, strlen(pattern), DYAD_VD_PETRARCH, pc, "test", 2,
                                &err) == 0);
    dyad_verbs_finish(lex);
    int v = vindex_tok(doc, "traded");
    uint32_t ve;
    const dyad_verb *verb = v >= 0 ? dyad_verb_at(lex, doc, (uint32_t)v, (uint32_t)doc->n_toks, &ve) : NULL;
    CHECK(verb != NULL);
    dyad_pattern_match m;
    if (verb && dyad_verb_match(lex, verb, doc, 0, (uint32_t)doc->n_toks, (uint32_t)v, ve, NULL, 0, doc->arena, &m))
        snprintf(code, cap, "%s", m.code);
    dyad_lexicon_free(lex);
}

TEST(vindex_caller_lexicons_on_one_document)
{
    dyad_engine *eng = vindex_engine(t_);
    if (!eng)
        return;
    /* lexicons made and freed one after another each see the document
     * afresh (the document's caches serve only its engine's lexicon: a
     * freed lexicon may leave its address to the next one) */
    dyad_doc *doc = vindex_doc(eng, "Freedonia traded loans and bonds.");
    CHECK(doc != NULL);
    if (doc) {
        char code[32];
        vindex_own_lexicon(t_, doc, "* LOANS", code, sizeof code);
        CHECKF(strcmp(code, "0614") == 0, "first lexicon: %s", code);
        vindex_own_lexicon(t_, doc, "* SHARES", code, sizeof code);
        CHECKF(strcmp(code, "061") == 0, "second lexicon: %s", code);
        vindex_own_lexicon(t_, doc, "* BONDS", code, sizeof code);
        CHECKF(strcmp(code, "0614") == 0, "third lexicon: %s", code);
        dyad_doc_free(doc);
    }
    dyad_engine_free(eng);
}
