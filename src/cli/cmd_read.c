/* cmd_read.c — `dyad read` and `dyad code`. */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char common_options[] =
    "    --input FMT      text, html, warc, jsonl or auto (default: detected from the\n"
    "                     content; gzip is decompressed first)\n"
    "    --threads N      worker threads (default 1); output stays in input order\n"
    "    --date YYYY-MM-DD  publication date for documents that do not give one\n"
    "    --dict PATH      add a dictionary file (repeatable): dyad's format, TABARI\n"
    "                     .actors/.agents/.verbs, or PETRARCH/Phoenix files\n"
    "    --format F       json (default), or for events: csv (one event a row),\n"
    "                     tsv (GDELT 2.0 event table columns), petrarch-xml\n"
    "    --negated        keep negated events (\"did not attack\"), flagged\n"
    "    --quiet          no warnings on stderr\n"
    "    --help           this text\n";

static void read_usage(void)
{
    printf("NAME\n"
           "    dyad read - ingest, clean and segment news documents\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad read [OPTIONS] [FILE...]\n"
           "\n"
           "DESCRIPTION\n"
           "    Reads plain-text, HTML, WARC (plain or gzip) and JSONL inputs and writes\n"
           "    one JSON object per document on standard output: id, source, url, title,\n"
           "    author, outlet, dateline, date, lang, paragraphs (with kind: title,\n"
           "    dateline, body, caption, boilerplate, and for boilerplate the reason),\n"
           "    sentences and the normalised text.  Every span is [start, end) in bytes\n"
           "    of that text.  A document that fails is named on standard error as\n"
           "    'dyad: SOURCE[:LINE|@OFFSET]: message' and the others are still output.\n"
           "\n"
           "OPTIONS\n"
           "%s"
           "    --tokens         also output the tokens: [start, end, class]\n"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents read, 1 some failed, 2 usage or system error\n",
           common_options);
}

static void code_usage(void)
{
    printf("NAME\n"
           "    dyad code - code news documents: actors, statements, events, dates\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad code [OPTIONS] [FILE...]\n"
           "\n"
           "DESCRIPTION\n"
           "    Runs the whole pipeline and writes one JSON object per document (the\n"
           "    fields of 'dyad read' plus the results of each analysis stage).\n"
           "\n"
           "OPTIONS\n"
           "%s"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents coded, 1 some failed, 2 usage or system error\n",
           common_options);
}

static int run(int argc, char **argv, const char *name, void (*usage)(void), unsigned stages, unsigned fields)
{
    cli_opts o = {.cmd = name};
    int rc = cli_parse(&o, argc, argv, 2, usage);
    if (rc) {
        cli_opts_free(&o);
        return rc < 0 ? EXIT_OKAY : rc;
    }
    if (o.tokens)
        fields |= DYAD_JSON_TOKENS;
    dyad_engine *eng = cli_engine(&o);
    if (eng) {
        rc = cli_run_batch(&o, eng, stages, fields);
        dyad_engine_free(eng);
    } else
        rc = EXIT_USAGE;
    cli_opts_free(&o);
    return rc;
}

int cmd_read(int argc, char **argv) { return run(argc, argv, "read", read_usage, 0, DYAD_JSON_READ); }

static void events_usage(void)
{
    printf("NAME\n"
           "    dyad events - CAMEO/PLOVER-coded events and mediations in news documents\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad events [OPTIONS] [FILE...]\n"
           "\n"
           "DESCRIPTION\n"
           "    Writes, per document, its events: source and target codes and actors,\n"
           "    cameo, root, plover, goldstein, quad, date (the clause's own time, else\n"
           "    the statement's, else the document's), via (intermediaries),\n"
           "    confidence, source_text and target_text as written, statement (when\n"
           "    the event is inside a quotation: the speaker's claim), and the\n"
           "    sentence and verb spans as evidence; and mediations (principal,\n"
           "    counterpart, via).  The same event reported twice is one record with\n"
           "    every evidence sentence.  --format csv|tsv|petrarch-xml writes one\n"
           "    event a row instead (docs/gdelt-tsv.md).\n"
           "\n"
           "OPTIONS\n"
           "%s"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents read, 1 some failed, 2 usage or system error\n",
           common_options);
}

int cmd_events(int argc, char **argv)
{
    return run(argc, argv, "events", events_usage, DYAD_STAGE_ALL,
               DYAD_JSON_META | DYAD_JSON_EVENTS | DYAD_JSON_TEXT);
}

static void actors_usage(void)
{
    printf("NAME\n"
           "    dyad actors - the actors of news documents, coded by date\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad actors [OPTIONS] [FILE...]\n"
           "\n"
           "DESCRIPTION\n"
           "    Writes one JSON object per document with its id, source, title, date\n"
           "    and actors: id, name, kind (person, organisation, country, group),\n"
           "    codes (CAMEO, as in force on the document's date: a leader's code\n"
           "    changes when the term ends), roles, mentions (spans of every name,\n"
           "    title, pronoun and metonym that refers to it) and source (the\n"
           "    dictionary file and line that coded it).  --dict adds TABARI,\n"
           "    PETRARCH/Phoenix or dyad dictionaries.\n"
           "\n"
           "OPTIONS\n"
           "%s"
           "    --no-builtin-dicts  use only the --dict dictionaries\n"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents read, 1 some failed, 2 usage or system error\n",
           common_options);
}

int cmd_actors(int argc, char **argv)
{
    return run(argc, argv, "actors", actors_usage, DYAD_STAGE_ACTORS,
               DYAD_JSON_META | DYAD_JSON_ACTORS | DYAD_JSON_TEXT);
}

static void quotes_usage(void)
{
    printf("NAME\n"
           "    dyad quotes - the statements of news documents: quotations, speakers, dates\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad quotes [OPTIONS] [FILE...]\n"
           "\n"
           "DESCRIPTION\n"
           "    Writes one JSON object per document with its id, source, title, date\n"
           "    and statements: kind (direct, indirect, mixed, partial), text, span,\n"
           "    fragments, speaker, speaker_text and speaker_span (the source as\n"
           "    written), attributed_to for unnamed sources (\"reports\"), cue and\n"
           "    cue_lemma, addressee, and date (the statement's own time expression,\n"
           "    else the document date).  Spans are bytes of the document's text, which\n"
           "    is included so every span can be checked.\n"
           "\n"
           "OPTIONS\n"
           "%s"
           "\n"
           "EXIT STATUS\n"
           "    0 all documents read, 1 some failed, 2 usage or system error\n",
           common_options);
}

int cmd_quotes(int argc, char **argv)
{
    return run(argc, argv, "quotes", quotes_usage, DYAD_STAGE_STATEMENTS | DYAD_STAGE_TIME,
               DYAD_JSON_META | DYAD_JSON_STATEMENTS | DYAD_JSON_TEXT);
}

int cmd_code(int argc, char **argv)
{
    return run(argc, argv, "code", code_usage, DYAD_STAGE_ALL, DYAD_JSON_ALL);
}
