/* cli.h — the dyad command: shared option parsing and the batch runner
 * that every document-producing subcommand (read, code, actors, quotes,
 * events) uses, so input handling is identical across them. */
#ifndef DYAD_CLI_H
#define DYAD_CLI_H

#include "dyad.h"

#include <stdbool.h>
#include <stddef.h>

enum { EXIT_OKAY = 0, EXIT_SOME_FAILED = 1, EXIT_USAGE = 2 };

typedef struct cli_opts {
    const char *cmd;          /* subcommand name, for messages */
    dyad_format input;        /* --input */
    int threads;              /* --threads */
    const char *date;         /* --date */
    const char **dicts;       /* --dict, repeatable */
    size_t n_dicts;
    bool no_builtin;          /* --no-builtin-dicts */
    bool quiet;               /* --quiet */
    const char *format;       /* --format */
    dyad_output output;       /* --format, parsed */
    bool negated;             /* --negated: keep negated events, flagged */
    bool tokens;              /* --tokens (read) */
    char **files;             /* positional arguments */
    size_t n_files;
} cli_opts;

/* Parse the common options from argv[first..]; positional arguments go to
 * o->files.  Returns 0; -1 when --help was printed (exit 0); or EXIT_USAGE
 * after printing a message.  `usage` prints the subcommand's help.  The
 * caller frees o->files and o->dicts (cli_opts_free) on every path. */
int cli_parse(cli_opts *o, int argc, char **argv, int first, void (*usage)(void));

void cli_opts_free(cli_opts *o);

/* Load the engine from the options; prints the error and returns NULL. */
dyad_engine *cli_engine(const cli_opts *o);

/* Run the pipeline over every input: `stages` for dyad_doc_run, `fields`
 * for dyad_doc_json.  Output in input order, one JSON line a document.
 * Returns the exit status. */
int cli_run_batch(const cli_opts *o, const dyad_engine *eng, unsigned stages, unsigned fields);

/* Read a whole file ("-" is stdin) into malloc'd memory. 0 ok, -1 error
 * (errno set). */
int cli_slurp(const char *path, char **data, size_t *len);

/* Subcommands */
int cmd_read(int argc, char **argv);
int cmd_code(int argc, char **argv);
int cmd_quotes(int argc, char **argv);
int cmd_actors(int argc, char **argv);
int cmd_events(int argc, char **argv);
int cmd_eval(int argc, char **argv);
int cmd_ingest(int argc, char **argv);
int cmd_query(int argc, char **argv);
int cmd_serve(int argc, char **argv);

#endif
