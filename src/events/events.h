/* events.h — the events stage: CAMEO-coded events between actors, found by
 * a shallow parse of each sentence and the verb patterns of the
 * dictionaries (TABARI .verbs, PETRARCH CAMEO.2.0.txt, data/verbs.txt),
 * with PLOVER category, Goldstein score and QuadClass from the codebook,
 * mediation, and links to the statements that contain them.
 *
 * An event is one (source, target, code, day) in a document: the same
 * event reported twice is one record with every evidence sentence. */
#ifndef DYAD_EVENTS_H
#define DYAD_EVENTS_H

#include "dyad_int.h"

enum {
    DYAD_EVENT_NEGATED = 1u << 0,      /* "did not attack": kept only with --negated */
    DYAD_EVENT_HYPOTHETICAL = 1u << 1, /* "could attack", "if … attacks" */
    DYAD_EVENT_FUTURE = 1u << 2,       /* "will meet on Monday" */
    DYAD_EVENT_FALLBACK = 1u << 3      /* the verb's default code, no pattern */
};

enum { DYAD_EVENT_MAX_VIA = 4, DYAD_EVENT_MAX_EVIDENCE = 8 };

typedef struct dyad_event {
    const char *source, *target;   /* CAMEO actor codes ("USAGOV"); NULL: none */
    int source_actor, target_actor; /* actor indices, -1 when unknown */
    dyad_span source_span, target_span; /* the noun phrases as written */
    char cameo[5];                 /* "041", "0311" */
    char root[3];                  /* "04" */
    const char *plover;            /* "CONSULT", or NULL */
    double goldstein;
    int quad;                      /* 1 verbal cooperation .. 4 material conflict */
    const char *date;              /* ISO day: the clause's time, else the
                                      statement's, else the document's */
    int statement;                 /* statement index when inside a quotation, -1 */
    dyad_span sentence, verb;      /* evidence */
    dyad_span evidence[DYAD_EVENT_MAX_EVIDENCE]; /* every sentence reporting it */
    uint8_t n_evidence;
    const char *via[DYAD_EVENT_MAX_VIA]; /* intermediaries' codes ("QAT") */
    uint8_t n_via;
    float confidence;              /* [0, 1]: full pattern > fallback, less
                                      with distance and coreference hops */
    uint32_t flags;                /* DYAD_EVENT_* */
    const char *pattern;           /* the dictionary pattern that coded it
                                      ("FILE:LINE"), for audit */
} dyad_event;

/* A principal acting through intermediaries: "the United States speaks to
 * Hamas through Qatar and Egypt". */
typedef struct dyad_mediation {
    const char *principal, *counterpart; /* codes */
    int principal_actor, counterpart_actor;
    const char *via[DYAD_EVENT_MAX_VIA];
    int via_actor[DYAD_EVENT_MAX_VIA];
    uint8_t n_via;
    dyad_span span;                 /* evidence */
} dyad_mediation;

typedef struct dyad_event_list {
    dyad_event *items;
    size_t n, cap;
    dyad_mediation *mediations;
    size_t n_mediations, cap_mediations;
} dyad_event_list;

/* Code the document's events (code.c): needs the actors stage; uses the
 * statements (quote links, dates) and times when present.  Memory from
 * the document's arena.  Linear in the tokens. */
struct dyad_actor_list;
dyad_status dyad_events_stage(dyad_doc *doc, dyad_event_list *out);

/* Mediations (mediation.c): appended to out->mediations, with a CAMEO 045
 * event from each intermediary.  0, or -1 when out of memory. */
int dyad_mediation_find(dyad_doc *doc, const struct dyad_actor_list *actors, dyad_event_list *out);

/* Output (src/emit/events_out.c).  The JSON writers append the DESIGN
 * arrays; csv/tsv/petrarch-xml write one row (or record) per event, with
 * doc_id naming the document; the headers are written once per output. */
void dyad_events_emit_json(const dyad_doc *doc, const dyad_event_list *l, dyad_buf *b);
void dyad_mediations_emit_json(const dyad_doc *doc, const dyad_event_list *l, dyad_buf *b);
const char *dyad_events_csv_header(void);
void dyad_events_emit_csv(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l, dyad_buf *b);
const char *dyad_events_tsv_header(void);
void dyad_events_emit_tsv(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l, dyad_buf *b);
void dyad_events_emit_petrarch_xml(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l,
                                   dyad_buf *b);

#endif
