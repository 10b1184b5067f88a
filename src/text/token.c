/* token.c — small helpers over a document's tokens shared by the
 * analysis stages. */
#include "dyad_int.h"
#include "lexicon/lexicon.h"

#include <string.h>

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

uint32_t dyad_tok_first_at(const dyad_doc *doc, uint32_t off)
{
    uint32_t lo = 0, hi = (uint32_t)doc->n_toks;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (doc->toks[mid].span.start < off)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

bool dyad_tok_is(const dyad_doc *doc, uint32_t i, const char *w)
{
    /* compared in place, as dyad_tok_lower would write the token: the
     * stages ask "is this 'not' / 'and' / 'two'?" many times a token, and
     * most answers are no at the first byte */
    const dyad_token *t = &doc->toks[i];
    const unsigned char *s = (const unsigned char *)doc->text + t->span.start;
    size_t n = t->span.end - t->span.start;
    const unsigned char *p = (const unsigned char *)w;
    for (size_t k = 0; k < n; k++, p++) {
        unsigned ch = s[k];
        if (ch - 'A' < 26u)
            ch += 32;
        else if (ch == 0xE2 && k + 2 < n && s[k + 1] == 0x80 && s[k + 2] == 0x99) {
            ch = '\'';
            k += 2;
        }
        if (!*p || ch != *p)
            return false;
    }
    return n && !*p;
}

/* The classes of token i when the cache does not hold them yet: makes the
 * cache on the first call, fills entry i.  Kept out of dyad_tok_fword so
 * that its cached path, which the stages take almost always, stays a few
 * instructions without a stack frame. */
static __attribute__((noinline)) int tok_fword_fill(dyad_doc *doc, uint32_t i)
{
    if (!doc->tok_fw) {
        doc->tok_fw = dyad_arena_array_uninit(doc->arena, doc->n_toks ? doc->n_toks : 1, sizeof *doc->tok_fw);
        if (!doc->tok_fw) {
            char w[32];
            size_t n = dyad_tok_lower(doc, i, w, sizeof w);
            return n ? dyad_fword(doc->eng, w, n) : 0;
        }
        memset(doc->tok_fw, 0xff, (doc->n_toks ? doc->n_toks : 1) * sizeof *doc->tok_fw);
    }
    if (i >= doc->n_toks)
        return 0;
    if (doc->tok_fw[i] == 0xffff) {
        int v = 0;
        const dyad_token *t = &doc->toks[i];
        /* function words are short ASCII words or contractions */
        if ((t->cls == DYAD_TOK_WORD || t->cls == DYAD_TOK_APOSTROPHE) && t->span.end - t->span.start <= 12) {
            /* from the token's word id, which the lexicon keeps for the
             * actors stage anyway; by its lower-cased text otherwise */
            v = doc->eng && doc->eng->lexicon ? dyad_lexicon_token_fword(doc->eng->lexicon, doc, i) : -1;
            if (v < 0) {
                char w[32];
                size_t n = dyad_tok_lower(doc, i, w, sizeof w);
                v = n ? dyad_fword(doc->eng, w, n) : 0;
            }
        }
        doc->tok_fw[i] = (uint16_t)v;
    }
    return doc->tok_fw[i];
}

int dyad_tok_fword(dyad_doc *doc, uint32_t i)
{
    /* computed once per token and kept: the analysis stages ask about the
     * same tokens many times (noun-phrase edges, clause edges) */
    const uint16_t *fw = doc->tok_fw;
    if (fw && i < doc->n_toks && fw[i] != 0xffff)
        return fw[i];
    return tok_fword_fill(doc, i);
}
