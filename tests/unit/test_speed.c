/* test_speed.c — the indexes built at load for speed (boilerplate rules,
 * stopwords, string sets) must give exactly what the plain algorithms give:
 * each test compares against a straightforward reference written here. */
#include "dyad_int.h"
#include "testlib.h"
#include "lexicon/lexicon.h"
#include "text/lang.h"
#include "time/time.h"
#include "statements/statements.h"

#include <stdlib.h>

/* ------------------------------------------------------------- clean */

/* The reference: every rule in file order, memmem for "any". */
static void ref_trim(const char *s, size_t n, size_t *a, size_t *b)
{
    size_t i = 0, j = n;
    while (i < j && (strchr(" :>|-*•»·", s[i]) || (unsigned char)s[i] >= 0xC2)) {
        if ((unsigned char)s[i] >= 0xC2) {
            unsigned char c = (unsigned char)s[i];
            if (!(c == 0xC2 || c == 0xE2))
                break;
            size_t k = i + 1;
            while (k < j && ((unsigned char)s[k] & 0xC0) == 0x80)
                k++;
            i = k;
            continue;
        }
        i++;
    }
    while (j > i && strchr(" :.|-*>", s[j - 1]))
        j--;
    *a = i;
    *b = j;
}

static const char *ref_match(const dyad_engine *eng, const char *s, size_t n)
{
    char low[1024];
    if (n > sizeof low)
        return NULL;
    for (size_t i = 0; i < n; i++)
        low[i] = (s[i] >= 'A' && s[i] <= 'Z') ? (char)(s[i] + 32) : s[i];
    size_t ea, eb;
    ref_trim(low, n, &ea, &eb);
    for (size_t r = 0; r < eng->n_bp_rules; r++) {
        const dyad_bp_rule *rule = &eng->bp_rules[r];
        if (n > (rule->max_para ? rule->max_para : 400))
            continue;
        if (rule->where == BP_EXACT && eb - ea == rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
            return rule->why;
        if (rule->where == BP_START && n - ea >= rule->len && memcmp(low + ea, rule->needle, rule->len) == 0)
            return rule->why;
        if (rule->where == BP_ANY && memmem(low, n, rule->needle, rule->len))
            return rule->why;
    }
    return NULL;
}

/* A document of one body paragraph, cleaned. */
static const char *clean_one(tctx *t_, const char *para)
{
    const dyad_engine *eng = t_engine();
    dyad_arena *a = dyad_arena_new(0);
    dyad_doc *doc = dyad_arena_alloc(a, sizeof *doc);
    doc->arena = a;
    doc->eng = eng;
    doc->text = dyad_arena_strdup(a, para);
    doc->text_len = strlen(para);
    doc->paras = dyad_arena_alloc(a, sizeof *doc->paras);
    doc->n_paras = 1;
    doc->paras[0] = (dyad_paragraph){{0, (uint32_t)doc->text_len}, DYAD_PARA_BODY, NULL};
    CHECK(dyad_clean(doc) == DYAD_OK);
    const char *why = doc->paras[0].kind == DYAD_PARA_BOILERPLATE ? doc->paras[0].why : NULL;
    dyad_arena_free(a);
    return why;
}

TEST(speed_clean_rules_match_reference)
{
    const dyad_engine *eng = t_engine();
    CHECK(eng->n_bp_rules > 0);
    char para[1200];
    size_t checked = 0;
    /* every phrase alone, inside prose, at the start, in capitals, and in
     * a paragraph too long for most rules */
    for (size_t r = 0; r < eng->n_bp_rules; r++) {
        const char *nd = eng->bp_rules[r].needle;
        const char *forms[] = {"%s", "The mayor said on Tuesday that %s.", "%s: the council's report",
                               "» %s", "Wire copy: %s | more", NULL};
        for (int f = 0; forms[f]; f++) {
            snprintf(para, sizeof para, forms[f], nd);
            const char *want = ref_match(eng, para, strlen(para));
            const char *got = clean_one(t_, para);
            CHECKF(want == got || (want && got && strcmp(want, got) == 0), "'%s': got %s, want %s", para,
                   got ? got : "none", want ? want : "none");
            for (char *p = para; *p; p++)
                if (*p >= 'a' && *p <= 'z')
                    *p = (char)(*p - 32);
            want = ref_match(eng, para, strlen(para));
            got = clean_one(t_, para);
            CHECKF(want == got || (want && got && strcmp(want, got) == 0), "'%s': got %s, want %s", para,
                   got ? got : "none", want ? want : "none");
            checked += 2;
        }
        /* the phrase after 0 to 11 bytes: every alignment of the sampled
         * positions */
        for (size_t pre = 0; pre < 12; pre++) {
            memset(para, 'q', pre);
            snprintf(para + pre, sizeof para - pre, "%s and more", nd);
            const char *want = ref_match(eng, para, strlen(para));
            const char *got = clean_one(t_, para);
            CHECKF(want == got || (want && got && strcmp(want, got) == 0), "'%s': got %s, want %s", para,
                   got ? got : "none", want ? want : "none");
            checked++;
        }
        /* the phrase at the end of a paragraph of 390..410 bytes */
        size_t nl = strlen(nd);
        for (size_t total = 390; total <= 410 && nl < total; total += 5) {
            memset(para, 'x', total - nl);
            para[total - nl - 1] = ' ';
            memcpy(para + total - nl, nd, nl + 1);
            const char *want = ref_match(eng, para, strlen(para));
            const char *got = clean_one(t_, para);
            CHECKF(want == got || (want && got && strcmp(want, got) == 0), "rule %zu at %zu bytes", r, total);
            checked++;
        }
    }
    /* prose that matches nothing */
    const char *plain[] = {"The delegation arrived in the capital late on Monday evening.",
                           "Rights groups reserved their judgment until the vote.", "Related", "Read", "",
                           NULL};
    for (int i = 0; plain[i]; i++) {
        const char *want = ref_match(eng, plain[i], strlen(plain[i]));
        const char *got = clean_one(t_, plain[i]);
        CHECKF(want == got || (want && got && strcmp(want, got) == 0), "'%s'", plain[i]);
        checked++;
    }
    CHECK(checked > eng->n_bp_rules * 10);
}

TEST(speed_clean_duplicates_many_paragraphs)
{
    /* 60000 paragraphs, every third one the same: the repeats (longer
     * than 20 bytes) become "duplicate", the first copy stays; the hash
     * table keeps this linear */
    enum { N = 60000 };
    dyad_buf b;
    dyad_buf_init(&b);
    dyad_arena *a = dyad_arena_new(0);
    dyad_doc *doc = dyad_arena_alloc(a, sizeof *doc);
    doc->arena = a;
    doc->eng = t_engine();
    doc->paras = dyad_arena_array(a, N, sizeof *doc->paras);
    for (size_t i = 0; i < N; i++) {
        if (i)
            dyad_buf_add(&b, "\n\n", 2);
        size_t start = b.len;
        if (i % 3 == 0)
            dyad_buf_adds(&b, "The same sentence comes back again.");
        else if (i % 3 == 1)
            dyad_buf_printf(&b, "Paragraph number %zu of the long list.", i);
        else
            dyad_buf_adds(&b, "Short.");
        doc->paras[i] = (dyad_paragraph){{(uint32_t)start, (uint32_t)b.len}, DYAD_PARA_BODY, NULL};
    }
    doc->n_paras = N;
    doc->text = b.data;
    doc->text_len = b.len;
    CHECK(dyad_clean(doc) == DYAD_OK);
    size_t dups = 0, wrong = 0;
    for (size_t i = 0; i < N; i++) {
        bool dup = doc->paras[i].why && strcmp(doc->paras[i].why, "duplicate") == 0;
        dups += dup;
        wrong += dup != (i % 3 == 0 && i > 0);
    }
    CHECK(dups == N / 3 - 1);
    CHECK(wrong == 0);
    dyad_arena_free(a);
    dyad_buf_free(&b);
}

/* ---------------------------------------------------------------- lang */

/* The reference: the guess with one stopword look-up per language. */
static const char *ref_lang(const dyad_engine *eng, const char *text, size_t len)
{
    static const char *const langs[] = {"en", "fr", "de", "es", "pt", "it", "nl", "cs", "pl", "tr", "id"};
    enum { NL = 11 };
    if (len > 65536)
        len = 65536;
    size_t latin = 0, other = 0;
    int votes[NL] = {0};
    char word[32];
    size_t wl = 0;
    for (size_t i = 0; i <= len;) {
        size_t n = 1;
        int32_t c = i < len ? dyad_utf8_decode((const unsigned char *)text + i, len - i, &n) : ' ';
        bool letter = dyad_is_letter(c);
        if (letter) {
            if (c < 0x250)
                latin++;
            else
                other++;
        }
        if (letter && c < 0x250) {
            if (wl + 4 < sizeof word)
                wl += c < 0x80 ? (word[wl] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c), 1)
                               : dyad_utf8_encode((uint32_t)c, word + wl);
            else
                wl = sizeof word;
        } else {
            if (wl > 0 && wl < sizeof word)
                for (int l = 0; l < NL; l++) {
                    char key[40];
                    memcpy(key, langs[l], 2);
                    key[2] = ':';
                    memcpy(key + 3, word, wl);
                    votes[l] += dyad_strset_has(&eng->stopwords, key, wl + 3);
                }
            wl = 0;
        }
        i += n;
    }
    if (latin == 0 || other > 0)
        return "(script)"; /* not compared: decided by script counts */
    int best = -1, second = 0;
    for (int l = 0; l < NL; l++) {
        if (best < 0 || votes[l] > votes[best]) {
            if (best >= 0)
                second = votes[best] > second ? votes[best] : second;
            best = l;
        } else if (votes[l] > second)
            second = votes[l];
    }
    if (votes[best] < 3 || votes[best] < second * 3 / 2)
        return NULL;
    return langs[best];
}

TEST(speed_lang_matches_reference)
{
    const dyad_engine *eng = t_engine();
    const char *texts[] = {
        "The minister said that the talks with the rebels were going well and that a deal was near.",
        "Le ministre a dit que les discussions avec le gouvernement sont dans une phase difficile.",
        "Der Minister sagte, dass die Gespräche mit der Regierung nicht einfach sind und dass es dauert.",
        "El ministro dijo que las conversaciones con el gobierno de la región están en una fase difícil.",
        "O ministro disse que as conversas com o governo não estão em uma fase fácil para os dois lados.",
        "Il ministro ha detto che i colloqui con il governo della regione sono in una fase difficile.",
        "De minister zei dat de gesprekken met de regering in een moeilijke fase zijn en dat het duurt.",
        "THE MINISTER SAID THAT THE TALKS WERE OVER, AND THE DELEGATION LEFT FOR THE AIRPORT.",
        "Ünd thé dé lä ÉL the of and to in that is for on with as was",
        "Anaverylongwordthathasexactlytwentyeightletters the of and; "
        "anaverylongwordthathasexactlytwentyeightlettersx the_of and2the 3of",
        "Mixed café Éric thé straße_the the. the,the;the:the!the?the'the\"the(the)the",
        "", "1234 5678 !!!",
        NULL};
    for (int i = 0; texts[i]; i++) {
        const char *want = ref_lang(eng, texts[i], strlen(texts[i]));
        if (want && strcmp(want, "(script)") == 0)
            continue;
        const char *got = dyad_lang_guess(eng, texts[i], strlen(texts[i]));
        CHECKF(want == got || (want && got && strcmp(want, got) == 0), "'%.40s': got %s, want %s", texts[i],
               got ? got : "none", want ? want : "none");
    }
    CHECK_STR(dyad_lang_guess(eng, texts[1], strlen(texts[1])), "fr");
    CHECK_STR(dyad_lang_guess(eng, texts[2], strlen(texts[2])), "de");
}

/* -------------------------------------------------------------- strset */

TEST(speed_strset_values)
{
    dyad_arena *a = dyad_arena_new(0);
    dyad_strset s = {0};
    char key[32];
    for (int i = 0; i < 500; i++) {
        snprintf(key, sizeof key, "word%d", i);
        CHECK(dyad_strset_or_value(&s, a, key, strlen(key), 1u << (i % 7)) == 0);
        CHECK(dyad_strset_or_value(&s, a, key, strlen(key), 1u << 20) == 0);
    }
    CHECK(s.n == 500);
    for (int i = 0; i < 500; i++) {
        snprintf(key, sizeof key, "word%d", i);
        CHECK(dyad_strset_has(&s, key, strlen(key)));
        CHECK(dyad_strset_value(&s, key, strlen(key)) == ((1u << (i % 7)) | (1u << 20)));
    }
    CHECK(!dyad_strset_has(&s, "word", 4));
    CHECK(dyad_strset_value(&s, "word5000", 8) == 0);
    CHECK(!dyad_strset_has(&s, "word1", 4)); /* a prefix of a key is not the key */
    dyad_arena_free(a);
}

/* ----------------------------------------------------------- word tags */

/* The time stage reads its words from the tags of the engine lexicon's
 * words when the engine's own word table is given, and looks every word
 * up itself with any other: both must find the same expressions. */
TEST(speed_time_tags_find_what_lookups_find)
{
    static const char *const texts[] = {
        "The talks resumed on Monday, three days after the strike. The next day, officials met again.",
        "Late Tuesday night the army withdrew; by mid-2023 it had left, and on Jan. 26, 2024 it returned.",
        "“We met yesterday,” he said last Friday. In two weeks they will meet in March or in 2025.",
        "The Sunday Times reported in May's report that the day before the vote, 36 hours later, aid came.",
        "SINCE OCTOBER 7 THE WAR HAS GONE ON. Back in November, a week ago, this morning: nothing.",
        "Officials said nothing about the plan and the talks ended without a statement.",
        "They left two weeks ago. The rebels came back a few days later. He will return tomorrow.",
        "It happened the day before the vote; the previous week was calm, and so was the following day.",
        "About 500 people marched and 12 were hurt in 2023. 3 days after the vote, 40 were freed on Jan. 27.",
        "On 26 January 2024 and 2024-01-27 and Sept. 3 they met; the same day, two years ago, too.",
    };
    const dyad_engine *eng = t_engine();
    CHECK(eng && eng->time_words && eng->lexicon);
    dyad_arena *a = dyad_arena_new(0);
    dyad_time_words *plain = a ? dyad_time_words_build(a, NULL) : NULL;
    CHECK(plain);
    CHECK(!dyad_time_words_tagged(plain, eng->lexicon));
    CHECK(dyad_time_words_tagged(eng->time_words, eng->lexicon));
    for (size_t k = 0; plain && k < sizeof texts / sizeof *texts; k++) {
        dyad_doc *doc = t_doc_of_text(eng, texts[k]);
        CHECK(doc);
        if (!doc)
            continue;
        dyad_time_list tagged = {0}, looked_up = {0};
        CHECK(dyad_time_find(doc, eng->time_words, &tagged) == 0);
        CHECK(dyad_time_find(doc, plain, &looked_up) == 0);
        CHECKF(tagged.n == looked_up.n, "text %zu: %zu expressions with tags, %zu without", k, tagged.n,
               looked_up.n);
        CHECKF(tagged.n > 0 || k == 5, "text %zu: no expression found", k);
        for (size_t i = 0; i < tagged.n && i < looked_up.n; i++) {
            const dyad_time_expr *x = &tagged.items[i], *y = &looked_up.items[i];
            CHECKF(x->span.start == y->span.start && x->span.end == y->span.end && x->form == y->form &&
                       x->y == y->y && x->m == y->m && x->d == y->d && x->weekday == y->weekday &&
                       x->offset == y->offset && x->future == y->future,
                   "text %zu, expression %zu differs", k, i);
        }
        dyad_doc_free(doc);
    }
    dyad_arena_free(a);
}

/* What the tags say about single words. */
TEST(speed_word_tags)
{
    const dyad_engine *eng = t_engine();
    dyad_doc *doc = t_doc_of_text(eng, "SAID said Friday jan Jan. the talks yesterday ago");
    CHECK(doc && doc->n_toks >= 9);
    uint32_t *tags = doc ? dyad_lexicon_doc_tags(eng->lexicon, doc) : NULL;
    CHECK(tags);
    if (!tags) {
        dyad_doc_free(doc);
        return;
    }
    uint32_t t[9];
    for (uint32_t i = 0; i < 9; i++)
        t[i] = dyad_token_tags(eng->lexicon, doc, tags, i);
    CHECK(dyad_tag_of(t[0], DYAD_TAG_CUE_FIRST) && dyad_tag_of(t[0], DYAD_TAG_CUE_FIRST) == dyad_tag_of(t[1], DYAD_TAG_CUE_FIRST));
    CHECK(dyad_tag_of(t[2], DYAD_TAG_TIME_ANCHOR) && dyad_tag_of(t[2], DYAD_TAG_TIME_FIRST) &&
          !dyad_tag_of(t[2], DYAD_TAG_CUE_FIRST));
    /* "jan" and "jan." fold alike: the tag does not say which entry */
    CHECK(dyad_tag_of(t[3], DYAD_TAG_TIME_FIRST) == DYAD_TAG_AMBIGUOUS);
    CHECK(dyad_tag_of(t[4], DYAD_TAG_TIME_FIRST) == DYAD_TAG_AMBIGUOUS);
    /* "the" starts "the next day" but needs its last word */
    CHECK(dyad_tag_of(t[5], DYAD_TAG_TIME_FIRST) && dyad_tag_of(t[5], DYAD_TAG_TIME_WORD) &&
          !dyad_tag_of(t[5], DYAD_TAG_TIME_ANCHOR));
    CHECK(!dyad_tag_of(t[6], DYAD_TAG_TIME_WORD) && !dyad_tag_of(t[6], DYAD_TAG_CUE_FIRST));
    CHECK(dyad_tag_of(t[7], DYAD_TAG_TIME_ANCHOR));
    CHECK(dyad_tag_of(t[8], DYAD_TAG_TIME_WORD) && !dyad_tag_of(t[8], DYAD_TAG_TIME_ANCHOR));
    for (uint32_t i = 0; i < 9; i++)
        CHECK(tags[i] & DYAD_TAGS_READ);
    dyad_doc_free(doc);
}

/* Function-word classes read from the tokens' word ids must be the
 * classes of their lower-cased text (the reference lookup). */
TEST(speed_fword_from_ids_matches_text)
{
    const dyad_engine *eng = t_engine();
    dyad_doc *doc = t_doc_of_text(eng, "The IT’S its À à a.m. THEY were not AND but Whereas SINCE Hamas and Qatar, "
                                       "there Was an he’d She'd THAT which etc. De la o’clock Über über.");
    CHECK(doc && doc->n_toks > 20);
    size_t n_fw = 0;
    for (uint32_t i = 0; doc && i < doc->n_toks; i++) {
        const dyad_token *t = &doc->toks[i];
        int want = 0;
        if ((t->cls == DYAD_TOK_WORD || t->cls == DYAD_TOK_APOSTROPHE) && t->span.end - t->span.start <= 12) {
            char w[32];
            size_t n = dyad_tok_lower(doc, i, w, sizeof w);
            want = n ? dyad_fword(eng, w, n) : 0;
        }
        int got = dyad_tok_fword(doc, i);
        CHECKF(got == want, "token %u '%.*s': classes %d from ids, %d from text", i,
               (int)(t->span.end - t->span.start), doc->text + t->span.start, got, want);
        n_fw += want != 0;
    }
    CHECK(n_fw >= 10);
    dyad_doc_free(doc);
}

/* Compare the expressions the tagged scan finds (near numbers and anchor
 * words only) with those the plain scan finds (every token tried). */
static void compare_time_scans(tctx *t_, const dyad_engine *eng, const dyad_time_words *plain, const char *text)
{
    dyad_doc *doc = t_doc_of_text(eng, text);
    CHECK(doc);
    if (!doc)
        return;
    dyad_time_list tagged = {0}, looked_up = {0};
    CHECK(dyad_time_find(doc, eng->time_words, &tagged) == 0);
    CHECK(dyad_time_find(doc, plain, &looked_up) == 0);
    CHECKF(tagged.n == looked_up.n, "'%s': %zu expressions with tags, %zu without", text, tagged.n, looked_up.n);
    for (size_t i = 0; i < tagged.n && i < looked_up.n; i++) {
        const dyad_time_expr *x = &tagged.items[i], *y = &looked_up.items[i];
        CHECKF(x->span.start == y->span.start && x->span.end == y->span.end && x->form == y->form &&
                   x->y == y->y && x->m == y->m && x->d == y->d && x->weekday == y->weekday &&
                   x->offset == y->offset && x->future == y->future && x->role == y->role && x->rel == y->rel,
               "'%s': expression %zu differs", text, i);
    }
    dyad_doc_free(doc);
}

/* An expression whose number or anchor word lies far from its first token
 * ("since as early as the day before yesterday": 7 tokens on), after long
 * runs of words that hold none (which the tagged scan passes over). */
TEST(speed_time_reach_far_anchor)
{
    const dyad_engine *eng = t_engine();
    dyad_arena *a = dyad_arena_new(0);
    dyad_time_words *plain = a ? dyad_time_words_build(a, NULL) : NULL;
    CHECK(plain && eng->time_words);
    if (!plain) {
        dyad_arena_free(a);
        return;
    }
    /* the reach covers the longest preposition, modifier, "-" and the
     * words of "the day before" before "yesterday" */
    CHECK(dyad_time_words_reach(eng->time_words) >= 2 + 3 + 1 + 3);
    CHECK(dyad_time_words_reach(eng->time_words) == dyad_time_words_reach(plain));
    static const char *const texts[] = {
        "The council of the northern province of the old kingdom met since as early as the day before yesterday.",
        "The delegates of the opposition parties of the region talked back in as late as the day after tomorrow.",
        "The ministers of the seven coastal states and the envoys of the union met back in a couple of weeks ago.",
        "Officials from the ministry of the interior of the republic said that starting on this coming Friday "
        "the roads of the capital and of the suburbs of the capital would close until the following morning.",
        "The leaders of the movement of the workers of the factories of the city of the river gathered in "
        "mid - 2023 and again early in the afternoon of that day, then as of late last night.",
        "Of the of the of the of the of the of the of the of the of the of the in the next week.",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++)
        compare_time_scans(t_, eng, plain, texts[k]);
    dyad_arena_free(a);
}

/* Sentences drawn at random from time words, numbers and filler words:
 * the tagged scan must find exactly what the plain scan finds. */
TEST(speed_time_random_sentences_match_plain_scan)
{
    static const char *const words[] = {
        "the", "of", "in", "on", "since", "back", "as", "early", "late", "mid", "-", "last", "this", "next",
        "coming", "past", "day", "days", "week", "weeks", "month", "year", "years", "ago", "later", "earlier",
        "before", "after", "yesterday", "tomorrow", "tonight", "Monday", "Friday", "Sunday", "Times", "January",
        "March", "May", "Jan.", "Sept.", "morning", "night", "a", "couple", "two", "three", "26", "2024", "7",
        "36", "hours", "said", "will", "was", "is", "due", "to", "every", "Black", "talks", "officials", "met",
        "city", "and", "by", "until", "2023-01-05", "he'll", "following", "same", "that", "previous", ",", ".",
    };
    static const char *const fillers[] = {"talks", "officials", "reported", "city", "the", "and"};
    const size_t n_words = sizeof words / sizeof *words;
    const dyad_engine *eng = t_engine();
    dyad_arena *a = dyad_arena_new(0);
    dyad_time_words *plain = a ? dyad_time_words_build(a, NULL) : NULL;
    CHECK(plain);
    unsigned seed = 12345u;
    char text[2048];
    for (int round = 0; plain && round < 300; round++) {
        size_t len = 0;
        size_t n = 8 + (size_t)(round % 40);
        for (size_t i = 0; i < n; i++) {
            seed = seed * 1103515245u + 12345u;
            /* filler most of the time, as in news text */
            const char *w = ((seed >> 16) % 4 == 0) ? words[(seed >> 8) % n_words] : fillers[(seed >> 8) % 6];
            int m = snprintf(text + len, sizeof text - len, "%s%s", i ? " " : "", w);
            if (m < 0 || (size_t)m >= sizeof text - len)
                break;
            len += (size_t)m;
        }
        snprintf(text + len, sizeof text - len, ".");
        compare_time_scans(t_, eng, plain, text);
    }
    dyad_arena_free(a);
}

/* One parse with a year hint tells what a parse without one would: the
 * time stage used to parse twice. */
TEST(speed_date_parse_year_matches_two_parses)
{
    static const char *const texts[] = {
        "January 26, 2024", "January 26", "26 January 2024", "26 January", "Jan. 26", "Wednesday, Jan. 31",
        "Wed, 31 Jan 2024", "February 29", "February 29, 2023", "February 29, 2024", "2024-01-31",
        "31.01.2024", "01/31/2024", "Sept 3", "March 5, 1700", "5 of March", "Monday", "26 people",
        "2024 elections", "May 3rd, 2020", "Thu. Mar 7", "the 26th", "31 February", "",
    };
    for (size_t k = 0; k < sizeof texts / sizeof *texts; k++) {
        const char *s = texts[k];
        size_t n = strlen(s);
        char iso0[11] = "", iso1[11] = "", iso2[11] = "";
        size_t without = dyad_date_parse(s, n, 0, iso0);
        size_t with = dyad_date_parse(s, n, 2000, iso1);
        bool year_read = false;
        size_t once = dyad_date_parse_year(s, n, 2000, iso2, &year_read);
        CHECKF(once == with && (!once || strcmp(iso1, iso2) == 0), "'%s': %zu vs %zu", s, once, with);
        /* the parse without a hint succeeds exactly when the year was read */
        CHECKF((without != 0) == (once != 0 && year_read), "'%s': without a hint %zu, year read %d", s, without,
               (int)year_read);
        if (without)
            CHECKF(without == once && strcmp(iso0, iso2) == 0, "'%s': %s vs %s", s, iso0, iso2);
    }
}

/* The arena's copies clear only what they do not copy: a grown array
 * keeps its elements and has zeroed new ones; a string copy ends in NUL. */
TEST(speed_arena_grow_and_copies)
{
    dyad_arena *a = dyad_arena_new(0);
    CHECK(a);
    if (!a)
        return;
    /* dirty memory first, so a missing clear shows */
    unsigned char *junk = dyad_arena_array_uninit(a, 4096, 1);
    CHECK(junk);
    if (junk)
        memset(junk, 0xAB, 4096);
    uint32_t *v = dyad_arena_array(a, 3, sizeof *v);
    CHECK(v && v[0] == 0 && v[2] == 0);
    for (uint32_t i = 0; v && i < 3; i++)
        v[i] = 7 + i;
    for (size_t cap = 3; v && cap < 100000; cap *= 2) {
        uint32_t *g = dyad_arena_grow(a, v, 3, cap * 2, sizeof *g);
        CHECK(g);
        if (!g)
            break;
        CHECK(g[0] == 7 && g[1] == 8 && g[2] == 9);
        bool zero = true;
        for (size_t i = 3; i < cap * 2; i++)
            zero = zero && g[i] == 0;
        CHECKF(zero, "grown to %zu: new elements not zeroed", cap * 2);
        /* dirty the new part: the next grow copies only the first 3 */
        for (size_t i = 3; i < cap * 2; i++)
            g[i] = 0xDEADBEEFu;
        v = g;
    }
    uint32_t *fresh = dyad_arena_grow(a, NULL, 0, 5, sizeof *fresh);
    CHECK(fresh && fresh[0] == 0 && fresh[4] == 0);
    char *s = dyad_arena_strndup(a, "abcdef", 3);
    CHECK(s && strcmp(s, "abc") == 0);
    char *e = dyad_arena_strndup(a, "xyz", 0);
    CHECK(e && e[0] == 0);
    /* large arrays (a block of their own) too */
    unsigned char *big = dyad_arena_array_uninit(a, 100000, 1);
    CHECK(big);
    if (big)
        memset(big, 0xCD, 100000);
    unsigned char *bz = dyad_arena_alloc(a, 100000);
    CHECK(bz && bz[0] == 0 && bz[99999] == 0);
    CHECK(dyad_arena_array_uninit(a, SIZE_MAX / 2, 4) == NULL && dyad_arena_failed(a));
    dyad_arena_free(a);
}

/* The cue test reads a token's first cue form from its word tags and
 * takes it without comparing texts when both are plain ASCII: it must
 * find what the plain test (lower-cased text, hashed) finds, capitals,
 * dots and curly apostrophes included. */
TEST(speed_cue_tags_match_plain_lookup)
{
    const dyad_engine *eng = t_engine();
    dyad_doc *doc = t_doc_of_text(eng, "Said the mayor. SAID Ruiz. \u201cNo,\u201d said he; s.aid, sa.id and "
                                       "SA\u2019ID were told; she TOLD them, according to aides, and "
                                       "Added: it Says so. They\u2019ve stated that he\u2019d warned.");
    CHECK(doc && doc->n_toks > 20);
    if (!doc)
        return;
    /* the same document seen without its engine: no tags, every word
     * lower-cased and looked up */
    dyad_doc plain = *doc;
    plain.eng = NULL;
    plain.lex_ids = NULL;
    plain.tok_tags = NULL;
    plain.sent_tags = NULL;
    size_t found = 0;
    for (uint32_t i = 0; i < doc->n_toks; i++) {
        dyad_cue_match a = {0}, b = {0};
        bool x = dyad_cue_find(eng, doc, i, (uint32_t)doc->n_toks, &a);
        bool y = dyad_cue_find(eng, &plain, i, (uint32_t)doc->n_toks, &b);
        const dyad_token *t = &doc->toks[i];
        CHECKF(x == y && (!x || (a.lemma == b.lemma && a.ntok == b.ntok && a.flags == b.flags)),
               "token %u '%.*s': %d with tags, %d without", i, (int)(t->span.end - t->span.start),
               doc->text + t->span.start, (int)x, (int)y);
        found += x;
    }
    CHECK(found >= 4);
    dyad_doc_free(doc);
}
