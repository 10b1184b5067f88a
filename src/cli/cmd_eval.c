/* cmd_eval.c — `dyad eval SUITE`: score against an outside suite in
 * ../shared/eval (or --shared DIR).  Each suite prints its details and, as
 * its last line, "SUITE: precision=… recall=… f1=… n=…". */
#include "cli.h"
#include "eval/eval.h"

#include <stdio.h>
#include <string.h>

static void usage(void)
{
    printf("NAME\n"
           "    dyad eval - score dyad against an outside evaluation suite\n"
           "\n"
           "SYNOPSIS\n"
           "    dyad eval SUITE [--shared DIR] [--verbose] [--predictions FILE]\n"
           "                    [--dicts validate|phoenix]\n"
           "\n"
           "SUITES\n"
           "    extraction   article extraction from 50 news pages (body shingle F1,\n"
           "                 title, author, date); DIR/eval/extraction/\n"
           "    quotes       quotations and speakers in US political news (PolNeAR);\n"
           "                 DIR/eval/quotes/; --split dev|train\n"
           "    tabari       TABARI's validation suite (Validate.text with its demo\n"
           "                 dictionaries and options); DIR/eval/tabari/\n"
           "    petrarch     PETRARCH's unit-test records, coded from their raw text;\n"
           "                 DIR/eval/petrarch/; --dicts validate|phoenix\n"
           "\n"
           "OPTIONS\n"
           "    --shared DIR  where the shared data lives (default ../shared)\n"
           "    --verbose     list every failing item (tabari, petrarch: each failing\n"
           "                  record with its expected and found events)\n"
           "    --dicts SET   petrarch: 'validate' (default), the dictionaries the\n"
           "                  suite's <Environment> names, or 'phoenix', the Phoenix set\n"
           "    --predictions FILE  score this JSON file ({id: {articleBody, title,\n"
           "                  author, date}}) instead of running dyad\n"
           "\n"
           "The last line is 'SUITE: precision=P recall=R f1=F n=N'.\n");
}

int cmd_eval(int argc, char **argv)
{
    const char *suite = NULL, *shared = "../shared", *split = "dev", *predictions = NULL, *dicts = "validate";
    bool verbose = false;
    for (int i = 2; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) {
            usage();
            return EXIT_OKAY;
        } else if (!strcmp(argv[i], "--verbose") || !strcmp(argv[i], "-v"))
            verbose = true;
        else if (!strcmp(argv[i], "--split") && i + 1 < argc)
            split = argv[++i];
        else if (!strcmp(argv[i], "--dicts") && i + 1 < argc)
            dicts = argv[++i];
        else if (!strncmp(argv[i], "--dicts=", 8))
            dicts = argv[i] + 8;
        else if (!strcmp(argv[i], "--shared") && i + 1 < argc)
            shared = argv[++i];
        else if (!strncmp(argv[i], "--shared=", 9))
            shared = argv[i] + 9;
        else if (!strcmp(argv[i], "--predictions") && i + 1 < argc)
            predictions = argv[++i];
        else if (!strncmp(argv[i], "--predictions=", 14))
            predictions = argv[i] + 14;
        else if (argv[i][0] == '-') {
            fprintf(stderr, "dyad eval: unknown option '%s'; see 'dyad eval --help'\n", argv[i]);
            return EXIT_USAGE;
        } else if (!suite)
            suite = argv[i];
        else {
            fprintf(stderr, "dyad eval: one suite at a time; see 'dyad eval --help'\n");
            return EXIT_USAGE;
        }
    }
    if (!suite) {
        fprintf(stderr, "dyad eval: which suite? see 'dyad eval --help'\n");
        return EXIT_USAGE;
    }
    dyad_eval_opts eo = {.shared = shared, .verbose = verbose, .predictions = predictions, .out = stdout,
                         .split = split, .dicts = dicts};
    if (!strcmp(suite, "extraction"))
        return dyad_eval_extraction(&eo);
    if (!strcmp(suite, "quotes"))
        return dyad_eval_quotes(&eo);
    if (!strcmp(suite, "tabari"))
        return dyad_eval_tabari(&eo);
    if (!strcmp(suite, "petrarch")) {
        if (strcmp(dicts, "validate") && strcmp(dicts, "phoenix")) {
            fprintf(stderr, "dyad eval: --dicts is 'validate' or 'phoenix'; see 'dyad eval --help'\n");
            return EXIT_USAGE;
        }
        return dyad_eval_petrarch(&eo);
    }
    fprintf(stderr, "dyad eval: unknown suite '%s'; see 'dyad eval --help'\n", suite);
    return EXIT_USAGE;
}
