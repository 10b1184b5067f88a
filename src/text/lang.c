/* lang.c — see lang.h. */
#include "lang.h"

#include <string.h>

static const char *const latin_langs[] = {"en", "fr", "de", "es", "pt", "it", "nl", "cs", "pl", "tr", "id"};
enum { N_LATIN = sizeof latin_langs / sizeof *latin_langs };
_Static_assert(N_LATIN <= 12, "three 64-bit vote lanes hold 12 languages");

/* The packed form of a word of 1 to 8 bytes: byte k in bits 8k..8k+7. */
static inline uint64_t pack8(const char *w, size_t n)
{
    uint64_t k = 0;
    for (size_t x = 0; x < n; x++)
        k |= (uint64_t)(unsigned char)w[x] << (8 * x);
    return k;
}

static inline size_t slot8(uint64_t key, size_t mask)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ull) >> 32) & mask;
}

/* The languages (bit l: latin_langs[l]) of the word packed in key
 * (pack8), 0 when it is no stopword.  The table is at most a sixth full, so
 * the first slot usually decides, without a branch on the answer. */
static inline unsigned lookup8(const dyad_engine *eng, uint64_t key)
{
    size_t j = slot8(key, eng->stopword8_mask);
    uint64_t k = eng->stopword8_keys[j];
    while (__builtin_expect(k != key && k != 0, 0)) {
        j = (j + 1) & eng->stopword8_mask;
        k = eng->stopword8_keys[j];
    }
    return k == key ? eng->stopword8_langs[j] : 0;
}

/* One vote for each language of `langs` (11 bits) in lanes: 16 bits a
 * language, l in lanes[l / 4] at bit 16 * (l % 4).  Multiplying four bits
 * by 1 + 2^15 + 2^30 + 2^45 puts bit b at 16b (among others, masked off;
 * the 16 products land on distinct bits, so nothing carries). */
static inline void add_votes(uint64_t lanes[3], unsigned langs)
{
    const uint64_t spread = 1 | (uint64_t)1 << 15 | (uint64_t)1 << 30 | (uint64_t)1 << 45;
    const uint64_t lane_bits = 0x0001000100010001ull;
    lanes[0] += ((uint64_t)(langs & 15) * spread) & lane_bits;
    lanes[1] += ((uint64_t)((langs >> 4) & 15) * spread) & lane_bits;
    lanes[2] += ((uint64_t)((langs >> 8) & 15) * spread) & lane_bits;
}

/* Build the packed table of the short words of eng->stopword_langs. */
static int prepare_short_words(dyad_engine *eng)
{
    const dyad_strset *sl = &eng->stopword_langs;
    size_t cap = 16;
    while (cap < sl->n * 6 + 6)
        cap *= 2;
    eng->stopword8_keys = dyad_arena_array(eng->arena, cap, sizeof *eng->stopword8_keys);
    eng->stopword8_langs = dyad_arena_array(eng->arena, cap, sizeof *eng->stopword8_langs);
    if (!eng->stopword8_keys || !eng->stopword8_langs)
        return -1;
    eng->stopword8_mask = cap - 1;
    for (size_t i = 0; i < sl->cap; i++) {
        if (!sl->keys[i] || sl->lens[i] == 0 || sl->lens[i] > 8 || memchr(sl->keys[i], 0, sl->lens[i]))
            continue;
        uint64_t key = pack8(sl->keys[i], sl->lens[i]);
        size_t j = slot8(key, eng->stopword8_mask);
        while (eng->stopword8_keys[j])
            j = (j + 1) & eng->stopword8_mask;
        eng->stopword8_keys[j] = key;
        eng->stopword8_langs[j] = (uint16_t)(sl->vals[i] & ((1u << N_LATIN) - 1));
    }
    return 0;
}

int dyad_lang_prepare(dyad_engine *eng)
{
    const dyad_strset *sw = &eng->stopwords;
    for (size_t i = 0; i < sw->cap; i++) {
        const char *k = sw->keys[i];
        if (!k || sw->lens[i] < 4 || k[2] != ':')
            continue;
        for (int l = 0; l < N_LATIN; l++)
            if (memcmp(latin_langs[l], k, 2) == 0) {
                if (dyad_strset_or_value(&eng->stopword_langs, eng->arena, k + 3, sw->lens[i] - 3, 1u << l))
                    return -1;
                if (sw->lens[i] - 3 < 32)
                    eng->stopword_shape[(unsigned char)k[3]] |= 1u << (sw->lens[i] - 3);
            }
    }
    return prepare_short_words(eng);
}

/* The end of the run of ASCII letters starting at text[i] (a letter):
 * eight bytes at a time where the machine's byte order allows. */
static inline size_t ascii_letters_end(const char *text, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    while (i + 8 <= len) {
        uint64_t v;
        memcpy(&v, text + i, 8);
        uint64_t y = (v | ones * 0x20) & lows; /* lower-cased, high bit off */
        uint64_t ge_a = y + ones * (0x80 - 'a');  /* high bit: y >= 'a' */
        uint64_t gt_z = y + ones * (0x80 - 'z' - 1); /* high bit: y > 'z' */
        uint64_t letters = ge_a & ~gt_z & ~v & highs; /* and v was ASCII */
        uint64_t others = ~letters & highs;
        if (others)
            return i + (size_t)(__builtin_ctzll(others) >> 3);
        i += 8;
    }
#endif
    while (i < len && (unsigned)(((unsigned char)text[i] | 0x20) - 'a') < 26)
        i++;
    return i;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
/* For the 64 bytes at s: bit k of *letters set when s[k] is an ASCII
 * letter, bit k of *high when s[k] >= 0x80. */
static inline void block_masks(const char *s, uint64_t *letters, uint64_t *high)
{
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    const uint64_t gather = 0x0102040810204080ull; /* bit 8k+7 of x -> bit 56+k of ((x >> 7) * gather) */
    uint64_t l = 0, h = 0;
    for (int c = 0; c < 8; c++) {
        uint64_t v;
        memcpy(&v, s + 8 * c, 8);
        uint64_t y = (v | ones * 0x20) & lows;
        uint64_t lt = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & ~v & highs;
        l |= (((lt >> 7) * gather) >> 56) << (8 * c);
        h |= ((((v & highs) >> 7) * gather) >> 56) << (8 * c);
    }
    *letters = l;
    *high = h;
}
#endif

/* The first position from i (up to len) holding an ASCII letter or a byte
 * of a multi-byte character. */
static inline size_t next_letter_or_multibyte(const char *text, size_t i, size_t len)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    const uint64_t lows = 0x7F7F7F7F7F7F7F7Full, highs = 0x8080808080808080ull, ones = 0x0101010101010101ull;
    while (i + 8 <= len) {
        uint64_t v;
        memcpy(&v, text + i, 8);
        uint64_t y = (v | ones * 0x20) & lows;
        uint64_t letters = (y + ones * (0x80 - 'a')) & ~(y + ones * (0x80 - 'z' - 1)) & highs;
        uint64_t wanted = (letters & ~v) | (v & highs);
        if (wanted)
            return i + (size_t)(__builtin_ctzll(wanted) >> 3);
        i += 8;
    }
#endif
    while (i < len && (unsigned char)text[i] < 0x80 && (unsigned)(((unsigned char)text[i] | 0x20) - 'a') >= 26)
        i++;
    return i;
}

/* Vote for the languages listing the word of ASCII letters s[0..n) (any
 * case), as the general path below would for the same word; `avail` bytes
 * from s may be read. */
static inline void count_word(const dyad_engine *eng, int *votes, uint64_t lanes[3], const char *s, size_t n,
                              size_t avail)
{
    if (n <= 8) { /* most words: looked up whatever their shape */
        uint64_t key;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        if (avail >= 8) { /* one load, lower-cased and cut to n bytes */
            memcpy(&key, s, 8);
            key = (key | 0x2020202020202020ull) & (n == 8 ? ~0ull : ((uint64_t)1 << (8 * n)) - 1);
        } else
#endif
        {
            key = 0;
            for (size_t k = 0; k < n; k++)
                key |= (uint64_t)(unsigned char)(s[k] | 0x20) << (8 * k);
        }
        add_votes(lanes, lookup8(eng, key));
        return;
    }
    if (n > 28) /* the general path keeps 28 bytes of a word at most */
        return;
    if (!((eng->stopword_shape[(unsigned char)(s[0] | 0x20)] >> n) & 1))
        return;
    char w[32];
    for (size_t k = 0; k < n; k++)
        w[k] = (char)(s[k] | 0x20);
    for (uint32_t langs = dyad_strset_value(&eng->stopword_langs, w, n); langs; langs &= langs - 1)
        votes[__builtin_ctz(langs)]++;
}

const char *dyad_lang_guess(const dyad_engine *eng, const char *text, size_t len)
{
    if (len > 3072)
        len = 3072;
    size_t hangul = 0, kana = 0, han = 0, arabic = 0, hebrew = 0, cyr = 0, greek = 0, thai = 0,
           latin = 0;
    int votes[N_LATIN] = {0};
    /* votes of short words, 16 bits a language (see stopword8_votes): a
     * language gets at most one vote a word, and 64 KiB hold fewer than
     * 65536 words, so no lane overflows */
    uint64_t lanes[3] = {0, 0, 0};
    size_t i = 0;
    char word[32];
    size_t wl = 0;
    while (i <= len) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
        /* with no word pending (so text[i - 1] is no letter), a block of
         * 64 ASCII bytes: its words found from a bit mask of its letters */
        if (wl == 0 && i + 64 <= len) {
            uint64_t letters, high;
            block_masks(text + i, &letters, &high);
            if (!high) {
                /* a run reaching the block's end may go on: leave it */
                /* ~letters is 0 for a block of 64 letters (clz of 0 is
                 * undefined): then the whole block goes the slow way */
                size_t limit = !(letters >> 63) ? 64 : ~letters ? 64 - (size_t)__builtin_clzll(~letters) : 0;
                if (limit > 0) {
                    uint64_t l = limit == 64 ? letters : letters & (((uint64_t)1 << limit) - 1);
                    latin += (size_t)__builtin_popcountll(l);
                    uint64_t starts = l & ~(l << 1), ends = l & ~(l >> 1);
                    while (starts) {
                        size_t ws = (size_t)__builtin_ctzll(starts), we = (size_t)__builtin_ctzll(ends) + 1;
                        count_word(eng, votes, lanes, text + i + ws, we - ws, len - i - ws);
                        starts &= starts - 1;
                        ends &= ends - 1;
                    }
                    i += limit;
                    continue;
                }
            }
        }
#endif
        /* with no word pending, ASCII non-letters change nothing: skip
         * them (spaces, digits, punctuation) */
        if (wl == 0 && i < len)
            i = next_letter_or_multibyte(text, i, len);
        unsigned char b = i < len ? (unsigned char)text[i] : ' ';
        if (b < 0x80 && (unsigned)((b | 0x20) - 'a') < 26) {
            /* a run of ASCII letters, most of most texts: the general path
             * below without decoding, a word part at a time */
            size_t e = ascii_letters_end(text, i, len);
            latin += e - i;
            if (wl == 0 && (e == len || (unsigned char)text[e] < 0x80)) {
                /* the whole word: counted straight from the text */
                count_word(eng, votes, lanes, text + i, e - i, len - i);
                /* what follows is the end, or an ASCII non-letter, which
                 * would only end the (already counted) word: skip it */
                i = e + 1;
                continue;
            }
            for (; i < e; i++) {
                if (wl + 4 < sizeof word)
                    word[wl++] = (char)(text[i] | 0x20);
                else
                    wl = sizeof word; /* too long: not a function word */
            }
            continue;
        }
        size_t n = 1;
        int32_t c = b < 0x80 ? b : dyad_utf8_decode((const unsigned char *)text + i, len - i, &n);
        bool letter = b >= 0x80 && dyad_is_letter(c);
        if (letter) {
            if (c < 0x250)
                latin++;
            else if (c >= 0xAC00 && c <= 0xD7A3)
                hangul++;
            else if ((c >= 0x3040 && c <= 0x30FF))
                kana++;
            else if (c >= 0x4E00 && c <= 0x9FFF)
                han++;
            else if (c >= 0x0600 && c <= 0x06FF)
                arabic++;
            else if (c >= 0x0590 && c <= 0x05FF)
                hebrew++;
            else if (c >= 0x0400 && c <= 0x04FF)
                cyr++;
            else if (c >= 0x0370 && c <= 0x03FF)
                greek++;
            else if (c >= 0x0E00 && c <= 0x0E7F)
                thai++;
        }
        if (letter && c < 0x250) {
            if (wl + 4 < sizeof word) {
                if (c < 0x80)
                    word[wl++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                else
                    wl += dyad_utf8_encode((uint32_t)c, word + wl);
            } else
                wl = sizeof word; /* too long: not a function word */
        } else {
            /* one look-up, only for words shaped like some stopword: the
             * languages listing the word */
            if (wl > 0 && wl < sizeof word && ((eng->stopword_shape[(unsigned char)word[0]] >> wl) & 1)) {
                if (wl <= 8) /* letters: no NUL */
                    add_votes(lanes, lookup8(eng, pack8(word, wl)));
                else
                    for (uint32_t langs = dyad_strset_value(&eng->stopword_langs, word, wl); langs;
                         langs &= langs - 1)
                        votes[__builtin_ctz(langs)]++;
            }
            wl = 0;
        }
        i += n ? n : 1;
    }
    for (int l = 0; l < N_LATIN; l++)
        votes[l] += (int)((lanes[l / 4] >> (16 * (l % 4))) & 0xFFFF);
    size_t cjk = hangul + kana + han;
    size_t total = latin + cjk + arabic + hebrew + cyr + greek + thai;
    if (total == 0)
        return NULL;
    if (hangul * 4 > total)
        return "ko";
    if (kana * 10 > total)
        return "ja";
    if (han * 4 > total)
        return "zh";
    if (arabic * 2 > total)
        return "ar";
    if (hebrew * 2 > total)
        return "he";
    if (cyr * 2 > total)
        return "ru";
    if (greek * 2 > total)
        return "el";
    if (thai * 2 > total)
        return "th";
    int best = -1, second = 0;
    for (int l = 0; l < N_LATIN; l++) {
        if (best < 0 || votes[l] > votes[best]) {
            if (best >= 0)
                second = votes[best] > second ? votes[best] : second;
            best = l;
        } else if (votes[l] > second)
            second = votes[l];
    }
    if (best < 0 || votes[best] < 3 || votes[best] < second * 3 / 2)
        return NULL;
    return latin_langs[best];
}
