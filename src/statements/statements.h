/* statements.h — the statements stage: direct, indirect, mixed and partial
 * quotations with their speakers, cues and addressees.
 *
 * A statement's `span` is its content: for a direct quotation the text
 * inside the quotation marks (from the first fragment's start to the last
 * fragment's end when "…," he said, "…" interrupts it); for indirect and
 * mixed speech the reported clause.  The speaker is the noun phrase as
 * written ("he", "National Security Council spokesman John Kirby"); the
 * actors stage links it to an actor. */
#ifndef DYAD_STATEMENTS_H
#define DYAD_STATEMENTS_H

#include "dyad_int.h"
#include "lexicon/lexicon.h"

typedef enum dyad_stmt_kind {
    DYAD_STMT_DIRECT,
    DYAD_STMT_INDIRECT,
    DYAD_STMT_MIXED,
    DYAD_STMT_PARTIAL
} dyad_stmt_kind;

const char *dyad_stmt_kind_name(dyad_stmt_kind k);

enum { DYAD_STMT_MAX_FRAGS = 8 };

typedef struct dyad_statement {
    dyad_stmt_kind kind;
    dyad_span span;                       /* the content */
    dyad_span frags[DYAD_STMT_MAX_FRAGS]; /* quotation fragments, in order */
    uint8_t n_frags;
    bool has_speaker;
    dyad_span speaker_span;  /* the source as written */
    bool has_speaker_ref;
    dyad_span speaker_ref;   /* for a pronoun speaker ("he also said"): the
                                named speaker it refers to, until the actors
                                stage links both to one actor */
    const char *attributed_to; /* unnamed source ("reports"), else NULL */
    const char *cue;           /* lemma of the reporting verb, or NULL */
    const char *cue_text;      /* the cue as written, lower case ("told") */
    dyad_span cue_span;
    bool has_addressee;
    dyad_span addressee_span;  /* "reporters" in "told reporters" */
    uint32_t sent;             /* sentence holding the cue or the quote */
    int carried_from;          /* statement whose speaker was carried over, -1 */
    int speaker_actor;         /* actor index, -1 (set by the actors stage) */
    const char *date;          /* ISO date it was made (dyad_statements_date) */
    int date_time;             /* index of the time expression giving it, -1 */
} dyad_statement;

typedef struct dyad_statement_list {
    dyad_statement *items;
    size_t n, cap;
} dyad_statement_list;

/* Find the document's statements (body, title and caption paragraphs).
 * Memory from the document's arena.  Unbalanced quotation marks are
 * reported as document warnings and recovered from.  Linear in the text. */
dyad_status dyad_statements_stage(dyad_doc *doc, dyad_statement_list *out);

/* Date each statement: the time expression ("at" role, resolved) in its
 * sentence but outside its content — "Kirby told reporters on Monday",
 * "The next day, Kirby updated that …" — else the document date.  A date
 * inside the content is the reported event's, not the statement's. */
struct dyad_time_list;
void dyad_statements_date(dyad_doc *doc, dyad_statement_list *list, const struct dyad_time_list *times);

/* Link each statement's speaker to an actor: the mention overlapping its
 * speaker span (a pronoun's mention was resolved by coreference), else the
 * mention of its speaker_ref. */
struct dyad_actor_list;
void dyad_statements_link(dyad_doc *doc, dyad_statement_list *list, const struct dyad_actor_list *actors);

/* Write the DESIGN "statements" array (without the key). */
void dyad_statements_emit_json(const dyad_doc *doc, const dyad_statement_list *list, dyad_buf *b);

/* ---- cues (cues.c): the reporting verbs of data/cues.txt, in the engine */
enum {
    DYAD_CUE_ADDRESSEE = 1u << 0,
    DYAD_CUE_THAT = 1u << 1,
    DYAD_CUE_NOUN = 1u << 2,
    DYAD_CUE_PREP = 1u << 3,
    DYAD_CUE_WEAK = 1u << 4
};

typedef struct dyad_cue_match {
    const char *lemma;
    unsigned flags;
    uint32_t tok, ntok; /* tokens of the cue */
} dyad_cue_match;

/* The word classes of data/statement-words.txt. */
typedef enum dyad_stmt_word_class {
    DYAD_SW_QUANTIFIER,     /* stands alone as a subject: "Several said …" */
    DYAD_SW_LABEL_PHRASE,   /* a preposition that goes on with a quoted label */
    DYAD_SW_TIME_OPENER,    /* before a time word between subject and verb */
    DYAD_SW_INDEFINITE,     /* "anybody", "everyone": a bare clause's subject */
    DYAD_SW_STATEMENT_NOUN, /* a noun of statement ("a statement saying") */
    DYAD_SW_WORK,           /* a noun of a work whose title is quoted */
    DYAD_SW_WRITER_CLAUSE,  /* a subordinator opening the writer's clause
                               after a quotation: "“about right,” though …" */
    DYAD_SW_LY_NOUN,        /* a noun in -ly, no adverb: "The family said" */
    DYAD_SW_HEADING,        /* a label that is no speaker ("Breaking: …") */
    DYAD_SW_COUNT
} dyad_stmt_word_class;

/* Load data/statement-words.txt into eng->statement_words (engine load).
 * Bad lines reported as "statement-words.txt:LINE: …" and skipped.  0, or
 * -1 when out of memory. */
int dyad_statement_words_load(dyad_engine *eng);

/* The classes of the lower-case word w[0..n): a bit (1 << class) each. */
unsigned dyad_statement_word_classes(const dyad_engine *eng, const char *w, size_t n);

/* Load data/cues.txt into eng->cues.  Bad lines reported, skipped. */
int dyad_cues_load(dyad_engine *eng);

/* Tag every cue's first word in the engine's lexicon (DYAD_TAG_CUE_FIRST:
 * its first form + 1), so dyad_cue_at reads a token's tag from the ids the
 * actors stage keeps instead of lower-casing and hashing it.  Engine load,
 * after the lexicon.  0, or -1 when out of memory (tags then unused). */
int dyad_cues_tag(dyad_engine *eng);

/* dyad_cue_at past its first test (cues.c). */
bool dyad_cue_find(const dyad_engine *eng, const dyad_doc *doc, uint32_t i, uint32_t end, dyad_cue_match *m);

/* Is there a cue starting at token i (outside quotations)?  Inline: the
 * statements stage asks at every word, and a word whose tags say it
 * begins no cue is answered without a call. */
static inline bool dyad_cue_at(const dyad_engine *eng, const dyad_doc *doc, uint32_t i, uint32_t end,
                               dyad_cue_match *m)
{
    if (doc->tok_tags && eng->cue_tags_in && doc->eng && eng->cue_tags_in == doc->eng->lexicon &&
        !dyad_tag_of(dyad_token_tags(eng->cue_tags_in, doc, doc->tok_tags, i), DYAD_TAG_CUE_FIRST))
        return false;
    return dyad_cue_find(eng, doc, i, end, m);
}


#endif
