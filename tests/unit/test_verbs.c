/* test_verbs.c — the verb dictionaries (TABARI, PETRARCH, dyad), the
 * pattern compiler and the matcher.  The small dictionaries are in
 * tests/cases/dict/verbs/ (with malformed lines); the sentences are ours;
 * the real TABARI and PETRARCH files are read from ../shared when there. */
#include "testlib.h"
#include "dyad_int.h"
#include "lexicon/lexicon.h"
#include "lexicon/verbs.h"

#include <stdlib.h>
#include <time.h>

typedef struct vlog {
    char text[8192];
    size_t len;
    int count;
} vlog;

static void vlog_diag(void *ctx, const char *msg)
{
    vlog *l = ctx;
    l->count++;
    int n = snprintf(l->text + l->len, sizeof l->text - l->len, "%s\n", msg);
    if (n > 0 && l->len + (size_t)n < sizeof l->text)
        l->len += (size_t)n;
}

static dyad_engine *verbs_engine(tctx *t_, vlog *log, const char *const *paths, size_t n, bool builtin)
{
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = n;
    o.no_builtin = !builtin;
    o.diag = vlog_diag;
    o.diag_ctx = log;
    dyad_engine *eng = NULL;
    dyad_status st = dyad_engine_load(&o, &eng);
    CHECKF(st == DYAD_OK, "engine load: %s", dyad_strerror(st));
    return eng;
}

static dyad_doc *verbs_doc(const dyad_engine *eng, const char *text) { return t_doc_of_text(eng, text); }

/* Index of the first token whose text is w (case-sensitive), or -1. */
static int tok_of(const dyad_doc *doc, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; i < doc->n_toks; i++) {
        const dyad_token *k = &doc->toks[i];
        if (k->span.end - k->span.start == n && memcmp(doc->text + k->span.start, w, n) == 0)
            return (int)i;
    }
    return -1;
}

/* A slot covering the words from `first` to `last` (texts of tokens). */
static dyad_slot slot_of(const dyad_doc *doc, const char *first, const char *last, int id)
{
    int a = tok_of(doc, first), b = tok_of(doc, last);
    dyad_slot s = {a < 0 ? 0 : (uint32_t)a, b < 0 ? 0 : (uint32_t)b + 1, id};
    return s;
}

typedef struct vres {
    bool found, ok;
    const dyad_verb *verb;
    dyad_pattern_match m;
    char code[32];
} vres;

/* Find the first verb in the document's first sentence and match it. */
static vres code_sentence(const dyad_engine *eng, const dyad_doc *doc, const dyad_slot *slots, size_t n)
{
    vres r = {0};
    if (!doc || !doc->n_sents)
        return r;
    const dyad_sentence *s = &doc->sents[0];
    dyad_arena *a = dyad_arena_new(0);
    for (uint32_t i = s->tok_first; i < s->tok_end && !r.found; i++) {
        uint32_t ve;
        const dyad_verb *v = dyad_verb_at(eng->lexicon, doc, i, s->tok_end, &ve);
        if (!v)
            continue;
        r.found = true;
        r.verb = v;
        r.ok = dyad_verb_match(eng->lexicon, v, doc, s->tok_first, s->tok_end, i, ve, slots, n, a, &r.m);
        snprintf(r.code, sizeof r.code, "%s", r.ok ? r.m.code : "?");
        r.m.code = r.code;
        r.m.where = NULL;
    }
    dyad_arena_free(a);
    return r;
}

TEST(verbs_tabari_loader_and_errors)
{
    vlog log = {0};
    const char *paths[] = {"tests/cases/dict/verbs/test.verbs"};
    dyad_engine *eng = verbs_engine(t_, &log, paths, 1, false);
    if (!eng)
        return;
    CHECKF(log.count == 9, "%d diagnostics:\n%s", log.count, log.text);
    CHECK(strstr(log.text, "test.verbs:31: verb without a [code]") != NULL);
    CHECK(strstr(log.text, "test.verbs:38: undefined synset") != NULL);
    CHECK(strstr(log.text, "test.verbs:40: unknown section tag") != NULL);
    CHECK(dyad_verb_count(eng->lexicon) == 4); /* ACCUS SIGN_ SAY MEET; not IGNORED */
    CHECK(dyad_verb_find(eng->lexicon, "IGNORED") == NULL);
    const dyad_verb *v = dyad_verb_find(eng->lexicon, "SAY");
    CHECK(v && v->code.no_event && strcmp(v->code.code, "---") == 0);
    dyad_engine_free(eng);
}

TEST(verbs_tabari_patterns)
{
    vlog log = {0};
    const char *paths[] = {"tests/cases/dict/verbs/test.verbs"};
    dyad_engine *eng = verbs_engine(t_, &log, paths, 1, false);
    if (!eng)
        return;
    /* stem verb, '+' target, exact word after '_' */
    dyad_doc *doc = verbs_doc(eng, "Freedonia accused Sylvania of spying on its navy.");
    dyad_slot sl[2] = {slot_of(doc, "Freedonia", "Freedonia", 1), slot_of(doc, "Sylvania", "Sylvania", 2)};
    vres r = code_sentence(eng, doc, sl, 2);
    CHECK(r.found && r.ok && !r.m.is_default);
    CHECK_STR(r.code, "1125");
    CHECK(r.m.target_slot == 1 && r.m.source_slot == -1);
    CHECK(doc && r.m.last_tok == (uint32_t)tok_of(doc, "spying"));
    dyad_doc_free(doc);
    /* '$' before the verb, synset member, stem "AGGRESSION" */
    doc = verbs_doc(eng, "Freedonia accuses Sylvania of military aggressions.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Sylvania", "Sylvania", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "1123");
    CHECK(r.m.source_slot == 0 && r.m.target_slot == 1);
    CHECK(doc && r.m.first_tok == (uint32_t)tok_of(doc, "Freedonia"));
    dyad_doc_free(doc);
    /* "ECONOMIC_" is exact: "economics" is not a member; nothing else fits */
    doc = verbs_doc(eng, "Freedonia accuses Sylvania of economics aggression.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Sylvania", "Sylvania", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK(r.ok && r.m.is_default);
    CHECK_STR(r.code, "112");
    dyad_doc_free(doc);
    /* alternatives { A | B_C }, passive with '$' after BY_ */
    doc = verbs_doc(eng, "Freedonia accused Sylvania of war crimes.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Sylvania", "Sylvania", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "1124"); /* WAR_CRIMES: the two words together */
    dyad_doc_free(doc);
    doc = verbs_doc(eng, "Freedonia accused Sylvania of war and crimes.");
    r = code_sentence(eng, doc, NULL, 0);
    CHECK_STR(r.code, "112");
    dyad_doc_free(doc);
    doc = verbs_doc(eng, "Sylvania was accused by Freedonia yesterday.");
    sl[0] = slot_of(doc, "Sylvania", "Sylvania", 1);
    sl[1] = slot_of(doc, "Freedonia", "Freedonia", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "112");
    CHECK(!r.m.is_default && r.m.target_slot == 0 && r.m.source_slot == 1);
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}

TEST(verbs_tabari_connectors_compound_skip)
{
    vlog log = {0};
    const char *paths[] = {"tests/cases/dict/verbs/test.verbs"};
    dyad_engine *eng = verbs_engine(t_, &log, paths, 1, false);
    if (!eng)
        return;
    /* '%' compound before the verb, a synset phrase of two words */
    dyad_doc *doc = verbs_doc(eng, "Freedonia and Sylvania signed a peace accord.");
    dyad_slot sl[3] = {slot_of(doc, "Freedonia", "Sylvania", 1)};
    vres r = code_sentence(eng, doc, sl, 1);
    CHECK_STR(r.code, "057");
    CHECK(r.m.compound_slot == 0 && r.m.code2 && strcmp(r.m.code2, "057") == 0);
    dyad_doc_free(doc);
    /* SIGN_ is exact: "signature" is not the verb */
    doc = verbs_doc(eng, "The signature was forged.");
    r = code_sentence(eng, doc, NULL, 0);
    CHECK(!r.found);
    dyad_doc_free(doc);
    /* '^' skips an actor phrase */
    doc = verbs_doc(eng, "Freedonia signs the Sylvanian deal.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Sylvanian", "Sylvanian", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "0311");
    CHECK(r.m.source_slot == -1 && r.m.target_slot == -1);
    dyad_doc_free(doc);
    /* "REFUSED_TO_*": adjacent; "REFUSED TO *": words between allowed */
    doc = verbs_doc(eng, "Freedonia refused to sign.");
    r = code_sentence(eng, doc, NULL, 0);
    CHECK(r.ok && r.m.no_event && strcmp(r.code, "---") == 0);
    dyad_doc_free(doc);
    doc = verbs_doc(eng, "Freedonia refused again to quickly sign.");
    r = code_sentence(eng, doc, NULL, 0);
    CHECK_STR(r.code, "128");
    dyad_doc_free(doc);
    /* "[:173]": only the reverse event */
    doc = verbs_doc(eng, "Freedonia said Sylvania attacked.");
    sl[0] = slot_of(doc, "Sylvania", "Sylvania", 1);
    r = code_sentence(eng, doc, sl, 1);
    CHECK(r.ok && r.m.no_event && r.m.code2 && strcmp(r.m.code2, "173") == 0);
    dyad_doc_free(doc);
    /* "+ HOSTED_ $ AND *": slots before the verb, matched leftwards; a
     * space lets "they" come between AND and the verb */
    doc = verbs_doc(eng, "Later Sylvania hosted Freedonia and they meet in Paris.");
    sl[0] = slot_of(doc, "Sylvania", "Sylvania", 1);
    sl[1] = slot_of(doc, "Freedonia", "Freedonia", 2);
    sl[2] = slot_of(doc, "Paris", "Paris", 3);
    r = code_sentence(eng, doc, sl, 3);
    CHECK(r.found && strcmp(r.verb->name, "MEET") == 0);
    CHECK_STR(r.code, "043");
    CHECK(r.m.target_slot == 0 && r.m.source_slot == 1);
    CHECK(doc && r.m.first_tok == (uint32_t)tok_of(doc, "Sylvania"));
    dyad_doc_free(doc);
    /* "* + IN_ ^": target right after... any gap; then IN exactly, then a slot */
    doc = verbs_doc(eng, "They meet Freedonia in Paris.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Paris", "Paris", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "044");
    CHECK(r.m.target_slot == 0 && doc && r.m.last_tok == (uint32_t)tok_of(doc, "Paris"));
    dyad_doc_free(doc);
    doc = verbs_doc(eng, "They meet Freedonia inside Paris.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Paris", "Paris", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK(r.m.is_default); /* IN_ is exact: "inside" is not IN */
    CHECK_STR(r.code, "040");
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}

TEST(verbs_petrarch_loader_and_patterns)
{
    vlog log = {0};
    const char *paths[] = {"tests/cases/dict/verbs/Test.verbs.txt"};
    dyad_engine *eng = verbs_engine(t_, &log, paths, 1, false);
    if (!eng)
        return;
    CHECKF(log.count == 3, "%d diagnostics:\n%s", log.count, log.text);
    CHECK(dyad_verb_transform_count(eng->lexicon) == 1);
    const dyad_verb_transform *tr = dyad_verb_transform_at(eng->lexicon, 0);
    CHECK(tr && strcmp(tr->outer, "SAY") == 0 && strcmp(tr->inner, "ATTACK") == 0 && tr->inner_target == 'b' &&
          strcmp(tr->code, "138") == 0);
    /* regular forms made, irregular forms as listed, multi-word verbs */
    static const char *const forms[] = {"attacks",       "attacked",   "struck",      "opened fire",
                                        "re-attacked",   "bombarding", "carried out", "supplies"};
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++) {
        char text[128];
        snprintf(text, sizeof text, "They %s here.", forms[i]);
        dyad_doc *doc = verbs_doc(eng, text);
        vres r = code_sentence(eng, doc, NULL, 0);
        CHECKF(r.found, "form \"%s\" not found", forms[i]);
        dyad_doc_free(doc);
    }
    /* "STRIKE {...}" lists all forms: "striked" is not one */
    dyad_doc *doc = verbs_doc(eng, "They striked here.");
    CHECK(!code_sentence(eng, doc, NULL, 0).found);
    dyad_doc_free(doc);
    /* own code vs block code */
    doc = verbs_doc(eng, "Freedonia bombarded Sylvania.");
    CHECK_STR(code_sentence(eng, doc, NULL, 0).code, "195");
    dyad_doc_free(doc);
    /* (WITH &WEAPON): a prepositional phrase, words between allowed, plurals */
    doc = verbs_doc(eng, "Rebels attacked the base with heavy missiles.");
    CHECK_STR(code_sentence(eng, doc, NULL, 0).code, "194");
    dyad_doc_free(doc);
    /* {CIVILIAN CONVOY}: the words together */
    doc = verbs_doc(eng, "Rebels struck a civilian convoy.");
    CHECK_STR(code_sentence(eng, doc, NULL, 0).code, "1823");
    dyad_doc_free(doc);
    doc = verbs_doc(eng, "Rebels struck a civilian aid convoy.");
    CHECK_STR(code_sentence(eng, doc, NULL, 0).code, "190");
    dyad_doc_free(doc);
    /* "&AUXVERB * $" with a synset label written "&AUXVERB_" */
    doc = verbs_doc(eng, "Sylvania has attacked Freedonia.");
    dyad_slot sl[2] = {slot_of(doc, "Sylvania", "Sylvania", 1), slot_of(doc, "Freedonia", "Freedonia", 2)};
    vres r = code_sentence(eng, doc, sl, 2);
    CHECK(r.ok && r.m.no_event && r.m.source_slot == 1);
    dyad_doc_free(doc);
    /* (TO +) */
    doc = verbs_doc(eng, "Freedonia supplied missiles to Sylvania.");
    sl[0] = slot_of(doc, "Freedonia", "Freedonia", 1);
    sl[1] = slot_of(doc, "Sylvania", "Sylvania", 2);
    r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "072");
    CHECK(r.m.target_slot == 1);
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}

TEST(verbs_dyad_format_and_builtin)
{
    vlog log = {0};
    const char *paths[] = {"tests/cases/dict/verbs/verbs.txt"};
    dyad_engine *eng = verbs_engine(t_, &log, paths, 1, false);
    if (!eng)
        return;
    CHECKF(log.count == 5, "%d diagnostics:\n%s", log.count, log.text);
    dyad_doc *doc = verbs_doc(eng, "Freedonia and Sylvania held talks with Ruritania in the border town.");
    dyad_slot sl[2] = {slot_of(doc, "Freedonia", "Sylvania", 1), slot_of(doc, "Ruritania", "Ruritania", 2)};
    vres r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "044");
    CHECK(r.m.target_slot == 1);
    dyad_doc_free(doc);
    dyad_engine_free(eng);

    /* the built-in data/verbs.txt */
    memset(&log, 0, sizeof log);
    eng = verbs_engine(t_, &log, NULL, 0, true);
    if (!eng)
        return;
    CHECKF(log.count == 0, "built-in data: %s", log.text);
    static const struct {
        const char *text, *target, *code;
    } cases[] = {
        {"Biden had a call with Sisi on Tuesday.", "Sisi", "041"},
        {"Blinken held a phone call with Qatar's prime minister.", "Qatar", "041"},
        {"Macron spoke by phone with Netanyahu about the hostages.", "Netanyahu", "041"},
        {"Sisi spoke with Biden about Gaza.", "Biden", "041"},
        {"Netanyahu met with Sisi in Cairo.", "Sisi", "040"},
        {"Netanyahu met with Sisi on the sidelines of the summit.", "Sisi", "044"},
        {"Egypt hosted Hamas negotiators.", "Hamas", "043"},
        {"Israel and Hamas agreed to a ceasefire.", NULL, "0356"},
        {"Guterres urged Israel to agree to a truce.", "Israel", "0256"},
        {"Guterres urged Israel to act.", "Israel", "020"},
        {"The council called for the release of the hostages.", NULL, "0253"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        doc = verbs_doc(eng, cases[i].text);
        dyad_slot s1[1];
        size_t ns = 0;
        if (cases[i].target && doc) {
            s1[0] = slot_of(doc, cases[i].target, cases[i].target, 7);
            ns = 1;
        }
        r = code_sentence(eng, doc, s1, ns);
        CHECKF(r.ok && strcmp(r.code, cases[i].code) == 0, "\"%s\": %s, expected %s", cases[i].text, r.code,
               cases[i].code);
        if (cases[i].target)
            CHECKF(r.m.target_slot == 0, "\"%s\": target %d", cases[i].text, r.m.target_slot);
        dyad_doc_free(doc);
    }
    /* "spoke with" without an actor right after it codes nothing */
    doc = verbs_doc(eng, "The minister spoke with reporters.");
    r = code_sentence(eng, doc, NULL, 0);
    CHECK(r.ok && r.m.no_event);
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}

TEST(verbs_inflect_and_formats)
{
    char f[3][64];
    CHECK(dyad_verb_inflect("AGREE", 5, f) == 3 && strcmp(f[0], "AGREES") == 0 && strcmp(f[1], "AGREED") == 0 &&
          strcmp(f[2], "AGREEING") == 0);
    CHECK(dyad_verb_inflect("carry", 5, f) == 3 && strcmp(f[0], "carries") == 0 && strcmp(f[1], "carried") == 0 &&
          strcmp(f[2], "carrying") == 0);
    CHECK(dyad_verb_inflect("NEGOTIATE", 9, f) == 3 && strcmp(f[2], "NEGOTIATING") == 0);
    CHECK(dyad_verb_inflect("PUSH", 4, f) == 3 && strcmp(f[0], "PUSHES") == 0);
    CHECK(dyad_dict_format_guess("x/CAMEO.091003.master.verbs.clean", "", 0) == DYAD_DICT_TABARI_VERBS);
    CHECK(dyad_dict_format_guess("PETR.Validate.verbs.txt", "&A\n", 3) == DYAD_DICT_VERBS);
    CHECK(dyad_dict_format_guess("CAMEO.2.0.txt", "# x\n---  AGREE   [030]  ---\n", 27) == DYAD_DICT_VERBS);
    CHECK(dyad_dict_format_guess("my.txt", "verb | a | a | 010\n", 19) == DYAD_DICT_DYAD_VERBS);
    CHECK(dyad_dict_format_guess("CAMEO2PLOVER-2021.txt", "03: AGREE\n", 10) == DYAD_DICT_PLOVER);
}

TEST(verbs_hostile_buffers)
{
    static const char *const inputs[] = {
        "-", "[", "- [", "- * [", "A [", "A [0]\n- * {", "A [0]\n- * (", "A [0]\n- ((((((((((* [1]",
        "&\n+\n+&\n", "&A\n+&A\n- &A * [1]\nA [1]\n- &A * [2]\n", "--- [", "---  A [0] ---\n- %%%% [1]\n",
        "A [0]\n{", "A [0]\n- * {|||} [1]\n", "~", "~ a ( b c", "verb | | | ", "pattern | x | * | 1",
        "---  A [0] ---\nA {\n", "A_ [0]\n- _*_ [1]\n- ^^^^ * $$$$ ++++ [2]\n"};
    static const dyad_dict_format fmts[] = {DYAD_DICT_TABARI_VERBS, DYAD_DICT_VERBS, DYAD_DICT_DYAD_VERBS};
    dyad_engine *eng = NULL;
    vlog log = {0};
    eng = verbs_engine(t_, &log, NULL, 0, false);
    dyad_doc *doc = eng ? verbs_doc(eng, "A a aa A. B a (b) [c] a_b * $ + % ^.") : NULL;
    for (size_t i = 0; eng && doc && i < sizeof inputs / sizeof *inputs; i++)
        for (size_t f = 0; f < 3; f++) {
            dyad_lexicon *lex = dyad_lexicon_new();
            long rc = dyad_lexicon_add_buffer(lex, eng, "hostile", inputs[i], strlen(inputs[i]), fmts[f]);
            CHECK(rc >= 0);
            dyad_arena *a = dyad_arena_new(0);
            dyad_slot sl[2] = {{0, 1, 0}, {3, 4, 1}};
            for (uint32_t t = 0; t < doc->n_toks; t++) {
                uint32_t ve;
                const dyad_verb *v = dyad_verb_at(lex, doc, t, (uint32_t)doc->n_toks, &ve);
                dyad_pattern_match m;
                if (v)
                    CHECK(dyad_verb_match(lex, v, doc, 0, (uint32_t)doc->n_toks, t, ve, sl, 2, a, &m));
            }
            dyad_arena_free(a);
            dyad_lexicon_free(lex);
        }
    /* a NUL byte inside a pattern is reported, never looped on */
    static const char nul[] = "A [0]\n- * B\0C [1]\n";
    dyad_lexicon *lex = dyad_lexicon_new();
    if (eng && lex)
        CHECK(dyad_lexicon_add_buffer(lex, eng, "nul", nul, sizeof nul - 1, DYAD_DICT_TABARI_VERBS) == 1);
    dyad_lexicon_free(lex);
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}

TEST(verbs_real_files)
{
    /* t_shared returns a static buffer: copy each path at once */
    char p1[512], p2[512];
    const char *s1 = t_shared("eval/petrarch/CAMEO.2.0.txt");
    snprintf(p1, sizeof p1, "%s", s1 ? s1 : "");
    const char *s2 = t_shared("eval/tabari/cameo-2012/CAMEO.091003.master.verbs");
    snprintf(p2, sizeof p2, "%s", s2 ? s2 : "");
    if (!s1 || !s2) {
        printf("verbs_real_files: skipped (../shared absent)\n");
        return;
    }
    static const char *const phoenix[] = {"eval/petrarch/Phoenix.Countries.actors.txt",
                                          "eval/petrarch/Phoenix.International.actors.txt",
                                          "eval/petrarch/Phoenix.MilNonState.actors.txt",
                                          "eval/petrarch/Phoenix.agents.txt", "eval/petrarch/Phoenix.discards.txt"};
    char ph[5][512];
    const char *paths[6] = {p1};
    size_t n = 1;
    for (size_t i = 0; i < 5; i++) {
        const char *s = t_shared(phoenix[i]);
        if (s) {
            snprintf(ph[i], sizeof ph[i], "%s", s);
            paths[n++] = ph[i];
        }
    }
    vlog log = {0};
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    dyad_engine *eng = verbs_engine(t_, &log, paths, n, true);
    clock_gettime(CLOCK_MONOTONIC, &b);
    double secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    if (!eng)
        return;
    size_t nv = dyad_verb_count(eng->lexicon);
    printf("verbs_real_files: CAMEO.2.0.txt + Phoenix actors: %zu verbs, %d diagnostics, %.3f s\n", nv, log.count,
           secs);
    CHECKF(log.count <= 30, "%d diagnostics:\n%s", log.count, log.text); /* 5 in the verbs, the rest in the actors */
    CHECK(nv > 1500);
    CHECK(dyad_verb_transform_count(eng->lexicon) >= 5);
    dyad_doc *doc = verbs_doc(eng, "Egypt rushed aid to Gaza.");
    CHECK_STR(code_sentence(eng, doc, NULL, 0).code, "070");
    dyad_doc_free(doc);
    dyad_engine_free(eng);

    memset(&log, 0, sizeof log);
    const char *tp[] = {p2};
    clock_gettime(CLOCK_MONOTONIC, &a);
    eng = verbs_engine(t_, &log, tp, 1, false);
    clock_gettime(CLOCK_MONOTONIC, &b);
    secs = (double)(b.tv_sec - a.tv_sec) + (double)(b.tv_nsec - a.tv_nsec) / 1e9;
    if (!eng)
        return;
    nv = dyad_verb_count(eng->lexicon);
    printf("verbs_real_files: CAMEO.091003.master.verbs: %zu verbs, %d diagnostics, %.3f s\n", nv, log.count, secs);
    CHECKF(log.count <= 20, "%d diagnostics", log.count);
    CHECK(nv > 1000);
    doc = verbs_doc(eng, "Iran accused Israel of violating humanitarian law.");
    dyad_slot sl[2] = {slot_of(doc, "Iran", "Iran", 1), slot_of(doc, "Israel", "Israel", 2)};
    vres r = code_sentence(eng, doc, sl, 2);
    CHECK_STR(r.code, "1122");
    dyad_doc_free(doc);
    dyad_engine_free(eng);
}
