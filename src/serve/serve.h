/* serve.h — `dyad serve`: an HTTP server (libmicrohttpd, a thread pool) over
 * a read-only store: a JSON API for the corpus queries and for one document,
 * and the web viewer compiled into the binary. */
#ifndef DYAD_SERVE_H
#define DYAD_SERVE_H

#include <stddef.h>

typedef struct dyad_server dyad_server;

typedef struct serve_options {
    const char *db_path;
    const char *bind;  /* IPv4 address, default "127.0.0.1" */
    unsigned port;     /* 0: any free port */
    int threads;       /* worker threads (each with its own read-only connection) */
} serve_options;

/* Open `threads` read-only connections and start listening.  Returns 0
 * with *out set, or -1 with `err` filled. */
int serve_start(const serve_options *o, dyad_server **out, char *err, size_t errlen);

/* The port actually bound. */
unsigned serve_port(const dyad_server *s);

/* Stop listening, wait for the workers, close the connections; accepts NULL. */
void serve_stop(dyad_server *s);

/* Route one request without a network: `method`, `path` (no query) and raw
 * `query` (may be NULL) against the server's store.  Sets *status, a
 * malloc'd body in body and len (free it) and a static content type.  Used by
 * the server itself and by the fuzz target. */
void serve_route(dyad_server *s, const char *method, const char *path, const char *query, int *status, char **body,
                 size_t *len, const char **content_type);

#endif
