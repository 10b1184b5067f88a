/* fuzz/fuzz_warc.c — libFuzzer target for WARC input.  Each input is read
 * as WARC as it is (plain, or gzip when it starts with the gzip magic), and
 * a plain input is also gzipped with one member per record and read again,
 * whole and cut short, so that mutations of the records reach the gzip
 * window code too.  Every invariant of fuzz/invariants.h must hold. */
#include "harness.h"

#include <string.h>
#include <zlib.h>

/* Append data as one gzip member to *out (grown with realloc). */
static int gz_member(const uint8_t *data, size_t size, uint8_t **out, size_t *len, size_t *cap)
{
    uLong bound = compressBound((uLong)size) + 32;
    if (*len + bound > *cap) {
        size_t c = (*len + bound) * 2;
        uint8_t *p = realloc(*out, c);
        if (!p)
            return -1;
        *out = p;
        *cap = c;
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    if (deflateInit2(&z, 1, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    z.next_in = (Bytef *)data;
    z.avail_in = (uInt)size;
    z.next_out = *out + *len;
    z.avail_out = (uInt)(*cap - *len);
    int rc = deflate(&z, Z_FINISH);
    *len += (*cap - *len) - z.avail_out;
    deflateEnd(&z);
    return rc == Z_STREAM_END ? 0 : -1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz_check(data, size, DYAD_FORMAT_WARC);
    if (size >= 2 && data[0] == 0x1f && data[1] == 0x8b)
        return 0;
    /* one member per record: split before every "WARC/1." at a line start */
    uint8_t *gz = NULL;
    size_t len = 0, cap = 0, start = 0;
    for (size_t i = 1; i + 7 <= size; i++) {
        if (data[i - 1] == '\n' && memcmp(data + i, "WARC/1.", 7) == 0) {
            if (gz_member(data + start, i - start, &gz, &len, &cap))
                goto out;
            start = i;
        }
    }
    if (gz_member(data + start, size - start, &gz, &len, &cap))
        goto out;
    fuzz_check(gz, len, DYAD_FORMAT_WARC);
    if (len > 20)
        fuzz_check(gz, len - 1 - (size % (len / 2)), DYAD_FORMAT_WARC); /* truncated */
out:
    free(gz);
    return 0;
}
