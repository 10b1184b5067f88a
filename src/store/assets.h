/* assets.h — files compiled into the binary by tools/embed_assets.c: the
 * store's SQL schema (docs/schema.sql) and the web viewer (src/serve/assets).
 * Nothing is read from disk at run time, so `dyad serve` cannot be made to
 * serve a file outside this table. */
#ifndef DYAD_STORE_ASSETS_H
#define DYAD_STORE_ASSETS_H

#include <stddef.h>

typedef struct dyad_asset {
    const char *name;          /* "schema.sql", "index.html", ... */
    const unsigned char *data; /* NUL-terminated */
    size_t len;                /* without the NUL */
} dyad_asset;

extern const dyad_asset dyad_schema_assets[]; /* docs/schema.sql */
extern const dyad_asset dyad_web_assets[];    /* src/serve/assets/ */

/* The asset called exactly `name` in `table`, or NULL.  Names are compared
 * whole: "../x" or "a/../b" never match anything. */
const dyad_asset *dyad_asset_find(const dyad_asset *table, const char *name);

#endif
