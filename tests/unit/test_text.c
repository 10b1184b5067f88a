/* test_text.c — normalisation and segmentation. */
#include "testlib.h"

TEST(normalise_spaces_and_crlf)
{
    dyad_doc *d = t_read(t_, "First\xC2\xA0line  with\tspaces.\r\n\r\nSecond\xE2\x80\x8Bparagraph.\r\n", DYAD_FORMAT_TEXT);
    if (!d)
        return;
    size_t n;
    const char *text = dyad_doc_text(d, &n);
    CHECK_STR(text, "First line with spaces.\n\nSecondparagraph.");
    CHECK(dyad_doc_paragraph_count(d) == 2);
    dyad_doc_free(d);
}

TEST(normalise_invalid_utf8)
{
    dyad_doc *d = t_read(t_, "Bad \xFF byte here.\n\nMore text follows.", DYAD_FORMAT_TEXT);
    if (!d)
        return;
    const char *text = dyad_doc_text(d, NULL);
    CHECK(strstr(text, "Bad \xEF\xBF\xBD byte") != NULL);
    CHECK(dyad_doc_warning_count(d) == 1);
    CHECK(strstr(dyad_doc_warning(d, 0), "offset 4") != NULL);
    dyad_doc_free(d);
}

TEST(normalise_nfc)
{
    /* e + combining acute → é (U+00E9) */
    dyad_doc *d = t_read(t_, "Caf\x65\xCC\x81 owner spoke.", DYAD_FORMAT_TEXT);
    if (!d)
        return;
    CHECK_STR(dyad_doc_text(d, NULL), "Caf\xC3\xA9 owner spoke.");
    dyad_doc_free(d);
}

static size_t count_sentences(tctx *t_, const char *text)
{
    dyad_doc *d = t_read(t_, text, DYAD_FORMAT_TEXT);
    if (!d)
        return 0;
    size_t n = dyad_doc_sentence_count(d);
    dyad_doc_free(d);
    return n;
}

TEST(sentences_abbreviations)
{
    CHECK(count_sentences(t_, "Mr. Smith met Gen. Jones on Jan. 5 in the U.S. capital. They talked.") == 2);
    CHECK(count_sentences(t_, "John F. Kennedy spoke. No. 5 was next.") == 2);
    CHECK(count_sentences(t_, "The talks were held in the U.S. The president attended.") == 2);
    CHECK(count_sentences(t_, "It rose 3.5 percent. Then it fell.") == 2);
}

TEST(sentences_quotes_stay_together)
{
    /* a quotation closed later in the paragraph is not split */
    CHECK(count_sentences(t_, "\xE2\x80\x9CI think so. There is no reason to change,\xE2\x80\x9D said Kirby. He left.") == 2);
    CHECK(count_sentences(t_, "\"Stop!\" he shouted. Nobody did.") == 2);
    CHECK(count_sentences(t_, "\"We are done.\" The minister left.") == 2);
}

TEST(sentences_unpaired_quote_does_not_swallow)
{
    CHECK(count_sentences(t_, "\xE2\x80\x9CThe war goes on. Talks failed. Nobody knows why.") == 3);
}

TEST(sentences_ellipsis)
{
    CHECK(count_sentences(t_, "I do not expect... we should not expect anything. Next.") == 2);
}

TEST(tokens_classes)
{
    dyad_doc *d = t_read(t_, "Israel's allies' \xE2\x80\x9C" "deal\xE2\x80\x9D with Al-Thani \xE2\x80\x94 1,000 don't.", DYAD_FORMAT_TEXT);
    if (!d)
        return;
    const char *want[][2] = {{"Israel", "word"}, {"'s", "apostrophe"}, {"allies", "word"}, {"'", "apostrophe"},
                             {"\xE2\x80\x9C", "quote_open"}, {"deal", "word"}, {"\xE2\x80\x9D", "quote_close"},
                             {"with", "word"}, {"Al", "word"}, {"-", "punct"}, {"Thani", "word"},
                             {"\xE2\x80\x94", "dash"}, {"1,000", "number"}, {"don't", "word"}, {".", "punct"}};
    size_t n = dyad_doc_token_count(d);
    CHECKF(n == sizeof want / sizeof *want, "%zu tokens", n);
    for (size_t i = 0; i < n && i < sizeof want / sizeof *want; i++) {
        const dyad_token *k = dyad_doc_token(d, i);
        CHECK_STR(t_span(d, k->span), want[i][0]);
        CHECK_STR(dyad_tok_class_name((dyad_tok_class)k->cls), want[i][1]);
    }
    CHECK(dyad_doc_token(d, 9)->flags & DYAD_TOKF_JOINER);
    dyad_doc_free(d);
}

TEST(spans_inside_text)
{
    dyad_doc *d = t_read(t_, "Title here\n\nBody one. Body two.\n\n\xE2\x80\x9CQuote\xE2\x80\x9D said X.", DYAD_FORMAT_TEXT);
    if (!d)
        return;
    size_t len;
    dyad_doc_text(d, &len);
    for (size_t i = 0; i < dyad_doc_token_count(d); i++) {
        const dyad_token *k = dyad_doc_token(d, i);
        CHECK(k->span.start < k->span.end && k->span.end <= len);
    }
    for (size_t i = 0; i < dyad_doc_sentence_count(d); i++) {
        const dyad_sentence *s = dyad_doc_sentence(d, i);
        CHECK(s->span.start < s->span.end && s->span.end <= len);
    }
    dyad_doc_free(d);
}

/* A paragraph hard-wrapped at 72 columns is one paragraph, also when its
 * last line is a few characters ('one."'): a line of no date is no
 * metadata line, whatever its length. */
TEST(text_hard_wrapped_short_last_line)
{
    dyad_doc *d = t_read(t_,
                         "Talks resume in the capital\n\n"
                         "\"There is no military solution to this conflict,\" the envoy said at\n"
                         "the end of a long meeting with both delegations on Monday. \"The only\n"
                         "way forward is a political solution, and we will keep working for\n"
                         "one.\"\n\n"
                         "The delegations are to meet again next week in the same building.\n",
                         DYAD_FORMAT_TEXT);
    if (!d)
        return;
    size_t n;
    const char *text = dyad_doc_text(d, &n);
    CHECK(strstr(text, "keep working for one.\"") != NULL);
    CHECK(strstr(text, "said at the end") != NULL);
    CHECK(dyad_doc_paragraph_count(d) == 3);
    dyad_doc_free(d);
}
