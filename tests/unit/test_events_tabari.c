/* test_events_tabari.c — the events stage under TABARI's settings
 * (dyad_code_options_tabari): where a verb's target comes from when the
 * patterns do not say.  Dictionaries: tests/cases/dict/events/ (ours);
 * the sentences are ours. */
#include "testlib.h"
#include "dyad_int.h"
#include "events/events.h"
#include "eval/tabari_options.h"
#include "lexicon/verbs.h"

#include <unistd.h>

static dyad_engine *tev_engine(tctx *t_)
{
    static const char *const paths[] = {"tests/cases/dict/events/events.actors", "tests/cases/dict/events/events.verbs",
                           "tests/cases/dict/events/events.agents"};
    return t_engine_of_dicts(t_, paths, 3);
}

/* Code `text` with TABARI's settings (no time shift, commas or minimum
 * length); the events as "SRC/TGT/CODE" joined by ' ' into out. */
static const char *tev_code(tctx *t_, const dyad_engine *eng, const char *text, char *out, size_t cap)
{
    out[0] = 0;
    dyad_code_options o = dyad_code_options_tabari(false);
    o.time_shift = false;
    o.min_words = 0;
    o.comma_on = false;
    dyad_doc *doc = t_doc_of_text_dated(eng, text, "2001-05-09");
    CHECK(doc != NULL);
    if (!doc)
        return out;
    doc->code_opts = &o;
    dyad_doc_run(doc, DYAD_STAGE_ALL);
    const dyad_event_list *l = doc->analysis ? doc->analysis->events : NULL;
    size_t len = 0;
    for (size_t i = 0; l && i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        int n = snprintf(out + len, cap - len, "%s%s/%s/%s", len ? " " : "", e->source ? e->source : "---",
                         e->target ? e->target : "---", e->cameo);
        if (n < 0 || (size_t)n >= cap - len)
            break;
        len += (size_t)n;
    }
    dyad_doc_free(doc);
    return out;
}

/* With no actor after the verb, TABARI's target is the verb's own
 * subject when the source is another, earlier actor — the actor right
 * before the verb, auxiliaries between, never one further back. */
TEST(events_tabari_target_before_the_verb)
{
    dyad_engine *eng = tev_engine(t_);
    if (!eng)
        return;
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora accepts that Norland might condemn.", got, sizeof got), "VEL/NOR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora accepts that Norland would also condemn.", got, sizeof got), "VEL/NOR/122");
    /* an actor further back is no target */
    CHECK_STR(tev_code(t_, eng, "Veldora accepts that Norland troops in the hills might condemn.", got, sizeof got),
              "");
    /* the source alone: no event */
    CHECK_STR(tev_code(t_, eng, "Veldora might condemn.", got, sizeof got), "");
    /* an actor after the verb comes first */
    CHECK_STR(tev_code(t_, eng, "Veldora accepts that Norland might condemn Suria.", got, sizeof got),
              "VEL/SUR/122");
    dyad_engine_free(eng);
}

/* TABARI's nouns: a verb form after an article, or capitalised inside
 * the sentence, is no verb ("Veldora is to Condemn …" names something);
 * a word in capitals throughout (a headline) still is. */
TEST(events_tabari_capitalised_verb_is_a_noun)
{
    dyad_engine *eng = tev_engine(t_);
    if (!eng)
        return;
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora will condemn Norland.", got, sizeof got), "VEL/NOR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora will Condemn Norland.", got, sizeof got), "");
    CHECK_STR(tev_code(t_, eng, "Veldora will the condemn Norland.", got, sizeof got), "");
    CHECK_STR(tev_code(t_, eng, "VELDORA WILL CONDEMN NORLAND.", got, sizeof got), "VEL/NOR/122");
    dyad_engine_free(eng);
}

/* An engine of our test actors and the TABARI verbs `verbs` (written to a
 * temporary file, removed once loaded); NULL on failure (recorded). */
static dyad_engine *tev_engine_with_verbs(tctx *t_, const char *verbs)
{
    char path[96];
    if (!t_write_temp(t_, "tev.verbs", verbs, path, sizeof path))
        return NULL;
    const char *const paths[] = {"tests/cases/dict/events/events.actors", path};
    dyad_engine *eng = t_engine_of_dicts(t_, paths, 2);
    remove(path);
    return eng;
}

/* A verb phrase of the dictionary holding a conjunction is one verb, not
 * two clauses: "Veldora shot and wounded Norland" with SHOT_AND_WOUND;
 * the clause still ends at an "and" before another verb. */
TEST(events_tabari_verb_phrase_with_conjunction)
{
    dyad_engine *eng = tev_engine_with_verbs(t_, "SHOT_AND_WOUND  [223]\nSHOT  [190]\nCONDEMN  [122]\nREBUK  [123]\n");
    if (!eng)
        return;
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora shot and wounded Norland in the hills.", got, sizeof got), "VEL/NOR/223");
    CHECK_STR(tev_code(t_, eng, "Veldora condemned Norland and rebuked Suria.", got, sizeof got),
              "VEL/NOR/122 VEL/SUR/123");
    dyad_engine_free(eng);
}

/* The pattern's source after the verb is no target: the next actor is
 * ("+THALER_$": "Veldora will pledge a thaler Norland to Suria" →
 * NOR/SUR). */
TEST(events_tabari_pattern_source_after_the_verb)
{
    dyad_engine *eng = tev_engine_with_verbs(t_, "<SYNSETS>\n&COIN\n+THALER_$\n</SYNSETS>\nPLEDGE  [070]\n- * &COIN  [071]\n");
    if (!eng)
        return;
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora will pledge a thaler Norland to Suria.", got, sizeof got), "NOR/SUR/071");
    CHECK_STR(tev_code(t_, eng, "Veldora will pledge a sum to Suria.", got, sizeof got), "VEL/SUR/070");
    dyad_engine_free(eng);
}

/* TABARI's compounds: "and" after a possessive actor and a word ends that
 * actor's phrase unless both words around it are listed adjectives (or
 * nouns) of the actors file; the first phrase then has no actor and the
 * source is the next one. */
TEST(events_tabari_adjective_noun_lists_and_compounds)
{
    char apath[64], vpath[64];
    snprintf(apath, sizeof apath, "/tmp/dyad-tev3-%d.actors", (int)getpid());
    snprintf(vpath, sizeof vpath, "/tmp/dyad-tev3-%d.verbs", (int)getpid());
    FILE *f = fopen(apath, "w"), *g = fopen(vpath, "w");
    CHECK(f != NULL && g != NULL);
    if (!f || !g) {
        if (f)
            fclose(f);
        if (g)
            fclose(g);
        return;
    }
    fputs("<NOUN>\nCATTLE\nHORSES_\n</NOUN>\n<ADJECTIVE>\nGRIM\nSTERN\n</ADJECTIVE>\n"
          "VELDORA_  [VEL]\nNORLAND_  [NOR]\nSURIA_  [SUR]\nMARSHAL_TORVEN_  [NORMIL]\n",
          f);
    fputs("CONDEMN  [122]\n", g);
    fclose(f);
    fclose(g);
    const char *paths[] = {apath, vpath};
    dyad_engine_options eo = {0};
    eo.dict_paths = paths;
    eo.n_dict_paths = 2;
    eo.no_builtin = 1;
    dyad_engine *eng = NULL;
    CHECK(dyad_engine_load(&eo, &eng) == DYAD_OK);
    remove(apath);
    remove(vpath);
    if (!eng)
        return;
    dyad_doc *doc = t_doc_of_text(eng, "grim stern cattle horses calm");
    if (doc) {
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&ADJECTIVE", 0, 5) == 1);
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&ADJECTIVE", 1, 5) == 2);
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&NOUN", 2, 5) == 3);
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&NOUN", 3, 5) == 4);
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&NOUN", 4, 5) == 0);
        CHECK(dyad_verb_synset_at(eng->lexicon, doc, "&NOTHING", 0, 5) == 0);
        dyad_doc_free(doc);
    }
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora's grim and stern Marshal Torven condemned Suria.", got, sizeof got),
              "VEL/SUR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora's grim and calm Marshal Torven condemned Suria.", got, sizeof got),
              "NORMIL/SUR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora's cattle and horses of Norland condemned Suria.", got, sizeof got),
              "VEL/SUR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora's cattle and goats of Norland condemned Suria.", got, sizeof got),
              "NOR/SUR/122");
    /* inside a compound, listed adjectives between two actors join them */
    CHECK_STR(tev_code(t_, eng, "Suria and the grim Veldora stern Norland condemned Marshal Torven.", got, sizeof got),
              "SUR/NORMIL/122 VEL/NORMIL/122 NOR/NORMIL/122");
    CHECK_STR(tev_code(t_, eng, "Suria and the grim Veldora calm Norland condemned Marshal Torven.", got, sizeof got),
              "SUR/NORMIL/122 VEL/NORMIL/122");
    dyad_engine_free(eng);
}

/* TABARI: a clause with no actor before its verb takes its source from
 * after the verb when two actors follow and the clause before coded
 * nothing; after a coded clause, that clause's subject goes on. */
TEST(events_tabari_clause_source_after_the_verb)
{
    dyad_engine *eng = tev_engine(t_);
    if (!eng)
        return;
    char got[512];
    CHECK_STR(tev_code(t_, eng, "Veldora wavered and condemned the raid by Norland on Suria.", got, sizeof got),
              "NOR/SUR/122");
    CHECK_STR(tev_code(t_, eng, "Veldora rebuked Castamere and condemned the raid by Norland on Suria.", got,
                       sizeof got),
              "VEL/CAS/123 VEL/NOR/122");
    /* one actor after the verb: the subject before goes on */
    CHECK_STR(tev_code(t_, eng, "Veldora wavered and condemned Norland.", got, sizeof got), "VEL/NOR/122");
    dyad_engine_free(eng);
}
