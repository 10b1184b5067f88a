/* mentions.c — noun-phrase chunks of actor words, and the entities they
 * name.
 *
 * A chunk is a run of adjacent tokens made of dictionary matches (actors
 * and agents) and capitalised name words, with "of", "from", "in", "and"
 * and commas allowed where they join an agent to its countries ("the
 * governments of Qatar and Egypt", "Soldiers from Gondor", "The
 * ambassadors of Arnor, Osgiliath and Gondor") or agents to each other
 * ("Lawmakers and officials in Fornost"), and adjectives between a
 * possessive and a title ("Dagolath's first Deputy Prime Minister").
 * Each chunk is read as
 *
 *     [modifier: country | demonym | organisation | metonym]*
 *     [agent | title]*
 *     [person: dictionary person | unknown capitalised name]
 *
 * and becomes one or more mentions of entities:
 *   - a person (dictionary entry, or a name after a title or before a
 *     reporting verb: "spokesman Admiral John Kirby", "Tom Okafor said");
 *   - else the modifier's entity, with the agents' codes composed the
 *     PETRARCH way ("U.S. officials" → the United States, USAGOV; "An MSF
 *     Arnor diplomat" → NGOARNGOV) — one mention per coordinated country,
 *     per coordinated agent and per code of an actor with several ("the
 *     Shire" [FRO/BIL/SAM]);
 *   - a bare agent ("the Prime Minister", "the two leaders") is left to
 *     coreference (coref.c); under a peer's settings one that nobody
 *     holds is coded by itself ("Clerics" → ---REL). */
#include "actors/actors_int.h"
#include "statements/statements.h"
#include "eval/tabari_options.h"

#include <string.h>

/* ------------------------------------------------------------ entities */

/* "ABDEL FATTAH EL SISI" (TABARI/PETRARCH) → "Abdel Fattah El Sisi"; names
 * written in mixed case, and short acronyms ("NATO"), stay as they are. */
static const char *display_name(act_ctx *c, const char *name)
{
    size_t n = strlen(name);
    bool lower = false;
    for (size_t i = 0; i < n; i++)
        lower |= name[i] >= 'a' && name[i] <= 'z';
    if (lower || n <= 5 || !strchr(name, ' '))
        return name;
    char *t = dyad_arena_strndup(c->doc->arena, name, n);
    if (!t)
        return name;
    bool start = true;
    for (size_t i = 0; i < n; i++) {
        if (!start && t[i] >= 'A' && t[i] <= 'Z')
            t[i] = (char)(t[i] + 32);
        start = t[i] == ' ' || t[i] == '-' || t[i] == '\'';
    }
    return t;
}

int act_entity_new(act_ctx *c, const char *name, dyad_actor_kind kind, const dyad_entry *entry)
{
    name = display_name(c, name);
    dyad_actor_list *l = c->out;
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 16;
        dyad_actor *a = dyad_arena_grow(c->doc->arena, l->items, l->n, cap, sizeof *a);
        if (!a)
            return -1;
        l->items = a;
        l->cap = cap;
    }
    dyad_actor *a = &l->items[l->n];
    memset(a, 0, sizeof *a);
    a->name = name;
    a->kind = kind;
    a->entry = entry;
    a->gender = entry ? entry->gender : 0;
    a->first_mention = a->last_mention = -1;
    return (int)l->n++;
}

void act_add_code(dyad_actor *a, const char *code)
{
    if (!code)
        return;
    for (uint8_t i = 0; i < a->n_codes; i++)
        if (strcmp(a->codes[i], code) == 0)
            return;
    if (a->n_codes < DYAD_ACTOR_MAX_CODES)
        a->codes[a->n_codes++] = code;
}

void act_add_role(act_ctx *c, dyad_actor *a, const char *role, size_t len)
{
    if (!len)
        return;
    for (uint8_t i = 0; i < a->n_roles; i++)
        if (strlen(a->roles[i]) == len && strncmp(a->roles[i], role, len) == 0)
            return;
    if (a->n_roles < DYAD_ACTOR_MAX_ROLES) {
        const char *r = dyad_arena_strndup(c->doc->arena, role, len);
        if (r)
            a->roles[a->n_roles++] = r;
    }
}

int act_add_mention(act_ctx *c, int actor, uint32_t tf, uint32_t te, dyad_mention_how how, const char *code,
                    bool plural)
{
    dyad_actor_list *l = c->out;
    if (l->n_mentions == l->cap_mentions) {
        size_t cap = l->cap_mentions ? l->cap_mentions * 2 : 64;
        dyad_mention *m = dyad_arena_grow(c->doc->arena, l->mentions, l->n_mentions, cap, sizeof *m);
        if (!m)
            return -1;
        l->mentions = m;
        l->cap_mentions = cap;
    }
    dyad_mention *m = &l->mentions[l->n_mentions];
    memset(m, 0, sizeof *m);
    m->span = (dyad_span){c->tk[tf].span.start, c->tk[te - 1].span.end};
    m->tok_first = tf;
    m->tok_end = te;
    m->sent = c->sent_of_tok[tf];
    m->actor = actor;
    m->how = (uint8_t)how;
    m->plural = plural;
    m->code = code;
    m->next = -1;
    dyad_actor *a = &l->items[actor];
    int idx = (int)l->n_mentions++;
    if (a->last_mention >= 0)
        l->mentions[a->last_mention].next = idx;
    else
        a->first_mention = idx;
    a->last_mention = idx;
    a->n_mentions++;
    if (code)
        act_add_code(a, code);
    return idx;
}

/* The codes of an entry on the document's date (the first that holds). */
const char *act_entry_code(const act_ctx *c, const dyad_entry *e)
{
    const dyad_code *codes[4];
    size_t n = dyad_entry_codes_at(e, c->doc->date, codes, 4);
    for (size_t i = 0; i < n && i < 4; i++)
        if (strcmp(codes[i]->code, "---") != 0)
            return codes[i]->code;
    return NULL;
}

/* Country + agent: "USA" + "GOV" → "USAGOV"; an organisation code that
 * already ends in the agent code is kept ("USAGOV" + "GOV"). */
const char *act_compose(act_ctx *c, const char *base, const char *agent)
{
    if (!base)
        return NULL;
    if (!agent)
        return base;
    size_t bl = strlen(base), al = strlen(agent);
    if (bl >= al && strcmp(base + bl - al, agent) == 0)
        return base;
    if (bl > 3 && al == 3) /* an organisation's own code stands: "IGOUNO" */
        return base;
    return dyad_arena_printf(c->doc->arena, "%s%s", base, agent);
}

/* Every code of an entry on the document's date (the TABARI/PETRARCH "---"
 * null code left out): "THE_SHIRE [FRO/BIL/SAM]" names three actors.
 * Writes up to max codes into out[]; returns how many. */
static size_t entry_codes(const act_ctx *c, const dyad_entry *e, const char **out, size_t max)
{
    const dyad_code *codes[DYAD_ACTOR_MAX_CODES];
    size_t n = dyad_entry_codes_at(e, c->doc->date, codes, DYAD_ACTOR_MAX_CODES), k = 0;
    for (size_t i = 0; i < n && i < DYAD_ACTOR_MAX_CODES && k < max; i++)
        if (strcmp(codes[i]->code, "---") != 0)
            out[k++] = codes[i]->code;
    return k;
}

/* Is `code` one of the 3-letter parts of `s` ("GOV" in "ISRGOV")? */
static bool has_part(const char *s, size_t len, const char *code)
{
    size_t cl = strlen(code);
    for (size_t i = 0; i + cl <= len; i += 3)
        if (memcmp(s + i, code, cl) == 0)
            return true;
    return false;
}

/* An actor's code composed with its agents' codes, PETRARCH's way, in the
 * order written: a suffix agent ("[~GOV]") is appended, a prefix agent
 * ("[NGO~]") put before.  "An MSF Arnor diplomat" = NGO~ ARN ~GOV →
 * NGOARNGOV; "The Danish Islamist media" = DNK ~MUS ~MED → DNKMUSMED;
 * "West German world government activists" = GMWGOV ~WGO → GMWGOVWGO.  An
 * agent code already among the 3-letter parts is not repeated ("Israeli
 * government officials" → ISRGOV), and an organisation of dyad's own
 * dictionaries keeps its code ("UN officials" → IGOUNO).  NULL when the
 * actor has no code. */
static const char *compose_agents(act_ctx *c, const dyad_entry *base_entry, const char *base,
                                  const dyad_entry *const *agents, int n)
{
    if (!base)
        return NULL;
    if (base_entry && base_entry->kind == DYAD_ENTRY_ORG)
        return base;
    char buf[64];
    size_t len = strlen(base);
    if (len >= sizeof buf)
        return base;
    memcpy(buf, base, len);
    for (int i = 0; i < n; i++) {
        const dyad_code *ac = NULL; /* the agent's first code */
        for (uint32_t k = 0; k < agents[i]->n_codes && !ac; k++)
            if (strcmp(agents[i]->codes[k].code, "---") != 0)
                ac = &agents[i]->codes[k];
        size_t al = ac ? strlen(ac->code) : 0;
        if (!ac || has_part(buf, len, ac->code) || len + al >= sizeof buf)
            continue;
        if (ac->flags & DYAD_CODE_AGENT_PREFIX) {
            memmove(buf + al, buf, len);
            memcpy(buf, ac->code, al);
        } else
            memcpy(buf + len, ac->code, al);
        len += al;
    }
    if (len == strlen(base))
        return base;
    return dyad_arena_strndup(c->doc->arena, buf, len);
}

/* A TABARI/PETRARCH actor is a person when its name has two or more words
 * and its codes are dated (offices held): "ABDEL_FATTAH_EL_SISI_
 * [EGYGOV 140608-]".  Countries and organisations have undated codes. */
bool act_entry_is_person(const dyad_entry *e)
{
    if (e->kind == DYAD_ENTRY_PERSON)
        return true;
    if (e->kind != DYAD_ENTRY_ACTOR || !strchr(e->name, ' '))
        return false;
    for (uint32_t i = 0; i < e->n_codes; i++)
        if (e->codes[i].from || e->codes[i].to)
            return true;
    return false;
}

static dyad_actor_kind kind_of_entry(const dyad_entry *e, const char *code)
{
    if (act_entry_is_person(e))
        return DYAD_ACTOR_PERSON;
    switch (e->kind) {
    case DYAD_ENTRY_PERSON: return DYAD_ACTOR_PERSON;
    case DYAD_ENTRY_COUNTRY:
    case DYAD_ENTRY_DEMONYM: return DYAD_ACTOR_COUNTRY;
    case DYAD_ENTRY_GROUP: return DYAD_ACTOR_GROUP;
    case DYAD_ENTRY_METONYM:
        return code && strlen(code) == 3 ? DYAD_ACTOR_COUNTRY : DYAD_ACTOR_ORGANISATION;
    case DYAD_ENTRY_ACTOR:
        return code && strlen(code) == 3 ? DYAD_ACTOR_COUNTRY : DYAD_ACTOR_ORGANISATION;
    default: return DYAD_ACTOR_ORGANISATION;
    }
}

/* The entity of a dictionary entry.  A demonym or a metonym whose code is
 * a bare country code ("Egyptian", "Washington") is the country itself:
 * one entity per country code, named after the country entry when seen. */
int act_entity_for_entry(act_ctx *c, const dyad_entry *e, dyad_mention_how *how)
{
    const char *code = act_entry_code(c, e);
    dyad_actor_kind kind = kind_of_entry(e, code);
    *how = DYAD_MENTION_DICT;
    if (kind == DYAD_ACTOR_COUNTRY && code) {
        if (e->kind != DYAD_ENTRY_COUNTRY)
            *how = DYAD_MENTION_METONYM;
        for (size_t i = 0; i < c->out->n; i++) {
            dyad_actor *a = &c->out->items[i];
            if (a->kind == DYAD_ACTOR_COUNTRY && a->n_codes && strcmp(a->codes[0], code) == 0) {
                if (e->kind == DYAD_ENTRY_COUNTRY && (!a->entry || a->entry->kind != DYAD_ENTRY_COUNTRY)) {
                    a->entry = e; /* the country's own entry names it */
                    a->name = e->name;
                }
                return (int)i;
            }
        }
        const dyad_entry *named = e;
        const char *name = e->kind == DYAD_ENTRY_COUNTRY ? e->name : act_country_name(c, code);
        int id = act_entity_new(c, name ? name : e->name, DYAD_ACTOR_COUNTRY, named);
        if (id >= 0)
            act_add_code(&c->out->items[id], code);
        return id;
    }
    for (size_t i = 0; i < c->out->n; i++)
        if (c->out->items[i].entry == e)
            return (int)i;
    int id = act_entity_new(c, e->name, kind, e);
    if (id >= 0 && code)
        act_add_code(&c->out->items[id], code);
    return id;
}

/* An unknown person by name: the same name (or a surname of one) is the
 * same entity; a bare surname may be the one office holder who bears it
 * (with the title title[0..tlen) and the country code `country` when the
 * text gives them; see surnames.c). */
static int entity_for_name(act_ctx *c, const char *name, size_t len, const char *title, size_t tlen,
                           const char *country, dyad_mention_how *how)
{
    *how = DYAD_MENTION_NAME;
    for (size_t i = 0; i < c->out->n; i++) {
        dyad_actor *a = &c->out->items[i];
        if (a->kind != DYAD_ACTOR_PERSON)
            continue;
        size_t al = strlen(a->name);
        if (al == len && strncmp(a->name, name, len) == 0)
            return (int)i;
        /* "Kirby" after "John Kirby" */
        if (al > len && a->name[al - len - 1] == ' ' && strncmp(a->name + al - len, name, len) == 0 &&
            !memchr(name, ' ', len)) {
            *how = DYAD_MENTION_SURNAME;
            return (int)i;
        }
    }
    /* "President Bush" in 2008: the one office holder of that surname */
    if (!memchr(name, ' ', len)) {
        const dyad_entry *e = act_office_holder_by_surname(c, name, len, title, tlen, country);
        if (e) {
            int id = act_entity_for_entry(c, e, how);
            *how = DYAD_MENTION_SURNAME;
            return id;
        }
    }
    const char *n = dyad_arena_strndup(c->doc->arena, name, len);
    return n ? act_entity_new(c, n, DYAD_ACTOR_PERSON, NULL) : -1;
}

/* ------------------------------------------------------------- chunks */

enum part_kind { P_MOD, P_AGENT, P_PERSON, P_NAME };

/* How a part joins the one before it: adjacent ("Danish media"), through
 * "of"/"from"/"in" ("soldiers from Gondor"), or coordinated by "and" or a
 * comma ("media and government", "Arnor, Osgiliath and Gondor"). */
enum part_join { J_NEXT, J_PREP, J_COORD };

typedef struct part {
    enum part_kind kind;
    uint32_t a, b; /* tokens */
    const dyad_entry *entry;
    enum part_join join;
} part;

/* Are all the parts so far nationality adjectives ("Egyptian", "French,
 * German")?  Then "and" or "," before another one coordinates them:
 * "Egyptian and Qatari mediators" are the mediators of both. */
static bool all_demonyms(const part *p, int np)
{
    for (int i = 0; i < np; i++)
        if (p[i].kind != P_MOD || p[i].entry->kind != DYAD_ENTRY_DEMONYM)
            return false;
    return np > 0;
}

static bool is_cap_word(const act_ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    return t->cls == DYAD_TOK_WORD && (t->flags & DYAD_TOKF_CAP);
}

static int fword(const act_ctx *c, uint32_t i) { return dyad_tok_fword(c->doc, i); }

/* A capitalised word that can be part of a name: not a sentence-initial
 * function word ("The", "But"), not a time word ("Monday"). */
static bool name_word(const act_ctx *c, uint32_t i)
{
    if (!is_cap_word(c, i))
        return false;
    int f = fword(c, i);
    if (f & (DYAD_FW_TIME | DYAD_FW_DET | DYAD_FW_CONJ | DYAD_FW_SUB | DYAD_FW_PREP | DYAD_FW_AUX | DYAD_FW_PRON |
             DYAD_FW_EXPL))
        return false;
    if (c->upper_sentence)
        return false;
    return !(c->tk[i].flags & DYAD_TOKF_UPPER) || c->tk[i].span.end - c->tk[i].span.start <= 5;
}

/* Is sentence [ss, se) written in capitals: three words or more, four in
 * five of them all capitals?  "TRUMP WINS NEVADA CAUCUS" names only what
 * the dictionaries know; "UN", "NATO" in a normal sentence keep their
 * case as a sign. */
static bool upper_sentence(const act_ctx *c, uint32_t ss, uint32_t se)
{
    unsigned words = 0, upper = 0;
    for (uint32_t i = ss; i < se; i++)
        if (c->tk[i].cls == DYAD_TOK_WORD) {
            words++;
            upper += (c->tk[i].flags & DYAD_TOKF_UPPER) != 0;
        }
    return words >= 3 && upper * 5 >= words * 4;
}

/* Drop, in place, the matches of our own dictionaries' proper names that
 * the text writes without a capital: the lexicon matches words in any case,
 * but "the trump card", "will waltz in", "a roof truss" and "pence" name
 * nobody.  A person needs one capitalised word ("de Maizière", "TRUMP" in a
 * headline keep theirs); a one-word country, organisation, group, metonym or
 * demonym needs its capital ("a turkey", "fine china").  Lower-case phrases
 * of two words or more ("occupied territories", "blue helmets") and the
 * TABARI/PETRARCH actors, whose case the dictionary does not give, stay.
 * Returns the new number of matches. */
static size_t drop_lower_case_names(const act_ctx *c, dyad_match *m, size_t nm)
{
    size_t kept = 0;
    for (size_t k = 0; k < nm; k++) {
        dyad_entry_kind kind = m[k].entry->kind;
        bool proper = kind == DYAD_ENTRY_PERSON ||
                      ((kind == DYAD_ENTRY_COUNTRY || kind == DYAD_ENTRY_ORG || kind == DYAD_ENTRY_GROUP ||
                        kind == DYAD_ENTRY_METONYM || kind == DYAD_ENTRY_DEMONYM) &&
                       m[k].tok_end == m[k].tok_first + 1);
        bool capital = false;
        for (uint32_t t = m[k].tok_first; t < m[k].tok_end && !capital; t++)
            capital = (c->tk[t].flags & DYAD_TOKF_CAP) != 0;
        if (proper && !capital)
            continue;
        m[kept++] = m[k];
    }
    return kept;
}

/* Is a reporting cue right after token i ("Okafor said", "Okafor, 45,
 * said")? */
static bool cue_after(const act_ctx *c, uint32_t i, uint32_t se)
{
    for (uint32_t k = i; k < se && k < i + 3; k++) {
        dyad_cue_match m;
        if (dyad_cue_at(c->eng, c->doc, k, se, &m))
            return true;
        if (c->tk[k].cls != DYAD_TOK_WORD || !(fword(c, k) & (DYAD_FW_ADV | DYAD_FW_AUX)))
            return false;
    }
    return false;
}

static bool is_agent(const dyad_match *m) { return m->ns == DYAD_NS_AGENT; }

static bool is_mod_entry(const dyad_entry *e)
{
    return e->kind == DYAD_ENTRY_COUNTRY || e->kind == DYAD_ENTRY_DEMONYM || e->kind == DYAD_ENTRY_METONYM ||
           e->kind == DYAD_ENTRY_ORG || e->kind == DYAD_ENTRY_GROUP || e->kind == DYAD_ENTRY_ACTOR;
}

/* The agent code of an agent entry ("GOV"). */
static const char *agent_code(const dyad_entry *e)
{
    for (uint32_t i = 0; i < e->n_codes; i++)
        if (strcmp(e->codes[i].code, "---") != 0)
            return e->codes[i].code;
    return NULL;
}

/* Plural agent words end in s ("officials", "leaders"), or are listed
 * irregular plurals ("spokesmen", "people"): approximate by the text. */
static bool plural_text(const act_ctx *c, uint32_t i)
{
    const dyad_token *t = &c->tk[i];
    const char *s = c->doc->text + t->span.start;
    size_t n = t->span.end - t->span.start;
    return (n > 3 && s[n - 1] == 's' && s[n - 2] != 's') || (n > 3 && strncmp(s + n - 3, "men", 3) == 0) ||
           (n == 6 && strncmp(s, "people", 6) == 0);
}

/* Is token i the lower-case word w? */
static bool word_is_lc(const act_ctx *c, uint32_t i, const char *w)
{
    char b[16];
    size_t n = dyad_tok_lower(c->doc, i, b, sizeof b);
    return n && strcmp(b, w) == 0;
}

/* Does a possessive determiner open the chunk's determiners [ds, de)?
 * "Egypt recalled its ambassador from Israel": the ambassador is Egypt's,
 * Israel is where he leaves, so "from Israel" does not make him Israeli
 * as it does in "the ambassador from Israel said". */
static bool possessive_det(const act_ctx *c, uint32_t ds, uint32_t de)
{
    for (uint32_t i = ds; i < de; i++)
        if (fword(c, i) & DYAD_FW_POSS)
            return true;
    return false;
}

/* After "Dagolath's" (token i is the one after the "'s"): a title, maybe
 * after a few adjectives and capitalised words that are not names of the
 * dictionaries — "Dagolath's first Deputy Prime Minister Telemar",
 * "Ithilen's awful and evil minister Calimehtar", "Austria's foreign
 * minister".  Returns the title's first token (advancing *mi to the match
 * before it), or 0 when no title follows. */
static uint32_t possessive_title(const act_ctx *c, uint32_t i, uint32_t se, const dyad_match *m, size_t nm,
                                 size_t *mi)
{
    for (uint32_t k = i; k < se && k < i + 4; k++) {
        size_t x = *mi;
        while (x + 1 < nm && m[x + 1].tok_first < k)
            x++;
        if (x + 1 < nm && m[x + 1].tok_first == k) {
            if (!is_agent(&m[x + 1]))
                return 0;
            *mi = x;
            return k;
        }
        const dyad_token *t = &c->tk[k];
        if (t->cls != DYAD_TOK_WORD)
            return 0;
        /* TABARI reads words in order: the title must follow the
         * possessive ("Dagolath's first Deputy Prime Minister" is DAG) */
        if (c->doc->code_opts && !c->doc->code_opts->phrase_structure)
            return 0;
        int f = fword(c, k);
        if (f && !(k > i && word_is_lc(c, k, "and")))
            return 0;
    }
    return 0;
}

/* An agent of no actor that nobody named earlier holds, under a peer's
 * settings (doc->code_opts): TABARI "CONVERT AGENT" codes "a senior
 * official said" as ~GOV, PETRARCH as ---GOV ("Clerics and lawmakers
 * believe …" → ---REL, ---LEG).  dyad's own settings leave such phrases
 * to coreference alone.  0, or -1 on OOM. */
static int agent_only(act_ctx *c, uint32_t a, uint32_t b, const dyad_entry *const *agents, int n, bool plural)
{
    const dyad_code_options *o = c->doc->code_opts;
    if (!o || o->agent_only == DYAD_AGENT_ONLY_DROP || n == 0)
        return 0;
    const char *code = compose_agents(c, NULL, o->agent_only == DYAD_AGENT_ONLY_DASHES ? "---" : "~", agents, n);
    if (!code || strlen(code) <= 3)
        return 0;
    if (o->agent_only == DYAD_AGENT_ONLY_TILDE)
        code = code[0] == '~' ? code : NULL; /* "~" with a prefix agent first: not a TABARI code */
    if (!code)
        return 0;
    /* one entity per agent-only code: "officials" in two sentences */
    int id = -1;
    for (size_t i = 0; i < c->out->n && id < 0; i++)
        if (!c->out->items[i].entry && c->out->items[i].kind == DYAD_ACTOR_GROUP && c->out->items[i].n_codes &&
            !strcmp(c->out->items[i].codes[0], code))
            id = (int)i;
    if (id < 0) {
        const char *name = dyad_arena_strndup(c->doc->arena, c->doc->text + c->tk[a].span.start,
                                              c->tk[b - 1].span.end - c->tk[a].span.start);
        if (!name || (id = act_entity_new(c, name, DYAD_ACTOR_GROUP, NULL)) < 0)
            return -1;
    }
    return act_add_mention(c, id, a, b, DYAD_MENTION_ROLE, code, plural) < 0 ? -1 : 0;
}

/* Interpret one chunk of parts; see the file comment. */
static int interpret(act_ctx *c, part *p, int np, uint32_t se)
{
    int person = -1, name = -1, last_agent = -1;
    int mods[8], nmods = 0;
    for (int i = 0; i < np; i++) {
        if (p[i].kind == P_PERSON)
            person = i;
        else if (p[i].kind == P_NAME && name < 0)
            name = i;
        else if (p[i].kind == P_AGENT)
            last_agent = i;
        else if (p[i].kind == P_MOD && nmods < 8)
            mods[nmods++] = i;
    }
    const char *agent = last_agent >= 0 ? agent_code(p[last_agent].entry) : NULL;
    const char *base = nmods ? act_entry_code(c, p[mods[0]].entry) : NULL;
    uint32_t a = p[0].a, b = p[np - 1].b;
    /* ---- a named person */
    int who = -1;
    dyad_mention_how how = DYAD_MENTION_DICT;
    if (person >= 0)
        who = act_entity_for_entry(c, p[person].entry, &how);
    else if (name >= 0 && (last_agent >= 0 || cue_after(c, p[np - 1].b, se) ||
                           (p[name].b - p[name].a >= 2 && nmods == 0 && last_agent < 0 && cue_after(c, p[name].b, se)))) {
        uint32_t na = p[name].a, nb = p[np - 1].b;
        const char *title = NULL;
        size_t tlen = 0;
        if (last_agent >= 0) {
            title = c->doc->text + c->tk[p[last_agent].a].span.start;
            tlen = c->tk[p[last_agent].b - 1].span.end - c->tk[p[last_agent].a].span.start;
        }
        who = entity_for_name(c, c->doc->text + c->tk[na].span.start, c->tk[nb - 1].span.end - c->tk[na].span.start,
                              title, tlen, base, &how);
    }
    if (who >= 0) {
        dyad_actor *act = &c->out->items[who];
        const char *code = act->entry ? act_entry_code(c, act->entry) : NULL;
        if (!code && (base || agent)) {
            const char *country = base;
            if (!country && act->entry && act->entry->country)
                country = act->entry->country;
            code = act_compose(c, country, agent);
        }
        /* roles: "National Security Council spokesman", "Admiral",
         * "President": each agent, with an organisation before it */
        for (int i = 0; i < np; i++) {
            if (p[i].kind != P_AGENT)
                continue;
            uint32_t ra = p[i].a;
            if (i > 0 && p[i - 1].kind == P_MOD && p[i - 1].entry->kind != DYAD_ENTRY_DEMONYM &&
                p[i - 1].entry->kind != DYAD_ENTRY_COUNTRY)
                ra = p[i - 1].a;
            act_add_role(c, act, c->doc->text + c->tk[ra].span.start, c->tk[p[i].b - 1].span.end - c->tk[ra].span.start);
            if (!act->agent)
                act->agent = p[i].entry;
        }
        /* a title inside the person's own dictionary phrase: "Admiral John
         * Kirby" is listed whole, yet "Admiral" is a role */
        if (person >= 0)
            for (uint32_t t = p[person].a; t + 1 < p[person].b; t++) {
                const dyad_token *tk = &c->tk[t];
                const dyad_entry *ag = dyad_lexicon_lookup(c->eng->lexicon, c->doc->text + tk->span.start,
                                                           tk->span.end - tk->span.start, DYAD_NS_AGENT);
                if (!ag)
                    break;
                act_add_role(c, act, c->doc->text + tk->span.start, tk->span.end - tk->span.start);
            }
        if (act_add_mention(c, who, a, b, how, code, false) < 0)
            return -1;
        return 0;
    }
    /* ---- "the Qatari prime minister": the person named earlier who holds
     * that role for that country */
    if (nmods == 1 && last_agent >= 0 && !plural_text(c, p[last_agent].b - 1) && base) {
        size_t cl = strlen(base) >= 3 ? 3 : strlen(base);
        for (size_t k = c->out->n_mentions; k > 0; k--) {
            const dyad_mention *mm = &c->out->mentions[k - 1];
            const dyad_actor *act = &c->out->items[mm->actor];
            if (act->kind == DYAD_ACTOR_PERSON && act->agent == p[last_agent].entry && mm->code &&
                strncmp(mm->code, base, cl) == 0)
                return act_add_mention(c, mm->actor, a, b, DYAD_MENTION_ROLE, mm->code, false) < 0 ? -1 : 0;
        }
    }
    /* ---- agents of one or more modifiers: "the governments of Qatar and
     * Egypt", "U.S. officials", "Israeli troops", "Soldiers from Gondor".
     * Adjacent agents compose ("Danish Islamist media" → DNKMUSMED);
     * agents coordinated by "and" each make a mention, sharing the
     * agents before the first one's head ("Danish Islamist media and
     * government" → DNKMUSMED, DNKMUSGOV); each modifier (each of its codes)
     * gets each of them ("Lawmakers and officials in Fornost and Gondor" →
     * FORLEG, GONLEG, FORGOV, GONGOV).  A modifier right after a title, with
     * a modifier before the title, names the title's holder, not another
     * actor: "Ithilen's minister Calimehtar" is Ithilen's minister. */
    const dyad_entry *ag[12];
    int nag = 0, run_start[6], nruns = 0;
    for (int i = 0; i < np; i++) {
        if (p[i].kind != P_AGENT || nag == 12)
            continue;
        if (nag == 0 || (p[i].join == J_COORD && nruns < 6))
            run_start[nruns++] = nag;
        ag[nag++] = p[i].entry;
    }
    if (nmods && nag) {
        bool plural = plural_text(c, p[last_agent].b - 1);
        int first_agent = -1;
        for (int i = 0; i < np && first_agent < 0; i++)
            if (p[i].kind == P_AGENT)
                first_agent = i;
        int kept = 0;
        for (int k = 0; k < nmods; k++) {
            int i = mods[k];
            if (k > 0 && i > 0 && p[i].join == J_NEXT && p[i - 1].kind == P_AGENT && mods[0] < i - 1)
                continue; /* the title holder's name */
            mods[kept++] = i;
        }
        nmods = kept;
        for (int k = 0; k < nmods; k++) {
            dyad_mention_how h;
            const dyad_entry *me = p[mods[k]].entry;
            int id = act_entity_for_entry(c, me, &h);
            if (id < 0)
                return -1;
            const char *codes[DYAD_ACTOR_MAX_CODES];
            size_t nc = entry_codes(c, me, codes, DYAD_ACTOR_MAX_CODES);
            /* the mention spans the agents and this modifier */
            uint32_t ma = p[mods[k]].a < p[first_agent].a ? p[mods[k]].a : p[first_agent].a;
            uint32_t mb = p[mods[k]].b > p[last_agent].b ? p[mods[k]].b : p[last_agent].b;
            /* one modifier, or coordinated adjectives before the agents
             * ("Egyptian and Qatari mediators"): each mention is the
             * whole phrase, so the events stage reads them as one
             * coordinated actor */
            if (nmods == 1 || p[mods[nmods - 1]].b <= p[first_agent].a) {
                ma = a;
                mb = b;
            }
            for (size_t x = 0; x < nc; x++)
                for (int r = 0; r < nruns; r++) {
                    const dyad_entry *set[12];
                    int ns = 0, end = r + 1 < nruns ? run_start[r + 1] : nag;
                    if (r > 0) /* the first run's modifiers: "Danish Islamist" */
                        for (int q = 0; q + 1 < (nruns > 1 ? run_start[1] : nag); q++)
                            set[ns++] = ag[q];
                    for (int q = run_start[r]; q < end && ns < 12; q++)
                        set[ns++] = ag[q];
                    const char *code = compose_agents(c, me, codes[x], set, ns);
                    if (act_add_mention(c, id, ma, mb, h, code, plural) < 0)
                        return -1;
                }
        }
        return 0;
    }
    /* ---- modifiers alone: countries, organisations, groups */
    if (nmods) {
        for (int k = 0; k < nmods; k++) {
            dyad_mention_how h;
            int id = act_entity_for_entry(c, p[mods[k]].entry, &h);
            if (id < 0)
                return -1;
            /* a demonym alone ("the Egyptian side") is an adjective, not a
             * mention; one before a name-less noun still counts */
            if (p[mods[k]].entry->kind == DYAD_ENTRY_DEMONYM && all_demonyms(p, np) &&
                !plural_text(c, p[mods[k]].a))
                continue;
            const char *codes[DYAD_ACTOR_MAX_CODES];
            size_t nc = entry_codes(c, p[mods[k]].entry, codes, DYAD_ACTOR_MAX_CODES);
            for (size_t x = 0; x < (nc ? nc : 1); x++)
                if (act_add_mention(c, id, p[mods[k]].a, p[mods[k]].b, h, nc ? codes[x] : NULL, false) < 0)
                    return -1;
        }
        return 0;
    }
    /* ---- bare agents: coreference decides ("the Prime Minister"), each
     * of coordinated ones ("the president and the prime minister") */
    for (int r = 0; r < nruns; r++) {
        int first = -1, last = -1, seen = 0;
        for (int i = 0; i < np; i++) {
            if (p[i].kind != P_AGENT)
                continue;
            if (seen >= run_start[r] && (r + 1 >= nruns || seen < run_start[r + 1])) {
                if (first < 0)
                    first = i;
                last = i;
            }
            seen++;
        }
        if (first < 0)
            continue;
        uint32_t ra = r == 0 ? p[0].a : p[first].a;
        int found = act_role_reference(c, ra, p[last].b, p[last].entry, se);
        if (found < 0)
            return -1;
        if (!found) {
            const dyad_entry *set[12];
            int ns = 0;
            for (int i = first; i <= last && ns < 12; i++)
                if (p[i].kind == P_AGENT)
                    set[ns++] = p[i].entry;
            if (agent_only(c, ra, p[last].b, set, ns, plural_text(c, p[last].b - 1)) < 0)
                return -1;
        }
    }
    return 0;
}

/* Build and interpret the chunks of sentence s. */
int act_sentence(act_ctx *c, size_t s)
{
    const dyad_sentence *sent = &c->doc->sents[s];
    uint32_t ss = sent->tok_first, se = sent->tok_end;
    dyad_match *m = NULL;
    size_t nm = dyad_lexicon_match(c->eng->lexicon, c->doc, ss, se, DYAD_NS_ACTOR | DYAD_NS_AGENT, &m, c->doc->arena);
    nm = drop_lower_case_names(c, m, nm);
    c->upper_sentence = upper_sentence(c, ss, se);
    size_t mi = 0;
    part parts[24];
    uint32_t i = ss;
    while (i < se) {
        int np = 0;
        uint32_t j = i;
        enum part_join join = J_NEXT; /* how the next part joins */
        /* determiners and numbers open a chunk: "the two leaders" */
        uint32_t det_start = j;
        while (mi < nm && m[mi].tok_first < j)
            mi++;
        /* "The White House" may itself be a dictionary phrase */
        while (!(mi < nm && m[mi].tok_first == j) && j < se && ((c->tk[j].cls == DYAD_TOK_WORD && (fword(c, j) & DYAD_FW_DET) && !(fword(c, j) & DYAD_FW_SUB)) ||
                          (c->tk[j].cls == DYAD_TOK_NUMBER && j > det_start) || act_is_number_word(c, j)))
            j++;
        for (;;) {
            while (mi < nm && m[mi].tok_first < j)
                mi++;
            if (j >= se || np == 24)
                break;
            if (mi < nm && m[mi].tok_first == j) {
                const dyad_entry *e = m[mi].entry;
                enum part_kind k = is_agent(&m[mi]) ? P_AGENT
                                   : e->kind == DYAD_ENTRY_PERSON ? P_PERSON
                                   : is_mod_entry(e)               ? P_MOD
                                                                   : P_MOD;
                if (e->kind == DYAD_ENTRY_DISCARD)
                    break;
                /* TABARI/PETRARCH actors that are people (two or more
                 * capitalised words with dated codes) */
                if (e->kind == DYAD_ENTRY_ACTOR && act_entry_is_person(e))
                    k = P_PERSON;
                parts[np++] = (part){k, m[mi].tok_first, m[mi].tok_end, e, join};
                join = J_NEXT;
                j = m[mi].tok_end;
                /* "Israel's security" ends at the possessive; "Austria's
                 * foreign minister" goes on to the agent after it */
                if (m[mi].possessive) {
                    uint32_t after = possessive_title(c, j + 1, se, m, nm, &mi);
                    if (after) {
                        j = after;
                        continue;
                    }
                    break;
                }
                continue;
            }
            if (name_word(c, j) && !(j == ss && !(np > 0)) ) {
                uint32_t k = j;
                while (k < se && (name_word(c, k) || (c->tk[k].flags & DYAD_TOKF_JOINER) ||
                                  (c->tk[k].flags & DYAD_TOKF_ABBREV && is_cap_word(c, k))) &&
                       !(mi < nm && m[mi].tok_first == k))
                    k++;
                if (np && parts[np - 1].kind == P_NAME)
                    parts[np - 1].b = k;
                else
                    parts[np++] = (part){P_NAME, j, k, NULL, J_NEXT};
                j = k;
                continue;
            }
            if (j == ss && name_word(c, j) && np == 0) {
                /* a capitalised first word: a name only if more follow, or
                 * a reporting verb does ("Okafor said") */
                uint32_t k = j + 1;
                while (k < se && name_word(c, k) && !(mi < nm && m[mi].tok_first == k))
                    k++;
                if (k - j >= 2 || cue_after(c, k, se)) {
                    parts[np++] = (part){P_NAME, j, k, NULL, J_NEXT};
                    j = k;
                    continue;
                }
            }
            /* an appositive name after a title: "Austria's foreign
             * minister, Alexander Schallenberg, told …" */
            if (np && parts[np - 1].kind == P_AGENT && j + 1 < se && c->tk[j].cls == DYAD_TOK_PUNCT &&
                c->doc->text[c->tk[j].span.start] == ',' &&
                (name_word(c, j + 1) || (mi < nm && m[mi].tok_first == j + 1 && m[mi].entry->kind == DYAD_ENTRY_PERSON))) {
                j++;
                continue;
            }
            /* "of" / "from" / "in" / "and" / "," inside: "governments of
             * Qatar and Egypt", "Soldiers from Gondor", "Lawmakers and
             * officials in Fornost and Gondor", "The ambassadors of Arnor,
             * Osgiliath and Gondor", "Danish media and government" */
            if (np && j + 1 < se && (c->tk[j].cls == DYAD_TOK_WORD || c->tk[j].cls == DYAD_TOK_PUNCT)) {
                char w[8];
                size_t n = dyad_tok_lower(c->doc, j, w, sizeof w);
                bool comma = c->tk[j].cls == DYAD_TOK_PUNCT && c->doc->text[c->tk[j].span.start] == ',';
                bool of = n == 2 && memcmp(w, "of", 2) == 0;
                bool from_in = (n == 4 && memcmp(w, "from", 4) == 0) || (n == 2 && memcmp(w, "in", 2) == 0);
                bool and = n == 3 && memcmp(w, "and", 3) == 0;
                uint32_t k = j + 1;
                if (comma && k < se && word_is_lc(c, k, "and"))
                    k++;
                size_t x = mi; /* look ahead only */
                while (x < nm && m[x].tok_first < k)
                    x++;
                /* a determiner, unless a phrase starts with it ("the Shire") */
                if (k < se && (fword(c, k) & DYAD_FW_DET) && !(x < nm && m[x].tok_first == k))
                    k++;
                bool next_mod = false, next_agent = false;
                while (x < nm && m[x].tok_first < k)
                    x++;
                if (x < nm && m[x].tok_first == k && m[x].ns == DYAD_NS_ACTOR && is_mod_entry(m[x].entry) &&
                    !act_entry_is_person(m[x].entry))
                    next_mod = true;
                if (x < nm && m[x].tok_first == k && is_agent(&m[x]))
                    next_agent = true;
                bool mod_before = false, after_agent_prep = false;
                for (int q = 0; q < np; q++) {
                    mod_before |= parts[q].kind == P_MOD && parts[q].join != J_PREP && !after_agent_prep;
                    after_agent_prep |= parts[q].join == J_PREP;
                }
                enum part_join jn = J_NEXT;
                if (of && parts[np - 1].kind == P_AGENT && next_mod)
                    jn = J_PREP;
                else if (from_in && parts[np - 1].kind == P_AGENT && next_mod && !mod_before &&
                         !possessive_det(c, det_start, parts[0].a))
                    jn = J_PREP; /* not "Russian troops in Syria", not "recalled its ambassador from Israel" */
                else if ((and || (comma && (!c->doc->code_opts || c->doc->code_opts->phrase_structure))) &&
                         parts[np - 1].kind == P_MOD && next_mod && np >= 2 &&
                         parts[0].kind == P_AGENT && after_agent_prep)
                    jn = J_COORD;
                else if (and && parts[np - 1].kind == P_AGENT && next_agent)
                    jn = J_COORD;
                else if ((and || comma) && next_mod && m[x].entry->kind == DYAD_ENTRY_DEMONYM &&
                         all_demonyms(parts, np))
                    jn = J_COORD; /* "Egyptian and Qatari mediators" */
                if (jn != J_NEXT) {
                    join = jn;
                    j = k;
                    continue;
                }
            }
            break;
        }
        if (np == 0) {
            i = j > i ? j : i + 1;
            continue;
        }
        /* a lone unknown name without a title or a cue is not an actor */
        uint32_t first = parts[0].a;
        if (det_start < first && (parts[0].kind == P_AGENT))
            parts[0].a = det_start; /* "the Prime Minister" spans "the" */
        if (interpret(c, parts, np, se))
            return -1;
        i = j > i ? j : i + 1;
    }
    return 0;
}
