/* token.c — small helpers over a document's tokens shared by the
 * analysis stages. */
#include "dyad_int.h"

size_t dyad_tok_lower(const dyad_doc *doc, uint32_t i, char *buf, size_t cap)
{
    const dyad_token *t = &doc->toks[i];
    const char *s = doc->text + t->span.start;
    size_t n = t->span.end - t->span.start, o = 0;
    for (size_t k = 0; k < n; k++) {
        if (o + 1 >= cap)
            return 0;
        unsigned char c = (unsigned char)s[k];
        if (c == 0xE2 && k + 2 < n && (unsigned char)s[k + 1] == 0x80 && (unsigned char)s[k + 2] == 0x99) {
            buf[o++] = '\'';
            k += 2;
            continue;
        }
        buf[o++] = (char)((c >= 'A' && c <= 'Z') ? c + 32 : c);
    }
    buf[o] = 0;
    return o;
}

