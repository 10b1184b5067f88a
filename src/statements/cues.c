/* cues.c — reporting verbs and phrases (data/cues.txt) as an engine table:
 * a map from a cue's first word (lower case) to the list of its forms, so
 * a token is tested with one hash lookup. */
#include "statements/statements.h"
#include "lexicon/lexicon.h"

#include <string.h>

#define FIRST_BITS 4096

typedef struct cue_form {
    const char *first; /* the first word, lower case */
    const char *lemma;
    unsigned flags;
    const char *words[4]; /* the form's words after the first, lower case */
    uint8_t nwords;       /* total words including the first */
    bool plain_first;     /* the first word is ASCII without capitals or
                             '.', so it is its own folded key */
    int next;             /* next form with the same first word, -1 */
} cue_form;

struct dyad_cues {
    cue_form *forms;
    size_t n, cap;
    dyad_strmap first; /* first word → index of the first form */
    /* a bit per (first byte, second byte, last byte, length) hash of every
     * form's first word: the statements stage asks about every word of the
     * text, and this rejects about nine in ten before lower-casing and
     * hashing (384 first words set about 9% of the bits) */
    uint64_t first_bits[FIRST_BITS / 64];
    /* some first word has an apostrophe: a token with a curly one (3
     * bytes, folded to 1) must bypass the filter */
    bool apostrophe;
    /* the lexicon whose word table holds the first words' tags (NULL:
     * none); set once, at engine load */
    const struct dyad_lexicon *tagged_in;
};

/* The filter's bit for a lower-case word of n > 0 bytes. */
static unsigned first_bit(unsigned char c0, unsigned char c1, unsigned char clast, size_t n)
{
    return ((unsigned)c0 * 131u + (unsigned)c1 * 31u + (unsigned)clast * 7u + (unsigned)n) % FIRST_BITS;
}

static unsigned char lower_ascii(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

static unsigned parse_flags(const char *s, size_t n)
{
    unsigned f = 0;
    static const struct {
        const char *name;
        unsigned flag;
    } names[] = {{"addressee", DYAD_CUE_ADDRESSEE}, {"that", DYAD_CUE_THAT}, {"noun", DYAD_CUE_NOUN},
                 {"prep", DYAD_CUE_PREP},           {"weak", DYAD_CUE_WEAK}};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++) {
        size_t l = strlen(names[k].name);
        for (size_t i = 0; i + l <= n; i++)
            if (memcmp(s + i, names[k].name, l) == 0 && (i == 0 || s[i - 1] == ' ' || s[i - 1] == ',') &&
                (i + l == n || s[i + l] == ',' || s[i + l] == ' '))
                f |= names[k].flag;
    }
    return f;
}

static int add_form(dyad_engine *eng, struct dyad_cues *c, const char *lemma, unsigned flags, const char *s,
                    size_t n)
{
    dyad_arena *a = eng->arena;
    if (c->n == c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        cue_form *f = dyad_arena_grow(a, c->forms, c->n, cap, sizeof *f);
        if (!f)
            return -1;
        c->forms = f;
        c->cap = cap;
    }
    cue_form *f = &c->forms[c->n];
    memset(f, 0, sizeof *f);
    f->lemma = lemma;
    f->flags = flags;
    /* split into words */
    const char *w[5];
    size_t wl[5];
    size_t nw = 0;
    for (size_t i = 0; i < n && nw < 5;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        if (j > i) {
            w[nw] = s + i;
            wl[nw++] = j - i;
        }
        i = j;
    }
    if (nw == 0)
        return 0;
    f->nwords = (uint8_t)nw;
    if (!(f->first = dyad_arena_strndup(a, w[0], wl[0])))
        return -1;
    f->plain_first = true;
    for (size_t k = 0; k < wl[0]; k++) {
        unsigned char ch = (unsigned char)w[0][k];
        if (ch >= 0x80 || ch == '.' || (ch >= 'A' && ch <= 'Z'))
            f->plain_first = false;
    }
    for (size_t k = 1; k < nw; k++)
        if (!(f->words[k - 1] = dyad_arena_strndup(a, w[k], wl[k])))
            return -1;
    unsigned bit = first_bit(lower_ascii((unsigned char)w[0][0]), lower_ascii((unsigned char)w[0][wl[0] > 1]),
                             lower_ascii((unsigned char)w[0][wl[0] - 1]), wl[0]);
    c->first_bits[bit / 64] |= 1ull << (bit % 64);
    if (memchr(w[0], '\'', wl[0]))
        c->apostrophe = true;
    int prev = dyad_strmap_get(&c->first, w[0], wl[0]);
    f->next = prev;
    if (dyad_strmap_put(&c->first, a, w[0], wl[0], (int)c->n))
        return -1;
    c->n++;
    return 0;
}

int dyad_cues_load(dyad_engine *eng)
{
    struct dyad_cues *c = dyad_arena_alloc(eng->arena, sizeof *c);
    if (!c)
        return -1;
    eng->cues = c;
    const dyad_blob *b = dyad_builtin_find("cues.txt");
    if (!b)
        return 0;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        const char *f[3];
        size_t fl[3];
        int nf = 0;
        const char *p = line, *end = line + n;
        while (nf < 3 && p <= end) {
            const char *bar = memchr(p, '|', (size_t)(end - p));
            const char *fe = bar ? bar : end;
            const char *a = p, *z = fe;
            while (a < z && *a == ' ')
                a++;
            while (z > a && z[-1] == ' ')
                z--;
            f[nf] = a;
            fl[nf++] = (size_t)(z - a);
            if (!bar)
                break;
            p = bar + 1;
        }
        if (nf < 2 || !fl[0]) {
            dyad_engine_diag(eng, "cues.txt:%u: expected 'LEMMA | FORMS | FLAGS'", it.lineno);
            continue;
        }
        const char *lemma = dyad_arena_strndup(eng->arena, f[0], fl[0]);
        unsigned flags = nf > 2 ? parse_flags(f[2], fl[2]) : 0;
        const char *s = f[1], *e = f[1] + fl[1];
        while (s < e) {
            const char *semi = memchr(s, ';', (size_t)(e - s));
            const char *fe = semi ? semi : e;
            const char *a = s, *z = fe;
            while (a < z && *a == ' ')
                a++;
            while (z > a && z[-1] == ' ')
                z--;
            if (z > a && add_form(eng, c, lemma, flags, a, (size_t)(z - a)))
                return -1;
            s = semi ? semi + 1 : e;
        }
    }
    return 0;
}

int dyad_cues_tag(dyad_engine *eng)
{
    struct dyad_cues *c = eng->cues;
    if (!c || !eng->lexicon)
        return 0;
    c->tagged_in = NULL;
    if (c->n > 0x1FFE)
        return 0; /* more forms than a tag holds: look every word up */
    /* forms chain from the last added to the first: the head of a first
     * word's chain is the form with that word added last */
    for (size_t k = 0; k < c->n; k++) {
        const char *w = c->forms[k].first;
        int head = dyad_strmap_get(&c->first, w, strlen(w));
        if (head == (int)k && dyad_lexicon_tag_word(eng->lexicon, w, strlen(w), DYAD_TAG_CUE_FIRST, (uint32_t)k + 1))
            return -1;
    }
    c->tagged_in = eng->lexicon;
    eng->cue_tags_in = eng->lexicon;
    return 0;
}

/* The first form of the cues whose first word is token i, or -1. */
static int first_form(const struct dyad_cues *c, const dyad_doc *doc, uint32_t i)
{
    const char *raw = doc->text + doc->toks[i].span.start;
    size_t raw_len = doc->toks[i].span.end - doc->toks[i].span.start;
    if (!raw_len)
        return -1;
    uint32_t *tags = c->tagged_in && doc->eng && c->tagged_in == doc->eng->lexicon
                               ? dyad_doc_tags(c->tagged_in, doc)
                               : NULL;
    uint32_t tag = tags ? dyad_tag_of(dyad_token_tags(c->tagged_in, doc, tags, i), DYAD_TAG_CUE_FIRST)
                        : DYAD_TAG_AMBIGUOUS;
    if (!tag)
        return -1;
    /* the tag names the cue whose first word folds as this token does; it
     * is this token's when the token lower-cases to that word: surely so
     * when both are ASCII without '.' (each then folds to its lower-case
     * text) */
    if (tag != DYAD_TAG_AMBIGUOUS) {
        bool plain = c->forms[tag - 1].plain_first;
        for (size_t k = 0; k < raw_len && plain; k++)
            plain = (unsigned char)raw[k] < 0x80 && raw[k] != '.';
        if (plain || dyad_tok_is(doc, i, c->forms[tag - 1].first))
            return (int)tag - 1;
    }
    if (!tags) {
        /* the folded word has the raw one's bytes unless a curly
         * apostrophe (3 bytes, folded to 1) is in it */
        unsigned bit = first_bit(lower_ascii((unsigned char)raw[0]), lower_ascii((unsigned char)raw[raw_len > 1]),
                                 lower_ascii((unsigned char)raw[raw_len - 1]), raw_len);
        if (!(c->first_bits[bit / 64] & (1ull << (bit % 64))) && !(c->apostrophe && memchr(raw, 0xE2, raw_len)))
            return -1;
    }
    char w[48];
    size_t n = dyad_tok_lower(doc, i, w, sizeof w);
    return n ? dyad_strmap_get(&c->first, w, n) : -1;
}

bool dyad_cue_find(const dyad_engine *eng, const dyad_doc *doc, uint32_t i, uint32_t end, dyad_cue_match *m)
{
    const struct dyad_cues *c = eng->cues;
    if (!c || doc->toks[i].cls != DYAD_TOK_WORD)
        return false;
    /* "Secretary of State", "Said Hassan": capitalised inside a sentence is
     * a name, not a verb */
    if ((doc->toks[i].flags & DYAD_TOKF_CAP) && !(doc->toks[i].flags & DYAD_TOKF_SENT_START) &&
        !(i > 0 && doc->toks[i - 1].cls == DYAD_TOK_QUOTE_OPEN))
        return false;
    int head = first_form(c, doc, i);
    int best = -1;
    for (int k = head; k >= 0; k = c->forms[k].next) {
        const cue_form *f = &c->forms[k];
        if (best >= 0 && f->nwords <= c->forms[best].nwords)
            continue;
        bool ok = i + f->nwords <= end;
        for (size_t x = 1; ok && x < f->nwords; x++)
            ok = dyad_tok_is(doc, i + (uint32_t)x, f->words[x - 1]);
        if (ok)
            best = k;
    }
    if (best < 0)
        return false;
    /* flags of every entry with this form (report: verb and noun) */
    unsigned flags = 0;
    for (int k = head; k >= 0; k = c->forms[k].next)
        if (c->forms[k].nwords == c->forms[best].nwords)
            flags |= c->forms[k].flags;
    m->lemma = c->forms[best].lemma;
    m->flags = flags;
    m->tok = i;
    m->ntok = c->forms[best].nwords;
    return true;
}
