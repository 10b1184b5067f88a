/* test_actors_petrarch.c — agents composed with actors the PETRARCH way,
 * on small PETRARCH-format dictionaries written by this file into a
 * temporary folder and sentences written for these tests: agents after
 * "from"/"in"/"of", agents distributed over coordinated countries and
 * coordinated agents over countries, prefix agents ("[NGO~]"), titles after
 * a possessive with adjectives between, and actors with several codes;
 * and, with a small verbs file, how the events stage codes them under
 * PETRARCH's settings: compound actors (%), lists, discards. */
#include "testlib.h"
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/events.h"
#include "eval/tabari_options.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const char actors_txt[] = "NORLAND_ [NOR]\n"
                                 "+HALVARD_\n"
                                 "SUDIA_ [SUD]\n"
                                 "+SUDIAN_\n"
                                 "WESTMARK_ [WST]\n"
                                 "THE_ISLES [ISA/ISB]\n"
                                 "PRINCE OF HIGH MARSH [PHM]\n";
static const char agents_txt[] = "SOLDIER [~MIL]\n"
                                 "TROOPS {} [~MIL]\n"
                                 "ENVOY [~GOV]\n"
                                 "OFFICIAL [~GOV]\n"
                                 "LAWMAKER [~LEG]\n"
                                 "DIPLOMAT [~GOV]\n"
                                 "PRIME_MINISTER [~GOV]\n"
                                 "RELIEF_GROUP {} [NGO~]\n"
                                 "ISLAMIST [~MUS]\n"
                                 "MEDIA {} [~MED]\n"
                                 "GOVERNMENT [~GOV]\n"
                                 "POLICE {} [~COP]\n";

static const char verbs_txt[] = "&NEGAUX\n"
                                "+DID N'T\n"
                                "+WO_N'T\n"
                                "+CA N'T\n"
                                "--- CLASH [223] ---\n"
                                "CLASH\n"
                                "- &NEGAUX * OVER EFFORTS [904]\n"
                                "- SURELY WO N'T * OVER EFFORTS [905]\n"
                                "--- LEFT [032:033] ---\n"
                                "LEFT\n"
                                "--- RISEN [---] ---\n"
                                "RISEN\n"
                                "- DEATH TOLL * [223]\n"
                                "--- SHOULD [101] ---\n"
                                "SHOULD\n"
                                "--- ACT [100] ---\n"
                                "ACT\n"
                                "- INDICATED SHOULD * [1011]\n"
                                "--- PROMISE [050] ---\n"
                                "PROMISE\n"
                                "- * RAIDS [173]\n"
                                "--- RAID [220] ---\n"
                                "RAID\n"
                                "--- SAY [023] ---\n"
                                "SAY {SAID SAYS SAYING}\n"
                                "--- CELEBRATE [181] ---\n"
                                "CELEBRATE\n"
                                "- * FEAST ^ + [042]\n"
                                "--- WARN [160] ---\n"
                                "WARN\n"
                                "- * THEIR ^ ABOUT + [162]\n"
                                "--- CLOSE [---] ---\n"
                                "CLOSE\n"
                                "- * BORDER [192]\n"
                                "--- MARCH [181] ---\n"
                                "MARCH\n"
                                "--- POSTPONE [191] ---\n"
                                "POSTPONE\n"
                                "- % HAVE * [191]\n"
                                "--- AGREE [030] ---\n"
                                "AGREE\n"
                                "- * WITH % [031]\n"
                                "--- ARREST [173] ---\n"
                                "ARREST\n"
                                "--- VISIT [042] ---\n"
                                "VISIT\n"
                                "--- SETTLE [030] ---\n"
                                "SETTLE\n"
                                "--- WELCOME [041] ---\n"
                                "WELCOME\n"
                                "--- PARADE [111] ---\n"
                                "PARADE\n"
                                "--- ABANDON [345] ---\n"
                                "ABANDON\n";
static const char discards_txt[] = "CRICKET\n"
                                   "+EARTHQUAKE\n";

typedef struct petr_env {
    char dir[64];
    char actors[96], agents[96], verbs[96], discards[96];
    dyad_engine *eng;
} petr_env;

static bool write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    if (!f)
        return false;
    bool ok = fputs(text, f) >= 0;
    return fclose(f) == 0 && ok;
}

/* An engine with only this file's dictionaries; NULL on failure. */
static dyad_engine *petr_engine(tctx *t_, petr_env *env)
{
    snprintf(env->dir, sizeof env->dir, "/tmp/dyad-test-XXXXXX");
    if (!mkdtemp(env->dir)) {
        CHECK(!"mkdtemp failed");
        return NULL;
    }
    snprintf(env->actors, sizeof env->actors, "%s/Test.actors.txt", env->dir);
    snprintf(env->agents, sizeof env->agents, "%s/Test.agents.txt", env->dir);
    snprintf(env->verbs, sizeof env->verbs, "%s/Test.verbs.txt", env->dir);
    snprintf(env->discards, sizeof env->discards, "%s/Test.discards.txt", env->dir);
    CHECK(write_file(env->actors, actors_txt));
    CHECK(write_file(env->agents, agents_txt));
    CHECK(write_file(env->verbs, verbs_txt));
    CHECK(write_file(env->discards, discards_txt));
    const char *paths[] = {env->actors, env->agents, env->verbs, env->discards};
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = 4;
    o.no_builtin = 1;
    env->eng = NULL;
    CHECK(dyad_engine_load(&o, &env->eng) == DYAD_OK);
    return env->eng;
}

static void petr_done(petr_env *env)
{
    dyad_engine_free(env->eng);
    unlink(env->actors);
    unlink(env->agents);
    unlink(env->verbs);
    unlink(env->discards);
    rmdir(env->dir);
}

/* The codes of the mentions of sentence `text` starting at the words
 * `at`, in mention order, joined by spaces, in a static buffer. */
static const char *codes_opts(tctx *t_, const dyad_engine *eng, const char *text, const char *at,
                              const dyad_code_options *opts)
{
    static char out[256];
    out[0] = 0;
    dyad_input in = {.source = "test", .format = DYAD_FORMAT_TEXT, .data = text, .len = strlen(text)};
    dyad_doc_options o = {.date = "2020-01-01", .force_date = 1};
    dyad_doc *d = NULL;
    if (dyad_doc_read(eng, &in, &o, &d) != DYAD_OK) {
        CHECK(!"read failed");
        return out;
    }
    d->code_opts = opts;
    if (dyad_doc_run(d, DYAD_STAGE_ALL) != DYAD_OK) {
        CHECK(!"read/run failed");
        dyad_doc_free(d);
        return out;
    }
    const dyad_actor_list *l = d->analysis->actors;
    size_t at_len = strlen(at), len = 0;
    for (size_t k = 0; l && k < l->n_mentions; k++) {
        const dyad_mention *m = &l->mentions[k];
        if (m->span.end - m->span.start < at_len || strncmp(d->text + m->span.start, at, at_len) != 0)
            continue;
        int n = snprintf(out + len, sizeof out - len, "%s%s", len ? " " : "", m->code ? m->code : "(none)");
        if (n > 0 && len + (size_t)n < sizeof out)
            len += (size_t)n;
    }
    dyad_doc_free(d);
    return out;
}

static const char *codes_at(tctx *t_, const dyad_engine *eng, const char *text, const char *at)
{
    return codes_opts(t_, eng, text, at, NULL);
}

TEST(actors_petrarch_agent_after_preposition)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    CHECK_STR(codes_at(t_, eng, "Soldiers from Norland crossed the river at dawn.", "Soldiers"), "NORMIL");
    CHECK_STR(codes_at(t_, eng, "Lawmakers in Sudia and Westmark praised the accord.", "Lawmakers"),
              "SUDLEG WSTLEG");
    /* an agent with its own country keeps it: the place is another actor */
    CHECK_STR(codes_at(t_, eng, "Sudian troops in Norland fired on the crowd.", "Sudian"), "SUDMIL");
    CHECK_STR(codes_at(t_, eng, "Sudian troops in Norland fired on the crowd.", "Norland"), "NOR");
    petr_done(&env);
}

TEST(actors_petrarch_agent_distributes_over_list)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    CHECK_STR(codes_at(t_, eng, "The envoys of Norland, Sudia and Westmark arrived late.", "The envoys"),
              "NORGOV SUDGOV WSTGOV");
    CHECK_STR(codes_at(t_, eng, "Lawmakers and officials in Norland and Sudia objected.", "Lawmakers"),
              "NORLEG NORGOV SUDLEG SUDGOV");
    /* a list of countries alone stays a list of countries */
    CHECK_STR(codes_at(t_, eng, "Norland, Sudia and Westmark objected.", "Sudia"), "SUD");
    petr_done(&env);
}

TEST(actors_petrarch_agent_order)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* a prefix agent goes before the country, a suffix agent after */
    CHECK_STR(codes_at(t_, eng, "Relief Group Norland reopened its office.", "Relief"), "NGONOR");
    CHECK_STR(codes_at(t_, eng, "A Relief Group Norland diplomat reopened the office.", "A Relief"), "NGONORGOV");
    /* adjacent agents compose in order; coordinated ones share the first */
    CHECK_STR(codes_at(t_, eng, "The Sudian Islamist media and government warned Norland.", "Sudian"),
              "SUDMUSMED SUDMUSGOV");
    petr_done(&env);
}

TEST(actors_petrarch_possessive_title)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* adjectives between the possessive and the title; the name after
     * the title is the holder, not another actor */
    CHECK_STR(codes_at(t_, eng, "Sudia's newly elected Prime Minister Halvard flew home.", "Sudia"), "SUDGOV");
    CHECK_STR(codes_at(t_, eng, "Sudia's newly elected Prime Minister Halvard flew home.", "Halvard"), "");
    /* no title after the possessive: the country alone */
    CHECK_STR(codes_at(t_, eng, "Sudia's harvest failed again this year.", "Sudia"), "SUD");
    petr_done(&env);
}

TEST(actors_petrarch_several_codes)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    CHECK_STR(codes_at(t_, eng, "The Isles signed the treaty with Norland.", "The Isles"), "ISA ISB");
    CHECK_STR(codes_at(t_, eng, "Soldiers from the Isles landed on the coast.", "Soldiers"), "ISAMIL ISBMIL");
    petr_done(&env);
}

TEST(actors_petrarch_agent_only)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    const char *text = "Officials and lawmakers condemned the raid on Norland.";
    /* dyad's own settings: an agent nobody holds is no actor */
    CHECK_STR(codes_opts(t_, eng, text, "Officials", NULL), "");
    dyad_code_options petr = dyad_code_options_petrarch();
    CHECK_STR(codes_opts(t_, eng, text, "Officials", &petr), "---GOV");
    CHECK_STR(codes_opts(t_, eng, text, "lawmakers", &petr), "---LEG");
    dyad_code_options tabari = petr;
    tabari.agent_only = DYAD_AGENT_ONLY_TILDE;
    CHECK_STR(codes_opts(t_, eng, text, "Officials", &tabari), "~GOV");
    tabari.agent_only = DYAD_AGENT_ONLY_DROP;
    CHECK_STR(codes_opts(t_, eng, text, "Officials", &tabari), "");
    petr_done(&env);
}

/* The events of `text` under settings `opts`, "SRC/TGT/CODE" joined by
 * spaces in the order found, in a static buffer. */
static const char *events_opts(tctx *t_, const dyad_engine *eng, const char *text, const dyad_code_options *opts)
{
    static char out[512];
    out[0] = 0;
    dyad_input in = {.source = "test", .format = DYAD_FORMAT_TEXT, .data = text, .len = strlen(text)};
    dyad_doc_options o = {.date = "2020-01-01", .force_date = 1};
    dyad_doc *d = NULL;
    if (dyad_doc_read(eng, &in, &o, &d) != DYAD_OK) {
        CHECK(!"read failed");
        return out;
    }
    d->code_opts = opts;
    if (dyad_doc_run(d, DYAD_STAGE_ALL) != DYAD_OK) {
        CHECK(!"run failed");
        dyad_doc_free(d);
        return out;
    }
    const dyad_event_list *l = d->analysis->events;
    size_t len = 0;
    for (size_t k = 0; l && k < l->n; k++) {
        const dyad_event *e = &l->items[k];
        int n = snprintf(out + len, sizeof out - len, "%s%s/%s/%s", len ? " " : "", e->source ? e->source : "-",
                         e->target ? e->target : "-", e->cameo);
        if (n > 0 && len + (size_t)n < sizeof out)
            len += (size_t)n;
    }
    dyad_doc_free(d);
    return out;
}

/* The events of `text` under PETRARCH's settings. */
static const char *petr_events(tctx *t_, const dyad_engine *eng, const char *text)
{
    dyad_code_options petr = dyad_code_options_petrarch();
    return events_opts(t_, eng, text, &petr);
}

TEST(actors_petrarch_events_compound_and_lists)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* '%' before the verb: the coordinated actors towards each other */
    CHECK_STR(petr_events(t_, eng, "Norland and Sudia have postponed their summit until the spring."),
              "NOR/SUD/191 SUD/NOR/191");
    /* '%' after the verb: the subject towards each of them */
    CHECK_STR(petr_events(t_, eng, "Westmark agrees with Norland and Sudia on the border line."),
              "WST/NOR/031 WST/SUD/031");
    /* a list whose last item the pattern names is still the whole list,
     * "nor" coordinates, and the actor with two codes is two sources */
    CHECK_STR(petr_events(t_, eng, "Neither Norland nor the Isles welcomed Westmark at the fair."),
              "NOR/WST/041 ISA/WST/041 ISB/WST/041");
    petr_done(&env);
}

TEST(actors_petrarch_events_clauses)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* a verb after a determiner and adjectives is a noun */
    CHECK_STR(petr_events(t_, eng, "Sudian troops arrested Norland soldiers during a brief official visit to Westmark."),
              "SUDMIL/NORMIL/173");
    CHECK_STR(petr_events(t_, eng, "Norland and Sudia settle their quarrel after a 12-year arrest of trade."),
              "NOR/SUD/030 SUD/NOR/030");
    /* ... or after an actor in a hyphened modifier */
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned an anti- Norland parade on Saturday."), "WST/NOR/345");
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned an anti-Norland parade on Saturday."), "WST/NOR/345");
    /* once the sentence has an event, a verb after "to" or a preposition
     * is part of that verb phrase */
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned Norland troops after arresting Sudian soldiers."),
              "WST/NORMIL/345");
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned Norland troops to be arresting Sudian soldiers."),
              "WST/NORMIL/345");
    /* an actor after the last comma before a verb is its subject */
    const char *ev = petr_events(t_, eng, "Norland and Sudia abandoned the old fort at dawn, the Westmark envoys "
                                          "welcomed Sudian troops warmly in the capital on Friday.");
    CHECKF(strstr(ev, "WSTGOV/SUDMIL/041") && !strstr(ev, "NOR/SUDMIL/041"), "events: %s", ev);
    /* past a comma, an actor with its own verb is no object */
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned Norland troops near the old fort."), "WST/NORMIL/345");
    CHECK_STR(petr_events(t_, eng, "Westmark abandoned the old fort, Norland troops welcomed the news in the capital city "
                                   "late on Friday evening."), "");
    /* a subordinate clause with its own subject takes no source */
    CHECK_STR(petr_events(t_, eng, "Norland and Sudia agree that old border disputes should settle quietly."),
              "NOR/SUD/030 SUD/NOR/030");
    /* two phrases of one country with different agents */
    CHECK_STR(petr_events(t_, eng, "Sudian police arrested Sudian soldiers near the border today."), "SUDCOP/SUDMIL/173");
    petr_done(&env);
}

TEST(actors_petrarch_events_treebank_contractions)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* the dictionary writes "DID N'T" as the TreeBank splits it; the text
     * has one word "didn't" (or "didn’t") */
    CHECK_STR(petr_events(t_, eng, "Norland didn't clash over the efforts of Sudia at the border."), "NOR/SUD/904");
    CHECK_STR(petr_events(t_, eng, "Norland didn\u2019t clash over the efforts of Sudia at the border."), "NOR/SUD/904");
    CHECK_STR(petr_events(t_, eng, "Norland can't clash over the efforts of Sudia at the border."), "NOR/SUD/904");
    CHECK_STR(petr_events(t_, eng, "Norland surely won't clash over the efforts of Sudia at the border."),
              "NOR/SUD/905");
    CHECK_STR(petr_events(t_, eng, "Norland clashed with Sudia at the border."), "NOR/SUD/223");
    petr_done(&env);
}

TEST(actors_petrarch_new_actors)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    const char *text = "Tallis's chief Ada Lind left for the Hall of Mirrors on Friday.";
    dyad_code_options petr = dyad_code_options_petrarch();
    /* off by default, and in dyad's own settings */
    CHECK_STR(codes_opts(t_, eng, text, "Tallis", &petr), "");
    CHECK_STR(codes_opts(t_, eng, text, "Tallis", NULL), "");
    petr.new_actor_length = 4;
    CHECK_STR(codes_opts(t_, eng, text, "Tallis", &petr), "\"TALLIS CHIEF ADA LIND\"");
    CHECK_STR(codes_opts(t_, eng, text, "the Hall", &petr), "\"THE HALL OF MIRRORS\"");
    CHECK_STR(codes_opts(t_, eng, text, "Friday", &petr), "");
    CHECK_STR(events_opts(t_, eng, text, &petr),
              "\"TALLIS CHIEF ADA LIND\"/\"THE HALL OF MIRRORS\"/032 \"THE HALL OF MIRRORS\"/\"TALLIS CHIEF ADA LIND\"/033");
    CHECK_STR(events_opts(t_, eng, "Tallis's chief Ada Lind left for Norland on Friday.", &petr),
              "\"TALLIS CHIEF ADA LIND\"/NOR/032 NOR/\"TALLIS CHIEF ADA LIND\"/033");
    /* longer than the option allows: no actor, no event */
    petr.new_actor_length = 3;
    CHECK_STR(codes_opts(t_, eng, text, "Tallis", &petr), "");
    CHECK_STR(events_opts(t_, eng, text, &petr), "");
    /* a phrase joined to an actor's words is that actor's: its possessive,
     * an appositive, a preposition leading to it */
    petr.new_actor_length = 4;
    CHECK_STR(events_opts(t_, eng, "Sudia's death and injury toll has risen in the feud with Norland.", &petr),
              "SUD/NOR/223 \"INJURY TOLL\"/NOR/223");
    CHECK_STR(codes_opts(t_, eng, "Sudia's death toll has risen in the feud with Norland.", "death", &petr), "");
    CHECK_STR(codes_opts(t_, eng, "Sudia's death toll has risen in the feud with Norland.", "the feud", &petr), "");
    CHECK_STR(codes_opts(t_, eng, "It rose in the feud with Norland, the old foe.", "the old", &petr), "");
    petr_done(&env);
}

TEST(actors_petrarch_phrase_words_joined_by_underscore)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* the dictionary's "HIGH MARSH" (a space: words may come between)
     * matches the text's "High_Marsh" */
    CHECK_STR(codes_at(t_, eng, "Sudia warned the Prince of High_Marsh today.", "Prince"), "PHM");
    CHECK_STR(codes_at(t_, eng, "Sudia warned the Prince of High Marsh today.", "Prince"), "PHM");
    petr_done(&env);
}

TEST(actors_petrarch_events_modal_is_no_verb)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* a modal before a verb group is an auxiliary, even when the
     * dictionary has it as a verb */
    CHECK_STR(petr_events(t_, eng, "Norland indicated it should have acted against Sudia last year."), "NOR/SUD/1011");
    CHECK_STR(petr_events(t_, eng, "Norland should now act against Sudia."), "NOR/SUD/100");
    /* a pronoun subject with no code leaves the verb without a source */
    CHECK_STR(petr_events(t_, eng, "In the talks on the Sudian border, he welcomed Westmark warmly."), "");
    CHECK_STR(petr_events(t_, eng, "In the talks on the Sudian border, Norland welcomed Westmark warmly."),
              "NOR/WST/041");
    /* a comma between the modifiers of a noun phrase opens no clause */
    dyad_code_options begin = dyad_code_options_petrarch();
    begin.comma_bmin = 3;
    begin.comma_bmax = 6;
    CHECK_STR(events_opts(t_, eng, "Norland will welcome complete, friendly Sudian delegations in the capital today.", &begin),
              "NOR/SUD/041");
    CHECK_STR(events_opts(t_, eng, "Norland will welcome them, the Sudian delegations in the capital said today.", &begin),
              "");
    /* the closing comma piece with the sentence's only verb is its main
     * clause, never left out */
    CHECK_STR(petr_events(t_, eng, "On Monday, Norland welcomed Westmark warmly."), "NOR/WST/041");
    /* nor is a word after an intensifier */
    CHECK_STR(petr_events(t_, eng, "Norland troops marched very close to the border with Sudia."), "NORMIL/SUD/181");
    CHECK_STR(petr_events(t_, eng, "Norland troops will close the border with Sudia."), "NORMIL/SUD/192");
    petr_done(&env);
}

TEST(actors_petrarch_events_one_verb_phrase)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* once the sentence has an event, a clause that a preposition opens
     * codes nothing ... */
    CHECK_STR(petr_events(t_, eng, "Norland welcomed Westmark two days after Sudian troops arrested Norland soldiers."),
              "NOR/WST/041");
    /* ... but it does when it has the sentence's only verb */
    CHECK_STR(petr_events(t_, eng, "Two days after Sudian troops arrested Norland soldiers, the talks resumed."),
              "SUDMIL/NORMIL/173");
    /* an agent before a reporting verb is its subject, not a modifier of
     * a noun ("a brief official visit") */
    dyad_code_options petr = dyad_code_options_petrarch();
    petr.require_dyad = false;
    CHECK_STR(events_opts(t_, eng, "A senior official said on Saturday.", &petr), "---GOV/---/023");
    /* the words a pattern matched after its verb are no verbs */
    CHECK_STR(petr_events(t_, eng, "Norland promised raids to the Sudian villages."), "NOR/SUD/173");
    CHECK_STR(petr_events(t_, eng, "Norland raids the Sudian villages."), "NOR/SUD/220");
    petr_done(&env);
}

TEST(actors_petrarch_events_skip_a_noun_phrase)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    /* '^' skips a noun phrase: an actor, or a plain word of one, never
     * a preposition */
    CHECK_STR(petr_events(t_, eng, "Norland celebrated the feast with Sudia at Westmark."), "NOR/WST/042");
    CHECK_STR(petr_events(t_, eng, "Norland warned their farmers about Sudia."), "NOR/SUD/162");
    petr_done(&env);
}

TEST(actors_petrarch_events_discards)
{
    petr_env env;
    const dyad_engine *eng = petr_engine(t_, &env);
    if (!eng)
        return;
    CHECK_STR(petr_events(t_, eng, "Sudian troops arrested Norland soldiers near the border today."), "SUDMIL/NORMIL/173");
    /* a discard phrase drops its sentence, a + phrase the whole story */
    CHECK_STR(petr_events(t_, eng, "Sudian troops arrested Norland cricket fans near the border today."), "");
    CHECK_STR(petr_events(t_, eng, "Sudian troops arrested Norland soldiers near the border today. "
                                   "Sudian police arrested Westmark soldiers after the earthquake."),
              "");
    petr_done(&env);
}
