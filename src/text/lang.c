/* lang.c — see lang.h. */
#include "lang.h"

#include <string.h>

static const char *const latin_langs[] = {"en", "fr", "de", "es", "pt", "it", "nl", "cs", "pl", "tr", "id"};
enum { N_LATIN = sizeof latin_langs / sizeof *latin_langs };

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
    return 0;
}

const char *dyad_lang_guess(const dyad_engine *eng, const char *text, size_t len)
{
    if (len > 65536)
        len = 65536;
    size_t hangul = 0, kana = 0, han = 0, arabic = 0, hebrew = 0, cyr = 0, greek = 0, thai = 0,
           latin = 0;
    int votes[N_LATIN] = {0};
    size_t i = 0;
    char word[32];
    size_t wl = 0;
    uint64_t h = DYAD_STRSET_HASH_INIT; /* of word[0..wl), built as it grows */
    while (i <= len) {
        unsigned char b = i < len ? (unsigned char)text[i] : ' ';
        if (b < 0x80 && (unsigned)((b | 0x20) - 'a') < 26) {
            /* an ASCII letter, most of most texts: the general path below
             * without decoding */
            latin++;
            if (wl + 4 < sizeof word) {
                word[wl++] = (char)(b | 0x20);
                h = dyad_strset_hash_step(h, b | 0x20);
            } else
                wl = sizeof word;
            i++;
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
                if (c < 0x80) {
                    word[wl] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
                    h = dyad_strset_hash_step(h, (unsigned char)word[wl++]);
                } else {
                    size_t el = dyad_utf8_encode((uint32_t)c, word + wl);
                    for (size_t x = 0; x < el; x++)
                        h = dyad_strset_hash_step(h, (unsigned char)word[wl + x]);
                    wl += el;
                }
            } else
                wl = sizeof word; /* too long: not a function word */
        } else {
            /* one look-up, only for words shaped like some stopword: the
             * languages listing the word */
            if (wl > 0 && wl < sizeof word && ((eng->stopword_shape[(unsigned char)word[0]] >> wl) & 1)) {
                uint32_t langs = dyad_strset_value_hashed(&eng->stopword_langs, word, wl, h);
                for (int l = 0; langs && l < N_LATIN; l++)
                    votes[l] += (langs >> l) & 1;
            }
            wl = 0;
            h = DYAD_STRSET_HASH_INIT;
        }
        i += n ? n : 1;
    }
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
