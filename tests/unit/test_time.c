/* test_time.c — the time stage: finding and resolving time expressions.
 * Document dates used (weekday in brackets): 2024-01-31 [Wed] as in the
 * seed article, 2024-03-01 [Fri] after a leap day, 2023-03-01 [Wed] after a
 * common February, 2023-01-01 [Sun] at a year boundary, 2025-01-04 [Sat]. */
#include "testlib.h"

#include "dyad_int.h"
#include "time/time.h"

#include <stdlib.h>

typedef struct timed {
    dyad_doc *doc;
    dyad_time_list list;
} timed;

/* Read `text` as a plain-text document dated `date` (NULL: undated) and run
 * the time stage on it. */
static bool run_time(tctx *t_, const char *text, const char *date, timed *out)
{
    dyad_input in = {.source = "test", .format = DYAD_FORMAT_TEXT, .data = text, .len = strlen(text)};
    dyad_doc_options opt = {.date = date, .force_date = 1};
    out->doc = NULL;
    out->list.n = 0;
    dyad_status st = dyad_doc_read(t_engine(), &in, date ? &opt : NULL, &out->doc);
    CHECKF(st == DYAD_OK, "dyad_doc_read: %s", dyad_strerror(st));
    if (st != DYAD_OK) {
        dyad_doc_free(out->doc);
        out->doc = NULL;
        return false;
    }
    st = dyad_time_stage(out->doc, &out->list);
    CHECKF(st == DYAD_OK, "dyad_time_stage: %s", dyad_strerror(st));
    return st == DYAD_OK;
}

static int find_expr(const timed *r, const char *phrase)
{
    for (size_t k = 0; k < r->list.n; k++)
        if (strcmp(t_span(r->doc, r->list.items[k].span), phrase) == 0)
            return (int)k;
    return -1;
}

static void dump(const timed *r)
{
    for (size_t k = 0; k < r->list.n; k++)
        fprintf(stderr, "    found \"%s\" = %s\n", t_span(r->doc, r->list.items[k].span),
                r->list.items[k].value[0] ? r->list.items[k].value : "null");
}

/* In `text` dated `date`, the expression `phrase` is found with value
 * `value` ("" = unresolved).  Returns its index or -1. */
static int expect_at(tctx *t_, int line, const char *text, const char *date, const char *phrase, const char *value)
{
    timed r;
    if (!run_time(t_, text, date, &r))
        return -1;
    int k = find_expr(&r, phrase);
    if (k < 0) {
        t_fail(t_, __FILE__, line, "\"%s\" not found in \"%s\"", phrase, text);
        dump(&r);
    } else if (strcmp(r.list.items[k].value, value) != 0) {
        t_fail(t_, __FILE__, line, "\"%s\" in \"%s\" (%s) = \"%s\", expected \"%s\"", phrase, text,
               date ? date : "undated", r.list.items[k].value, value);
    }
    dyad_doc_free(r.doc);
    return k;
}
#define EXPECT(text, date, phrase, value) expect_at(t_, __LINE__, text, date, phrase, value)

/* `text` contains exactly n time expressions. */
static void expect_count(tctx *t_, int line, const char *text, size_t n)
{
    timed r;
    if (!run_time(t_, text, "2024-01-31", &r))
        return;
    if (r.list.n != n) {
        t_fail(t_, __FILE__, line, "%zu expressions in \"%s\", expected %zu", r.list.n, text, n);
        dump(&r);
    }
    dyad_doc_free(r.doc);
}
#define EXPECT_COUNT(text, n) expect_count(t_, __LINE__, text, n)

#define WED "2024-01-31"

TEST(time_calendar)
{
    CHECK(dyad_time_days(1970, 1, 1) == 0);
    CHECK(dyad_time_weekday(dyad_time_days(2024, 1, 31)) == 3);
    CHECK(dyad_time_weekday(dyad_time_days(2023, 1, 1)) == 7);
    CHECK(dyad_time_weekday(dyad_time_days(1969, 12, 29)) == 1);
    int y, m, d;
    dyad_time_civil(dyad_time_days(2024, 2, 28) + 1, &y, &m, &d);
    CHECK(y == 2024 && m == 2 && d == 29);
    dyad_time_civil(dyad_time_days(2100, 2, 28) + 1, &y, &m, &d);
    CHECK(y == 2100 && m == 3 && d == 1);
    dyad_time_civil(dyad_time_days(2000, 2, 28) + 1, &y, &m, &d);
    CHECK(y == 2000 && m == 2 && d == 29);
}

TEST(time_weekdays_past)
{
    EXPECT("Kirby told reporters on Monday that talks continue.", WED, "on Monday", "2024-01-29");
    EXPECT("Talks resumed Monday morning in Doha.", WED, "Monday morning", "2024-01-29");
    EXPECT("Clashes erupted late Tuesday night in the north.", WED, "late Tuesday night", "2024-01-30");
    EXPECT("The vote ended early Wednesday after a long debate.", WED, "early Wednesday", "2024-01-31");
    EXPECT("Rockets hit the town on Thursday, officials said.", WED, "on Thursday", "2024-01-25");
    EXPECT("Monday's attack killed 31 people.", WED, "Monday", "2024-01-29");
    EXPECT("Rebels seized the airport on Sunday.", "2023-01-01", "on Sunday", "2023-01-01");
    EXPECT("Rebels seized the airport on Saturday.", "2023-01-01", "on Saturday", "2022-12-31");
    EXPECT("Rebels seized the airport on Monday.", "2023-01-01", "on Monday", "2022-12-26");
}

TEST(time_weekdays_future)
{
    EXPECT("The ministers will meet on Monday in Brussels.", WED, "on Monday", "2024-02-05");
    EXPECT("The report is due to be published on Friday.", WED, "on Friday", "2024-02-02");
    EXPECT("The summit is scheduled for Thursday.", WED, "for Thursday", "2024-02-01");
    EXPECT("He plans to travel to Cairo on Sunday.", WED, "on Sunday", "2024-02-04");
    EXPECT("She'll address parliament on Wednesday.", WED, "on Wednesday", "2024-01-31");
    /* the reporting verb is nearer than the future cue */
    EXPECT("He will resign, he said on Monday.", WED, "on Monday", "2024-01-29");
    EXPECT("The court will rule on Monday.", "2023-01-01", "on Monday", "2023-01-02");
    EXPECT("Campaigning ended ahead of Monday's vote.", WED, "of Monday", "2024-02-05");
    /* a future cue also moves a date without a year forward */
    EXPECT("The new law will take effect on January 1.", WED, "on January 1", "2025-01-01");
}

TEST(time_weekdays_last_this_next)
{
    EXPECT("Biden spoke with Sisi last Friday.", WED, "last Friday", "2024-01-26");
    EXPECT("Biden spoke with Sisi last Wednesday.", WED, "last Wednesday", "2024-01-24");
    EXPECT("Biden will speak with Sisi next Friday.", WED, "next Friday", "2024-02-02");
    EXPECT("Biden will speak with Sisi next Wednesday.", WED, "next Wednesday", "2024-02-07");
    EXPECT("The envoy arrives this Friday.", WED, "this Friday", "2024-02-02");
    EXPECT("The envoy arrived this Monday.", WED, "this Monday", "2024-01-29");
    EXPECT("Troops left last Friday.", "2024-03-01", "last Friday", "2024-02-23");
    EXPECT("Troops leave next Friday.", "2024-03-01", "next Friday", "2024-03-08");
    EXPECT("Troops left on Friday.", "2024-03-01", "on Friday", "2024-03-01");
    EXPECT("Troops left on Saturday.", "2024-03-01", "on Saturday", "2024-02-24");
    EXPECT("The talks collapsed this past Sunday.", "2025-01-04", "this past Sunday", "2024-12-29");
}

TEST(time_deictic_days)
{
    EXPECT("The minister resigned yesterday.", WED, "yesterday", "2024-01-30");
    EXPECT("The minister resigns today.", WED, "today", "2024-01-31");
    EXPECT("The minister speaks tonight.", WED, "tonight", "2024-01-31");
    EXPECT("Shelling continued last night.", WED, "last night", "2024-01-30");
    EXPECT("The minister will resign tomorrow.", WED, "tomorrow", "2024-02-01");
    EXPECT("They met the day before yesterday.", WED, "the day before yesterday", "2024-01-29");
    EXPECT("The strike began three days ago.", WED, "three days ago", "2024-01-28");
    EXPECT("Parliament met yesterday morning.", WED, "yesterday morning", "2024-01-30");
    EXPECT("The minister resigned yesterday.", "2024-03-01", "yesterday", "2024-02-29");
    EXPECT("The minister resigned yesterday.", "2023-03-01", "yesterday", "2023-02-28");
    EXPECT("The minister resigned yesterday.", "2023-01-01", "yesterday", "2022-12-31");
    EXPECT("The minister will resign tomorrow.", "2024-12-31" , "tomorrow", "2025-01-01");
}

TEST(time_deictic_weeks_months_years)
{
    /* week granularity: the Monday that starts the week */
    EXPECT("Violence flared earlier this week.", WED, "earlier this week", "2024-01-29");
    EXPECT("Violence flared last week.", WED, "last week", "2024-01-22");
    EXPECT("The deal was signed two weeks ago.", WED, "two weeks ago", "2024-01-15");
    EXPECT("Prices rose last month.", WED, "last month", "2023-12");
    EXPECT("Prices rose this month.", WED, "this month", "2024-01");
    EXPECT("Prices rose last year.", WED, "last year", "2023");
    EXPECT("Prices rose earlier this year.", WED, "earlier this year", "2024");
    EXPECT("Prices rose last month.", "2023-01-01", "last month", "2022-12");
    EXPECT("Prices rose last year.", "2023-01-01", "last year", "2022");
    EXPECT("Elections will be held next month.", "2024-12-31", "next month", "2025-01");
    EXPECT("The war began two years ago.", WED, "two years ago", "2022");
    EXPECT("The ceasefire will start in two weeks.", WED, "in two weeks", "2024-02-12");
    EXPECT_COUNT("He was killed in two days of fighting.", 0);
}

TEST(time_narrative)
{
    const char *text = "Kirby told reporters on Monday that talks continue. The next day, he said progress had been made.";
    timed r;
    if (run_time(t_, text, WED, &r)) {
        int a = find_expr(&r, "on Monday"), b = find_expr(&r, "The next day");
        CHECK(a >= 0 && b >= 0);
        if (a >= 0 && b >= 0) {
            CHECK_STR(r.list.items[b].value, "2024-01-30");
            CHECK(r.list.items[b].anchor == a);
            CHECK(r.list.items[a].anchor == -1);
        }
        dyad_doc_free(r.doc);
    }
    EXPECT("Talks began on Monday. The following day the envoy left.", WED, "The following day", "2024-01-30");
    EXPECT("Talks began on Monday. A day later the envoy left.", WED, "A day later", "2024-01-30");
    EXPECT("Talks began on Monday. Two days later the envoy left.", WED, "Two days later", "2024-01-31");
    EXPECT("Talks began on Monday. The envoy left the same day.", WED, "the same day", "2024-01-29");
    EXPECT("Talks began on Monday. The envoy left that day.", WED, "that day", "2024-01-29");
    EXPECT("Talks began on Monday. The envoy had arrived the day before.", WED, "the day before", "2024-01-28");
    EXPECT("Talks began on Monday. The envoy had arrived the previous day.", WED, "the previous day", "2024-01-28");
    EXPECT("Talks began on Monday. Hours later, the envoy left.", WED, "Hours later", "2024-01-29");
    EXPECT("Talks began on January 26, 2023. The next day the envoy left.", WED, "The next day", "2023-01-27");
    /* the chain goes on from the last established date */
    EXPECT("Talks began on Monday. The next day the envoy left. A day later he returned.", WED, "A day later", "2024-01-31");
    EXPECT("May was elected in May 2017. Two years later, she resigned.", WED, "Two years later", "2019");
    EXPECT("The truce began on Nov. 24. It was extended two days later.", WED, "two days later", "2023-11-26");
    /* nothing established yet: from the document date */
    EXPECT("The next day, the envoy left.", WED, "The next day", "2024-02-01");
    /* a period's start is not an established date */
    EXPECT("Fighting has raged since October 7. The next day the envoy left.", WED, "The next day", "2024-02-01");
    /* "the day before the vote" counts from the vote, which is not a date */
    EXPECT_COUNT("Talks began the day before the vote.", 0);
}

TEST(time_absolute)
{
    EXPECT("Kirby spoke at a briefing on January 26.", WED, "on January 26", "2024-01-26");
    EXPECT("Kirby spoke at a briefing on Jan. 26.", WED, "on Jan. 26", "2024-01-26");
    EXPECT("Kirby spoke at a briefing on January 26, 2023.", WED, "on January 26, 2023", "2023-01-26");
    EXPECT("Kirby spoke at a briefing on 26 January.", WED, "on 26 January", "2024-01-26");
    EXPECT("Kirby spoke at a briefing on 2024-01-26.", WED, "on 2024-01-26", "2024-01-26");
    EXPECT("Kirby spoke at a briefing on Monday, Jan. 29.", WED, "on Monday, Jan. 29", "2024-01-29");
    EXPECT("Unemployment peaked in January 2024.", WED, "in January 2024", "2024-01");
    EXPECT("The law passed in 2023.", WED, "in 2023", "2023");
    EXPECT("Markets fell in the attack of October 7.", WED, "of October 7", "2023-10-07");
    EXPECT("Emissions must fall by 2030.", WED, "by 2030", "2030");
    EXPECT("Unemployment peaked in March.", WED, "in March", "2023-03");
    EXPECT("Unemployment peaked in January.", WED, "in January", "2024-01");
    EXPECT("Elections will be held in March.", WED, "in March", "2024-03");
    EXPECT("Hostages have been held in Gaza since October 7.", WED, "since October 7", "2023-10-07");
    EXPECT("\"We did it back in November,\" he said.", WED, "back in November", "2023-11");
    EXPECT("Unrest began in mid-March.", WED, "in mid-March", "2023-03");
    EXPECT("Unrest began in early 2023.", WED, "in early 2023", "2023");
    EXPECT("Unrest began last March.", "2024-05-10", "last March", "2024-03");
    EXPECT("The vote took place on December 30.", "2025-01-04", "on December 30", "2024-12-30");
    /* February 29 without a year: the latest one not after the date */
    EXPECT("The vote took place on February 29.", "2025-01-04", "on February 29", "2024-02-29");
    EXPECT("The vote took place on February 29.", "2024-03-01", "on February 29", "2024-02-29");
    EXPECT("The vote took place on February 29.", "2023-03-01", "on February 29", "2020-02-29");
}

TEST(time_false_positives)
{
    EXPECT_COUNT("Theresa May said she may not go.", 0);
    EXPECT_COUNT("Protesters march through the capital.", 0);
    EXPECT_COUNT("March through the streets, they urged.", 0);
    EXPECT_COUNT("The Sunday Times reported the story.", 0);
    EXPECT_COUNT("Black Friday sales rose sharply.", 0);
    EXPECT_COUNT("Some 31 people died in the blast.", 0);
    EXPECT_COUNT("The meeting starts at 10 a.m. sharp.", 0);
    EXPECT_COUNT("The group was popular in the 1990s.", 0);
    EXPECT_COUNT("Ministers met in May's government offices.", 0);
    EXPECT_COUNT("USA Today published the poll.", 0);
    EXPECT_COUNT("Turnout was 2024 voters in 12 towns.", 0);
    EXPECT_COUNT("Prices rose 3.5 percent.", 0);
    EXPECT_COUNT("Protesters gather every Friday in the square.", 0);
    EXPECT_COUNT("A crowd of 2000 gathered, and over 1900 left.", 0);
    EXPECT_COUNT("Over the past 24 hours, 30 days after the attack, the army advanced.", 0);
}

TEST(time_unresolved_without_date)
{
    timed r;
    if (!run_time(t_, "Clashes erupted late Tuesday night. The talks of January 26, 2023 failed.", NULL, &r))
        return;
    int k = find_expr(&r, "late Tuesday night");
    CHECK(k >= 0);
    if (k >= 0) {
        CHECK_STR(r.list.items[k].value, "");
        CHECK(r.list.items[k].granularity == DYAD_TIME_DAY);
    }
    k = find_expr(&r, "of January 26, 2023");
    CHECK(k >= 0 && strcmp(r.list.items[k].value, "2023-01-26") == 0);
    dyad_buf b;
    dyad_buf_init(&b);
    dyad_time_emit_json(&r.list, r.doc, &b);
    const char *json = dyad_buf_cstr(&b);
    CHECKF(strstr(json, "{\"text\":\"late Tuesday night\",\"span\":[16,34],\"value\":null,\"granularity\":\"day\","
                        "\"anchor\":\"document\"") != NULL,
           "json: %s", json);
    dyad_buf_free(&b);
    dyad_doc_free(r.doc);
}

TEST(time_quoted_speech_date)
{
    /* relative words in a quotation count from the day the speaker spoke */
    const char *text = "\xE2\x80\x9CWe met them yesterday,\xE2\x80\x9D Kirby said on Monday.";
    timed r;
    if (!run_time(t_, text, WED, &r))
        return;
    int a = find_expr(&r, "yesterday"), b = find_expr(&r, "on Monday");
    CHECK(a >= 0 && b >= 0);
    if (a >= 0 && b >= 0) {
        CHECK_STR(r.list.items[a].value, "2024-01-28");
        CHECK(r.list.items[a].anchor == b);
        CHECK(r.list.items[a].in_quote && !r.list.items[b].in_quote);
    }
    dyad_doc_free(r.doc);
}

TEST(time_json_and_query)
{
    const char *text = "Talks began on Monday. The next day the envoy left, and fighting has gone on since October 7.";
    timed r;
    if (!run_time(t_, text, WED, &r))
        return;
    dyad_buf b;
    dyad_buf_init(&b);
    dyad_time_emit_json(&r.list, r.doc, &b);
    const char *json = dyad_buf_cstr(&b);
    CHECKF(strstr(json, "{\"text\":\"on Monday\",\"span\":[12,21],\"value\":\"2024-01-29\",\"granularity\":\"day\","
                        "\"anchor\":\"document\"") != NULL,
           "json: %s", json);
    CHECKF(strstr(json, "{\"text\":\"The next day\",\"span\":[23,35],\"value\":\"2024-01-30\",\"granularity\":\"day\","
                        "\"anchor\":[12,21]") != NULL,
           "json: %s", json);
    CHECK(json[0] == '[' && json[b.len - 1] == ']');
    /* the second sentence is governed by "The next day", not by "since" */
    const dyad_sentence *s2 = dyad_doc_sentence(r.doc, 1);
    const dyad_time_expr *e = s2 ? dyad_time_for_span(&r.list, r.doc, s2->span) : NULL;
    CHECK(e && strcmp(t_span(r.doc, e->span), "The next day") == 0);
    dyad_span since = {(uint32_t)(strstr(text, "fighting") - text), (uint32_t)strlen(text)};
    CHECK(dyad_time_for_span(&r.list, r.doc, since) == NULL);
    dyad_span none = {0, 5};
    CHECK(dyad_time_for_span(&r.list, r.doc, none) == NULL);
    dyad_buf_free(&b);
    dyad_doc_free(r.doc);
}

TEST(time_skips_boilerplate_and_stays_in_bounds)
{
    /* random mixes of time words, numbers and punctuation: spans must lie
     * inside the text, in order, and not overlap */
    static const char *const parts[] = {"on", "Monday", "last", "the", "next", "day", "26", "January", "2024",
                                        "-", ",", ".", "in", "March", "since", "two", "days", "later", "ago",
                                        "May", "Sunday", "Times", "\xE2\x80\x9C", "\xE2\x80\x9D", "will", "he'll",
                                        "early", "mid", "this", "week", "31", "Feb.", "29", "hours", "before"};
    unsigned seed = 12345;
    for (int round = 0; round < 200; round++) {
        char text[2048];
        size_t n = 0;
        for (int w = 0; w < 60; w++) {
            seed = seed * 1103515245u + 12345u;
            const char *p = parts[(seed >> 16) % (sizeof parts / sizeof *parts)];
            size_t pl = strlen(p);
            if (n + pl + 2 >= sizeof text)
                break;
            if (n && (seed >> 8) % 3)
                text[n++] = ' ';
            memcpy(text + n, p, pl);
            n += pl;
        }
        text[n] = 0;
        timed r;
        if (!run_time(t_, text, (round & 1) ? WED : NULL, &r))
            return;
        size_t len;
        dyad_doc_text(r.doc, &len);
        uint32_t prev_end = 0;
        for (size_t k = 0; k < r.list.n; k++) {
            const dyad_time_expr *e = &r.list.items[k];
            CHECKF(e->span.start >= prev_end && e->span.start < e->span.end && e->span.end <= len,
                   "bad span [%u,%u) in \"%s\"", e->span.start, e->span.end, text);
            CHECK(e->anchor < (int)r.list.n && e->anchor != (int)k);
            prev_end = e->span.end;
        }
        dyad_doc_free(r.doc);
    }
}

TEST(time_seed_article)
{
    const char *path = t_shared("examples/seed-article.txt");
    if (!path) {
        printf("time_seed_article: skipped (../shared/examples/seed-article.txt absent)\n");
        return;
    }
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f)
        return;
    char *data = malloc(1 << 20);
    size_t len = data ? fread(data, 1, (1 << 20) - 1, f) : 0;
    fclose(f);
    if (!data)
        return;
    data[len] = 0;
    dyad_doc *doc = t_read(t_, data, DYAD_FORMAT_TEXT);
    free(data);
    if (!doc)
        return;
    CHECK_STR(doc->date, "2024-01-31");
    dyad_time_list list;
    CHECK(dyad_time_stage(doc, &list) == DYAD_OK);
    timed r = {doc, list};
    static const char *const gold[][2] = {{"on Monday", "2024-01-29"},       {"The next day", "2024-01-30"},
                                          {"last Friday", "2024-01-26"},     {"on January 26", "2024-01-26"},
                                          {"since October 7", "2023-10-07"}, {"back in November", "2023-11"}};
    for (size_t g = 0; g < sizeof gold / sizeof *gold; g++) {
        int k = find_expr(&r, gold[g][0]);
        CHECKF(k >= 0, "seed: \"%s\" not found", gold[g][0]);
        if (k >= 0)
            CHECKF(strcmp(list.items[k].value, gold[g][1]) == 0, "seed: \"%s\" = %s, expected %s", gold[g][0],
                   list.items[k].value, gold[g][1]);
    }
    int monday = find_expr(&r, "on Monday"), next = find_expr(&r, "The next day");
    CHECK(monday >= 0 && next >= 0 && list.items[next].anchor == monday);
    /* the Qatar call "the same day" is counted from "last Friday" */
    int same = find_expr(&r, "the same day"), friday = find_expr(&r, "last Friday");
    CHECK(same >= 0 && friday >= 0 && list.items[same].anchor == friday);
    if (r.list.n > 9)
        dump(&r);
    dyad_doc_free(doc);
}
