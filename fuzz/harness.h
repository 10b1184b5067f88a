/* fuzz/harness.h — the body shared by the libFuzzer targets: the engine is
 * loaded once (a harness global, read-only afterwards), every input is read
 * as FUZZ_FORMAT, and any broken invariant (fuzz/invariants.h) aborts so
 * libFuzzer records the input. */
#ifndef DYAD_FUZZ_HARNESS_H
#define DYAD_FUZZ_HARNESS_H

#include "invariants.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

static dyad_engine *fuzz_engine;

static void fuzz_diag(void *ctx, const char *msg) { (void)ctx, (void)msg; }

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc, (void)argv;
    dyad_engine_options opt = {.diag = fuzz_diag};
    if (dyad_engine_load(&opt, &fuzz_engine) != DYAD_OK) {
        fprintf(stderr, "fuzz: cannot load the engine\n");
        abort();
    }
    return 0;
}

/* Check one input read as fmt; abort on a broken invariant. */
static void fuzz_check(const uint8_t *data, size_t size, dyad_format fmt)
{
    char why[512];
    if (inv_check_input(fuzz_engine, data, size, fmt, why, sizeof why) < 0) {
        fprintf(stderr, "fuzz: invariant broken (%s input of %zu bytes): %s\n", dyad_format_name(fmt), size, why);
        abort();
    }
}

#endif
