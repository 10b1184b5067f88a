/* actors.h — the actors stage: mentions (dictionary phrases, titles and
 * names) → entities (one per real-world actor in the document) with CAMEO
 * codes in force on the document's date, roles, and every mention's span.
 *
 *   "Egyptian President Sisi"        demonym + agent + person  → EGYGOV
 *   "National Security Council spokesman Admiral John Kirby"
 *                                    org + agent + agent + person → USAGOV
 *   "U.S. officials"                 country + agent → a mention of the
 *                                    United States coded USAGOV
 *   "the governments of Qatar and Egypt"  agent of two countries → QATGOV,
 *                                    EGYGOV
 *   "Washington"                     a metonym of the United States
 *   "Kirby", "he", "the Prime Minister", "the two leaders"
 *                                    coreference to earlier entities
 *
 * Each mention carries the code it stands for in its sentence (an actor
 * may be "Qatar" = QAT, mentioned as "the government of Qatar" = QATGOV);
 * the events stage uses mention codes. */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include "dyad_int.h"
#include "lexicon/lexicon.h"

typedef enum dyad_actor_kind {
    DYAD_ACTOR_PERSON,
    DYAD_ACTOR_ORGANISATION,
    DYAD_ACTOR_COUNTRY,
    DYAD_ACTOR_GROUP
} dyad_actor_kind;

const char *dyad_actor_kind_name(dyad_actor_kind k);

/* How a mention was found. */
typedef enum dyad_mention_how {
    DYAD_MENTION_DICT,    /* a dictionary phrase */
    DYAD_MENTION_NAME,    /* a capitalised name with a title or a cue */
    DYAD_MENTION_SURNAME, /* "Kirby" after "John Kirby" */
    DYAD_MENTION_PRONOUN, /* "he" */
    DYAD_MENTION_ROLE,    /* "the Prime Minister", "the two leaders" */
    DYAD_MENTION_METONYM  /* "Washington" for the United States */
} dyad_mention_how;

enum { DYAD_ACTOR_MAX_CODES = 6, DYAD_ACTOR_MAX_ROLES = 6 };

typedef struct dyad_mention {
    dyad_span span;           /* the whole phrase: "Egyptian President Sisi" */
    uint32_t tok_first, tok_end;
    uint32_t sent;
    int actor;                /* index into the actor list */
    uint8_t how;              /* dyad_mention_how */
    uint8_t plural;           /* "officials", "the two leaders" */
    const char *code;         /* the code this mention stands for, or NULL */
    int next;                 /* next mention of the same actor, -1 */
} dyad_mention;

typedef struct dyad_actor {
    const char *name;
    dyad_actor_kind kind;
    const char *codes[DYAD_ACTOR_MAX_CODES];
    uint8_t n_codes;
    const char *roles[DYAD_ACTOR_MAX_ROLES];
    uint8_t n_roles;
    const dyad_entry *entry;  /* its dictionary entry, or NULL */
    const dyad_entry *agent;  /* the agent of its title ("president"), or NULL */
    char gender;              /* 'm', 'f', 0 */
    int first_mention, last_mention;
    uint32_t n_mentions;
} dyad_actor;

typedef struct dyad_actor_list {
    dyad_actor *items;
    size_t n, cap;
    dyad_mention *mentions; /* in text order */
    size_t n_mentions, cap_mentions;
} dyad_actor_list;

/* Find the document's actors and mentions (body, title and caption
 * paragraphs), with codes in force on doc->date.  Memory from the
 * document's arena.  Linear in the tokens. */
dyad_status dyad_actors_stage(dyad_doc *doc, dyad_actor_list *out);

/* The mention whose span overlaps `s` best (the longest overlap), or -1. */
int dyad_actors_mention_at(const dyad_actor_list *l, dyad_span s);

/* Index the lexicon's person entries by surname into eng->person_by_surname
 * and eng->surname_next (actors/surnames.c); called once at engine load,
 * after the dictionaries.  0, or -1 when out of memory. */
int dyad_actors_index_surnames(dyad_engine *eng);

/* Is this actor code one of CAMEO's international regions (data/
 * regions.txt: "ASA", "MEA", …), no state?  NULL: false. */
bool dyad_code_is_region(const char *code);

/* Write the DESIGN "actors" array. */
void dyad_actors_emit_json(const dyad_doc *doc, const dyad_actor_list *l, dyad_buf *b);

#endif
