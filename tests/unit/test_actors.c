/* test_actors.c — the actors stage on sentences written for these tests:
 * titles and names, composed codes, coordination, metonyms, surnames,
 * pronouns, role phrases, codes by date, and speakers linked to actors. */
#include "testlib.h"
#include "dyad_int.h"
#include "actors/actors.h"
#include "statements/statements.h"

static dyad_doc *coded_on(tctx *t_, const char *text, const char *date)
{
    dyad_input in = {.source = "test", .format = DYAD_FORMAT_TEXT, .data = text, .len = strlen(text)};
    dyad_doc_options o = {.date = date, .force_date = 1};
    dyad_doc *d = NULL;
    if (dyad_doc_read(t_engine(), &in, &o, &d) != DYAD_OK || dyad_doc_run(d, DYAD_STAGE_ALL) != DYAD_OK) {
        CHECK(!"read/run failed");
        dyad_doc_free(d);
        return NULL;
    }
    return d;
}

static const dyad_actor *actor_named(const dyad_doc *d, const char *name)
{
    const dyad_actor_list *l = d->analysis->actors;
    for (size_t i = 0; i < l->n; i++)
        if (strcmp(l->items[i].name, name) == 0)
            return &l->items[i];
    return NULL;
}

static bool has_code(const dyad_actor *a, const char *code)
{
    for (uint8_t i = 0; a && i < a->n_codes; i++)
        if (strcmp(a->codes[i], code) == 0)
            return true;
    return false;
}

/* The code of the mention whose text is exactly `text`. */
static const char *mention_code(const dyad_doc *d, const char *text)
{
    const dyad_actor_list *l = d->analysis->actors;
    for (size_t k = 0; k < l->n_mentions; k++)
        if (strcmp(t_span(d, l->mentions[k].span), text) == 0)
            return l->mentions[k].code ? l->mentions[k].code : "(none)";
    return NULL;
}

TEST(actors_titles_and_codes_by_date)
{
    const char *text = "Headline for the test story\n\n"
                       "President Joe Biden met Egyptian President Abdel Fattah el-Sisi in Cairo.";
    dyad_doc *d = coded_on(t_, text, "2024-01-31");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Joe Biden"), "USAGOV"));
    CHECK(has_code(actor_named(d, "Abdel Fattah el-Sisi"), "EGYGOV"));
    CHECK(actor_named(d, "Egypt") != NULL); /* Cairo stands for Egypt */
    dyad_doc_free(d);
    /* after his term the same man is coded as a former official */
    d = coded_on(t_, text, "2025-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Joe Biden"), "USAELI"));
    CHECK(!has_code(actor_named(d, "Joe Biden"), "USAGOV"));
    dyad_doc_free(d);
}

TEST(actors_unknown_names_with_titles)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Kenyan Interior Minister Wanjiru Otieno visited the camp. Otieno said conditions had improved.",
                           "2024-03-01");
    if (!d)
        return;
    const dyad_actor *a = actor_named(d, "Wanjiru Otieno");
    CHECK(a != NULL);
    CHECK(has_code(a, "KENGOV"));
    if (a)
        CHECK(a->n_mentions >= 2); /* the surname refers back */
    dyad_doc_free(d);
}

TEST(actors_agents_and_coordination)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "U.S. officials met the governments of Qatar and Egypt. Israeli troops entered the town.",
                           "2024-03-01");
    if (!d)
        return;
    CHECK_STR(mention_code(d, "U.S. officials"), "USAGOV");
    CHECK_STR(mention_code(d, "Israeli troops"), "ISRMIL");
    const dyad_actor *q = actor_named(d, "Qatar"), *e = actor_named(d, "Egypt");
    CHECK(has_code(q, "QATGOV") && has_code(e, "EGYGOV"));
    dyad_doc_free(d);
}

TEST(actors_metonyms_merge)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Washington warned Moscow. The United States said the Kremlin had been told.",
                           "2024-03-01");
    if (!d)
        return;
    const dyad_actor *us = actor_named(d, "United States");
    CHECK(us != NULL);
    if (us)
        CHECK(us->n_mentions == 2); /* Washington and the United States */
    CHECK(has_code(actor_named(d, "Kremlin"), "RUSGOV"));
    dyad_doc_free(d);
}

TEST(actors_pronouns_and_roles)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Israeli Prime Minister Benjamin Netanyahu spoke first. He rejected the offer.\n\n"
                               "Analysts said the Prime Minister would not move.",
                           "2024-03-01");
    if (!d)
        return;
    const dyad_actor *n = actor_named(d, "Benjamin Netanyahu");
    CHECK(n != NULL);
    if (n)
        CHECK(n->n_mentions == 3); /* the name, "He", "the Prime Minister" */
    dyad_doc_free(d);
}

TEST(actors_speakers_linked)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "\xE2\x80\x9CWe are ready,\xE2\x80\x9D said Antony Blinken. \xE2\x80\x9C" "Are they?\xE2\x80\x9D he also said.",
                           "2024-03-01");
    if (!d)
        return;
    const dyad_statement_list *sl = d->analysis->statements;
    const dyad_actor_list *al = d->analysis->actors;
    CHECK(sl->n >= 1);
    for (size_t i = 0; i < sl->n; i++) {
        CHECK(sl->items[i].speaker_actor >= 0);
        if (sl->items[i].speaker_actor >= 0)
            CHECK_STR(al->items[sl->items[i].speaker_actor].name, "Antony Blinken");
    }
    dyad_doc_free(d);
}

TEST(actors_lowercase_words_are_not_acronyms)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Let us talk about it, he told them at the un-named cafe.",
                           "2024-03-01");
    if (!d)
        return;
    CHECK(actor_named(d, "United States") == NULL);
    CHECK(actor_named(d, "United Nations") == NULL);
    dyad_doc_free(d);
}
