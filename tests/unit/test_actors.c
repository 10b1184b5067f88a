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

/* Leaders of the 1990s and 2000s (data/actors/leaders-*.txt): the same
 * dictionaries code archive stories by their own dates. */
TEST(actors_leaders_bush_father_and_son)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "President George H. W. Bush ordered the air campaign, and Defense Secretary "
                               "Dick Cheney briefed the press.",
                           "1991-01-17");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "George H. W. Bush"), "USAGOV"));
    CHECK(has_code(actor_named(d, "Dick Cheney"), "USAGOVMIL"));
    CHECK(actor_named(d, "George W. Bush") == NULL);
    dyad_doc_free(d);
    /* twelve years on, the son is president and a bare "Bush" is him */
    d = coded_on(t_, "Headline for the test story\n\n"
                     "George W. Bush met his father George H. W. Bush at the ranch. Bush said the talks on "
                     "Iraq would go on.",
                 "2003-02-10");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "George W. Bush"), "USAGOV"));
    CHECK(has_code(actor_named(d, "George H. W. Bush"), "USAELI"));
    CHECK_STR(mention_code(d, "Bush"), "USAGOV");
    dyad_doc_free(d);
}

TEST(actors_leaders_shared_surnames_follow_the_full_name)
{
    /* "Clinton" and "Powell" are not bare aliases: a later surname joins
     * whoever the story named in full */
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Secretary of State Hillary Clinton met Colin Powell in Washington. Clinton said "
                               "she was grateful.",
                           "2010-05-04");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Hillary Clinton"), "USAGOV"));
    CHECK(has_code(actor_named(d, "Colin Powell"), "USAELI"));
    CHECK_STR(mention_code(d, "Clinton"), "USAGOV");
    CHECK(actor_named(d, "Bill Clinton") == NULL);
    dyad_doc_free(d);
}

TEST(actors_leaders_israel_and_palestinians_1995)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Shimon Peres took charge a day after Yitzhak Rabin was shot, and Yasser Arafat "
                               "sent his condolences.",
                           "1995-11-05");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Shimon Peres"), "ISRGOV"));
    CHECK(has_code(actor_named(d, "Yitzhak Rabin"), "ISRELI"));
    CHECK(has_code(actor_named(d, "Yasser Arafat"), "PSEGOV"));
    dyad_doc_free(d);
    /* before the Palestinian Authority, the PLO's chairman is coded as the PLO */
    d = coded_on(t_, "Headline for the test story\n\nYasser Arafat spoke in Tunis.", "1990-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Yasser Arafat"), "PSEREB"));
    dyad_doc_free(d);
}

TEST(actors_leaders_china_succession)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Jiang Zemin received the visitors while Vice President Hu Jintao and Zhu Rongji "
                               "looked on.",
                           "1999-05-10");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Jiang Zemin"), "CHNGOV"));
    CHECK(has_code(actor_named(d, "Hu Jintao"), "CHNGOV"));
    CHECK(has_code(actor_named(d, "Zhu Rongji"), "CHNGOV"));
    dyad_doc_free(d);
    d = coded_on(t_, "Headline for the test story\n\nJiang Zemin attended, and Wen Jiabao spoke.", "2006-01-10");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Jiang Zemin"), "CHNELI"));
    CHECK(has_code(actor_named(d, "Wen Jiabao"), "CHNGOV"));
    dyad_doc_free(d);
}

TEST(actors_leaders_putin_earlier_offices)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Boris Yeltsin named Vladimir Putin to head the security service.",
                           "1998-09-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Boris Yeltsin"), "RUSGOV"));
    CHECK(has_code(actor_named(d, "Vladimir Putin"), "RUSSPY"));
    dyad_doc_free(d);
    d = coded_on(t_, "Headline for the test story\n\nPutin met Gerhard Schroeder in Berlin.", "2001-09-25");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Vladimir Putin"), "RUSGOV"));
    CHECK(has_code(actor_named(d, "Gerhard Schröder"), "DEUGOV"));
    dyad_doc_free(d);
}

TEST(actors_leaders_defence_ministers_and_commanders)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Donald Rumsfeld and Geoff Hoon met General Tommy Franks in Qatar.",
                           "2003-03-15");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Donald Rumsfeld"), "USAGOVMIL"));
    CHECK(has_code(actor_named(d, "Geoff Hoon"), "GBRGOVMIL"));
    CHECK(has_code(actor_named(d, "Tommy Franks"), "USAMIL"));
    dyad_doc_free(d);
}

TEST(actors_leaders_international_heads_by_date)
{
    /* one man, three organisations: Spain, NATO, then the EU */
    const char *text = "Headline for the test story\n\nJavier Solana met Kofi Annan in New York.";
    dyad_doc *d = coded_on(t_, text, "1999-03-30");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Javier Solana"), "IGOWSTNAT"));
    CHECK(has_code(actor_named(d, "Kofi Annan"), "IGOUNO"));
    dyad_doc_free(d);
    d = coded_on(t_, text, "2003-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Javier Solana"), "IGOEUREEC"));
    dyad_doc_free(d);
    d = coded_on(t_, text, "1994-03-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Javier Solana"), "ESPGOV"));
    dyad_doc_free(d);
}

TEST(actors_leaders_iran_nuclear_negotiators)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Mahmoud Ahmadinejad backed Ali Larijani, while Hassan Rouhani stayed silent.",
                           "2006-04-12");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Mahmoud Ahmadinejad"), "IRNGOV"));
    CHECK(has_code(actor_named(d, "Ali Larijani"), "IRNGOV"));
    CHECK(has_code(actor_named(d, "Hassan Rouhani"), "IRNELI"));
    dyad_doc_free(d);
}

TEST(actors_lower_case_words_name_nobody)
{
    /* a leader's surname or a country's name written as a common word */
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "The bidder played a trump card. She will waltz into the final. "
                               "The roof truss cost ten pence. They ate turkey off fine china.",
                           "2024-03-01");
    if (!d)
        return;
    CHECK(actor_named(d, "Donald Trump") == NULL);
    CHECK(actor_named(d, "Mike Waltz") == NULL);
    CHECK(actor_named(d, "Mike Pence") == NULL);
    CHECK(actor_named(d, "Turkey") == NULL);
    CHECK(actor_named(d, "China") == NULL);
    dyad_doc_free(d);
    /* written as names they are the actors, also at a sentence start */
    d = coded_on(t_, "Headline for the test story\n\n"
                     "Trump spoke to Pence. Turkey and China signed the deal.",
                 "2024-03-01");
    if (!d)
        return;
    CHECK(actor_named(d, "Donald Trump") != NULL);
    CHECK(actor_named(d, "Mike Pence") != NULL);
    CHECK(actor_named(d, "Turkey") != NULL);
    CHECK(actor_named(d, "China") != NULL);
    dyad_doc_free(d);
}

TEST(actors_capitals_headline_names_only_known_words)
{
    /* in a headline written in capitals every word looks like a name */
    dyad_doc *d = coded_on(t_, "TRUMP WINS NEVADA CAUCUS\n\nDonald Trump won the caucus on Tuesday.", "2016-02-24");
    if (!d)
        return;
    const dyad_actor *a = actor_named(d, "Donald Trump");
    CHECK(a != NULL);
    if (a && a->first_mention >= 0) {
        const dyad_mention *m = &d->analysis->actors->mentions[a->first_mention];
        CHECK(m->span.end - m->span.start == 5); /* "TRUMP", not "TRUMP WINS" */
    }
    dyad_doc_free(d);
}

TEST(actors_possessive_agent_keeps_its_owner)
{
    /* "its ambassador from Israel" is Egypt's ambassador; "from Israel"
     * stays free for the verb ("recalled … from Israel") */
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Egypt recalled its ambassador from Israel on Sunday. "
                               "The ambassador from Jordan said nothing. Israel freed Palestinian prisoners.",
                           "2024-03-01");
    if (!d)
        return;
    const dyad_actor *isr = actor_named(d, "Israel");
    CHECK(isr != NULL);
    if (isr && isr->first_mention >= 0) {
        const dyad_mention *m = &d->analysis->actors->mentions[isr->first_mention];
        CHECK(m->span.end - m->span.start == 6); /* "Israel", not "its ambassador from Israel" */
    }
    CHECK(has_code(actor_named(d, "Jordan"), "JORGOV")); /* "the ambassador from Jordan" */
    CHECK(has_code(actor_named(d, "Palestine"), "PSEOPP")); /* prisoners, as the CAMEO dictionaries code them */
    dyad_doc_free(d);
}

TEST(actors_leaders2_canadian_ministers_in_cabinet)
{
    /* every one of them sat in the cabinet in 2022, whatever the portfolio */
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Chrystia Freeland, Harjit Sajjan and Bill Blair met Anita Anand and "
                               "Francois-Philippe Champagne in Ottawa.",
                           "2022-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Chrystia Freeland"), "CANGOV"));
    CHECK(has_code(actor_named(d, "Harjit Sajjan"), "CANGOV"));
    CHECK(has_code(actor_named(d, "Bill Blair"), "CANGOV"));
    CHECK(has_code(actor_named(d, "Anita Anand"), "CANGOVMIL"));
    CHECK(has_code(actor_named(d, "François-Philippe Champagne"), "CANGOV"));
    CHECK(!has_code(actor_named(d, "Bill Blair"), "CANELI"));
    dyad_doc_free(d);
}

TEST(actors_leaders2_israeli_ministers_before_their_premierships)
{
    const char *text = "Headline for the test story\n\n"
                       "Naftali Bennett and Yair Lapid clashed with Isaac Herzog over the budget.";
    dyad_doc *d = coded_on(t_, text, "2014-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Naftali Bennett"), "ISRGOV"));
    CHECK(has_code(actor_named(d, "Yair Lapid"), "ISRGOV"));
    CHECK(has_code(actor_named(d, "Isaac Herzog"), "ISROPP"));
    dyad_doc_free(d);
    d = coded_on(t_, text, "2015-09-01"); /* Lapid out of the cabinet, Bennett still in it */
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Naftali Bennett"), "ISRGOV"));
    CHECK(has_code(actor_named(d, "Yair Lapid"), "ISRELI"));
    dyad_doc_free(d);
}

TEST(actors_leaders2_peres_and_rabin_in_the_unity_government)
{
    const char *text = "Headline for the test story\n\n"
                       "Shimon Peres and Yitzhak Rabin met Ariel Sharon in Jerusalem.";
    dyad_doc *d = coded_on(t_, text, "1986-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Shimon Peres"), "ISRGOV"));
    CHECK(has_code(actor_named(d, "Yitzhak Rabin"), "ISRGOVMIL"));
    CHECK(has_code(actor_named(d, "Ariel Sharon"), "ISRGOV"));
    dyad_doc_free(d);
    d = coded_on(t_, text, "1991-06-01"); /* Labor out of the government */
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Shimon Peres"), "ISRELI"));
    CHECK(has_code(actor_named(d, "Yitzhak Rabin"), "ISRELI"));
    CHECK(has_code(actor_named(d, "Ariel Sharon"), "ISRGOV"));
    dyad_doc_free(d);
}

TEST(actors_leaders2_european_ministers_before_their_best_known_posts)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Sigmar Gabriel and Thomas de Maizière met Jeremy Hunt and Manuel Valls in Berlin.",
                           "2013-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Sigmar Gabriel"), "DEUELI")); /* SPD in opposition */
    CHECK(has_code(actor_named(d, "Thomas de Maizière"), "DEUGOVMIL"));
    CHECK(has_code(actor_named(d, "Jeremy Hunt"), "GBRGOV"));
    CHECK(has_code(actor_named(d, "Manuel Valls"), "FRAGOV"));
    dyad_doc_free(d);
}

TEST(actors_leaders2_asian_and_african_earlier_offices)
{
    dyad_doc *d = coded_on(t_, "Headline for the test story\n\n"
                               "Pranab Mukherjee met Wang Yi, and Emmerson Mnangagwa met Kassym-Jomart Tokayev.",
                           "2005-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Pranab Mukherjee"), "INDGOVMIL"));
    CHECK(has_code(actor_named(d, "Wang Yi"), "CHNGOV"));
    CHECK(has_code(actor_named(d, "Emmerson Mnangagwa"), "ZWEGOV"));
    CHECK(has_code(actor_named(d, "Kassym-Jomart Tokayev"), "KAZGOV"));
    dyad_doc_free(d);
    d = coded_on(t_, "Headline for the test story\n\nNelson Mandela met Emmerson Mnangagwa.", "1990-06-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "Nelson Mandela"), "ZAFOPP"));
    CHECK(has_code(actor_named(d, "Emmerson Mnangagwa"), "ZWEGOV"));
    dyad_doc_free(d);
}

TEST(actors_shared_surname_is_the_office_holder_of_the_day)
{
    /* "Bush", "Rice", "Brown" are no aliases: two people in the news bore
     * each; on the story's date only one of them held an office */
    const char *text = "Headline for the test story\n\n"
                       "President Bush met Iraqi Prime Minister Nouri al-Maliki in Baghdad. "
                       "Rice said the talks went well. British Prime Minister Brown said he agreed.";
    dyad_doc *d = coded_on(t_, text, "2008-06-10");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "George W. Bush"), "USAGOV"));
    CHECK(has_code(actor_named(d, "Condoleezza Rice"), "USAGOV"));
    CHECK(has_code(actor_named(d, "Gordon Brown"), "GBRGOV"));
    dyad_doc_free(d);
    d = coded_on(t_, text, "1990-05-01");
    if (!d)
        return;
    CHECK(has_code(actor_named(d, "George H. W. Bush"), "USAGOV"));
    CHECK(actor_named(d, "Condoleezza Rice") == NULL); /* not yet in office */
    CHECK(actor_named(d, "Gordon Brown") == NULL);
    dyad_doc_free(d);
    /* a title the office holder does not bear: in 2010 Hillary Clinton was
     * Secretary of State, so "President Clinton" is not her */
    d = coded_on(t_, "Headline for the test story\n\nPresident Clinton said he would travel to Haiti.", "2010-06-10");
    if (!d)
        return;
    CHECK(actor_named(d, "Hillary Clinton") == NULL);
    CHECK(actor_named(d, "Bill Clinton") == NULL);
    dyad_doc_free(d);
    /* no date, no guess */
    d = coded_on(t_, "Headline for the test story\n\nPresident Bush said he would travel to Haiti.", NULL);
    if (!d)
        return;
    CHECK(actor_named(d, "George W. Bush") == NULL);
    dyad_doc_free(d);
}
