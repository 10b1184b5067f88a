/* test_events_rules.c — dyad's own event rules with the built-in
 * dictionaries: mediation needs an actual intermediary, future and
 * intended events, the subject of a bare clause after a reporting verb,
 * coordinated nationality adjectives, and regions inside prepositional
 * phrases.  The sentences are ours. */
#include "testlib.h"
#include "dyad_int.h"
#include "events/events.h"

#include <stdio.h>

/* Code `text` dated 2024-01-31 with the built-in data; writes its events
 * as "SRC/TGT/CODE@DATE" (+ "!F" future, "!H" hypothetical) joined by ' '
 * into out, and its mediations as "PRINCIPAL>COUNTERPART:VIA,VIA" into
 * med (may be NULL).  The 045 events' source and target texts go to
 * texts045 (may be NULL) as "SOURCE|TARGET". */
static void code_news(tctx *t_, const char *text, char *out, size_t cap, char *med, size_t mcap, char *texts045,
                      size_t tcap)
{
    out[0] = 0;
    if (med)
        med[0] = 0;
    if (texts045)
        texts045[0] = 0;
    dyad_doc *doc = t_doc_of_text_dated(t_engine(), text, "2024-01-31");
    CHECK(doc != NULL);
    if (!doc)
        return;
    dyad_doc_run(doc, DYAD_STAGE_ALL);
    const dyad_event_list *l = doc->analysis ? doc->analysis->events : NULL;
    size_t len = 0, tlen = 0;
    for (size_t i = 0; l && i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        int n = snprintf(out + len, cap - len, "%s%s/%s/%s@%s%s%s", len ? " " : "", e->source ? e->source : "---",
                         e->target ? e->target : "---", e->cameo, e->date ? e->date : "-",
                         e->flags & DYAD_EVENT_FUTURE ? "!F" : "", e->flags & DYAD_EVENT_HYPOTHETICAL ? "!H" : "");
        if (n < 0 || (size_t)n >= cap - len)
            break;
        len += (size_t)n;
        if (texts045 && !strcmp(e->cameo, "045") && e->source_span.end > e->source_span.start &&
            e->target_span.end > e->target_span.start) {
            char src[128];
            snprintf(src, sizeof src, "%s", t_span(doc, e->source_span));
            n = snprintf(texts045 + tlen, tcap - tlen, "%s%s|%s", tlen ? " " : "", src, t_span(doc, e->target_span));
            if (n > 0 && (size_t)n < tcap - tlen)
                tlen += (size_t)n;
        }
    }
    len = 0;
    for (size_t i = 0; med && l && i < l->n_mediations; i++) {
        const dyad_mediation *m = &l->mediations[i];
        int n = snprintf(med + len, mcap - len, "%s%s>%s:", len ? " " : "", m->principal ? m->principal : "-",
                         m->counterpart ? m->counterpart : "-");
        if (n < 0 || (size_t)n >= mcap - len)
            break;
        len += (size_t)n;
        for (uint8_t v = 0; v < m->n_via; v++) {
            n = snprintf(med + len, mcap - len, "%s%s", v ? "," : "", m->via[v] ? m->via[v] : "-");
            if (n < 0 || (size_t)n >= mcap - len)
                break;
            len += (size_t)n;
        }
    }
    dyad_doc_free(doc);
}

TEST(events_rules_mediation_needs_an_intermediary_actor)
{
    char ev[2048], med[512], txt[512];
    /* the object of "through" is no actor: no mediation */
    code_news(t_, "Norway and Chile agreed that the quarrel over fishing rights with Peru should be settled "
                  "through talks at the United Nations.",
              ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@"), "events: %s", ev);
    CHECKF(!med[0], "mediations: %s", med);
    code_news(t_, "Jordan has a long border with Syria, letting trucks of grain pass through one of its "
                  "northern crossings. Turkey said on Monday it would reopen its consulate.",
              ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@"), "events: %s", ev);
    /* an actor after "via": the intermediary, with its phrase as evidence */
    code_news(t_, "Brazil passed a message to Venezuela via Colombian diplomats.", ev, sizeof ev, med, sizeof med,
              txt, sizeof txt);
    CHECKF(strstr(med, "BRA>VEN:COL") != NULL, "mediations: %s", med);
    CHECKF(strstr(ev, "COL/VEN/045@") != NULL, "events: %s", ev);
    CHECKF(strstr(txt, "Colombian diplomats|Venezuela") != NULL, "045 texts: %s", txt);
    /* transit through a state is no mediation: nobody talks */
    code_news(t_, "Sudan moved tanks through Chad into Libya.", ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@") && !med[0], "events: %s / %s", ev, med);
    code_news(t_, "Sudan sent a proposal to Libya through Chad.", ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(strstr(med, "SDN>LBY:TCD") != NULL, "mediations: %s", med);
    /* "on behalf of" with no speaker acting for the principal: none */
    code_news(t_, "The minister thanked Kenya on behalf of the people of Uganda. Ghana and Nigeria held talks.", ev,
              sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@"), "events: %s", ev);
    /* a named speaker acting for the principal, reaching a counterpart */
    code_news(t_, "Switzerland delivered a note to Iran on behalf of the United States.", ev, sizeof ev, med,
              sizeof med, NULL, 0);
    CHECKF(strstr(med, "USA>IRN:CHE") != NULL, "mediations: %s", med);
    /* generic intermediaries: the states the next sentence's own people
     * deal with, not every state it names */
    code_news(t_, "Since Washington has no ties with the Taliban, any exchange needs other governments to speak "
                  "on behalf of the United States. U.S. diplomats have been talking with the governments of "
                  "Pakistan and Qatar.",
              ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(strstr(med, "USA>") && strstr(med, "PAK") && strstr(med, "QAT"), "mediations: %s", med);
    code_news(t_, "Since Washington has no ties with the Taliban, any exchange needs other governments to speak "
                  "on behalf of the United States. Floods hit Pakistan and India on Sunday.",
              ev, sizeof ev, med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@"), "events: %s", ev);
}

TEST(events_rules_future_and_intended_events)
{
    char ev[2048];
    /* "is expected to meet … next week": intent to meet, dated that week */
    code_news(t_, "Scholz is expected to meet with Macron next week.", ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "DEUGOV/FRAGOV/036@2024-02-05!F") != NULL, "events: %s", ev);
    /* "said he would meet … in March": a reported future, not hypothetical */
    code_news(t_, "Modi said he would meet with Putin in March.", ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "/036@2024-03!F") != NULL && !strstr(ev, "!H"), "events: %s", ev);
    /* a conditional "would" stays hypothetical and keeps its code */
    code_news(t_, "Modi said he would meet with Putin if the talks went well.", ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(!strstr(ev, "/036@") && (!ev[0] || strstr(ev, "!H")), "events: %s", ev);
    /* a coordinated verb under "was scheduled to" */
    code_news(t_, "Scholz was scheduled to give a lecture on trade and meet with Macron.", ev, sizeof ev, NULL, 0,
              NULL, 0);
    CHECKF(strstr(ev, "DEUGOV/FRAGOV/036@2024-01-31!F") != NULL, "events: %s", ev);
    /* done: unflagged 040 */
    code_news(t_, "Scholz met with Macron on Monday.", ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "DEUGOV/FRAGOV/040@2024-01-29") != NULL && !strstr(ev, "!F"), "events: %s", ev);
}

TEST(events_rules_bare_clause_after_reporting_verb)
{
    char ev[2048];
    code_news(t_, "Turkish state media reported Jordan's foreign minister met with Egyptian President Sisi on "
                  "Tuesday.",
              ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "JORGOV/EGYGOV/040") != NULL, "events: %s", ev);
    CHECKF(!strstr(ev, "TUR"), "events: %s", ev);
    code_news(t_, "Kenyan officials said Ugandan ministers spoke with Somalia on Friday.", ev, sizeof ev, NULL, 0,
              NULL, 0);
    CHECKF(strstr(ev, "UGAGOV/SOM/") != NULL && !strstr(ev, "KEN"), "events: %s", ev);
}

TEST(events_rules_coordinated_nationality_adjectives)
{
    char ev[2048];
    code_news(t_, "Spanish and Portuguese ministers urged Morocco to reopen the border.", ev, sizeof ev, NULL, 0,
              NULL, 0);
    CHECKF(strstr(ev, "ESPGOV/MAR/") != NULL && strstr(ev, "PRTGOV/MAR/") != NULL, "events: %s", ev);
    code_news(t_, "Spanish, Italian and Portuguese leaders urged Morocco to reopen the border.", ev, sizeof ev,
              NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "ESPGOV/MAR/") && strstr(ev, "ITAGOV/MAR/") && strstr(ev, "PRTGOV/MAR/"), "events: %s", ev);
}

TEST(events_rules_region_in_prepositional_phrase_is_no_source)
{
    char ev[2048];
    code_news(t_, "After arriving in Seoul on Monday, the envoy was due to lecture on trade with Africa and meet "
                  "with officials from Japan.",
              ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(!strstr(ev, "AFR/"), "events: %s", ev);
    /* a state in a prepositional phrase before the verb still stands in
     * for a subject that is no actor */
    code_news(t_, "Officials from Egypt met with Hamas leaders on Monday.", ev, sizeof ev, NULL, 0, NULL, 0);
    CHECKF(strstr(ev, "EGY") != NULL, "events: %s", ev);
}

TEST(events_rules_brokers_mediate_toward_both_sides_on_their_day)
{
    char ev[2048], med[512];
    code_news(t_, "A truce between Armenia and Azerbaijan brokered by Russia began on Monday.", ev, sizeof ev, med,
              sizeof med, NULL, 0);
    CHECKF(strstr(med, ":RUS") != NULL, "mediations: %s", med);
    CHECKF(strstr(ev, "RUS/AZE/045@2024-01-29") && strstr(ev, "RUS/ARM/045@2024-01-29"), "events: %s", ev);
    /* "brokered by" an unnamed party: nothing */
    code_news(t_, "A truce between Armenia and Azerbaijan brokered by local elders began on Monday.", ev, sizeof ev,
              med, sizeof med, NULL, 0);
    CHECKF(!strstr(ev, "/045@") && !med[0], "events: %s / %s", ev, med);
}
