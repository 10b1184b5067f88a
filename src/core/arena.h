/* arena.h — region allocator: every allocation of one document lives in one
 * arena and is released at once by dyad_arena_free().
 *
 * Why: a document makes thousands of small objects (tokens, spans, strings);
 * freeing them one by one costs time and invites leaks.  Following postgres'
 * memory contexts, a document's lifetime is the only lifetime we track.
 *
 * Contract: dyad_arena_alloc() returns zeroed memory aligned to 16 bytes, or
 * NULL when the arena's cap is reached or malloc fails; after one failure the
 * arena stays failed (dyad_arena_failed() tells), so callers may test once at
 * the end of a stage instead of after every allocation. */
#ifndef DYAD_ARENA_H
#define DYAD_ARENA_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_arena dyad_arena;

/* Create an arena that will hand out at most `cap` bytes in total (0 means
 * 1 GiB).  Returns NULL when out of memory. */
dyad_arena *dyad_arena_new(size_t cap);

/* Release every block of the arena, and the arena itself.  Accepts NULL. */
void dyad_arena_free(dyad_arena *a);

/* Zeroed, 16-byte aligned memory of `size` bytes; NULL on failure. */
void *dyad_arena_alloc(dyad_arena *a, size_t size);

/* Array of n elements of `size` bytes; checks n*size for overflow. */
void *dyad_arena_array(dyad_arena *a, size_t n, size_t size);

/* The same without the zeroing, for an array every element of which the
 * caller writes before reading it: 16-byte aligned, contents undefined;
 * NULL on failure (overflow of n*size included). */
void *dyad_arena_array_uninit(dyad_arena *a, size_t n, size_t size);

/* Grow an array that was allocated from this arena: returns a new array of
 * new_n elements with the first old_n copied (the old one stays allocated
 * until the arena is freed; growth by doubling keeps the waste below 2x). */
void *dyad_arena_grow(dyad_arena *a, void *old, size_t old_n, size_t new_n,
                      size_t size);

/* Copy of the `len` bytes at s with a terminating NUL. */
char *dyad_arena_strndup(dyad_arena *a, const char *s, size_t len);
char *dyad_arena_strdup(dyad_arena *a, const char *s);

/* printf into the arena. */
char *dyad_arena_printf(dyad_arena *a, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Non-zero once an allocation has failed. */
int dyad_arena_failed(const dyad_arena *a);

/* Bytes handed out so far (for the memory figures of the benchmark). */
size_t dyad_arena_used(const dyad_arena *a);

#endif
