/* new_actors.c — PETRARCH's new actors: under <Config new_actor_length =
 * n> (doc->code_opts->new_actor_length > 0) a noun phrase of at most n
 * words that holds no dictionary actor or agent is an actor of its own,
 * coded by its words in capitals within double quotes, the possessive "'s"
 * left out:
 *
 *   "Gryffindor's head Minerva McGonagall left for the Ministry of Magic"
 *       → "GRYFFINDOR HEAD MINERVA MCGONAGALL", "THE MINISTRY OF MAGIC"
 *   "Eriador's death and injury toll has risen in the dispute with
 *    Osgiliath"  → "INJURY TOLL" only: "Eriador's death" is Eriador's
 *                  phrase, "the dispute with Osgiliath" Osgiliath's
 *
 * Without a parse tree a noun phrase is read from the words: an optional
 * determiner, then words that are no function word, no verb of the
 * dictionaries and no word of time (a verb form right after the
 * determiner is a noun: "the attack"), with a possessive "'s", joining
 * hyphens and "of" + another such phrase inside ("the Ministry of
 * Magic").  A phrase that touches an actor's words — right before or
 * after them, after them and a comma (an appositive), or before a
 * preposition that leads to them — belongs to that actor's phrase (PETRARCH's noun phrase holds its modifiers and its
 * prepositional phrases) and is none of its own.  dyad's own settings
 * never make one. */
#include "actors/actors_int.h"
#include "eval/tabari_options.h"
#include "lexicon/verbs.h"

#include <string.h>

enum { NEW_ACTOR_MAX_WORDS = 16 };

static bool is_possessive(const act_ctx *c, uint32_t i)
{
    return (c->tk[i].cls == DYAD_TOK_APOSTROPHE || c->tk[i].cls == DYAD_TOK_WORD) &&
           (dyad_tok_is(c->doc, i, "'s") || dyad_tok_is(c->doc, i, "'"));
}

/* Can token i be a word of a noun phrase (not its determiner)?  A verb of
 * the dictionaries is one only right after a determiner or a possessive
 * (`after_det`: "the attack", "Eriador's attack"). */
static bool phrase_word(act_ctx *c, uint32_t i, uint32_t se, const bool *covered, uint32_t ss, bool after_det)
{
    const dyad_token *t = &c->tk[i];
    if (covered[i - ss] || (t->cls != DYAD_TOK_WORD && t->cls != DYAD_TOK_NUMBER))
        return false;
    /* function words (determiners are the caller's); "of" and "for" are
     * no prepositions of function-words.txt (other stages keep them
     * inside names), but are none of a phrase's words here */
    if (t->cls == DYAD_TOK_WORD &&
        (dyad_tok_fword(c->doc, i) || dyad_tok_is(c->doc, i, "of") || dyad_tok_is(c->doc, i, "for")))
        return false;
    size_t n = t->span.end - t->span.start;
    const char *w = c->doc->text + t->span.start;
    /* adverbs in -ly ("unexpectedly") are no noun */
    if (!(t->flags & DYAD_TOKF_CAP) && n > 4 && w[n - 1] == 'y' && w[n - 2] == 'l')
        return false;
    uint32_t ve;
    if (!after_det && !(t->flags & DYAD_TOKF_CAP) && dyad_verb_at(c->eng->lexicon, c->doc, i, se, &ve))
        return false;
    return true;
}

static bool is_det(act_ctx *c, uint32_t j, uint32_t se, const bool *covered, uint32_t ss)
{
    return j < se && c->tk[j].cls == DYAD_TOK_WORD && !covered[j - ss] && (dyad_tok_fword(c->doc, j) & DYAD_FW_DET) &&
           !(dyad_tok_fword(c->doc, j) & (DYAD_FW_SUB | DYAD_FW_PRON));
}

/* The end of the noun phrase starting at token a, or a when there is
 * none; *words counts its words (the possessive and hyphens not
 * counted). */
static uint32_t phrase_end(act_ctx *c, uint32_t a, uint32_t se, const bool *covered, uint32_t ss, unsigned *words)
{
    uint32_t j = a, end = a;
    unsigned nw = 0;
    *words = 0;
    for (;;) {
        uint32_t k = j;
        bool det = is_det(c, k, se, covered, ss);
        if (det) {
            k++;
            nw++;
        }
        uint32_t first = k;
        while (k < se) {
            if (phrase_word(c, k, se, covered, ss, k == first && det)) {
                k++;
                nw++;
                continue;
            }
            /* "Gryffindor's head", "cease-fire" */
            if (k > first && k + 1 < se && !covered[k - ss] &&
                (is_possessive(c, k) || (c->tk[k].flags & DYAD_TOKF_JOINER)) &&
                phrase_word(c, k + 1, se, covered, ss, true)) {
                k += 2;
                nw++;
                continue;
            }
            break;
        }
        if (k == first) /* a determiner alone, or nothing */
            break;
        end = k;
        *words = nw;
        /* "the Ministry of Magic": "of" and another phrase */
        if (k + 1 < se && dyad_tok_is(c->doc, k, "of") && !covered[k + 1 - ss]) {
            j = k + 1;
            nw++;
            continue;
        }
        break;
    }
    return end;
}

/* Does the phrase [a, b) belong to an actor's words next to it? */
static bool next_to_actor(const act_ctx *c, uint32_t a, uint32_t b, uint32_t ss, uint32_t se, const bool *covered)
{
    if (a > ss && covered[a - 1 - ss])
        return true; /* "Eriador death" */
    if (a > ss + 1 && is_possessive(c, a - 1) && covered[a - 2 - ss])
        return true; /* "Eriador's death" */
    if (a > ss + 1 && c->tk[a - 1].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[a - 1].span.start] == ',' &&
        covered[a - 2 - ss])
        return true; /* an appositive: "Osgiliath, the state's fiercest foe" */
    if (b < se && covered[b - ss])
        return true;
    /* "the dispute with Osgiliath", "the parliament of Gondor" */
    if (b + 1 < se && c->tk[b].cls == DYAD_TOK_WORD &&
        ((dyad_tok_fword(c->doc, b) & DYAD_FW_PREP) || dyad_tok_is(c->doc, b, "of"))) {
        uint32_t k = b + 1;
        if (k + 1 < se && !covered[k - ss] && (dyad_tok_fword(c->doc, k) & DYAD_FW_DET))
            k++;
        return covered[k - ss];
    }
    return false;
}

/* The phrase's code: its words in capitals, one space apart, the
 * possessive and hyphens left out, within double quotes. */
static const char *phrase_code(act_ctx *c, uint32_t a, uint32_t b)
{
    size_t cap = 3;
    for (uint32_t i = a; i < b; i++)
        cap += c->tk[i].span.end - c->tk[i].span.start + 1;
    char *o = dyad_arena_alloc(c->doc->arena, cap);
    if (!o)
        return NULL;
    size_t k = 0;
    o[k++] = '"';
    for (uint32_t i = a; i < b; i++) {
        if (is_possessive(c, i) || (c->tk[i].flags & DYAD_TOKF_JOINER))
            continue;
        if (k > 1)
            o[k++] = ' ';
        for (uint32_t x = c->tk[i].span.start; x < c->tk[i].span.end; x++) {
            char ch = c->doc->text[x];
            o[k++] = ch >= 'a' && ch <= 'z' ? (char)(ch - 32) : ch;
        }
    }
    o[k++] = '"';
    o[k] = 0;
    return o;
}

int act_new_actors(act_ctx *c, size_t s, size_t first_mention)
{
    const dyad_code_options *o = c->doc->code_opts;
    if (!o || o->new_actor_length <= 0)
        return 0;
    const dyad_sentence *sent = &c->doc->sents[s];
    uint32_t ss = sent->tok_first, se = sent->tok_end;
    if (se <= ss)
        return 0;
    bool *covered = dyad_arena_array(c->doc->arena, se - ss, sizeof *covered);
    if (!covered)
        return -1;
    /* the sentence's mentions, and every dictionary phrase (an agent
     * with no actor is "---GOV", not a new actor) */
    for (size_t k = first_mention; k < c->out->n_mentions; k++) {
        const dyad_mention *m = &c->out->mentions[k];
        for (uint32_t t = m->tok_first; t < m->tok_end; t++)
            if (t >= ss && t < se)
                covered[t - ss] = true;
    }
    dyad_match *mt = NULL;
    size_t nm = dyad_lexicon_match(c->eng->lexicon, c->doc, ss, se, DYAD_NS_ACTOR | DYAD_NS_AGENT, &mt, c->doc->arena);
    for (size_t k = 0; k < nm; k++)
        for (uint32_t t = mt[k].tok_first; t < mt[k].tok_end && t < se; t++)
            covered[t - ss] = true;
    uint32_t i = ss;
    while (i < se) {
        unsigned words = 0;
        uint32_t b = phrase_end(c, i, se, covered, ss, &words);
        if (b == i) {
            i++;
            continue;
        }
        bool timeword = false;
        for (uint32_t t = i; t < b && !timeword; t++)
            timeword = c->tk[t].cls == DYAD_TOK_WORD && (dyad_tok_fword(c->doc, t) & DYAD_FW_TIME);
        if (!timeword && words <= (unsigned)o->new_actor_length && words <= NEW_ACTOR_MAX_WORDS &&
            !next_to_actor(c, i, b, ss, se, covered)) {
            const char *code = phrase_code(c, i, b);
            const char *name = code ? dyad_arena_strndup(c->doc->arena, c->doc->text + c->tk[i].span.start,
                                                         c->tk[b - 1].span.end - c->tk[i].span.start)
                                    : NULL;
            if (!name)
                return -1;
            int id = act_entity_new(c, name, DYAD_ACTOR_GROUP, NULL);
            if (id < 0 || act_add_mention(c, id, i, b, DYAD_MENTION_NAME, code, false) < 0)
                return -1;
        }
        i = b;
    }
    return 0;
}
