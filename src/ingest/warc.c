/* warc.c — WARC 1.0/1.1 records (placeholder until the WARC decoder lands:
 * every WARC input is reported as unsupported, never silently dropped). */
#include "container.h"

#include <stdio.h>
#include <stdlib.h>

struct dyad_warc {
    bool reported;
};

dyad_warc *dyad_warc_open(const char *data, size_t len, bool gz)
{
    (void)data, (void)len, (void)gz;
    return calloc(1, sizeof(dyad_warc));
}

dyad_status dyad_warc_next(dyad_warc *w, dyad_input *in, dyad_container_err *err, size_t *skipped)
{
    (void)in, (void)skipped;
    if (w->reported)
        return DYAD_END;
    w->reported = true;
    snprintf(err->msg, sizeof err->msg, "WARC input is not supported by this build");
    return DYAD_ERR_FORMAT;
}

void dyad_warc_free(dyad_warc *w) { free(w); }
