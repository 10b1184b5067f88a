/* tabari_options.c — the peers' coder settings (see tabari_options.h):
 * defaults and the parsers of TABARI option commands and PETRARCH <Config>
 * values. */
#include "eval/tabari_options.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

dyad_code_options dyad_code_options_tabari(bool verbs_have_time)
{
    dyad_code_options o;
    memset(&o, 0, sizeof o);
    o.code_by = DYAD_CODE_BY_CLAUSE;
    o.time_shift = verbs_have_time;
    o.agent_only = DYAD_AGENT_ONLY_DROP;
    o.comma_on = true;
    o.comma_min = 2;
    o.comma_max = 10;
    o.comma_bmin = 255; /* initial clauses: never (max < min) */
    o.comma_bmax = 0;
    o.comma_emin = 2;
    o.comma_emax = 10;
    o.min_words = 8;
    o.require_dyad = true;
    o.code_negated = true;
    o.tabari_pronouns = true;
    o.article_nouns = true;
    o.comma_list_conj = true;
    o.clause_targets = true;
    return o;
}

dyad_code_options dyad_code_options_petrarch(void)
{
    dyad_code_options o;
    memset(&o, 0, sizeof o);
    o.code_by = DYAD_CODE_ALL;
    o.time_shift = false;
    o.agent_only = DYAD_AGENT_ONLY_DASHES;
    o.comma_on = true;
    o.comma_min = 2;
    o.comma_max = 8;
    o.comma_bmin = 0;
    o.comma_bmax = 0;
    o.comma_emin = 2;
    o.comma_emax = 8;
    o.require_dyad = true;
    o.phrase_structure = true;
    return o;
}

/* ------------------------------------------------------------ tokens */

enum { MAX_TOKS = 48, TOK_LEN = 24 };

typedef struct toks {
    char t[MAX_TOKS][TOK_LEN];
    int n;
} toks;

/* Split an upper-cased copy of cmd into words ([A-Z0-9_~^*.-]+) and the
 * single characters ':' '=' '[' ']'.  -1 when a word is too long, there
 * are too many, or a character is none of these. */
static int tokenize(const char *cmd, size_t len, toks *tk)
{
    tk->n = 0;
    size_t i = 0;
    while (i < len) {
        unsigned char c = (unsigned char)cmd[i];
        if (isspace(c)) {
            i++;
            continue;
        }
        if (tk->n >= MAX_TOKS)
            return -1;
        char *out = tk->t[tk->n++];
        if (c == ':' || c == '=' || c == '[' || c == ']') {
            out[0] = (char)c;
            out[1] = 0;
            i++;
            continue;
        }
        size_t k = 0;
        while (i < len) {
            c = (unsigned char)cmd[i];
            if (!(isalnum(c) || c == '_' || c == '~' || c == '^' || c == '*' || c == '.' || c == '-'))
                break;
            if (k + 1 >= TOK_LEN)
                return -1;
            out[k++] = (char)toupper(c);
            i++;
        }
        if (k == 0)
            return -1;
        out[k] = 0;
    }
    return 0;
}

static bool is(const toks *tk, int i, const char *s) { return i < tk->n && strcmp(tk->t[i], s) == 0; }

static int parse_bool(const toks *tk, int i, bool *out)
{
    if (is(tk, i, "TRUE") || is(tk, i, "T") || is(tk, i, "YES")) {
        *out = true;
        return tk->n == i + 1 ? 0 : -1;
    }
    if (is(tk, i, "FALSE") || is(tk, i, "F") || is(tk, i, "NO")) {
        *out = false;
        return tk->n == i + 1 ? 0 : -1;
    }
    return -1;
}

/* A non-negative integer token (at most 9 digits). */
static int parse_int(const char *s, int *out)
{
    size_t n = strlen(s);
    if (n == 0 || n > 9)
        return -1;
    int v = 0;
    for (size_t i = 0; i < n; i++) {
        if (!isdigit((unsigned char)s[i]))
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    *out = v;
    return 0;
}

static dyad_tabari_cmd bad(const char **err, const char *msg)
{
    *err = msg;
    return DYAD_TABARI_CMD_BAD;
}

/* SET: NAME WORDS [= VALUE] */
static dyad_tabari_cmd cmd_set(dyad_code_options *o, const toks *tk, const char **err)
{
    char name[96] = "";
    int i = 2;
    for (; i < tk->n && !is(tk, i, "="); i++) {
        if (strlen(name) + strlen(tk->t[i]) + 2 > sizeof name)
            return bad(err, "SET: name too long");
        if (name[0])
            strcat(name, " ");
        strcat(name, tk->t[i]);
    }
    int v = i + 1; /* the value's token, when there is an '=' */
    bool has_value = i < tk->n;
    bool b;
    if (!strcmp(name, "CODE BY SENTENCE") && !has_value) {
        o->code_by = DYAD_CODE_BY_SENTENCE;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "CODE BY CLAUSE") && !has_value) {
        o->code_by = DYAD_CODE_BY_CLAUSE;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "CODE ALL") && !has_value) {
        o->code_by = DYAD_CODE_ALL;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "TIME SHIFT")) {
        if (!has_value || parse_bool(tk, v, &b))
            return bad(err, "SET: TIME SHIFT needs = TRUE or FALSE");
        o->time_shift = b;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "CONVERT AGENT")) {
        if (!has_value || parse_bool(tk, v, &b))
            return bad(err, "SET: CONVERT AGENT needs = TRUE or FALSE");
        o->agent_only = b ? DYAD_AGENT_ONLY_TILDE : DYAD_AGENT_ONLY_DROP;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "MINIMUM WORDS")) {
        int n;
        if (!has_value || v + 1 != tk->n || parse_int(tk->t[v], &n))
            return bad(err, "SET: MINIMUM WORDS needs = a number");
        o->min_words = n;
        return DYAD_TABARI_CMD_SET;
    }
    if (!strcmp(name, "YYYY")) {
        if (!has_value || parse_bool(tk, v, &b))
            return bad(err, "SET: YYYY needs = TRUE or FALSE");
        return DYAD_TABARI_CMD_HARNESS;
    }
    /* settings of TABARI's screen and files only */
    static const char *const output_only[] = {"SKIP RECORDS", "VERB USAGE", "ACTOR USAGE", "AGENT USAGE",
                                              "LABEL", "DUP WARNING", NULL};
    for (int k = 0; output_only[k]; k++)
        if (!strcmp(name, output_only[k]))
            return DYAD_TABARI_CMD_IGNORED;
    return bad(err, "unsupported SET: option");
}

/* DEFAULT: OFF | [SOURCE [CODE] [PRIOR]] [TARGET [CODE] [AFTER]] */
static dyad_tabari_cmd cmd_default(dyad_code_options *o, const toks *tk, const char **err)
{
    if (is(tk, 2, "OFF") && tk->n == 3) {
        o->default_source[0] = o->default_target[0] = 0;
        o->default_source_prior = o->default_target_after = false;
        return DYAD_TABARI_CMD_SET;
    }
    dyad_code_options n = *o;
    int i = 2;
    if (i >= tk->n)
        return bad(err, "DEFAULT: needs OFF, SOURCE [CODE] or TARGET [CODE]");
    while (i < tk->n) {
        bool src = is(tk, i, "SOURCE");
        if (!src && !is(tk, i, "TARGET"))
            return bad(err, "DEFAULT: expected SOURCE or TARGET");
        if (!is(tk, i + 1, "[") || i + 3 >= tk->n || !is(tk, i + 3, "]"))
            return bad(err, "DEFAULT: the code goes in brackets, as SOURCE [DEFSRC]");
        const char *code = tk->t[i + 2];
        if (strlen(code) >= DYAD_CODE_OPT_CODE_MAX)
            return bad(err, "DEFAULT: code too long");
        strcpy(src ? n.default_source : n.default_target, code);
        i += 4;
        if (src && is(tk, i, "PRIOR")) {
            n.default_source_prior = true;
            i++;
        } else if (!src && is(tk, i, "AFTER")) {
            n.default_target_after = true;
            i++;
        }
    }
    *o = n;
    return DYAD_TABARI_CMD_SET;
}

/* COMPLEX: [VERBS[n]] [CONJ[n]] [NOACTPRIOR] [EXPLAIN] — replaces the
 * previous COMPLEX settings. */
static dyad_tabari_cmd cmd_complex(dyad_code_options *o, const toks *tk, const char **err)
{
    int verbs = 0, conj = 0;
    bool noact = false;
    for (int i = 2; i < tk->n;) {
        if (is(tk, i, "VERBS") || is(tk, i, "CONJ")) {
            int v;
            if (!is(tk, i + 1, "[") || !is(tk, i + 3, "]") || parse_int(tk->t[i + 2], &v))
                return bad(err, "COMPLEX: expected VERBS[n] or CONJ[n]");
            if (is(tk, i, "VERBS"))
                verbs = v;
            else
                conj = v;
            i += 4;
        } else if (is(tk, i, "NOACTPRIOR")) {
            noact = true;
            i++;
        } else if (is(tk, i, "EXPLAIN")) {
            i++;
        } else
            return bad(err, "COMPLEX: expected VERBS[n], CONJ[n], NOACTPRIOR or EXPLAIN");
    }
    o->complex_verbs = verbs;
    o->complex_conj = conj;
    o->complex_noactprior = noact;
    return DYAD_TABARI_CMD_SET;
}

/* COMMA: OFF | NAME = n … (MIN MAX EMIN EMAX BMIN BMAX) */
static dyad_tabari_cmd cmd_comma(dyad_code_options *o, const toks *tk, const char **err)
{
    if (is(tk, 2, "OFF") && tk->n == 3) {
        o->comma_on = false;
        return DYAD_TABARI_CMD_SET;
    }
    dyad_code_options n = *o;
    if (tk->n == 2)
        return bad(err, "COMMA: needs OFF or MIN = n …");
    for (int i = 2; i < tk->n; i += 3) {
        int v;
        if (!is(tk, i + 1, "=") || i + 2 >= tk->n || parse_int(tk->t[i + 2], &v))
            return bad(err, "COMMA: expected NAME = number");
        const char *nm = tk->t[i];
        int *dst = !strcmp(nm, "MIN")    ? &n.comma_min
                   : !strcmp(nm, "MAX")  ? &n.comma_max
                   : !strcmp(nm, "EMIN") ? &n.comma_emin
                   : !strcmp(nm, "EMAX") ? &n.comma_emax
                   : !strcmp(nm, "BMIN") ? &n.comma_bmin
                   : !strcmp(nm, "BMAX") ? &n.comma_bmax
                                         : NULL;
        if (!dst)
            return bad(err, "COMMA: expected MIN, MAX, EMIN, EMAX, BMIN or BMAX");
        *dst = v;
    }
    n.comma_on = true;
    *o = n;
    return DYAD_TABARI_CMD_SET;
}

dyad_tabari_cmd dyad_tabari_option(dyad_code_options *o, const char *cmd, size_t len, const char **err)
{
    toks tk;
    /* FORWARD's pattern holds characters the tokenizer would refuse */
    while (len && isspace((unsigned char)*cmd)) {
        cmd++;
        len--;
    }
    if (len >= 8 && !strncasecmp(cmd, "FORWARD:", 8))
        return DYAD_TABARI_CMD_HARNESS;
    if (tokenize(cmd, len, &tk) || tk.n < 2 || !is(&tk, 1, ":"))
        return bad(err, "not an option command (expected NAME: …)");
    if (is(&tk, 0, "SET"))
        return cmd_set(o, &tk, err);
    if (is(&tk, 0, "DEFAULT"))
        return cmd_default(o, &tk, err);
    if (is(&tk, 0, "COMPLEX"))
        return cmd_complex(o, &tk, err);
    if (is(&tk, 0, "COMMA"))
        return cmd_comma(o, &tk, err);
    if (is(&tk, 0, "OUTPUT") || is(&tk, 0, "LABEL"))
        return DYAD_TABARI_CMD_IGNORED;
    return bad(err, "unknown option command");
}

int dyad_petrarch_option(dyad_code_options *o, const char *name, const char *value, const char **err)
{
    if (!name || !value) {
        *err = "<Config> needs option= and value=";
        return -1;
    }
    while (isspace((unsigned char)*value))
        value++;
    char v[32];
    size_t n = strlen(value);
    while (n && isspace((unsigned char)value[n - 1]))
        n--;
    if (n >= sizeof v) {
        *err = "<Config> value too long";
        return -1;
    }
    memcpy(v, value, n);
    v[n] = 0;
    if (!strcmp(name, "require_dyad")) {
        if (!strcasecmp(v, "true"))
            o->require_dyad = true;
        else if (!strcasecmp(v, "false"))
            o->require_dyad = false;
        else {
            *err = "require_dyad must be True or False";
            return -1;
        }
        return 0;
    }
    if (!strcmp(name, "stop_on_error"))
        return 0;
    int iv;
    if (parse_int(v, &iv)) {
        *err = "the value must be a non-negative integer";
        return -1;
    }
    int *dst = !strcmp(name, "new_actor_length") ? &o->new_actor_length
               : !strcmp(name, "comma_min")      ? &o->comma_min
               : !strcmp(name, "comma_max")      ? &o->comma_max
               : !strcmp(name, "comma_bmin")     ? &o->comma_bmin
               : !strcmp(name, "comma_bmax")     ? &o->comma_bmax
               : !strcmp(name, "comma_emin")     ? &o->comma_emin
               : !strcmp(name, "comma_emax")     ? &o->comma_emax
                                                 : NULL;
    if (!dst) {
        *err = "unknown <Config> option";
        return -1;
    }
    *dst = iv;
    return 0;
}
