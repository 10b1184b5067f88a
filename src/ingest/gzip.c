/* gzip.c — gzip inputs through zlib; multi-member streams (as WARC.gz
 * files are written, one member per record) are decoded member after
 * member. */
#include "container.h"

#include <stdio.h>
#include <string.h>
#include <zlib.h>

bool dyad_is_gzip(const void *data, size_t len)
{
    const unsigned char *p = data;
    return len >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

dyad_status dyad_gunzip(const void *data, size_t len, dyad_buf *out, size_t max_out, dyad_container_err *err)
{
    if (len > 0xFFFFFFFFu) {
        snprintf(err->msg, sizeof err->msg, "gzip input larger than 4 GiB");
        return DYAD_ERR_TOOBIG;
    }
    z_stream z;
    memset(&z, 0, sizeof z);
    if (inflateInit2(&z, 15 + 16) != Z_OK) {
        snprintf(err->msg, sizeof err->msg, "zlib initialisation failed");
        return DYAD_ERR_NOMEM;
    }
    const unsigned char *in = data;
    z.next_in = (Bytef *)in;
    z.avail_in = (uInt)len;
    dyad_status st = DYAD_OK;
    for (;;) {
        if (dyad_buf_reserve(out, 256 * 1024) || (max_out && out->len > max_out)) {
            snprintf(err->msg, sizeof err->msg, "decompressed data exceeds the limit");
            err->offset = len - z.avail_in;
            st = DYAD_ERR_TOOBIG;
            break;
        }
        z.next_out = (Bytef *)out->data + out->len;
        z.avail_out = (uInt)(out->cap - out->len - 1);
        uInt before = z.avail_out;
        int rc = inflate(&z, Z_NO_FLUSH);
        out->len += before - z.avail_out;
        if (rc == Z_STREAM_END) {
            if (z.avail_in == 0)
                break;
            size_t at = len - z.avail_in;
            if (dyad_is_gzip(in + at, z.avail_in)) {
                inflateReset(&z); /* the next member */
                continue;
            }
            size_t k = at;
            while (k < len && in[k] == 0)
                k++; /* zero padding after the last member is harmless */
            if (k < len) {
                snprintf(err->msg, sizeof err->msg, "data after the end of the gzip stream");
                err->offset = at;
                st = DYAD_ERR_FORMAT;
            }
            break;
        }
        if (rc == Z_OK)
            continue;
        if (rc == Z_BUF_ERROR && z.avail_in == 0) {
            snprintf(err->msg, sizeof err->msg, "truncated gzip stream");
            err->offset = len;
            st = DYAD_ERR_FORMAT;
            break;
        }
        if (rc == Z_BUF_ERROR)
            continue; /* output full: the loop makes room */
        snprintf(err->msg, sizeof err->msg, "corrupt gzip data (%s)", z.msg ? z.msg : "inflate error");
        err->offset = len - z.avail_in;
        st = DYAD_ERR_FORMAT;
        break;
    }
    inflateEnd(&z);
    return st;
}
