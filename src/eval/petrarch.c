/* petrarch.c — `dyad eval petrarch`: PETRARCH's unit-test records
 * (eval/petrarch/PETR.UnitTest.records.xml), coded from each sentence's
 * raw <Text> (never its <Parse>) and scored against its <EventCoding>
 * lines, with <Config> elements changing the coder's settings part-way.
 * The reader (dyad_petrarch_read) uses libxml2's XML parser in recovery
 * mode; docs/eval.md explains the choices (which dictionaries, which
 * records are unchecked). */
#include "eval/eval.h"
#include "eval/suite_score.h"
#include "eval/tabari_options.h"

#include "dyad_int.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#define SUITE_DIR "eval/petrarch"
#define SUITE_FILE "PETR.UnitTest.records.xml"

enum { MAX_EXPECTED = 64, MAX_INCLUDE = 32 };

/* ------------------------------------------------------------ reading */

typedef struct preader {
    const char *name;
    FILE *err;
    dyad_suite *out;
    char *include[MAX_INCLUDE]; /* <Include> categories; n_include 0: all */
    size_t n_include;
    bool stopped;
    long xml_errors;
} preader;

static void xml_error(void *ctx, xmlErrorPtr e)
{
    preader *r = ctx;
    if (!e || e->level < XML_ERR_ERROR)
        return;
    r->xml_errors++;
    if (r->xml_errors > 20)
        return;
    const char *m = e->message ? e->message : "XML error";
    size_t n = strlen(m);
    while (n && m[n - 1] == '\n')
        n--;
    fprintf(r->err, "dyad eval: %s:%d: XML: %.*s\n", r->name, e->line, (int)n, m);
}

static bool named(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, name);
}

/* An attribute's value, white space trimmed, in the arena; NULL when
 * absent. */
static const char *attr(dyad_arena *a, xmlNode *n, const char *name)
{
    xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
    if (!v)
        return NULL;
    const char *s = (const char *)v;
    size_t len = strlen(s);
    while (len && isspace((unsigned char)*s)) {
        s++;
        len--;
    }
    while (len && isspace((unsigned char)s[len - 1]))
        len--;
    char *o = dyad_arena_strndup(a, s, len);
    xmlFree(v);
    return o;
}

/* An element's text with white space runs made one space, trimmed. */
static char *text_of(dyad_arena *a, xmlNode *n)
{
    xmlChar *c = xmlNodeGetContent(n);
    if (!c)
        return dyad_arena_strdup(a, "");
    size_t len = strlen((const char *)c);
    char *o = dyad_arena_alloc(a, len + 1);
    if (o) {
        size_t k = 0;
        bool sp = false;
        for (const char *p = (const char *)c; *p; p++) {
            if (isspace((unsigned char)*p)) {
                sp = k > 0;
                continue;
            }
            if (sp)
                o[k++] = ' ';
            sp = false;
            o[k++] = *p;
        }
        o[k] = 0;
    }
    xmlFree(c);
    return o;
}


static void bad(preader *r, xmlNode *n, const char *fmt, const char *arg)
{
    fprintf(r->err, "dyad eval: %s:%ld: ", r->name, xmlGetLineNo(n));
    fprintf(r->err, fmt, arg ? arg : "");
    fputc('\n', r->err);
    r->out->malformed++;
}

static int read_config(preader *r, xmlNode *n)
{
    dyad_arena *a = r->out->arena;
    const char *name = attr(a, n, "option"), *value = attr(a, n, "value");
    if (!name || !value) {
        bad(r, n, "%s<Config> needs option= and value=", NULL);
        return 0;
    }
    dyad_suite_record rec;
    memset(&rec, 0, sizeof rec);
    rec.kind = DYAD_SUITE_OPTIONS;
    rec.id = "Config";
    rec.line = (unsigned)xmlGetLineNo(n);
    rec.text = "";
    rec.story = -1;
    rec.options = dyad_arena_array(a, 1, sizeof *rec.options);
    if (!rec.options || !(rec.options[0] = dyad_arena_printf(a, "%s=%s", name, value)))
        return -1;
    rec.n_options = 1;
    return dyad_suite_push(r->out, &rec);
}

static bool included(const preader *r, const char *category)
{
    if (!r->n_include)
        return true;
    for (size_t i = 0; i < r->n_include; i++)
        if (category && !strcmp(r->include[i], category))
            return true;
    return false;
}

static int read_sentence(preader *r, xmlNode *n)
{
    dyad_arena *a = r->out->arena;
    dyad_suite_record rec;
    memset(&rec, 0, sizeof rec);
    rec.line = (unsigned)xmlGetLineNo(n);
    rec.story = -1;
    rec.id = attr(a, n, "id");
    if (!rec.id || !rec.id[0]) {
        bad(r, n, "%s<Sentence> without id=", NULL);
        return 0;
    }
    const char *date = attr(a, n, "date");
    if (!date || dyad_suite_date(date, strlen(date), true, rec.date)) {
        bad(r, n, "bad or missing date (expected date=\"YYYYMMDD\") in sentence '%s'", rec.id);
        return 0;
    }
    const char *category = attr(a, n, "category");
    const char *sentence = attr(a, n, "sentence");
    dyad_suite_event exp[MAX_EXPECTED];
    size_t n_exp = 0;
    bool has_coding = false;
    for (xmlNode *c = n->children; c; c = c->next) {
        if (named(c, "Text") && !rec.text) {
            rec.text = text_of(a, c);
            if (!rec.text)
                return -1;
        } else if (named(c, "EventCoding")) {
            has_coding = true;
            const char *none = attr(a, c, "noevents"), *error = attr(a, c, "error");
            const char *src = attr(a, c, "sourcecode"), *tgt = attr(a, c, "targetcode"),
                       *code = attr(a, c, "eventcode");
            if (error) {
                rec.expect_none = dyad_arena_printf(a, "error=%s", error);
                continue;
            }
            if (none && !strcasecmp(none, "true")) {
                rec.expect_none = "noevents";
                continue;
            }
            if (!src || !tgt || !code || !src[0] || !tgt[0] || !code[0] || strlen(src) >= DYAD_SUITE_CODE_MAX ||
                strlen(tgt) >= DYAD_SUITE_CODE_MAX || strlen(code) >= DYAD_SUITE_CODE_MAX) {
                bad(r, c, "<EventCoding> needs sourcecode=, targetcode= and eventcode= (sentence '%s')", rec.id);
                return 0;
            }
            if (n_exp >= MAX_EXPECTED) {
                bad(r, c, "too many <EventCoding> in sentence '%s'", rec.id);
                return 0;
            }
            dyad_suite_event *e = &exp[n_exp++];
            memset(e, 0, sizeof *e);
            strcpy(e->source, src);
            strcpy(e->target, tgt);
            strcpy(e->code, code);
        }
    }
    if (!rec.text || !rec.text[0]) {
        bad(r, n, "sentence '%s' has no <Text>", rec.id);
        return 0;
    }
    if (n_exp && rec.expect_none) {
        bad(r, n, "sentence '%s' expects events and none at once", rec.id);
        return 0;
    }
    if (n_exp) {
        rec.expected = dyad_arena_array(a, n_exp, sizeof *rec.expected);
        if (!rec.expected)
            return -1;
        memcpy(rec.expected, exp, n_exp * sizeof *exp);
        rec.n_expected = n_exp;
    }
    rec.kind = DYAD_SUITE_CODE;
    if (!has_coding) {
        rec.kind = DYAD_SUITE_UNCHECKED;
        rec.why_unchecked = "no <EventCoding>";
    } else if (sentence && !strcasecmp(sentence, "false")) {
        rec.kind = DYAD_SUITE_UNCHECKED;
        rec.why_unchecked = "sentence=\"false\": marked as not implemented";
    } else if (!included(r, category)) {
        rec.kind = DYAD_SUITE_UNCHECKED;
        rec.why_unchecked = dyad_arena_printf(a, "category '%s' is not in <Include>", category ? category : "");
    }
    return dyad_suite_push(r->out, &rec);
}

static int read_environment(preader *r, xmlNode *env)
{
    dyad_arena *a = r->out->arena;
    dyad_suite *s = r->out;
    for (xmlNode *c = env->children; c; c = c->next) {
        if (named(c, "Verbfile"))
            s->env_verbs = text_of(a, c);
        else if (named(c, "Actorfile"))
            s->env_actors = text_of(a, c);
        else if (named(c, "Agentfile"))
            s->env_agents = text_of(a, c);
        else if (named(c, "Discardfile"))
            s->env_discards = text_of(a, c);
        else if (named(c, "Include")) {
            char *list = text_of(a, c);
            if (!list)
                return -1;
            r->n_include = 0;
            for (char *save = NULL, *w = strtok_r(list, " ", &save); w && r->n_include < MAX_INCLUDE;
                 w = strtok_r(NULL, " ", &save))
                r->include[r->n_include++] = w;
        } else if (named(c, "Config")) {
            if (read_config(r, c))
                return -1;
        }
    }
    return dyad_arena_failed(a) ? -1 : 0;
}

/* Walk the elements in document order (not into <Sentence>). */
static int walk(preader *r, xmlNode *n, int depth)
{
    for (; n && !r->stopped; n = n->next) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        int rc = 0;
        if (named(n, "Environment"))
            rc = read_environment(r, n);
        else if (named(n, "Config"))
            rc = read_config(r, n);
        else if (named(n, "Sentence"))
            rc = read_sentence(r, n);
        else if (named(n, "Stop"))
            r->stopped = true;
        else if (depth < 8)
            rc = walk(r, n->children, depth + 1);
        if (rc)
            return rc;
    }
    return 0;
}

int dyad_petrarch_read(const char *name, const char *data, size_t len, FILE *err, dyad_suite *out)
{
    memset(out, 0, sizeof *out);
    if (len > INT_MAX) {
        fprintf(err, "dyad eval: %s: too large for the XML parser\n", name);
        return -1;
    }
    out->arena = dyad_arena_new(0);
    if (!out->arena)
        return -1;
    preader r = {.name = name, .err = err, .out = out};
    /* libxml2's handlers are per thread: ours for this parse only */
    xmlSetStructuredErrorFunc(&r, xml_error);
    xmlDocPtr d = xmlReadMemory(data, (int)len, name, NULL,
                                XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_NOCDATA);
    xmlSetStructuredErrorFunc(NULL, NULL);
    xmlNode *root = d ? xmlDocGetRootElement(d) : NULL;
    if (!root) {
        fprintf(err, "dyad eval: %s: not an XML file\n", name);
        if (d)
            xmlFreeDoc(d);
        return -1;
    }
    int rc = walk(&r, root, 0);
    xmlFreeDoc(d);
    if (rc == 0 && dyad_arena_failed(out->arena))
        rc = -1;
    return rc;
}

/* ------------------------------------------------------------ scoring */


/* The Phoenix set the issue names (PETRARCH's production dictionaries). */
static const char *const phoenix_files[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                            "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
                                            "Phoenix.discards.txt", "CAMEO.2.0.txt"};

int dyad_eval_petrarch(const dyad_eval_opts *o)
{
    FILE *out = o->out ? o->out : stdout;
    const char *dicts = o->dicts ? o->dicts : "validate";
    bool phoenix = !strcmp(dicts, "phoenix");
    if (!phoenix && strcmp(dicts, "validate")) {
        fprintf(stderr, "dyad eval petrarch: --dicts is 'validate' or 'phoenix', not '%s'\n", dicts);
        return 2;
    }
    char dir[4096], path[4200];
    snprintf(dir, sizeof dir, "%s/%s", o->shared, SUITE_DIR);
    snprintf(path, sizeof path, "%s/%s", dir, SUITE_FILE);
    size_t len = 0;
    char *data = dyad_suite_slurp(path, &len);
    if (!data) {
        fprintf(stderr, "dyad eval petrarch: %s: cannot read the suite (the shared data is beside the repo)\n", path);
        return 2;
    }
    dyad_suite suite;
    int rc = dyad_petrarch_read(path, data, len, stderr, &suite);
    free(data);
    if (rc) {
        dyad_suite_free(&suite);
        return 2;
    }
    /* the dictionaries, in the suite's folder */
    char files[8][4200];
    const char *paths[8];
    size_t np = 0;
    if (phoenix) {
        for (size_t k = 0; k < sizeof phoenix_files / sizeof *phoenix_files; k++)
            snprintf(files[np++], sizeof files[0], "%s/%s", dir, phoenix_files[k]);
    } else {
        const char *env[] = {suite.env_actors, suite.env_verbs, suite.env_agents, suite.env_discards};
        for (size_t k = 0; k < 4; k++) {
            if (!env[k] || !env[k][0] || strchr(env[k], '/')) {
                fprintf(stderr, "dyad eval petrarch: %s: <Environment> lacks a dictionary file name (or names "
                                "one outside the suite's folder)\n",
                        path);
                dyad_suite_free(&suite);
                return 2;
            }
            snprintf(files[np++], sizeof files[0], "%s/%s", dir, env[k]);
        }
    }
    for (size_t k = 0; k < np; k++)
        paths[k] = files[k];
    dyad_suite_diag dc = {.verbose = o->verbose, .out = out};
    dyad_engine_options eo = {.dict_paths = paths, .n_dict_paths = np, .no_builtin = 1, .diag = dyad_suite_count_diag,
                              .diag_ctx = &dc};
    dyad_engine *eng = NULL;
    if (dyad_engine_load(&eo, &eng) != DYAD_OK) {
        fprintf(stderr, "dyad eval petrarch: cannot load the %s dictionaries from %s\n", dicts, dir);
        dyad_suite_free(&suite);
        return 2;
    }
    fprintf(out, "dictionaries: %s (%zu files)", dicts, np);
    if (dc.n)
        fprintf(out, ", %ld diagnostics while loading%s", dc.n, o->verbose ? "" : " (--verbose shows them)");
    fputc('\n', out);

    dyad_code_options copt = dyad_code_options_petrarch();
    dyad_suite_tally t;
    memset(&t, 0, sizeof t);
    for (size_t i = 0; i < suite.n; i++) {
        dyad_suite_record *r = &suite.recs[i];
        if (r->kind == DYAD_SUITE_OPTIONS) {
            t.options++;
            for (size_t k = 0; k < r->n_options; k++) {
                const char *opt = r->options[k], *eq = strchr(opt, '=');
                char name[64];
                snprintf(name, sizeof name, "%.*s", (int)(eq ? eq - opt : 0), opt);
                const char *why;
                if (!eq || dyad_petrarch_option(&copt, name, eq + 1, &why))
                    fprintf(stderr, "dyad eval: %s:%u: <Config> '%s': %s\n", path, r->line, opt,
                            eq ? why : "not name=value");
            }
            continue;
        }
        if (r->kind == DYAD_SUITE_UNCHECKED) {
            t.unchecked++;
            if (o->verbose)
                fprintf(out, "unchecked %s (%s:%u): %s\n", r->id, path, r->line, r->why_unchecked);
            continue;
        }
        dyad_arena *work = dyad_arena_new(0);
        if (!work)
            break;
        dyad_suite_event *found = NULL;
        size_t n_found = 0;
        const char *why = NULL;
        if (dyad_suite_code(eng, &copt, r->date, &r->text, 1, work, &found, &n_found, &why) == -1 && why)
            fprintf(stderr, "dyad eval: %s:%u: %s\n", path, r->line, why);
        bool eh[MAX_EXPECTED], fh[256];
        size_t nf = n_found < 256 ? n_found : 256;
        size_t m = dyad_suite_match(r->expected, r->n_expected, found, nf, eh, fh);
        dyad_suite_tally_add(&t, r->n_expected, n_found, m);
        if (o->verbose && (m != r->n_expected || m != n_found))
            dyad_suite_print_failure(out, path, r, r->expected, r->n_expected, eh, found, nf, fh);
        dyad_arena_free(work);
    }
    dyad_engine_free(eng);
    fprintf(out, "PETRARCH unit tests: %zu sentences and configs read, %ld malformed (skipped), %ld <Config>, "
                 "%ld unchecked, %ld scored (%ld expecting no event), %ld fully right\n",
            suite.n + (size_t)suite.malformed, suite.malformed, t.options, t.unchecked, t.scored, t.expect_none, t.right);
    fprintf(out, "events: %ld expected, %ld found, %ld matched\n", t.expected, t.found, t.matched);
    dyad_suite_free(&suite);
    dyad_suite_print_score(out, "petrarch", &t);
    return 0;
}
