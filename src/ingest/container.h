/* container.h — decoders of inputs that hold many documents (WARC, JSONL)
 * and of gzip, used by the reader (reader.c). */
#ifndef DYAD_CONTAINER_H
#define DYAD_CONTAINER_H

#include "dyad_int.h"

/* Error detail a container decoder fills for the reader. */
typedef struct dyad_container_err {
    char msg[256];
    uint64_t offset; /* byte offset in the (decompressed) input */
    unsigned line;   /* 1-based line, 0 if not line-based */
} dyad_container_err;

/* ---- gzip (gzip.c) */
/* Does the input start with the gzip magic? */
bool dyad_is_gzip(const void *data, size_t len);
/* Decompress a whole (possibly multi-member) gzip stream into out.
 * Returns DYAD_OK, or DYAD_ERR_FORMAT for a corrupt or truncated stream (out
 * then holds everything decoded before the damage) with err filled. */
dyad_status dyad_gunzip(const void *data, size_t len, dyad_buf *out, size_t max_out, dyad_container_err *err);

/* ---- JSONL (jsonl.c) */
typedef struct dyad_jsonl dyad_jsonl;
dyad_jsonl *dyad_jsonl_open(const char *data, size_t len);
/* Next line's document; DYAD_END at the end; an error for a bad line (the
 * next call goes on with the following line). */
dyad_status dyad_jsonl_next(dyad_jsonl *j, dyad_input *in, dyad_container_err *err);
void dyad_jsonl_free(dyad_jsonl *j);

/* ---- WARC (warc.c) */
typedef struct dyad_warc dyad_warc;
/* `gz`: the input is gzip (usually one member per record). */
dyad_warc *dyad_warc_open(const char *data, size_t len, bool gz);
/* Next HTML response record as a document; DYAD_END at the end; an error
 * for a bad record (skipped); *skipped counts records not turned into
 * documents (requests, metadata, non-HTML responses). */
dyad_status dyad_warc_next(dyad_warc *w, dyad_input *in, dyad_container_err *err, size_t *skipped);
void dyad_warc_free(dyad_warc *w);

/* Looks like WARC ("WARC/1.") at the start of data? */
bool dyad_is_warc(const void *data, size_t len);

#endif
