/* find.c — recognise time expressions in a segmented document.
 *
 * A token-driven scan.  Every expression holds a number or an anchor word
 * (a weekday, month or unit, the last word of "the next day"), and the
 * tokens before its first one are words of time phrases.  With the word
 * tags of the engine lexicon (dyad_token_tags), a sentence holding no
 * number and no anchor is passed over whole, and in the others a start is
 * tried only at the few tokens before an anchor that lead up to it through
 * time words ("said on Monday": "on", "Monday"); a token's first-word entry
 * and the phrases starting there are read on the first request.  Without
 * tags (another lexicon), every token is tried and looked up by its text.
 * Phrases are matched longest first from the word lists of data/time.txt;
 * dates that name their day go through dyad_date_parse() (dateparse.c).
 * An expression is
 *
 *   [PREP] [MOD [-]] CORE
 *
 * where PREP ("on", "since", "back in") and MOD ("late", "early", "mid")
 * are kept in the span, and CORE is one of
 *   - a deictic or narrative phrase: "yesterday", "last week", "the next day"
 *   - N UNIT ago / later / earlier: "three days ago", "two days later"
 *   - [last|this|next] WEEKDAY [PART-OF-DAY]: "last Friday", "Monday morning"
 *   - a written date: "January 26, 2024", "26 January", "2024-01-26"
 *   - MONTH YEAR: "January 2024"; a month alone after PREP/MOD/last/this/next
 *     ("in March", "back in November"); a year alone after PREP/MOD
 *     ("in 2023", "by 2030", "mid-2023")
 * Nothing is resolved here (resolve.c does that); the future-tense cue is
 * read here because it is a property of the words around the expression. */
#include "time/time.h"
#include "lexicon/lexicon.h"

#include <string.h>

#define BIT(k) (1u << (k))
#define MAX_PHRASE_TOKENS 8
#define FUTURE_WINDOW 12 /* tokens before an expression searched for a cue */
/* the kinds of phrase a CORE can start with (besides a number) */
#define CORE_KINDS                                                                                                 \
    (BIT(TW_DEICTIC) | BIT(TW_NARRATIVE) | BIT(TW_MOD) | BIT(TW_NUMBER) | BIT(TW_WEEKREL) | BIT(TW_WEEKDAY) |     \
     BIT(TW_MONTH) | BIT(TW_MONTHABBR))

/* The phrases of data/time.txt starting at one token: e[k] is the entry
 * for the phrase of k + 1 tokens (NULL: none), n how many were read before
 * the words stopped starting any phrase; n == WALK_UNREAD until the first
 * request, e[0] already set then. */
#define WALK_UNREAD 255
typedef struct phrase_walk {
    uint8_t n;
    uint32_t kinds; /* the kinds of e[0..n), once read */
    const dyad_time_word *e[MAX_PHRASE_TOKENS];
} phrase_walk;

typedef struct scan {
    const dyad_doc *doc;
    const dyad_time_words *w;
    size_t sb, se; /* the sentence's tokens [sb, se) */
    /* walks[i - sb]: the phrases starting at token i, read once per
     * sentence: the matcher asks about the same token many times (once
     * per kind of phrase, and again from the future-tense window of each
     * later expression), and each read is a lower-casing and a hash per
     * word. */
    phrase_walk *walks;
    /* first[i - sb]: token i's entry as a phrase's first word (NULL: it
     * starts none), valid when read[i - sb] == gen, the sentence's number
     * (see first_of); walks[i - sb] is set when first[i - sb] is an entry
     * (most tokens start no phrase, and a walk is nine words wide).  The
     * arrays serve every sentence of the document in turn, without
     * clearing. */
    const dyad_time_word **first;
    uint32_t *read;
    uint32_t gen;
    /* the document's word tags (dyad_lexicon_doc_tags) when the engine's
     * lexicon holds this table's, else NULL: then every word is
     * lower-cased and hashed */
    uint32_t *tags;
} scan;

static const char *tok_text(const scan *sc, size_t i, size_t *len)
{
    const dyad_token *t = &sc->doc->toks[i];
    *len = t->span.end - t->span.start;
    return sc->doc->text + t->span.start;
}

static bool tok_is(const scan *sc, size_t i, const char *lit)
{
    if (i >= sc->se)
        return false;
    size_t n;
    const char *s = tok_text(sc, i, &n);
    return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

static bool is_word(const scan *sc, size_t i)
{
    return i < sc->se && sc->doc->toks[i].cls == DYAD_TOK_WORD;
}

static bool is_cap(const scan *sc, size_t i)
{
    return i < sc->se && (sc->doc->toks[i].flags & DYAD_TOKF_CAP);
}

/* A number token of only ASCII digits, up to 4 of them: its value, else -1. */
static int small_number(const scan *sc, size_t i, size_t *ndigits)
{
    if (i >= sc->se || sc->doc->toks[i].cls != DYAD_TOK_NUMBER)
        return -1;
    size_t n;
    const char *s = tok_text(sc, i, &n);
    if (n == 0 || n > 4)
        return -1;
    int v = 0;
    for (size_t k = 0; k < n; k++) {
        if (s[k] < '0' || s[k] > '9')
            return -1;
        v = v * 10 + (s[k] - '0');
    }
    *ndigits = n;
    return v;
}

static const dyad_time_word *first_word(const dyad_doc *doc, const dyad_time_words *w, uint32_t *tags,
                                        size_t i);

/* Token i's entry as a phrase's first word, read (first_of's slow path). */
static __attribute__((noinline)) const dyad_time_word *first_read(const scan *sc, size_t i)
{
    size_t k = i - sc->sb;
    const dyad_time_word *e = first_word(sc->doc, sc->w, sc->tags, i);
    if (e) {
        phrase_walk *pw = &sc->walks[k];
        pw->e[0] = e;
        pw->n = WALK_UNREAD;
        pw->kinds = 0;
    }
    sc->first[k] = e;
    sc->read[k] = sc->gen;
    return e;
}

/* Token i's entry as a phrase's first word (NULL: none), read on the first
 * request: the scan asks only about tokens near a number or an anchor
 * word, and about the words before an expression (future_cue).  Inline:
 * asked many times a token, almost always already read. */
static inline const dyad_time_word *first_of(const scan *sc, size_t i)
{
    size_t k = i - sc->sb;
    return sc->read[k] == sc->gen ? sc->first[k] : first_read(sc, i);
}

static void walk_read(const scan *sc, size_t i, phrase_walk *pw);

/* The phrases starting at token i (< sc->se), read on the first request. */
static inline const phrase_walk *read_walk(const scan *sc, size_t i)
{
    static const phrase_walk none = {0, 0, {NULL}};
    if (!first_of(sc, i))
        return &none;
    phrase_walk *pw = &sc->walks[i - sc->sb];
    if (pw->n == WALK_UNREAD)
        walk_read(sc, i, pw);
    return pw;
}

/* longest() past its first tests: token i's phrases read. */
static __attribute__((noinline)) size_t longest_read(const scan *sc, size_t i, uint32_t mask,
                                                     const dyad_time_word **out)
{
    /* no phrase of these kinds starts with this word: the words after it
     * need not be read */
    const dyad_time_word *f = first_of(sc, i);
    if (!f || !(f->starts & mask))
        return 0;
    const phrase_walk *pw = read_walk(sc, i);
    for (size_t n = pw->n; n > 0; n--)
        if (pw->e[n - 1]->kinds & mask) {
            *out = pw->e[n - 1];
            return n;
        }
    return 0;
}

/* The longest phrase of data/time.txt starting at token i that has one of
 * the kinds in `mask`: its length in tokens (0: none) and entry.  Inline:
 * most tokens asked about start no phrase, which their tags tell. */
static inline size_t longest(const scan *sc, size_t i, uint32_t mask, const dyad_time_word **out)
{
    if (i >= sc->se)
        return 0;
    /* a word that starts no phrase, known from its tags (the words before
     * an expression, which future_cue reads, are mostly such) */
    if (sc->tags && !dyad_tag_of(dyad_token_tags(sc->doc->eng->lexicon, sc->doc, sc->tags, (uint32_t)i),
                                 DYAD_TAG_TIME_FIRST))
        return 0;
    return longest_read(sc, i, mask, out);
}

/* Read the phrases starting at token i into its walk pw (e[0] set). */
static __attribute__((noinline)) void walk_read(const scan *sc, size_t i, phrase_walk *pw)
{
    char key[128];
    size_t k = 0;
    pw->n = 1;
    /* most first words ("the", "in") start a longer phrase that the
     * next word does not continue: known from its tags, no key built */
    if (sc->tags && (i + 1 >= sc->se || !dyad_tag_of(dyad_token_tags(sc->doc->eng->lexicon, sc->doc, sc->tags,
                                                                       (uint32_t)i + 1),
                                                       DYAD_TAG_TIME_WORD))) {
        pw->kinds = pw->e[0]->kinds;
        return;
    }
    for (size_t j = i; pw->e[pw->n - 1]->longer && j < sc->se && j < i + MAX_PHRASE_TOKENS; j++) {
        size_t n;
        const char *s = tok_text(sc, j, &n);
        if (j > i)
            key[k++] = ' ';
        if (k + n >= sizeof key)
            break;
        for (size_t c = 0; c < n; c++)
            key[k + c] = (s[c] >= 'A' && s[c] <= 'Z') ? (char)(s[c] - 'A' + 'a') : s[c];
        k += n;
        if (j == i)
            continue; /* e[0] was read with the first-word filter */
        if (sc->tags && !dyad_tag_of(dyad_token_tags(sc->doc->eng->lexicon, sc->doc, sc->tags, (uint32_t)j),
                                     DYAD_TAG_TIME_WORD))
            break; /* a word in no phrase: "the talks" */
        const dyad_time_word *e = dyad_time_words_get(sc->w, key, k);
        if (!e)
            break;
        pw->e[pw->n++] = e;
    }
    pw->kinds = 0;
    for (size_t n = 0; n < pw->n; n++)
        pw->kinds |= pw->e[n]->kinds;
}

/* Value of token i in one of the kinds of `mask` if it is a one-token
 * phrase of that kind (the first such kind's value), else -1. */
static int word_value(const scan *sc, size_t i, int kind)
{
    const dyad_time_word *e;
    if (i >= sc->se || longest(sc, i, BIT(kind), &e) != 1)
        return -1;
    return e->val[kind];
}

/* Is the weekday or month at token i part of a name ("Black Friday", "the
 * Sunday Times") or a repetition ("every Friday")?  Names are data; "the" +
 * WEEKDAY + capitalised word is taken as a title too ("the Sunday
 * Telegraph"). */
static bool in_name(const scan *sc, size_t i)
{
    const dyad_time_word *e;
    if (i > sc->sb && longest(sc, i - 1, BIT(TW_HABITUAL), &e) == 1) /* "every Friday" */
        return true;
    if (i > sc->sb && longest(sc, i - 1, BIT(TW_NAME), &e) >= 2)
        return true;
    if (longest(sc, i, BIT(TW_NAME), &e) >= 2)
        return true;
    if (i > sc->sb && tok_is(sc, i - 1, "the") && is_cap(sc, i + 1) && is_word(sc, i + 1) &&
        word_value(sc, i + 1, TW_PARTOFDAY) < 0 && word_value(sc, i + 1, TW_MONTH) < 0)
        return true;
    return false;
}

/* Does a future-tense cue govern the expression starting at token i?
 * The nearest cue among the FUTURE_WINDOW tokens before it decides: a
 * future cue ("will", "is due to", "he'll") says yes, a past or reporting
 * cue ("said", "was") says no.
 *   "Blinken will travel to Cairo on Monday"  → future
 *   "He will resign, he said on Monday"       → not future ("said" nearer) */
static bool future_cue(const scan *sc, size_t i)
{
    size_t from = i > sc->sb + FUTURE_WINDOW ? i - FUTURE_WINDOW : sc->sb;
    const uint8_t *suffix_ends = dyad_time_words_suffix_ends(sc->w);
    /* from the nearest word back: the first cue met decides */
    for (size_t j = i; j-- > from;) {
        const dyad_time_word *e;
        size_t n = longest(sc, j, BIT(TW_FUTURE) | BIT(TW_PAST), &e);
        if (n)
            return (e->kinds & BIT(TW_FUTURE)) != 0;
        if (!is_word(sc, j))
            continue;
        /* "he'll": the part from the apostrophe, which ends the word as a
         * futuresuffix phrase ends */
        size_t len;
        const char *s = tok_text(sc, j, &len);
        if (!len || !suffix_ends[(unsigned char)((s[len - 1] >= 'A' && s[len - 1] <= 'Z') ? s[len - 1] + 32 : s[len - 1])])
            continue;
        for (size_t c = 1; c < len; c++)
            if (s[c] == '\'' || (unsigned char)s[c] == 0xE2) {
                char key[16];
                size_t kn = len - c;
                if (kn >= sizeof key)
                    break;
                for (size_t q = 0; q < kn; q++)
                    key[q] = (s[c + q] >= 'A' && s[c + q] <= 'Z') ? (char)(s[c + q] - 'A' + 'a') : s[c + q];
                const dyad_time_word *x = dyad_time_words_get(sc->w, key, kn);
                if (x && (x->kinds & BIT(TW_FUTURESUFFIX)))
                    return true;
                break;
            }
    }
    return false;
}

/* A written date at token i via dyad_date_parse(): fills e and returns the
 * end token, or 0.  The parse must end at a token boundary. */
static size_t written_date(const scan *sc, size_t i, dyad_time_expr *e)
{
    const dyad_doc *doc = sc->doc;
    uint32_t start = doc->toks[i].span.start;
    uint32_t limit = doc->toks[sc->se - 1].span.end;
    char iso[11];
    bool has_year;
    /* without a year written, 2000: a leap year, so "February 29" parses;
     * the stage infers the real year */
    size_t used = dyad_date_parse_year(doc->text + start, limit - start, 2000, iso, &has_year);
    if (!used)
        return 0;
    size_t j = i;
    while (j < sc->se && doc->toks[j].span.end <= start + used)
        j++;
    if (j == i || doc->toks[j - 1].span.end != start + used)
        return 0;
    e->y = has_year ? (int16_t)((iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0')) : 0;
    e->m = (int16_t)((iso[5] - '0') * 10 + (iso[6] - '0'));
    e->d = (int16_t)((iso[8] - '0') * 10 + (iso[9] - '0'));
    e->form = has_year ? DYAD_TIME_ABSOLUTE : DYAD_TIME_NOYEAR;
    e->granularity = DYAD_TIME_DAY;
    return j;
}

/* A part of the day after a day ("Monday morning", "tomorrow night"). */
static size_t part_of_day(const scan *sc, size_t end)
{
    const dyad_time_word *e;
    size_t n = end < sc->se ? longest(sc, end, BIT(TW_PARTOFDAY), &e) : 0;
    return end + n;
}

/* "before" / "after" that ends a relative phrase counts from an event, not
 * from the narrative, when words follow: "the day before the vote". */
static bool event_relative(const scan *sc, size_t last, size_t end)
{
    const dyad_time_word *e;
    return longest(sc, last, BIT(TW_LATER), &e) == 1 && e->val[TW_LATER] != 0 &&
           (tok_is(sc, last, "before") || tok_is(sc, last, "after")) && is_word(sc, end);
}

/* The CORE of an expression at token pos (see the file comment).  `ctx`:
 * a preposition or modifier precedes, so a bare month or year is a date.
 * `after_in`: the preposition was "in" ("in two weeks"); `count_prep`: it
 * also introduces counts ("of", "over"), so a bare year is not a date.
 * Returns the end token or 0. */
static size_t match_core(const scan *sc, size_t pos, bool ctx, bool after_in, bool allow_mod,
                         bool count_prep, dyad_time_expr *e)
{
    const dyad_time_word *w;
    size_t n;
    if (pos >= sc->se)
        return 0;
    /* every CORE starts with a number or one of these kinds of phrase: most
     * candidates ("of the", "in a") stop here */
    if (sc->doc->toks[pos].cls != DYAD_TOK_NUMBER && !(read_walk(sc, pos)->kinds & CORE_KINDS))
        return 0;

    /* deictic / narrative phrases: "yesterday", "the next day" */
    n = longest(sc, pos, BIT(TW_DEICTIC) | BIT(TW_NARRATIVE), &w);
    if (n && !event_relative(sc, pos + n - 1, pos + n)) {
        if (in_name(sc, pos)) /* "USA Today" */
            return 0;
        bool deictic = (w->kinds & BIT(TW_DEICTIC)) != 0;
        int kind = deictic ? TW_DEICTIC : TW_NARRATIVE;
        e->form = deictic ? DYAD_TIME_DEICTIC : DYAD_TIME_NARRATIVE;
        e->unit = w->unit;
        e->offset = w->val[kind];
        e->granularity = w->unit;
        size_t end = pos + n;
        return e->unit == DYAD_TIME_DAY ? part_of_day(sc, end) : end;
    }

    /* modifier: "late Tuesday night", "early March", "mid-2023" */
    if (allow_mod && (n = longest(sc, pos, BIT(TW_MOD), &w))) {
        size_t p = pos + n;
        if (p < sc->se && tok_is(sc, p, "-"))
            p++;
        return match_core(sc, p, true, after_in, false, count_prep, e);
    }

    /* N UNIT ago / later / earlier: "three days ago", "two days later" */
    size_t nd;
    int count = small_number(sc, pos, &nd);
    size_t p = pos + 1;
    if (count < 0 && (n = longest(sc, pos, BIT(TW_NUMBER), &w))) {
        count = w->val[TW_NUMBER];
        p = pos + n;
    }
    if (count > 0 && count <= 400 && (n = longest(sc, p, BIT(TW_UNIT), &w))) {
        int unit = w->unit;
        size_t q = p + n;
        int dir = 0;
        const dyad_time_word *x;
        if (q < sc->se && longest(sc, q, BIT(TW_AGO), &x) == 1) {
            dir = -1;
            e->form = DYAD_TIME_DEICTIC;
        } else if (q < sc->se && longest(sc, q, BIT(TW_LATER), &x) == 1 && !event_relative(sc, q, q + 1)) {
            dir = x->val[TW_LATER];
            e->form = DYAD_TIME_NARRATIVE;
        } else if (after_in && !tok_is(sc, q, "of")) {
            /* "in two weeks": only kept when a future cue governs it */
            dir = 2;
            e->form = DYAD_TIME_DEICTIC;
        }
        if (dir) {
            if (unit == DYAD_TIME_HOUR) { /* "36 hours later": whole days */
                unit = DYAD_TIME_DAY;
                count /= 24;
            }
            e->unit = (uint8_t)unit;
            e->granularity = (uint8_t)unit;
            e->offset = (int16_t)(dir == 2 ? count : dir * count);
            e->rel = dir == 2 ? 3 : 2;
            return dir == 2 ? q : q + 1;
        }
    }

    /* last / this / next + weekday or month */
    int rel = 2;
    if ((n = longest(sc, pos, BIT(TW_WEEKREL), &w)) && pos + n < sc->se &&
        (word_value(sc, pos + n, TW_WEEKDAY) > 0 || word_value(sc, pos + n, TW_MONTH) > 0)) {
        rel = w->val[TW_WEEKREL];
        pos += n;
        ctx = true;
    }
    e->rel = (int16_t)rel;

    /* weekdays: "Monday", "Monday, Jan. 29", "late Tuesday night" */
    int wd = word_value(sc, pos, TW_WEEKDAY);
    if (wd > 0) {
        size_t end;
        if (rel == 2 && (end = written_date(sc, pos, e)))
            return end;
        if (in_name(sc, pos))
            return 0;
        e->form = DYAD_TIME_WEEKDAY;
        e->weekday = (int16_t)wd;
        e->granularity = DYAD_TIME_DAY;
        return part_of_day(sc, pos + 1);
    }

    int month = word_value(sc, pos, TW_MONTH);
    int mabbr = month > 0 ? month : word_value(sc, pos, TW_MONTHABBR);
    bool month_word = mabbr > 0 && is_cap(sc, pos);
    /* written dates: "January 26, 2024", "26 January", "2024-01-26" */
    if (rel == 2 && (month_word || small_number(sc, pos, &nd) >= 0)) {
        size_t end = written_date(sc, pos, e);
        if (end)
            return end;
    }
    if (month_word && !in_name(sc, pos)) {
        /* "January 2024" */
        int y = small_number(sc, pos + 1, &nd);
        if (rel == 2 && nd == 4 && y >= 1800 && y <= 2200) {
            e->form = DYAD_TIME_ABSOLUTE;
            e->y = (int16_t)y;
            e->m = (int16_t)mabbr;
            e->granularity = DYAD_TIME_MONTH;
            return pos + 2;
        }
        /* "in March", "back in November", "last March"; not "in May's
         * government" or "in May Day" */
        if (month > 0 && ctx && !(pos + 1 < sc->se && (sc->doc->toks[pos + 1].cls == DYAD_TOK_APOSTROPHE || is_cap(sc, pos + 1)))) {
            e->form = DYAD_TIME_NOYEAR;
            e->m = (int16_t)month;
            e->granularity = DYAD_TIME_MONTH;
            return pos + 1;
        }
        return 0;
    }

    /* a year after a preposition or modifier: "in 2023", "mid-2023" */
    int y = small_number(sc, pos, &nd);
    if (ctx && !count_prep && rel == 2 && nd == 4 && y >= 1800 && y <= 2200 && !(pos + 1 < sc->se && tok_is(sc, pos + 1, "%"))) {
        e->form = DYAD_TIME_ABSOLUTE;
        e->y = (int16_t)y;
        e->granularity = DYAD_TIME_YEAR;
        return pos + 1;
    }
    return 0;
}

/* Can a CORE start at token i?  Every CORE starts with a number or a
 * phrase of one of these kinds (match_core() decides the rest). */
static bool core_may_start(const scan *sc, size_t i)
{
    return i < sc->se && (sc->doc->toks[i].cls == DYAD_TOK_NUMBER ||
                          (read_walk(sc, i)->kinds & CORE_KINDS));
}

/* An expression starting at token i: fills e (span, role, form, parts,
 * future) and returns its end token, or 0. */
static size_t match_at(const scan *sc, size_t i, dyad_time_expr *e)
{
    const dyad_time_word *w;
    memset(e, 0, sizeof *e);
    e->rel = 2;
    e->anchor = -1;
    size_t np = longest(sc, i, BIT(TW_PREP), &w);
    int role = np ? w->val[TW_PREP] : DYAD_TIME_AT;
    size_t end = 0;
    if (np)
        end = match_core(sc, i + np, true, np == 1 && tok_is(sc, i, "in"), true,
                         longest(sc, i, BIT(TW_COUNTPREP), &w) == np, e);
    if (!end) {
        np = 0;
        role = DYAD_TIME_AT;
        memset(e, 0, sizeof *e);
        e->rel = 2;
        e->anchor = -1;
        end = match_core(sc, i, false, false, true, false, e);
    }
    if (!end)
        return 0;
    e->role = (uint8_t)role;
    e->span.start = sc->doc->toks[i].span.start;
    e->span.end = sc->doc->toks[end - 1].span.end;
    e->in_quote = sc->doc->toks[i + np].quote_depth > 0;
    bool cue = future_cue(sc, i);
    if (e->rel == 3) { /* "in two weeks" */
        if (!cue)
            return 0;
        e->rel = 2;
    }
    e->future = cue || ((e->form == DYAD_TIME_WEEKDAY || e->form == DYAD_TIME_NOYEAR) && e->rel == 1) ||
                (e->form == DYAD_TIME_DEICTIC && e->offset > 0);
    return end;
}

/* Token i's entry as a one-word phrase or phrase start, or NULL: the
 * first-word filter rejects most tokens before any hashing. */
static const dyad_time_word *first_word(const dyad_doc *doc, const dyad_time_words *w, uint32_t *tags,
                                        size_t i)
{
    const dyad_token *t = &doc->toks[i];
    size_t n = t->span.end - t->span.start;
    const char *s = doc->text + t->span.start;
    char key[32];
    if (n == 0 || n >= sizeof key)
        return NULL;
    uint32_t tag = tags ? dyad_tag_of(dyad_token_tags(doc->eng->lexicon, doc, tags, (uint32_t)i), DYAD_TAG_TIME_FIRST)
                        : DYAD_TAG_AMBIGUOUS;
    if (!tag)
        return NULL;
    if (tag != DYAD_TAG_AMBIGUOUS) {
        /* the tag names the entry whose word folds as this token does;
         * it is this token's when the token lower-cases to its key ("Jan."
         * and "jan" fold alike but are different entries) */
        const char *k;
        const dyad_time_word *e = dyad_time_words_entry(w, tag - 1, &k);
        size_t c = 0;
        while (c < n && ((s[c] >= 'A' && s[c] <= 'Z') ? (char)(s[c] - 'A' + 'a') : s[c]) == k[c])
            c++;
        if (c == n && !k[n])
            return e;
    } else if (!tags && !dyad_time_words_may_start(w, s, n))
        return NULL;
    for (size_t c = 0; c < n; c++)
        key[c] = (s[c] >= 'A' && s[c] <= 'Z') ? (char)(s[c] - 'A' + 'a') : s[c];
    return dyad_time_words_get(w, key, n);
}

/* Is token i a number or an anchor word (one that every expression holds,
 * DYAD_TAG_TIME_ANCHOR)? */
static bool is_anchor(const dyad_doc *doc, uint32_t *tags, size_t i)
{
    return doc->toks[i].cls == DYAD_TOK_NUMBER ||
           dyad_tag_of(dyad_token_tags(doc->eng->lexicon, doc, tags, (uint32_t)i), DYAD_TAG_TIME_ANCHOR);
}

/* Can token i stand before an expression's first number or anchor word,
 * inside the expression?  Only a word of some time phrase (a preposition,
 * modifier, number word, weekrel, the first words of "the day before
 * yesterday") or the "-" after a modifier ("mid - 2023"). */
static bool is_lead_word(const dyad_doc *doc, uint32_t *tags, size_t i)
{
    const dyad_token *t = &doc->toks[i];
    return dyad_tag_of(dyad_token_tags(doc->eng->lexicon, doc, tags, (uint32_t)i), DYAD_TAG_TIME_WORD) ||
           (t->span.end - t->span.start == 1 && doc->text[t->span.start] == '-');
}

int dyad_time_find(const dyad_doc *doc, const dyad_time_words *w, dyad_time_list *out)
{
    size_t cap = out->n;
    /* one first-word cache, sized for the longest sentence */
    size_t longest_sent = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        size_t end = sent->tok_end > doc->n_toks ? doc->n_toks : sent->tok_end;
        if (end > sent->tok_first && end - sent->tok_first > longest_sent)
            longest_sent = end - sent->tok_first;
    }
    /* a walk and a first word are set before they are read (first_of):
     * only the marks are cleared, once */
    size_t slots = longest_sent ? longest_sent : 1;
    phrase_walk *walks = dyad_arena_array_uninit(doc->arena, slots, sizeof *walks);
    const dyad_time_word **first = dyad_arena_array_uninit(doc->arena, slots, sizeof *first);
    uint32_t *read = dyad_arena_array(doc->arena, slots, sizeof *read);
    uint32_t *tags = doc->eng && dyad_time_words_tagged(w, doc->eng->lexicon)
                               ? dyad_lexicon_doc_tags(doc->eng->lexicon, doc)
                               : NULL;
    /* with tags, an expression starting at token i holds a number or an
     * anchor word among tokens i .. i + reach: the scan passes over the
     * tokens farther than that before the next one */
    size_t reach = dyad_time_words_reach(w);
    if (!walks || !first || !read)
        return -1;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        if (sent->para >= doc->n_paras || doc->paras[sent->para].kind == DYAD_PARA_BOILERPLATE)
            continue;
        scan sc = {doc, w, sent->tok_first, sent->tok_end > doc->n_toks ? doc->n_toks : sent->tok_end, walks,
                   first, read, (uint32_t)s + 1, tags};
        bool any = !tags;
        /* most sentences hold no number and no word that an expression
         * needs (a weekday, month, unit, "yesterday"): passed over on the
         * words' tags */
        uint32_t sum = tags ? dyad_lexicon_sentence_tags(doc->eng->lexicon, doc, tags, s) : 0;
        if (sum)
            any = (sum & DYAD_SENT_NUMBER) || dyad_tag_of(sum, DYAD_TAG_TIME_ANCHOR) ||
                  dyad_tag_of(sum, DYAD_TAG_TIME_FIRST) == DYAD_TAG_AMBIGUOUS;
        for (size_t i = sc.sb; i < sc.se && !any && !sum; i++) {
            uint32_t t = dyad_token_tags(doc->eng->lexicon, doc, tags, (uint32_t)i);
            any = doc->toks[i].cls == DYAD_TOK_NUMBER || dyad_tag_of(t, DYAD_TAG_TIME_ANCHOR) ||
                  dyad_tag_of(t, DYAD_TAG_TIME_FIRST) == DYAD_TAG_AMBIGUOUS;
        }
        if (!any)
            continue;
        /* a TIME_FIRST tag that does not say which entry, or no tags: every
         * token is a possible start */
        bool every = !tags || (sum && dyad_tag_of(sum, DYAD_TAG_TIME_FIRST) == DYAD_TAG_AMBIGUOUS);
        /* the first anchor at or after i once i passes it, and the first
         * token from which every token up to the anchor is a lead word:
         * an expression starting before that would hold a word of no time
         * phrase before its first anchor */
        size_t next_anchor = sc.sb, lead = sc.sb;
        bool anchor_read = false;
        for (size_t i = sc.sb; i < sc.se;) {
            if (!every) {
                if (!anchor_read || next_anchor < i) {
                    next_anchor = i;
                    while (next_anchor < sc.se && !is_anchor(doc, tags, next_anchor))
                        next_anchor++;
                    anchor_read = true;
                    lead = next_anchor;
                    while (lead > i && next_anchor - lead < reach && is_lead_word(doc, tags, lead - 1))
                        lead--;
                }
                if (next_anchor == sc.se)
                    break;
                if (i < lead) {
                    i = lead;
                    continue;
                }
            }
            /* the cheap test: a number, or a time word or phrase start */
            if (doc->toks[i].cls != DYAD_TOK_NUMBER && !first_of(&sc, i)) {
                i++;
                continue;
            }
            /* a preposition or phrase start that no CORE follows ("of the
             * talks", "in a statement"), which is most of them, is passed
             * over before match_at() sets up an expression */
            if (!core_may_start(&sc, i)) {
                const dyad_time_word *pw;
                size_t np = longest(&sc, i, BIT(TW_PREP), &pw);
                if (!np || !core_may_start(&sc, i + np)) {
                    i++;
                    continue;
                }
            }
            dyad_time_expr e;
            size_t end = match_at(&sc, i, &e);
            if (!end) {
                i++;
                continue;
            }
            e.sent = (uint32_t)s;
            if (out->n == cap) {
                size_t ncap = cap ? cap * 2 : 16;
                dyad_time_expr *items = dyad_arena_grow(doc->arena, out->items, out->n, ncap, sizeof *items);
                if (!items)
                    return -1;
                out->items = items;
                cap = ncap;
            }
            out->items[out->n++] = e;
            i = end;
        }
    }
    return 0;
}
