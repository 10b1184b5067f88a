/* simhash.c — near-duplicate fingerprint of a text (Charikar's SimHash over
 * word 3-shingles).  One wire story republished by many sites differs in
 * its header, bylines and a sentence here and there; most of its shingles
 * are shared, so the two fingerprints differ in few bits. */
#include "store/store.h"

#include <string.h>
#include <xxhash.h>

enum { SHINGLE = 3, MIN_SHINGLES = 8 };

static int is_word_byte(unsigned char c) { return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

uint64_t store_simhash(const char *text, size_t len, int *ok)
{
    /* A ring of the last SHINGLE word hashes; words are lower-cased ASCII
     * (other bytes as they are). */
    uint64_t ring[SHINGLE] = {0};
    int32_t votes[64] = {0};
    size_t nwords = 0, nshingles = 0;
    size_t i = 0;
    while (i < len) {
        while (i < len && !is_word_byte((unsigned char)text[i]))
            i++;
        if (i >= len)
            break;
        XXH64_hash_t h = 1469598103934665603ULL;
        size_t start = i;
        while (i < len && is_word_byte((unsigned char)text[i])) {
            unsigned char c = (unsigned char)text[i];
            if (c >= 'A' && c <= 'Z')
                c |= 0x20;
            h = (h ^ c) * 1099511628211ULL;
            i++;
        }
        if (i - start == 0)
            continue;
        ring[nwords % SHINGLE] = h;
        nwords++;
        if (nwords < SHINGLE)
            continue;
        uint64_t sh[SHINGLE];
        for (size_t k = 0; k < SHINGLE; k++)
            sh[k] = ring[(nwords - SHINGLE + k) % SHINGLE];
        uint64_t f = XXH3_64bits(sh, sizeof sh);
        for (int b = 0; b < 64; b++)
            votes[b] += (f >> b) & 1 ? 1 : -1;
        nshingles++;
    }
    uint64_t out = 0;
    for (int b = 0; b < 64; b++)
        if (votes[b] > 0)
            out |= (uint64_t)1 << b;
    *ok = nshingles >= MIN_SHINGLES;
    return out;
}
