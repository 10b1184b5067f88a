/* match.c — finding dictionary phrases among a document's tokens.
 *
 * Each token is keyed once (keys.c) and looked up in the word table: its
 * any-case id, its acronym id when written in capitals ("UN" but not "un"),
 * and, when TABARI stems are loaded, the ids of its prefixes as stems
 * ("Argentina" → stem ARGENTIN).  From each token a walk follows trie edges
 * token by token, keeping the few live nodes (at most one per id kind), and
 * remembers the longest phrase end: cost per token is bounded by the
 * longest phrase, never by the dictionary size.
 *
 *   "Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel
 *    Fattah el-Sisi in Cairo" → one match for the whole of "Israeli Prime
 *    Minister Benjamin Netanyahu" when that phrase is listed, rather than
 *    "Israeli" + "Prime Minister" + "Netanyahu". */
#include "lexicon.h"
#include "lexicon_int.h"

#include <string.h>

#define MAX_IDS 8    /* word ids per token: any-case, acronym, 6 stems */
#define MAX_LIVE 16  /* live trie nodes during one walk */

static const uint32_t ns_root_verb = 3; /* root node of DYAD_NS_VERB (model.c ns_index) */

typedef struct tok_ids {
    uint32_t word; /* the any-case id, also when no phrase uses it (for
                      its tags, dyad_lexicon_doc_tags); 0: none */
    uint32_t id[MAX_IDS]; /* the ids phrases may use */
    uint8_t n, done;
    uint8_t underscored; /* the token is words joined by '_' ("Dol_Amroth") */
} tok_ids;

/* The word ids of one word of text s[0..n), as written.  It may match an
 * acronym when all its letters (2 or more) are capitals ("UN", "F.D."). */
static uint8_t word_ids(const dyad_lexicon *lex, const char *s, size_t n, uint32_t *ids, uint32_t *word)
{
    char key[DYAD_LEX_MAX_KEY + 2];
    unsigned letters = 0, uppers = 0;
    size_t k = dyad_key_fold(s, n, key + 1, DYAD_LEX_MAX_KEY, &letters, &uppers);
    uint8_t c = 0;
    if (!k)
        return 0;
    bool upper = letters >= 2 && uppers == letters;
    uint32_t id = dyad_lex_word_find(lex, key + 1, k);
    *word = id;
    if (id && !(id < lex->tags_words && dyad_tag_of(lex->tags[id], DYAD_TAG_NO_PHRASE)))
        ids[c++] = id;
    if (upper) {
        key[0] = DYAD_LEX_ACRONYM_MARK;
        id = dyad_lex_word_find(lex, key, k + 1);
        if (id)
            ids[c++] = id;
    }
    if (lex->has_stems) {
        /* longest stems first; a stem is a prefix of at least 2 bytes,
         * the whole word included ("ARGENTIN" matches "Argentina") */
        key[0] = DYAD_LEX_STEM_MARK;
        for (size_t m = k; m >= 2 && c < MAX_IDS; m--) {
            id = dyad_lex_word_find(lex, key, m + 1);
            if (id)
                ids[c++] = id;
        }
    }
    return c;
}

/* Fill *ti with the ids of token t. */
static const tok_ids *token_ids_fill(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t t, tok_ids *ti)
{
    ti->done = 1;
    ti->n = 0;
    ti->word = 0;
    const dyad_token *k = &doc->toks[t];
    if (k->cls == DYAD_TOK_QUOTE_OPEN || k->cls == DYAD_TOK_QUOTE_CLOSE || k->cls == DYAD_TOK_DASH)
        return ti;
    if (k->span.end <= k->span.start || k->span.end > doc->text_len)
        return ti;
    ti->n = word_ids(lex, doc->text + k->span.start, k->span.end - k->span.start, ti->id, &ti->word);
    ti->underscored = k->cls == DYAD_TOK_WORD && memchr(doc->text + k->span.start, '_', k->span.end - k->span.start);
    return ti;
}

/* The ids of token t, kept in cache[t - base]; with no cache (a single
 * walk meets each token once) made in *scratch.  Inline: the walks ask
 * for the ids of every token they pass, almost always already made. */
static inline const tok_ids *token_ids(const dyad_lexicon *lex, const dyad_doc *doc, tok_ids *cache, uint32_t base,
                                       uint32_t t, tok_ids *scratch)
{
    tok_ids *ti = cache ? &cache[t - base] : scratch;
    return ti->done ? ti : token_ids_fill(lex, doc, t, ti);
}

/* The trie nodes reached from `node` by the '_'-joined words of the token
 * text s[0..n), one after the other: TABARI texts write "the Prince of
 * Dol_Amroth", and the tokeniser keeps "Dol_Amroth" as one token.  Writes
 * up to MAX_LIVE nodes to out; returns how many. */
static size_t underscore_steps(const dyad_lexicon *lex, uint32_t node, const char *s, size_t n, uint32_t *out)
{
    uint32_t cur[MAX_LIVE];
    size_t n_cur = 1;
    cur[0] = node;
    const char *p = s, *end = s + n;
    while (p < end && n_cur) {
        const char *q = memchr(p, '_', (size_t)(end - p));
        if (!q)
            q = end;
        if (q > p) {
            uint32_t ids[MAX_IDS], nxt[MAX_LIVE];
            uint32_t word;
            uint8_t k = word_ids(lex, p, (size_t)(q - p), ids, &word);
            size_t n_nxt = 0;
            for (size_t c = 0; c < n_cur; c++)
                for (uint8_t i = 0; i < k && n_nxt < MAX_LIVE; i++) {
                    uint32_t ch = dyad_lex_edge_find(lex, cur[c], ids[i]);
                    if (ch)
                        nxt[n_nxt++] = ch;
                }
            /* a space of a PETRARCH phrase is a GAP node: "PRINCE OF DOL
             * AMROTH" goes on from DOL's GAP child to AMROTH */
            for (size_t c = 0, n0 = n_nxt; q < end && c < n0 && n_nxt < MAX_LIVE; c++)
                if (lex->has_gaps && lex->node_gap[nxt[c]]) {
                    uint32_t g = dyad_lex_edge_find(lex, nxt[c], lex->gap_id);
                    if (g)
                        nxt[n_nxt++] = g;
                }
            memcpy(cur, nxt, n_nxt * sizeof *cur);
            n_cur = n_nxt;
        }
        p = q + 1;
    }
    memcpy(out, cur, n_cur * sizeof *out);
    return n_cur;
}

/* The document's token ids for this lexicon (doc->lex_ids), made on
 * first use: the actors stage keys a sentence's tokens, and the events
 * stage asks for a verb at each of them again. */
typedef struct doc_ids {
    const dyad_lexicon *lex;
    tok_ids *ids; /* by token */
    uint32_t *tags; /* by token, DYAD_TAG_SLOTS each; NULL until asked for */
} doc_ids;

static tok_ids *ids_of(const dyad_lexicon *lex, const dyad_doc *doc)
{
    /* only for the document's own engine's lexicon, which outlives it: a
     * lexicon made and freed by the caller could leave its address to
     * the next one */
    if (!doc->eng || doc->eng->lexicon != lex)
        return NULL;
    doc_ids *di = doc->lex_ids;
    if (di)
        return di->lex == lex ? di->ids : NULL;
    if (!doc->arena || !doc->n_toks)
        return NULL;
    di = dyad_arena_alloc(doc->arena, sizeof *di);
    tok_ids *ids = dyad_arena_array(doc->arena, doc->n_toks, sizeof *ids);
    if (!di || !ids)
        return NULL;
    di->lex = lex;
    di->ids = ids;
    di->tags = NULL;
    /* the document belongs to the calling thread; like its function-word
     * classes (dyad_tok_fword), the cache is filled in place */
    ((dyad_doc *)doc)->lex_ids = di;
    return ids;
}

typedef struct walk_best {
    uint32_t end; /* token index after the match; 0: none */
    int32_t entry;
    uint8_t ns;
    uint16_t cost; /* words passed over in gaps * 16 + gaps entered */
} walk_best;

static walk_best walk_from(const dyad_lexicon *lex, const dyad_doc *doc, tok_ids *cache, uint32_t base,
                           uint32_t start, uint32_t end, unsigned mask, bool gaps);

/* May a GAP of a disconnected phrase pass over token t?  Only a plain word
 * or number that is not a verb, auxiliary, conjunction, pronoun or
 * subordinator, and that does not itself begin an actor phrase: "Prince
 * of Dol Amroth" and "Ithilen state-run television" pass, while "Ithilen
 * said television", "Ithilen and the television" or "Prince Gondor Dol
 * Amroth" do not, so a gap never runs over a clause edge or swallows
 * another actor. */
static bool gap_may_pass(const dyad_lexicon *lex, const dyad_doc *doc, tok_ids *cache, uint32_t base, uint32_t t,
                         uint32_t end, const tok_ids *ti, bool verb_walk)
{
    const dyad_token *k = &doc->toks[t];
    if (k->cls != DYAD_TOK_WORD && k->cls != DYAD_TOK_NUMBER)
        return false;
    if (k->flags & DYAD_TOKF_SENT_START)
        return false;
    if (doc->eng && doc->arena) {
        /* the document belongs to the calling thread; its function-word
         * classes are filled in place, as the token ids are */
        int fw = dyad_tok_fword((dyad_doc *)doc, t);
        /* a TABARI verb phrase may hold its own auxiliaries: "DEATH TOLL
         * RISEN" is "death toll has risen" */
        if (fw & ((verb_walk ? 0 : DYAD_FW_AUX) | DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_PRON | DYAD_FW_EXPL))
            return false;
    }
    bool joined = t > 0 && (doc->toks[t - 1].flags & DYAD_TOKF_JOINER); /* "state-run" */
    if (!joined)
        for (uint8_t i = 0; i < ti->n; i++) {
            uint32_t c = dyad_lex_edge_find(lex, ns_root_verb, ti->id[i]);
            if (c && lex->node_entry[c] >= 0)
                return false; /* a verb form: "warned" */
        }
    return walk_from(lex, doc, cache, base, t, end, DYAD_NS_ACTOR, false).end == 0;
}

/* Longest phrase of the namespaces in mask starting at token `start`.
 * With `gaps` (and a lexicon that has any), a GAP edge of a disconnected
 * phrase is followed: its node stays live over up to DYAD_LEX_GAP_MAX
 * words that gap_may_pass allows.  Of matches ending at the same token,
 * the one passing over fewer words (then entering fewer gaps) wins, so
 * "Al Gore" is AL_GORE rather than AL GORE. */
static walk_best walk_from(const dyad_lexicon *lex, const dyad_doc *doc, tok_ids *cache, uint32_t base,
                           uint32_t start, uint32_t end, unsigned mask, bool gaps)
{
    walk_best best = {0, -1, 0, 0};
    uint32_t live[MAX_LIVE];
    uint8_t live_ns[MAX_LIVE];
    uint8_t live_gap[MAX_LIVE];   /* 0: a word node; n: a GAP node, n - 1 words passed */
    uint16_t live_cost[MAX_LIVE]; /* as walk_best.cost */
    size_t n_live = 0;
    gaps = gaps && lex->has_gaps;
    for (unsigned r = 0; r < DYAD_NS_COUNT; r++)
        if (mask & (1u << r)) {
            live[n_live] = r;
            live_ns[n_live] = (uint8_t)(1u << r);
            live_gap[n_live] = 0;
            live_cost[n_live++] = 0;
        }
    uint32_t t = start;
    size_t words = 0;
    while (n_live && t < end && words < lex->max_words) {
        if (t > start && (doc->toks[t].flags & DYAD_TOKF_JOINER) && t + 1 < end) {
            t++; /* "Al-Thani" = "Al Thani" */
            continue;
        }
        tok_ids scratch;
        scratch.done = 0;
        const tok_ids *ti = token_ids(lex, doc, cache, base, t, &scratch);
        uint32_t next[MAX_LIVE];
        uint8_t next_ns[MAX_LIVE], next_gap[MAX_LIVE];
        uint16_t next_cost[MAX_LIVE];
        size_t n_next = 0;
        int may_pass = -1; /* gap_may_pass(t), asked once when needed */
        for (size_t l = 0; l < n_live; l++) {
            for (uint8_t i = 0; i < ti->n && n_next < MAX_LIVE; i++) {
                uint32_t c = dyad_lex_edge_find(lex, live[l], ti->id[i]);
                if (!c)
                    continue;
                size_t q = 0;
                while (q < n_next && next[q] != c)
                    q++;
                if (q < n_next) {
                    if (live_cost[l] < next_cost[q]) {
                        next_ns[q] = live_ns[l];
                        next_cost[q] = live_cost[l];
                    }
                    continue;
                }
                next[n_next] = c;
                next_ns[n_next] = live_ns[l];
                next_gap[n_next] = 0;
                next_cost[n_next++] = live_cost[l];
            }
            if (ti->underscored) {
                const dyad_token *k = &doc->toks[t];
                uint32_t via[MAX_LIVE];
                size_t n_via =
                    underscore_steps(lex, live[l], doc->text + k->span.start, k->span.end - k->span.start, via);
                for (size_t v = 0; v < n_via && n_next < MAX_LIVE; v++) {
                    size_t q = 0;
                    while (q < n_next && next[q] != via[v])
                        q++;
                    if (q < n_next)
                        continue;
                    next[n_next] = via[v];
                    next_ns[n_next] = live_ns[l];
                    next_gap[n_next] = 0;
                    next_cost[n_next++] = live_cost[l];
                }
            }
            if (live_gap[l] && n_next < MAX_LIVE && ti->n == 0 &&
                (doc->toks[t].cls == DYAD_TOK_QUOTE_OPEN || doc->toks[t].cls == DYAD_TOK_QUOTE_CLOSE)) {
                /* quote marks inside a gap are not words: 'Al "The
                 * Weasel" Gore' is AL GORE */
                next[n_next] = live[l];
                next_ns[n_next] = live_ns[l];
                next_gap[n_next] = live_gap[l];
                next_cost[n_next++] = live_cost[l];
            } else if (live_gap[l] && live_gap[l] <= DYAD_LEX_GAP_MAX && n_next < MAX_LIVE) {
                if (may_pass < 0)
                    may_pass = gap_may_pass(lex, doc, cache, base, t, end, ti, mask == DYAD_NS_VERB);
                if (may_pass) { /* the gap passes over this word */
                    next[n_next] = live[l];
                    next_ns[n_next] = live_ns[l];
                    next_gap[n_next] = (uint8_t)(live_gap[l] + 1);
                    next_cost[n_next++] = (uint16_t)(live_cost[l] + 16);
                }
            }
        }
        /* quote marks are not words of a phrase */
        words += doc->toks[t].cls != DYAD_TOK_QUOTE_OPEN && doc->toks[t].cls != DYAD_TOK_QUOTE_CLOSE;
        t++;
        for (size_t q = 0; q < n_next; q++) {
            int32_t e = lex->node_entry[next[q]];
            if (e >= 0 && (t > best.end ||
                           (t == best.end && (next_cost[q] < best.cost ||
                                              (next_cost[q] == best.cost && next_ns[q] < best.ns))))) {
                best.end = t;
                best.entry = e;
                best.ns = next_ns[q];
                best.cost = next_cost[q];
            }
        }
        if (gaps) /* a word node with a GAP child opens the gap before the next word */
            for (size_t q = 0, n = n_next; q < n && n_next < MAX_LIVE; q++) {
                if (next_gap[q] || !lex->node_gap[next[q]])
                    continue;
                uint32_t g = dyad_lex_edge_find(lex, next[q], lex->gap_id);
                if (!g)
                    continue;
                next[n_next] = g;
                next_ns[n_next] = next_ns[q];
                next_gap[n_next] = 1;
                next_cost[n_next++] = (uint16_t)(next_cost[q] + 1);
            }
        for (size_t q = 0; q < n_next; q++) { /* a node or two: no memcpy call */
            live[q] = next[q];
            live_ns[q] = next_ns[q];
            live_gap[q] = next_gap[q];
            live_cost[q] = next_cost[q];
        }
        n_live = n_next;
    }
    return best;
}

uint32_t dyad_lex_longest_at(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t start, uint32_t end,
                             unsigned ns_mask, int32_t *entry)
{
    *entry = -1;
    if (!lex || !doc || !lex->n_entries)
        return 0;
    if (end > doc->n_toks)
        end = (uint32_t)doc->n_toks;
    if (start >= end)
        return 0;
    if (end - start > 64)
        end = start + 64; /* phrases are at most DYAD_LEX_MAX_WORDS words */
    walk_best b = walk_from(lex, doc, ids_of(lex, doc), 0, start, end, ns_mask, true);
    *entry = b.entry;
    return b.end;
}

size_t dyad_lexicon_match(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t tok_first, uint32_t tok_end,
                          unsigned ns_mask, dyad_match **out, dyad_arena *arena)
{
    *out = NULL;
    if (!lex || !doc || !lex->n_entries || !arena)
        return 0;
    if (tok_end > doc->n_toks)
        tok_end = (uint32_t)doc->n_toks;
    if (tok_first >= tok_end)
        return 0;
    tok_ids *cache = ids_of(lex, doc);
    uint32_t base = 0;
    if (!cache) {
        cache = dyad_arena_array(arena, tok_end - tok_first, sizeof *cache);
        base = tok_first;
    }
    if (!cache)
        return 0;
    dyad_match *m = NULL;
    size_t n = 0, cap = 0;
    uint32_t t = tok_first;
    while (t < tok_end) {
        walk_best b = walk_from(lex, doc, cache, base, t, tok_end, ns_mask & DYAD_NS_ALL, true);
        if (!b.end) {
            t++;
            continue;
        }
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            m = dyad_arena_grow(arena, m, n, cap, sizeof *m);
            if (!m)
                return 0;
        }
        dyad_match *x = &m[n++];
        x->tok_first = t;
        x->tok_end = b.end;
        x->span.start = doc->toks[t].span.start;
        x->span.end = doc->toks[b.end - 1].span.end;
        x->entry = &lex->entries[b.entry];
        x->ns = b.ns;
        x->possessive = b.end < tok_end && doc->toks[b.end].cls == DYAD_TOK_APOSTROPHE;
        t = b.end;
    }
    *out = m;
    return n;
}

/* ----------------------------------------------------------------- lookup */
typedef struct lookup_words {
    const char *w[DYAD_LEX_MAX_WORDS];
    size_t n[DYAD_LEX_MAX_WORDS];
    size_t count;
} lookup_words;

static int lookup_collect(void *ctx, const char *w, size_t n)
{
    lookup_words *lw = ctx;
    if (lw->count == DYAD_LEX_MAX_WORDS)
        return -1;
    lw->w[lw->count] = w;
    lw->n[lw->count++] = n;
    return 0;
}

const dyad_entry *dyad_lexicon_lookup(const dyad_lexicon *lex, const char *s, size_t len, unsigned ns_mask)
{
    if (!lex || !s || !len || len > 512)
        return NULL;
    lookup_words lw;
    lw.count = 0;
    if (dyad_phrase_split(s, len, lookup_collect, &lw) <= 0)
        return NULL;
    for (unsigned r = 0; r < DYAD_NS_COUNT; r++) {
        if (!(ns_mask & (1u << r)))
            continue;
        uint32_t live[MAX_LIVE];
        size_t n_live = 1;
        live[0] = r;
        size_t used = 0;
        for (size_t i = 0; i < lw.count && n_live; i++) {
            char tmp[DYAD_LEX_MAX_KEY];
            if (!dyad_key_fold(lw.w[i], lw.n[i], tmp, sizeof tmp, NULL, NULL))
                continue; /* a lone "." */
            uint32_t ids[MAX_IDS];
            uint32_t word;
            uint8_t k = word_ids(lex, lw.w[i], lw.n[i], ids, &word);
            uint32_t next[MAX_LIVE];
            size_t n_next = 0;
            for (size_t l = 0; l < n_live; l++)
                for (uint8_t j = 0; j < k && n_next < MAX_LIVE; j++) {
                    uint32_t c = dyad_lex_edge_find(lex, live[l], ids[j]);
                    if (c)
                        next[n_next++] = c;
                }
            /* a disconnected phrase's words written next to each other:
             * "Prince Dol Amroth" is PRINCE DOL_AMROTH */
            for (size_t q = 0, m = n_next; lex->has_gaps && q < m && n_next < MAX_LIVE; q++) {
                uint32_t g = lex->node_gap[next[q]] ? dyad_lex_edge_find(lex, next[q], lex->gap_id) : 0;
                if (g)
                    next[n_next++] = g;
            }
            memcpy(live, next, n_next * sizeof *live);
            n_live = n_next;
            used++;
        }
        if (!used)
            continue;
        for (size_t l = 0; l < n_live; l++)
            if (lex->node_entry[live[l]] >= 0)
                return &lex->entries[lex->node_entry[live[l]]];
    }
    return NULL;
}

uint32_t *dyad_lexicon_doc_tags(const dyad_lexicon *lex, const dyad_doc *doc)
{
    tok_ids *cache = lex ? ids_of(lex, doc) : NULL;
    if (!cache)
        return NULL;
    doc_ids *di = doc->lex_ids;
    if (!di->tags)
        ((dyad_doc *)doc)->tok_tags = di->tags = dyad_arena_array(doc->arena, doc->n_toks, sizeof *di->tags);
    return di->tags;
}

uint32_t dyad_lexicon_read_token_tags(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t *tags, uint32_t t)
{
    doc_ids *di = doc->lex_ids;
    const tok_ids *ti = token_ids(lex, doc, di->ids, 0, t, NULL);
    uint32_t v = ti->word < lex->tags_words ? lex->tags[ti->word] : 0;
    /* the document belongs to the calling thread (see ids_of) */
    return tags[t] = v | DYAD_TAGS_READ;
}

int dyad_lexicon_token_fword(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t t)
{
    tok_ids *cache = lex && lex->fw && t < doc->n_toks ? ids_of(lex, doc) : NULL;
    if (!cache)
        return -1;
    const tok_ids *ti = token_ids(lex, doc, cache, 0, t, NULL);
    uint32_t w = ti->word;
    /* every function word is interned: a token with no id, or an id with
     * no classes, is none */
    if (!w || w >= lex->fw_words || !lex->fw[w])
        return 0;
    if (lex->fw[w] == 0xFFFFu)
        return -1;
    /* "à" folds to "a": the classes are the token's when it lower-cases
     * to the folded word itself.  A token of ASCII bytes without '.' folds
     * to its lower-case text, so it does (and its word is not read again) */
    const dyad_token *k = &doc->toks[t];
    const unsigned char *s = (const unsigned char *)doc->text + k->span.start;
    size_t n = k->span.end - k->span.start;
    bool plain = n > 0;
    for (size_t c = 0; c < n && plain; c++)
        plain = s[c] < 0x80 && s[c] != '.';
    return plain || dyad_tok_is(doc, t, lex->keys[w].key) ? lex->fw[w] : -1;
}

uint32_t dyad_lexicon_sentence_tags(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t *tags, size_t s)
{
    if (s >= doc->n_sents)
        return 0;
    dyad_doc *d = (dyad_doc *)doc; /* its caches belong to the calling thread */
    if (!d->sent_tags && !(d->sent_tags = dyad_arena_array(d->arena, doc->n_sents, sizeof *d->sent_tags)))
        return 0;
    if (d->sent_tags[s])
        return d->sent_tags[s];
    const dyad_sentence *sent = &doc->sents[s];
    uint32_t end = sent->tok_end > doc->n_toks ? (uint32_t)doc->n_toks : sent->tok_end;
    /* one tight pass (the statements and time stages ask about every
     * sentence): each token's tags read from its word id, kept in `tags`;
     * bit 31 (NO_PHRASE, meaningless here) marks the entry made */
    tok_ids *ids = ((doc_ids *)doc->lex_ids)->ids;
    const uint32_t *word_tags = lex->tags;
    uint32_t n_words = lex->tags_words;
    const dyad_token *tk = doc->toks;
    uint32_t v = 1u << 31;
    bool number = false;
    for (uint32_t t = sent->tok_first; t < end; t++) {
        uint32_t x = tags[t];
        if (!x) {
            const tok_ids *ti = ids[t].done ? &ids[t] : token_ids_fill(lex, doc, t, &ids[t]);
            x = tags[t] = (ti->word < n_words ? word_tags[ti->word] : 0) | DYAD_TAGS_READ;
        }
        v |= x;
        number |= tk[t].cls == DYAD_TOK_NUMBER;
    }
    /* DYAD_SENT_NUMBER is the bit of DYAD_TAGS_READ */
    v &= ~DYAD_TAGS_READ;
    if (number)
        v |= DYAD_SENT_NUMBER;
    return d->sent_tags[s] = v;
}
