/* arena.c — see arena.h.  Blocks are chained; a request larger than a quarter
 * of the block size gets a block of its own so that big arrays do not waste
 * the tail of the current block. */
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { ARENA_BLOCK = 64 * 1024, ARENA_ALIGN = 16 };

typedef struct arena_block {
    struct arena_block *next;
    size_t size; /* usable bytes after the header */
    size_t used;
    max_align_t pad_[]; /* keeps data aligned */
} arena_block;

struct dyad_arena {
    arena_block *head;  /* block being filled */
    arena_block *large; /* blocks holding one big object each */
    size_t cap, total;
    int failed;
};

dyad_arena *dyad_arena_new(size_t cap)
{
    dyad_arena *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->cap = cap ? cap : ((size_t)1 << 30);
    return a;
}

static void free_chain(arena_block *b)
{
    while (b) {
        arena_block *next = b->next;
        free(b);
        b = next;
    }
}

void dyad_arena_free(dyad_arena *a)
{
    if (!a)
        return;
    free_chain(a->head);
    free_chain(a->large);
    free(a);
}

static arena_block *block_new(size_t size)
{
    arena_block *b = malloc(sizeof *b + size);
    if (!b)
        return NULL;
    b->next = NULL;
    b->size = size;
    b->used = 0;
    return b;
}

/* `size` bytes (at least 1), aligned, not cleared; NULL (and the arena
 * failed) past its cap or when malloc fails. */
static void *arena_take(dyad_arena *a, size_t size)
{
    if (a->failed)
        return NULL;
    if (size == 0)
        size = 1;
    size_t rounded = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (rounded < size || a->total + rounded > a->cap || a->total + rounded < a->total) {
        a->failed = 1;
        return NULL;
    }
    void *p;
    if (rounded > ARENA_BLOCK / 4) {
        arena_block *b = block_new(rounded);
        if (!b) {
            a->failed = 1;
            return NULL;
        }
        b->next = a->large;
        a->large = b;
        b->used = rounded;
        p = (char *)(b + 1);
    } else {
        if (!a->head || a->head->size - a->head->used < rounded) {
            arena_block *b = block_new(ARENA_BLOCK);
            if (!b) {
                a->failed = 1;
                return NULL;
            }
            b->next = a->head;
            a->head = b;
        }
        p = (char *)(a->head + 1) + a->head->used;
        a->head->used += rounded;
    }
    a->total += rounded;
    return p;
}

void *dyad_arena_alloc(dyad_arena *a, size_t size)
{
    void *p = arena_take(a, size);
    if (p)
        memset(p, 0, size ? size : 1);
    return p;
}

/* An array of n elements not cleared (see arena.h); NULL on overflow or
 * failure. */
void *dyad_arena_array_uninit(dyad_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        a->failed = 1;
        return NULL;
    }
    return arena_take(a, n * size);
}

void *dyad_arena_array(dyad_arena *a, size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) {
        a->failed = 1;
        return NULL;
    }
    return dyad_arena_alloc(a, n * size);
}

void *dyad_arena_grow(dyad_arena *a, void *old, size_t old_n, size_t new_n, size_t size)
{
    /* the copied part is not cleared first: only the new elements */
    char *p = dyad_arena_array_uninit(a, new_n, size);
    if (!p)
        return NULL;
    size_t kept = old ? (old_n < new_n ? old_n : new_n) : 0;
    if (kept)
        memcpy(p, old, kept * size);
    memset(p + kept * size, 0, (new_n - kept) * size);
    return p;
}

char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t len)
{
    char *p = arena_take(a, len + 1);
    if (!p)
        return NULL;
    if (len)
        memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *dyad_arena_strdup(dyad_arena *a, const char *s)
{
    return s ? dyad_arena_strndup(a, s, strlen(s)) : NULL;
}

char *dyad_arena_printf(dyad_arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    char *p = dyad_arena_alloc(a, (size_t)n + 1);
    if (!p)
        return NULL;
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

int dyad_arena_failed(const dyad_arena *a) { return a->failed; }
size_t dyad_arena_used(const dyad_arena *a) { return a->total; }
