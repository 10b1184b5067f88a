/* serve.c — the HTTP server: libmicrohttpd with an internal thread pool, a
 * pool of read-only SQLite connections, the JSON API and the embedded web
 * viewer.
 *
 * Hardening: only GET and HEAD (405 otherwise); the request line and
 * headers must fit the per-connection memory limit (MHD answers 414/431
 * beyond it); query strings are parsed by query_params_parse (bounded,
 * every value checked) and bound into SQL; files come only from the
 * compiled-in table by exact name, so no path reaches the file system; every
 * response has nosniff and a Content-Security-Policy allowing only our own
 * script, so text that slipped through as HTML still could not run. */
#include "serve/serve.h"

#include "store/assets.h"
#include "store/query.h"
#include "store/store.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { URI_MAX = 4096, DOC_ID_MAX = 80 };

struct dyad_server {
    struct MHD_Daemon *daemon;
    dyad_store **conns;
    int *busy;
    int n;
    pthread_mutex_t mu;
    pthread_cond_t freed;
    unsigned port;
};

static const char json_type[] = "application/json; charset=utf-8";

static dyad_store *checkout(dyad_server *s, int *slot)
{
    pthread_mutex_lock(&s->mu);
    for (;;) {
        for (int i = 0; i < s->n; i++)
            if (!s->busy[i]) {
                s->busy[i] = 1;
                *slot = i;
                pthread_mutex_unlock(&s->mu);
                return s->conns[i];
            }
        pthread_cond_wait(&s->freed, &s->mu);
    }
}

static void checkin(dyad_server *s, int slot)
{
    pthread_mutex_lock(&s->mu);
    s->busy[slot] = 0;
    pthread_cond_signal(&s->freed);
    pthread_mutex_unlock(&s->mu);
}

static void error_body(int code, const char *msg, int *status, char **body, size_t *len, const char **ct)
{
    dyad_buf b;
    dyad_buf_init(&b);
    dyad_buf_printf(&b, "{\"error\":");
    query_json_string(&b, msg, strlen(msg));
    dyad_buf_printf(&b, ",\"status\":%d}\n", code);
    *status = code;
    *body = b.data;
    *len = b.len;
    *ct = json_type;
}

static const char *asset_type(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (!dot)
        return "application/octet-stream";
    if (!strcmp(dot, ".html"))
        return "text/html; charset=utf-8";
    if (!strcmp(dot, ".js"))
        return "text/javascript; charset=utf-8";
    if (!strcmp(dot, ".css"))
        return "text/css; charset=utf-8";
    if (!strcmp(dot, ".svg"))
        return "image/svg+xml";
    return "application/octet-stream";
}

static void stats(sqlite3 *db, dyad_buf *b)
{
    static const char sql[] =
        "SELECT (SELECT count(*) FROM documents) AS documents,"
        " (SELECT count(*) FROM documents WHERE canonical_id IS NOT NULL) AS near_duplicates,"
        " (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM events) AS events,"
        " (SELECT count(*) FROM actors) AS actors, (SELECT count(*) FROM mediations) AS mediations,"
        " (SELECT count(*) FROM times) AS times, (SELECT min(date) FROM documents) AS first_date,"
        " (SELECT max(date) FROM documents) AS last_date";
    sqlite3_stmt *s;
    char err[256];
    if (sqlite3_prepare_v2(db, sql, -1, &s, NULL) == SQLITE_OK) {
        dyad_buf tmp;
        dyad_buf_init(&tmp);
        if (query_write(s, QF_JSON_ARRAY, &tmp, err, sizeof err) == 1 && tmp.len > 2)
            dyad_buf_add(b, tmp.data + 1, tmp.len - 2);
        dyad_buf_free(&tmp);
        sqlite3_finalize(s);
    }
}

void serve_route(dyad_server *s, const char *method, const char *path, const char *query, int *status, char **body,
                 size_t *len, const char **ct)
{
    *body = NULL;
    *len = 0;
    if (strcmp(method, "GET") && strcmp(method, "HEAD")) {
        error_body(405, "only GET and HEAD are allowed", status, body, len, ct);
        return;
    }
    /* the page and its files */
    if (!strcmp(path, "/"))
        path = "/index.html";
    if (strncmp(path, "/api/", 5) != 0) {
        const dyad_asset *a = path[0] == '/' && !strchr(path + 1, '/') ? dyad_asset_find(dyad_web_assets, path + 1) : NULL;
        if (!a) {
            error_body(404, "not found", status, body, len, ct);
            return;
        }
        *body = malloc(a->len + 1);
        if (!*body) {
            error_body(500, "out of memory", status, body, len, ct);
            return;
        }
        memcpy(*body, a->data, a->len);
        *len = a->len;
        *status = 200;
        *ct = asset_type(a->name);
        return;
    }
    const char *api = path + 5;
    char err[512];
    query_params p;
    query_params_init(&p);
    if (query && query_params_parse(query, strlen(query), &p, err, sizeof err)) {
        error_body(400, err, status, body, len, ct);
        return;
    }
    static const struct { const char *name; query_kind kind; } routes[] = {
        {"said", QUERY_SAID}, {"events", QUERY_EVENTS}, {"dyads", QUERY_DYADS},
        {"mediations", QUERY_MEDIATIONS}, {"search", QUERY_SEARCH}};
    int kind = -1;
    for (size_t i = 0; i < sizeof routes / sizeof *routes; i++)
        if (!strcmp(api, routes[i].name))
            kind = (int)routes[i].kind;
    int is_doc = !strncmp(api, "doc/", 4), is_stats = !strcmp(api, "stats");
    if (kind < 0 && !is_doc && !is_stats) {
        error_body(404, "no such API endpoint", status, body, len, ct);
        return;
    }
    const char *doc_id = is_doc ? api + 4 : NULL;
    if (is_doc && (!*doc_id || strlen(doc_id) > DOC_ID_MAX || strchr(doc_id, '/'))) {
        error_body(400, "bad document id", status, body, len, ct);
        return;
    }
    if (kind >= 0 && query_params_check((query_kind)kind, &p, err, sizeof err)) {
        error_body(400, err, status, body, len, ct);
        return;
    }
    int slot;
    dyad_store *st = checkout(s, &slot);
    dyad_buf b;
    dyad_buf_init(&b);
    *status = 200;
    if (is_stats) {
        stats(store_db(st), &b);
        dyad_buf_addc(&b, '\n');
    } else if (is_doc) {
        int found = query_document(store_db(st), doc_id, &b, err, sizeof err);
        if (found <= 0) {
            dyad_buf_free(&b);
            checkin(s, slot);
            error_body(found < 0 ? 500 : 404, found < 0 ? err : "no such document", status, body, len, ct);
            return;
        }
    } else {
        sqlite3_stmt *q = query_prepare(store_db(st), (query_kind)kind, &p, err, sizeof err);
        dyad_buf_adds(&b, "{\"rows\":");
        long n = q ? query_write(q, QF_JSON_ARRAY, &b, err, sizeof err) : -1;
        sqlite3_finalize(q);
        if (n < 0) {
            dyad_buf_free(&b);
            checkin(s, slot);
            error_body(500, err, status, body, len, ct);
            return;
        }
        dyad_buf_printf(&b, ",\"count\":%ld,\"limit\":%ld,\"offset\":%ld}\n", n, p.limit, p.offset);
    }
    checkin(s, slot);
    if (b.failed) {
        dyad_buf_free(&b);
        error_body(500, "out of memory", status, body, len, ct);
        return;
    }
    *body = b.data;
    *len = b.len;
    *ct = json_type;
}

/* MHD gives the raw URI (with its query string) here first; what we
 * return becomes the request's context. */
static void *uri_logger(void *cls, const char *uri, struct MHD_Connection *con)
{
    const char *q = strchr(uri, '?');
    if (!q)
        return strdup("");
    size_t n = strnlen(q + 1, URI_MAX + 1);
    return n > URI_MAX ? NULL : strndup(q + 1, n);
}

static void completed(void *cls, struct MHD_Connection *con, void **req_cls, enum MHD_RequestTerminationCode toe)
{
    free(*req_cls);
    *req_cls = NULL;
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *con, const char *url, const char *method,
                              const char *version, const char *upload_data, size_t *upload_size, void **req_cls)
{
    dyad_server *s = cls;
    if (*upload_size) { /* a body: not read, and not allowed */
        *upload_size = 0;
        return MHD_YES;
    }
    int status;
    char *body;
    size_t len;
    const char *ct;
    const char *query = *req_cls;
    if (!query)
        error_body(414, "request URI too long", &status, &body, &len, &ct);
    else
        serve_route(s, method, url, *query ? query : NULL, &status, &body, &len, &ct);
    struct MHD_Response *r = MHD_create_response_from_buffer(len, body ? body : (void *)"", body ? MHD_RESPMEM_MUST_FREE : MHD_RESPMEM_PERSISTENT);
    if (!r) {
        free(body);
        return MHD_NO;
    }
    MHD_add_response_header(r, "Content-Type", ct);
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                            "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "Cache-Control", "no-store");
    if (status == 405)
        MHD_add_response_header(r, "Allow", "GET, HEAD");
    enum MHD_Result ret = MHD_queue_response(con, (unsigned)status, r);
    MHD_destroy_response(r);
    return ret;
}

int serve_start(const serve_options *o, dyad_server **out, char *err, size_t errlen)
{
    *out = NULL;
    dyad_server *s = calloc(1, sizeof *s);
    int n = o->threads > 0 ? o->threads : 2;
    if (!s || !(s->conns = calloc((size_t)n, sizeof *s->conns)) || !(s->busy = calloc((size_t)n, sizeof *s->busy))) {
        snprintf(err, errlen, "out of memory");
        if (s)
            free(s->conns);
        free(s);
        return -1;
    }
    pthread_mutex_init(&s->mu, NULL);
    pthread_cond_init(&s->freed, NULL);
    for (; s->n < n; s->n++)
        if (store_open(o->db_path, STORE_READONLY, &s->conns[s->n], err, errlen)) {
            serve_stop(s);
            return -1;
        }
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)o->port);
    if (inet_pton(AF_INET, o->bind ? o->bind : "127.0.0.1", &sa.sin_addr) != 1) {
        snprintf(err, errlen, "--bind needs an IPv4 address, not '%s'", o->bind);
        serve_stop(s);
        return -1;
    }
    s->daemon = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_EPOLL, 0, NULL, NULL, handle, s,
                                 MHD_OPTION_THREAD_POOL_SIZE, (unsigned)n,
                                 MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
                                 MHD_OPTION_CONNECTION_MEMORY_LIMIT, (size_t)32768,
                                 MHD_OPTION_CONNECTION_LIMIT, (unsigned)1024,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)15,
                                 MHD_OPTION_URI_LOG_CALLBACK, uri_logger, (void *)s,
                                 MHD_OPTION_NOTIFY_COMPLETED, completed, (void *)s,
                                 MHD_OPTION_END);
    if (!s->daemon) {
        snprintf(err, errlen, "cannot listen on %s:%u (in use, or not allowed)", o->bind ? o->bind : "127.0.0.1",
                 o->port);
        serve_stop(s);
        return -1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : o->port;
    *out = s;
    return 0;
}

unsigned serve_port(const dyad_server *s) { return s->port; }

void serve_stop(dyad_server *s)
{
    if (!s)
        return;
    if (s->daemon)
        MHD_stop_daemon(s->daemon);
    for (int i = 0; i < s->n; i++)
        store_close(s->conns[i]);
    pthread_mutex_destroy(&s->mu);
    pthread_cond_destroy(&s->freed);
    free(s->conns);
    free(s->busy);
    free(s);
}
