/* minhash.c — near-duplicate signature of a text: MinHash over word
 * 3-shingles.  One wire story republished by many sites differs in its
 * headline, bylines and a sentence here and there ("fragile truce" becomes
 * "fragile ceasefire"); most shingles are shared, so most of the minima
 * agree, and their share estimates the Jaccard similarity of the two
 * shingle sets. */
#include "store/store.h"

#include <string.h>
#include <xxhash.h>

enum { SHINGLE = 3, MIN_SHINGLES = 8 };

static int is_word_byte(unsigned char c)
{
    return c >= 0x80 || (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
}

/* splitmix64 finaliser: the i-th hash function is mix(h ^ seed_i). */
static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

int store_minhash(const char *text, size_t len, uint32_t sig[STORE_MINHASH_N])
{
    uint64_t ring[SHINGLE] = {0};
    size_t nwords = 0, nshingles = 0;
    for (int k = 0; k < STORE_MINHASH_N; k++)
        sig[k] = UINT32_MAX;
    size_t i = 0;
    while (i < len) {
        while (i < len && !is_word_byte((unsigned char)text[i]))
            i++;
        if (i >= len)
            break;
        uint64_t h = 1469598103934665603ULL;
        while (i < len && is_word_byte((unsigned char)text[i])) {
            unsigned char c = (unsigned char)text[i++];
            if (c >= 'A' && c <= 'Z')
                c |= 0x20;
            h = (h ^ c) * 1099511628211ULL;
        }
        ring[nwords % SHINGLE] = h;
        nwords++;
        if (nwords < SHINGLE)
            continue;
        uint64_t sh[SHINGLE];
        for (size_t k = 0; k < SHINGLE; k++)
            sh[k] = ring[(nwords - SHINGLE + k) % SHINGLE];
        uint64_t f = XXH3_64bits(sh, sizeof sh);
        for (int k = 0; k < STORE_MINHASH_N; k++) {
            uint32_t v = (uint32_t)(mix(f ^ (0x5bd1e995ULL * (uint64_t)(k + 1))) >> 32);
            if (v < sig[k])
                sig[k] = v;
        }
        nshingles++;
    }
    return nshingles >= MIN_SHINGLES;
}

double store_minhash_similarity(const uint32_t *a, const uint32_t *b)
{
    int same = 0;
    for (int k = 0; k < STORE_MINHASH_N; k++)
        same += a[k] == b[k];
    return (double)same / STORE_MINHASH_N;
}

int64_t store_minhash_band(const uint32_t sig[STORE_MINHASH_N], int band)
{
    const uint32_t *rows = sig + band * (STORE_MINHASH_N / STORE_MINHASH_BANDS);
    return (int64_t)(XXH3_64bits(rows, sizeof *rows * (STORE_MINHASH_N / STORE_MINHASH_BANDS)) >> 1);
}
