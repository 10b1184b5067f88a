/* test_evalsuites.c — the readers of the peers' suites (TABARI's
 * validation records, PETRARCH's unit-test XML) on small files written
 * here, their option commands, the scoring of found against expected
 * events, and a smoke run of both suites on the real files when
 * ../shared is there. */
#include "testlib.h"

#include "eval/eval.h"
#include "eval/suite_score.h"
#include "eval/tabari_options.h"

#include <stdlib.h>
#include <string.h>

/* Messages written to a memory stream; the caller frees *buf. */
typedef struct errs {
    char *buf;
    size_t len;
    FILE *f;
} errs;

static void errs_open(errs *e)
{
    e->buf = NULL;
    e->len = 0;
    e->f = open_memstream(&e->buf, &e->len);
}

static const char *errs_close(errs *e)
{
    fclose(e->f);
    return e->buf ? e->buf : "";
}

static const dyad_suite_record *find_rec(const dyad_suite *s, const char *id)
{
    for (size_t i = 0; i < s->n; i++)
        if (s->recs[i].id && !strcmp(s->recs[i].id, id))
            return &s->recs[i];
    return NULL;
}

static dyad_suite_event ev(const char *s, const char *t, const char *c, const char *d)
{
    dyad_suite_event e;
    memset(&e, 0, sizeof e);
    strcpy(e.source, s);
    strcpy(e.target, t);
    strcpy(e.code, c);
    strcpy(e.date, d ? d : "");
    return e;
}

/* ----------------------------------------------------------- TABARI */

static const char tabari_small[] =
    "##########\n"
    "#  A SECTION\n"
    "##########\n"
    "\n"
    "950101  ONE-01\n"
    "Rohan is about to sign a trade pact with Dale\n"
    "after long talks, officials said./*\n"
    "\\n[prose with {} braces]\n"
    "\\n{ ROH / DAL / 081 } 950102\n"
    "\\n{ ROH / DAL / 081 }   (SIGN) */\n"
    "\n"
    "950101  TWO-01\n"
    "Dale warned Rohan.\n"
    "/*\\n{---} */\n"
    "\n"
    "950101  OFF-01\n"
    "Rohan hailed Dale at the summit on Monday.\n"
    "/*\\n-{ ROH / DAL / 041 } */\n"
    "\n"
    "95O101  BADDATE-01\n"
    "is not read because the month is thirteen\n"
    "\n"
    "951301  BADDATE-02\n"
    "Rohan hailed Dale.\n"
    "/*\\n{ ROH / DAL / 041 } */\n"
    "\n"
    "950101  BADEVENT-01\n"
    "Rohan hailed Dale.\n"
    "/*\\n{ ROH / DAL } */\n"
    "\n"
    "950101  NOCLOSE-01\n"
    "Rohan hailed Dale.\n"
    "/*\\n{ ROH / DAL / 041 \n"
    "\n"
    "950101  OPT-01\n"
    "Switching to four-digit years and code-all mode here.\n"
    "/*\\n{ OPTION: SET: YYYY = TRUE }\n"
    "\\n{ OPTION: SET: MINIMUM WORDS = 4  */\n"
    "\n"
    "19950105  FOUR-01\n"
    "Dale promised aid to Rohan; the comment is not closed\n"
    "/*\\n{ DAL / ROH / 050 } 19950105\n"
    "\\n{+++} /*\n"
    "\n"
    "950105  SIX-IN-YYYY\n"
    "A six-digit date after YYYY = TRUE is malformed.\n"
    "/*\\n{ DAL / ROH / 050 } */\n"
    "\n"
    "##########\n"
    "#  STOP HERE PLEASE\n"
    "##########\n"
    "\n"
    "19950106  AFTER-01\n"
    "Never read.\n"
    "/*\\n{ A / B / 010 } */\n";

TEST(evalsuites_tabari_reads_records)
{
    errs e;
    errs_open(&e);
    dyad_suite s;
    int rc = dyad_tabari_read("small.text", tabari_small, sizeof tabari_small - 1, "STOP HERE", e.f, &s);
    const char *msg = errs_close(&e);
    CHECK(rc == 0);
    CHECKF(s.n == 5, "records %zu", s.n);
    CHECKF(s.malformed == 5, "malformed %ld", s.malformed);
    /* each malformed record is named with its line */
    CHECKF(strstr(msg, "dyad eval: small.text:20: ") != NULL, "%s", msg);
    CHECK(strstr(msg, "small.text:23: bad date '951301'") != NULL);
    CHECK(strstr(msg, "small.text:29: expected '{ SOURCE / TARGET / CODE }'") != NULL);
    CHECK(strstr(msg, "small.text:33: '{' without '}'") != NULL);
    CHECK(strstr(msg, "small.text:45: bad date '950105' (expected YYYYMMDD)") != NULL);
    CHECK(strstr(msg, "AFTER-01") == NULL);

    const dyad_suite_record *r = find_rec(&s, "ONE-01");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->line == 5);
    if (r) {
        CHECK_STR(r->date, "1995-01-01");
        CHECK_STR(r->text, "Rohan is about to sign a trade pact with Dale after long talks, officials said.");
        CHECK(r->n_expected == 2);
        if (r->n_expected == 2) {
            CHECK_STR(r->expected[0].source, "ROH");
            CHECK_STR(r->expected[0].target, "DAL");
            CHECK_STR(r->expected[0].code, "081");
            CHECK_STR(r->expected[0].date, "1995-01-02");
            CHECK_STR(r->expected[1].date, ""); /* "(SIGN)" is not a date */
        }
    }
    r = find_rec(&s, "TWO-01");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->n_expected == 0 && r->expect_none && !strcmp(r->expect_none, "---"));
    r = find_rec(&s, "OFF-01");
    CHECK(r && r->kind == DYAD_SUITE_UNCHECKED && r->n_expected == 0);
    r = find_rec(&s, "OPT-01");
    CHECK(r && r->kind == DYAD_SUITE_OPTIONS && r->n_options == 2);
    if (r && r->n_options == 2) {
        CHECK_STR(r->options[0], "SET: YYYY = TRUE");
        CHECK_STR(r->options[1], "SET: MINIMUM WORDS = 4");
    }
    /* read in YYYY mode; the comment ends with the record */
    r = find_rec(&s, "FOUR-01");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->n_expected == 1);
    if (r && r->n_expected == 1) {
        CHECK_STR(r->date, "1995-01-05");
        CHECK_STR(r->expected[0].date, "1995-01-05");
        CHECK(r->expect_none && !strcmp(r->expect_none, "+++"));
    }
    dyad_suite_free(&s);
    free(e.buf);
}

TEST(evalsuites_tabari_forward_stories)
{
    static const char txt[] = "950101  FW-ON\n"
                              "Forwarding on for the next stories.\n"
                              "/*\\n{ OPTION: FORWARD: ^^*****NNN*SSS } */\n"
                              "\n"
                              "950116  FRWD-001-001\n"
                              "Rohan appealed for peace.\n"
                              "/*\\n{ ROH / DAL / 095 } */\n"
                              "\n"
                              "950116  FRWD-001-002\n"
                              "He also asked Dale for help.\n"
                              "/*\\n{ ROH / DAL / 090 } */\n"
                              "\n"
                              "950116  FRWD-002-001\n"
                              "Dale agreed.\n"
                              "/*\\n{---} */\n"
                              "\n"
                              "950101  FW-OFF\n"
                              "Forwarding off again.\n"
                              "/*\\n{ OPTION: FORWARD: ^^*****NNN*SSS OFF } */\n"
                              "\n"
                              "950116  FRWD-003-001\n"
                              "Dale agreed.\n"
                              "/*\\n{---} */\n";
    errs e;
    errs_open(&e);
    dyad_suite s;
    CHECK(dyad_tabari_read("fw.text", txt, sizeof txt - 1, NULL, e.f, &s) == 0);
    const char *msg = errs_close(&e);
    CHECKF(!msg[0], "%s", msg);
    CHECK(s.n == 6);
    const dyad_suite_record *a = find_rec(&s, "FRWD-001-001"), *b = find_rec(&s, "FRWD-001-002"),
                            *c = find_rec(&s, "FRWD-002-001"), *d = find_rec(&s, "FRWD-003-001");
    CHECK(a && b && c && d);
    if (a && b && c && d) {
        CHECK(a->story == 1 && b->story == 1);
        CHECK(c->story == 2);
        CHECK(d->story == -1);
    }
    dyad_suite_free(&s);
    free(e.buf);
}

TEST(evalsuites_tabari_hostile_input)
{
    /* no crash, no loop: binary bytes, lone braces, endless comment */
    char junk[4096];
    for (size_t i = 0; i < sizeof junk; i++)
        junk[i] = (char)((i * 131 + 7) % 251);
    errs e;
    errs_open(&e);
    dyad_suite s;
    CHECK(dyad_tabari_read("junk", junk, sizeof junk, NULL, e.f, &s) == 0);
    dyad_suite_free(&s);
    static const char braces[] = "950101 X\n{{{{}}}} /* {{{ -{ { / / / } {+-+} {OPTION:\n\n950101\n\n";
    CHECK(dyad_tabari_read("braces", braces, sizeof braces - 1, NULL, e.f, &s) == 0);
    CHECK(s.malformed == 2);
    dyad_suite_free(&s);
    CHECK(dyad_tabari_read("empty", "", 0, NULL, e.f, &s) == 0 && s.n == 0);
    dyad_suite_free(&s);
    errs_close(&e);
    free(e.buf);
}

TEST(evalsuites_tabari_option_commands)
{
    dyad_code_options o = dyad_code_options_tabari(true);
    const char *err = NULL;
    CHECK(o.time_shift && o.code_by == DYAD_CODE_BY_CLAUSE && o.min_words == 8 && o.comma_on);
#define OPT(s) dyad_tabari_option(&o, s, strlen(s), &err)
    CHECK(OPT("SET: TIME SHIFT = FALSE") == DYAD_TABARI_CMD_SET && !o.time_shift);
    CHECK(OPT("set: code all") == DYAD_TABARI_CMD_SET && o.code_by == DYAD_CODE_ALL);
    CHECK(OPT("SET: CODE BY SENTENCE") == DYAD_TABARI_CMD_SET && o.code_by == DYAD_CODE_BY_SENTENCE);
    CHECK(OPT("SET: CONVERT AGENT = TRUE") == DYAD_TABARI_CMD_SET && o.agent_only == DYAD_AGENT_ONLY_TILDE);
    CHECK(OPT("SET: MINIMUM WORDS = 20") == DYAD_TABARI_CMD_SET && o.min_words == 20);
    CHECK(OPT("COMPLEX: VERBS[5] CONJ[4] NOACTPRIOR EXPLAIN") == DYAD_TABARI_CMD_SET);
    CHECK(o.complex_verbs == 5 && o.complex_conj == 4 && o.complex_noactprior);
    /* a new COMPLEX replaces the old one */
    CHECK(OPT("COMPLEX: VERBS[5] CONJ[4] EXPLAIN") == DYAD_TABARI_CMD_SET && !o.complex_noactprior);
    CHECK(OPT("DEFAULT: SOURCE [DEFSRC] PRIOR TARGET [DEFTAR] AFTER") == DYAD_TABARI_CMD_SET);
    CHECK_STR(o.default_source, "DEFSRC");
    CHECK_STR(o.default_target, "DEFTAR");
    CHECK(o.default_source_prior && o.default_target_after);
    CHECK(OPT("DEFAULT: OFF") == DYAD_TABARI_CMD_SET && !o.default_source[0] && !o.default_source_prior);
    CHECK(OPT("DEFAULT: TARGET [DEFTAR]") == DYAD_TABARI_CMD_SET && !o.default_target_after);
    CHECK(OPT("COMMA: MIN = 4 MAX = 6 EMIN = 3 EMAX = 6 BMIN = 3 BMAX = 8") == DYAD_TABARI_CMD_SET);
    CHECK(o.comma_min == 4 && o.comma_max == 6 && o.comma_emin == 3 && o.comma_bmax == 8 && o.comma_on);
    CHECK(OPT("COMMA: OFF") == DYAD_TABARI_CMD_SET && !o.comma_on);
    CHECK(OPT("SET: YYYY = TRUE") == DYAD_TABARI_CMD_HARNESS);
    CHECK(OPT("FORWARD: ^^*****NNN*SSS") == DYAD_TABARI_CMD_HARNESS);
    CHECK(OPT("OUTPUT: ID STORY SENT") == DYAD_TABARI_CMD_IGNORED);
    CHECK(OPT("SET: VERB USAGE = FALSE") == DYAD_TABARI_CMD_IGNORED);
    dyad_code_options before = o;
    CHECK(OPT("SET: TIME SHIFT = MAYBE") == DYAD_TABARI_CMD_BAD && err);
    CHECK(OPT("COMMA: MIN = x") == DYAD_TABARI_CMD_BAD);
    CHECK(OPT("DEFAULT: SOURCE DEFSRC") == DYAD_TABARI_CMD_BAD);
    CHECK(OPT("FROB: 1") == DYAD_TABARI_CMD_BAD);
    CHECK(OPT("SET: WARP DRIVE = TRUE") == DYAD_TABARI_CMD_BAD);
    CHECK(memcmp(&before, &o, sizeof o) == 0); /* bad commands change nothing */
#undef OPT
}

/* --------------------------------------------------------- PETRARCH */

static const char petrarch_small[] =
    "<Validation>\n"
    "<Environment>\n"
    "  <Verbfile>V.verbs.txt</Verbfile>\n"
    "  <Actorfile>V.actors.txt</Actorfile>\n"
    "  <Agentfile>V.agents.txt</Agentfile>\n"
    "  <Discardfile>V.discards.txt</Discardfile>\n"
    "  <Include>valid DEMO ERROR</Include>\n"
    "</Environment>\n"
    "<Sentences>\n"
    "<Sentence date=\"19950101\" id=\"DEMO-01\" category=\"DEMO\" sentence=\"true\">\n"
    "<!-- a comment -->\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"081\"></EventCoding>\n"
    "<EventCoding sourcecode='\"THE RIDERS OF ROHAN\"' targetcode=\"DAL\" eventcode=\"081\"></EventCoding>\n"
    "<Text>\n  Rohan signed a trade pact\n  with Dale.\n</Text>\n"
    "<Parse>(ROOT (S (NP (NNP Rohan))))</Parse>\n"
    "</Sentence>\n"
    "<Config option=\"require_dyad\" value=\"false\"></Config>\n"
    "<Sentence date = \"19950102\" id =\"DEMO-02\"  category=\"DEMO\" sentence=\"true\">\n"
    "<EventCoding noevents = \"True\"></EventCoding>\n"
    "<Text>Nothing happened.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"ERROR-01\" category=\"ERROR\" sentence=\"true\">\n"
    "<EventCoding error=\"dateline\"></EventCoding>\n"
    "<Text>DALE: -- A dateline only.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"OFF-01\" category=\"DEMO\" sentence=\"false\">\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"041\"></EventCoding>\n"
    "<Text>Rohan praised Dale.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"OTHER-01\" category=\"OTHER\" sentence=\"true\">\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"041\"></EventCoding>\n"
    "<Text>Rohan praised Dale.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"1995-01-02\" id=\"BADDATE\" category=\"DEMO\" sentence=\"true\">\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"041\"></EventCoding>\n"
    "<Text>Rohan praised Dale.</Text>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"NOTEXT\" category=\"DEMO\" sentence=\"true\">\n"
    "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"041\"></EventCoding>\n"
    "</Sentence>\n"
    "<Sentence date=\"19950102\" id=\"HALF\" category=\"DEMO\" sentence=\"true\">\n"
    "<EventCoding sourcecode=\"ROH\" eventcode=\"041\"></EventCoding>\n"
    "<Text>Rohan praised Dale.</Text>\n"
    "</Sentence>\n"
    "<Stop></Stop>\n"
    "<Sentence date=\"19950102\" id=\"AFTER-STOP\" category=\"DEMO\" sentence=\"true\">\n"
    "<EventCoding noevents=\"True\"></EventCoding>\n"
    "<Text>Never read.</Text>\n"
    "</Sentence>\n"
    "</Sentences>\n"
    "</Validation>\n";

TEST(evalsuites_petrarch_reads_records)
{
    errs e;
    errs_open(&e);
    dyad_suite s;
    int rc = dyad_petrarch_read("small.xml", petrarch_small, sizeof petrarch_small - 1, e.f, &s);
    const char *msg = errs_close(&e);
    CHECK(rc == 0);
    CHECK_STR(s.env_verbs, "V.verbs.txt");
    CHECK_STR(s.env_discards, "V.discards.txt");
    CHECKF(s.n == 6, "records %zu", s.n);
    CHECKF(s.malformed == 3, "malformed %ld", s.malformed);
    CHECKF(strstr(msg, "dyad eval: small.xml:37: bad or missing date") != NULL, "%s", msg);
    CHECK(strstr(msg, "small.xml:41: sentence 'NOTEXT' has no <Text>") != NULL);
    CHECK(strstr(msg, "small.xml:45: <EventCoding> needs") != NULL);
    CHECK(find_rec(&s, "AFTER-STOP") == NULL);
    const dyad_suite_record *r = find_rec(&s, "DEMO-01");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->n_expected == 2 && r->line == 10);
    if (r && r->n_expected == 2) {
        CHECK_STR(r->text, "Rohan signed a trade pact with Dale.");
        CHECK_STR(r->date, "1995-01-01");
        CHECK_STR(r->expected[1].source, "\"THE RIDERS OF ROHAN\"");
        CHECK_STR(r->expected[1].date, "");
    }
    CHECK(s.n >= 2 && s.recs[1].kind == DYAD_SUITE_OPTIONS && s.recs[1].n_options == 1);
    if (s.n >= 2 && s.recs[1].n_options == 1)
        CHECK_STR(s.recs[1].options[0], "require_dyad=false");
    r = find_rec(&s, "DEMO-02");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->expect_none && !strcmp(r->expect_none, "noevents"));
    r = find_rec(&s, "ERROR-01");
    CHECK(r && r->kind == DYAD_SUITE_CODE && r->expect_none && !strcmp(r->expect_none, "error=dateline"));
    r = find_rec(&s, "OFF-01");
    CHECK(r && r->kind == DYAD_SUITE_UNCHECKED);
    r = find_rec(&s, "OTHER-01");
    CHECK(r && r->kind == DYAD_SUITE_UNCHECKED && strstr(r->why_unchecked, "Include"));
    dyad_suite_free(&s);
    free(e.buf);
}

TEST(evalsuites_petrarch_broken_xml)
{
    errs e;
    errs_open(&e);
    dyad_suite s;
    /* not XML at all */
    CHECK(dyad_petrarch_read("junk.xml", "\x01\x02 not xml", 10, e.f, &s) == -1);
    dyad_suite_free(&s);
    /* truncated: recovered, the complete sentence is still read */
    static const char cut[] = "<Validation><Sentences>\n"
                              "<Sentence date=\"19950101\" id=\"A\" category=\"DEMO\" sentence=\"true\">\n"
                              "<EventCoding sourcecode=\"ROH\" targetcode=\"DAL\" eventcode=\"081\"/>\n"
                              "<Text>Rohan signed a pact with Dale.</Text></Sentence>\n"
                              "<Sentence date=\"19950101\" id=\"B\" category=\"DEMO\"><Text>Rohan";
    CHECK(dyad_petrarch_read("cut.xml", cut, sizeof cut - 1, e.f, &s) == 0);
    const char *msg = errs_close(&e);
    CHECK(find_rec(&s, "A") && find_rec(&s, "A")->n_expected == 1);
    CHECKF(strstr(msg, "dyad eval: cut.xml:") != NULL && strstr(msg, "XML:") != NULL, "%s", msg);
    dyad_suite_free(&s);
    free(e.buf);
}

TEST(evalsuites_petrarch_config_values)
{
    dyad_code_options o = dyad_code_options_petrarch();
    const char *err;
    CHECK(o.require_dyad && o.comma_max == 8 && o.agent_only == DYAD_AGENT_ONLY_DASHES);
    CHECK(dyad_petrarch_option(&o, "require_dyad", "FALSE", &err) == 0 && !o.require_dyad);
    CHECK(dyad_petrarch_option(&o, "require_dyad", " True ", &err) == 0 && o.require_dyad);
    CHECK(dyad_petrarch_option(&o, "new_actor_length", "4", &err) == 0 && o.new_actor_length == 4);
    CHECK(dyad_petrarch_option(&o, "comma_emax", "0", &err) == 0 && o.comma_emax == 0);
    CHECK(dyad_petrarch_option(&o, "stop_on_error", "True", &err) == 0);
    CHECK(dyad_petrarch_option(&o, "comma_min", "-1", &err) == -1);
    CHECK(dyad_petrarch_option(&o, "require_dyad", "maybe", &err) == -1);
    CHECK(dyad_petrarch_option(&o, "warp", "1", &err) == -1);
}

/* ---------------------------------------------------------- scoring */

TEST(evalsuites_match_pairs_one_to_one)
{
    dyad_suite_event exp[] = {ev("ARN", "GON", "064", NULL), ev("ARN", "GON", "064", NULL),
                              ev("GON", "ARN", "033", "1995-01-03")};
    /* duplicates: one found event pairs with one expected only */
    dyad_suite_event f1[] = {ev("ARN", "GON", "064", "1995-01-01")};
    bool eh[3], fh[4];
    CHECK(dyad_suite_match(exp, 3, f1, 1, eh, fh) == 1);
    CHECK(eh[0] && !eh[1] && !eh[2] && fh[0]);
    /* wrong target, wrong day, extra event */
    dyad_suite_event f2[] = {ev("ARN", "OSG", "064", ""), ev("GON", "ARN", "033", "1995-01-04"),
                             ev("ARN", "GON", "064", ""), ev("ARN", "GON", "064", "")};
    CHECK(dyad_suite_match(exp, 3, f2, 4, eh, fh) == 2);
    CHECK(!fh[0] && !fh[1] && fh[2] && fh[3] && !eh[2]);
    /* a dated expectation is served before an undated one of the same key */
    dyad_suite_event exp2[] = {ev("ARN", "GON", "064", NULL), ev("ARN", "GON", "064", "1995-01-02")};
    dyad_suite_event f3[] = {ev("ARN", "GON", "064", "1995-01-02"), ev("ARN", "GON", "064", "1995-01-09")};
    CHECK(dyad_suite_match(exp2, 2, f3, 2, NULL, NULL) == 2);
    /* codes are compared whole */
    dyad_suite_event f4[] = {ev("ARNGOV", "GON", "064", "")};
    CHECK(dyad_suite_match(exp, 3, f4, 1, NULL, NULL) == 0);
    CHECK(dyad_suite_match(NULL, 0, f4, 1, NULL, NULL) == 0);
    CHECK(dyad_suite_match(exp, 3, NULL, 0, NULL, NULL) == 0);
}

TEST(evalsuites_score_line)
{
    dyad_suite_tally t;
    memset(&t, 0, sizeof t);
    dyad_suite_tally_add(&t, 2, 2, 2); /* right */
    dyad_suite_tally_add(&t, 1, 2, 1); /* an extra event */
    dyad_suite_tally_add(&t, 0, 1, 0); /* expected none, found one */
    dyad_suite_tally_add(&t, 3, 0, 0); /* nothing found */
    CHECK(t.scored == 4 && t.right == 1 && t.expected == 6 && t.found == 5 && t.matched == 3);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    dyad_suite_print_score(f, "tabari", &t);
    dyad_suite_tally z;
    memset(&z, 0, sizeof z);
    dyad_suite_print_score(f, "petrarch", &z);
    fclose(f);
    CHECK_STR(buf, "tabari: precision=0.600 recall=0.500 f1=0.545 n=6\n"
                   "petrarch: precision=0.000 recall=0.000 f1=0.000 n=0\n");
    free(buf);
}

TEST(evalsuites_dates)
{
    char iso[11];
    CHECK(dyad_suite_date("950103", 6, false, iso) == 0);
    CHECK_STR(iso, "1995-01-03");
    CHECK(dyad_suite_date("061118", 6, false, iso) == 0);
    CHECK_STR(iso, "2006-11-18");
    CHECK(dyad_suite_date("20000229", 8, true, iso) == 0);
    CHECK_STR(iso, "2000-02-29");
    CHECK(dyad_suite_date("19000229", 8, true, iso) == -1);
    CHECK(dyad_suite_date("9501201", 7, false, iso) == -1);
    CHECK(dyad_suite_date("950132", 6, false, iso) == -1);
    CHECK(dyad_suite_date("95013a", 6, false, iso) == -1);
    CHECK(dyad_suite_date("19950101", 8, false, iso) == -1);
}

/* A found event comes from the events stage's list in the document;
 * until that stage runs, coding finds nothing but must not fail. */
TEST(evalsuites_code_texts)
{
    dyad_arena *a = dyad_arena_new(0);
    const char *texts[] = {"Rohan signed a pact with Dale.", "He then left for Gondor."};
    dyad_suite_event *found[2];
    size_t n_found[2];
    const char *err = NULL;
    dyad_code_options o = dyad_code_options_tabari(false);
    CHECK(dyad_suite_code(t_engine(), &o, "1995-01-01", texts, 2, a, found, n_found, &err) == 0);
    CHECK(err == NULL);
    dyad_arena_free(a);
}

/* ----------------------------------------------------- the real suites */

static char *last_line(char *buf)
{
    size_t n = strlen(buf);
    while (n && buf[n - 1] == '\n')
        buf[--n] = 0;
    char *nl = strrchr(buf, '\n');
    return nl ? nl + 1 : buf;
}

TEST(evalsuites_real_suites_run)
{
    const char *tab = t_shared("eval/tabari/Validate.text");
    const char *pet = t_shared("eval/petrarch/PETR.UnitTest.records.xml");
    if (!tab || !pet) {
        printf("evalsuites_real_suites_run: skipped (no ../shared/eval)\n");
        return;
    }
    const char *base = getenv("DYAD_SHARED");
    const char *suites[] = {"tabari", "petrarch", "phoenix"};
    for (int k = 0; k < 3; k++) {
        char *buf = NULL;
        size_t len = 0;
        FILE *f = open_memstream(&buf, &len);
        dyad_eval_opts o = {.shared = base ? base : "../shared", .out = f, .verbose = true,
                            .dicts = k == 2 ? "phoenix" : "validate"};
        int rc = k == 0 ? dyad_eval_tabari(&o) : dyad_eval_petrarch(&o);
        fclose(f);
        CHECKF(rc == 0, "%s: rc %d", suites[k], rc);
        char *last = last_line(buf);
        char prefix[32];
        snprintf(prefix, sizeof prefix, "%s: precision=", k == 0 ? "tabari" : "petrarch");
        CHECKF(!strncmp(last, prefix, strlen(prefix)), "%s: last line '%s'", suites[k], last);
        long n = 0;
        const char *np = strstr(last, " n=");
        if (np)
            n = strtol(np + 3, NULL, 10);
        CHECKF(n > 300, "%s: n=%ld", suites[k], n);
        free(buf);
    }
}
