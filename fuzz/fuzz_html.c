/* fuzz/fuzz_html.c — libFuzzer target: any bytes read as html (reader,
 * dyad_doc_read, JSON) must keep every invariant of fuzz/invariants.h.
 * Build and run with `make fuzz`. */
#include "harness.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_check(data, size, DYAD_FORMAT_HTML);
    return 0;
}
