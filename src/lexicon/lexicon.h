/* lexicon.h — the engine's dictionaries of actors, agents and discards
 * (verbs later), their loaders (dyad's own format, TABARI, PETRARCH/Phoenix)
 * and the phrase matcher.
 *
 * Model.  A dictionary is a list of entries.  An entry has a kind, a
 * canonical name, phrase variants, CAMEO codes (each with an optional date
 * range [from, to)), and for people roles with dates, gender and country.
 * Every entry remembers the file and line it came from.
 *
 * Phrases.  Each phrase is split into words ("Al-Thani" → al, thani) and
 * each word is folded (case folded, diacritics stripped, periods removed:
 * "Élysée" → elysee, "U.S." → us) and interned into a word id.  Phrases are
 * paths of word ids in a trie with one root per namespace (actors, agents,
 * discards), so matching costs a hash lookup per token and per phrase step,
 * whatever the dictionary size.
 *
 * Case.  Words match in any case, except acronyms, which match only a token
 * written all in capitals: in dyad's format any word of 2 or more letters
 * written in capitals ("US", "UN", "U.N.", "AU"); in the all-capitals
 * TABARI/PETRARCH files, a phrase that is one word of 2 or 3 letters
 * ("UN_", "US", "U.N._"), so that "let us talk" is not about the USA.
 *
 * Threads.  The lexicon is built once while the engine loads and never
 * changes afterwards; the match and lookup functions only read it and keep
 * their per-call state in the caller's arena, so any number of threads may
 * call them at once.
 *
 * Verbs (CAMEO event patterns) are a further namespace and entry kind
 * (their forms live in the shared word table and trie); their codes and
 * compiled patterns are in src/lexicon/verbs.h. */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "dyad_int.h"

typedef struct dyad_lexicon dyad_lexicon;

/* ------------------------------------------------------------------ model */
typedef enum dyad_entry_kind {
    DYAD_ENTRY_COUNTRY,  /* a state or territory */
    DYAD_ENTRY_DEMONYM,  /* "Egyptian", "Egyptians" */
    DYAD_ENTRY_METONYM,  /* "White House" → USAGOV */
    DYAD_ENTRY_ORG,      /* an international organisation */
    DYAD_ENTRY_GROUP,    /* a non-state armed or political group */
    DYAD_ENTRY_PERSON,   /* a named person */
    DYAD_ENTRY_ACTOR,    /* a TABARI/PETRARCH actor: the format does not
                            say which of the kinds above it is */
    DYAD_ENTRY_AGENT,    /* a role or kind of people: "spokesman" → GOV */
    DYAD_ENTRY_DISCARD,  /* a phrase that cancels coding (PETRARCH) */
    DYAD_ENTRY_VERB,     /* a verb: its forms (verbs.h) */
    DYAD_ENTRY_KIND_COUNT
} dyad_entry_kind;

/* "country", "demonym", ... "discard". */
const char *dyad_entry_kind_name(dyad_entry_kind k);

/* Namespaces: which trie an entry's phrases live in (a mask for match).
 * DYAD_NS_ALL is every actor-side namespace; verbs are asked for apart. */
enum {
    DYAD_NS_ACTOR = 1u << 0,   /* country .. person, actor */
    DYAD_NS_AGENT = 1u << 1,
    DYAD_NS_DISCARD = 1u << 2,
    DYAD_NS_ALL = 7u,
    DYAD_NS_VERB = 1u << 3     /* verb forms (verbs.h) */
};
#define DYAD_NS_COUNT 4

/* Code flags. */
enum {
    DYAD_CODE_DEFAULT = 1u << 0, /* TABARI/PETRARCH undated code: holds only
                                    when none of the entry's dated codes do */
    DYAD_CODE_AGENT_SUFFIX = 1u << 1, /* agent code appended to the actor's
                                         code: "[~GOV]", dyad "agent | ... | GOV" */
    DYAD_CODE_AGENT_PREFIX = 1u << 2  /* agent code put before: "[NGO~]" */
};

/* One code.  Dates are YYYYMMDD integers; from is inclusive, to exclusive;
 * 0 means open on that side. */
typedef struct dyad_code {
    const char *code; /* "USAGOV", "GOV", "---" (TABARI null code) */
    int32_t from, to;
    uint32_t flags;   /* DYAD_CODE_* */
} dyad_code;

/* One office of a person, "President of the United States", with dates. */
typedef struct dyad_role {
    const char *title;
    int32_t from, to;
} dyad_role;

/* Entry flags. */
enum {
    DYAD_ENTRYF_STORY = 1u << 0 /* discard: the whole story, not the sentence */
};

typedef struct dyad_entry {
    const char *name;        /* canonical name, as written */
    const char *const *phrases; /* every phrase as written, name first */
    uint32_t n_phrases;
    const dyad_code *codes;
    uint32_t n_codes;
    const dyad_role *roles;
    uint32_t n_roles;
    const char *country;     /* person/agent country code, or NULL */
    const char *note;        /* note=..., or NULL */
    char gender;             /* 'm', 'f' or 0 */
    uint8_t kind;            /* dyad_entry_kind */
    uint8_t flags;           /* DYAD_ENTRYF_* */
    const char *file;        /* file it came from ("actors/countries.txt") */
    uint32_t line;           /* its first line there */
} dyad_entry;

/* Parse "YYYY-MM-DD" (or a longer ISO string; "YYYY" and "YYYY-MM" are
 * taken as their first day) into a YYYYMMDD integer; 0 when not a date. */
int32_t dyad_lexicon_date(const char *iso);

/* The codes of `entry` that hold on `date` ("YYYY-MM-DD"; NULL or unparsable:
 * today is unknown, so only undated codes and TABARI defaults count).
 * Writes up to `max` pointers into out[] and returns how many codes hold
 * (which may exceed max).  A dated code holds when from <= date < to; a
 * DEFAULT code only when no dated code holds.  Example: "Joe Biden" with
 * USAGOV@2021-01-20..2025-01-20 and USAELI@2025-01-20.. gives USAGOV on
 * 2024-01-31 and USAELI on 2025-06-01. */
size_t dyad_entry_codes_at(const dyad_entry *entry, const char *date,
                           const dyad_code **out, size_t max);

/* Number of entries, and entry i (0 <= i < count), in load order; entries
 * replaced by a later one with the same name and kind are still listed but
 * no phrase leads to them. */
size_t dyad_lexicon_entry_count(const dyad_lexicon *lex);
const dyad_entry *dyad_lexicon_entry(const dyad_lexicon *lex, size_t i);

/* ---------------------------------------------------------------- loading */
typedef enum dyad_dict_format {
    DYAD_DICT_UNKNOWN = 0,
    DYAD_DICT_DYAD,            /* data/README.md */
    DYAD_DICT_TABARI_ACTORS,   /* .actors */
    DYAD_DICT_TABARI_AGENTS,   /* .agents */
    DYAD_DICT_PETR_ACTORS,     /* Phoenix.*.actors.txt, PETR.Validate.actors.txt */
    DYAD_DICT_PETR_AGENTS,     /* Phoenix.agents.txt */
    DYAD_DICT_PETR_DISCARDS,   /* Phoenix.discards.txt */
    DYAD_DICT_VERBS,           /* PETRARCH verbs: CAMEO.2.0.txt, PETR.Validate.verbs.txt */
    DYAD_DICT_TABARI_VERBS,    /* .verbs, .verbs.clean */
    DYAD_DICT_DYAD_VERBS,      /* dyad's verbs format (data/README.md) */
    DYAD_DICT_PLOVER           /* CAMEO→PLOVER table (CAMEO2PLOVER*.txt) */
} dyad_dict_format;

/* Guess a dictionary's format from its file name (any directories are
 * ignored) and its first lines.  DYAD_DICT_UNKNOWN for anything else
 * (README, LICENSE, XML test records...). */
dyad_dict_format dyad_dict_format_guess(const char *name, const char *data,
                                        size_t len);

/* An empty lexicon; NULL when out of memory.  Free with dyad_lexicon_free. */
dyad_lexicon *dyad_lexicon_new(void);

/* Parse `len` bytes of a dictionary in format `fmt` into `lex`.  `name`
 * (copied) names the file in diagnostics and in entry->file.  Every bad
 * line is reported as "NAME:LINE: message" through dyad_engine_diag(eng)
 * (eng may be NULL: stderr) and skipped; the rest loads.  Returns the
 * number of bad lines, or -1 when out of memory. */
long dyad_lexicon_add_buffer(dyad_lexicon *lex, const dyad_engine *eng,
                             const char *name, const char *data, size_t len,
                             dyad_dict_format fmt);

/* Read a file or every dictionary in a folder (sorted by name, files of
 * unknown format skipped) into lex.  Returns the number of bad lines, -1
 * out of memory, -2 when the path cannot be read (reported). */
long dyad_lexicon_add_path(dyad_lexicon *lex, const dyad_engine *eng,
                           const char *path);

/* Load the built-in actor/agent dictionaries (data/actors/ *.txt and
 * data/agents.txt, unless opt->no_builtin) and the user's opt->dict_paths
 * into eng->lexicon.  Bad lines are reported through dyad_engine_diag()
 * and skipped; an unreadable path is DYAD_ERR_DICT. */
dyad_status dyad_lexicon_load(dyad_engine *eng, const dyad_engine_options *opt);

/* Free a lexicon; accepts NULL. */
void dyad_lexicon_free(dyad_lexicon *lex);

/* --------------------------------------------------------------- matching */
typedef struct dyad_match {
    uint32_t tok_first, tok_end; /* tokens [tok_first, tok_end) */
    dyad_span span;              /* bytes: first token's start..last's end */
    const dyad_entry *entry;
    uint8_t ns;                  /* DYAD_NS_* of the trie that matched */
    uint8_t possessive;          /* the next token is "'s" or "'" */
} dyad_match;

/* Find the phrases of the namespaces in `ns_mask` among the document's
 * tokens [tok_first, tok_end) (clamped to the document): scanning left to
 * right, at each token the longest phrase starting there wins (on equal
 * length the lower namespace bit: actor before agent before discard), and
 * scanning resumes after it, so matches never overlap.  A hyphen token
 * flagged JOINER inside a match is skipped ("Al-Thani" = "Al Thani"); a
 * following possessive is not part of the match but sets `possessive`.
 * *out receives an array allocated from `arena` (NULL when none).
 * Returns the number of matches; 0 also when the arena is exhausted.
 * Thread-safe: reads only the lexicon and the document. */
size_t dyad_lexicon_match(const dyad_lexicon *lex, const dyad_doc *doc,
                          uint32_t tok_first, uint32_t tok_end,
                          unsigned ns_mask, dyad_match **out,
                          dyad_arena *arena);

/* The entry whose phrase is exactly the text `s` (len bytes: a word or a
 * phrase as it appears in text: "Prime Minister", "troops", "U.S."), in
 * the namespaces of ns_mask (lowest bit first), with the same case rules
 * as dyad_lexicon_match ("us" is not "US").  NULL when none.  Example: the
 * actors stage asks whether the capitalised word "Spokesman" is an agent.
 * Thread-safe; uses no heap beyond a stack buffer (phrases over 512 bytes
 * are not found). */
const dyad_entry *dyad_lexicon_lookup(const dyad_lexicon *lex, const char *s,
                                      size_t len, unsigned ns_mask);

/* ------------------------------------------------------------ word tags */
/* A word's tags are what other stages know about a word of the lexicon's
 * word table, set at engine load: the time stage tags "friday" with its
 * time-word entry, the statements stage tags "said" with its first cue
 * form.  The actors stage reduces every token to its word id anyway (and
 * keeps the ids per document), so a later stage learns what a token is by
 * reading its tags, without lower-casing and hashing it again.
 *
 * The tags of a word are packed into 32 bits, so a document's table is
 * one word per token: */
typedef enum dyad_word_tag {
    DYAD_TAG_TIME_FIRST, /* bits 0-11: time-word entry + 1 of a one-word
                            phrase or a phrase's first word */
    DYAD_TAG_TIME_ANCHOR, /* bit 12: a word every time expression holding
                             it needs (a weekday, a month, a unit, the last
                             word of "the next day") */
    DYAD_TAG_CUE_FIRST,  /* bits 16-28: first cue form + 1 of a cue's first
                            word */
    DYAD_TAG_TIME_WORD,  /* bit 30: the word is in some time phrase */
    DYAD_TAG_NO_PHRASE   /* bit 31, kept by the lexicon: no phrase uses the
                            word (interned for its tags only), so the
                            matcher does not look for its trie edges */
} dyad_word_tag;

/* The value of a tag given to two different words that fold to the same
 * key ("jan" and "jan."): the tag does not say which, the caller looks
 * the token up the slow way. */
#define DYAD_TAG_AMBIGUOUS UINT32_MAX

/* Tag `tag` of a packed tag word: 0 (none), a value, or
 * DYAD_TAG_AMBIGUOUS. */
static inline uint32_t dyad_tag_of(uint32_t packed, dyad_word_tag tag)
{
    uint32_t v;
    switch (tag) {
    case DYAD_TAG_TIME_FIRST:
        v = packed & 0xFFFu;
        return v == 0xFFFu ? DYAD_TAG_AMBIGUOUS : v;
    case DYAD_TAG_TIME_ANCHOR:
        return (packed >> 12) & 1u;
    case DYAD_TAG_CUE_FIRST:
        v = (packed >> 16) & 0x1FFFu;
        return v == 0x1FFFu ? DYAD_TAG_AMBIGUOUS : v;
    case DYAD_TAG_TIME_WORD:
        return (packed >> 30) & 1u;
    default:
        return packed >> 31;
    }
}

/* Tag the word `word` (len bytes, folded with dyad_key_fold; interned when
 * new) with `value`: 1 for TIME_ANCHOR and TIME_WORD, else 1..4094
 * (TIME_FIRST) or 1..8190 (CUE_FIRST).  A second, different value for the same folded
 * word makes the tag DYAD_TAG_AMBIGUOUS.  For engine load only (the
 * lexicon is immutable afterwards).  0, or -1 when out of memory, the
 * value does not fit or the word folds to nothing. */
int dyad_lexicon_tag_word(dyad_lexicon *lex, const char *word, size_t len, dyad_word_tag tag,
                          uint32_t value);

/* Give the word `word` (folded with dyad_key_fold; interned when new) the
 * function-word classes `classes` (DYAD_FW_*, non-zero), so
 * dyad_tok_fword reads a token's classes from its word id.  Two words
 * folding alike with different classes make the entry ambiguous (looked
 * up by text).  Engine load only.  0, or -1 when out of memory or the
 * word folds to nothing. */
int dyad_lexicon_set_fword(dyad_lexicon *lex, const char *word, size_t len, unsigned classes);

/* Token t's DYAD_FW_* classes from its word id (keying the token when the
 * actors stage has not), or -1 when the ids cannot tell: the lexicon is
 * not the document's engine's, has no classes, or the token is not
 * written as its folded word ("À", "a.m.") — then the caller looks the
 * token up by its text.  Fills the document's id cache in place. */
int dyad_lexicon_token_fword(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t t);

/* The document's table of token tags: entry t is token t's packed tags
 * with DYAD_TAGS_READ set, or 0 until read; read entries with
 * dyad_token_tags.  Made (all 0) on the first call, from the document's
 * arena, and kept.  NULL when the lexicon is not the document's engine's
 * (the caller then looks tokens up itself) or the arena is exhausted. */
#define DYAD_TAGS_READ (1u << 29)
uint32_t *dyad_lexicon_doc_tags(const dyad_lexicon *lex, const dyad_doc *doc);

/* What the tokens of sentence s hold, in one word: their packed tags
 * OR-ed (a field is non-zero when some token has that tag; a TIME_FIRST or
 * CUE_FIRST value means nothing beyond that), with DYAD_SENT_NUMBER set
 * when a token is a number.  From `tags` = dyad_lexicon_doc_tags(lex,
 * doc); kept per document, so the statements and time stages read the
 * sentence's tokens once between them.  0 when the arena is exhausted
 * (the caller then reads the tokens itself). */
#define DYAD_SENT_NUMBER (1u << 29)
uint32_t dyad_lexicon_sentence_tags(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t *tags, size_t s);

/* The same, made or not: the stages ask once per token. */
static inline uint32_t *dyad_doc_tags(const dyad_lexicon *lex, const dyad_doc *doc)
{
    return doc->tok_tags && doc->eng && doc->eng->lexicon == lex ? doc->tok_tags : dyad_lexicon_doc_tags(lex, doc);
}

/* Read token t's entry of the table: from the document's cached word ids,
 * keying the token when the actors stage has not (dyad_token_tags calls
 * this for an entry still 0).  Returns the entry. */
uint32_t dyad_lexicon_read_token_tags(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t *tags, uint32_t t);

/* Token t's packed tags (read them with dyad_tag_of), from `tags` =
 * dyad_lexicon_doc_tags(lex, doc).  Both fill the document's caches in
 * place: call only from the thread that owns the document. */
static inline uint32_t dyad_token_tags(const dyad_lexicon *lex, const dyad_doc *doc, uint32_t *tags, uint32_t t)
{
    uint32_t v = tags[t];
    return v ? v : dyad_lexicon_read_token_tags(lex, doc, tags, t);
}

/* ------------------------------------------- internal to src/lexicon/ */
/* How a phrase's words are written (for the case and stem rules). */
typedef enum dyad_phrase_style {
    DYAD_STYLE_DYAD,   /* mixed case; capital words of 2+ letters are acronyms */
    DYAD_STYLE_CAPS,   /* TABARI/PETRARCH: all capitals, one short word = acronym */
    DYAD_STYLE_CAPS_STEM, /* TABARI: also a last word without '_' is a stem */
    DYAD_STYLE_VERB,   /* verb forms: any case, never acronyms */
    DYAD_STYLE_VERB_STEM, /* TABARI verbs: as VERB, a last word without '_' is a stem */
    /* A flag OR'ed into CAPS / CAPS_STEM: words joined by a space (not
     * '_') may have other words between them in the text, as TABARI
     * documents for its phrases: "PRINCE DOL_AMROTH" matches "Prince of
     * Dol Amroth", "ITHILEN TELEVISION" "Ithilen state-run television";
     * "AL_GORE" (adjacent) and "AL GORE" are different phrases.  The gap
     * is bounded in the matcher (match.c: at most DYAD_LEX_GAP_MAX plain
     * words, no punctuation, verb, conjunction or actor among them). */
    DYAD_STYLE_GAPS = 0x10
} dyad_phrase_style;

/* Add an entry (its strings must already live in the lexicon's arena, see
 * dyad_lexicon_arena) and index its phrases under namespace ns.  A phrase
 * already indexed now leads to this entry.  When `replace_same_name`, an
 * earlier entry with the same name and kind loses its phrases first.
 * `style` is a dyad_phrase_style, CAPS and CAPS_STEM optionally with
 * DYAD_STYLE_GAPS OR'ed in.  Returns 0, or -1 when out of memory. */
int dyad_lexicon_add_entry(dyad_lexicon *lex, const dyad_entry *e, unsigned ns,
                           unsigned style, bool replace_same_name);

/* The arena that holds the lexicon's strings and arrays. */
dyad_arena *dyad_lexicon_arena(dyad_lexicon *lex);

/* Fold one word for matching into out (cap bytes): case folded, marks
 * stripped, periods removed, ’ → '.  Returns the length, or 0 when the key
 * is empty or does not fit.  *letters / *uppers (may be NULL) receive the
 * numbers of letters and of upper-case letters in the original. */
size_t dyad_key_fold(const char *s, size_t len, char *out, size_t cap,
                     unsigned *letters, unsigned *uppers);

/* Split a phrase as written in a dictionary into words, mirroring the
 * tokeniser: separators are space, tab, '_' and '-'; punctuation such as
 * "(" is a word of its own; a final "'s" or "'" is split off.  Calls
 * fn(ctx, word, len) for each; stops and returns -1 when fn does, else the
 * number of words. */
int dyad_phrase_split(const char *s, size_t len,
                      int (*fn)(void *ctx, const char *w, size_t n), void *ctx);

/* Shared by the TABARI and PETRARCH loaders (cameo_codes.c). */
typedef struct dyad_cameo_line {
    const char *p;  /* line text without comments, trimmed */
    size_t len;
    unsigned lineno;
    bool indented;  /* began with white space */
    bool after_blank; /* an empty line came between it and the previous one */
} dyad_cameo_line;
typedef struct dyad_cameo_reader {
    const char *p, *end;
    unsigned lineno;
    bool in_xml_comment; /* inside <!-- ... --> */
    bool in_section;     /* inside TABARI <NOUN> / <ADJECTIVE> lists */
    bool finished;       /* after "~~FINISH" */
    bool saw_blank;      /* an empty line since the last line returned */
} dyad_cameo_reader;
/* Next non-blank line with '#' (outside brackets), ';' and <!-- -->
 * comments removed; false at the end. */
bool dyad_cameo_next_line(dyad_cameo_reader *r, dyad_cameo_line *out);

/* Parse the bracket block at *s ("[USAGOV 991201-010114]", "[~GOV]",
 * "[HOB < 950601]", "[ELR/GAL]") into codes appended to *codes (arena
 * array grown by doubling; *n, *cap).  Undated codes get `undated_flags`.
 * *s advances past the ']'.  Returns 0, -1 out of memory, or 1 with *err
 * set to a static message for a malformed block. */
int dyad_cameo_parse_codes(dyad_arena *a, const char **s, const char *end,
                           dyad_code **codes, uint32_t *n, uint32_t *cap,
                           uint32_t undated_flags, const char **err);

/* "AL_GORE_" → "AL GORE": the readable name of a TABARI phrase (arena
 * copy, NULL when out of memory). */
char *dyad_cameo_pretty(dyad_arena *a, const char *s, size_t n);

/* Loaders (one per format family).  Return the number of bad lines or -1. */
long dyad_load_dyad(dyad_lexicon *lex, const dyad_engine *eng, const char *name,
                    const char *data, size_t len);
long dyad_load_tabari_actors(dyad_lexicon *lex, const dyad_engine *eng,
                             const char *name, const char *data, size_t len,
                             bool petrarch);
long dyad_load_agents(dyad_lexicon *lex, const dyad_engine *eng,
                      const char *name, const char *data, size_t len,
                      bool petrarch);
long dyad_load_discards(dyad_lexicon *lex, const dyad_engine *eng,
                        const char *name, const char *data, size_t len);

#endif
