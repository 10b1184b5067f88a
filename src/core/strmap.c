/* strmap.c — see dyad_strmap in dyad_int.h.  FNV-1a hashing, linear
 * probing, load factor at most 1/2; lookups never allocate. */
#include "dyad_int.h"

#include <string.h>

static uint64_t hash(const char *s, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)s[i];
        h *= 1099511628211ull;
    }
    return h;
}

static int grow(dyad_strmap *m, dyad_arena *a)
{
    size_t cap = m->cap ? m->cap * 2 : 64;
    const char **keys = dyad_arena_array(a, cap, sizeof *keys);
    size_t *lens = dyad_arena_array(a, cap, sizeof *lens);
    int *vals = dyad_arena_array(a, cap, sizeof *vals);
    if (!keys || !lens || !vals)
        return -1;
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = hash(m->keys[i], m->lens[i]) & (cap - 1);
        while (keys[j])
            j = (j + 1) & (cap - 1);
        keys[j] = m->keys[i];
        lens[j] = m->lens[i];
        vals[j] = m->vals[i];
    }
    m->keys = keys;
    m->lens = lens;
    m->vals = vals;
    m->cap = cap;
    return 0;
}

int dyad_strmap_put(dyad_strmap *m, dyad_arena *a, const char *key, size_t len, int val)
{
    if ((m->n + 1) * 2 > m->cap && grow(m, a))
        return -1;
    size_t j = hash(key, len) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->lens[j] == len && memcmp(m->keys[j], key, len) == 0) {
            m->vals[j] = val;
            return 0;
        }
        j = (j + 1) & (m->cap - 1);
    }
    char *k = dyad_arena_strndup(a, key, len);
    if (!k)
        return -1;
    m->keys[j] = k;
    m->lens[j] = len;
    m->vals[j] = val;
    m->n++;
    return 0;
}

int dyad_strmap_get(const dyad_strmap *m, const char *key, size_t len)
{
    if (!m->cap)
        return -1;
    size_t j = hash(key, len) & (m->cap - 1);
    while (m->keys[j]) {
        if (m->lens[j] == len && memcmp(m->keys[j], key, len) == 0)
            return m->vals[j];
        j = (j + 1) & (m->cap - 1);
    }
    return -1;
}
