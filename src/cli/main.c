/* main.c — `dyad`: dispatch to subcommands.  Unix conventions (jq, zstd):
 * data on stdout only, messages on stderr, --help on stdout with exit 0,
 * misuse exit 2; files named on the command line or stdin. */
#include "cli.h"

#include <stdio.h>
#include <string.h>

static void usage(FILE *f)
{
    fputs("NAME\n"
          "    dyad - who said and did what to whom, when, and through whom, in news text\n"
          "\n"
          "SYNOPSIS\n"
          "    dyad COMMAND [OPTIONS] [FILE...]\n"
          "\n"
          "COMMANDS\n"
          "    code   FILE...   full pipeline: one JSON object per document (the main job)\n"
          "    read   FILE...   ingest, clean and segment only: metadata, paragraphs, sentences\n"
          "    events FILE...   events only: CAMEO/PLOVER codes, dyads, dates, mediations\n"
          "    actors FILE...   actors only: names, CAMEO codes by date, roles, mentions\n"
          "    quotes FILE...   statements only: quotations, speakers, cues, dates\n"
          "    ingest DB FILE... code documents into a SQLite corpus (resumable, dedup)\n"
          "    query  DB WHAT   said, events, dyads, mediations, search, doc ID\n"
          "    serve  DB        HTTP API and web viewer of a corpus\n"
          "    eval   SUITE     score against an outside suite in ../shared/eval\n"
          "                     (extraction, quotes)\n"
          "\n"
          "    Run 'dyad COMMAND --help' for a command's options.  With no FILE, or\n"
          "    when FILE is -, standard input is read.\n"
          "\n"
          "EXIT STATUS\n"
          "    0  every document was processed\n"
          "    1  some documents failed (each named on stderr; the others are output)\n"
          "    2  usage error, or a system error such as an unloadable dictionary\n",
          f);
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (!strcmp(cmd, "--help") || !strcmp(cmd, "-h") || !strcmp(cmd, "help")) {
        usage(stdout);
        return EXIT_OKAY;
    }
    if (!strcmp(cmd, "--version")) {
        printf("dyad %s\n", DYAD_VERSION_STRING);
        return EXIT_OKAY;
    }
    int rc;
    if (!strcmp(cmd, "read"))
        rc = cmd_read(argc, argv);
    else if (!strcmp(cmd, "code"))
        rc = cmd_code(argc, argv);
    else if (!strcmp(cmd, "events"))
        rc = cmd_events(argc, argv);
    else if (!strcmp(cmd, "actors"))
        rc = cmd_actors(argc, argv);
    else if (!strcmp(cmd, "quotes"))
        rc = cmd_quotes(argc, argv);
    else if (!strcmp(cmd, "ingest"))
        rc = cmd_ingest(argc, argv);
    else if (!strcmp(cmd, "query"))
        rc = cmd_query(argc, argv);
    else if (!strcmp(cmd, "serve"))
        rc = cmd_serve(argc, argv);
    else if (!strcmp(cmd, "eval"))
        rc = cmd_eval(argc, argv);
    else {
        fprintf(stderr, "dyad: unknown command '%s'; see 'dyad --help'\n", cmd);
        return EXIT_USAGE;
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        perror("dyad: writing output");
        return EXIT_USAGE;
    }
    return rc;
}
