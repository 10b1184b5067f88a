/* test_events.c — the events stage's rules under the peers' coder settings
 * (doc->code_opts, src/eval/tabari_options.h) and dyad's own: CODE BY
 * CLAUSE / SENTENCE / ALL, time shift, weak "SAID"-type verbs, compound
 * subjects, COMPLEX and MINIMUM WORDS filters, comma-delimited clauses,
 * nouns after determiners.  Dictionaries: tests/cases/dict/events/ (ours);
 * the sentences are ours. */
#include "testlib.h"
#include "dyad_int.h"
#include "events/events.h"
#include "eval/tabari_options.h"

static dyad_engine *events_engine(tctx *t_)
{
    static const char *const paths[] = {"tests/cases/dict/events/events.actors", "tests/cases/dict/events/events.verbs",
                           "tests/cases/dict/events/events.agents"};
    return t_engine_of_dicts(t_, paths, 3);
}

/* Code `text` dated 2001-05-09 with settings o (NULL: dyad's); writes the
 * events as "SRC/TGT/CODE@DATE" joined by ' ' into out. */
static void code_text(tctx *t_, const dyad_engine *eng, const dyad_code_options *o, const char *text, char *out,
                      size_t cap)
{
    out[0] = 0;
    dyad_doc *doc = t_doc_of_text_dated(eng, text, "2001-05-09");
    CHECK(doc != NULL);
    if (!doc)
        return;
    doc->code_opts = o;
    dyad_doc_run(doc, DYAD_STAGE_ALL);
    const dyad_event_list *l = doc->analysis ? doc->analysis->events : NULL;
    size_t len = 0;
    for (size_t i = 0; l && i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        int n = snprintf(out + len, cap - len, "%s%s/%s/%s@%s", len ? " " : "", e->source ? e->source : "---",
                         e->target ? e->target : "---", e->cameo, e->date ? e->date : "-");
        if (n < 0 || (size_t)n >= cap - len)
            break;
        len += (size_t)n;
    }
    dyad_doc_free(doc);
}

static dyad_code_options tabari_opts(void)
{
    dyad_code_options o = dyad_code_options_tabari(false);
    o.time_shift = false;
    o.min_words = 0;
    o.comma_on = false;
    return o;
}

TEST(events_code_by_clause_sentence_all)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    const char *s = "Veldora condemned Castamere and assailed Norland on Tuesday but Suria promised help to Norland.";
    char got[512];
    dyad_code_options o = tabari_opts();
    code_text(t_, eng, &o, s, got, sizeof got);
    /* three clauses; the second takes the first's subject */
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 VEL/NOR/223@2001-05-09 SUR/NOR/050@2001-05-09");
    o.code_by = DYAD_CODE_BY_SENTENCE;
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* by clause, "Veldora and Castamere" is a compound subject, not a clause */
    o.code_by = DYAD_CODE_BY_CLAUSE;
    code_text(t_, eng, &o, "Veldora and Castamere condemned Norland in a long statement on Tuesday.", got, sizeof got);
    CHECK_STR(got, "VEL/NOR/122@2001-05-09 CAS/NOR/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_time_shift_off_takes_record_date)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    code_text(t_, eng, &o, "Veldora condemned Castamere yesterday over the border closure.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* dyad's own settings move it by the time words */
    code_text(t_, eng, NULL, "Veldora condemned Castamere yesterday over the border closure.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-08");
    dyad_engine_free(eng);
}

TEST(events_weak_said_verb_codes_only_by_pattern)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* "said" [023?] with no pattern: the clause's next verb is coded */
    code_text(t_, eng, &o, "Veldora said it would rebuke Castamere over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/123@2001-05-09");
    /* its pattern codes it */
    code_text(t_, eng, &o, "Veldora said the vote in Castamere was unfair to the voters.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/111@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_sentence_filters)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* an actor coded +++ makes the sentence too complex */
    code_text(t_, eng, &o, "Veldora condemned Castamere after the match against Tarvos.", got, sizeof got);
    CHECK_STR(got, "");
    o.min_words = 8;
    code_text(t_, eng, &o, "Veldora condemned Castamere.", got, sizeof got);
    CHECK_STR(got, "");
    o.min_words = 3;
    code_text(t_, eng, &o, "Veldora condemned Castamere.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* COMPLEX NOACTPRIOR: no actor before the first (non-null) verb */
    o.complex_noactprior = true;
    code_text(t_, eng, &o, "Angrily condemned by Veldora, Castamere assailed Norland.", got, sizeof got);
    CHECK_STR(got, "");
    code_text(t_, eng, &o, "On the treaty Veldora condemned Castamere again.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    o.complex_noactprior = false;
    o.complex_verbs = 1;
    code_text(t_, eng, &o, "Veldora condemned Castamere and assailed Norland.", got, sizeof got);
    CHECK_STR(got, "");
    dyad_engine_free(eng);
}

TEST(events_comma_clauses_and_actor_lists)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    o.comma_on = true;
    o.comma_min = 2, o.comma_max = 10, o.comma_emin = 2, o.comma_emax = 10;
    /* the apposition and the closing report are left out */
    code_text(t_, eng, &o, "Veldora, a neighbour of Norland, condemned Castamere over the closure of the border crossings "
                 "last week, the radio of Suria said.", got,
              sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* a list of actors is no clause; compound across adjectives */
    code_text(t_, eng, &o, "Veldora, the old Norland, and brave Suria condemned Castamere over the closure of the border "
                 "crossings last week.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 NOR/CAS/122@2001-05-09 SUR/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_noun_after_determiner_not_coded)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    /* coding every verb: "an attack by" is a noun */
    code_text(t_, eng, NULL, "Veldora condemned an attack by Castamere on Tuesday.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-08");
    dyad_engine_free(eng);
}

TEST(events_peer_defaults)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    const char *err = NULL;
    const char *cmd = "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER";
    CHECK(dyad_tabari_option(&o, cmd, strlen(cmd), &err) == DYAD_TABARI_CMD_SET);
    /* no actor before the verb: the default source */
    code_text(t_, eng, &o, "The neighbours condemned Castamere over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "DEFSRC/CAS/122@2001-05-09");
    /* no actor after it: the default target, for each compound subject */
    code_text(t_, eng, &o, "Veldora and Norland condemned the closure of the border.", got, sizeof got);
    CHECK_STR(got, "VEL/DEFTAR/122@2001-05-09 NOR/DEFTAR/122@2001-05-09");
    /* without PRIOR the source may follow the verb */
    CHECK(dyad_tabari_option(&o, "DEFAULT: OFF", 12, &err) == DYAD_TABARI_CMD_SET);
    cmd = "DEFAULT: SOURCE [DEFSRC] TARGET [DEFTAR] AFTER";
    CHECK(dyad_tabari_option(&o, cmd, strlen(cmd), &err) == DYAD_TABARI_CMD_SET);
    code_text(t_, eng, &o, "The neighbours condemned Castamere and Suria over the closure of the border.", got,
              sizeof got);
    CHECK_STR(got, "CAS/SUR/122@2001-05-09");
    /* without AFTER the target may precede it */
    CHECK(dyad_tabari_option(&o, "DEFAULT: OFF", 12, &err) == DYAD_TABARI_CMD_SET);
    cmd = "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR]";
    CHECK(dyad_tabari_option(&o, cmd, strlen(cmd), &err) == DYAD_TABARI_CMD_SET);
    code_text(t_, eng, &o, "Veldora and Norland condemned the closure of the border.", got, sizeof got);
    CHECK_STR(got, "VEL/NOR/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_regular_verb_endings)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* SHUN_: the word and its regular forms, nothing else */
    code_text(t_, eng, &o, "Veldora shuns Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/1246@2001-05-09");
    code_text(t_, eng, &o, "Veldora shuned Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/1246@2001-05-09");
    code_text(t_, eng, &o, "Veldora shuning Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/1246@2001-05-09");
    code_text(t_, eng, &o, "Veldora shunx Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "");
    /* after a final E: EVACUATE_ → evacuated, evacuating */
    code_text(t_, eng, &o, "Veldora evacuated Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/0233@2001-05-09");
    code_text(t_, eng, &o, "Veldora evacuating Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/0233@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_code_letter_suffix_and_peer_negation)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* a dictionary sub-code letter is kept */
    code_text(t_, eng, &o, "Veldora will bargain for refuge in Castamere, the agency reported.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/174K@2001-05-09");
    /* the peers code a negated verb through its pattern */
    code_text(t_, eng, &o, "Veldora has not urged Castamere to join the talks on the border.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/121@2001-05-09");
    /* dyad's own settings drop a negated event, unless the matched
     * pattern spells the negation out ("- HAS { NOT | … } * [121]") */
    code_text(t_, eng, NULL, "Veldora did not condemn Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "");
    code_text(t_, eng, NULL, "Veldora condemned Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    code_text(t_, eng, NULL, "Veldora has not urged Castamere to join the talks on the border.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/121@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_pronouns)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* a pronoun stands for the sentence's first actor */
    code_text(t_, eng, &o, "Veldora rebuked Suria on Friday and then it condemned Castamere over the raids.", got,
              sizeof got);
    CHECK_STR(got, "VEL/SUR/123@2001-05-09 VEL/CAS/122@2001-05-09");
    /* one standing for the source is no target: the next actor is */
    code_text(t_, eng, &o, "Veldora condemned its neighbours in the dispute with Norland over water.", got, sizeof got);
    CHECK_STR(got, "VEL/NOR/122@2001-05-09");
    /* first in its sentence: the previous sentence's first actor */
    code_text(t_, eng, &o, "Castamere closed the border crossing near the river. It condemned Norland over the raids.",
              got, sizeof got);
    CHECK_STR(got, "CAS/NOR/122@2001-05-09");
    /* CODE ALL: a pronoun object standing for the source gives the other
     * actor before the verb */
    o.code_by = DYAD_CODE_ALL;
    code_text(t_, eng, &o, "Veldora urged Suria on Monday to assail it in the border hills.", got, sizeof got);
    CHECK_STR(got, "VEL/SUR/102@2001-05-09 VEL/SUR/223@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_clause_source_and_phrase_stems)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* a phrase's first word takes its endings: PUSH BACK → "pushed back" */
    code_text(t_, eng, &o, "Veldora pushed back Castamere at the border on Tuesday night.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/195@2001-05-09");
    /* the clause's first actor is the source, even after a preposition */
    code_text(t_, eng, &o, "Talks with Suria ended after Veldora condemned Castamere in a speech.", got, sizeof got);
    CHECK_STR(got, "SUR/CAS/122@2001-05-09");
    /* dyad's own settings take the subject of the subordinate clause */
    code_text(t_, eng, NULL, "Talks with Suria ended after Veldora condemned Castamere in a speech.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_article_nouns)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* after an article a verb form is a noun, by clause too */
    code_text(t_, eng, &o, "Veldora is about the condemn of Castamere over the raids on the border.", got, sizeof got);
    CHECK_STR(got, "");
    /* a possessive pronoun makes no noun */
    o.code_by = DYAD_CODE_ALL;
    code_text(t_, eng, &o, "Veldora suffered from Suria in its assailing of Castamere over the border.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/223@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_dominant_possessive_comma_pronoun)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    o.code_by = DYAD_CODE_ALL;
    /* a dominant verb's event is the sentence's only one under CODE ALL */
    code_text(t_, eng, &o, "Veldora condemned Castamere and will attend talks with Suria next week.", got, sizeof got);
    CHECK_STR(got, "VEL/SUR/031@2001-05-09");
    /* a verb with a possessive 's is a noun */
    o.code_by = DYAD_CODE_BY_CLAUSE;
    code_text(t_, eng, &o, "Veldora condemn's record worried Castamere during the long talks.", got, sizeof got);
    CHECK_STR(got, "");
    /* a left-out opening clause: its actor is not the pronoun's */
    o.comma_on = true;
    o.comma_bmin = 3;
    o.comma_bmax = 8;
    o.comma_emin = 255; /* no closing clause is left out */
    o.comma_emax = 0;
    code_text(t_, eng, &o,
              "Norland is about to sign the treaty, while Suria in the north condemned its neighbour and Castamere.",
              got, sizeof got);
    CHECK_STR(got, "SUR/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_time_phrases)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    o.time_shift = true;
    code_text(t_, eng, &o, "Veldora condemned Castamere last fortnight over the border closure.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-04-25");
    /* a pattern of a phrase: the longest wins */
    code_text(t_, eng, &o, "Veldora will condemn Castamere tomorrow or the day after at the summit.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-11");
    /* [###] discards the sentence */
    code_text(t_, eng, &o, "Hopes aside, Veldora condemned Castamere over the border closure.", got, sizeof got);
    CHECK_STR(got, "");
    /* only the dictionary's phrases move the date */
    code_text(t_, eng, &o, "Veldora condemned Castamere on Monday over the border closure.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_peer_defaults_without_actors_and_open_endings)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    const char *err = NULL;
    const char *cmd = "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER";
    CHECK(dyad_tabari_option(&o, cmd, strlen(cmd), &err) == DYAD_TABARI_CMD_SET);
    /* no actor at all: both defaults */
    code_text(t_, eng, &o, "The neighbours condemned the closure of the border crossing.", got, sizeof got);
    CHECK_STR(got, "DEFSRC/DEFTAR/122@2001-05-09");
    dyad_engine_free(eng);
    eng = events_engine(t_);
    if (!eng)
        return;
    /* a sentence without closing punctuation has no closing clause */
    o = tabari_opts();
    o.comma_on = true;
    code_text(t_, eng, &o, "Veldora said on Friday, after the long talks, that Suria condemned Castamere", got,
              sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09"); /* the clause's first actor is the source */
    /* with it, the left-out "after the long talks" took its closing
     * comma along: "that Suria …" is no closing clause either */
    code_text(t_, eng, &o, "Veldora said on Friday, after the long talks, that Suria condemned Castamere.", got,
              sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* a closing clause after the last comma is left out */
    code_text(t_, eng, &o, "Veldora said on Friday, Suria condemned Castamere.", got, sizeof got);
    CHECK_STR(got, "");
    code_text(t_, eng, &o, "Veldora said on Friday, Suria condemned Castamere", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_compound_actor_pattern)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* '%' after the verb: its members act on each other, not the subject */
    code_text(t_, eng, &o, "Veldora has traded prisoners with Suria and Norland after the war.", got, sizeof got);
    CHECK_STR(got, "SUR/NOR/067@2001-05-09 NOR/SUR/067@2001-05-09");
    /* before the verb, bound next to it: the whole compound still */
    code_text(t_, eng, &o, "Suria and Norland have traded vows after the long war.", got, sizeof got);
    CHECK_STR(got, "SUR/NOR/064@2001-05-09 NOR/SUR/064@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_agents_without_actor)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    const char *s = "Border guards condemned Castamere over the closure of the crossing.";
    /* TABARI's default: an agent alone is no actor */
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "");
    o.agent_only = DYAD_AGENT_ONLY_TILDE; /* SET: CONVERT AGENT = TRUE */
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "~BOR/CAS/122@2001-05-09");
    o.agent_only = DYAD_AGENT_ONLY_DASHES; /* PETRARCH */
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "---BOR/CAS/122@2001-05-09");
    /* an agent inside an actor phrase is that actor's */
    code_text(t_, eng, &o, "Castamere border guards condemned Suria over the closure of the crossing.", got,
              sizeof got);
    CHECK_STR(got, "CASBOR/SUR/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_peer_multi_code_actor_and_comma_lists)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* an actor written [CAS/NOR] is both */
    code_text(t_, eng, &o, "The Twin Cities condemned Veldora over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "CAS/VEL/122@2001-05-09 NOR/VEL/122@2001-05-09");
    /* TABARI keeps a comma clause listing actors with conjunctions */
    o.comma_on = true;
    const char *s = "Veldora condemned Castamere and Suria, and Norland and Tarvos, over the closure of the border.";
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "");  /* TARVOS is [+++]: too complex */
    s = "Veldora condemned Castamere and Suria, and Norland and the Twin Cities, after the closure.";
    o.comma_list_conj = false;
    code_text(t_, eng, &o, s, got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 VEL/SUR/122@2001-05-09");
    o.comma_list_conj = true;
    code_text(t_, eng, &o, "Veldora condemned Castamere, and Norland and Suria, after the closure.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 VEL/NOR/122@2001-05-09 VEL/SUR/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_targets_sources_and_modified_nouns)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* a pattern's target is no source: the clause's next actor is */
    code_text(t_, eng, &o, "Norland was wounded badly in Castamere on the border.", got, sizeof got);
    CHECK_STR(got, "CAS/NOR/224@2001-05-09");
    /* a subordinator does not end the target search */
    code_text(t_, eng, &o, "Veldora staged night raids in which Norland soldiers died.", got, sizeof got);
    CHECK_STR(got, "VEL/NOR/220@2001-05-09");
    o.clause_targets = false;
    code_text(t_, eng, &o, "Veldora staged night raids in which Norland soldiers died.", got, sizeof got);
    CHECK_STR(got, "");
    dyad_engine_free(eng);
}

TEST(events_tabari_complex_counts_no_nouns)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    const char *err = NULL;
    CHECK(dyad_tabari_option(&o, "COMPLEX: VERBS[3]", 17, &err) == DYAD_TABARI_CMD_SET);
    /* three coded verbs: complex */
    code_text(t_, eng, &o, "Veldora condemned Castamere, rebuked Suria and assailed Norland.", got, sizeof got);
    CHECK_STR(got, "");
    /* a noun after an article is no verb: two */
    code_text(t_, eng, &o, "Veldora condemned Castamere, rebuked Suria and the assailing of Norland.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_possessive_in_compound)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    code_text(t_, eng, &o, "Veldora condemned Castamere and Suria's Norland over the closure of the border.", got,
              sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 VEL/SUR/122@2001-05-09 VEL/NOR/122@2001-05-09");
    /* "neither … nor" joins a compound for the peers */
    code_text(t_, eng, &o, "Neither Veldora nor Suria condemned Castamere over the closure of the border.", got,
              sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09 SUR/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_tabari_exact_words_and_noun_endings)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* NORLAND_ also takes the noun ending S */
    code_text(t_, eng, &o, "Veldora condemned the Norlands over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "VEL/NOR/122@2001-05-09");
    /* KESTREL= and BAR= are those words exactly */
    code_text(t_, eng, &o, "Kestrel condemned Veldora over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "KES/VEL/122@2001-05-09");
    code_text(t_, eng, &o, "Kestrels condemned Veldora over the closure of the border.", got, sizeof got);
    CHECK_STR(got, "");
    code_text(t_, eng, &o, "Veldora will bar Castamere from the talks on the border.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/191@2001-05-09");
    code_text(t_, eng, &o, "Veldora is barring Castamere from the talks on the border.", got, sizeof got);
    CHECK_STR(got, "");
    dyad_engine_free(eng);
}

TEST(events_comma_clause_takes_its_closing_comma)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    o.comma_on = true;
    /* the left-out clause "in remarks on the state radio" takes its
     * closing comma: what follows is no closing clause */
    code_text(t_, eng, &o, "Veldora, in remarks on the state radio, condemned Castamere after the long border dispute.",
              got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    /* a closing clause after a kept piece is still left out */
    code_text(t_, eng, &o, "Veldora condemned Castamere on the border, Norland said on Monday.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}

TEST(events_require_dyad_off_codes_the_missing_side)
{
    dyad_engine *eng = events_engine(t_);
    if (!eng)
        return;
    char got[512];
    dyad_code_options o = tabari_opts();
    /* require_dyad (the default): no target, no event */
    code_text(t_, eng, &o, "Veldora condemned the closure of the border crossing.", got, sizeof got);
    CHECK_STR(got, "");
    /* PETRARCH's require_dyad = false: the missing side is "---" */
    o.require_dyad = false;
    code_text(t_, eng, &o, "Veldora condemned the closure of the border crossing.", got, sizeof got);
    CHECK_STR(got, "VEL/---/122@2001-05-09");
    /* both sides present: unchanged */
    code_text(t_, eng, &o, "Veldora condemned Castamere after the long border dispute.", got, sizeof got);
    CHECK_STR(got, "VEL/CAS/122@2001-05-09");
    dyad_engine_free(eng);
}
