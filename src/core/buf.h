/* buf.h — growable byte buffer on malloc, for output that outlives a
 * document (JSON lines handed from worker threads to the writer) and for
 * reading whole files.
 *
 * Contract: after an allocation failure or once `cap_max` would be exceeded
 * the buffer is marked failed and further appends are ignored; the caller
 * checks `failed` once at the end (like curl's dynbuf "toobig"). */
#ifndef DYAD_BUF_H
#define DYAD_BUF_H

#include <stddef.h>
#include <stdint.h>

typedef struct dyad_buf {
    char *data;
    size_t len, cap;
    size_t cap_max; /* 0: no limit beyond memory */
    int failed;
} dyad_buf;

void dyad_buf_init(dyad_buf *b);
void dyad_buf_free(dyad_buf *b);
void dyad_buf_reset(dyad_buf *b); /* len = 0, keeps the memory */
int dyad_buf_reserve(dyad_buf *b, size_t extra); /* 0 ok, -1 failed */
void dyad_buf_add(dyad_buf *b, const void *p, size_t n);
void dyad_buf_adds(dyad_buf *b, const char *s);
void dyad_buf_addc(dyad_buf *b, char c);
void dyad_buf_printf(dyad_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Append the decimal digits of v (no printf: the emitters write a number
 * or more for every actor, statement and event). */
void dyad_buf_add_uint(dyad_buf *b, uint64_t v);
/* Append s as a JSON string literal (with the quotes), escaping control
 * characters, quote and backslash; bytes are copied as they are, so the
 * caller passes valid UTF-8 (all document text is). */
void dyad_buf_json_str(dyad_buf *b, const char *s, size_t n);
/* NUL-terminates without counting the NUL in len. */
const char *dyad_buf_cstr(dyad_buf *b);

#endif
