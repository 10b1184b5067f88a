/* actors_int.h — shared by the files of the actors stage (not public). */
#ifndef DYAD_ACTORS_INT_H
#define DYAD_ACTORS_INT_H

#include "actors/actors.h"

typedef struct act_ctx {
    dyad_doc *doc;
    const dyad_engine *eng;
    const dyad_token *tk;
    uint32_t *sent_of_tok;
    dyad_actor_list *out;
    /* the sentence being read is written in capitals ("TRUMP WINS NEVADA"):
     * there, case does not mark a name */
    bool upper_sentence;
} act_ctx;

/* mentions.c */
/* A new entity named `name` (TABARI/PETRARCH capitals shown in mixed case)
 * of kind `kind`, from dictionary entry `entry` (or NULL), with no
 * mention yet: its index in c->out, or -1 when out of memory. */
int act_entity_new(act_ctx *c, const char *name, dyad_actor_kind kind, const dyad_entry *entry);
int act_sentence(act_ctx *c, size_t s);
int act_entity_for_entry(act_ctx *c, const dyad_entry *e, dyad_mention_how *how);
int act_add_mention(act_ctx *c, int actor, uint32_t tf, uint32_t te, dyad_mention_how how, const char *code,
                    bool plural);
void act_add_code(dyad_actor *a, const char *code);
void act_add_role(act_ctx *c, dyad_actor *a, const char *role, size_t len);
const char *act_entry_code(const act_ctx *c, const dyad_entry *e);
const char *act_compose(act_ctx *c, const char *base, const char *agent);

bool act_entry_is_person(const dyad_entry *e);

/* surnames.c */
/* The one person of our dictionaries whose canonical name ends in the
 * surname name[0..len) and who holds an office (a code other than ELI) on
 * the document's date; with a title (title[0..tlen), or NULL) the office
 * must be one of the person's roles then ("President Clinton" in 2010 is
 * not the Secretary of State), with a country code (or NULL) the person's
 * country must be it.  NULL when none or several do, or the document has
 * no date.  "President Bush" in 2008 → George W. Bush. */
const dyad_entry *act_office_holder_by_surname(const act_ctx *c, const char *name, size_t len, const char *title,
                                               size_t tlen, const char *country);

/* actors.c */
const char *act_country_name(const act_ctx *c, const char *code);
bool act_is_number_word(const act_ctx *c, uint32_t i);

/* new_actors.c */
/* PETRARCH new_actor_length (doc->code_opts): noun phrases of sentence s
 * with no dictionary actor or agent, of at most that many words, become
 * actors coded "\"THEIR WORDS\"".  first_mention: the sentence's first
 * mention in c->out.  0, or -1 when out of memory; nothing without the
 * option. */
int act_new_actors(act_ctx *c, size_t s, size_t first_mention);

/* coref.c */
/* A bare agent phrase [a, b) ("the Prime Minister", "the two leaders",
 * "the spokesman"): a mention of the person(s) holding that role.  1 when
 * it found them, 0 when not, -1 on OOM. */
int act_role_reference(act_ctx *c, uint32_t a, uint32_t b, const dyad_entry *agent, uint32_t se);
/* Pronouns he/she/him/her/his: the most salient compatible person. */
int act_pronouns(act_ctx *c);

#endif
