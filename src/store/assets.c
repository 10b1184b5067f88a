/* assets.c — look up a file compiled into the binary. */
#include "store/assets.h"

#include <string.h>

const dyad_asset *dyad_asset_find(const dyad_asset *table, const char *name)
{
    if (!table || !name)
        return NULL;
    for (const dyad_asset *a = table; a->name; a++)
        if (strcmp(a->name, name) == 0)
            return a;
    return NULL;
}
