/* mediation.c — principals acting through intermediaries, which no peer
 * coder records:
 *
 *   "Because the U.S. does not officially communicate with Hamas …, any
 *    deal requires the cooperation of other governments in the Middle East
 *    to speak on behalf of the United States.  U.S. officials … engaging
 *    most notably with the governments of Qatar and Egypt."
 *        → principal USA, counterpart PSEREB, via QAT and EGY
 *   "Washington talks to Hamas through Qatari mediators" → via QAT
 *
 * The phrases are data (data/mediation.txt).  When the sentence names the
 * intermediaries only generically ("other governments"), the countries
 * named in the next two sentences that are neither principal nor
 * counterpart are taken.  Each mediation adds a CAMEO 045 (mediate) event
 * from every intermediary to the counterpart, and sets `via` on events
 * between principal and counterpart. */
#include "events/events.h"
#include "actors/actors.h"
#include "events/codebook.h"

#include <string.h>

typedef struct med_phrase {
    int kind; /* 0 behalf, 1 through, 2 broker, 3 mediator */
    char words[6][24];
    int n;
} med_phrase;

/* Match the phrases of data/mediation.txt at token i (read per call: the
 * file is small and mediation phrases are rare; the cost is one pass of
 * the sentence's tokens per phrase list). */
static int phrase_at(const dyad_doc *doc, uint32_t i, uint32_t se, const med_phrase *ph, size_t nph, uint32_t *end)
{
    /* each token lower-cased once for all the phrases, and only when a
     * phrase begins with its first letter */
    char low[6][32];
    size_t len[6];
    bool made[6] = {false};
    const dyad_token *t = &doc->toks[i];
    const unsigned char *s = (const unsigned char *)doc->text + t->span.start;
    size_t tn = t->span.end - t->span.start;
    unsigned char c0 = !tn ? 0
                       : tn > 2 && s[0] == 0xE2 && s[1] == 0x80 && s[2] == 0x99 ? '\''
                       : s[0] >= 'A' && s[0] <= 'Z' ? (unsigned char)(s[0] + 32)
                                                     : s[0];
    for (size_t p = 0; p < nph; p++) {
        if (i + (uint32_t)ph[p].n > se || (unsigned char)ph[p].words[0][0] != c0)
            continue;
        bool ok = true;
        for (int w = 0; w < ph[p].n && ok; w++) {
            if (!made[w]) {
                len[w] = dyad_tok_lower(doc, i + (uint32_t)w, low[w], sizeof low[w]);
                made[w] = true;
            }
            ok = len[w] && low[w][0] == ph[p].words[w][0] && strcmp(low[w], ph[p].words[w]) == 0;
        }
        if (ok) {
            *end = i + (uint32_t)ph[p].n;
            return ph[p].kind;
        }
    }
    return -1;
}

static size_t load_phrases(med_phrase *out, size_t cap)
{
    const dyad_blob *b = dyad_builtin_find("mediation.txt");
    if (!b)
        return 0;
    static const char *const kinds[] = {"behalf", "through", "broker", "mediator"};
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t n, np = 0;
    while ((line = dyad_lines_next(&it, &n)) && np < cap) {
        const char *bar = memchr(line, '|', n);
        if (!bar)
            continue;
        int kind = -1;
        for (int k = 0; k < 4; k++)
            if (strncmp(line, kinds[k], strlen(kinds[k])) == 0)
                kind = k;
        if (kind < 0)
            continue;
        const char *p = bar + 1, *e = line + n;
        while (p < e && np < cap) {
            const char *semi = memchr(p, ';', (size_t)(e - p));
            const char *pe = semi ? semi : e;
            med_phrase *ph = &out[np];
            memset(ph, 0, sizeof *ph);
            ph->kind = kind;
            for (const char *q = p; q < pe && ph->n < 6;) {
                while (q < pe && *q == ' ')
                    q++;
                const char *r = q;
                while (r < pe && *r != ' ')
                    r++;
                if (r > q && (size_t)(r - q) < sizeof ph->words[0]) {
                    memcpy(ph->words[ph->n], q, (size_t)(r - q));
                    ph->words[ph->n++][r - q] = 0;
                }
                q = r;
            }
            if (ph->n)
                np++;
            p = semi ? semi + 1 : e;
        }
    }
    return np;
}

/* The base code of an actor: its first code ("USA", "QAT", "PSEREB"). */
static const char *actor_code(const dyad_actor_list *al, int a)
{
    return a >= 0 && al->items[a].n_codes ? al->items[a].codes[0] : NULL;
}

static bool is_region(const dyad_actor_list *al, int a)
{
    const char *c = actor_code(al, a);
    /* CAMEO regions: MEA (Middle East), AFR, EUR, ASA, … are not states */
    static const char *const regions[] = {"MEA", "AFR", "EUR", "ASA", "SAM", "NAM", "CAS", "SAS", "SEA",
                                          "WAF", "EAF", "NAF", "CAF", "SAF", "WST", "BLK", "CRB", "PGS", NULL};
    for (int k = 0; c && regions[k]; k++)
        if (!strcmp(c, regions[k]))
            return true;
    return false;
}

int dyad_mediation_find(dyad_doc *doc, const dyad_actor_list *al, dyad_event_list *out)
{
    med_phrase ph[64];
    size_t nph = load_phrases(ph, 64);
    /* the first words' (first letter, length) pairs: most tokens are
     * passed over without looking at the phrases */
    uint32_t first_len[256] = {0};
    for (size_t p = 0; p < nph; p++) {
        size_t n = strlen(ph[p].words[0]);
        first_len[(unsigned char)ph[p].words[0][0]] |= 1u << (n < 31 ? n : 31);
    }
    if (!nph || !al->n_mentions)
        return 0;
    size_t cursor = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        if (doc->paras[sent->para].kind != DYAD_PARA_BODY)
            continue;
        uint32_t ss = sent->tok_first, se = sent->tok_end;
        while (cursor < al->n_mentions && al->mentions[cursor].tok_first < ss)
            cursor++;
        size_t mfirst = cursor, mend = cursor;
        while (mend < al->n_mentions && al->mentions[mend].tok_first < se)
            mend++;
        if (mend == mfirst)
            continue;
        for (uint32_t i = ss; i < se; i++) {
            uint32_t pe;
            const dyad_token *t = &doc->toks[i];
            const unsigned char *ts = (const unsigned char *)doc->text + t->span.start;
            size_t tn = t->span.end - t->span.start;
            unsigned char c0 = tn && ts[0] >= 'A' && ts[0] <= 'Z' ? (unsigned char)(ts[0] + 32) : tn ? ts[0] : 0;
            if (c0 != 0xE2 && !(first_len[c0] & (1u << (tn < 31 ? tn : 31))) && !memchr(ts, 0xE2, tn))
                continue; /* ’ aside, lower-casing keeps the length */
            int kind = phrase_at(doc, i, se, ph, nph, &pe);
            if (kind < 0)
                continue;
            int principal = -1, counterpart = -1;
            int via[DYAD_EVENT_MAX_VIA];
            int nvia = 0;
            if (kind == 0) {
                /* on behalf of P: the principal follows */
                for (size_t k = mfirst; k < mend && principal < 0; k++)
                    if (al->mentions[k].tok_first >= pe)
                        principal = al->mentions[k].actor;
            } else if (kind == 1 || kind == 2) {
                /* through / brokered by V: the intermediaries follow */
                for (size_t k = mfirst; k < mend && nvia < DYAD_EVENT_MAX_VIA; k++)
                    if (al->mentions[k].tok_first >= pe && al->mentions[k].tok_first < pe + 8)
                        via[nvia++] = al->mentions[k].actor;
            } else {
                /* "Qatari mediators": the mention that ends at the phrase */
                for (size_t k = mfirst; k < mend && nvia < DYAD_EVENT_MAX_VIA; k++)
                    if (al->mentions[k].tok_end == pe || al->mentions[k].tok_end == i)
                        via[nvia++] = al->mentions[k].actor;
                if (!nvia)
                    continue; /* mediators of nobody named: nothing to record */
            }
            /* principal (the subject) and counterpart (another actor of the
             * sentence), skipping intermediaries and regions */
            for (size_t k = mfirst; k < mend; k++) {
                int a = al->mentions[k].actor;
                bool is_via = false;
                for (int v = 0; v < nvia; v++)
                    is_via |= via[v] == a;
                if (is_via || is_region(al, a) || al->mentions[k].how == DYAD_MENTION_PRONOUN)
                    continue;
                if (principal < 0 && kind != 0) {
                    principal = a;
                    continue;
                }
                if (a != principal && counterpart < 0)
                    counterpart = a;
            }
            if (principal < 0 || counterpart < 0)
                continue;
            /* generic intermediaries ("other governments"): the states named
             * in the next two sentences */
            if (!nvia) {
                size_t k = mend;
                uint32_t last = s + 2 < doc->n_sents ? doc->sents[s + 2].tok_end : (uint32_t)doc->n_toks;
                for (; k < al->n_mentions && al->mentions[k].tok_first < last && nvia < DYAD_EVENT_MAX_VIA; k++) {
                    int a = al->mentions[k].actor;
                    if (a == principal || a == counterpart || al->items[a].kind != DYAD_ACTOR_COUNTRY ||
                        is_region(al, a))
                        continue;
                    const char *pc = actor_code(al, principal), *ac = actor_code(al, a);
                    if (pc && ac && !strncmp(pc, ac, 3))
                        continue; /* the principal's own officials */
                    bool dup = false;
                    for (int v = 0; v < nvia; v++)
                        dup |= via[v] == a;
                    if (!dup)
                        via[nvia++] = a;
                }
            }
            if (!nvia)
                continue;
            if (out->n_mediations == out->cap_mediations) {
                size_t cap = out->cap_mediations ? out->cap_mediations * 2 : 4;
                dyad_mediation *m = dyad_arena_grow(doc->arena, out->mediations, out->n_mediations, cap, sizeof *m);
                if (!m)
                    return -1;
                out->mediations = m;
                out->cap_mediations = cap;
            }
            dyad_mediation *m = &out->mediations[out->n_mediations++];
            memset(m, 0, sizeof *m);
            m->principal = actor_code(al, principal);
            m->counterpart = actor_code(al, counterpart);
            m->principal_actor = principal;
            m->counterpart_actor = counterpart;
            for (int v = 0; v < nvia; v++) {
                m->via[m->n_via] = actor_code(al, via[v]);
                m->via_actor[m->n_via++] = via[v];
            }
            m->span = sent->span;
            /* CAMEO 045: each intermediary mediates toward the counterpart;
             * events between principal and counterpart go through them */
            for (int v = 0; v < nvia; v++) {
                if (out->n == out->cap) {
                    size_t cap = out->cap ? out->cap * 2 : 16;
                    dyad_event *items = dyad_arena_grow(doc->arena, out->items, out->n, cap, sizeof *items);
                    if (!items)
                        return -1;
                    out->items = items;
                    out->cap = cap;
                }
                dyad_event *e = &out->items[out->n++];
                memset(e, 0, sizeof *e);
                e->source = actor_code(al, via[v]);
                e->target = m->counterpart;
                e->source_actor = via[v];
                e->target_actor = counterpart;
                memcpy(e->cameo, "045", 4);
                memcpy(e->root, "04", 3);
                const dyad_cameo_info *info = dyad_cameo_lookup(doc->eng, "045");
                e->goldstein = info ? info->goldstein : 5.0;
                e->quad = 1;
                e->plover = info ? info->plover : NULL;
                e->date = doc->date;
                e->statement = -1;
                e->sentence = sent->span;
                e->evidence[0] = sent->span;
                e->n_evidence = 1;
                e->verb = (dyad_span){doc->toks[i].span.start, doc->toks[pe - 1].span.end};
                e->confidence = 0.5f;
                e->via[0] = m->principal; /* on the principal's behalf */
                e->n_via = 0;
                e->pattern = "mediation.txt";
            }
            for (size_t k = 0; k < out->n; k++) {
                dyad_event *e = &out->items[k];
                bool pair = (e->source_actor == principal && e->target_actor == counterpart) ||
                            (e->source_actor == counterpart && e->target_actor == principal);
                for (int v = 0; pair && v < nvia && e->n_via < DYAD_EVENT_MAX_VIA; v++)
                    e->via[e->n_via++] = m->via[v];
            }
            break; /* one mediation per sentence */
        }
    }
    return 0;
}
