/* cmd_serve.c — `dyad serve DB [--port N] [--bind ADDR] [--threads N]`:
 * the JSON API and web viewer over a read-only store, until SIGINT or
 * SIGTERM. */
#include "cli.h"
#include "serve/serve.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void serve_usage(void)
{
    printf("NAME\n"
           "    dyad serve - browse and query a corpus over HTTP\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad serve DB [--port N] [--bind 127.0.0.1] [--threads N]\n"
           "\n"
           "DESCRIPTION\n"
           "    Serves a web page (search, read an article with its actors, quotations,\n"
           "    events and dates highlighted, timelines and a graph of dyads) and a JSON\n"
           "    API (docs/api.md) from DB, opened read-only.  Stops on SIGINT/SIGTERM.\n"
           "    The address is printed on stderr as 'dyad serve: http://ADDR:PORT/'.\n"
           "\n"
           "OPTIONS\n"
           "    --port N       TCP port (default 8080; 0 picks a free one)\n"
           "    --bind ADDR    IPv4 address to listen on (default 127.0.0.1)\n"
           "    --threads N    worker threads (default 4)\n"
           "    --help         this text\n");
}

int cmd_serve(int argc, char **argv)
{
    serve_options o = {.bind = "127.0.0.1", .port = 8080, .threads = 4};
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
            serve_usage();
            return EXIT_OKAY;
        }
        if (!strcmp(a, "--port") || !strcmp(a, "--bind") || !strcmp(a, "--threads")) {
            if (i + 1 >= argc) {
                fprintf(stderr, "dyad serve: option '%s' needs a value\n", a);
                return EXIT_USAGE;
            }
            const char *v = argv[++i];
            if (!strcmp(a, "--bind")) {
                o.bind = v;
                continue;
            }
            char *end;
            long x = strtol(v, &end, 10);
            long hi = a[2] == 'p' ? 65535 : 64, lo = a[2] == 'p' ? 0 : 1;
            if (*end || !*v || x < lo || x > hi) {
                fprintf(stderr, "dyad serve: %s needs a number from %ld to %ld, not '%s'\n", a, lo, hi, v);
                return EXIT_USAGE;
            }
            if (a[2] == 'p')
                o.port = (unsigned)x;
            else
                o.threads = (int)x;
            continue;
        }
        if (a[0] == '-' || o.db_path) {
            fprintf(stderr, "dyad serve: unexpected argument '%s'; see 'dyad serve --help'\n", a);
            return EXIT_USAGE;
        }
        o.db_path = a;
    }
    if (!o.db_path) {
        fprintf(stderr, "dyad serve: needs DB; see 'dyad serve --help'\n");
        return EXIT_USAGE;
    }
    /* Block the stop signals in every thread (MHD's inherit the mask) and
     * wait for them here. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    char err[512];
    dyad_server *s = NULL;
    if (serve_start(&o, &s, err, sizeof err)) {
        fprintf(stderr, "dyad serve: %s\n", err);
        return EXIT_USAGE;
    }
    fprintf(stderr, "dyad serve: http://%s:%u/\n", o.bind, serve_port(s));
    fflush(stderr);
    int sig = 0;
    sigwait(&set, &sig);
    serve_stop(s);
    return EXIT_OKAY;
}
