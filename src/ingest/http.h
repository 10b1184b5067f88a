/* http.h — HTTP/1.x responses as archived in WARC "response" records: the
 * status line and headers, and the body decoded from its transfer coding
 * (chunked) and content coding (gzip, deflate).  Used by warc.c. */
#ifndef DYAD_HTTP_H
#define DYAD_HTTP_H

#include "core/buf.h"

#include <stdbool.h>
#include <stddef.h>

typedef enum dyad_http_coding {
    DYAD_HTTP_IDENTITY = 0,
    DYAD_HTTP_GZIP,
    DYAD_HTTP_DEFLATE,
    DYAD_HTTP_UNSUPPORTED /* br, compress, zstd...: the body cannot be read */
} dyad_http_coding;

/* A parsed response.  Every pointer points into the bytes given to
 * dyad_http_parse(); nothing is allocated. */
typedef struct dyad_http_response {
    int status;                 /* 200 */
    const char *ctype;          /* Content-Type value, NULL when absent */
    size_t ctype_len;
    bool chunked;               /* Transfer-Encoding ends in "chunked" */
    dyad_http_coding coding;    /* Content-Encoding (and any transfer coding
                                   before "chunked") */
    const char *coding_name;    /* the unsupported coding's name, for messages */
    size_t coding_name_len;
    const char *body;           /* raw body after the blank line */
    size_t body_len;
} dyad_http_response;

/* Parse the status line and headers of `len` bytes holding one HTTP/1.x
 * response.  Returns true with *r filled; false when the bytes do not start
 * with a well-formed status line or the headers never end (then *why names
 * the problem).  Linear in the header size; never reads past len. */
bool dyad_http_parse(const char *data, size_t len, dyad_http_response *r, const char **why);

/* Decode the response body: undo chunked transfer coding, then gzip or deflate
 * content coding.  `scratch` receives decoded bytes when decoding was needed
 * (it is reset first); *body and *body_len then point into it, else into the
 * response's own bytes.  At most `max_out` decoded bytes are accepted.
 * Lenient where archives commonly are: a body announced as chunked or gzip
 * that plainly is not (the archiver stored it decoded) is taken as it is,
 * and a chunked body cut short keeps the chunks before the cut.
 * Returns true, or false with msg (msgsz bytes) naming the problem and the
 * body offset: corrupt gzip/deflate data, an unsupported coding, a bad
 * chunk size line, or decoded data beyond max_out. */
bool dyad_http_decode_body(const dyad_http_response *r, dyad_buf *scratch, size_t max_out,
                           const char **body, size_t *body_len, char *msg, size_t msgsz);

/* Does the media type of a Content-Type value (parameters and case
 * ignored) equal `type`, e.g. "text/html"? */
bool dyad_http_media_is(const char *ctype, size_t len, const char *type);

/* Copy the charset parameter of a Content-Type value (quotes removed) into
 * out (outsz bytes, NUL-terminated); returns its length, 0 when absent or
 * not a plausible charset name. */
size_t dyad_http_charset(const char *ctype, size_t len, char *out, size_t outsz);

/* Does the body look like an HTML page (for responses without a
 * Content-Type)?  Looks at the first kilobyte only. */
bool dyad_http_sniff_html(const char *data, size_t len);

#endif
