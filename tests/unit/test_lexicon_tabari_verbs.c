/* test_lexicon_tabari_verbs.c — TABARI pattern semantics in the verb
 * matcher: open (space) and closed ('_') connectors inside synsets and
 * { | } alternatives, and which pattern wins.  The dictionary is written
 * here to a temporary file; the sentences are ours. */
#include "testlib.h"
#include "dyad_int.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

#include <unistd.h>

static void tv_diag(void *ctx, const char *msg)
{
    int *count = ctx;
    (*count)++;
    fprintf(stderr, "tabari verbs test: %s\n", msg);
}

/* An engine with only the TABARI .verbs text `verbs`; NULL on failure. */
static dyad_engine *tv_engine(tctx *t_, const char *verbs)
{
    char path[96];
    if (!t_write_temp(t_, "tv.verbs", verbs, path, sizeof path))
        return NULL;
    int diags = 0;
    const char *paths[] = {path};
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = 1;
    o.no_builtin = 1;
    o.diag = tv_diag;
    o.diag_ctx = &diags;
    dyad_engine *eng = NULL;
    dyad_status st = dyad_engine_load(&o, &eng);
    remove(path);
    CHECKF(st == DYAD_OK, "engine load: %s", dyad_strerror(st));
    CHECKF(diags == 0, "%d diagnostics", diags);
    return eng;
}

/* Index of the first token whose text is w, or -1. */
static int tv_tok(const dyad_doc *doc, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; doc && i < doc->n_toks; i++) {
        const dyad_token *k = &doc->toks[i];
        if (k->span.end - k->span.start == n && memcmp(doc->text + k->span.start, w, n) == 0)
            return (int)i;
    }
    return -1;
}

/* The code the first verb of `text` gets with actor slots at the words
 * named in `actors` (space-separated single words), written to out. */
static const char *tv_code(const dyad_engine *eng, const char *text, const char *actors, char *out, size_t cap,
                           dyad_pattern_match *mout)
{
    snprintf(out, cap, "(no verb)");
    dyad_doc *doc = t_doc_of_text(eng, text);
    if (!doc || !doc->n_sents) {
        dyad_doc_free(doc);
        return out;
    }
    dyad_slot slots[8];
    size_t ns = 0;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", actors ? actors : "");
    for (char *w = strtok(buf, " "); w && ns < 8; w = strtok(NULL, " ")) {
        int k = tv_tok(doc, w);
        if (k >= 0)
            slots[ns] = (dyad_slot){(uint32_t)k, (uint32_t)k + 1, (int)ns}, ns++;
    }
    const dyad_sentence *s = &doc->sents[0];
    dyad_arena *a = dyad_arena_new(0);
    for (uint32_t i = s->tok_first; i < s->tok_end; i++) {
        uint32_t ve;
        const dyad_verb *v = dyad_verb_at(eng->lexicon, doc, i, s->tok_end, &ve);
        if (!v)
            continue;
        dyad_pattern_match m;
        if (dyad_verb_match(eng->lexicon, v, doc, s->tok_first, s->tok_end, i, ve, slots, ns, a, &m)) {
            snprintf(out, cap, "%s", m.code);
            if (mout)
                *mout = m;
        }
        break;
    }
    dyad_arena_free(a);
    dyad_doc_free(doc);
    return out;
}

/* A space inside a synset member or an alternative is open (words may
 * come between), '_' is closed. */
TEST(lexicon_tabari_phrase_connectors)
{
    dyad_engine *eng = tv_engine(t_, "<SYNSETS>\n"
                                      "&COIN\n"
                                      "+SILVER CROWN\n"
                                      "+GOLD_DUCAT\n"
                                      "</SYNSETS>\n"
                                      "PLEDGE  [070]\n"
                                      "- * &COIN  [071]\n"
                                      "- QUIETLY { FIRMLY RENEWED | OPENLY_SWORE } ITS *  [043]\n");
    if (!eng)
        return;
    char b[32];
    CHECK_STR(tv_code(eng, "Grand Fenwick will pledge a silver crown to Padua.", NULL, b, sizeof b, NULL), "071");
    CHECK_STR(tv_code(eng, "Grand Fenwick will pledge a silver Tudor crown to Padua.", NULL, b, sizeof b, NULL),
              "071");
    CHECK_STR(tv_code(eng, "Grand Fenwick will pledge a gold ducat to Padua.", NULL, b, sizeof b, NULL), "071");
    CHECK_STR(tv_code(eng, "Grand Fenwick will pledge a gold old ducat to Padua.", NULL, b, sizeof b, NULL), "070");
    CHECK_STR(tv_code(eng, "Fenwick quietly firmly at last renewed its pledge to Padua.", NULL, b, sizeof b, NULL),
              "043");
    CHECK_STR(tv_code(eng, "Fenwick quietly openly swore its pledge to Padua.", NULL, b, sizeof b, NULL), "043");
    CHECK_STR(tv_code(eng, "Fenwick quietly openly once swore its pledge to Padua.", NULL, b, sizeof b, NULL), "070");
    /* the gap is bounded */
    CHECK_STR(tv_code(eng, "Grand Fenwick will pledge a silver, bronze, copper, tin and lead crown.", NULL, b,
                      sizeof b, NULL),
              "070");
    dyad_engine_free(eng);
}

/* '~' keeps a word a stem before a closed '_': "HONEST~_FAIR" matches
 * "honestly fair" and "honest fair", not "honestly very fair". */
TEST(lexicon_tabari_stem_before_closed_connector)
{
    dyad_engine *eng = tv_engine(t_, "PRAISE  [051]\n"
                                      "- * HONEST~_FAIR  [052]\n"
                                      "- LATE~_*  [053]\n");
    if (!eng)
        return;
    char b[32];
    CHECK_STR(tv_code(eng, "Fenwick praised Padua as honestly fair.", NULL, b, sizeof b, NULL), "052");
    CHECK_STR(tv_code(eng, "Fenwick praised Padua as honest fair.", NULL, b, sizeof b, NULL), "052");
    CHECK_STR(tv_code(eng, "Fenwick praised Padua as honestly very fair.", NULL, b, sizeof b, NULL), "051");
    CHECK_STR(tv_code(eng, "Fenwick lately praised Padua.", NULL, b, sizeof b, NULL), "053");
    CHECK_STR(tv_code(eng, "Fenwick late praised Padua.", NULL, b, sizeof b, NULL), "053");
    CHECK_STR(tv_code(eng, "Fenwick lately then praised Padua.", NULL, b, sizeof b, NULL), "051");
    dyad_engine_free(eng);
}

/* TABARI: of the patterns that match, the one that matched most wins; a
 * pattern's own word beats a synset member; on a tie the more specific
 * pattern (then the earlier line) wins. */
TEST(lexicon_tabari_longest_match_wins)
{
    dyad_engine *eng = tv_engine(t_, "<SYNSETS>\n"
                                      "&COIN\n"
                                      "+DUCAT\n"
                                      "+SILVER CROWN\n"
                                      "</SYNSETS>\n"
                                      "VOW  [170]\n"
                                      "- * DEFEND { TO THE END | UNTIL DAWN } [171]\n"
                                      "- * DEFEND { TO THE END OF TIME | UNTIL DAWN } [172]\n"
                                      "- * DEFENCE TO THE LAST [173]\n"
                                      "PLEDGE  [070]\n"
                                      "- * &COIN  [071]\n"
                                      "- * DUCAT  [072]\n");
    if (!eng)
        return;
    char b[32];
    CHECK_STR(tv_code(eng, "Fenwick vowed to defend to the end of time the valley.", NULL, b, sizeof b, NULL), "172");
    CHECK_STR(tv_code(eng, "Fenwick vowed to defend to the end the valley.", NULL, b, sizeof b, NULL), "171");
    CHECK_STR(tv_code(eng, "Fenwick vowed defence to the last man.", NULL, b, sizeof b, NULL), "173");
    CHECK_STR(tv_code(eng, "Fenwick vowed to defend until dawn.", NULL, b, sizeof b, NULL), "172");
    CHECK_STR(tv_code(eng, "Fenwick will pledge a ducat to Padua.", NULL, b, sizeof b, NULL), "072");
    CHECK_STR(tv_code(eng, "Fenwick will pledge a silver crown to Padua.", NULL, b, sizeof b, NULL), "071");
    dyad_engine_free(eng);
}

/* TABARI's '^' skips an actor phrase, never a plain word: "- * AT ^ +"
 * on "warned at the Padua of Fenwick" skips Padua ("the" is no actor). */
TEST(lexicon_tabari_skip_is_an_actor)
{
    dyad_engine *eng = tv_engine(t_, "WARN  [160]\n"
                                      "- * AT ^ +  [162]\n"
                                      "- * IN ^ ^ +  [163]\n");
    if (!eng)
        return;
    char b[32];
    dyad_pattern_match m;
    CHECK_STR(tv_code(eng, "Tsura warned at the Padua of Fenwick.", "Padua Fenwick", b, sizeof b, &m), "162");
    CHECK(m.target_slot == 1);
    CHECK_STR(tv_code(eng, "Tsura warned in Padua with the help of Corvia over Fenwick.", "Padua Corvia Fenwick", b,
                      sizeof b, &m),
              "163");
    CHECK(m.target_slot == 2);
    /* one actor only: nothing to skip to */
    CHECK_STR(tv_code(eng, "Tsura warned at the Padua today.", "Padua", b, sizeof b, &m), "160");
    dyad_engine_free(eng);
}

/* A TABARI verb phrase written with spaces lets words come between, its
 * own auxiliaries too ("TRUCE HELD" is "truce has held"), but not a
 * conjunction. */
TEST(lexicon_tabari_verb_phrase_gaps)
{
    dyad_engine *eng = tv_engine(t_, "TRUCE HELD  [081]\n"
                                      "BURN FLAGS  [181]\n");
    if (!eng)
        return;
    char b[32];
    CHECK_STR(tv_code(eng, "The truce has held in Padua.", NULL, b, sizeof b, NULL), "081");
    CHECK_STR(tv_code(eng, "The truce held in Padua.", NULL, b, sizeof b, NULL), "081");
    CHECK_STR(tv_code(eng, "The truce and held in Padua.", NULL, b, sizeof b, NULL), "(no verb)");
    CHECK_STR(tv_code(eng, "Crowds burned two Padua flags.", NULL, b, sizeof b, NULL), "181");
    dyad_engine_free(eng);
}

/* A TABARI synset member may name the source or the target:
 * "+THALER_$" binds the actor right after "thaler" as the source. */
TEST(lexicon_tabari_synset_member_with_actor)
{
    dyad_engine *eng = tv_engine(t_, "<SYNSETS>\n"
                                      "&COIN\n"
                                      "+DUCAT\n"
                                      "+THALER_$\n"
                                      "+GROAT_OF +\n"
                                      "</SYNSETS>\n"
                                      "PLEDGE  [070]\n"
                                      "- * &COIN  [071]\n");
    if (!eng)
        return;
    char b[32];
    dyad_pattern_match m;
    CHECK_STR(tv_code(eng, "Fenwick will pledge a thaler Padua to Corvia.", "Fenwick Padua Corvia", b, sizeof b, &m),
              "071");
    CHECK(m.source_slot == 1 && m.target_slot == -1);
    CHECK_STR(tv_code(eng, "Fenwick will pledge a groat of old Corvia.", "Fenwick Corvia", b, sizeof b, &m), "071");
    CHECK(m.source_slot == -1 && m.target_slot == 1);
    CHECK_STR(tv_code(eng, "Fenwick will pledge a ducat to Corvia.", "Fenwick Corvia", b, sizeof b, &m), "071");
    CHECK(m.source_slot == -1 && m.target_slot == -1);
    /* no actor where the member names one: the member does not match */
    CHECK_STR(tv_code(eng, "Fenwick will pledge a thaler to Corvia.", "Fenwick Corvia", b, sizeof b, &m), "070");
    dyad_engine_free(eng);
}

/* In a TABARI pattern a '_' right after a synset leaves the gap open
 * ("&NEVER_AGAIN *" codes "never, sadly, again clash"), while a '_'
 * before it, or inside a synset member, stays closed. */
TEST(lexicon_tabari_connector_after_synset)
{
    dyad_engine *eng = tv_engine(t_, "<SYNSETS>\n"
                                      "&NEG\n"
                                      "+DID_NOT\n"
                                      "+NEVER\n"
                                      "&TIE\n"
                                      "+TRADE_LINKS\n"
                                      "</SYNSETS>\n"
                                      "CLASH  [190]\n"
                                      "- &NEG_AGAIN *  [191]\n"
                                      "- * OVER_&TIE  [192]\n");
    if (!eng)
        return;
    char b[32];
    CHECK_STR(tv_code(eng, "Fenwick never again clashed with Padua.", NULL, b, sizeof b, NULL), "191");
    CHECK_STR(tv_code(eng, "Fenwick never sadly again clashed with Padua.", NULL, b, sizeof b, NULL), "191");
    CHECK_STR(tv_code(eng, "Fenwick clashed over trade links.", NULL, b, sizeof b, NULL), "192");
    CHECK_STR(tv_code(eng, "Fenwick clashed over new trade links.", NULL, b, sizeof b, NULL), "190");
    CHECK_STR(tv_code(eng, "Fenwick clashed over trade and links.", NULL, b, sizeof b, NULL), "190");
    dyad_engine_free(eng);
}
