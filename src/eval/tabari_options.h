/* tabari_options.h — dyad_code_options: the coder settings that the peers'
 * validation suites switch part-way through a run (TABARI's `{ OPTION: … }`
 * records and .options commands, PETRARCH's <Config> elements), and the
 * parsers of those commands.
 *
 * How the events stage reads them: the caller sets doc->code_opts (see
 * src/dyad_int.h) between dyad_doc_read() and dyad_doc_run(); NULL means
 * dyad's own defaults.  Every field below names the peer command it comes
 * from and what the coder must do with it.  Settings that change only the
 * peers' output or input format (OUTPUT:, LABEL:, SET: VERB USAGE, YYYY,
 * FORWARD) are not here: the suite harness handles them (src/eval/tabari.c).
 */
#ifndef DYAD_TABARI_OPTIONS_H
#define DYAD_TABARI_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

/* Which verbs of a sentence are coded (TABARI "SET: CODE BY …"). */
typedef enum dyad_code_by {
    /* TABARI's default: each clause (split at conjunctions and
     * "but"/"and" between verb phrases) yields the event of its first
     * coded verb.  "Gondor accepts that Calenardon might affirm an attack
     * … or assail Arnor … but Dagolath promised aid" → 3 events. */
    DYAD_CODE_BY_CLAUSE = 0,
    /* "SET: CODE BY SENTENCE": only the first coded event of the sentence
     * (the same sentence → only GON/OSGMIL/042). */
    DYAD_CODE_BY_SENTENCE,
    /* "SET: CODE ALL": every coded verb, subordinate ones included
     * ("urged Bree … to assist it" → 102 and 092). */
    DYAD_CODE_ALL
} dyad_code_by;

/* What an agent phrase with no actor ("security forces", "students")
 * becomes. */
typedef enum dyad_agent_only {
    /* TABARI "SET: CONVERT AGENT = FALSE" (its default): not an actor. */
    DYAD_AGENT_ONLY_DROP = 0,
    /* TABARI "SET: CONVERT AGENT = TRUE": the agent code after '~'
     * ("Security forces are about to restore …" → source "~MIL"). */
    DYAD_AGENT_ONLY_TILDE,
    /* PETRARCH: the agent code after "---" ("Russian police arrested
     * students" → target "---EDU"). */
    DYAD_AGENT_ONLY_DASHES
} dyad_agent_only;

enum { DYAD_CODE_OPT_CODE_MAX = 16 };

typedef struct dyad_code_options {
    dyad_code_by code_by;

    /* TABARI "SET: TIME SHIFT = TRUE|FALSE".  false: every event takes
     * the document's date (the record's date), whatever time words the
     * sentence holds ("left … on Wednesday" in a record dated 950103 is
     * dated 950103).  true: when the dictionaries have <TIME> phrases
     * ("LAST_MONTH [-30]", lexicon/time_phrases.c) those, and only those,
     * move it ("on Thursday" does not), and a [###] or [+++] one rejects
     * the sentence; without such phrases dyad's time expressions move it
     * ("Yesterday, Arnor …" dated 950104 → 950103). */
    bool time_shift;

    /* TABARI "SET: CONVERT AGENT"; PETRARCH always DASHES. */
    dyad_agent_only agent_only;

    /* TABARI "DEFAULT: SOURCE [CODE] [PRIOR] TARGET [CODE] [AFTER]" and
     * "DEFAULT: OFF" (all cleared).  A coded verb with no source (target)
     * takes default_source (default_target); "" = no default, the event is
     * not coded.  default_source_prior: the source must precede the verb —
     * when no actor does, the default is used even if an actor follows
     * ("Fxrnost is about to restore ties with Gondor" → DEFSRC/GON; without
     * PRIOR → GON/DEFTAR).  default_target_after: the target must follow
     * the verb ("Bree and Arnor are about to restore ties with Gxndor" →
     * BRE/DEFTAR; without AFTER → BRE/ARN). */
    char default_source[DYAD_CODE_OPT_CODE_MAX];
    char default_target[DYAD_CODE_OPT_CODE_MAX];
    bool default_source_prior, default_target_after;

    /* TABARI "COMPLEX: VERBS[v] CONJ[c] NOACTPRIOR": a sentence with at
     * least complex_verbs coded verbs (nouns after an article do not
     * count: with VERBS[5], "alleged and acknowledged that Calenardon
     * might affirm an attack … allowed … but promised aid" is complex, the
     * same with "but the promised aid went" is not), or more than
     * complex_conj conjunctions, or (complex_noactprior) no actor before
     * its first verb, is "complex" and not coded at all (TABARI reports it
     * as {+++}).  0 / false: that test is off.  EXPLAIN only changes
     * TABARI's screen output. */
    int complex_verbs, complex_conj;
    bool complex_noactprior;

    /* TABARI "COMMA: MIN = … MAX = … EMIN = … EMAX = … BMIN = … BMAX = …"
     * and "COMMA: OFF"; PETRARCH <Config> comma_min … comma_emax.  A
     * comma-delimited clause of n words is removed before coding when
     * min ≤ n ≤ max (internal: between two commas), bmin ≤ n ≤ bmax (a
     * clause that begins the sentence) or emin ≤ n ≤ emax (one that ends
     * it); a range with max < min never matches.  comma_on = false: no
     * clause is removed. */
    bool comma_on;
    int comma_min, comma_max, comma_bmin, comma_bmax, comma_emin, comma_emax;
    /* TABARI keeps a comma clause that lists actors with conjunctions
     * ("reconciliation between Calenardhon and Gondor, and Ithilen and
     * Dagolath, the Osgiliath newspaper said"); PETRARCH leaves it out. */
    bool comma_list_conj;

    /* TABARI "SET: MINIMUM WORDS = n": a sentence of fewer than n words
     * (white-space separated, "Gondor's" is one) is not coded.  0: off. */
    int min_words;

    /* PETRARCH <Config require_dyad>: true — an event needs both a source
     * and a target; false — a missing one is coded "---". */
    bool require_dyad;

    /* PETRARCH <Config new_actor_length>: > 0 — a noun phrase of at most
     * this many words with no dictionary actor becomes an actor whose
     * code is the phrase upper-cased within double quotes, PETRARCH's
     * form ("Gryffindor's head Minerva McGonagall left for the Ministry of
     * Magic" → "\"GRYFFINDOR HEAD MINERVA MCGONAGALL\"" / "\"THE MINISTRY
     * OF MAGIC\"" / 032); 0 — off (such phrases give no actor). */
    int new_actor_length;

    /* The peers code a negated verb as written: TABARI has no negation
     * test, its patterns carry the negation instead ("URGE - HAS { NOT |
     * DECLINED } * [121]": "Calenardhon has not urged Bree" → 121).  true:
     * the verb's code is the event, not negated; false: dyad's rule, a
     * negated event is dropped unless the caller keeps it (flagged). */
    bool code_negated;

    /* TABARI's pronouns (it, its, he, his, him, she, her, they, them,
     * their): a pronoun stands for the first actor of its sentence before
     * it ("Calenardhon urged Bree … and then it requested that Elrond
     * assist" → CAL/ELF), or, with none, for the first actor named in the
     * previous sentence (forwarding; codes without agent: "Fornost
     * President Umbardacil … He has also asked Gondor" → FOR/GON).  false:
     * dyad's own coreference (src/actors/coref.c). */
    bool tabari_pronouns;

    /* TABARI's nouns: a verb form right after "a", "an" or "the" is a noun
     * in every CODE mode ("Arnor is about the restore full diplomatic
     * ties" has no 064), and only those make one ("by its resumption of
     * diplomatic ties" codes RESUM).  false: any determiner but "that",
     * "all", … makes a noun, under CODE ALL only. */
    bool article_nouns;

    /* TABARI: a verb's target is the first actor after it in its clause,
     * clauses being split at conjunctions only — a subordinator does not
     * end the search ("daylight raids in which Arnor spokesmen said …" →
     * target ARN).  false: "after", "which", "while" … end it. */
    bool clause_targets;

    /* PETRARCH reads a sentence through its phrase structure (the parse
     * trees of its records), TABARI through the words in order.  true
     * (PETRARCH's settings): an actor past a comma with a verb of its own
     * is the subject of another clause, not an object ("burned down its
     * embassy, a senior Bree official said"); a verb after "to" or a
     * preposition is not coded again once its sentence has an event
     * ("abandoned efforts to stop …"); a title after a possessive takes
     * adjectives between ("Dagolath's first Deputy Prime Minister" →
     * DAGGOV) and an agent goes to every country of a list ("The
     * ambassadors of Arnor, Osgiliath and Gondor" → ARNGOV, OSGGOV,
     * GONGOV).  false (TABARI): "… embassy, a senior Bree official said" →
     * ARN/BREGOV, "to assist" is coded after "urged", "Dagolath's first
     * Deputy …" is DAG and only the first of the list takes the agent.
     * dyad's own settings (no options) follow PETRARCH. */
    bool phrase_structure;
} dyad_code_options;

/* TABARI's settings before any .options file: code by clause, time shift
 * on when the .verbs file has a <TIME> section (`verbs_have_time`), no
 * agent conversion, no defaults, complexity tests off, commas on with
 * internal 2–10, terminal 2–10 and initial clauses off (the values the
 * validation suite's COMMA-Cancel record restores), minimum 8 words (its
 * MINWRD-Cancel record), require_dyad, new_actor_length 0. */
dyad_code_options dyad_code_options_tabari(bool verbs_have_time);

/* PETRARCH's PETR_config.ini defaults: code all verbs, no time shift,
 * agents alone as "---AGT", require_dyad, new_actor_length 0, commas
 * internal 2–8, initial off, terminal 2–8, no minimum length. */
dyad_code_options dyad_code_options_petrarch(void);

/* What a TABARI option command did. */
typedef enum dyad_tabari_cmd {
    DYAD_TABARI_CMD_SET,     /* changed *o */
    DYAD_TABARI_CMD_HARNESS, /* YYYY or FORWARD: for the suite reader */
    DYAD_TABARI_CMD_IGNORED, /* output only (OUTPUT:, LABEL:, SET: … USAGE) */
    DYAD_TABARI_CMD_BAD      /* not understood; *err says why */
} dyad_tabari_cmd;

/* Apply one TABARI option command ("SET: CODE ALL", "COMPLEX: VERBS[5]
 * CONJ[4] NOACTPRIOR EXPLAIN", "DEFAULT: SOURCE [DEFSRC] PRIOR TARGET
 * [DEFTAR] AFTER", "COMMA: OFF", …; `len` bytes, case-insensitive) to *o.
 * YYYY and FORWARD leave *o alone and return HARNESS.  On BAD, *err is a
 * static English message and *o is unchanged. */
dyad_tabari_cmd dyad_tabari_option(dyad_code_options *o, const char *cmd, size_t len, const char **err);

/* Apply one PETRARCH <Config option="name" value="v"> to *o: require_dyad
 * (True/False in any case), new_actor_length and comma_* (integers ≥ 0;
 * PETRARCH deactivates a range by max 0).  stop_on_error is accepted and
 * ignored (dyad always goes on).
 * @return 0 when applied or ignored, -1 for an unknown name or a bad
 * value (*err says which; *o unchanged). */
int dyad_petrarch_option(dyad_code_options *o, const char *name, const char *value, const char **err);

#endif
