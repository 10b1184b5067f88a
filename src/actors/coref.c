/* coref.c — coreference inside one document: role phrases and pronouns.
 *
 *   "Israeli Prime Minister Netanyahu … let the Prime Minister speak for
 *    himself"             → the person who holds the agent "prime minister"
 *   "President Biden … Egyptian President Sisi … the two leaders agreed"
 *                          → both of the last two people named
 *   "Kirby … he also said" → the most salient compatible person: the
 *                          subject of the previous clause, or the latest
 *                          person named
 * Surnames ("Kirby" after "John Kirby") and metonyms ("Washington" for the
 * United States) are resolved when entities are made (mentions.c). */
#include "actors/actors_int.h"

#include <string.h>

static bool word_is(const act_ctx *c, uint32_t i, const char *w) { return dyad_tok_is(c->doc, i, w); }

/* The latest person mention ending before byte `before`, skipping those
 * in actors already chosen; the search is bounded to the mentions of the
 * last `max_sents` sentences. */
static int latest_person(const act_ctx *c, size_t upto, uint32_t before, uint32_t min_sent, const int *skip,
                         int nskip)
{
    const dyad_actor_list *l = c->out;
    for (size_t k = upto; k > 0; k--) {
        const dyad_mention *m = &l->mentions[k - 1];
        if (m->span.end > before)
            continue;
        if (m->sent < min_sent)
            break;
        if (l->items[m->actor].kind != DYAD_ACTOR_PERSON || m->plural)
            continue;
        bool skipped = false;
        for (int s = 0; s < nskip; s++)
            skipped |= skip[s] == m->actor;
        if (!skipped)
            return m->actor;
    }
    return -1;
}

bool act_is_number_word(const act_ctx *c, uint32_t i)
{
    static const char *const nums[] = {"two", "three", "four", "both", NULL};
    /* asked about most tokens: the length (3 to 5 bytes) settles most */
    size_t n = c->doc->toks[i].span.end - c->doc->toks[i].span.start;
    if (n < 3 || n > 5)
        return false;
    char buf[8];
    if (!dyad_tok_lower(c->doc, i, buf, sizeof buf))
        return false;
    for (int k = 0; nums[k]; k++)
        if (strcmp(buf, nums[k]) == 0)
            return true;
    return false;
}

static int number_before(const act_ctx *c, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i < b; i++) {
        if (word_is(c, i, "two") || word_is(c, i, "both"))
            return 2;
        if (word_is(c, i, "three"))
            return 3;
    }
    return 0;
}

int act_role_reference(act_ctx *c, uint32_t a, uint32_t b, const dyad_entry *agent, uint32_t se)
{
    (void)se;
    uint32_t sent = c->sent_of_tok[a];
    uint32_t min_sent = sent > 12 ? sent - 12 : 0;
    int n = number_before(c, a, b);
    if (n >= 2) {
        /* "the two leaders" → the last n distinct people named */
        int chosen[3];
        int k = 0;
        while (k < n) {
            int who = latest_person(c, c->out->n_mentions, c->tk[a].span.start, min_sent, chosen, k);
            if (who < 0)
                break;
            chosen[k++] = who;
        }
        if (k < n)
            return 0;
        for (int i = 0; i < k; i++)
            if (act_add_mention(c, chosen[i], a, b, DYAD_MENTION_ROLE,
                                c->out->items[chosen[i]].n_codes ? c->out->items[chosen[i]].codes[0] : NULL,
                                true) < 0)
                return -1;
        return 1;
    }
    /* a definite singular role: "the Prime Minister", "the spokesman" */
    if (!word_is(c, a, "the"))
        return 0;
    const dyad_actor_list *l = c->out;
    for (size_t k = l->n_mentions; k > 0; k--) {
        const dyad_mention *m = &l->mentions[k - 1];
        if (m->sent < min_sent)
            break;
        const dyad_actor *act = &l->items[m->actor];
        if (act->kind == DYAD_ACTOR_PERSON && act->agent == agent)
            return act_add_mention(c, m->actor, a, b, DYAD_MENTION_ROLE, m->code, false) < 0 ? -1 : 1;
    }
    return 0;
}

/* Gender a pronoun asks for: 'm', 'f', or 0 (any). */
static char pronoun_gender(const act_ctx *c, uint32_t i)
{
    /* most tokens are not pronouns: reject on length and first letter
     * before comparing words (this runs on every token) */
    const dyad_token *t = &c->tk[i];
    size_t n = t->span.end - t->span.start;
    char f = c->doc->text[t->span.start];
    if (n < 2 || n > 7 || !(f == 'h' || f == 'H' || f == 's' || f == 'S'))
        return 0;
    if (word_is(c, i, "he") || word_is(c, i, "him") || word_is(c, i, "his") || word_is(c, i, "himself"))
        return 'm';
    if (word_is(c, i, "she") || word_is(c, i, "her") || word_is(c, i, "hers") || word_is(c, i, "herself"))
        return 'f';
    return 0;
}

/* The subject of sentence s: its first person mention before any verb-like
 * word; approximated by the first person mention of the sentence. */
static int subject_of(const act_ctx *c, size_t upto, uint32_t s, size_t *cursor)
{
    const dyad_actor_list *l = c->out;
    for (size_t k = *cursor; k < upto; k++) {
        const dyad_mention *m = &l->mentions[k];
        if (m->sent > s)
            break;
        if (m->sent == s && l->items[m->actor].kind == DYAD_ACTOR_PERSON && !m->plural)
            return m->actor;
    }
    return -1;
}

int act_pronouns(act_ctx *c)
{
    dyad_doc *doc = c->doc;
    size_t n_named = c->out->n_mentions; /* pronoun mentions go after these */
    size_t cursor = 0;                   /* first mention of the previous sentences */
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        const dyad_paragraph *p = &doc->paras[sent->para];
        if (p->kind == DYAD_PARA_BOILERPLATE || p->kind == DYAD_PARA_DATELINE)
            continue;
        while (cursor < n_named && c->out->mentions[cursor].sent + 3 < s)
            cursor++;
        for (uint32_t i = sent->tok_first; i < sent->tok_end; i++) {
            if (c->tk[i].cls != DYAD_TOK_WORD)
                continue;
            char g = pronoun_gender(c, i);
            if (!g)
                continue;
            /* candidates: a person earlier in this sentence, else the
             * subject of the previous sentence that has one, else the
             * latest person named in the last three sentences */
            int who = -1;
            bool subject = i == sent->tok_first || (i > sent->tok_first && c->tk[i - 1].cls == DYAD_TOK_PUNCT);
            const dyad_actor_list *l = c->out;
            for (size_t k = n_named; k > cursor && who < 0 && !subject; k--) {
                const dyad_mention *m = &l->mentions[k - 1];
                if (m->sent != s || m->span.end > c->tk[i].span.start)
                    continue;
                const dyad_actor *a = &l->items[m->actor];
                if (a->kind == DYAD_ACTOR_PERSON && !m->plural && (!a->gender || a->gender == g))
                    who = m->actor;
            }
            for (uint32_t ps = (uint32_t)s; who < 0 && ps > 0 && ps + 3 > s; ps--) {
                int subj = subject_of(c, n_named, ps - 1, &cursor);
                if (subj >= 0 && (!l->items[subj].gender || l->items[subj].gender == g))
                    who = subj;
            }
            if (who < 0) {
                int skip[1];
                int cand = latest_person(c, n_named, c->tk[i].span.start, s > 3 ? (uint32_t)s - 3 : 0, skip, 0);
                if (cand >= 0 && (!l->items[cand].gender || l->items[cand].gender == g))
                    who = cand;
            }
            if (who < 0)
                continue;
            const dyad_actor *a = &c->out->items[who];
            if (act_add_mention(c, who, i, i + 1, DYAD_MENTION_PRONOUN, a->n_codes ? a->codes[0] : NULL, false) < 0)
                return -1;
        }
    }
    return 0;
}
