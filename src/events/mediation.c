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
 * The phrases are data (data/mediation.txt).  A mediation needs an actual
 * intermediary actor: the object of "through"/"via"/"brokered by" must be
 * an actor ("resolved through international arbitration", "aid flows
 * through one of its crossings" name none) and "through X" needs words
 * of talking or dealing before it ("sent troops through Belarus" is
 * transit), "X mediators" names X, and
 * "on behalf of P" needs a speaker acting for P — a named actor, or
 * intermediaries named only by kind ("other governments"), which are then
 * the states that the next sentence names beside the principal's own
 * people, and no further — and a counterpart.  Each mediation adds a
 * CAMEO 045 (mediate) event from every intermediary to the counterpart
 * (and to the principal as well for mediators and brokers, who stand
 * between both), dated by its sentence's day, with both noun phrases as
 * evidence, and sets `via` on events between principal and counterpart. */
#include "events/events.h"
#include "actors/actors.h"
#include "events/codebook.h"
#include "time/time.h"

#include <string.h>

typedef enum med_kind { MED_BEHALF, MED_THROUGH, MED_BROKER, MED_MEDIATOR, MED_GENERIC, MED_TALK, MED_KINDS } med_kind;

typedef struct med_phrase {
    int kind; /* med_kind */
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
    static const char *const kinds[MED_KINDS] = {"behalf", "through", "broker", "mediator", "generic", "talk"};
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t n, np = 0;
    while ((line = dyad_lines_next(&it, &n)) && np < cap) {
        const char *bar = memchr(line, '|', n);
        if (!bar)
            continue;
        int kind = -1;
        for (int k = 0; k < MED_KINDS; k++)
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

static bool is_region(const dyad_actor_list *al, int a) { return dyad_code_is_region(actor_code(al, a)); }

/* Is actor a the principal's own people ("U.S. officials" for the United
 * States: one code begins the other)? */
static bool own_people(const dyad_actor_list *al, int principal, int a)
{
    if (a == principal)
        return true;
    const char *pc = actor_code(al, principal), *ac = actor_code(al, a);
    if (!pc || !ac)
        return false;
    size_t pl = strlen(pc), al_ = strlen(ac);
    return !strncmp(pc, ac, pl < al_ ? pl : al_);
}

static bool is_word(const dyad_doc *doc, uint32_t i, const char *w)
{
    return doc->toks[i].cls == DYAD_TOK_WORD && dyad_tok_is(doc, i, w);
}

/* Token i, past determiners: "through the Egyptian government". */
static uint32_t past_determiners(dyad_doc *doc, uint32_t i, uint32_t se)
{
    while (i < se && doc->toks[i].cls == DYAD_TOK_WORD && (dyad_tok_fword(doc, i) & DYAD_FW_DET))
        i++;
    return i;
}

/* The sides of a mediation: actor and the mention that names it. */
typedef struct med_side {
    int actor, mention;
} med_side;

static bool has_actor(const med_side *v, int nv, int a)
{
    for (int k = 0; k < nv; k++)
        if (v[k].actor == a)
            return true;
    return false;
}

/* The actors named from token `at` on in mentions [mfirst, mend): those
 * starting there, then those coordinated after them ("through Qatar and
 * Egypt", "via Qatar, Egypt and Turkey").  Regions and pronouns are no
 * intermediaries.  Appends to v; returns the new count. */
static int actors_at(dyad_doc *doc, const dyad_actor_list *al, size_t mfirst, size_t mend, uint32_t at,
                     uint32_t se, med_side *v, int nv)
{
    for (;;) {
        uint32_t end = 0;
        for (size_t k = mfirst; k < mend; k++) {
            const dyad_mention *mm = &al->mentions[k];
            if (mm->tok_first != at)
                continue;
            if (mm->tok_end > end)
                end = mm->tok_end;
            if (mm->how != DYAD_MENTION_PRONOUN && !is_region(al, mm->actor) && !has_actor(v, nv, mm->actor) &&
                nv < DYAD_EVENT_MAX_VIA)
                v[nv++] = (med_side){mm->actor, (int)k};
        }
        if (!end || end >= se)
            return nv;
        /* ", and" / "and" / "," before the next one */
        uint32_t j = end;
        bool link = false;
        while (j < se && ((doc->toks[j].cls == DYAD_TOK_PUNCT && doc->text[doc->toks[j].span.start] == ',') ||
                          is_word(doc, j, "and"))) {
            link = true;
            j++;
        }
        if (!link)
            return nv;
        at = past_determiners(doc, j, se);
    }
}

/* Does the sentence before token i name intermediaries by kind ("other
 * governments", "mediators")? */
static bool generic_before(const dyad_doc *doc, uint32_t ss, uint32_t i, const med_phrase *ph, size_t nph)
{
    for (uint32_t t = ss; t < i; t++) {
        uint32_t pe;
        int k = doc->toks[t].cls == DYAD_TOK_WORD ? phrase_at(doc, t, i, ph, nph, &pe) : -1;
        if (k == MED_GENERIC || k == MED_MEDIATOR)
            return true;
    }
    return false;
}

/* Is mention k the object of "with" ("engaging with the governments of
 * Qatar"), or coordinated after one that is ("… of Qatar and Egypt")? */
static bool with_object(dyad_doc *doc, const dyad_actor_list *al, size_t k, uint32_t ns, int prev_end)
{
    uint32_t t = al->mentions[k].tok_first;
    while (t > ns && doc->toks[t - 1].cls == DYAD_TOK_WORD && (dyad_tok_fword(doc, t - 1) & DYAD_FW_DET))
        t--;
    if (t > ns && is_word(doc, t - 1, "with"))
        return true;
    while (t > ns && (is_word(doc, t - 1, "and") ||
                      (doc->toks[t - 1].cls == DYAD_TOK_PUNCT && doc->text[doc->toks[t - 1].span.start] == ',')))
        t--;
    return prev_end >= 0 && t == (uint32_t)prev_end;
}

/* Does a word of talking or dealing (data/mediation.txt `talk`: word
 * beginnings, "negotiat", "messag") come in tokens [ss, i)?  "through X"
 * without one is transit, no mediation ("sent troops through Belarus"). */
static bool talk_before(const dyad_doc *doc, uint32_t ss, uint32_t i, const med_phrase *ph, size_t nph)
{
    for (uint32_t t = ss; t < i; t++) {
        char low[32];
        size_t n = doc->toks[t].cls == DYAD_TOK_WORD ? dyad_tok_lower(doc, t, low, sizeof low) : 0;
        for (size_t p = 0; n && p < nph; p++) {
            size_t sl = strlen(ph[p].words[0]);
            if (ph[p].kind == MED_TALK && ph[p].n == 1 && sl <= n && !memcmp(low, ph[p].words[0], sl))
                return true;
        }
    }
    return false;
}

/* Intermediaries named by kind: the states that sentence s + 1 names after
 * the principal's own people, who deal with them there ("U.S. officials
 * … engaging most notably with the governments of Qatar and Egypt": the
 * objects of "with").  No further sentence is read.  Returns the new
 * count of v. */
static int next_sentence_states(dyad_doc *doc, const dyad_actor_list *al, size_t s, size_t mfrom, int principal,
                                int counterpart, med_side *v, int nv)
{
    if (s + 1 >= doc->n_sents || doc->paras[doc->sents[s + 1].para].kind != DYAD_PARA_BODY)
        return nv;
    uint32_t ns = doc->sents[s + 1].tok_first, ne = doc->sents[s + 1].tok_end;
    bool principal_seen = false;
    int prev_end = -1; /* the end of the last intermediary taken */
    for (size_t k = mfrom; k < al->n_mentions && al->mentions[k].tok_first < ne && nv < DYAD_EVENT_MAX_VIA; k++) {
        const dyad_mention *mm = &al->mentions[k];
        if (mm->tok_first < ns)
            continue;
        int a = mm->actor;
        if (own_people(al, principal, a)) {
            principal_seen = mm->how != DYAD_MENTION_PRONOUN;
            continue;
        }
        if (!principal_seen || a == counterpart || al->items[a].kind != DYAD_ACTOR_COUNTRY || is_region(al, a) ||
            has_actor(v, nv, a) || !with_object(doc, al, k, ns, prev_end))
            continue;
        v[nv++] = (med_side){a, (int)k};
        prev_end = (int)mm->tok_end;
    }
    return nv;
}

/* Append a zeroed event to out; NULL when out of memory. */
static dyad_event *new_event(dyad_doc *doc, dyad_event_list *out)
{
    if (out->n == out->cap) {
        size_t cap = out->cap ? out->cap * 2 : 16;
        dyad_event *items = dyad_arena_grow(doc->arena, out->items, out->n, cap, sizeof *items);
        if (!items)
            return NULL;
        out->items = items;
        out->cap = cap;
    }
    dyad_event *e = &out->items[out->n++];
    memset(e, 0, sizeof *e);
    return e;
}

static bool same_str(const char *a, const char *b) { return a == b || (a && b && !strcmp(a, b)); }

/* A 045 event (source, target, date) among out's first n, or NULL. */
static dyad_event *same_event(dyad_event_list *out, size_t n, const char *source, const char *target,
                              const char *date)
{
    for (size_t k = 0; k < n; k++) {
        dyad_event *e = &out->items[k];
        if (!strcmp(e->cameo, "045") && same_str(e->source, source) && same_str(e->target, target) &&
            same_str(e->date, date))
            return e;
    }
    return NULL;
}

/* Record the mediation (principal, counterpart, via) found at phrase
 * [i, pe) of sentence s, with its CAMEO 045 events toward the counterpart
 * (and toward the principal too when `between`: mediators and brokers
 * stand between both sides, "Egyptian and Qatari mediators urged Israel
 * and Hamas"); `also` is a second evidence sentence (the one naming
 * generic intermediaries), or NULL.  0, or -1 when out of memory. */
static int record(dyad_doc *doc, const dyad_actor_list *al, dyad_event_list *out, const dyad_sentence *sent,
                  const dyad_sentence *also, uint32_t i, uint32_t pe, med_side principal, med_side counterpart,
                  const med_side *via, int nvia, bool between)
{
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
    m->principal = actor_code(al, principal.actor);
    m->counterpart = actor_code(al, counterpart.actor);
    m->principal_actor = principal.actor;
    m->counterpart_actor = counterpart.actor;
    for (int v = 0; v < nvia; v++) {
        m->via[m->n_via] = actor_code(al, via[v].actor);
        m->via_actor[m->n_via++] = via[v].actor;
    }
    m->span = sent->span;
    /* CAMEO 045: each intermediary mediates toward the counterpart;
     * events between principal and counterpart go through them */
    const dyad_cameo_info *info = dyad_cameo_lookup(doc->eng, "045");
    /* the day of the sentence ("on Tuesday"), else the document's */
    const char *date = doc->date;
    const dyad_time_list *times = doc->analysis ? doc->analysis->times : NULL;
    const dyad_time_expr *when = times ? dyad_time_for_span(times, doc, sent->span) : NULL;
    if (when && when->value[0] && when->granularity == DYAD_TIME_DAY)
        date = dyad_arena_strdup(doc->arena, when->value);
    size_t before = out->n;
    for (int x = 0; x < nvia * (between ? 2 : 1); x++) {
        int v = x % nvia;
        med_side to = x < nvia ? counterpart : principal;
        const char *to_code = actor_code(al, to.actor);
        /* the same mediation reported again: one more evidence sentence */
        dyad_event *o = same_event(out, before, m->via[v], to_code, date);
        if (o) {
            if (o->n_evidence < DYAD_EVENT_MAX_EVIDENCE)
                o->evidence[o->n_evidence++] = sent->span;
            continue;
        }
        dyad_event *e = new_event(doc, out);
        if (!e)
            return -1;
        e->source = m->via[v];
        e->target = to_code;
        e->source_actor = via[v].actor;
        e->target_actor = to.actor;
        e->source_span = al->mentions[via[v].mention].span;
        e->target_span = al->mentions[to.mention].span;
        memcpy(e->cameo, "045", 4);
        memcpy(e->root, "04", 3);
        e->goldstein = info ? info->goldstein : 5.0;
        e->quad = 1;
        e->plover = info ? info->plover : NULL;
        e->date = date;
        e->statement = -1;
        e->sentence = sent->span;
        e->evidence[0] = sent->span;
        e->n_evidence = 1;
        if (also)
            e->evidence[e->n_evidence++] = also->span;
        e->verb = (dyad_span){doc->toks[i].span.start, doc->toks[pe - 1].span.end};
        e->confidence = also ? 0.4f : 0.5f;
        e->n_via = 0;
        e->pattern = "mediation.txt";
    }
    for (size_t k = 0; k < before; k++) {
        dyad_event *e = &out->items[k];
        bool pair = (e->source_actor == principal.actor && e->target_actor == counterpart.actor) ||
                    (e->source_actor == counterpart.actor && e->target_actor == principal.actor);
        for (int v = 0; pair && v < nvia && e->n_via < DYAD_EVENT_MAX_VIA; v++)
            e->via[e->n_via++] = m->via[v];
    }
    return 0;
}

/* The first mention in [mfirst, mend) that may be a side: no pronoun, no
 * region, none of `skip`, not `not_actor`; from token `from` on (before
 * token `before` when nonzero).  {-1, -1} when none. */
static med_side first_side(const dyad_actor_list *al, size_t mfirst, size_t mend, uint32_t from, uint32_t before,
                           const med_side *skip, int nskip, int not_actor, int principal)
{
    for (size_t k = mfirst; k < mend; k++) {
        const dyad_mention *mm = &al->mentions[k];
        if (mm->tok_first < from || (before && mm->tok_first >= before))
            continue;
        int a = mm->actor;
        if (mm->how == DYAD_MENTION_PRONOUN || is_region(al, a) || has_actor(skip, nskip, a) || a == not_actor ||
            (principal >= 0 && own_people(al, principal, a)))
            continue;
        return (med_side){a, (int)k};
    }
    return (med_side){-1, -1};
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
        if (mend - mfirst < 2)
            continue; /* a mediation names two sides at least */
        for (uint32_t i = ss; i < se; i++) {
            uint32_t pe;
            const dyad_token *t = &doc->toks[i];
            const unsigned char *ts = (const unsigned char *)doc->text + t->span.start;
            size_t tn = t->span.end - t->span.start;
            unsigned char c0 = tn && ts[0] >= 'A' && ts[0] <= 'Z' ? (unsigned char)(ts[0] + 32) : tn ? ts[0] : 0;
            if (c0 != 0xE2 && !(first_len[c0] & (1u << (tn < 31 ? tn : 31))) && !memchr(ts, 0xE2, tn))
                continue; /* ’ aside, lower-casing keeps the length */
            int kind = phrase_at(doc, i, se, ph, nph, &pe);
            if (kind < 0 || kind == MED_GENERIC || kind == MED_TALK)
                continue;
            if (kind == MED_THROUGH && !talk_before(doc, ss, i, ph, nph))
                continue;
            med_side principal = {-1, -1}, counterpart = {-1, -1};
            med_side via[DYAD_EVENT_MAX_VIA];
            int nvia = 0;
            const dyad_sentence *also = NULL;
            if (kind == MED_BEHALF) {
                /* on behalf of P: P follows; a speaker before the phrase
                 * acts for P toward a counterpart */
                med_side p[DYAD_EVENT_MAX_VIA];
                if (actors_at(doc, al, mfirst, mend, past_determiners(doc, pe, se), se, p, 0) < 1)
                    continue;
                principal = p[0];
                if (generic_before(doc, ss, i, ph, nph)) {
                    /* "other governments … to speak on behalf of the
                     * United States": the counterpart is the sentence's
                     * other actor, the intermediaries are in the next
                     * sentence */
                    counterpart = first_side(al, mfirst, mend, ss, 0, NULL, 0, -1, principal.actor);
                    if (counterpart.actor < 0)
                        continue;
                    nvia = next_sentence_states(doc, al, s, mend, principal.actor, counterpart.actor, via, 0);
                    also = nvia ? &doc->sents[s + 1] : NULL;
                } else {
                    /* "Qatar told Hamas on behalf of the United States":
                     * the speaker, then the one it reaches */
                    med_side speaker = first_side(al, mfirst, mend, ss, i, NULL, 0, -1, principal.actor);
                    if (speaker.actor < 0)
                        continue;
                    counterpart = first_side(al, mfirst, mend, ss, 0, &speaker, 1, -1, principal.actor);
                    if (counterpart.actor < 0)
                        continue;
                    via[nvia++] = speaker;
                }
            } else if (kind == MED_THROUGH || kind == MED_BROKER) {
                /* through / brokered by V: an actor right after the phrase */
                nvia = actors_at(doc, al, mfirst, mend, past_determiners(doc, pe, se), se, via, 0);
                if (!nvia)
                    continue;
            } else {
                /* "Qatari mediators": the mentions that end at the phrase */
                for (size_t k = mfirst; k < mend && nvia < DYAD_EVENT_MAX_VIA; k++) {
                    const dyad_mention *mm = &al->mentions[k];
                    if ((mm->tok_end == pe || mm->tok_end == i) && !is_region(al, mm->actor) &&
                        !has_actor(via, nvia, mm->actor))
                        via[nvia++] = (med_side){mm->actor, (int)k};
                }
                if (!nvia)
                    continue; /* mediators of nobody named: nothing to record */
            }
            if (kind != MED_BEHALF) {
                /* principal (the subject) and counterpart (another actor of
                 * the sentence), skipping intermediaries and regions */
                principal = first_side(al, mfirst, mend, ss, 0, via, nvia, -1, -1);
                if (principal.actor >= 0)
                    counterpart = first_side(al, mfirst, mend, ss, 0, via, nvia, principal.actor, principal.actor);
            }
            if (principal.actor < 0 || counterpart.actor < 0 || !nvia)
                continue;
            if (record(doc, al, out, sent, also, i, pe, principal, counterpart, via, nvia,
                       kind == MED_MEDIATOR || kind == MED_BROKER))
                return -1;
            break; /* one mediation per sentence */
        }
    }
    return 0;
}
