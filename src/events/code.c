/* code.c — the events stage: for each sentence, its actor phrases become
 * slots, each verb of the dictionaries is matched with its patterns
 * (lexicon/verbs.h), and the pattern's (or the clause's) source and target
 * slots become event records with codes as of the document's date.
 *
 *   "President Biden personally spoke with Egyptian President Sisi last
 *    Friday"            → USAGOV → EGYGOV 041, dated by "last Friday"
 *   "the two leaders agreed on …"  → both ways between the two leaders
 *   "U.S. officials from the State Department and the CIA have been
 *    meeting …, engaging with the governments of Qatar and Egypt"
 *                        → USAGOV → QATGOV 040 and USAGOV → EGYGOV 040:
 *                          the subject is the first actor phrase not
 *                          inside a prepositional phrase, and coordinated
 *                          targets each get an event
 *
 * Verb groups: a negation ("did not", "never", "refused to") marks the
 * event negated (dropped unless the caller keeps negated events); a modal
 * ("could", "may", "would") hypothetical; "will", "is to" and a word of
 * data/intent.txt before "to" ("is expected to", "was scheduled to … and
 * meet", "plans to") future, as is "would" in reported speech ("Biden
 * said he would meet with Xi in November") unless an "if" makes it a
 * condition; a passive with "by" ("was attacked by X") swaps source and
 * target.  Under dyad's own settings a future event is dated by its
 * sentence's time expression ("next week" → that week's Monday, "in
 * November" → "2024-11"), and a future meeting or consultation (04x) is
 * recoded 036 "Express intent to meet or negotiate" (045 → 039): the
 * CAMEO manual's first commandment on verb phrases has verbs with WILL /
 * IS_TO_ / WOULD "code in the [030]'s to differentiate between events
 * that have taken place and those that have not".  Other roots keep their
 * code with the future flag: their 03x counterparts are not one to one
 * ("will attack" reported by a third party is no threat, 13x).  The
 * peers' settings keep their patterns' codes and the record's date.
 * The same (source, target, code, day) reported twice is one event with
 * every evidence sentence.
 *
 * Peers' settings (doc->code_opts, src/eval/tabari_options.h; NULL: dyad's
 * own — every verb coded, any mention an actor): only dictionary actors are
 * slots; CODE BY CLAUSE / SENTENCE; TIME SHIFT off; MINIMUM WORDS,
 * COMPLEX and "+++"/"###" actors reject a sentence; COMMA clauses are left
 * out; DEFAULT source and target codes.  TABARI's weak verbs ("SAID
 * [023?]") code only through their patterns, under any settings.  Also
 * under the peers' settings: a verb's source is its clause's first actor;
 * negation is the patterns' business; TABARI's pronouns (first actor of
 * the sentence, else forwarded from the previous one); agents with no
 * actor as "~MIL" / "---MIL"; a multi-code actor ([FRO/BIL/SAM]) and a
 * pattern's '%' actor are compounds; a dominant verb ([031!]) under CODE
 * ALL; <TIME> phrases move dates or reject the sentence. */
#include "events/events.h"
#include "actors/actors.h"
#include "events/codebook.h"
#include "lexicon/verbs.h"
#include "statements/statements.h"
#include "time/time.h"
#include "eval/tabari_options.h"

#include <stdio.h>
#include <string.h>

typedef struct ev_ctx {
    dyad_doc *doc;
    const dyad_engine *eng;
    const dyad_token *tk;
    const dyad_actor_list *actors;
    const dyad_statement_list *stmts;
    const dyad_time_list *times;
    const dyad_code_options *opts; /* NULL: dyad's defaults */
    dyad_event_list *out;
    const char *shifted_date; /* the sentence's date moved by a TABARI <TIME>
                                 phrase, or NULL */
} ev_ctx;

static int fw(const ev_ctx *c, uint32_t i) { return dyad_tok_fword(c->doc, i); }

static bool word_is(const ev_ctx *c, uint32_t i, const char *w) { return dyad_tok_is(c->doc, i, w); }

/* ------------------------------------------------------------ verb group */

enum { VG_NEG = 1, VG_MODAL = 2, VG_FUTURE = 4, VG_PASSIVE = 8, VG_WOULD = 16 };

/* Is token i a word of data/intent.txt ("expected", "scheduled", "plans"),
 * which before "to" puts the verb after it in the future? */
static bool intent_word(const ev_ctx *c, uint32_t i)
{
    char w[24];
    size_t n = c->tk[i].cls == DYAD_TOK_WORD ? dyad_tok_lower(c->doc, i, w, sizeof w) : 0;
    const dyad_blob *b = n ? dyad_builtin_find("intent.txt") : NULL;
    if (!b)
        return false;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    size_t len;
    while ((line = dyad_lines_next(&it, &len)))
        if (len == n && !memcmp(line, w, n))
            return true;
    return false;
}

/* A verb coordinated after another ("was scheduled to give a speech … and
 * meet with exiled dissidents"): does "INTENT to" govern the verb group
 * before the conjunction at token conj?  Looks back at most 25 tokens,
 * stopping at ';' and subordinators. */
static bool intent_before_conj(const ev_ctx *c, uint32_t ss, uint32_t conj)
{
    for (uint32_t i = conj, k = 0; i > ss + 1 && k < 25; i--, k++) {
        const dyad_token *t = &c->tk[i - 1];
        if (t->cls == DYAD_TOK_PUNCT && c->doc->text[t->span.start] == ';')
            return false;
        if (t->cls != DYAD_TOK_WORD)
            continue;
        if ((fw(c, i - 1) & DYAD_FW_SUB) && !(fw(c, i - 1) & DYAD_FW_PREP))
            return false;
        if (word_is(c, i - 1, "to") && intent_word(c, i - 2))
            return true;
    }
    return false;
}

/* Look left from the verb over its auxiliaries and adverbs: "did not",
 * "has never", "could", "will", "was … by". */
static unsigned verb_group(const ev_ctx *c, uint32_t ss, uint32_t verb, uint32_t verb_end, uint32_t se)
{
    unsigned f = 0;
    bool be = false;
    for (uint32_t i = verb, k = 0; i > ss && k < 5; k++) {
        i--;
        const dyad_token *t = &c->tk[i];
        if (t->cls != DYAD_TOK_WORD && t->cls != DYAD_TOK_APOSTROPHE)
            break;
        int cls = fw(c, i);
        if (word_is(c, i, "not") || word_is(c, i, "never") || word_is(c, i, "n't") || word_is(c, i, "didn't") ||
            word_is(c, i, "won't") || word_is(c, i, "don't") || word_is(c, i, "doesn't") || word_is(c, i, "refused") ||
            word_is(c, i, "failed") || word_is(c, i, "declined")) {
            f |= VG_NEG;
            continue;
        }
        if (word_is(c, i, "will") || word_is(c, i, "shall") || word_is(c, i, "'ll")) {
            f |= VG_FUTURE;
            continue;
        }
        if (word_is(c, i, "could") || word_is(c, i, "may") || word_is(c, i, "might") || word_is(c, i, "would") ||
            word_is(c, i, "should") || word_is(c, i, "must")) {
            f |= VG_MODAL | (word_is(c, i, "would") ? VG_WOULD : 0);
            continue;
        }
        /* "is expected to meet", "plans to visit" (data/intent.txt) */
        if (word_is(c, i, "to") && i > ss && intent_word(c, i - 1)) {
            f |= VG_FUTURE;
            continue;
        }
        /* "… scheduled to give a speech … and meet with" */
        if ((word_is(c, i, "and") || word_is(c, i, "or")) && intent_before_conj(c, ss, i))
            f |= VG_FUTURE;
        if (word_is(c, i, "was") || word_is(c, i, "were") || word_is(c, i, "been") || word_is(c, i, "being") ||
            word_is(c, i, "is") || word_is(c, i, "are") || word_is(c, i, "be")) {
            be = true;
            continue;
        }
        if (word_is(c, i, "to") || (cls & (DYAD_FW_AUX | DYAD_FW_ADV)) ||
            (t->span.end - t->span.start > 4 && c->doc->text[t->span.end - 1] == 'y' &&
             c->doc->text[t->span.end - 2] == 'l'))
            continue;
        break;
    }
    /* passive: a form of "be" before a past participle, "by" after it;
     * or a reduced relative with "by" right after ("talks hosted by the
     * Austrian government") */
    if (!be && verb_end < se && word_is(c, verb_end, "by")) {
        const dyad_token *v = &c->tk[verb_end - 1];
        const char *w = c->doc->text + v->span.start;
        size_t n = v->span.end - v->span.start;
        if (n > 3 && w[n - 2] == 'e' && w[n - 1] == 'd')
            f |= VG_PASSIVE;
    }
    if (be) {
        const dyad_token *v = &c->tk[verb];
        const char *w = c->doc->text + v->span.start;
        size_t n = v->span.end - v->span.start;
        bool participle = n > 3 && ((w[n - 2] == 'e' && w[n - 1] == 'd') || (w[n - 1] == 'n'));
        for (uint32_t i = verb_end; participle && i < se && i < verb_end + 3; i++)
            if (word_is(c, i, "by"))
                f |= VG_PASSIVE;
    }
    return f;
}

/* ----------------------------------------------------------------- slots */

typedef struct slot_info {
    int mention;   /* index into the actor list's mentions; -1: an agent
                      with no actor (`code` says what it is) */
    bool in_pp;    /* preceded by a preposition: "from the State Department" */
    int coord;     /* next slot coordinated with this one ("Qatar and Egypt"), -1 */
    const char *code; /* the slot's code when not its mention's (a
                         forwarded pronoun), else NULL */
    bool pronoun;  /* a TABARI pronoun slot standing for `mention` */
} slot_info;

static const char *mention_code(const ev_ctx *c, int mention);
static size_t expand(const dyad_slot *slots, const slot_info *info, size_t n, int k, int *out, size_t cap);
static void relink_coord(const ev_ctx *c, const dyad_slot *slots, slot_info *info, size_t n);
static bool verb_starts(const ev_ctx *c, uint32_t i, uint32_t se);

/* Mentions of the sentence [ss, se) as slots, in text order.  Under a
 * peer's settings (c->opts) only phrases of the dictionaries are actors:
 * "Calenardon might affirm …" with a misspelt name has no actor there.  A plural
 * role mention naming several people ("the two leaders") appears once per
 * person, at the same tokens. */
static dyad_span slot_span(const ev_ctx *c, const dyad_slot *sl)
{
    return (dyad_span){c->tk[sl->tok_first].span.start, c->tk[sl->tok_end - 1].span.end};
}

static bool in_pp_at(const ev_ctx *c, uint32_t ss, uint32_t first)
{
    uint32_t before = first;
    while (before > ss && (fw(c, before - 1) & DYAD_FW_DET))
        before--;
    return before > ss && (fw(c, before - 1) & DYAD_FW_PREP) && !word_is(c, before - 1, "of");
}

static size_t pronoun_slots(const ev_ctx *c, uint32_t ss, uint32_t se, size_t cursor, dyad_slot *slots,
                            slot_info *info, size_t n, size_t cap, const bool *skip);
static size_t agent_slots(const ev_ctx *c, uint32_t ss, uint32_t se, dyad_slot *slots, slot_info *info, size_t n,
                          size_t cap);
static void merge_slots(dyad_slot *slots, slot_info *info, size_t n);
static bool after_article(const ev_ctx *c, uint32_t ss, uint32_t i);
static bool after_preposition(const ev_ctx *c, uint32_t ss, uint32_t i);

static size_t sentence_slots(const ev_ctx *c, uint32_t ss, uint32_t se, dyad_slot *slots, slot_info *info,
                             size_t cap, size_t *cursor)
{
    const dyad_actor_list *l = c->actors;
    size_t n = 0;
    bool tabari_pronouns = c->opts && c->opts->tabari_pronouns;
    while (*cursor < l->n_mentions && l->mentions[*cursor].tok_first < ss)
        (*cursor)++;
    for (size_t k = *cursor; k < l->n_mentions && l->mentions[k].tok_first < se && n < cap; k++) {
        const dyad_mention *m = &l->mentions[k];
        if (c->opts && !mention_code(c, (int)k))
            continue;
        if (tabari_pronouns && m->how == DYAD_MENTION_PRONOUN)
            continue; /* replaced by TABARI's own pronouns below */
        slots[n] = (dyad_slot){m->tok_first, m->tok_end, (int)n};
        info[n] = (slot_info){.mention = (int)k, .coord = -1, .in_pp = in_pp_at(c, ss, m->tok_first)};
        n++;
        /* a peer's actor with several codes is a compound: THE_SHIRE
         * [FRO/BIL/SAM] is three actors at the same words */
        const dyad_actor *a = &l->items[m->actor];
        const char *first = mention_code(c, (int)k);
        const dyad_code *held[DYAD_ACTOR_MAX_CODES];
        size_t nh = c->opts && a->entry && first ? dyad_entry_codes_at(a->entry, c->doc->date, held,
                                                                       DYAD_ACTOR_MAX_CODES)
                                                 : 0;
        if (nh > DYAD_ACTOR_MAX_CODES)
            nh = DYAD_ACTOR_MAX_CODES;
        const uint32_t agent_code = DYAD_CODE_AGENT_SUFFIX | DYAD_CODE_AGENT_PREFIX;
        if (nh > 1 && !strcmp(held[0]->code, first) && !(held[0]->flags & agent_code))
            for (size_t x = 1; x < nh && n < cap; x++) {
                /* the codes of one bracket share its dates; another
                 * bracket's dates that overlap ("[ORCHOB 20100109-20100112]"
                 * within "[HOBMIL 20080120-20121109]") are an exception
                 * to it, and the first listed wins */
                if ((held[x]->flags & agent_code) || !strcmp(held[x]->code, "---") ||
                    held[x]->from != held[0]->from || held[x]->to != held[0]->to)
                    continue;
                slots[n] = slots[n - 1];
                slots[n].id = (int)n;
                info[n] = info[n - 1];
                info[n].code = held[x]->code;
                n++;
            }
    }
    if (c->opts && c->opts->agent_only != DYAD_AGENT_ONLY_DROP)
        n = agent_slots(c, ss, se, slots, info, n, cap);
    relink_coord(c, slots, info, n);
    if (tabari_pronouns)
        n = pronoun_slots(c, ss, se, *cursor, slots, info, n, cap, NULL);
    return n;
}

/* Merge slots[from..n) into the text order of slots[0..from) (insertion
 * sort: few slots) and renumber them. */
static void merge_slots(dyad_slot *slots, slot_info *info, size_t n)
{
    for (size_t k = 1; k < n; k++) {
        dyad_slot sk = slots[k];
        slot_info ik = info[k];
        size_t j = k;
        while (j > 0 && slots[j - 1].tok_first > sk.tok_first) {
            slots[j] = slots[j - 1];
            info[j] = info[j - 1];
            j--;
        }
        slots[j] = sk;
        info[j] = ik;
    }
    for (size_t k = 0; k < n; k++)
        slots[k].id = (int)k;
}

/* Agents with no actor as slots (TABARI "SET: CONVERT AGENT = TRUE",
 * PETRARCH): "Security forces are about to restore full diplomatic ties
 * with Gondor" → ~MIL/GON (PETRARCH: ---MIL).  An agent inside an actor
 * phrase is that actor's.  Returns the new count. */
static size_t agent_slots(const ev_ctx *c, uint32_t ss, uint32_t se, dyad_slot *slots, slot_info *info, size_t n,
                          size_t cap)
{
    dyad_match *mt = NULL;
    size_t nm = dyad_lexicon_match(c->eng->lexicon, c->doc, ss, se, DYAD_NS_AGENT, &mt, c->doc->arena);
    size_t named = n;
    for (size_t k = 0; k < nm && n < cap; k++) {
        bool inside = false;
        for (size_t x = 0; x < named && !inside; x++)
            inside = mt[k].tok_first < slots[x].tok_end && slots[x].tok_first < mt[k].tok_end;
        const char *ac = NULL;
        for (uint32_t q = 0; q < mt[k].entry->n_codes && !ac; q++)
            if (strcmp(mt[k].entry->codes[q].code, "---") != 0)
                ac = mt[k].entry->codes[q].code;
        if (inside || !ac)
            continue;
        while (*ac == '~' || *ac == ' ')
            ac++;
        if (!*ac)
            continue;
        const char *code = dyad_arena_printf(c->doc->arena, "%s%s",
                                             c->opts->agent_only == DYAD_AGENT_ONLY_TILDE ? "~" : "---", ac);
        if (!code)
            break;
        slots[n] = (dyad_slot){mt[k].tok_first, mt[k].tok_end, (int)n};
        info[n] = (slot_info){.mention = -1, .coord = -1, .in_pp = in_pp_at(c, ss, mt[k].tok_first), .code = code};
        n++;
    }
    if (n > named)
        merge_slots(slots, info, n);
    return n;
}

/* Is token i one of TABARI's pronouns? */
static bool tabari_pronoun(const ev_ctx *c, uint32_t i)
{
    static const char *const words[] = {"it", "its", "he", "his", "him", "she", "her", "they", "them", "their"};
    if (c->tk[i].cls != DYAD_TOK_WORD || c->tk[i].span.end - c->tk[i].span.start > 5)
        return false;
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (word_is(c, i, words[k]))
            return true;
    return false;
}

/* The code an actor is forwarded with: its own, without the agent of the
 * mention ("Fornost President Umbardacil" FORGOVPRS → FOR). */
static const char *forward_code(const ev_ctx *c, int mention)
{
    const dyad_mention *m = &c->actors->mentions[mention];
    const dyad_actor *a = &c->actors->items[m->actor];
    const char *code = mention_code(c, mention);
    if (!a->agent || !code)
        return code;
    /* strip the agent's code from the end: FORGOVPRS − GOVPRS */
    for (uint32_t k = 0; k < a->agent->n_codes; k++) {
        const char *ac = a->agent->codes[k].code;
        while (*ac == '~')
            ac++;
        size_t cl = strlen(code), al = strlen(ac);
        if (al && cl > al && strcmp(code + cl - al, ac) == 0)
            return dyad_arena_strndup(c->doc->arena, code, cl - al);
    }
    return code;
}

/* TABARI's pronouns as slots (opts->tabari_pronouns): each pronoun outside
 * an actor phrase stands for the first actor of the sentence before it,
 * with its coordinated siblings ("Elrond and Gondor urged Bree … then they
 * requested" → ELF and GON), one slot each at the pronoun's token; with no
 * actor before it, for the first actor named in the previous sentence,
 * coded without its agent.  slots[0..n) are the sentence's actor slots in
 * text order; the pronoun slots are merged in.  skip (indexed from ss, or
 * NULL): tokens left out of the coding, pronouns there are none.  Returns
 * the new count. */
static size_t pronoun_slots(const ev_ctx *c, uint32_t ss, uint32_t se, size_t cursor, dyad_slot *slots,
                            slot_info *info, size_t n, size_t cap, const bool *skip)
{
    const dyad_actor_list *l = c->actors;
    size_t named = n;
    int first_expanded[8];
    size_t n_first = named ? expand(slots, info, named, 0, first_expanded, 8) : 0;
    /* the previous sentence's first named actor */
    int forward = -1;
    if (ss > 0) {
        uint32_t prev_sent = UINT32_MAX;
        for (size_t k = cursor; k > 0; k--) {
            const dyad_mention *m = &l->mentions[k - 1];
            if (prev_sent == UINT32_MAX)
                prev_sent = m->sent;
            if (m->sent != prev_sent)
                break;
            if (m->how != DYAD_MENTION_PRONOUN && mention_code(c, (int)(k - 1)))
                forward = (int)(k - 1);
        }
        /* only the sentence right before this one */
        if (forward >= 0 && c->doc->sents[l->mentions[forward].sent].tok_end + 2 < ss) {
            uint32_t gap_words = 0;
            for (uint32_t t = c->doc->sents[l->mentions[forward].sent].tok_end; t < ss; t++)
                gap_words += c->tk[t].cls == DYAD_TOK_WORD;
            if (gap_words)
                forward = -1;
        }
    }
    for (uint32_t i = ss; i < se && n < cap; i++) {
        if ((skip && skip[i - ss]) || !tabari_pronoun(c, i))
            continue;
        bool inside = false;
        for (size_t k = 0; k < named && !inside; k++)
            inside = i >= slots[k].tok_first && i < slots[k].tok_end;
        if (inside)
            continue;
        bool before = named && slots[0].tok_first < i;
        size_t add = before ? n_first : forward >= 0 ? 1 : 0;
        for (size_t a = 0; a < add && n < cap; a++) {
            slots[n] = (dyad_slot){i, i + 1, (int)n};
            info[n] = (slot_info){.coord = -1, .in_pp = in_pp_at(c, ss, i), .pronoun = true};
            if (before) {
                info[n].mention = info[first_expanded[a]].mention;
                info[n].code = info[first_expanded[a]].code;
            } else {
                info[n].mention = forward;
                info[n].code = forward_code(c, forward);
            }
            n++;
        }
    }
    if (n == named)
        return n;
    merge_slots(slots, info, n);
    relink_coord(c, slots, info, n);
    return n;
}

/* Link coordinated slots: "Qatar and Egypt", "Arnor, Osgiliath and
 * Gondor", "Neither Galadriel nor Gollum" (info[i].coord = i + 1). */
static void relink_coord(const ev_ctx *c, const dyad_slot *slots, slot_info *info, size_t n)
{
    for (size_t i = 0; i < n; i++)
        info[i].coord = -1;
    for (size_t i = 0; i + 1 < n; i++) {
        uint32_t gap_a = slots[i].tok_end, gap_b = slots[i + 1].tok_first;
        if (gap_b < gap_a) {
            /* the same phrase: two people of one plural mention, or the
             * actors of one name ("the Shire" [FRO/BIL/SAM]) — one item
             * of a list, which goes on after it */
            if (slots[i + 1].tok_first == slots[i].tok_first && (!c->opts || c->opts->phrase_structure))
                info[i].coord = (int)i + 1;
            continue;
        }
        /* "Fornost and the evil awful Gondor", "Evil Mordor, the awful
         * Fornost, and good Gondor": after the conjunction or comma,
         * determiners and lower-case words that are not verbs */
        bool join = gap_b > gap_a && gap_b - gap_a <= 5, linked = false;
        uint32_t from = gap_a;
        /* PETRARCH's noun phrase holds the actor's possessive and its
         * head: "Eriador's death and injury toll" joins ERI and "INJURY
         * TOLL" */
        if (c->opts && c->opts->phrase_structure && from + 1 < gap_b && c->tk[from].cls == DYAD_TOK_APOSTROPHE) {
            from++;
            while (from < gap_b && c->tk[from].cls == DYAD_TOK_WORD && !(c->tk[from].flags & DYAD_TOKF_CAP) &&
                   !fw(c, from) && !verb_starts(c, from, gap_b))
                from++;
        }
        for (uint32_t t = from; join && t < gap_b; t++) {
            /* "and", "or", "nor": "Neither Galadriel nor Gollum", "Gondor
             * or Arnor" */
            bool link = word_is(c, t, "and") || word_is(c, t, "or") || word_is(c, t, "nor") || (c->tk[t].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[t].span.start] == ',');
            linked |= link;
            join = link || (fw(c, t) & DYAD_FW_DET) ||
                   (linked && c->tk[t].cls == DYAD_TOK_WORD && !(c->tk[t].flags & DYAD_TOKF_CAP) && !fw(c, t) &&
                    !verb_starts(c, t, gap_b));
        }
        join = join && linked;
        /* TABARI: inside a compound, a possessive joins two actors too
         * ("toward Gondor and Arnor's Elrond" → GON, ARN, ELF) */
        if (!join && c->opts && c->opts->tabari_pronouns && i > 0 && info[i - 1].coord == (int)i &&
            gap_b == gap_a + 1 && c->tk[gap_a].cls == DYAD_TOK_APOSTROPHE)
            join = true;
        /* … and words of the <ADJECTIVE> list: "Calenardhon and the evil
         * Arnor awful Gondor welcomed" → CAL, ARN, GON */
        if (!join && c->opts && c->opts->article_nouns && i > 0 && info[i - 1].coord == (int)i && gap_b > gap_a &&
            gap_b - gap_a <= 3) {
            join = true;
            for (uint32_t t = gap_a; t < gap_b && join; t++)
                join = dyad_verb_synset_at(c->eng->lexicon, c->doc, "&ADJECTIVE", t, t + 1) == t + 1;
        }
        if (join)
            info[i].coord = (int)i + 1;
    }
}

/* Does a verb of the dictionaries start at token i (outside every slot)? */
static bool verb_starts(const ev_ctx *c, uint32_t i, uint32_t se)
{
    uint32_t ve;
    return i < se && c->tk[i].cls == DYAD_TOK_WORD && dyad_verb_at(c->eng->lexicon, c->doc, i, se, &ve) != NULL;
}

/* Skip auxiliaries, adverbs, determiners and "to" from token i. */
static uint32_t skip_aux(const ev_ctx *c, uint32_t i, uint32_t se)
{
    for (uint32_t k = 0; i < se && k < 4 && c->tk[i].cls == DYAD_TOK_WORD; k++, i++)
        if (!(fw(c, i) & (DYAD_FW_AUX | DYAD_FW_ADV | DYAD_FW_DET)) && !word_is(c, i, "to") && !word_is(c, i, "not"))
            break;
    return i;
}

/* Is token i a conjunction that starts a new clause?  TABARI codes by
 * clause, splitting at conjunctions between verb phrases but not inside a
 * compound noun: "… might affirm an attack by Osgiliath soldiers in south
 * Ithilen or assail Arnor on Thursday but Dagolath promised aid" has three
 * clauses, "an attack by sheep and evil awful goats from Osgiliath
 * soldiers" one.  A ';' always ends a clause; "but" does; "and"/"or" do
 * when a verb follows at once, or after one actor phrase once the clause
 * has had its verb (verb_before). */
static bool clause_break(const ev_ctx *c, uint32_t i, uint32_t se, const dyad_slot *slots, const slot_info *info,
                         size_t n, bool verb_before)
{
    const dyad_token *t = &c->tk[i];
    if (t->cls == DYAD_TOK_PUNCT)
        return c->doc->text[t->span.start] == ';';
    if (t->cls != DYAD_TOK_WORD)
        return false;
    if (word_is(c, i, "but"))
        return true;
    if (!word_is(c, i, "and") && !word_is(c, i, "or"))
        return false;
    /* the conjunction of a compound actor joins no clauses: "will meet
     * Eriadori and Calenardhon leaders during a brief private visit" */
    for (size_t k = 0; k < n; k++)
        if (info[k].coord >= 0 && slots[k].tok_end <= i && slots[info[k].coord].tok_first > i)
            return false;
    /* "and then" opens a clause: "Calenardhon urged Bree on Monday to
     * chill out and then it requested that Elrond assist …" */
    if (verb_before && i + 1 < se && word_is(c, i + 1, "then"))
        return true;
    uint32_t j = skip_aux(c, i + 1, se);
    if (verb_starts(c, j, se))
        return true;
    /* "Fornost and Gondor welcomed …": before the clause's verb, "and"
     * joins a compound subject */
    if (!verb_before)
        return false;
    for (size_t k = 0; k < n; k++)
        if (slots[k].tok_first == j) {
            uint32_t e = j;
            for (size_t x = 0; x < n; x++)
                if (slots[x].tok_first == j && slots[x].tok_end > e)
                    e = slots[x].tok_end;
            return verb_starts(c, skip_aux(c, e, se), se);
        }
    return false;
}

/* Does a reporting verb of data/cues.txt (the statements stage's list: not
 * a noun of report, "according to", a verb taking a hearer ("told"), nor
 * a weak cue that needs a that-clause ("attacked")) end right before
 * token i?  Then a bare clause follows, whose subject is
 * the verb's source, not the reporter: "Syrian state media reported
 * Iraq's national security advisor met with Syrian President Bashar
 * Assad" → IRQGOV → SYRGOV (the reporter is the statement's speaker). */
static bool reporting_verb_before(const ev_ctx *c, uint32_t ss, uint32_t i, uint32_t verb)
{
    if (i < ss + 2 || c->tk[i - 1].cls != DYAD_TOK_WORD)
        return false;
    for (uint32_t k = i - 1, back = 0; k > ss && back < 2; k--, back++) {
        dyad_cue_match m;
        if (dyad_cue_at(c->eng, c->doc, k, verb, &m) && m.tok + m.ntok == i &&
            !(m.flags & (DYAD_CUE_NOUN | DYAD_CUE_PREP | DYAD_CUE_WEAK | DYAD_CUE_ADDRESSEE)))
            return true;
    }
    return false;
}

/* May slot k, inside a prepositional phrase, stand in for a clause's
 * missing subject ("Officials from Egypt met …" → EGY)?  Not a region, and
 * not a phrase that follows a verb group of the clause (an auxiliary, an
 * infinitive's "to", a dictionary verb), whose complement it is: "Bush was
 * scheduled to give a speech here on US relations with Asia and meet with
 * exiled dissidents from Myanmar" has no ASA (nor USA) → MMR 040. */
static bool pp_may_be_subject(const ev_ctx *c, uint32_t cs, const dyad_slot *slots, const slot_info *info, int k)
{
    if (info[k].mention >= 0 && dyad_code_is_region(mention_code(c, info[k].mention)))
        return false;
    for (uint32_t i = cs; i < slots[k].tok_first; i++)
        if (c->tk[i].cls == DYAD_TOK_WORD &&
            ((fw(c, i) & DYAD_FW_AUX) || word_is(c, i, "to") || verb_starts(c, i, slots[k].tok_first)))
            return false;
    return true;
}

/* The subject: the first slot before the verb in its clause that is not in
 * a prepositional phrase (else the nearest one before the verb). */
static int default_source(const ev_ctx *c, const dyad_slot *slots, const slot_info *info, size_t n, uint32_t ss,
                          uint32_t verb)
{
    /* the clause starts after the last ';', subordinator ("shared that
     * President Biden spoke …") or ", and" before the verb — when an
     * actor follows it, since the clause needs its own subject */
    uint32_t cs = ss;
    for (uint32_t i = verb; i > ss; i--) {
        const dyad_token *t = &c->tk[i - 1];
        bool edge = (t->cls == DYAD_TOK_PUNCT && (c->doc->text[t->span.start] == ';' || c->doc->text[t->span.start] == ',')) ||
                    (t->cls == DYAD_TOK_WORD && (fw(c, i - 1) & DYAD_FW_SUB) && !(fw(c, i - 1) & DYAD_FW_PREP) &&
                     !(t->flags & DYAD_TOKF_CAP)) ||
                    (t->cls == DYAD_TOK_WORD && word_is(c, i - 1, "and") && i - 1 > ss &&
                     c->tk[i - 2].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[i - 2].span.start] == ',') ||
                    (!c->opts && reporting_verb_before(c, ss, i, verb));
        if (!edge)
            continue;
        bool actor_after = false;
        for (size_t k = 0; k < n && !actor_after; k++)
            actor_after = slots[k].tok_first >= i && slots[k].tok_end <= verb;
        if (actor_after) {
            cs = i;
            break;
        }
        /* a subordinate clause with a subject of its own that is no actor
         * has no source: "agree that territorial disputes should be
         * resolved", "a step that holds advantages" */
        if (t->cls == DYAD_TOK_WORD && (fw(c, i - 1) & DYAD_FW_SUB)) {
            bool own_subject = false;
            for (uint32_t k = i; k < verb && !own_subject; k++)
                own_subject = c->tk[k].cls == DYAD_TOK_WORD && !(c->tk[k].flags & DYAD_TOKF_CAP) && !fw(c, k);
            if (!own_subject && skip_aux(c, i, verb) == verb && i - 1 > ss &&
                (word_is(c, i - 1, "that") || word_is(c, i - 1, "which"))) {
                /* a relative clause, auxiliaries between ("the militant
                 * group that has seized parts of Iraq"): its antecedent
                 * is the word before */
                uint32_t before = i - 2;
                if (c->tk[before].cls == DYAD_TOK_PUNCT && before > ss)
                    before--;
                bool antecedent_actor = false;
                for (size_t k = 0; k < n && !antecedent_actor; k++)
                    antecedent_actor = slots[k].tok_end == before + 1;
                own_subject = !antecedent_actor && c->tk[before].cls == DYAD_TOK_WORD && !fw(c, before);
            }
            if (own_subject)
                return -1;
            break;
        }
    }
    int nearest = -1;
    for (size_t k = 0; k < n; k++) {
        if (slots[k].tok_first < cs || slots[k].tok_end > verb)
            continue;
        if (!info[k].in_pp)
            return (int)k;
        if (!c->opts && !pp_may_be_subject(c, cs, slots, info, (int)k))
            continue;
        nearest = (int)k;
    }
    return nearest;
}

/* The actor a slot stands for, -1 for an agent with no actor. */
static int slot_actor(const ev_ctx *c, const slot_info *info, int k)
{
    return info[k].mention >= 0 ? c->actors->mentions[info[k].mention].actor : -1;
}

/* A slot's code: its own (a forwarded pronoun, an agent), else its
 * mention's; "" when none. */
static const char *slot_code(const ev_ctx *c, const slot_info *info, int k)
{
    const char *code = info[k].code ? info[k].code : info[k].mention >= 0 ? mention_code(c, info[k].mention) : NULL;
    return code ? code : "";
}

static bool is_pronoun_slot(const ev_ctx *c, const slot_info *info, int k)
{
    return info[k].pronoun || (info[k].mention >= 0 && c->actors->mentions[info[k].mention].how == DYAD_MENTION_PRONOUN);
}

/* Does slot k stand for one of the actors of the source slots srcs? */
static bool same_as_source(const ev_ctx *c, const slot_info *info, int k, const int *srcs, size_t ns)
{
    int a = slot_actor(c, info, k);
    for (size_t i = 0; i < ns; i++)
        if (srcs[i] >= 0 && (a >= 0 ? slot_actor(c, info, srcs[i]) == a
                                    : !strcmp(slot_code(c, info, srcs[i]), slot_code(c, info, k))))
            return true;
    return false;
}

/* The object: the first slot after the verb, within the verb's clause
 * (TABARI, opts->clause_targets: up to the next conjunction clause only:
 * "following daylight raids in which Arnor spokesmen said" → ARN) —
 * "agreed on Tuesday to reopen crossings, after talks hosted by the
 * Austrian government" has no object: a subordinator ("after", "while",
 * "because", "which") or ';' ends the clause. */
static int default_target(const ev_ctx *c, const dyad_slot *slots, const slot_info *info, size_t n,
                          uint32_t verb, uint32_t verb_end, uint32_t se, int src)
{
    /* se: the end of the verb's clause */
    uint32_t stop = se;
    for (uint32_t i = verb_end; i < se && !(c->opts && c->opts->clause_targets); i++) {
        const dyad_token *t = &c->tk[i];
        if ((t->cls == DYAD_TOK_PUNCT && c->doc->text[t->span.start] == ';') ||
            (t->cls == DYAD_TOK_WORD && (fw(c, i) & DYAD_FW_SUB) && !word_is(c, i, "as") && !word_is(c, i, "that") &&
             i > verb_end)) {
            stop = i;
            break;
        }
    }
    /* a pronoun standing for the source is no target: "Arnor suggested
     * Gondor should apply Geneva conventions in its dealings with Rohan"
     * → ROH */
    int srcs[8];
    size_t ns = expand(slots, info, n, src, srcs, 8);
    bool skipped = false;
    for (size_t k = 0; k < n; k++) {
        if (slots[k].tok_first < verb_end || slots[k].tok_first >= stop)
            continue;
        if (ns && is_pronoun_slot(c, info, (int)k) && same_as_source(c, info, (int)k, srcs, ns)) {
            skipped = true;
            continue;
        }
        /* past a comma, an actor with a verb of its own is the subject
         * of another clause: "… burned down its embassy, a senior Bree
         * official said today" */
        bool comma = false;
        for (uint32_t i = verb_end; i < slots[k].tok_first && !comma; i++)
            comma = c->tk[i].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[i].span.start] == ',';
        uint32_t after = slots[k].tok_end;
        while (after < se && c->tk[after].cls == DYAD_TOK_WORD && (fw(c, after) & (DYAD_FW_ADV | DYAD_FW_AUX)))
            after++;
        if (comma && verb_starts(c, after, se) && (!c->opts || c->opts->phrase_structure))
            return -1;
        return (int)k;
    }
    /* TABARI, with nothing after: the nearest other actor before the verb
     * ("Calenardhon urged Bree on Monday to assist it" → CAL/BRE 092) */
    if (c->opts && c->opts->tabari_pronouns && skipped)
        for (size_t k = n; k > 0; k--)
            if (slots[k - 1].tok_end <= verb && !same_as_source(c, info, (int)k - 1, srcs, ns))
                return (int)k - 1;
    /* TABARI, with nothing after: the verb's own subject when the source
     * is another, earlier actor ("Red Cross accepts that Secretary General
     * might affirm …" → NGO/UNO; "… it requested that Elrond assist" →
     * ELF) — the actor right before the verb, auxiliaries between */
    if (c->opts && c->opts->tabari_pronouns && ns)
        for (size_t k = n; k > 0; k--) {
            if (slots[k - 1].tok_end > verb)
                continue;
            if (skip_aux(c, slots[k - 1].tok_end, verb) == verb && slots[k - 1].tok_first > slots[srcs[0]].tok_first &&
                !same_as_source(c, info, (int)k - 1, srcs, ns))
                return (int)k - 1;
            break;
        }
    return -1;
}

/* ----------------------------------------------------------------- events */

static const char *mention_code(const ev_ctx *c, int mention)
{
    const dyad_mention *m = &c->actors->mentions[mention];
    if (m->code)
        return m->code;
    const dyad_actor *a = &c->actors->items[m->actor];
    return a->n_codes ? a->codes[0] : NULL;
}

static int statement_at(const ev_ctx *c, dyad_span verb)
{
    if (!c->stmts)
        return -1;
    for (size_t i = 0; i < c->stmts->n; i++) {
        const dyad_statement *st = &c->stmts->items[i];
        if (st->kind != DYAD_STMT_DIRECT && st->kind != DYAD_STMT_MIXED && st->kind != DYAD_STMT_INDIRECT)
            continue;
        for (uint8_t f = 0; f < st->n_frags; f++)
            if (verb.start >= st->frags[f].start && verb.end <= st->frags[f].end)
                return (int)i;
    }
    return -1;
}

/* The date of an event in sentence s: a resolved day in its sentence
 * ("last Friday", "the same day"), else its statement's, else the
 * document's. */
static size_t time_phrase_count(const ev_ctx *c)
{
    size_t n;
    dyad_time_phrases(c->eng->lexicon, &n);
    return n;
}

static const char *event_date(const ev_ctx *c, const dyad_sentence *s, int stmt)
{
    /* TABARI "SET: TIME SHIFT = FALSE": every event takes the record's
     * date; TRUE with <TIME> phrases: only those move it ("on Thursday"
     * does not); TRUE without: dyad's time expressions */
    if (c->opts && (!c->opts->time_shift || time_phrase_count(c)))
        return c->shifted_date ? c->shifted_date : c->doc->date;
    if (c->times) {
        const dyad_time_expr *x = dyad_time_for_span(c->times, c->doc, s->span);
        if (x && x->value[0] && x->granularity == DYAD_TIME_DAY)
            return dyad_arena_strdup(c->doc->arena, x->value);
    }
    if (stmt >= 0 && c->stmts->items[stmt].date)
        return c->stmts->items[stmt].date;
    return c->doc->date;
}

/* The day (or week, month, year: ISO of reduced precision) of a future
 * event: its sentence's time expression ("next week" → the Monday of that
 * week, "in November" → "2024-11"); NULL when the sentence has none. */
static const char *future_date(const ev_ctx *c, const dyad_sentence *s)
{
    const dyad_time_expr *x = c->times ? dyad_time_for_span(c->times, c->doc, s->span) : NULL;
    return x && x->value[0] ? dyad_arena_strdup(c->doc->arena, x->value) : NULL;
}

/* Does the sentence state a condition ("if", "unless")?  Then its "would"
 * is hypothetical, not a reported future. */
static bool conditional(const ev_ctx *c, uint32_t ss, uint32_t se)
{
    for (uint32_t i = ss; i < se; i++)
        if (c->tk[i].cls == DYAD_TOK_WORD && (word_is(c, i, "if") || word_is(c, i, "unless")))
            return true;
    return false;
}

static int add_event(ev_ctx *c, const dyad_event *e)
{
    dyad_event_list *l = c->out;
    /* the same event reported again: one record, one more evidence span */
    for (size_t i = 0; i < l->n; i++) {
        dyad_event *o = &l->items[i];
        bool same = strcmp(o->cameo, e->cameo) == 0 && ((!o->source && !e->source) ||
                                                        (o->source && e->source && !strcmp(o->source, e->source))) &&
                    ((!o->target && !e->target) || (o->target && e->target && !strcmp(o->target, e->target))) &&
                    ((!o->date && !e->date) || (o->date && e->date && !strcmp(o->date, e->date)));
        if (!same)
            continue;
        if (o->sentence.start != e->sentence.start && o->n_evidence < DYAD_EVENT_MAX_EVIDENCE)
            o->evidence[o->n_evidence++] = e->sentence;
        if (e->confidence > o->confidence)
            o->confidence = e->confidence;
        return 0;
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        dyad_event *items = dyad_arena_grow(c->doc->arena, l->items, l->n, cap, sizeof *items);
        if (!items)
            return -1;
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n] = *e;
    l->items[l->n].evidence[0] = e->sentence;
    l->items[l->n].n_evidence = 1;
    l->n++;
    return 0;
}

/* The event's code from a dictionary code: its CAMEO digits, and a
 * dictionary's own sub-code letter after them ("BARGAIN - * FOR_ASYLUM
 * [174K]" codes "174K"); the codebook knows the digits ("174"). */
static void set_code(const ev_ctx *c, dyad_event *e, const char *code)
{
    size_t n = 0;
    while (code[n] >= '0' && code[n] <= '9' && n < 4)
        n++;
    size_t digits = n;
    if (n >= 2 && n < 4 && code[n] >= 'A' && code[n] <= 'Z' && !(code[n + 1] >= 'A' && code[n + 1] <= 'Z'))
        n++;
    memcpy(e->cameo, code, n);
    e->cameo[n] = 0;
    e->root[0] = n >= 2 ? code[0] : 0;
    e->root[1] = n >= 2 ? code[1] : 0;
    e->root[2] = 0;
    char cameo_digits[5];
    memcpy(cameo_digits, code, digits);
    cameo_digits[digits] = 0;
    const dyad_cameo_info *info = dyad_cameo_lookup(c->eng, cameo_digits);
    if (info) {
        e->goldstein = info->goldstein;
        e->quad = info->quad;
        e->plover = info->plover;
    } else
        e->quad = dyad_cameo_quad(e->root);
}

/* The slots a slot stands for with its coordinated siblings. */
static size_t expand(const dyad_slot *slots, const slot_info *info, size_t n, int k, int *out, size_t cap)
{
    size_t m = 0;
    if (k < 0)
        return 0;
    /* from the head of the list: "Evil Mordor, the awful Fornost, and good
     * Gondor welcomed …" when a pattern names the last of them */
    for (bool moved = true; moved && k > 0;) {
        moved = false;
        for (int q = k - 1; q >= 0; q--)
            if (info[q].coord == k) {
                k = q;
                moved = true;
                break;
            }
    }
    for (int j = k; j >= 0 && (size_t)j < n && m < cap; j = info[j].coord) {
        /* slots starting at the same token are one coordinated phrase: "the
         * governments of Qatar and Egypt" names two actors */
        for (size_t x = 0; x < n && m < cap; x++)
            if (slots[x].tok_first == slots[j].tok_first) {
                bool dup = false;
                for (size_t y = 0; y < m; y++)
                    dup |= out[y] == (int)x;
                if (!dup)
                    out[m++] = (int)x;
            }
    }
    return m;
}

/* Words (white-space separated: "Gondor's" is one) in tokens [a, b). */
static int words_in(const ev_ctx *c, uint32_t a, uint32_t b)
{
    int w = 0;
    for (uint32_t i = a; i < b; i++)
        w += i == a || c->tk[i].span.start > c->tk[i - 1].span.end || c->tk[i].cls == DYAD_TOK_PUNCT;
    return w;
}

static bool is_comma(const ev_ctx *c, uint32_t i)
{
    return c->tk[i].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[i].span.start] == ',';
}

/* TABARI/PETRARCH comma-delimited clauses: a clause between two commas of
 * comma_min..comma_max words, one that opens the sentence up to its first
 * comma (bmin..bmax) or one that closes it after its last comma
 * (emin..emax) is left out of the coding: "Arnor signed an accord with
 * Dagolath, its biggest trading partner, officials said" codes without
 * the apposition and without "officials said".  A list of actors is not a
 * clause ("Mordor, the Shire, Fornost and Bree welcomed …"): an internal
 * piece that ends with an actor after an actor, or that a conjunction
 * follows, stays.  Marks the left-out tokens in skip[] (indexed from ss);
 * the sentence's end punctuation does not count as a word. */
/* Is the comma at token i inside a noun phrase, between its modifiers
 * ("restore complete, full diplomatic ties": PETRARCH's parse keeps it in
 * the noun phrase)?  Lower-case words of no function class and no verb on
 * both sides, and another word of none after ("complete, full Sudian
 * delegations"). */
static bool noun_phrase_comma(const ev_ctx *c, uint32_t ss, uint32_t i, uint32_t end)
{
    if (i <= ss || i + 2 >= end)
        return false;
    for (uint32_t k = i - 1; k <= i + 2; k++) {
        if (k == i)
            continue;
        const dyad_token *t = &c->tk[k];
        if (t->cls != DYAD_TOK_WORD || ((t->flags & DYAD_TOKF_CAP) && k != i + 2) || fw(c, k) ||
            verb_starts(c, k, end))
            return false;
    }
    return true;
}

static void comma_clauses(const ev_ctx *c, uint32_t ss, uint32_t se, const dyad_slot *slots, size_t n, bool *skip)
{
    const dyad_code_options *o = c->opts;
    uint32_t end = se;
    while (end > ss && c->tk[end - 1].cls == DYAD_TOK_PUNCT && !is_comma(c, end - 1))
        end--;
    uint32_t prev = ss; /* start of the current piece */
    bool first = true, prev_dropped = false;
    for (uint32_t i = ss; i <= end; i++) {
        if (i < end && (!is_comma(c, i) || (o->phrase_structure && noun_phrase_comma(c, ss, i, end))))
            continue;
        bool last = i == end;
        if (first && last)
            break;
        /* with no closing punctuation there is no closing clause: "Elrond
         * brushed aside reports, rumored to originate in Mordor, that
         * Calimehtar attacked Gandalf" keeps "that … Gandalf" */
        if (last && end == se)
            break;
        uint32_t a = first ? ss : prev + 1, b = i;
        int w = words_in(c, a, b);
        int lo = first ? o->comma_bmin : last ? o->comma_emin : o->comma_min;
        int hi = first ? o->comma_bmax : last ? o->comma_emax : o->comma_max;
        bool drop = b > a && hi > 0 && w >= lo && w <= hi;
        /* a left-out clause takes its closing comma with it: the piece
         * after it opens with no comma of its own ("Arnor's foreign
         * minister, in remarks published on Monday, urged Eriador to
         * respond" keeps "urged Eriador …") */
        if (prev_dropped)
            drop = false;
        if (drop && !first && !last) {
            /* a list item: an actor after an actor, with only determiners
             * and adjectives before it ("the awful Fornost"; not "a
             * neighbour of Norland") */
            bool item = false, actor_before = false;
            for (size_t k = 0; k < n; k++) {
                actor_before |= slots[k].tok_end == prev;
                if (slots[k].tok_end != b || slots[k].tok_first < a)
                    continue;
                item = true;
                /* ", and Ithilen and Dagolath," is one too: conjunctions
                 * and other actors may come before the last */
                for (uint32_t x = a; item && x < slots[k].tok_first; x++) {
                    bool in_slot = false;
                    for (size_t y = 0; y < n && !in_slot; y++)
                        in_slot = x >= slots[y].tok_first && x < slots[y].tok_end;
                    bool conj_list = o->comma_list_conj && (in_slot || word_is(c, x, "and") || word_is(c, x, "or"));
                    item = conj_list ||
                           (c->tk[x].cls == DYAD_TOK_WORD &&
                            ((fw(c, x) & DYAD_FW_DET) || (!fw(c, x) && !word_is(c, x, "of") && !verb_starts(c, x, b))));
                }
            }
            if ((item && actor_before) || (i + 1 < se && (word_is(c, i + 1, "and") || word_is(c, i + 1, "or"))))
                drop = false;
        }
        if (drop && last && !first) {
            /* the end of a list: "with Mordor, Rohan, Fornost and Bree
             * after a 12-year rift" — the piece opens with an actor joined
             * by "and"/"or" to another, after a piece ending with one */
            bool actor_before = false;
            for (size_t k = 0; k < n; k++)
                actor_before |= slots[k].tok_end == prev;
            for (size_t k = 0; k < n && actor_before && drop; k++) {
                uint32_t x = a;
                while (x < slots[k].tok_first && c->tk[x].cls == DYAD_TOK_WORD && (fw(c, x) & DYAD_FW_DET))
                    x++;
                if (x != slots[k].tok_first || slots[k].tok_end + 1 >= b ||
                    !(word_is(c, slots[k].tok_end, "and") || word_is(c, slots[k].tok_end, "or")))
                    continue;
                uint32_t y = slots[k].tok_end + 1;
                while (y < b && c->tk[y].cls == DYAD_TOK_WORD && (fw(c, y) & DYAD_FW_DET))
                    y++;
                for (size_t q = 0; q < n; q++)
                    if (slots[q].tok_first == y)
                        drop = false;
            }
        }
        /* PETRARCH leaves out modifiers of its tree, never the main
         * clause: a closing piece holding the sentence's only verb stays
         * ("In the talks, Arnor welcomed Gondor warmly.") */
        if (drop && last && o->phrase_structure) {
            bool verb_before = false;
            for (uint32_t k = ss; k < a && !verb_before; k++)
                verb_before = !skip[k - ss] && verb_starts(c, k, a);
            drop = verb_before;
        }
        if (drop)
            for (uint32_t k = first ? a : a - 1; k < b; k++)
                skip[k - ss] = true;
        prev_dropped = drop && !first;
        prev = i;
        first = false;
    }
}

/* TABARI's sentence filters, under a peer's settings: fewer than
 * min_words words ("SET: MINIMUM WORDS"); an actor coded "+++" (too
 * complex: "Isildur repelled Dagolath in their first Planetary Cup final"
 * with ISILDUR [+++]) or "###" (discard); "COMPLEX:" more verbs or
 * conjunctions than allowed, or no actor before the first verb.  false:
 * the sentence is not coded. */
static bool sentence_codable(const ev_ctx *c, const dyad_sentence *sent, const dyad_slot *slots,
                             const slot_info *info, size_t n)
{
    const dyad_code_options *o = c->opts;
    if (o->min_words > 0) {
        int words = 0;
        bool in_word = false;
        for (uint32_t b = sent->span.start; b < sent->span.end; b++) {
            char ch = c->doc->text[b];
            bool space = ch == ' ' || ch == '\n' || ch == '\t';
            words += !space && !in_word;
            in_word = !space;
        }
        if (words < o->min_words)
            return false;
    }
    for (size_t k = 0; k < n; k++) {
        const char *code = slot_code(c, info, (int)k);
        if (!strcmp(code, "+++") || !strcmp(code, "###"))
            return false;
    }
    if (o->complex_verbs <= 0 && o->complex_conj <= 0 && !o->complex_noactprior)
        return true;
    int verbs = 0, conj = 0;
    uint32_t first_verb = sent->tok_end;
    for (uint32_t i = sent->tok_first; i < sent->tok_end; i++) {
        if (c->tk[i].cls != DYAD_TOK_WORD)
            continue;
        bool inside = false;
        for (size_t k = 0; k < n && !inside; k++)
            inside = i >= slots[k].tok_first && i < slots[k].tok_end;
        if (inside)
            continue;
        if (word_is(c, i, "and") || word_is(c, i, "but") || word_is(c, i, "or")) {
            conj++;
            continue;
        }
        uint32_t ve;
        const dyad_verb *v = dyad_verb_at(c->eng->lexicon, c->doc, i, sent->tok_end, &ve);
        /* a null-coded verb ("On accord Gondor repelled Mordor", ACCORD
         * [---]) is not counted, nor a noun ("but the promised aid went
         * to the affected Ithilen and Dagolath towns") */
        bool noun = v && (o->article_nouns ? after_article(c, sent->tok_first, i) : false);
        if (v && !v->code.no_event && !noun) {
            verbs++;
            if (first_verb == sent->tok_end)
                first_verb = i;
        }
        if (v)
            i = ve - 1;
    }
    if (o->complex_verbs > 0 && verbs >= o->complex_verbs)
        return false;
    if (o->complex_conj > 0 && conj > o->complex_conj)
        return false;
    if (o->complex_noactprior && (n == 0 || slots[0].tok_first >= first_verb))
        return false;
    return true;
}

/* A verb form right after a determiner is a noun: "condemned an attack by
 * Osgiliath soldiers" codes "condemned", not "attack"; "have delayed their
 * meeting" codes "delayed".  "that", "those", "these", "both", "all" and
 * "each" also stand alone before verbs ("the state that attacked", "they
 * both agreed") and do not count. */
static bool after_determiner(const ev_ctx *c, uint32_t ss, uint32_t i, const dyad_slot *slots, size_t n)
{
    dyad_cue_match cue;
    bool reporting = dyad_cue_at(c->eng, c->doc, i, (uint32_t)c->doc->n_toks, &cue) && !(cue.flags & DYAD_CUE_NOUN);
    /* an actor in a hyphened modifier: "an anti- Gondor parade",
     * "a pro-Moscow rally" */
    for (size_t k = 0; k < n; k++)
        if (slots[k].tok_end == i && slots[k].tok_first > ss) {
            uint32_t h = slots[k].tok_first - 1; /* "-", or "anti-" as one token */
            const dyad_token *t = &c->tk[h];
            if (c->doc->text[t->span.end - 1] != '-')
                break;
            if (t->cls == DYAD_TOK_PUNCT && h > ss && c->tk[h - 1].cls == DYAD_TOK_WORD)
                h--;
            i = h;
            break;
        }
    /* a few modifiers between: "during a brief private visit to Eriador",
     * "after a 12-year break" — lower-case words of no function class (or
     * words of time), not plurals ("the rebels attacked"), numbers and
     * the hyphens inside a compound */
    for (int k = 0; k < 4 && i > ss + 1; k++, i--) {
        const dyad_token *t = &c->tk[i - 1];
        bool modifier = t->cls == DYAD_TOK_WORD && !(t->flags & DYAD_TOKF_CAP) && !(fw(c, i - 1) & ~DYAD_FW_TIME) &&
                        c->doc->text[t->span.end - 1] != 's';
        /* an actor's words before a reporting verb end the noun phrase:
         * "a senior official said" (but "a brief official visit") */
        for (size_t x = 0; x < n && modifier && reporting; x++)
            modifier = !(i - 1 >= slots[x].tok_first && i - 1 < slots[x].tok_end);
        if (!modifier && t->cls != DYAD_TOK_NUMBER && !(t->flags & DYAD_TOKF_JOINER))
            break;
    }
    if (i <= ss || c->tk[i - 1].cls != DYAD_TOK_WORD || !(fw(c, i - 1) & DYAD_FW_DET))
        return false;
    return !word_is(c, i - 1, "that") && !word_is(c, i - 1, "those") && !word_is(c, i - 1, "these") &&
           !word_is(c, i - 1, "both") && !word_is(c, i - 1, "all") && !word_is(c, i - 1, "each");
}

/* A verb form right after a preposition is a noun: "announced asset
 * freezes and bans on travel to Canada", "advised against travel to
 * Tunisia", "Palestinians in occupied East Jerusalem".  "to" (the
 * infinitive) does not count, nor does a form in -ing, which a
 * preposition takes as a verb: "after meeting Qatari Prime Minister". */
static bool after_preposition(const ev_ctx *c, uint32_t ss, uint32_t i)
{
    if (i <= ss || c->tk[i - 1].cls != DYAD_TOK_WORD || !(fw(c, i - 1) & DYAD_FW_PREP) || word_is(c, i - 1, "to"))
        return false;
    const dyad_token *v = &c->tk[i];
    const char *w = c->doc->text + v->span.start;
    size_t n = v->span.end - v->span.start;
    return !(n > 4 && w[n - 3] == 'i' && w[n - 2] == 'n' && w[n - 1] == 'g');
}

/* Does a preposition that can open a clause (function-words.txt
 * "clprep") open the clause of the verb group starting at vs, with the
 * verb's subject between them ("after Calenardhon crowds burned", not "in
 * detention in Afghanistan was extradited")?  Looks back over at most six words that are no verb, stopping
 * at punctuation. */
static bool prep_clause(const ev_ctx *c, uint32_t ss, uint32_t vs, uint32_t se)
{
    uint32_t k = vs;
    for (int n = 0; n < 6 && k > ss; n++) {
        k--;
        if (c->tk[k].cls != DYAD_TOK_WORD && c->tk[k].cls != DYAD_TOK_APOSTROPHE && c->tk[k].cls != DYAD_TOK_NUMBER)
            return false;
        int f = fw(c, k);
        if (f & (DYAD_FW_PREP | DYAD_FW_CLPREP))
            return k + 1 < vs && (f & DYAD_FW_CLPREP);
        if ((f & (DYAD_FW_AUX | DYAD_FW_CONJ | DYAD_FW_SUB)) || verb_starts(c, k, se))
            return false;
    }
    return false;
}

/* Is token i right after an intensifier of data/intensifiers.txt
 * ("very close")? */
static bool after_intensifier(const ev_ctx *c, uint32_t ss, uint32_t i)
{
    if (i <= ss || c->tk[i - 1].cls != DYAD_TOK_WORD || c->tk[i - 1].span.end - c->tk[i - 1].span.start > 16)
        return false;
    const dyad_blob *b = dyad_builtin_find("intensifiers.txt");
    if (!b)
        return false;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *w;
    size_t n;
    while ((w = dyad_lines_next(&it, &n))) {
        char word[24];
        if (n >= sizeof word)
            continue;
        memcpy(word, w, n);
        word[n] = 0;
        if (dyad_tok_is(c->doc, i - 1, word))
            return true;
    }
    return false;
}

/* TABARI's nouns: a verb form right after an article is a noun ("Arnor
 * is about the restore full diplomatic ties" has no RESTORE event), while
 * a possessive pronoun does not make one ("by its resumption of
 * diplomatic ties with Gondor" codes RESUM); so is a capitalised one. */
static bool after_article(const ev_ctx *c, uint32_t ss, uint32_t i)
{
    if (i > ss && (word_is(c, i - 1, "the") || word_is(c, i - 1, "a") || word_is(c, i - 1, "an")))
        return true;
    /* a capitalised verb form inside the sentence is a name: "Arnor is
     * about To Restore full diplomatic ties" has no RESTORE event (a word
     * in capitals throughout, as in a headline, is not) */
    const dyad_token *t = &c->tk[i];
    if (i == ss || !(t->flags & DYAD_TOKF_CAP) || (t->flags & DYAD_TOKF_SENT_START) ||
        c->tk[i - 1].cls == DYAD_TOK_QUOTE_OPEN)
        return false;
    for (uint32_t b = t->span.start + 1; b < t->span.end; b++)
        if (c->doc->text[b] >= 'a' && c->doc->text[b] <= 'z')
            return true;
    return false;
}

/* TABARI's compounds: "and" after a possessive actor and a word or two
 * ends that actor's phrase unless the words on both sides of it are of
 * the dictionaries' <ADJECTIVE> or <NOUN> lists: "Ithilen's awful and
 * cool minister Calimehtar warned" is two phrases, the first with no
 * actor of its own (the source is CALGOV); "Ithilen's awful and evil
 * minister Calimehtar" is one (ITH).  Is slot k, before the verb at
 * `verb`, such an uncoded first member, another actor following? */
static bool uncoded_member(const ev_ctx *c, const dyad_slot *slots, size_t n, size_t k, uint32_t verb)
{
    uint32_t t = slots[k].tok_end;
    if (t + 2 >= verb || c->tk[t].cls != DYAD_TOK_APOSTROPHE)
        return false;
    uint32_t and_at = 0;
    for (uint32_t j = t + 1; j < verb && j <= t + 3 && !and_at; j++) {
        if (word_is(c, j, "and"))
            and_at = j;
        else if (c->tk[j].cls != DYAD_TOK_WORD || (c->tk[j].flags & DYAD_TOKF_CAP) || fw(c, j))
            return false;
    }
    if (!and_at || and_at == t + 1 || and_at + 1 >= verb)
        return false;
    bool later = false;
    for (size_t x = 0; x < n && !later; x++)
        later = slots[x].tok_first > and_at && slots[x].tok_end <= verb;
    if (!later)
        return false;
    const dyad_lexicon *lex = c->eng->lexicon;
    uint32_t x = and_at - 1, y = and_at + 1;
    bool adjectives = dyad_verb_synset_at(lex, c->doc, "&ADJECTIVE", x, and_at) &&
                      dyad_verb_synset_at(lex, c->doc, "&ADJECTIVE", y, y + 1);
    bool nouns = dyad_verb_synset_at(lex, c->doc, "&NOUN", x, and_at) && dyad_verb_synset_at(lex, c->doc, "&NOUN", y, y + 1);
    return !adjectives && !nouns;
}

/* A verb form with a possessive "'s" written onto it is a noun: "Estonia
 * donate's cash to Libya" has no DONATE event. */
static bool possessive_after(const ev_ctx *c, uint32_t ve, uint32_t se)
{
    if (ve >= se || c->tk[ve].cls != DYAD_TOK_APOSTROPHE || c->tk[ve].span.start != c->tk[ve - 1].span.end)
        return false;
    const char *w = c->doc->text + c->tk[ve].span.start;
    size_t n = c->tk[ve].span.end - c->tk[ve].span.start;
    return n >= 2 && (w[n - 1] == 's' || w[n - 1] == 'S');
}

/* TABARI's <TIME> phrases in sentence [ss, se) (SET: TIME SHIFT = TRUE):
 * the first that shifts sets c->shifted_date ("Yesterday, Arnor is about
 * to restore …" dated 950104 → 950103); one coded [###] or [+++] ("kan
 * wa ma kan", "when peace comes") rejects the sentence: false. */
static bool time_phrase_shift(ev_ctx *c, uint32_t ss, uint32_t se)
{
    size_t np;
    const dyad_time_phrase *tp = dyad_time_phrases(c->eng->lexicon, &np);
    const dyad_time_phrase *shift = NULL;
    for (uint32_t i = ss; i < se && np; i++) {
        char b[32];
        if (c->tk[i].cls != DYAD_TOK_WORD || !dyad_tok_lower(c->doc, i, b, sizeof b))
            continue;
        const dyad_time_phrase *best = NULL;
        for (size_t k = 0; k < np; k++) {
            if (strcmp(tp[k].words[0], b) != 0 || (best && best->n_words >= tp[k].n_words))
                continue;
            size_t w = 1;
            while (w < tp[k].n_words && i + w < se && word_is(c, i + (uint32_t)w, tp[k].words[w]))
                w++;
            if (w == tp[k].n_words)
                best = &tp[k];
        }
        if (!best)
            continue;
        if (best->kind == DYAD_TIMEP_DISCARD || best->kind == DYAD_TIMEP_COMPLEX)
            return false;
        if (best->kind == DYAD_TIMEP_SHIFT && !shift)
            shift = best;
        i += best->n_words - 1;
    }
    int y, mo, d;
    if (shift && c->doc->date && sscanf(c->doc->date, "%4d-%2d-%2d", &y, &mo, &d) == 3) {
        dyad_time_civil(dyad_time_days(y, mo, d) + shift->days, &y, &mo, &d);
        c->shifted_date = dyad_arena_printf(c->doc->arena, "%04d-%02d-%02d", y, mo, d);
    }
    return true;
}

/* A source or target given by the peer's DEFAULT setting, not a slot. */
enum { DEFAULT_ACTOR = -2, MISSING_ACTOR = -3 };

/* TABARI "DEFAULT: SOURCE [S] [PRIOR] TARGET [T] [AFTER]" for a verb with
 * source slot src and target slot tgt (-1: none) whose clause ends at ce.
 * Without PRIOR a verb with no actor before it takes its source from
 * after it ("Fxrnost is about to restore ties with Gondor and Bree" →
 * GON/BRE); without AFTER a verb with no actor after it takes its target
 * from the source's coordinated sibling ("Bree and Arnor are about to
 * restore ties with Gxndor" → BRE/ARN); what is still missing takes the
 * default code (DEFAULT_ACTOR).  Rewrites srcs/tgts; true when it changed
 * them. */
static bool peer_defaults(const ev_ctx *c, const dyad_slot *slots, const slot_info *info, size_t n, int src,
                          int tgt, uint32_t ve, uint32_t ce, int *srcs, size_t *ns, int *tgts, size_t *nt)
{
    const dyad_code_options *o = c->opts;
    bool changed = false;
    if (src < 0 && !o->default_source_prior) {
        for (size_t k = 0; k < n && src < 0; k++)
            if (slots[k].tok_first >= ve && slots[k].tok_first < ce)
                src = (int)k;
        if (src >= 0) {
            srcs[0] = src;
            *ns = 1;
            tgt = info[src].coord;
            for (size_t k = 0; k < n && tgt < 0; k++)
                if (slots[k].tok_first >= slots[src].tok_end && slots[k].tok_first < ce &&
                    !(is_pronoun_slot(c, info, (int)k) && same_as_source(c, info, (int)k, srcs, 1)))
                    tgt = (int)k;
            *nt = expand(slots, info, n, tgt, tgts, 8);
            changed = true;
        }
    }
    if (tgt < 0 && src >= 0 && !o->default_target_after && info[src].coord >= 0) {
        srcs[0] = src;
        *ns = 1;
        tgts[0] = info[src].coord;
        *nt = 1;
        return true;
    }
    if (*ns == 0 && o->default_source[0]) {
        srcs[0] = DEFAULT_ACTOR;
        *ns = 1;
        changed = true;
    }
    if (*nt == 0 && o->default_target[0]) {
        tgts[0] = DEFAULT_ACTOR;
        *nt = 1;
        changed = true;
    }
    return changed;
}

static int code_sentence(ev_ctx *c, size_t s, size_t *cursor)
{
    const dyad_sentence *sent = &c->doc->sents[s];
    uint32_t ss = sent->tok_first, se = sent->tok_end;
    enum { MAXSLOTS = 48 };
    dyad_slot slots[MAXSLOTS] = {{0, 0, 0}};
    slot_info info[MAXSLOTS];
    size_t n = sentence_slots(c, ss, se, slots, info, MAXSLOTS, cursor);
    /* with DEFAULT source and target codes a sentence needs no actor:
     * "Fxrnost is about to restore full diplomatic ties with Gxndor" →
     * DEFSRC/DEFTAR 064 */
    bool defaults_only = c->opts && c->opts->default_source[0] && c->opts->default_target[0];
    if (n == 0 && !defaults_only)
        return 0;
    if (c->opts && !sentence_codable(c, sent, slots, info, n))
        return 0;
    c->shifted_date = NULL;
    if (c->opts && c->opts->time_shift && !time_phrase_shift(c, ss, se))
        return 0;
    bool *skip = NULL;
    if (c->opts && c->opts->comma_on && se > ss) {
        skip = dyad_arena_array(c->doc->arena, se - ss, sizeof *skip);
        if (!skip)
            return -1;
        memset(skip, 0, (se - ss) * sizeof *skip);
        comma_clauses(c, ss, se, slots, n, skip);
        /* the actors of a left-out clause are no slots; TABARI's
         * pronouns are found again without them ("Arnor is about to
         * restore complete, full diplomatic ties with Gondor … its
         * embassy" with the opening clause left out: "its" is Gondor) */
        bool redo_pronouns = c->opts->tabari_pronouns;
        size_t kept = 0;
        for (size_t k = 0; k < n; k++)
            if (!skip[slots[k].tok_first - ss] && !(redo_pronouns && info[k].pronoun)) {
                slots[kept] = slots[k];
                slots[kept].id = (int)kept;
                info[kept] = info[k];
                kept++;
            }
        n = kept;
        relink_coord(c, slots, info, n);
        if (redo_pronouns)
            n = pronoun_slots(c, ss, se, *cursor, slots, info, n, MAXSLOTS, skip);
        if (n == 0 && !defaults_only)
            return 0;
    }
    dyad_code_by code_by = c->opts ? c->opts->code_by : DYAD_CODE_ALL;
    size_t first_event = c->out->n; /* this sentence's events start here */
    /* the peers find a verb's source in its clause under CODE ALL too:
     * "Gondor accepts that … or assail Arnor on Thursday" → GON/ARN 122 */
    bool clauses = code_by != DYAD_CODE_ALL || (c->opts && !c->opts->phrase_structure);
    /* the end of the current clause (CODE BY CLAUSE / SENTENCE) */
    uint32_t ce = se, cs = ss;
    bool clause_done = false, coded_before = false;
    uint32_t pattern_end = 0; /* tokens before it were matched by a coded pattern */
    int clause_src = -1; /* the source of the previous clause */
    bool prev_coded = false; /* the previous clause has an event */
    for (uint32_t i = ss; i < se; i++) {
        if (clauses && (i == ss || i >= ce)) {
            if (i > ss && code_by == DYAD_CODE_BY_SENTENCE && clause_done)
                break;
            if (i > ss && code_by == DYAD_CODE_BY_CLAUSE) {
                prev_coded = clause_done;
                clause_done = false;
            }
            cs = i;
            ce = se;
            bool verb_before = false;
            for (uint32_t k = i; k < se; k++) {
                if (k > i && clause_break(c, k, se, slots, info, n, verb_before)) {
                    ce = k;
                    break;
                }
                bool in_slot = false;
                for (size_t x = 0; x < n && !in_slot; x++)
                    in_slot = k >= slots[x].tok_first && k < slots[x].tok_end;
                uint32_t vk;
                if (!in_slot && c->tk[k].cls == DYAD_TOK_WORD &&
                    dyad_verb_at(c->eng->lexicon, c->doc, k, se, &vk)) {
                    verb_before = true;
                    k = vk - 1; /* a verb phrase holding a conjunction
                                   is one verb: "shot and wounded" */
                }
            }
        }
        if (clause_done || c->tk[i].cls != DYAD_TOK_WORD || (skip && skip[i - ss]))
            continue;
        /* no verb inside an actor phrase ("Security Council") */
        bool inside = false;
        for (size_t k = 0; k < n && !inside; k++)
            inside = i >= slots[k].tok_first && i < slots[k].tok_end;
        if (inside)
            continue;
        if (i < pattern_end)
            continue;
        uint32_t ve;
        const dyad_verb *v = dyad_verb_at(c->eng->lexicon, c->doc, i, se, &ve);
        if (!v)
            continue;
        /* PETRARCH's parse makes a modal before a verb group an
         * auxiliary, never the verb: "Ethiopia indicated it should have
         * acted against Libya" codes "acted" (its pattern "INDICATED
         * SHOULD *"), not the dictionary's verb SHOULD */
        if (c->opts && c->opts->phrase_structure && ve == i + 1 && ve < se && (fw(c, i) & DYAD_FW_AUX) &&
            c->tk[ve].cls == DYAD_TOK_WORD && ((fw(c, ve) & (DYAD_FW_AUX | DYAD_FW_ADV)) || verb_starts(c, ve, se)))
            continue;
        /* ... nor is a word after an intensifier: "Sam Gamgee has marched
         * very close to the border" has no CLOSE */
        if (c->opts && c->opts->phrase_structure && after_intensifier(c, ss, i))
            continue;
        if ((c->opts && c->opts->article_nouns ? after_article(c, ss, i)
                                                : code_by == DYAD_CODE_ALL && (after_determiner(c, ss, i, slots, n) ||
                                                                               (!c->opts && after_preposition(c, ss, i)))) ||
            possessive_after(c, ve, se)) {
            i = ve - 1;
            continue;
        }
        /* under a peer's settings a verb phrase is coded once, its
         * complements through the patterns of its verb: once the sentence
         * has an event, a verb after "to" or a preposition is not coded
         * again ("abandoned efforts to stop an anti- Gondor parade",
         * "celebrated Iftar … after leaving Eriador") */
        uint32_t vs = i; /* the verb group's start: "to be allowed to leave" */
        while (vs > ss + 1 && c->tk[vs - 1].cls == DYAD_TOK_WORD && (fw(c, vs - 1) & DYAD_FW_AUX) &&
               !word_is(c, vs - 1, "to"))
            vs--;
        if (c->opts && c->opts->phrase_structure && coded_before && vs > ss + 1 && (word_is(c, vs - 1, "to") || (fw(c, vs - 1) & DYAD_FW_PREP))) {
            i = ve - 1;
            continue;
        }
        /* ... nor a verb whose clause a preposition opens, its subject
         * between them: "… ties with Gondor almost five years after
         * Calenardhon crowds burned down its embassy" has no 222 */
        if (c->opts && c->opts->phrase_structure && coded_before && prep_clause(c, ss, vs, se)) {
            i = ve - 1;
            continue;
        }
        /* PETRARCH's noun phrase keeps a relative clause as its text: "A
         * Pakistani woman believed linked to Al-Qaeda who shot at US
         * military officers …" codes no SHOT */
        if (c->opts && c->opts->phrase_structure && vs > ss + 1 &&
            (word_is(c, vs - 1, "who") || word_is(c, vs - 1, "which"))) {
            i = ve - 1;
            continue;
        }
        dyad_pattern_match m;
        /* a default code marked '?' ("SAID [023?]") is TABARI's weak verb:
         * coded only through one of its patterns, else the coder looks on
         * for the verb of the clause it introduces ("Estonia said it would
         * act now with Libya" → EST/LBY from "act") */
        if (!dyad_verb_match(c->eng->lexicon, v, c->doc, ss, se, i, ve, slots, n, c->doc->arena, &m) ||
            m.no_event || (m.is_default && m.code[0] && m.code[strlen(m.code) - 1] == '?')) {
            i = ve - 1;
            continue;
        }
        unsigned vg = verb_group(c, ss, i, ve, se);
        /* a pattern that spells out the negation ("- &NEGATVAUXVRB * OVER
         * EFFORTS [904]": "didn't clash over the efforts") has coded it:
         * only a negation before the pattern's first word still counts */
        if (m.first_tok < i && m.first_tok >= ss)
            vg = (vg & ~(unsigned)VG_NEG) | (verb_group(c, ss, m.first_tok, ve, se) & VG_NEG);
        if (c->opts && c->opts->code_negated)
            vg &= ~(unsigned)VG_NEG; /* the peers' patterns carry the negation */
        int src = m.source_slot;
        /* PETRARCH's subject is the noun phrase before the verb group: a
         * pronoun with no code there leaves the verb without a source
         * ("On improvement of … Gondor's health centres, he said …"),
         * unless the pattern reaches further left ("INDICATED SHOULD *":
         * "Ethiopia indicated it should have acted") */
        bool pronoun_subject = false;
        if (c->opts && c->opts->phrase_structure && src < 0 && vs > ss && m.first_tok >= vs &&
            c->tk[vs - 1].cls == DYAD_TOK_WORD && (fw(c, vs - 1) & DYAD_FW_PRON) && !(fw(c, vs - 1) & DYAD_FW_SUB)) {
            pronoun_subject = true;
            for (size_t k = 0; k < n && pronoun_subject; k++)
                pronoun_subject = !(vs - 1 >= slots[k].tok_first && vs - 1 < slots[k].tok_end);
        }
        if (src < 0 && clauses && !pronoun_subject) {
            /* by clause: the clause's first actor, else the previous
             * clause's ("Gondor accepts … or assail Arnor" → GON/ARN).
             * TABARI takes the first actor even after a preposition or
             * subordinator: "… ties with Gondor, almost five years after
             * Calenardhon crowds burned down its embassy, a senior Bree
             * official said" → GON/BREGOV 222 */
            for (size_t k = 0; k < n && src < 0; k++)
                if (slots[k].tok_first >= cs && slots[k].tok_end <= i &&
                    !(c->opts && c->opts->article_nouns && uncoded_member(c, slots, n, k, i)))
                    src = (int)k;
            /* TABARI: a clause with no actor before its verb, after a
             * clause that coded nothing, takes its source from after the
             * verb when two actors follow there, the target being the
             * next ("Gondor alleged and acknowledged that Calenardon might
             * affirm an attack by Osgiliath soldiers allowed in south
             * Ithilen" → OSGMIL/ITH 023); after a coded clause its
             * subject goes on ("Gondor accepts … or assail Arnor" →
             * GON/ARN) */
            if (src < 0 && cs > ss && c->opts && c->opts->tabari_pronouns && !prev_coded && m.target_slot < 0) {
                int after = -1, next = -1;
                for (size_t k = 0; k < n && next < 0; k++)
                    if (slots[k].tok_first >= ve && slots[k].tok_first < ce) {
                        if (after < 0)
                            after = (int)k;
                        else if (slots[k].tok_first >= slots[after].tok_end)
                            next = (int)k;
                    }
                if (next >= 0)
                    src = after;
            }
            if (src < 0 && cs > ss)
                src = clause_src;
        }
        if (src < 0 && !pronoun_subject)
            src = default_source(c, slots, info, n, ss, i);
        /* the pattern's target is no source: the clause's next actor is
         * ("SHOT - + WAS * DEAD [224]": "An Eriadorian was shot dead in
         * Osgiliath" → OSG/ERI) */
        if (c->opts && src >= 0 && m.source_slot < 0 && m.target_slot >= 0 &&
            slots[src].tok_first == slots[m.target_slot].tok_first) {
            src = -1;
            for (size_t k = 0; k < n && src < 0; k++)
                if (slots[k].tok_first >= cs && slots[k].tok_first < ce &&
                    slots[k].tok_first != slots[m.target_slot].tok_first && (k < (size_t)m.target_slot || slots[k].tok_first >= ve))
                    src = (int)k;
        }
        if (src >= 0)
            clause_src = src;
        int tgt = m.target_slot >= 0 ? m.target_slot : default_target(c, slots, info, n, i, ve, code_by == DYAD_CODE_ALL ? se : ce, src);
        /* a source after the verb is no target: the next actor is
         * ("CONTRIBUT - * &CURRENCY [903]" with "+PESO_$": "contribute a
         * million peso Bree to Gondor" → BRE/GON) */
        if (c->opts && tgt >= 0 && src >= 0 && m.target_slot < 0 && slots[src].tok_first >= ve &&
            slots[tgt].tok_first == slots[src].tok_first)
            tgt = default_target(c, slots, info, n, i, slots[src].tok_end, code_by == DYAD_CODE_ALL ? se : ce, src);
        if ((vg & VG_PASSIVE) && m.source_slot < 0 && m.target_slot < 0) {
            int by = -1;
            for (size_t k = 0; k < n; k++)
                if (slots[k].tok_first >= ve && slots[k].tok_first > 0 && word_is(c, slots[k].tok_first - 1, "by")) {
                    by = (int)k;
                    break;
                }
            if (by >= 0) {
                tgt = src;
                src = by;
            }
        }
        int srcs[8], tgts[8];
        size_t ns = expand(slots, info, n, src, srcs, 8), nt = expand(slots, info, n, tgt, tgts, 8);
        /* a pattern's compound actor ('%') acts on itself, each member on
         * each other: "EXCHANG - HAS * WITH % [067]": "Arnor has exchanged
         * prisoners with Gondor and Osgiliath" → GON/OSG and OSG/GON.
         * TABARI's reading; PETRARCH's (and dyad's) is below: after the
         * verb the compound is the targets of the subject */
        if (m.compound_slot >= 0 && m.source_slot < 0 && m.target_slot < 0 && c->opts &&
            !c->opts->phrase_structure) {
            /* the pattern binds the member next to its word: from the
             * first member on */
            int head = m.compound_slot;
            for (bool moved = true; moved;) {
                moved = false;
                for (size_t k = 0; k < n; k++)
                    if (info[k].coord == head) {
                        head = (int)k;
                        moved = true;
                        break;
                    }
            }
            ns = expand(slots, info, n, head, srcs, 8);
            nt = expand(slots, info, n, head, tgts, 8);
            src = ns ? srcs[0] : -1;
            tgt = nt ? tgts[0] : -1;
        }
        if (c->opts && (c->opts->default_source[0] || c->opts->default_target[0]) &&
            peer_defaults(c, slots, info, n, src, tgt, ve, code_by == DYAD_CODE_ALL ? se : ce, srcs, &ns, tgts, &nt)) {
            src = ns ? srcs[0] : -1;
            tgt = nt ? tgts[0] : -1;
        }
        /* "the two leaders agreed": with no target, the people of a plural
         * mention act towards each other */
        bool mutual = false;
        /* a compound actor ('%'): before the verb ("- % HAVE * [191]":
         * "Gondor and Osgiliath have delayed their meeting") the
         * coordinated actors act towards each other; after it ("- * WITH %
         * [031]": "Eriador agrees with the Philippines and France") they
         * are the targets */
        if (m.compound_slot >= 0 && (size_t)m.compound_slot < n) {
            int both[8];
            size_t nc = expand(slots, info, n, m.compound_slot, both, 8);
            if (slots[m.compound_slot].tok_first >= ve) {
                memcpy(tgts, both, nc * sizeof *both);
                nt = nc;
            } else if (nc >= 2) {
                ns = nt = nc;
                memcpy(srcs, both, nc * sizeof *both);
                memcpy(tgts, both, nc * sizeof *both);
                /* a paired code ("WELCXME - % * [044:045]") codes each
                 * member on each other both ways: "Fornost and Gondor
                 * welcxmed" → FOR/GON 044, GON/FOR 045, GON/FOR 044,
                 * FOR/GON 045 */
                mutual = !m.code2;
            }
        }
        if (ns >= 2 && nt == 0 && src >= 0) {
            /* "Armenia and Azerbaijan agreed": coordinated subjects with no
             * object act towards each other */
            for (size_t k = 0; k < ns; k++)
                tgts[nt++] = srcs[k];
            mutual = true;
        }
        if (ns >= 1 && nt == 0 && src >= 0 && info[src].mention >= 0) {
            const dyad_mention *sm = &c->actors->mentions[info[src].mention];
            if (sm->plural && sm->how == DYAD_MENTION_ROLE) {
                ns = nt = 0;
                for (size_t k = 0; k < n && ns < 8; k++)
                    if (slots[k].tok_first == slots[src].tok_first) {
                        srcs[ns++] = (int)k;
                        tgts[nt++] = (int)k;
                    }
                mutual = ns >= 2;
            }
        }
        /* PETRARCH require_dyad = false: a verb with one side only codes
         * the other as "---" ("…, a senior official said on Saturday" →
         * ---GOV/---/023) */
        if (c->opts && !c->opts->require_dyad && (ns == 0) != (nt == 0)) {
            if (ns == 0)
                srcs[ns++] = MISSING_ACTOR;
            else
                tgts[nt++] = MISSING_ACTOR;
        }
        if (ns == 0 || nt == 0) {
            i = ve - 1;
            continue;
        }
        clause_done = code_by != DYAD_CODE_ALL;
        coded_before = true;
        /* the words a pattern matched after its verb are its complements,
         * no verbs of their own: "promised raids to the affected Ithilen
         * villages" ("PROMISE - * RAIDS [173]") codes no RAID */
        if (c->opts && c->opts->phrase_structure && !m.is_default && m.last_tok >= ve && m.last_tok < se)
            pattern_end = m.last_tok + 1;
        /* TABARI's dominant verb ("ATTEND [031!]"), coding all verbs: its
         * event is the sentence's only one — "left for Minas Tirith on
         * Wednesday to attend meetings of the joint trade committee with
         * Arnor" → DAG/ARN 031 alone */
        bool dominant = code_by == DYAD_CODE_ALL && strchr(m.code, '!') != NULL;
        if (dominant)
            c->out->n = first_event;
        dyad_span verb_span = {c->tk[i].span.start, c->tk[ve - 1].span.end};
        int stmt = statement_at(c, verb_span);
        const char *date = event_date(c, sent, stmt);
        /* dyad's own reading of an event not yet done: "would" in reported
         * speech is the future ("Biden said he would meet with Xi in
         * November"), unless a condition makes it hypothetical; a future
         * event takes its sentence's time ("next week", "in November"),
         * and a meeting still to come is CAMEO's intent to meet (036) */
        bool intended = false;
        if (!c->opts) {
            if ((vg & VG_WOULD) && stmt >= 0 && !conditional(c, ss, se))
                vg = (vg & ~(unsigned)VG_MODAL) | VG_FUTURE;
            if (vg & VG_FUTURE) {
                const char *when = future_date(c, sent);
                if (when)
                    date = when;
                intended = !(vg & (VG_NEG | VG_MODAL));
            }
        }
        for (size_t a = 0; a < ns; a++)
            for (size_t b = 0; b < nt; b++) {
                /* sdef, tdef: a side with no actor (a default code, or
                 * "---" without require_dyad) */
                bool sdef = srcs[a] < 0, tdef = tgts[b] < 0;
                int sm = sdef ? -1 : info[srcs[a]].mention, tm = tdef ? -1 : info[tgts[b]].mention;
                int sa = sdef ? -1 : slot_actor(c, info, srcs[a]), ta = tdef ? -1 : slot_actor(c, info, tgts[b]);
                /* an actor acting on itself is no event, unless two
                 * phrases stand for different parts of it: "Russian police
                 * arrested Russian students" (RUSCOP → RUSEDU) */
                if ((!sdef && !tdef && sa >= 0 && sa == ta &&
                     (c->actors->mentions[sm].tok_first == c->actors->mentions[tm].tok_first ||
                      !strcmp(mention_code(c, sm) ? mention_code(c, sm) : "",
                              mention_code(c, tm) ? mention_code(c, tm) : ""))) ||
                    (mutual && srcs[a] == tgts[b]))
                    continue;
                dyad_event e;
                memset(&e, 0, sizeof e);
                e.source = !sdef ? slot_code(c, info, srcs[a])
                                 : srcs[a] == DEFAULT_ACTOR ? c->opts->default_source : "---";
                e.target = !tdef ? slot_code(c, info, tgts[b])
                                 : tgts[b] == DEFAULT_ACTOR ? c->opts->default_target : "---";
                if (!e.source[0] || !e.target[0])
                    continue;
                if (e.source && e.target && !strcmp(e.source, e.target) && !mutual)
                    continue; /* an actor acting on itself */
                e.source_actor = sa;
                e.target_actor = ta;
                if (!sdef)
                    e.source_span = sm >= 0 ? c->actors->mentions[sm].span : slot_span(c, &slots[srcs[a]]);
                if (!tdef)
                    e.target_span = tm >= 0 ? c->actors->mentions[tm].span : slot_span(c, &slots[tgts[b]]);
                set_code(c, &e, m.code);
                if (!e.cameo[0])
                    continue;
                if (intended && !strncmp(e.cameo, "04", 2))
                    set_code(c, &e, !strcmp(e.cameo, "045") ? "039" : "036");
                e.date = date;
                e.statement = stmt;
                e.sentence = sent->span;
                e.verb = verb_span;
                e.pattern = m.where;
                e.flags = (vg & VG_NEG ? DYAD_EVENT_NEGATED : 0) | (vg & VG_MODAL ? DYAD_EVENT_HYPOTHETICAL : 0) |
                          (vg & VG_FUTURE ? DYAD_EVENT_FUTURE : 0) | (m.is_default ? DYAD_EVENT_FALLBACK : 0);
                /* confidence: a pattern beats a default; distance and
                 * coreference cost */
                float conf = m.is_default ? 0.6f : 0.9f;
                uint32_t far = !tdef && slots[tgts[b]].tok_first > ve ? slots[tgts[b]].tok_first - ve : 0;
                if (far > 8 || sdef || tdef)
                    conf -= 0.1f;
                if (!sdef && (sm < 0 || c->actors->mentions[sm].how == DYAD_MENTION_PRONOUN ||
                              c->actors->mentions[sm].how == DYAD_MENTION_ROLE))
                    conf -= 0.1f;
                if (!tdef && (tm < 0 || c->actors->mentions[tm].how == DYAD_MENTION_PRONOUN ||
                              c->actors->mentions[tm].how == DYAD_MENTION_ROLE))
                    conf -= 0.1f;
                e.confidence = conf < 0.1f ? 0.1f : conf;
                if ((e.flags & DYAD_EVENT_NEGATED) && !c->doc->keep_negated)
                    continue;
                if (add_event(c, &e))
                    return -1;
                if (m.code2 && !mutual) {
                    dyad_event r = e;
                    r.source = e.target;
                    r.target = e.source;
                    r.source_actor = ta;
                    r.target_actor = sa;
                    r.source_span = e.target_span;
                    r.target_span = e.source_span;
                    set_code(c, &r, m.code2);
                    if (r.cameo[0] && add_event(c, &r))
                        return -1;
                }
            }
        i = ve - 1;
        if (dominant)
            break;
    }
    return 0;
}

/* PETRARCH's discard list, under a peer's settings: a sentence holding a
 * discard phrase is not coded ("Arnor is about to restore baseball
 * competition with Gondor", BASEBALL), and a "+" phrase drops the whole
 * story (+TYPHOON: "… after a typhoon trashed its embassy").  Sets
 * discard[s] for each dropped sentence; true when the story goes. */
static bool discards(ev_ctx *c, uint8_t *discard)
{
    const dyad_doc *doc = c->doc;
    for (size_t s = 0; s < doc->n_sents; s++) {
        dyad_match *m = NULL;
        size_t nm = dyad_lexicon_match(c->eng->lexicon, doc, doc->sents[s].tok_first, doc->sents[s].tok_end,
                                       DYAD_NS_DISCARD, &m, c->doc->arena);
        discard[s] = 0;
        for (size_t k = 0; k < nm; k++) {
            if (m[k].entry->kind != DYAD_ENTRY_DISCARD)
                continue;
            if (m[k].entry->flags & DYAD_ENTRYF_STORY)
                return true;
            discard[s] = 1;
        }
    }
    return false;
}

dyad_status dyad_events_stage(dyad_doc *doc, dyad_event_list *out)
{
    memset(out, 0, sizeof *out);
    const dyad_analysis *an = doc->analysis;
    if (!doc->eng->lexicon || !an || !an->actors || dyad_verb_count(doc->eng->lexicon) == 0)
        return DYAD_OK;
    ev_ctx c = {.doc = doc, .eng = doc->eng, .tk = doc->toks, .actors = an->actors, .stmts = an->statements,
                .times = an->times, .opts = doc->code_opts, .out = out};
    uint8_t *discard = NULL;
    if (c.opts && doc->n_sents) {
        discard = dyad_arena_array(doc->arena, doc->n_sents, sizeof *discard);
        if (!discard)
            return DYAD_ERR_NOMEM;
        if (discards(&c, discard))
            return DYAD_OK; /* the whole story */
    }
    size_t cursor = 0;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_paragraph *p = &doc->paras[doc->sents[s].para];
        if (p->kind != DYAD_PARA_BODY && p->kind != DYAD_PARA_TITLE)
            continue;
        if (discard && discard[s])
            continue;
        if (code_sentence(&c, s, &cursor))
            return DYAD_ERR_NOMEM;
    }
    if (dyad_mediation_find(doc, an->actors, out))
        return DYAD_ERR_NOMEM;
    return dyad_arena_failed(doc->arena) ? DYAD_ERR_NOMEM : DYAD_OK;
}
