/* test_statements.c — quotation shapes, speakers, cues, addressees, and
 * hostile inputs for the statements stage.  Sentences written for these
 * tests. */
#include "testlib.h"
#include "dyad_int.h"
#include "statements/statements.h"

#include <stdlib.h>
#include <time.h>

static dyad_doc *coded(tctx *t_, const char *text)
{
    dyad_doc *d = t_read(t_, text, DYAD_FORMAT_TEXT);
    if (d && dyad_doc_run(d, DYAD_STAGE_STATEMENTS | DYAD_STAGE_TIME) != DYAD_OK) {
        CHECK(!"dyad_doc_run failed");
        dyad_doc_free(d);
        return NULL;
    }
    return d;
}

static const dyad_statement_list *stmts(const dyad_doc *d) { return d->analysis->statements; }

static const char *span_text(const dyad_doc *d, dyad_span s)
{
    return t_span(d, s);
}

/* Find the statement whose content starts with `prefix`. */
static const dyad_statement *find(const dyad_doc *d, const char *prefix)
{
    const dyad_statement_list *l = stmts(d);
    for (size_t i = 0; i < l->n; i++)
        if (strncmp(d->text + l->items[i].span.start, prefix, strlen(prefix)) == 0)
            return &l->items[i];
    return NULL;
}

static void expect(tctx *t_, const dyad_doc *d, const char *prefix, dyad_stmt_kind kind, const char *speaker,
                   const char *cue)
{
    const dyad_statement *st = find(d, prefix);
    CHECKF(st != NULL, "no statement starting '%s'", prefix);
    if (!st)
        return;
    CHECKF(st->kind == kind, "'%s': kind %s, expected %s", prefix, dyad_stmt_kind_name(st->kind),
           dyad_stmt_kind_name(kind));
    if (speaker) {
        CHECKF(st->has_speaker, "'%s': no speaker, expected %s", prefix, speaker);
        if (st->has_speaker)
            CHECK_STR(span_text(d, st->speaker_span), speaker);
    } else
        CHECKF(!st->has_speaker, "'%s': unexpected speaker %s", prefix, span_text(d, st->speaker_span));
    if (cue)
        CHECK_STR(st->cue_text, cue);
}

TEST(stmt_trailing_attribution)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CWe will keep talking until there is a deal,\xE2\x80\x9D the foreign minister told reporters on Monday.");
    if (!d)
        return;
    expect(t_, d, "We will keep talking", DYAD_STMT_DIRECT, "the foreign minister", "told");
    const dyad_statement *st = find(d, "We will keep");
    if (st) {
        CHECK(st->has_addressee);
        CHECK_STR(span_text(d, st->addressee_span), "reporters");
    }
    dyad_doc_free(d);
}

TEST(stmt_inverted_and_split)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"The talks are over,\" said Prime Minister Ana Ruiz, \"and nobody should pretend otherwise.\"");
    if (!d)
        return;
    expect(t_, d, "The talks are over", DYAD_STMT_DIRECT, "Prime Minister Ana Ruiz", "said");
    const dyad_statement *st = find(d, "The talks are over");
    if (st)
        CHECK(st->n_frags == 2);
    dyad_doc_free(d);
}

TEST(stmt_leading_colon_and_that)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The general said: \xE2\x80\x9COur troops will stay in the north.\xE2\x80\x9D\n\n"
                            "Officials noted that the border had been closed since the attack.\n\n"
                            "The envoy said the ceasefire was holding in most districts.");
    if (!d)
        return;
    expect(t_, d, "Our troops will stay", DYAD_STMT_DIRECT, "The general", "said");
    expect(t_, d, "the border had been closed", DYAD_STMT_INDIRECT, "Officials", "noted");
    expect(t_, d, "the ceasefire was holding", DYAD_STMT_INDIRECT, "The envoy", "said");
    dyad_doc_free(d);
}

TEST(stmt_mixed_and_according_to)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The minister said the proposal was \"dead on arrival\" and would not be discussed.\n\n"
                            "According to the health ministry, 40 people were wounded in the shelling.\n\n"
                            "Turnout was low in the capital, according to election monitors.");
    if (!d)
        return;
    expect(t_, d, "the proposal was", DYAD_STMT_MIXED, "The minister", "said");
    expect(t_, d, "40 people were wounded", DYAD_STMT_INDIRECT, "the health ministry", "according to");
    expect(t_, d, "Turnout was low", DYAD_STMT_INDIRECT, "election monitors", "according to");
    dyad_doc_free(d);
}

TEST(stmt_unnamed_reports)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "There were reports that the convoy had been stopped at the crossing.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the convoy had been stopped");
    CHECK(st != NULL);
    if (st) {
        CHECK(!st->has_speaker);
        CHECK_STR(st->attributed_to, "reports");
    }
    dyad_doc_free(d);
}

TEST(stmt_pronoun_and_continuation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe vote was fair,\xE2\x80\x9D Senator Malik said. \xE2\x80\x9CWe accept the result.\xE2\x80\x9D\n\n"
                            "\xE2\x80\x9CNow we govern,\xE2\x80\x9D he also said.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The vote was fair");
    CHECK(st && st->n_frags == 2); /* the second quotation continues the first */
    expect(t_, d, "Now we govern", DYAD_STMT_DIRECT, "he", "said");
    st = find(d, "Now we govern");
    if (st) {
        CHECK(st->has_speaker_ref);
        if (st->has_speaker_ref)
            CHECK_STR(span_text(d, st->speaker_ref), "Senator Malik");
    }
    dyad_doc_free(d);
}

TEST(stmt_multi_paragraph_quote)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor said:\n\n"
                            "\xE2\x80\x9CThe water is safe to drink. We tested it twice.\n\n"
                            "\xE2\x80\x9C" "Anyone who says otherwise is wrong.\xE2\x80\x9D\n\n"
                            "The council met later.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The water is safe");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_DIRECT);
        CHECK(st->has_speaker && strcmp(span_text(d, st->speaker_span), "The mayor") == 0);
        CHECK(strstr(span_text(d, st->span), "otherwise is wrong") != NULL);
    }
    dyad_doc_free(d);
}

TEST(stmt_other_quote_styles)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xC2\xAB Nous resterons unis dans cette crise \xC2\xBB, a dit le ministre, said Reuters.\n\n"
                            "\xE2\x80\x9EWir bleiben standhaft und einig\xE2\x80\x9C, the chancellor said.\n\n"
                            "'We will not move,' the farmer said.");
    if (!d)
        return;
    expect(t_, d, "We will not move", DYAD_STMT_DIRECT, "the farmer", "said");
    expect(t_, d, "Wir bleiben standhaft", DYAD_STMT_DIRECT, "the chancellor", "said");
    dyad_doc_free(d);
}

TEST(stmt_no_false_positives)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The added pressure of the \"Fox News Sunday\" interview was clear.\n\n"
                            "He watched \"Contract with America\" on television.");
    if (!d)
        return;
    CHECKF(stmts(d)->n == 0, "%zu statements", stmts(d)->n);
    dyad_doc_free(d);
}

/* Hostile inputs: many unmatched marks, a 1 MB quotation, mixed styles —
 * must finish quickly (no quadratic behaviour) and keep spans valid. */
static void hostile(tctx *t_, const char *text)
{
    clock_t t0 = clock();
    dyad_doc *d = coded(t_, text);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    CHECKF(secs < 10.0, "took %.1f s", secs);
    if (!d)
        return;
    const dyad_statement_list *l = stmts(d);
    for (size_t i = 0; i < l->n; i++)
        CHECK(l->items[i].span.start <= l->items[i].span.end && l->items[i].span.end <= d->text_len);
    dyad_doc_free(d);
}

TEST(stmt_hostile_unmatched_marks)
{
    size_t n = 10000;
    char *s = malloc(n * 8 + 64);
    size_t o = (size_t)sprintf(s, "Headline\n\n");
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(s + o, "%s", i % 3 == 0 ? "\xE2\x80\x9C" "a " : i % 3 == 1 ? "\" b " : "said ");
    s[o] = 0;
    hostile(t_, s);
    free(s);
}

TEST(stmt_hostile_huge_quote)
{
    size_t n = 1 << 20;
    char *s = malloc(n + 128);
    size_t o = (size_t)sprintf(s, "Headline\n\n\xE2\x80\x9C");
    while (o < n) {
        memcpy(s + o, "We said more. ", 14);
        o += 14;
    }
    o += (size_t)sprintf(s + o, "\xE2\x80\x9D he said.");
    s[o] = 0;
    hostile(t_, s);
    free(s);
}

TEST(stmt_hostile_mixed_styles)
{
    size_t n = 20000;
    char *s = malloc(n * 12 + 64);
    size_t o = (size_t)sprintf(s, "Headline\n\n");
    const char *marks[] = {"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x9E", "\xE2\x80\x9C", "\xE2\x80\x9D", "'", "\"", "\xE3\x80\x8C", "\xE3\x80\x8D", "''"};
    for (size_t i = 0; i < n; i++)
        o += (size_t)sprintf(s + o, "%s%s", marks[(i * 7) % 10], i % 5 == 0 ? " said X. " : " w ");
    s[o] = 0;
    hostile(t_, s);
    free(s);
}

TEST(stmt_inverted_speaker_with_head_noun)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"The budget will not pass this month,\" said a senior Republican aide on the committee.\n\n"
                            "\"We expected much more from the talks,\" said radio host Maria Lopez.\n\n"
                            "\"Nobody is ready for this storm,\" said Governor Ana Ruiz speaking to reporters.");
    if (!d)
        return;
    expect(t_, d, "The budget will not pass", DYAD_STMT_DIRECT, "a senior Republican aide", "said");
    expect(t_, d, "We expected much more", DYAD_STMT_DIRECT, "radio host Maria Lopez", "said");
    /* a verb after the name ends the phrase: not a speaker "Ruiz speaking" */
    const dyad_statement *st = find(d, "Nobody is ready");
    CHECK(st && !(st->has_speaker && strstr(span_text(d, st->speaker_span), "speaking")));
    dyad_doc_free(d);
}

TEST(stmt_report_noun_as_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"Growth will slow in most regions next year,\" the annual report said.");
    if (!d)
        return;
    expect(t_, d, "Growth will slow", DYAD_STMT_DIRECT, "the annual report", "said");
    dyad_doc_free(d);
}

TEST(stmt_quoted_title_is_not_content)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "On this week's broadcast of \xE2\x80\x9CMorning Town Hall,\xE2\x80\x9D the governor said the new budget was "
                            "\xE2\x80\x9C" "a serious mistake\xE2\x80\x9D for the state.");
    if (!d)
        return;
    expect(t_, d, "the new budget was", DYAD_STMT_MIXED, "the governor", "said");
    CHECK(find(d, "On this week") == NULL);
    dyad_doc_free(d);
}

TEST(stmt_content_ends_at_label_and_second_cue)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor called the new stadium plan \xE2\x80\x9C" "a waste of money\xE2\x80\x9D during a meeting in the "
                            "town hall on Tuesday.\n\n"
                            "The senator told the panel that the navy is \xE2\x80\x9C" "depleted\xE2\x80\x9D and warned that more "
                            "ships would be needed soon.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the new stadium plan");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the new stadium plan \xE2\x80\x9C" "a waste of money\xE2\x80\x9D");
    st = find(d, "the navy is");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_MIXED);
        CHECK_STR(span_text(d, st->span), "the navy is \xE2\x80\x9C" "depleted\xE2\x80\x9D");
    }
    expect(t_, d, "more ships would be needed", DYAD_STMT_INDIRECT, "The senator", "warned");
    dyad_doc_free(d);
}

TEST(stmt_quote_continuation_with_pronoun_i)
{
    /* "I" is no Title Case: the second quotation continues the first */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CI will,\xE2\x80\x9D the farmer said to the crowd. \xE2\x80\x9C" "I will, Martha.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "I will,");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->n_frags == 2);
        CHECK(st->has_speaker);
    }
    dyad_doc_free(d);
}

TEST(stmt_quotation_content_ends_at_its_mark)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The clip ends with the senator saying during the hearing, \xE2\x80\x9C" "That is how the system works,\xE2\x80\x9D "
                            "when a colleague asked about the fees.\n\n"
                            "Asked about the cause of the fire, the chief said, \xE2\x80\x9C" "We are not going to guess.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "That is how the system works", DYAD_STMT_DIRECT, "the senator", "saying");
    expect(t_, d, "We are not going to guess", DYAD_STMT_DIRECT, "the chief", "said");
    CHECK(find(d, "Asked about") == NULL);
    dyad_doc_free(d);
}

TEST(stmt_reads_and_put_it_cues)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe school must stay open for the children of this valley,\xE2\x80\x9D the petition reads.\n\n"
                            "As a farmer put it, \xE2\x80\x9CWe cannot wait another year for the water.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "The school must stay open", DYAD_STMT_DIRECT, "the petition", "reads");
    expect(t_, d, "We cannot wait another year", DYAD_STMT_DIRECT, "a farmer", "put it");
    dyad_doc_free(d);
}

TEST(stmt_urging_verbs_and_what_called)
{
    /* verbs of urging take the object and its infinitive; "what X called"
     * stays inside the object of a verb of judging */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The coach exhorted the players to \xE2\x80\x9Cplay for each other\xE2\x80\x9D before the final.\n\n"
                            "The mayor condemned what she called a \xE2\x80\x9Creckless waste\xE2\x80\x9D of city funds.\n\n"
                            "\xE2\x80\x9C" "Get off the field now,\xE2\x80\x9D the referee yells.");
    if (!d)
        return;
    expect(t_, d, "the players to", DYAD_STMT_MIXED, "The coach", "exhorted");
    expect(t_, d, "what she called", DYAD_STMT_MIXED, "The mayor", "condemned");
    expect(t_, d, "Get off the field", DYAD_STMT_DIRECT, "the referee", "yells");
    dyad_doc_free(d);
}

TEST(stmt_subject_through_participle_and_second_verb)
{
    /* the speaker of "…, saying" and "… and said" is the sentence's
     * subject, after an introductory phrase; a prepositional phrase
     * between a subject and its verb is not the speaker */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Separately, the union attacked the plan, saying it would \xE2\x80\x9Churt every family\xE2\x80\x9D in the county.\n\n"
                            "The governor toured the flooded farms in Dover, Delaware, arguing that the state needs "
                            "\xE2\x80\x9Cmore pumps.\xE2\x80\x9D\n\n"
                            "The senator visited the plant and said the workers deserve \xE2\x80\x9C" "a fair deal.\xE2\x80\x9D\n\n"
                            "The reporter at the scene said the crowd was \xE2\x80\x9Cvery calm\xE2\x80\x9D all night.");
    if (!d)
        return;
    expect(t_, d, "it would", DYAD_STMT_MIXED, "the union", "saying");
    expect(t_, d, "the state needs", DYAD_STMT_MIXED, "The governor", "arguing");
    expect(t_, d, "the workers deserve", DYAD_STMT_MIXED, "The senator", "said");
    expect(t_, d, "the crowd was", DYAD_STMT_MIXED, "The reporter", "said");
    dyad_doc_free(d);
}

TEST(stmt_attribution_with_unlisted_verb)
{
    /* a comma inside the closing mark announces the attribution, whatever
     * its verb; a role of several lower-case words stays in the name */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CGet that goat out of my garden,\xE2\x80\x9D the farmer grumbled.\n\n"
                            "\xE2\x80\x9CNobody reads the minutes anyway,\xE2\x80\x9D scoffed Dana Ortiz, 41, a council clerk.\n\n"
                            "\xE2\x80\x9CThe pumps will run all winter,\xE2\x80\x9D said county water district engineer Lee Park.");
    if (!d)
        return;
    expect(t_, d, "Get that goat", DYAD_STMT_DIRECT, "the farmer", NULL);
    expect(t_, d, "Nobody reads", DYAD_STMT_DIRECT, "Dana Ortiz", NULL);
    expect(t_, d, "The pumps will run", DYAD_STMT_DIRECT, "county water district engineer Lee Park", "said");
    dyad_doc_free(d);
}

TEST(stmt_split_quote_and_relative_appositive)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9C" "Friends,\xE2\x80\x9D Ms. Alvarez said, \xE2\x80\x9C" "the library stays open all summer.\xE2\x80\x9D\n\n"
                            "\xE2\x80\x9CThe harbor needs dredging,\xE2\x80\x9D Mr. Okafor, who is a ferry captain, said of the port.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "Friends");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->n_frags == 2);
        CHECK(st->has_speaker);
        if (st->has_speaker)
            CHECK_STR(span_text(d, st->speaker_span), "Ms. Alvarez");
    }
    expect(t_, d, "The harbor needs dredging", DYAD_STMT_DIRECT, "Mr. Okafor, who is a ferry captain", "said");
    dyad_doc_free(d);
}

TEST(stmt_parenthetical_attribution_and_participle_end)
{
    /* the clause goes on after "X said,"; a participle after a comma
     * ends the content ("…, adding that …") */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The old ferry, the captain said, had carried \xE2\x80\x9C" "a million riders\xE2\x80\x9D before it sank.\n\n"
                            "The mayor said that the bridge would be \xE2\x80\x9C" "fixed by spring,\xE2\x80\x9D adding that crews "
                            "were already at work.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The old ferry");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_MIXED);
        CHECK(st->n_frags == 2);
        CHECK(st->has_speaker);
    }
    st = find(d, "the bridge would be");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the bridge would be \xE2\x80\x9C" "fixed by spring,\xE2\x80\x9D");
    expect(t_, d, "crews were already", DYAD_STMT_INDIRECT, "The mayor", "adding");
    dyad_doc_free(d);
}

TEST(stmt_short_labels_and_next_verbs)
{
    /* two words do with a quotation; the speaker's next verb ends the
     * content and keeps the speaker */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The chef called it \xE2\x80\x9Cinedible\xE2\x80\x9D and walked out of the kitchen.\n\n"
                            "The critic visited the bakery and called the bread \xE2\x80\x9C" "a small miracle\xE2\x80\x9D and ordered more.\n\n"
                            "She argued the rules were unfair, called the board \xE2\x80\x9C" "a closed club\xE2\x80\x9D and resigned.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "it \xE2\x80\x9Cinedible");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "it \xE2\x80\x9Cinedible\xE2\x80\x9D");
    st = find(d, "the bread");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the bread \xE2\x80\x9C" "a small miracle\xE2\x80\x9D");
    expect(t_, d, "the bread", DYAD_STMT_MIXED, "The critic", "called");
    expect(t_, d, "the rules were unfair", DYAD_STMT_INDIRECT, "She", "argued");
    expect(t_, d, "the board", DYAD_STMT_MIXED, "She", "called");
    dyad_doc_free(d);
}

TEST(stmt_quote_paragraphs_go_on_and_according_to_inside)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe orchard had its best year,\xE2\x80\x9D the grower said on Friday.\n\n"
                            "\xE2\x80\x9CWe picked apples until the first snow.\xE2\x80\x9D\n\n"
                            "\xE2\x80\x9CNext year we will plant pears as well.\xE2\x80\x9D\n\n"
                            "The new wells, according to the county, will serve \xE2\x80\x9C" "every farm in the valley.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The orchard had");
    CHECK(st != NULL);
    if (st)
        CHECK(st->n_frags == 3);
    CHECK(find(d, "We picked apples") == NULL);
    st = find(d, "The new wells");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_MIXED);
        CHECK(st->n_frags == 2);
        CHECK(st->has_speaker);
        if (st->has_speaker)
            CHECK_STR(span_text(d, st->speaker_span), "the county");
    }
    dyad_doc_free(d);
}

TEST(stmt_mixed_then_quote_goes_on)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The ferry \xE2\x80\x9Cruns late every single day of the week,\xE2\x80\x9D said Ms. Tan, a commuter. "
                            "\xE2\x80\x9CWe have given up on it.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The ferry");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_MIXED);
        CHECK(st->n_frags == 2);
    }
    CHECK(find(d, "We have given up") == NULL);
    dyad_doc_free(d);
}

TEST(stmt_bare_clause_and_new_attribution)
{
    /* "said the …" starts a bare clause even when a "that" follows; "but
     * she said" starts a new statement */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor said the long row of empty shops shows that the town needs \xE2\x80\x9Cnew ideas.\xE2\x80\x9D\n\n"
                            "The chief said the cameras did not show \xE2\x80\x9C" "a clear picture,\xE2\x80\x9D but she said that "
                            "the witnesses \xE2\x80\x9Csaw enough.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "the long row of empty shops", DYAD_STMT_MIXED, "The mayor", "said");
    const dyad_statement *st = find(d, "the cameras did not show");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the cameras did not show \xE2\x80\x9C" "a clear picture,\xE2\x80\x9D");
    expect(t_, d, "the witnesses", DYAD_STMT_MIXED, "she", "said");
    dyad_doc_free(d);
}

TEST(stmt_label_ends_before_subordinate_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The coach described the referee as a \xE2\x80\x9C" "disgrace\xE2\x80\x9D after he waved off the goal "
                            "and blamed the loss on \xE2\x80\x9C" "bad luck.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the referee as");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the referee as a \xE2\x80\x9C" "disgrace\xE2\x80\x9D");
    dyad_doc_free(d);
}

TEST(stmt_colon_quote_takes_sentence_subject)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Hours later, the mayor walked to the podium and boomed: \xE2\x80\x9CWe will rebuild every house.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "We will rebuild", DYAD_STMT_DIRECT, "the mayor", NULL);
    dyad_doc_free(d);
}

TEST(stmt_colon_paragraph_and_participle_after_preposition)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The governor released the following statement:\n\n"
                            "\xE2\x80\x9CWe grieve with the families of the miners tonight.\xE2\x80\x9D\n\n"
                            "\xE2\x80\x9CThe lake belongs to everyone, and the fences must come down,\xE2\x80\x9D the petition read.\n\n"
                            "The judge began by saying, \xE2\x80\x9CNobody in this room wants a long trial.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "We grieve with", DYAD_STMT_DIRECT, "The governor", NULL);
    expect(t_, d, "The lake belongs", DYAD_STMT_DIRECT, "the petition", NULL);
    expect(t_, d, "Nobody in this room", DYAD_STMT_DIRECT, "The judge", "saying");
    dyad_doc_free(d);
}

TEST(stmt_owned_nouns_of_statement)
{
    /* a noun of statement after a possessive: its owner speaks; without
     * an owner, "statement" is a plain noun */
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The senator repeated his claim that the budget was \xE2\x80\x9C" "dead on arrival.\xE2\x80\x9D\n\n"
                            "Reporters checked Mayor Ruiz\xE2\x80\x99s assertion that the river is \xE2\x80\x9C" "cleaner than ever.\xE2\x80\x9D\n\n"
                            "The agency said in a statement that the dam is safe.");
    if (!d)
        return;
    expect(t_, d, "the budget was", DYAD_STMT_MIXED, "his", "claim");
    expect(t_, d, "the river is", DYAD_STMT_MIXED, "Mayor Ruiz", "assertion");
    expect(t_, d, "the dam is safe", DYAD_STMT_INDIRECT, "The agency", "said");
    dyad_doc_free(d);
}

TEST(stmt_show_titles_are_not_statements)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "On Sunday's episode of \xE2\x80\x9CThe Morning Farm Report,\xE2\x80\x9D the minister said the prices would fall.\n\n"
                            "The governor spoke on \xE2\x80\x9CState of the County.\xE2\x80\x9D");
    if (!d)
        return;
    CHECK(find(d, "The Morning Farm Report") == NULL);
    CHECK(find(d, "State of the County") == NULL);
    expect(t_, d, "the prices would fall", DYAD_STMT_INDIRECT, "the minister", "said");
    dyad_doc_free(d);
}

TEST(stmt_bare_clause_with_plain_noun_subject)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The farmer said prices would fall before the harvest.\n\n"
                            "The mayor said in a speech on Monday.");
    if (!d)
        return;
    expect(t_, d, "prices would fall", DYAD_STMT_INDIRECT, "The farmer", "said");
    CHECK(find(d, "in a speech") == NULL);
    dyad_doc_free(d);
}

TEST(stmt_subject_after_long_introduction)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Speaking at a school in Dover, Delaware, the governor praised the teachers, calling them "
                            "\xE2\x80\x9Cthe backbone of the state.\xE2\x80\x9D\n\n"
                            "However, she held her fire on the council, calling it \xE2\x80\x9C" "a work in progress.\xE2\x80\x9D\n\n"
                            "The builder, who has in the past described the plan as \xE2\x80\x9C" "a fantasy,\xE2\x80\x9D declined to comment.");
    if (!d)
        return;
    expect(t_, d, "them", DYAD_STMT_MIXED, "the governor", "calling");
    expect(t_, d, "it \xE2\x80\x9C", DYAD_STMT_MIXED, "she", "calling");
    expect(t_, d, "the plan as", DYAD_STMT_MIXED, "who", "described");
    dyad_doc_free(d);
}

TEST(stmt_speaker_before_age_and_affiliation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Mara Lind, 44, a retired bus driver, said the new route was \xE2\x80\x9C" "a blessing\xE2\x80\x9D for the town.\n\n"
                            "Tomas Berg, at the Nordic Policy Institute, said the two parties had found \xE2\x80\x9C" "a working peace\xE2\x80\x9D at last.\n\n"
                            "In the north, at the border, crowds gathered.");
    if (!d)
        return;
    expect(t_, d, "the new route", DYAD_STMT_MIXED, "Mara Lind, 44, a retired bus driver", "said");
    expect(t_, d, "the two parties", DYAD_STMT_MIXED, "Tomas Berg, at the Nordic Policy Institute", "said");
    CHECK(stmts(d)->n == 2);
    dyad_doc_free(d);
}

TEST(stmt_dash_after_quotation_and_conditional_content)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The senator said she was \xE2\x80\x9C" "deeply moved\xE2\x80\x9D \xE2\x80\x94 a rare show of feeling in the chamber.\n\n"
                            "Ms. Ortiz said if the council delayed the budget it would be \xE2\x80\x9C" "a slow disaster.\xE2\x80\x9D\n\n"
                            "The clerk said if asked.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "she was");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "she was \xE2\x80\x9C" "deeply moved\xE2\x80\x9D");
    expect(t_, d, "if the council", DYAD_STMT_MIXED, "Ms. Ortiz", "said");
    CHECK(find(d, "if asked") == NULL);
    dyad_doc_free(d);
}

TEST(stmt_closing_mark_opens_a_paragraph_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9DRain again. We are tired of waiting for the new roof.\xE2\x80\x9D \xE2\x80\x95 Lena Holt\n\n"
                            "The roofer was late. \xE2\x80\x9DNext week,\xE2\x80\x9D he said.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "Rain again");
    CHECK(st != NULL);
    if (st)
        CHECK(st->kind == DYAD_STMT_DIRECT);
    expect(t_, d, "Next week", DYAD_STMT_DIRECT, "he", "said");
    dyad_doc_free(d);
}

/* A cue whose content would start at the very end of the text ("… warned
 * her that he would raise the matter:") read one token past the end. */
TEST(stmt_cue_at_end_of_text)
{
    static const char *const endings[] = {
        "The mayor has warned the council that she would raise the matter:",
        "The mayor said that",
        "The mayor said",
        "\xE2\x80\x9CNo,\xE2\x80\x9D the mayor said:",
        "The mayor called it",
    };
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++) {
        dyad_doc *d = coded(t_, endings[i]);
        if (!d)
            continue;
        CHECK(stmts(d) != NULL);
        dyad_doc_free(d);
    }
}

/* Careless typing mixes straight and curly marks in one quotation, or
 * types an opening curly mark to close one. */
TEST(stmt_mixed_quotation_marks_pair)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe bridges are crumbling,\" the mayor said.\n\n"
                            "\xE2\x80\x9CIt is unusual,\xE2\x80\x9C said Lena Holt, a clerk at the county office. "
                            "\xE2\x80\x9CWe never saw this.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The bridges");
    CHECK(st != NULL);
    if (st) {
        CHECK_STR(span_text(d, st->span), "The bridges are crumbling,");
        CHECK(st->has_speaker);
        if (st->has_speaker)
            CHECK_STR(span_text(d, st->speaker_span), "the mayor");
    }
    st = find(d, "It is unusual");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->has_speaker);
        if (st->has_speaker)
            CHECK_STR(span_text(d, st->speaker_span), "Lena Holt");
        CHECK(st->n_frags == 2);
    }
    dyad_doc_free(d);
}

/* A quotation opening with a pronoun is words spoken, not a Title Case
 * name, however many capitals follow. */
TEST(stmt_pronoun_quotation_is_no_title)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CWe\xE2\x80\x99re Salem People,\xE2\x80\x9D Bennett said.\n\n"
                            "She appeared on \xE2\x80\x9CMeet the Press,\xE2\x80\x9D the host said.");
    if (!d)
        return;
    expect(t_, d, "We\xE2\x80\x99re Salem", DYAD_STMT_DIRECT, "Bennett", "said");
    CHECK(find(d, "Meet the Press") == NULL);
    dyad_doc_free(d);
}

/* A short lower-case quotation inside a sentence is a phrase even when the
 * sentence's period stands inside its marks; a long one that no cue took
 * is the sentence subject's, not the last speaker's. */
TEST(stmt_phrase_with_inner_period_and_subject_of_orphan)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CWe will pass the budget,\xE2\x80\x9D the mayor said. "
                            "The council chair wanted to know if the city is \xE2\x80\x9Cstill in the game.\xE2\x80\x9D\n\n"
                            "\xE2\x80\x9CWe need a vote,\xE2\x80\x9D Ms. Ortiz said. "
                            "The treasurer rewarded her for \xE2\x80\x9Cstepping up and taking action when the council would not move at all.\xE2\x80\x9D");
    if (!d)
        return;
    CHECK(find(d, "still in the game") == NULL);
    expect(t_, d, "stepping up", DYAD_STMT_DIRECT, "The treasurer", NULL);
    dyad_doc_free(d);
}

/* "issued a statement saying …": the participle's phrase is the object of
 * the sentence's verb, and the subject speaks; a sentence's first "And"
 * opens no speaker phrase. */
TEST(stmt_object_before_participle_and_initial_conjunction)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "His office put out a statement saying the city \xE2\x80\x9C" "does not have the money to repair every bridge.\xE2\x80\x9D\n\n"
                            "The mayor issued a letter describing the plan as a \xE2\x80\x9C" "decent start\xE2\x80\x9D for the budget.");
    if (!d)
        return;
    expect(t_, d, "the city", DYAD_STMT_MIXED, "His office", "saying");
    expect(t_, d, "the plan as", DYAD_STMT_MIXED, "The mayor", "describing");
    dyad_doc_free(d);
}

/* "“…,” X said, according to Y.": Y is the outer source of the quotation. */
TEST(stmt_according_to_after_trailing_attribution)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CPlease do not protest on the floor,\xE2\x80\x9D Ms. Ortiz said, according to the Daily Ledger.\n\n"
                            "\xE2\x80\x9CWe will vote,\xE2\x80\x9D the mayor said, according to the clerk who was there on Monday.");
    if (!d)
        return;
    expect(t_, d, "Please do not", DYAD_STMT_DIRECT, "the Daily Ledger", "according to");
    expect(t_, d, "We will vote", DYAD_STMT_DIRECT, "the mayor", "said");
    dyad_doc_free(d);
}

/* A quoted label goes on with a phrase of what it is for ("… for his tax
 * plan"), not with the writer's time or place ("… during a rally"). */
TEST(stmt_label_goes_on_with_its_phrase)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "His aides called him \xE2\x80\x9C" "a genius\xE2\x80\x9D for his tax plan.\n\n"
                            "The senator called the plan \xE2\x80\x9C" "a disgrace\xE2\x80\x9D during a rally in Ohio.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "him");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "him \xE2\x80\x9C" "a genius\xE2\x80\x9D for his tax plan");
    st = find(d, "the plan");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the plan \xE2\x80\x9C" "a disgrace\xE2\x80\x9D");
    dyad_doc_free(d);
}

/* An aside between dashes after the speaker's name stays in the speaker. */
TEST(stmt_speaker_with_aside_between_dashes)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Lena Holt, the head of Ora Media -- the company that owns the station -- told me, "
                            "\xE2\x80\x9CWe sell programs to anyone who wants them.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "We sell programs");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->has_speaker);
        if (st->has_speaker)
            CHECK(strncmp(span_text(d, st->speaker_span), "Lena Holt, the head of Ora Media --", 35) == 0);
    }
    dyad_doc_free(d);
}

/* A time between the speaker and the verb ("Schiff last week said", "the
 * senator on Monday said") and a quantifier alone as subject ("Several
 * said"). */
TEST(stmt_time_before_verb_and_quantifier_subject)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Rep. Lena Holt (D-Calif.) last week said the hack was \xE2\x80\x9C" "an attack on the city.\xE2\x80\x9D\n\n"
                            "The senator on Monday said the budget was late.\n\n"
                            "Several said the mayor is \xE2\x80\x9Cthe only adult in the room.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "the hack", DYAD_STMT_MIXED, "Rep. Lena Holt (D-Calif.)", "said");
    expect(t_, d, "the budget", DYAD_STMT_INDIRECT, "The senator", "said");
    expect(t_, d, "the mayor is", DYAD_STMT_MIXED, "Several", "said");
    dyad_doc_free(d);
}

/* Cues added from the data file: "pointed out", "blamed". */
TEST(stmt_more_cues_point_out_and_blame)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "As the clerk Lena Holt pointed out in December, \xE2\x80\x9CThe council can change the rule at any time.\xE2\x80\x9D\n\n"
                            "Ms. Ortiz blamed the delay on \xE2\x80\x9C" "careless planning by the county.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "The council can", DYAD_STMT_DIRECT, "the clerk Lena Holt", "pointed out");
    expect(t_, d, "the delay on", DYAD_STMT_MIXED, "Ms. Ortiz", "blamed");
    dyad_doc_free(d);
}

/* A quotation paragraph, then a short paragraph of a dash and a name. */
TEST(stmt_dash_name_paragraph_after_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The tax will rise.\n\n"
                            "\"The idea that I would cut the school budget is just not accurate.\"\n\n"
                            "- Lena Holt.\n\n"
                            "The claim is mostly true.");
    if (!d)
        return;
    expect(t_, d, "The idea that I would", DYAD_STMT_DIRECT, "Lena Holt", NULL);
    dyad_doc_free(d);
}

/* A time word inside a hyphenated compound ("the 43-year-old") stays in
 * the speaker phrase. */
TEST(stmt_speaker_with_hyphenated_age)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CWhat if it rains on the parade?\xE2\x80\x9D the 43-year-old asked.\n\n"
                            "\xE2\x80\x9CWe will march anyway,\xE2\x80\x9D said the 61-year-old.");
    if (!d)
        return;
    expect(t_, d, "What if it rains", DYAD_STMT_DIRECT, "the 43-year-old", "asked");
    expect(t_, d, "We will march", DYAD_STMT_DIRECT, "the 61-year-old", "said");
    dyad_doc_free(d);
}

/* "When he returned he began by saying, “…”": the subject right before
 * the verb, after an opening clause. */
TEST(stmt_by_saying_after_opening_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "When she returned she began by saying, \xE2\x80\x9CI do not think the council needs another vote.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "I do not think", DYAD_STMT_DIRECT, "she", "saying");
    dyad_doc_free(d);
}

/* "“A,” she said, adding that …. “B.”": B goes on with the direct
 * statement, past the indirect one the participle made. */
TEST(stmt_quote_after_adding_that_goes_on_with_direct)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CI think that speaks volumes,\xE2\x80\x9D she said, adding that the council will vote soon. "
                            "\xE2\x80\x9CThey are waiting to be asked.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "I think that speaks");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_DIRECT);
        CHECK(st->n_frags == 2);
    }
    CHECK(find(d, "They are waiting") == NULL);
    dyad_doc_free(d);
}

/* "He added, “C”" leads its own quotation: the quotation before it goes
 * on with the statement before. */
TEST(stmt_leading_cue_does_not_take_previous_quote)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe bridge is falling apart,\xE2\x80\x9D he said in 2012. "
                            "\xE2\x80\x9CNobody fixes it.\xE2\x80\x9D He added, \xE2\x80\x9CWhy should we pay again?\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The bridge is");
    CHECK(st != NULL);
    if (st)
        CHECK(st->n_frags == 2);
    CHECK(find(d, "Nobody fixes") == NULL);
    expect(t_, d, "Why should we", DYAD_STMT_DIRECT, "He", "added");
    dyad_doc_free(d);
}

/* The title of a work is no statement: after a noun of a work, or before
 * ", by" and its author. */
TEST(stmt_titles_of_works_are_not_statements)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The clerk says so.\n\n"
                            "Holt, whose 2005 book \"The Council Never Sleeps: A Life in City Hall,\" sold well, said nothing.\n\n"
                            "\"The Night Market will close at the end of December,\" by Times' Lena Ortiz.");
    if (!d)
        return;
    CHECK(find(d, "The Council Never") == NULL);
    CHECK(find(d, "The Night Market") == NULL);
    dyad_doc_free(d);
}

/* "…, implicitly putting his name on the line": an adverb, then a
 * participle after a comma, ends the content. */
TEST(stmt_adverb_participle_ends_content)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor said she would consider it a \xE2\x80\x9Cpersonal insult\xE2\x80\x9D if they did not vote, "
                            "implicitly putting her name on the line.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "she would consider");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "she would consider it a \xE2\x80\x9Cpersonal insult\xE2\x80\x9D if they did not vote");
    dyad_doc_free(d);
}

/* "called on the council to “stop the spending” and consider …": the act
 * urged goes on past the quotation. */
TEST(stmt_urged_infinitive_goes_on_past_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Ms. Ortiz urged the council to \xE2\x80\x9Cstop the spending\xE2\x80\x9D and consider a new budget next week.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the council to");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the council to \xE2\x80\x9Cstop the spending\xE2\x80\x9D and consider a new budget next week");
    dyad_doc_free(d);
}

/* A verb of judging keeps its object before a later "that": "blasted the
 * board for failing to say that …". */
TEST(stmt_judging_verb_keeps_object_before_that)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Democrats blasted the board for failing to make clear that the deal was only \xE2\x80\x9Cpartial,\xE2\x80\x9D meaning it was weak.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the board for failing");
    CHECK(st != NULL);
    if (st) {
        CHECK(st->kind == DYAD_STMT_MIXED);
        CHECK(st->has_speaker);
    }
    dyad_doc_free(d);
}

/* "Following a swiftly called, late-afternoon meeting, the Council issued
 * a statement calling …": the subject after the last opening comma; "32%
 * of Republican claims" is no speaker phrase. */
TEST(stmt_subject_after_opening_with_ing_noun_and_no_of_phrase)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Following a swiftly called, late-afternoon meeting, the city council issued a statement calling "
                            "the vote \"a clear violation\" of its rules.\n\n"
                            "The site rated 32% of Republican claims as \"false\" last year.");
    if (!d)
        return;
    expect(t_, d, "the vote", DYAD_STMT_MIXED, "the city council", "calling");
    const dyad_statement_list *l = stmts(d);
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].has_speaker)
            CHECK(strncmp(span_text(d, l->items[i].speaker_span), "of ", 3) != 0);
    dyad_doc_free(d);
}

/* "As X put it in …, CLAUSE": the clause after the comma is what was
 * said; "saying anybody who …" opens a reported clause. */
TEST(stmt_as_x_put_it_and_indefinite_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "As Ms. Ortiz put it in a letter to the council in July, the budget is \"a slow disaster for everyone.\"\n\n"
                            "The mayor mocked the complaint, saying anybody who complains about the noise "
                            "\xE2\x80\x9Cis not having a good night.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "the budget is", DYAD_STMT_MIXED, "Ms. Ortiz", "put it");
    expect(t_, d, "anybody who", DYAD_STMT_MIXED, "The mayor", "saying");
    dyad_doc_free(d);
}

/* "“…,” according to CNN." (comma inside the marks); a leading cue with
 * two adverbial phrases before its quotation; "As one employee told …". */
TEST(stmt_according_after_quote_long_adverbials_and_one_subject)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CThe inspectors expect to finish their work in a few weeks,\xE2\x80\x9D according to the Daily Ledger.\n\n"
                            "Recently she announced on her campaign page, in capital letters, \"We are leaving the party today!\"\n\n"
                            "As one clerk told the Salem Weekly, \"She wants to put fear in our hearts.\"");
    if (!d)
        return;
    expect(t_, d, "The inspectors expect", DYAD_STMT_DIRECT, "the Daily Ledger", "according to");
    expect(t_, d, "We are leaving", DYAD_STMT_DIRECT, "she", "announced");
    expect(t_, d, "She wants to put", DYAD_STMT_DIRECT, "one clerk", "told");
    dyad_doc_free(d);
}

/* "X said in a statement. “…”" and "X issued a statement, “…”": the
 * quotation is X's. */
TEST(stmt_quote_after_statement_sentence_or_noun)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Lena Holt, the party's spokeswoman, said in a statement. \xE2\x80\x9CThere are no ballots to recount.\xE2\x80\x9D\n\n"
                            "After the storm, the mayor issued a statement, \xE2\x80\x9CLast night, our city was badly hit.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "There are no ballots", DYAD_STMT_DIRECT, "Lena Holt, the party's spokeswoman", "said");
    expect(t_, d, "Last night, our city", DYAD_STMT_DIRECT, "the mayor", NULL);
    dyad_doc_free(d);
}

/* "X scolded him: “…,” she said": the content is what the colon
 * introduces, not the sentence before it. */
TEST(stmt_trailing_attribution_after_colon_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Sen. Lena Holt scolded him: \xE2\x80\x9CThe whole field is against you on these three products,\xE2\x80\x9D she said.");
    if (!d)
        return;
    expect(t_, d, "The whole field", DYAD_STMT_DIRECT, "she", "said");
    CHECK(find(d, "Sen. Lena Holt scolded") == NULL);
    dyad_doc_free(d);
}

/* "…, a swipe at …" and "… but did not …" after a content with a
 * quotation are the writer's. */
TEST(stmt_content_ends_before_appositive_comment_and_but_aux)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The senator said the man would \xE2\x80\x9Cnot get beat up\xE2\x80\x9D at his rally, a swipe at the mayor.\n\n"
                            "He said he would offer \xE2\x80\x9C" "a prayer\xE2\x80\x9D for the nominee but did not name anyone.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the man would");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the man would \xE2\x80\x9Cnot get beat up\xE2\x80\x9D at his rally");
    st = find(d, "he would offer");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "he would offer \xE2\x80\x9C" "a prayer\xE2\x80\x9D for the nominee");
    dyad_doc_free(d);
}

/* "Though she called for pay to be “clawed back” for executives, Clinton
 * restricted …": the main clause after the comma is not the content. */
TEST(stmt_content_ends_before_main_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Though she called for bonuses to be \xE2\x80\x9C" "clawed back\xE2\x80\x9D from the managers, Ortiz restricted her remarks to the budget.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "bonuses to be"); /* the cue is "called for" */
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "bonuses to be \xE2\x80\x9C" "clawed back\xE2\x80\x9D from the managers");
    dyad_doc_free(d);
}

/* A quoted label after "as" is the subject's judgement: "Reid has been
 * pounding Trump as a “con artist”". */
TEST(stmt_label_after_as_without_cue)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Ms. Ortiz has been steadily pounding the mayor as a \xE2\x80\x9C" "careless spender\xE2\x80\x9D in her speeches.");
    if (!d)
        return;
    expect(t_, d, "the mayor as", DYAD_STMT_MIXED, "Ms. Ortiz", NULL);
    dyad_doc_free(d);
}

/* A relative "which" speaks ("the department which reported “…”"); its
 * content ends where the relative clause closes; the verb after the
 * clause is the antecedent's ("Ms. Ortiz, who noted …, said …"). */
TEST(stmt_relative_speakers_and_their_clauses)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "They asked the police department which reported \xE2\x80\x9C" "212 shooting incidents\xE2\x80\x9D in the city.\n\n"
                            "The study, which notes that the firms would owe \xE2\x80\x9C$212 billion in taxes,\xE2\x80\x9D should alarm voters.\n\n"
                            "Ms. Ortiz, who noted that rents had \xE2\x80\x9C" "doubled\xE2\x80\x9D in a year, said the market is weak.");
    if (!d)
        return;
    expect(t_, d, "\xE2\x80\x9C" "212 shooting", DYAD_STMT_MIXED, "which", "reported");
    const dyad_statement *st = find(d, "the firms would owe");
    CHECK(st != NULL);
    if (st)
        CHECK_STR(span_text(d, st->span), "the firms would owe \xE2\x80\x9C$212 billion in taxes,\xE2\x80\x9D");
    expect(t_, d, "the market is weak", DYAD_STMT_INDIRECT, "Ms. Ortiz", "said");
    dyad_doc_free(d);
}

/* "told a crowd in Salem she will …", "said Friday she will …": after an
 * adverbial ending in a name or a time word, a pronoun and a verb open a
 * bare reported clause. */
TEST(stmt_bare_clause_after_adverbial)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor told a crowd in Salem she will \xE2\x80\x9C" "fight for every vote\xE2\x80\x9D in the fall.\n\n"
                            "The senator said Friday he would \xE2\x80\x9Cnever give up\xE2\x80\x9D on the bill.");
    if (!d)
        return;
    expect(t_, d, "she will", DYAD_STMT_MIXED, "The mayor", "told");
    expect(t_, d, "he would", DYAD_STMT_MIXED, "The senator", "said");
    dyad_doc_free(d);
}

/* A quotation after a sentence of its paragraph that made no statement
 * takes that sentence's named subject, not an older speaker. */
TEST(stmt_orphan_takes_subject_of_sentence_before)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\xE2\x80\x9CWe will win,\xE2\x80\x9D the mayor said.\n\n"
                            "On the radio, Sen. Lena Holt identified the young voters' fatigue as a reason for hope. "
                            "\xE2\x80\x9CThe younger people are tired of all this noise.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "The younger people", DYAD_STMT_DIRECT, "Sen. Lena Holt", NULL);
    dyad_doc_free(d);
}

/* A bare reported clause whose subject is a plain noun phrase, an
 * auxiliary a few words on: right after the verb or after a time word. */
TEST(stmt_bare_clause_noun_subject_then_aux)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Analysts said good relations with Sudan could strengthen moderate voices.\n\n"
                            "Officials said most of the debris had burnt up over the ocean.\n\n"
                            "Officials said Monday the road was closed.\n\n"
                            "The minister said goodbye to the staff and the talks were ended.\n\n"
                            "The company announced Monday the launch of a new phone.");
    if (!d)
        return;
    expect(t_, d, "good relations with Sudan", DYAD_STMT_INDIRECT, "Analysts", "said");
    expect(t_, d, "most of the debris", DYAD_STMT_INDIRECT, "Officials", "said");
    expect(t_, d, "the road was closed", DYAD_STMT_INDIRECT, "Officials", "said");
    /* no auxiliary before the conjunction, no auxiliary at all */
    CHECK(find(d, "goodbye") == NULL);
    CHECK(find(d, "the launch") == NULL);
    dyad_doc_free(d);
}

/* The subject of a first verb, read as the speaker of "… and said" or
 * "…, saying": lower-case head nouns after a capitalised modifier belong
 * to it when a name or the verb follows them. */
TEST(stmt_subject_head_after_name)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "White House press secretary Josh Earnest condemned the attack and said the United States "
                            "stood with France.\n\n"
                            "The Russian space agency would not describe the malfunction, saying the ship had lost "
                            "contact.");
    if (!d)
        return;
    expect(t_, d, "the United States stood", DYAD_STMT_INDIRECT, "White House press secretary Josh Earnest", "said");
    expect(t_, d, "the ship had lost", DYAD_STMT_INDIRECT, "The Russian space agency", "saying");
    dyad_doc_free(d);
}

/* ", but" or ", and" then a speaker of its own and a cue: the first
 * content ends at the comma and the second statement is that speaker's. */
TEST(stmt_second_speaker_after_but)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor said the bridge would reopen, but the governor said repairs would take months.");
    if (!d)
        return;
    expect(t_, d, "the bridge would reopen", DYAD_STMT_INDIRECT, "The mayor", "said");
    const dyad_statement *st = find(d, "the bridge would reopen");
    CHECK(st && strcmp(span_text(d, st->span), "the bridge would reopen") == 0);
    expect(t_, d, "repairs would take months", DYAD_STMT_INDIRECT, "the governor", "said");
    dyad_doc_free(d);
}

/* A quoted label that only qualifies a noun, or is one of two items, goes
 * on to the end of its phrase; a comma inside the marks, or "and" and a
 * verb, ends it. */
TEST(statements_mixed_label_goes_on)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor described the plan as a \xE2\x80\x9Cjob-killing\xE2\x80\x9D tax on small shops. "
                            "The governor called the levy \xE2\x80\x9C" "a disgrace,\xE2\x80\x9D and the council agreed. "
                            "She described the migrants as \xE2\x80\x9Cvictims\xE2\x80\x9D and workers and promised to "
                            "help them.");
    if (!d)
        return;
    expect(t_, d, "the plan as a", DYAD_STMT_MIXED, "The mayor", "described");
    const dyad_statement *st = find(d, "the plan as a");
    CHECK(st && strcmp(span_text(d, st->span), "the plan as a \xE2\x80\x9Cjob-killing\xE2\x80\x9D tax on small shops") == 0);
    st = find(d, "the levy");
    CHECK(st && strcmp(span_text(d, st->span), "the levy \xE2\x80\x9C" "a disgrace,\xE2\x80\x9D") == 0);
    expect(t_, d, "the migrants as", DYAD_STMT_MIXED, "She", "described");
    st = find(d, "the migrants as");
    CHECK(st && strcmp(span_text(d, st->span), "the migrants as \xE2\x80\x9Cvictims\xE2\x80\x9D and workers") == 0);
    dyad_doc_free(d);
}

/* A bare reported clause opens with a plain noun or a contracted pronoun
 * when a quotation in it shows that words are reported. */
TEST(statements_mixed_bare_clause_with_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The senator says rival candidates accepted \xE2\x80\x9C" "dirty money\xE2\x80\x9D from "
                            "lobbyists.\n\n"
                            "He said he\xE2\x80\x99" "d asked his \xE2\x80\x9Cpeople\xE2\x80\x9D to look into it.\n\n"
                            "The senator said goodbye to the staff.");
    if (!d)
        return;
    expect(t_, d, "rival candidates accepted", DYAD_STMT_MIXED, "The senator", "says");
    expect(t_, d, "he\xE2\x80\x99" "d asked his", DYAD_STMT_MIXED, "He", "said");
    CHECK(find(d, "goodbye") == NULL); /* no quotation: no bare clause */
    dyad_doc_free(d);
}

/* A comma, then a subject of its own and a cue, ends the content before
 * it: the second cue makes its own statement. */
TEST(statements_mixed_comma_new_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "In a statement announcing the decision, the Teachers Union called the mayor a "
                            "\xE2\x80\x9Ctrue partner\xE2\x80\x9D for its members.");
    if (!d)
        return;
    expect(t_, d, "the mayor a", DYAD_STMT_MIXED, "the Teachers Union", "called");
    const dyad_statement *st = find(d, "the mayor a");
    CHECK(st && strcmp(span_text(d, st->span), "the mayor a \xE2\x80\x9Ctrue partner\xE2\x80\x9D for its members") == 0);
    CHECK(find(d, "the decision") == NULL || !strstr(span_text(d, find(d, "the decision")->span), "partner"));
    dyad_doc_free(d);
}

/* After a content's quotation, a contrast ("though", "while") or a
 * relative after a comma is the writer's — unless it quotes too. */
TEST(statements_mixed_writer_clause_after_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Most voters said the plan is \xE2\x80\x9C" "about right,\xE2\x80\x9D though many want lower "
                            "taxes. The mayor said he was \xE2\x80\x9Cjoking\xE2\x80\x9D in his remarks, which angered "
                            "the council. She said the senator was \xE2\x80\x9C" "a lightweight\xE2\x80\x9D while the "
                            "governor is \xE2\x80\x9C" "a bully.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the plan is");
    CHECK(st && st->kind == DYAD_STMT_MIXED && !strstr(span_text(d, st->span), "though"));
    st = find(d, "he was");
    CHECK(st && strcmp(span_text(d, st->span), "he was \xE2\x80\x9Cjoking\xE2\x80\x9D in his remarks") == 0);
    st = find(d, "the senator was");
    CHECK(st && strstr(span_text(d, st->span), "a bully") != NULL);
    dyad_doc_free(d);
}

/* "calling Trump “an orange buffoon,” Susan said": the comma inside the
 * closing mark, then a subject and a cue, end the first content. */
TEST(statements_mixed_comma_in_mark_new_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Her friends kept calling the mayor \xE2\x80\x9C" "a clown,\xE2\x80\x9D Susan said as she "
                            "left the room.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the mayor");
    CHECK(st && !strstr(span_text(d, st->span), "Susan"));
    dyad_doc_free(d);
}

/* A headline's quotation is its subject's: after "Name:" the rest of the
 * headline is the content (a transcript-style turn); else the quoted
 * words are a partial quotation of the subject before the verb.  A
 * quotation that is no one's words makes no statement. */
TEST(statements_mixed_headline_subject)
{
    dyad_doc *d = coded(t_, "Senator: Mayor taking 'reckless' approach to budget.\n\n"
                            "The council met on Monday.");
    if (d) {
        expect(t_, d, "Mayor taking", DYAD_STMT_MIXED, "Senator", NULL);
        const dyad_statement *st = find(d, "Mayor taking");
        CHECK(st && strncmp(span_text(d, st->span), "Mayor taking 'reckless' approach to budget", 42) == 0);
        dyad_doc_free(d);
    }
    d = coded(t_, "Obama sees 'personal insult' if voters stay home.\n\nThe council met on Monday.");
    if (d) {
        expect(t_, d, "personal insult", DYAD_STMT_PARTIAL, "Obama", NULL);
        dyad_doc_free(d);
    }
    d = coded(t_, "Sex, 'lies' and the family drama.\n\nThe council met on Monday.");
    if (d) {
        CHECK(stmts(d)->n == 0);
        dyad_doc_free(d);
    }
}

/* An infinitive cue is the sentence subject's ("He went on to call …");
 * a noun in -ly is no adverb before the verb ("The family has said"). */
TEST(statements_mixed_infinitive_and_ly_noun)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "He went on to call the senator \xE2\x80\x9Cthe worst politician in the state.\xE2\x80\x9D\n\n"
                            "The family has said the plan is \xE2\x80\x9C" "bad\xE2\x80\x9D for the town.");
    if (!d)
        return;
    expect(t_, d, "the senator", DYAD_STMT_MIXED, "He", "call");
    expect(t_, d, "the plan is", DYAD_STMT_MIXED, "The family", "said");
    dyad_doc_free(d);
}

/* Findings and rulings with a that-clause, and "wondered whether", are
 * statements (data/cues.txt); "rules" as a noun is none. */
TEST(statements_mixed_findings_and_rulings)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "A state audit found that the agency had been \xE2\x80\x9C" "careless\xE2\x80\x9D "
                            "with its funds. The court ruled that the law was \xE2\x80\x9Cvague.\xE2\x80\x9D The governor "
                            "has repeatedly wondered whether the judges will be \xE2\x80\x9C" "fair\xE2\x80\x9D to him. "
                            "The critic likened the rules to \xE2\x80\x9C" "burning the constitution.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "the agency had been", DYAD_STMT_MIXED, "A state audit", "found");
    expect(t_, d, "the law was", DYAD_STMT_MIXED, "The court", "ruled");
    expect(t_, d, "whether the judges", DYAD_STMT_MIXED, "The governor", "wondered");
    expect(t_, d, "the rules to", DYAD_STMT_MIXED, "The critic", "likened");
    dyad_doc_free(d);
}

/* ", as X put it." closes a clause that quotes: the clause is X's.  After
 * a content's quotation, a comma, a pronoun or "there" and an auxiliary
 * open the main clause — unless the content opened with a subordinate
 * clause. */
TEST(statements_mixed_as_aside_and_main_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Members worry, in large part because costs rose, that the main test is a \xE2\x80\x9Clawful "
                            "source of income,\xE2\x80\x9D as a federal memo put it.\n\n"
                            "Contrary to his claim that voters would \xE2\x80\x9Clearn nothing,\xE2\x80\x9D there would be "
                            "much to learn.\n\n"
                            "The minister said that although the vote was an \xE2\x80\x9Cimportant step,\xE2\x80\x9D it "
                            "was \xE2\x80\x9C" "far from perfect.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "that the main test");
    CHECK(st && st->kind == DYAD_STMT_MIXED && st->has_speaker &&
          strcmp(span_text(d, st->speaker_span), "a federal memo") == 0);
    st = find(d, "voters would");
    CHECK(st && !strstr(span_text(d, st->span), "there would"));
    st = find(d, "although the vote");
    CHECK(st && strstr(span_text(d, st->span), "far from perfect") != NULL);
    dyad_doc_free(d);
}

/* ", but" right after a quotation with its comma opens the writer's turn;
 * "The New York Post reports that …" has a speaker, "There had been
 * reports that …" none. */
TEST(statements_mixed_but_after_quotation_and_named_report)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The panel ruled that the claim is \xE2\x80\x9Ctrue,\xE2\x80\x9D but in its report it noted "
                            "several errors.\n\n"
                            "The Daily Courier reports that the mayor avoided \xE2\x80\x9Cthe details.\xE2\x80\x9D\n\n"
                            "There had been reports that the talks \xE2\x80\x9C" "failed.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the claim is");
    CHECK(st && !strstr(span_text(d, st->span), "but in its report"));
    expect(t_, d, "the mayor avoided", DYAD_STMT_MIXED, "The Daily Courier", "reports");
    expect(t_, d, "the talks", DYAD_STMT_MIXED, NULL, "reports");
    dyad_doc_free(d);
}

/* "told X who …, that “…”": past a relative clause on the hearer, "that"
 * and a quotation open the content. */
TEST(statements_mixed_told_hearer_relative)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The mayor told a student who suggested that some people may not vote that \xE2\x80\x9Cstaying "
                            "home is no strategy.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "staying home", DYAD_STMT_DIRECT, "The mayor", "told");
    dyad_doc_free(d);
}

/* "refers to", "called for": the preposition is the cue's; a relative
 * after a label goes on with it. */
TEST(statements_mixed_phrasal_cues_and_relative_label)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The governor refers to the mayor as \xE2\x80\x9C" "Boss,\xE2\x80\x9D while the mayor refers "
                            "to the governor as \xE2\x80\x9C" "Chief.\xE2\x80\x9D She has called for tighter rules on the "
                            "\xE2\x80\x9Cshadow lending\xE2\x80\x9D that grew after the crisis.");
    if (!d)
        return;
    expect(t_, d, "the mayor as", DYAD_STMT_MIXED, "The governor", "refers to");
    expect(t_, d, "the governor as", DYAD_STMT_MIXED, "the mayor", "refers to");
    const dyad_statement *st = find(d, "the mayor as");
    CHECK(st && !strstr(span_text(d, st->span), "while"));
    st = find(d, "tighter rules");
    CHECK(st && strstr(span_text(d, st->span), "grew after the crisis") != NULL);
    dyad_doc_free(d);
}

/* A word of a compound is no cue ("so-called"), a finite cue after a
 * preposition is a noun ("a series of tweets"), and an example after a
 * label goes on with it ("…, such as …"). */
TEST(statements_mixed_compound_and_example)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The senator has called for taxing so-called \xE2\x80\x9Cpass through\xE2\x80\x9D income, such as "
                            "that of small firms, at a lower rate.\n\n"
                            "Fans read a series of tweets about the game.");
    if (!d)
        return;
    expect(t_, d, "taxing so-called", DYAD_STMT_MIXED, "The senator", "called for");
    const dyad_statement *st = find(d, "taxing so-called");
    CHECK(st && strstr(span_text(d, st->span), "small firms") != NULL);
    CHECK(find(d, "about the game") == NULL);
    dyad_doc_free(d);
}

/* A short quoted phrase before "X said if …" is no trailing content: the
 * clause after the cue is X's. */
TEST(statements_mixed_phrase_before_leading_cue)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Wednesday on the station's \xE2\x80\x9C" "Evening Hour,\xE2\x80\x9D the senator said if the "
                            "mayor ran again it would be a \xE2\x80\x9C" "disaster.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "if the mayor ran", DYAD_STMT_MIXED, "the senator", "said");
    CHECK(find(d, "Wednesday") == NULL);
    dyad_doc_free(d);
}

/* A dash, then a speaker of its own and a cue, end a content. */
TEST(statements_mixed_dash_new_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "When the mayor noted that the firm paid no tax \xE2\x80\x94 as was true for years \xE2\x80\x94 "
                            "the owner boasted, \xE2\x80\x9CThat makes me smart.\xE2\x80\x9D");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the firm paid");
    CHECK(st && !strstr(span_text(d, st->span), "boasted"));
    expect(t_, d, "That makes me smart", DYAD_STMT_DIRECT, "the owner", "boasted");
    dyad_doc_free(d);
}

/* A participle cue in an adverbial ("despite admitting that …"): after
 * its quotation, a comma and a subject open the main clause. */
TEST(statements_mixed_adverbial_participle)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Mayor Jane Ruiz, D-Calif., despite admitting that she had concerns about \xE2\x80\x9Cgreedy "
                            "lawyers\xE2\x80\x9D that could be costly, the families \xE2\x80\x9C" "deserve their day in "
                            "court\xE2\x80\x9D and she does believe the council is right.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "she had concerns");
    CHECK(st && st->kind == DYAD_STMT_MIXED && !strstr(span_text(d, st->span), "families"));
    dyad_doc_free(d);
}

/* "…, who joked of the museum, ''…''": a quotation after the cue, a
 * short adverbial and a comma leads; the sentence before is not its
 * content. */
TEST(statements_mixed_quote_after_adverbial_leads)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The ceremony featured several singers, among them Ann Lee, who joked of the hall, "
                            "\xE2\x80\x9CI haven't seen it yet, but I'm going to.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "I haven't seen it yet", DYAD_STMT_DIRECT, "who", "joked");
    CHECK(find(d, "The ceremony") == NULL);
    dyad_doc_free(d);
}

/* After a quotation, "and" and a participle cue open the speaker's next
 * statement; a dash and a participle are the writer's. */
TEST(statements_mixed_and_participle_after_quotation)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "He answered the tweet by calling the prince \xE2\x80\x9C" "dopey\xE2\x80\x9D and accusing him of "
                            "wanting \xE2\x80\x9C" "control.\xE2\x80\x9D\n\n"
                            "She denounced what she called the \xE2\x80\x9C" "gloomy\xE2\x80\x9D vision of the rally last "
                            "week - saying it offered no solutions.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the prince");
    CHECK(st && !strstr(span_text(d, st->span), "accusing"));
    st = find(d, "what she called");
    CHECK(st && !strstr(span_text(d, st->span), "saying"));
    dyad_doc_free(d);
}

/* "told ABC's “Good Morning America” on Monday the tone …": a quoted show
 * title after a possessive belongs to the hearer; past it and a time, a
 * subject with an auxiliary opens the content. */
TEST(statements_mixed_hearer_show_title)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "She told KTV's \xE2\x80\x9CMorning Show\xE2\x80\x9D on Monday the tone of the talks was "
                            "\xE2\x80\x9C" "cordial.\xE2\x80\x9D");
    if (!d)
        return;
    expect(t_, d, "the tone of the talks", DYAD_STMT_MIXED, "She", "told");
    const dyad_statement *st = find(d, "the tone of the talks");
    CHECK(st && st->has_addressee && strstr(span_text(d, st->addressee_span), "Morning Show") != NULL);
    dyad_doc_free(d);
}

/* A cue in a clause fronted by a subordinator: after its quotation, the
 * comma and the main clause's subject end the content. */
TEST(statements_mixed_fronted_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Although the mayor has said that he opposes \xE2\x80\x9Ctroops on the ground\xE2\x80\x9D in the "
                            "region, his office continues to send advisers.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "he opposes");
    CHECK(st && st->kind == DYAD_STMT_MIXED && !strstr(span_text(d, st->span), "his office"));
    dyad_doc_free(d);
}

/* After a quotation, "and", a name and a participle cue are a second
 * speaker's; "-- having …" is the writer's. */
TEST(statements_mixed_second_participle_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The two issued a statement, Ruiz saying he was \xE2\x80\x9Cvery encouraged\xE2\x80\x9D and Lee "
                            "calling it a \xE2\x80\x9Cgreat meeting.\xE2\x80\x9D\n\n"
                            "Ruiz opened the debate saying \xE2\x80\x9Cof course\xE2\x80\x9D Lee is qualified -- having "
                            "suggested otherwise last week.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "he was");
    CHECK(st && !strstr(span_text(d, st->span), "calling"));
    expect(t_, d, "it a", DYAD_STMT_MIXED, "Lee", "calling");
    st = find(d, "\xE2\x80\x9C" "of course");
    CHECK(st && !strstr(span_text(d, st->span), "having"));
    dyad_doc_free(d);
}

/* A transcript printed in an article: each paragraph opens with its
 * speaker's label and a colon.  The label speaks, the turn (and a
 * paragraph without a label before the next turn) is a direct statement;
 * a quotation inside a turn is part of it. */
TEST(statements_speaker_transcript_turns)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Partial transcript as follows:\n\n"
                            "\"HOST: Let us begin with the budget talks in the capital this week.\n\n"
                            "\"MAYOR: Well, look, the council calls this a \xE2\x80\x9C" "fair deal\xE2\x80\x9D but it is not.\n\n"
                            "\"And the voters know it, because they pay the bills every single month.\n\n"
                            "\"(CROSSTALK.)\n\n"
                            "\"HOST: Mayor, I have to ask you about the schools as well.\n\n"
                            "\"MAYOR: The schools will get every cent we promised them.\"\n\n"
                            "Clinton: 547.");
    if (!d)
        return;
    expect(t_, d, "Let us begin", DYAD_STMT_DIRECT, "HOST", NULL);
    expect(t_, d, "Well, look", DYAD_STMT_DIRECT, "MAYOR", NULL);
    const dyad_statement *st = find(d, "Well, look");
    CHECK(st && strstr(span_text(d, st->span), "pay the bills every single month"));
    CHECK(find(d, "fair deal") == NULL);
    CHECK(find(d, "And the voters") == NULL);
    expect(t_, d, "Mayor, I have to ask", DYAD_STMT_DIRECT, "HOST", NULL);
    expect(t_, d, "The schools will get", DYAD_STMT_DIRECT, "MAYOR", NULL);
    dyad_doc_free(d);
    /* one label is no transcript */
    d = coded(t_, "Headline of a test story\n\n"
                  "Update: The council will meet again on Friday to vote on the budget.\n\n"
                  "The mayor said nothing.");
    if (!d)
        return;
    CHECK(find(d, "The council will meet") == NULL);
    dyad_doc_free(d);
}

/* A headline of a label and a colon is the label's statement as the
 * writer sums it up: mixed with a quotation in it, none of its quotations
 * a statement of its own.  A heading ("Breaking:") is no speaker. */
TEST(statements_speaker_headline_label)
{
    dyad_doc *d = coded(t_, "Ruiz: Budget talks \xE2\x80\x98going nowhere\xE2\x80\x99 after council vote.\n\n"
                            "The mayor spoke to reporters on Monday.");
    if (!d)
        return;
    expect(t_, d, "Budget talks", DYAD_STMT_MIXED, "Ruiz", NULL);
    CHECK(find(d, "going nowhere") == NULL);
    dyad_doc_free(d);
    d = coded(t_, "Breaking: Council rejects the budget after a long night.\n\n"
                  "The mayor spoke to reporters on Monday.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "Council rejects");
    CHECK(st == NULL || !st->has_speaker);
    dyad_doc_free(d);
}

/* Speakers of a participle after a subordinator ("while chanting") and
 * of a colon after a past-participle opener ("Asked whether …, X shot
 * back:"): the sentence's subject, not the opener. */
TEST(statements_speaker_participle_openers)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Dozens of nurses marched around the hospital while chanting, \"Fund our wards now.\"\n\n"
                            "Asked whether the council should apologise for the delay, Mayor Ruiz shot back: "
                            "\"That would be a fine start for them.\"");
    if (!d)
        return;
    expect(t_, d, "Fund our wards now", DYAD_STMT_DIRECT, "Dozens of nurses", NULL);
    expect(t_, d, "That would be a fine start", DYAD_STMT_DIRECT, "Mayor Ruiz", NULL);
    dyad_doc_free(d);
}

/* A quotation that is the main clause after an opening subordinate
 * clause goes on with the direct statement before it; so does a
 * quotation after a mixed statement of the same speaker that followed a
 * direct one ("“A,” she said, describing … “x” … “B.”"). */
TEST(statements_speaker_quote_goes_on)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"It is a turning point,\" said Ana Ruiz, a council member. Unless the budget passes soon, "
                            "\"the schools will close in the spring.\"\n\n"
                            "\"It is hard work,\" she said, describing how she assembles \"brass fittings\" by hand. "
                            "\"And nobody thanks us for it.\"");
    if (!d)
        return;
    const dyad_statement *st = find(d, "It is a turning point");
    CHECK(st && st->n_frags == 2 && strstr(span_text(d, st->frags[1]), "the schools will close"));
    CHECK(find(d, "the schools will close") == NULL);
    st = find(d, "It is hard work");
    CHECK(st && st->n_frags == 2 && strstr(span_text(d, st->frags[1]), "nobody thanks us"));
    dyad_doc_free(d);
}

/* A relative clause with commas of its own between a name and its verb:
 * the name speaks, not a word inside the clause. */
TEST(statements_speaker_relative_clause_with_commas)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Ana Ruiz, whose first company, Fieldworks, sold software to farmers, said the plan was "
                            "\"a gift to the big banks.\"");
    if (!d)
        return;
    const dyad_statement *st = find(d, "the plan was");
    CHECK(st && st->has_speaker);
    if (st && st->has_speaker)
        CHECK(strncmp(span_text(d, st->speaker_span), "Ana Ruiz", 8) == 0);
    dyad_doc_free(d);
}

/* A quotation after a colon or comma takes the speaker its own sentence
 * names, not the last speaker before it: after an opening conjunction,
 * after an aside between subject and verb, after a parenthesis, after a
 * reporting verb and an adverbial clause. */
TEST(statements_speaker_own_sentence_before_carried)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"The vote is a disgrace,\" Mayor Ruiz said on Monday.\n\n"
                            "And Senator Okafor gloated: \"I told you the council would not be ready.\"\n\n"
                            "Judge Brandt, who signed the first order last year, interjected to say: \"Both sides have "
                            "been careless with the facts.\"\n\n"
                            "Rep. Lena Ortiz (D-Ore.): \"I have not seen a single receipt for this money.\"\n\n"
                            "Governor Hale said as she introduced the new chief in Salem, \"Finally, the department "
                            "has a leader again.\"");
    if (!d)
        return;
    expect(t_, d, "I told you the council", DYAD_STMT_DIRECT, "Senator Okafor", NULL);
    expect(t_, d, "Both sides have been", DYAD_STMT_DIRECT, "Judge Brandt", NULL);
    expect(t_, d, "I have not seen a single", DYAD_STMT_DIRECT, "Rep. Lena Ortiz (D-Ore.)", NULL);
    expect(t_, d, "Finally, the department", DYAD_STMT_DIRECT, "Governor Hale", NULL);
    dyad_doc_free(d);
}

/* "X went on to say, “…”", "Another tweeted, “…”" and "The Daily Ledger
 * reports that …": the speaker is named in the sentence. */
TEST(statements_speaker_named_in_sentence)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"The budget is a mess,\" one reader wrote on the forum.\n\n"
                            "Another tweeted, \"The council never reads its own reports.\"\n\n"
                            "Mayor Ruiz went on to say, \"We will fix the roads before winter.\"\n\n"
                            "The Daily Ledger reports that the council spent its reserve on \"consultants and "
                            "lunches.\"");
    if (!d)
        return;
    expect(t_, d, "The council never reads", DYAD_STMT_DIRECT, "Another", NULL);
    expect(t_, d, "We will fix the roads", DYAD_STMT_DIRECT, "Mayor Ruiz", NULL);
    expect(t_, d, "the council spent its reserve", DYAD_STMT_MIXED, "The Daily Ledger", NULL);
    dyad_doc_free(d);
}

/* A quotation after a sentence that made no statement takes that
 * sentence's subject, past a quoted title with its comma inside the marks
 * and a relative clause after the name. */
TEST(statements_speaker_subject_past_title_and_clause)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Governor Hale spoke on the radio. On \"Morning Round,\" Sen. Lena Ortiz (Ore.), who lost "
                            "the primary to Hale, named the housing crisis as the reason for her vote. \"The young "
                            "people are tired of waiting for homes.\"");
    if (!d)
        return;
    expect(t_, d, "The young people are tired", DYAD_STMT_DIRECT, "Sen. Lena Ortiz (Ore.)", NULL);
    dyad_doc_free(d);
}

/* In a headline, a quoted word before a noun or opening the headline is
 * a label; a quotation ending a phrase is what was said. */
TEST(statements_speaker_headline_labels_are_no_partials)
{
    dyad_doc *d = coded(t_, "Mayor fights \xE2\x80\x98" "poison pill\xE2\x80\x99 rules in budget.\n\nThe mayor spoke.");
    if (!d)
        return;
    CHECK(find(d, "poison pill") == NULL);
    dyad_doc_free(d);
    d = coded(t_, "Mayor signs budget with \xE2\x80\x98" "every single cut.\xE2\x80\x99\n\nThe mayor spoke.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "every single cut");
    CHECK(st && st->kind == DYAD_STMT_PARTIAL);
    dyad_doc_free(d);
}

/* A quotation after one connective word ("Still, “…”", "But “…”") goes
 * on with the direct statement before it; so does one after a relative
 * clause of the same speaker ("“…,” said X, who noted that …. “…”"). */
TEST(statements_speaker_connective_and_relative_go_on)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"The roads are a disgrace,\" Mayor Ruiz said on Monday. But \"We have not paved a "
                            "street in six years.\"\n\n"
                            "\"Revenues are up a little,\" said Ana Costa, who noted that the harbor had "
                            "\"cratered\" last year. \"Things are moving in the right direction.\"");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The roads are a disgrace");
    CHECK(st && st->n_frags == 2);
    st = find(d, "Revenues are up a little");
    CHECK(st && st->n_frags == 2 && strstr(span_text(d, st->frags[1]), "Things are moving"));
    dyad_doc_free(d);
}

/* A quotation after a sentence whose reporting verb took no content
 * ("called him a master of …") takes that verb's subject. */
TEST(statements_speaker_subject_of_contentless_cue)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The firm closed in 2009. His longtime deputy at the firm, Ana Costa, called him a master "
                            "of compromise. \"He found deals that nobody else could find.\"");
    if (!d)
        return;
    const dyad_statement *st = find(d, "He found deals");
    CHECK(st && st->has_speaker && strstr(span_text(d, st->speaker_span), "Ana Costa"));
    dyad_doc_free(d);
}

/* A Title Case quotation of up to twelve words with a subtitle names a
 * work; it is no statement. */
TEST(statements_speaker_subtitled_title_is_no_quote)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The reporter hoped to republish his old history of the mill, \"Rivers of Steel: The Rise "
                            "and Fall of a Company Town,\" with a new publisher this year.");
    if (!d)
        return;
    CHECK(find(d, "Rivers of Steel") == NULL);
    dyad_doc_free(d);
}

/* "“A,” he said, but “B”" and a quotation ending in a short prepositional
 * phrase ("“B” for the top earners.") go on with the statement before. */
TEST(statements_speaker_but_and_trailing_phrase_go_on)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"You know, I like the mayor,\" she said, but \"when it comes to roads, he has a long "
                            "record of delay.\"\n\n"
                            "\"It is tinkering at the edges,\" said Ana Costa, an economist. \"I would not call it "
                            "reform. It is a tax increase\" for the top earners.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "You know, I like");
    CHECK(st && st->n_frags == 2);
    st = find(d, "It is tinkering");
    CHECK(st && st->n_frags == 2 && strstr(span_text(d, st->frags[1]), "I would not call it"));
    dyad_doc_free(d);
}

/* A participle after a comma speaks for the sentence's subject, not for
 * the relative clause of an object before it. */
TEST(statements_speaker_participle_not_relative)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Mayor Ruiz was defensive when asked about a contractor who said he was never paid for the "
                            "bridge, saying, \"Maybe he did not do good work on it.\"");
    if (!d)
        return;
    const dyad_statement *st = find(d, "Maybe he did not");
    CHECK(st && st->has_speaker && strstr(span_text(d, st->speaker_span), "Ruiz"));
    dyad_doc_free(d);
}

/* Inverted speakers: a one-word quotation before "wrote X", "“…,” reads a
 * Wednesday editorial in …", and "Said X, …, “…”" at a sentence start. */
TEST(statements_speaker_inverted_shapes)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"Meh,\" wrote a council member who runs the city's budget account.\n\n"
                            "\"The council has lost its way,\" reads a Wednesday editorial in The Daily Ledger.\n\n"
                            "Said Ana Costa, who grew up near the harbor, \"We were all so proud of the team.\"");
    if (!d)
        return;
    expect(t_, d, "Meh", DYAD_STMT_DIRECT, "a council member", NULL);
    const dyad_statement *st = find(d, "The council has lost");
    CHECK(st && st->has_speaker && strstr(span_text(d, st->speaker_span), "editorial"));
    expect(t_, d, "We were all so proud", DYAD_STMT_DIRECT, "Ana Costa", NULL);
    dyad_doc_free(d);
}

/* "said X involved in …": a participle and a preposition after the
 * inverted speaker modify it; no reported clause follows. */
TEST(statements_speaker_inverted_with_participle)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"You are going to see a huge campaign,\" said one official involved in the planning, "
                            "who asked not to be named.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "You are going to see");
    CHECK(st && st->has_speaker && strstr(span_text(d, st->speaker_span), "one official"));
    dyad_doc_free(d);
}

/* A document quoting with curly marks that pastes an excerpt with a
 * straight mark opening each paragraph: the marks open no quotation, the
 * curly quotation inside the excerpt stays; a straight mark closed after
 * a line break still opens one. */
TEST(statements_direct_excerpt_paragraph_marks)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The reporter writes:\n\n"
                            "\"The mayor walked into the hall, where the crowd called the plan a \xE2\x80\x9C"
                            "disaster\xE2\x80\x9D before he spoke.\n\n"
                            "\"Nobody moved.\n\n"
                            "\xE2\x80\x9CWe will rebuild the bridge,\xE2\x80\x9D the mayor said.");
    if (!d)
        return;
    CHECK(find(d, "The mayor walked") == NULL);
    CHECK(find(d, "Nobody moved") == NULL);
    expect(t_, d, "We will rebuild", DYAD_STMT_DIRECT, "the mayor", NULL);
    dyad_doc_free(d);
    d = coded(t_, "Headline of a test story\n\n"
                  "The council met on \xE2\x80\x9CMonday\xE2\x80\x9D at noon. The mayor said:\n\n"
                  "\"We will rebuild the bridge before the winter comes and the river rises.\n"
                  "Ana Costa, city engineer.\"");
    if (!d)
        return;
    CHECK(find(d, "We will rebuild") != NULL);
    dyad_doc_free(d);
}

/* "''…,'' Mr. Daniloff, now 81 and retired in Cambridge, Mass., said":
 * an appositive after the quotation with commas of its own. */
TEST(statements_direct_appositive_with_commas_after_quote)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"If the council had listened, we would have finished the bridge by now,\" "
                            "Ana Costa, now retired in Salem, Ore., said by telephone this week.");
    if (!d)
        return;
    expect(t_, d, "If the council had listened", DYAD_STMT_DIRECT, "Ana Costa", NULL);
    dyad_doc_free(d);
}

/* A sentence in marks with no speaker in it, after it or quoted before
 * it is no statement; one after a quoted speaker goes on with that
 * speaker. */
TEST(statements_direct_unspoken_sentence_dropped)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The harbor was quiet on Monday morning.\n\n"
                            "\"The river always wins.\"\n\n"
                            "\"We will rebuild the bridge,\" the mayor said.\n\n"
                            "\"It will take two years.\"");
    if (!d)
        return;
    CHECK(find(d, "The river always wins") == NULL);
    expect(t_, d, "We will rebuild", DYAD_STMT_DIRECT, "the mayor", NULL);
    const dyad_statement *st = find(d, "We will rebuild");
    CHECK(st && st->n_frags == 2);
    dyad_doc_free(d);
}

/* The speaker in the quotation's own sentence: past an adverb after an
 * opening conjunction ("And then Trump went fully on the attack, saying,
 * “…”") and past an aside between subject and verb ("Sen. Ron Johnson,
 * R-Wis., said in an op-ed piece before a hearing, “…”"), not a speaker
 * quoted before. */
TEST(statements_direct_own_sentence_speaker)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "\"We expect a long winter,\" the engineer said.\n\n"
                            "And then Ana Costa went fully on the attack, saying, \"Is the council going to fix the "
                            "bridge at last?\"\n\n"
                            "\"We expect a short winter,\" the pilot said.\n\n"
                            "Rep. Tom Price, R-Ga., said in an essay before a council hearing, \"The city not only "
                            "failed to fix the bridge but cut its budget.\"");
    if (!d)
        return;
    expect(t_, d, "Is the council going", DYAD_STMT_DIRECT, "Ana Costa", NULL);
    expect(t_, d, "The city not only failed", DYAD_STMT_DIRECT, "Rep. Tom Price", NULL);
    dyad_doc_free(d);
}

/* A pronoun speaker stands only for a speaker it can name: "it" for no
 * person, "he" for no woman the dictionary knows. */
TEST(statements_pronoun_speaker_fits_its_referent)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "Chief inspector Ana Costa said the case was unusual. "
                            "\"We advise the public not to take any tablets,\" it said in a statement.\n\n"
                            "Kamala Harris said the plan would pass. \"We will win this,\" he said.\n\n"
                            "Senator Omar Malik said the vote was close. \"We counted twice,\" he said.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "We advise the public");
    CHECK(st && !(st->has_speaker_ref && strstr(span_text(d, st->speaker_ref), "Costa")));
    st = find(d, "We will win this");
    CHECK(st && !(st->has_speaker_ref && strstr(span_text(d, st->speaker_ref), "Harris")));
    st = find(d, "We counted twice");
    CHECK(st && st->has_speaker_ref && strstr(span_text(d, st->speaker_ref), "Omar Malik"));
    dyad_doc_free(d);
}

/* Attribution frames from a review of unseen news: the source of a report
 * after "said", a colon after the cue, a participle opening the sentence,
 * "was quoted as saying" with a time and the outlet after it. */
TEST(statements_frames_of_unseen_news)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "The market will grow, he said according to a transcript reviewed by the Daily Ledger.\n\n"
                            "In a wide-ranging interview, the governor also said:\n\n"
                            "Fuelling speculation that a deal was near, the minister returned to the capital late on "
                            "Wednesday, his spokesman said.\n\n"
                            "Residents reported seeing a flash in the sky, the regional government was quoted as saying "
                            "late Thursday by a news agency.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The market will grow");
    CHECK(st && st->has_speaker && strcmp(span_text(d, st->speaker_span), "he") == 0);
    CHECK(find(d, "by the Daily Ledger") == NULL);
    CHECK(find(d, "In a wide-ranging interview") == NULL);
    const dyad_statement_list *l = stmts(d);
    for (size_t i = 0; i < l->n; i++)
        if (l->items[i].has_speaker) {
            CHECK(strncmp(span_text(d, l->items[i].speaker_span), "Fuelling", 8) != 0);
            CHECK(strncmp(span_text(d, l->items[i].speaker_span), "late", 4) != 0);
        }
    st = find(d, "Residents reported seeing");
    CHECK(st && st->has_speaker && strstr(span_text(d, st->speaker_span), "regional government"));
    dyad_doc_free(d);
}

/* A cue and a colon ending a paragraph, then a list of paragraphs that end
 * no sentence (an HTML list read as text): each item is the speaker's. */
TEST(statements_list_after_colon)
{
    dyad_doc *d = coded(t_, "Headline of a test story\n\n"
                            "In a long interview, Mayor Ana Costa also said:\n\n"
                            "The harbour will reopen before the summer season\n\n"
                            "Her office is studying a \"fair\" toll for the new bridge\n\n"
                            "Read the full transcript of the interview\n\n"
                            "The council meets again on Monday.");
    if (!d)
        return;
    const dyad_statement *st = find(d, "The harbour will reopen");
    CHECK(st && st->kind == DYAD_STMT_INDIRECT && st->has_speaker &&
          strstr(span_text(d, st->speaker_span), "Ana Costa"));
    st = find(d, "Her office is studying");
    CHECK(st && st->kind == DYAD_STMT_MIXED && st->has_speaker);
    CHECK(find(d, "Read the full transcript") == NULL);
    CHECK(find(d, "In a long interview") == NULL);
    CHECK(find(d, "The council meets") == NULL);
    dyad_doc_free(d);
    /* one line after the colon is no list */
    d = coded(t_, "Headline of a test story\n\nThe mayor said:\n\nThe harbour will reopen soon\n\nThe council met.");
    if (!d)
        return;
    CHECK(find(d, "The harbour will reopen") == NULL);
    dyad_doc_free(d);
}
