/* segment.c — paragraphs into tokens and sentences, with spans.
 *
 * Tokens: words (letters, digits and marks; internal apostrophes as in
 * "don't"; abbreviations with their period, "U.S.", "Mr."), numbers
 * ("1,000", "2024.01.31", "31st"), punctuation, quotation marks (open or
 * close, decided from context for the ambiguous straight and single marks),
 * dashes, the possessive "'s" / "'" (class apostrophe) and symbols.  A hyphen
 * inside a word ("Al-Thani") is its own token flagged JOINER so that the
 * dictionary matcher can treat "Al-Thani" and "Al Thani" alike.
 *
 * Sentences never cross a paragraph and never end inside a quotation that
 * is closed later in the same paragraph:
 *   “I think we’ll let the Prime Minister speak for himself. There’s no
 *    reason for us to change course here,” said Kirby.
 * is one sentence, so the quotation and its attribution stay together.
 * An opening mark without a partner in its paragraph (the convention for a
 * quotation running over paragraphs, or a stray mark) does not suppress
 * sentence ends, so one stray mark cannot swallow a paragraph.
 *
 * Everything is linear in the text: one pass to tokenise, one to pair
 * quotation marks with a bounded stack, one to split. */
#include "dyad_int.h"

#include <string.h>

typedef struct seg_state {
    dyad_doc *doc;
    dyad_token *toks;
    size_t n, cap;
    size_t quotes; /* quotation-mark tokens pushed so far */
} seg_state;

/* Grow the token array (out of the hot path). */
static __attribute__((noinline)) int grow_toks(seg_state *st)
{
    /* first guess from the text's size (about a token per 4 bytes in
     * prose), so the array is rarely copied and never zeroed in bulk far
     * beyond what is used */
    size_t cap = st->cap ? st->cap * 2 : st->doc->text_len / 4 + 16;
    dyad_token *t = dyad_arena_grow(st->doc->arena, st->toks, st->n, cap, sizeof *t);
    if (!t)
        return -1;
    st->toks = t;
    st->cap = cap;
    return 0;
}

static inline int push_tok(seg_state *st, uint32_t s, uint32_t e, int cls, unsigned flags)
{
    if (st->n == st->cap && grow_toks(st))
        return -1;
    st->quotes += cls == DYAD_TOK_QUOTE_OPEN || cls == DYAD_TOK_QUOTE_CLOSE;
    st->toks[st->n++] = (dyad_token){{s, e}, (uint8_t)cls, (uint8_t)flags, 0};
    return 0;
}

static inline int32_t cp_at(const char *t, size_t len, size_t i, size_t *n)
{
    if (i >= len) {
        *n = 0;
        return -1;
    }
    if ((unsigned char)t[i] < 0x80) { /* ASCII: no decoding */
        *n = 1;
        return (unsigned char)t[i];
    }
    return dyad_utf8_decode((const unsigned char *)t + i, len - i, n);
}

/* Code point before position i (0 at the start). */
static int32_t cp_before(const char *t, size_t i)
{
    if (i == 0)
        return 0;
    size_t j = i - 1;
    while (j > 0 && ((unsigned char)t[j] & 0xC0) == 0x80)
        j--;
    size_t n;
    return dyad_utf8_decode((const unsigned char *)t + j, i - j, &n);
}

static inline bool is_digit_cp(int32_t c) { return c >= '0' && c <= '9'; }

/* The word characters below 0x80 by kind (0: not a word character). */
enum { W_DIGIT = 1, W_UPPER = 2, W_LOWER = 3 /* and '_' */ };
static const uint8_t ascii_word[256] = { /* 0 from 0x80 on: decode those */
    ['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1, ['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1,
    ['A'] = 2, ['B'] = 2, ['C'] = 2, ['D'] = 2, ['E'] = 2, ['F'] = 2, ['G'] = 2, ['H'] = 2, ['I'] = 2, ['J'] = 2,
    ['K'] = 2, ['L'] = 2, ['M'] = 2, ['N'] = 2, ['O'] = 2, ['P'] = 2, ['Q'] = 2, ['R'] = 2, ['S'] = 2, ['T'] = 2,
    ['U'] = 2, ['V'] = 2, ['W'] = 2, ['X'] = 2, ['Y'] = 2, ['Z'] = 2, ['_'] = 3, ['a'] = 3, ['b'] = 3, ['c'] = 3,
    ['d'] = 3, ['e'] = 3, ['f'] = 3, ['g'] = 3, ['h'] = 3, ['i'] = 3, ['j'] = 3, ['k'] = 3, ['l'] = 3, ['m'] = 3,
    ['n'] = 3, ['o'] = 3, ['p'] = 3, ['q'] = 3, ['r'] = 3, ['s'] = 3, ['t'] = 3, ['u'] = 3, ['v'] = 3, ['w'] = 3,
    ['x'] = 3, ['y'] = 3, ['z'] = 3,
};

/* The first position from i (up to pe) not holding a-z or '_' (W_LOWER):
 * eight bytes at a time where the byte order allows (one well-predicted
 * branch per word instead of one per letter). */
static inline size_t lower_run_end(const char *t, size_t i, size_t pe)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    while (i + 8 <= pe) {
        uint64_t v;
        memcpy(&v, t + i, 8);
        uint64_t y = v & lows;
        uint64_t letters = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~v & highs;
        uint64_t u = v ^ (ones * '_');
        uint64_t underscores = ~(((u & lows) + lows) | u) & highs; /* exact: bytes equal to '_' */
        uint64_t others = ~(letters | underscores) & highs;
        if (others)
            return i + (size_t)(__builtin_ctzll(others) >> 3);
        i += 8;
    }
#endif
    while (i < pe && ascii_word[(unsigned char)t[i]] == W_LOWER)
        i++;
    return i;
}

/* Upper case, with ASCII decided here. */
static inline bool is_upper_cp(int32_t c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : dyad_is_upper(c); }

/* Letters, digits and combining marks make words. */
static inline bool is_wordch(int32_t c)
{
    if (c < 0x80)
        return c >= 0 && ascii_word[c] != 0;
    if (c >= 0x300 && c <= 0x36F)
        return true; /* combining diacritics */
    return dyad_is_letter(c) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x064B && c <= 0x065F);
}

static bool is_space(int32_t c) { return c == ' ' || c == '\n' || c == '\t'; }

static bool is_dash_cp(int32_t c)
{
    return c == 0x2014 || c == 0x2013 || c == 0x2012 || c == 0x2015 || c == 0x2E3A;
}

enum qkind { Q_NONE, Q_OPEN, Q_CLOSE, Q_AMBIG };

/* Classify quotation characters; `ambiguous` marks (" ' ’) are decided by
 * their neighbours. */
static enum qkind quote_kind(int32_t c)
{
    switch (c) {
    case 0x201C: /* “ */
    case 0x201E: /* „ */
    case 0x201F:
    case 0x00AB: /* « */
    case 0x2039: /* ‹ */
    case 0x300C: /* 「 */
    case 0x300E: /* 『 */
    case 0x2018: /* ‘ */
    case 0x201A: /* ‚ */
        return Q_OPEN;
    case 0x201D: /* ” */
    case 0x00BB: /* » */
    case 0x203A: /* › */
    case 0x300D: /* 」 */
    case 0x300F: /* 』 */
        return Q_CLOSE;
    case '"':
    case '\'':
    case 0x2019: /* ’ */
        return Q_AMBIG;
    }
    return Q_NONE;
}

static bool is_open_context(int32_t prev)
{
    return prev == 0 || is_space(prev) || prev == '(' || prev == '[' || prev == '{' ||
           is_dash_cp(prev) || prev == '-' || prev == '/' || quote_kind(prev) == Q_OPEN ||
           prev == ':';
}

static bool is_terminator_text(const char *t, uint32_t s, uint32_t e)
{
    size_t n = e - s;
    if (n == 1)
        return t[s] == '.' || t[s] == '!' || t[s] == '?';
    if (n == 3 && (memcmp(t + s, "\xE2\x80\xA6", 3) == 0 ||   /* … */
                   memcmp(t + s, "\xE3\x80\x82", 3) == 0 ||   /* 。 */
                   memcmp(t + s, "\xEF\xBC\x81", 3) == 0 ||   /* ！ */
                   memcmp(t + s, "\xEF\xBC\x9F", 3) == 0))    /* ？ */
        return true;
    if (n >= 2) { /* "..." "?!" "!!" */
        for (size_t i = s; i < e; i++)
            if (t[i] != '.' && t[i] != '!' && t[i] != '?')
                return false;
        return true;
    }
    return false;
}

/* Tokenise text[ps, pe). */
static int tokenise(seg_state *st, const char *t, size_t ps, size_t pe)
{
    const dyad_engine *eng = st->doc->eng;
    size_t i = ps;
    unsigned space_before = DYAD_TOKF_SPACE_BEFORE;
    while (i < pe) {
        if (t[i] == ' ') { /* the most common byte between tokens */
            space_before = DYAD_TOKF_SPACE_BEFORE;
            i++;
            continue;
        }
        size_t n;
        int32_t c = cp_at(t, pe, i, &n);
        if (n == 0)
            break;
        if (is_space(c)) {
            space_before = DYAD_TOKF_SPACE_BEFORE;
            i += n;
            continue;
        }
        size_t start = i;
        unsigned flags = space_before;
        space_before = 0;
        /* only " ' and non-ASCII characters can be quotation marks */
        enum qkind q = (c >= 0x80 || c == '"' || c == '\'') ? quote_kind(c) : Q_NONE;
        if (is_wordch(c)) {
            /* a word or number; j scans forward */
            size_t j = i;
            bool all_digits = true, has_letter = false;
            int upper = 0, lower = 0;
            bool first = true;
            while (j < pe) {
                /* ASCII letters and digits, most of a word: by table */
                unsigned char ab = (unsigned char)t[j];
                if (ascii_word[ab] == W_LOWER) { /* a run of lower case */
                    size_t j0 = j;
                    j = lower_run_end(t, j + 1, pe);
                    lower += (int)(j - j0);
                    all_digits = false;
                    has_letter = true;
                    first = false;
                    if (j < pe && t[j] == ' ')
                        break; /* a space ends the word: no other rule applies */
                    continue;
                }
                if (ascii_word[ab]) {
                    if (ascii_word[ab] != W_DIGIT) {
                        all_digits = false;
                        has_letter = true;
                        if (ascii_word[ab] == W_UPPER) {
                            upper++;
                            if (first)
                                flags |= DYAD_TOKF_CAP;
                        } else
                            lower++; /* lower case and '_' */
                    }
                    first = false;
                    j++;
                    continue;
                }
                size_t m;
                int32_t d = cp_at(t, pe, j, &m);
                if (is_wordch(d)) {
                    if (!is_digit_cp(d)) {
                        all_digits = false;
                        has_letter = true;
                        if (is_upper_cp(d)) {
                            upper++;
                            if (first)
                                flags |= DYAD_TOKF_CAP;
                        } else
                            lower++;
                    }
                    first = false;
                    j += m;
                    continue;
                }
                /* digit separators inside numbers: 1,000 3.5 2024.01.31 10:30 */
                if ((d == ',' || d == '.' || d == ':' || d == '/') && all_digits && j + 1 < pe &&
                    is_digit_cp((unsigned char)t[j + 1])) {
                    j += 1;
                    continue;
                }
                /* internal apostrophe: don't, we’re, O'Brien; not the possessive 's */
                if ((d == '\'' || d == 0x2019) && has_letter) {
                    size_t m2;
                    int32_t e2 = cp_at(t, pe, j + m, &m2);
                    if (is_wordch(e2) && !is_digit_cp(e2)) {
                        bool poss = (e2 == 's' || e2 == 'S');
                        if (poss) {
                            size_t m3;
                            int32_t e3 = cp_at(t, pe, j + m + m2, &m3);
                            poss = !is_wordch(e3);
                        }
                        if (!poss) {
                            j += m + m2;
                            continue;
                        }
                    }
                }
                break;
            }
            int cls = all_digits ? DYAD_TOK_NUMBER : DYAD_TOK_WORD;
            /* ordinals and units glued to digits: 31st, 2nd, 10km */
            if (!all_digits && is_digit_cp((unsigned char)t[i]))
                cls = DYAD_TOK_NUMBER;
            if (upper >= 2 && lower == 0)
                flags |= DYAD_TOKF_UPPER;
            /* abbreviations: U.S. / U.N. / a.m. (letter-dot chains), then
             * listed words followed by a period (Mr., Gen., Jan.), then
             * single capital initials (John F. Kennedy) */
            if (cls == DYAD_TOK_WORD && j < pe && t[j] == '.') {
                size_t k = j;
                size_t wl = j - i;
                bool chain = false;
                /* a chain: X.Y. or X.Y.Z. with one letter (or two) each */
                while (k + 2 < pe + 1 && t[k] == '.' && k + 1 < pe && is_wordch((unsigned char)t[k + 1]) &&
                       (unsigned char)t[k + 1] < 0x80) {
                    size_t k2 = k + 1;
                    while (k2 < pe && (unsigned char)t[k2] < 0x80 && is_wordch((unsigned char)t[k2]))
                        k2++;
                    if (k2 - (k + 1) > 2 || wl > 2)
                        break;
                    k = k2;
                    chain = true;
                }
                if (chain) {
                    if (k < pe && t[k] == '.')
                        k++;
                    j = k;
                    flags |= DYAD_TOKF_ABBREV;
                } else if (dyad_strset_has(&eng->abbrev, t + i, wl) ||
                           (wl == 1 && (flags & DYAD_TOKF_CAP))) {
                    j++;
                    flags |= DYAD_TOKF_ABBREV;
                }
            }
            if (push_tok(st, (uint32_t)start, (uint32_t)j, cls, flags))
                return -1;
            i = j;
            continue;
        }
        if (c == '\'' && i + 1 < pe && t[i + 1] == '\'') {
            /* '' — the New York Times' double quotation mark, both ways */
            int32_t prev = cp_before(t, i);
            size_t m2;
            int32_t next = cp_at(t, pe, i + 2, &m2);
            int cls = is_open_context(prev) && !is_space(next) ? DYAD_TOK_QUOTE_OPEN : DYAD_TOK_QUOTE_CLOSE;
            if (push_tok(st, (uint32_t)i, (uint32_t)(i + 2), cls, flags))
                return -1;
            i += 2;
            continue;
        }
        if (q != Q_NONE) {
            int32_t prev = cp_before(t, i);
            size_t m2;
            int32_t next = cp_at(t, pe, i + n, &m2);
            int cls;
            if (q == Q_AMBIG && c != '"') {
                /* ' or ’ : possessive after a word ("Israel's", "allies'"),
                 * else a single quotation mark */
                bool after_word = i > ps && is_wordch(prev);
                if (after_word && (next == 's' || next == 'S')) {
                    size_t m3;
                    int32_t after = cp_at(t, pe, i + n + m2, &m3);
                    if (!is_wordch(after)) {
                        if (push_tok(st, (uint32_t)i, (uint32_t)(i + n + m2), DYAD_TOK_APOSTROPHE, flags))
                            return -1;
                        i += n + m2;
                        continue;
                    }
                }
                if (after_word && (prev == 's' || prev == 'S') && !is_wordch(next)) {
                    /* "the allies' desire": a plural possessive, unless a
                     * single quotation is open (decided when pairing) */
                    cls = DYAD_TOK_APOSTROPHE;
                } else if (!after_word && is_wordch(next) && is_digit_cp(next) && !is_open_context(prev))
                    cls = DYAD_TOK_APOSTROPHE; /* ’90s */
                else
                    cls = is_open_context(prev) ? DYAD_TOK_QUOTE_OPEN : DYAD_TOK_QUOTE_CLOSE;
            } else if (q == Q_AMBIG) {
                cls = is_open_context(prev) && !is_space(next) ? DYAD_TOK_QUOTE_OPEN
                                                                : DYAD_TOK_QUOTE_CLOSE;
            } else if (c == 0x201D && is_wordch(next) &&
                       (i == ps || (prev == ' ' && i >= ps + 2 &&
                                    (t[i - 2] == '.' || t[i - 2] == '!' || t[i - 2] == '?')))) {
                /* ”Fear. I am truly afraid …” ― a closing mark at a
                 * paragraph or sentence start, a word after it, opens */
                cls = DYAD_TOK_QUOTE_OPEN;
            } else
                cls = q == Q_OPEN ? DYAD_TOK_QUOTE_OPEN : DYAD_TOK_QUOTE_CLOSE;
            if (push_tok(st, (uint32_t)i, (uint32_t)(i + n), cls, flags))
                return -1;
            i += n;
            continue;
        }
        if (is_dash_cp(c) || (c == '-' && i + 1 < pe && t[i + 1] == '-')) {
            size_t j = i + n;
            while (j < pe && t[j] == '-')
                j++;
            if (push_tok(st, (uint32_t)i, (uint32_t)j, DYAD_TOK_DASH, flags))
                return -1;
            i = j;
            continue;
        }
        if (c == '-') {
            int32_t prev = cp_before(t, i);
            size_t m2;
            int32_t next = cp_at(t, pe, i + n, &m2);
            bool joiner = is_wordch(prev) && is_wordch(next);
            if (push_tok(st, (uint32_t)i, (uint32_t)(i + 1), joiner ? DYAD_TOK_PUNCT : DYAD_TOK_DASH,
                         flags | (joiner ? DYAD_TOKF_JOINER : 0)))
                return -1;
            i++;
            continue;
        }
        if (c == '.' || c == '!' || c == '?') {
            size_t j = i + 1;
            while (j < pe && (t[j] == '.' || t[j] == '!' || t[j] == '?'))
                j++;
            if (push_tok(st, (uint32_t)i, (uint32_t)j, DYAD_TOK_PUNCT, flags))
                return -1;
            i = j;
            continue;
        }
        int cls = DYAD_TOK_SYMBOL;
        if (c < 0x80 ? (strchr(",;:()[]{}", (int)c) != NULL)
                     : (c == 0x2026 || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF1F) ||
                        c == 0x00BF || c == 0x00A1))
            cls = DYAD_TOK_PUNCT;
        if (c < 0)
            n = 1;
        if (push_tok(st, (uint32_t)i, (uint32_t)(i + n), cls, flags))
            return -1;
        i += n;
    }
    return 0;
}

/* Which closing marks close which opening marks: straight quotes close
 * straight quotes, curly closes curly, and so on; a mismatch is a stray. */
static int quote_family(const char *t, const dyad_token *k)
{
    size_t n;
    int32_t c = dyad_utf8_decode((const unsigned char *)t + k->span.start, k->span.end - k->span.start, &n);
    if (k->span.end - k->span.start == 2 && t[k->span.start] == '\'')
        return 1; /* '' behaves as " */
    switch (c) {
    case '"': return 1;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: return 2;
    case 0x00AB: case 0x00BB: return 3;
    case 0x300C: case 0x300D: return 4;
    case 0x300E: case 0x300F: return 5;
    case 0x2039: case 0x203A: return 6;
    default: return 7; /* single marks ' ‘ ’ ‚ */
    }
}

/* Straight and curly double marks (families 1 and 2), which careless
 * typing mixes in one quotation. */
static bool double_family(int f) { return f == 1 || f == 2; }

/* Pair quotation marks within tokens [a, b) of one paragraph, set
 * quote_depth, flag strays UNPAIRED.  The stack is bounded: marks nested
 * deeper than 16 are strays. */
static void pair_quotes(dyad_doc *doc, dyad_token *tk, size_t a, size_t b)
{
    enum { MAXQ = 16 };
    size_t stack[MAXQ];
    int fam[MAXQ];
    int depth = 0;
    const char *t = doc->text;
    /* first pass: pairing */
    for (size_t i = a; i < b; i++) {
        dyad_token *k = &tk[i];
        if (k->cls == DYAD_TOK_QUOTE_OPEN) {
            int f = quote_family(t, k);
            /* a straight " while a straight " is open closes it; so does
             * an opening “ typed for a closing one right after the words
             * it closes: "“It's unusual,“ said Larry Noble" */
            bool close_typo = f == 2 && depth && double_family(fam[depth - 1]) && k->span.start > 0 &&
                              k->span.end - k->span.start == 3 && (unsigned char)t[k->span.start + 2] == 0x9C &&
                              !is_open_context(cp_before(t, k->span.start)) &&
                              (k->span.end >= doc->text_len || t[k->span.end] == ' ' || t[k->span.end] == '\n');
            if ((f == 1 && depth && fam[depth - 1] == 1) || close_typo) {
                k->cls = DYAD_TOK_QUOTE_CLOSE;
            } else {
                if (depth == MAXQ) {
                    k->flags |= DYAD_TOKF_UNPAIRED;
                    continue;
                }
                stack[depth] = i;
                fam[depth++] = f;
                continue;
            }
        }
        if (k->cls == DYAD_TOK_APOSTROPHE && depth && fam[depth - 1] == 7 &&
            k->span.end - k->span.start <= 3 && t[k->span.end - 1] != 's' && t[k->span.end - 1] != 'S') {
            k->cls = DYAD_TOK_QUOTE_CLOSE; /* ‘the allies’ was a quotation */
        }
        if (k->cls == DYAD_TOK_QUOTE_CLOSE) {
            int f = quote_family(t, k);
            int d = depth;
            /* a straight mark closes a curly one and the reverse:
             * "“Our roads are crumbling," she said" */
            while (d > 0 && fam[d - 1] != f && !(double_family(f) && double_family(fam[d - 1])))
                d--;
            if (d == 0) {
                k->flags |= DYAD_TOKF_UNPAIRED;
                continue;
            }
            for (int x = d; x < depth; x++) /* opens skipped over are strays */
                tk[stack[x]].flags |= DYAD_TOKF_UNPAIRED;
            depth = d - 1;
        }
    }
    for (int x = 0; x < depth; x++)
        tk[stack[x]].flags |= DYAD_TOKF_UNPAIRED;
    /* second pass: depth of paired quotations around each token */
    int dd = 0;
    for (size_t i = a; i < b; i++) {
        dyad_token *k = &tk[i];
        bool paired = !(k->flags & DYAD_TOKF_UNPAIRED);
        if (k->cls == DYAD_TOK_QUOTE_OPEN && paired) {
            k->quote_depth = (uint16_t)dd;
            dd++;
            continue;
        }
        if (k->cls == DYAD_TOK_QUOTE_CLOSE && paired && dd > 0) {
            dd--;
            k->quote_depth = (uint16_t)dd;
            continue;
        }
        k->quote_depth = (uint16_t)dd;
    }
}

static bool starts_sentence(const dyad_doc *doc, const dyad_token *k)
{
    const char *t = doc->text;
    if (k->cls == DYAD_TOK_QUOTE_OPEN || k->cls == DYAD_TOK_NUMBER || k->cls == DYAD_TOK_DASH)
        return true;
    if (k->cls == DYAD_TOK_PUNCT && (t[k->span.start] == '(' || t[k->span.start] == '['))
        return true;
    if (k->cls != DYAD_TOK_WORD)
        return false;
    if (k->flags & DYAD_TOKF_CAP)
        return true;
    size_t n;
    int32_t c = dyad_utf8_decode((const unsigned char *)t + k->span.start, k->span.end - k->span.start, &n);
    /* scripts without case: a new sentence may start with any letter */
    return c >= 0x0590 && dyad_is_letter(c) && !dyad_is_upper(c) &&
           !(c >= 0x0400 && c <= 0x052F) && !(c >= 0x1E00 && c <= 0x1FFF);
}

static bool is_starter_word(const dyad_doc *doc, const dyad_token *k)
{
    char low[24];
    size_t n = k->span.end - k->span.start;
    if (n >= sizeof low)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = doc->text[k->span.start + i];
        low[i] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    return dyad_strset_has(&doc->eng->starters, low, n);
}

static int add_sentence(dyad_doc *doc, size_t *cap, uint32_t para, size_t a, size_t b)
{
    if (a >= b)
        return 0;
    if (doc->n_sents == *cap) {
        size_t nc = *cap ? *cap * 2 : doc->text_len / 64 + 16; /* a sentence per 64 bytes at most, mostly */
        dyad_sentence *s = dyad_arena_grow(doc->arena, doc->sents, doc->n_sents, nc, sizeof *s);
        if (!s)
            return -1;
        doc->sents = s;
        *cap = nc;
    }
    doc->toks[a].flags |= DYAD_TOKF_SENT_START;
    doc->sents[doc->n_sents++] = (dyad_sentence){
        {doc->toks[a].span.start, doc->toks[b - 1].span.end}, para, (uint32_t)a, (uint32_t)b};
    return 0;
}

/* Split tokens [a, b) of paragraph `para` into sentences. */
static int split_sentences(dyad_doc *doc, size_t *cap, uint32_t para, size_t a, size_t b)
{
    const dyad_token *tk = doc->toks;
    const char *t = doc->text;
    size_t s = a;
    for (size_t i = a; i < b; i++) {
        const dyad_token *k = &tk[i];
        bool term = false;
        if (k->cls == DYAD_TOK_PUNCT && is_terminator_text(t, k->span.start, k->span.end))
            term = true;
        else if (k->cls == DYAD_TOK_QUOTE_CLOSE && !(k->flags & DYAD_TOKF_UNPAIRED) && k->quote_depth == 0 &&
                 i > a && tk[i - 1].cls == DYAD_TOK_PUNCT &&
                 is_terminator_text(t, tk[i - 1].span.start, tk[i - 1].span.end))
            term = true; /* "We are done." The minister left. */
        else if (k->flags & DYAD_TOKF_ABBREV) {
            /* "… with the U.S. The talks …": an abbreviation that may end a
             * sentence does so before a typical sentence starter */
            size_t wl = k->span.end - k->span.start - 1;
            if (i + 1 < b && dyad_strset_has(&doc->eng->abbrev_final, t + k->span.start, wl) &&
                is_starter_word(doc, &tk[i + 1]))
                term = true;
        }
        if (!term)
            continue;
        if (k->quote_depth > 0)
            continue; /* inside a quotation that is closed later */
        size_t j = i + 1;
        /* closing quotes and brackets stay with the sentence they end */
        while (j < b && ((tk[j].cls == DYAD_TOK_QUOTE_CLOSE) ||
                         (tk[j].cls == DYAD_TOK_PUNCT && (t[tk[j].span.start] == ')' || t[tk[j].span.start] == ']'))))
            j++;
        if (j >= b)
            break;
        if (!(tk[j].flags & DYAD_TOKF_SPACE_BEFORE))
            continue; /* "3.5", "e.g.x": no space, no boundary */
        if (!starts_sentence(doc, &tk[j]))
            continue;
        if (tk[j].quote_depth > 0 && tk[j].cls != DYAD_TOK_QUOTE_OPEN)
            continue;
        if (add_sentence(doc, cap, para, s, j))
            return -1;
        s = j;
        i = j - 1;
    }
    return add_sentence(doc, cap, para, s, b);
}

dyad_status dyad_segment(dyad_doc *doc)
{
    seg_state st = {.doc = doc};
    size_t scap = 0;
    for (size_t p = 0; p < doc->n_paras; p++) {
        const dyad_paragraph *para = &doc->paras[p];
        size_t first = st.n, quotes = st.quotes;
        if (tokenise(&st, doc->text, para->span.start, para->span.end))
            return DYAD_ERR_NOMEM;
        doc->toks = st.toks;
        doc->n_toks = st.n;
        /* without quotation marks pairing changes nothing (depths stay 0) */
        if (st.quotes != quotes)
            pair_quotes(doc, st.toks, first, st.n);
        if (split_sentences(doc, &scap, (uint32_t)p, first, st.n))
            return DYAD_ERR_NOMEM;
    }
    doc->toks = st.toks;
    doc->n_toks = st.n;
    return DYAD_OK;
}
