/* tabari.c — `dyad eval tabari`: TABARI's validation suite
 * (eval/tabari/Validate.text, with TABARI.Demo.actors, TABARI.Demo.verbs,
 * Validate.agents and Validate.options), run as its validation mode
 * intends: records in order, `{ OPTION: … }` records changing the coder's
 * settings part-way, every record with expectations scored.  The reader of
 * the record format is here too (dyad_tabari_read); docs/eval.md explains
 * each choice. */
#include "eval/eval.h"
#include "eval/suite_score.h"
#include "eval/tabari_options.h"

#include "dyad_int.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define SUITE_DIR "eval/tabari"
/* Validate.text's own marker: what follows "may be left out" (issue 6) —
 * it needs other settings or crashes TABARI, as its comments say. */
#define STOP_MARKER "OTHER TESTS REQUIRING SPECIAL SETTINGS"

/* ------------------------------------------------------------ reading */

typedef struct line_t {
    const char *s;
    size_t n;
    unsigned no;
} line_t;

typedef struct reader {
    const char *name;
    FILE *err;
    dyad_suite *out;
    bool yyyy;
    bool forward;
    char forward_pat[64];
} reader;

static bool blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!isspace((unsigned char)s[i]))
            return false;
    return true;
}

static void report(reader *r, unsigned line, const char *fmt, const char *arg)
{
    fprintf(r->err, "dyad eval: %s:%u: ", r->name, line);
    fprintf(r->err, fmt, arg);
    fputc('\n', r->err);
}

/* Copy s[0..n) into the arena with white space runs made one space and
 * both ends trimmed. */
static char *collapse(dyad_arena *a, const char *s, size_t n)
{
    char *o = dyad_arena_alloc(a, n + 1);
    if (!o)
        return NULL;
    size_t k = 0;
    bool sp = false;
    for (size_t i = 0; i < n; i++) {
        if (isspace((unsigned char)s[i])) {
            sp = k > 0;
            continue;
        }
        if (sp)
            o[k++] = ' ';
        sp = false;
        o[k++] = s[i];
    }
    o[k] = 0;
    return o;
}


/* Is cmd (an option's text) "SET: YYYY = TRUE|FALSE"?  1 true, 0 false,
 * -1 not that command. */
static int yyyy_command(const char *cmd)
{
    char sq[64];
    size_t k = 0;
    for (const char *p = cmd; *p && k + 1 < sizeof sq; p++)
        if (!isspace((unsigned char)*p))
            sq[k++] = (char)toupper((unsigned char)*p);
    sq[k] = 0;
    if (!strcmp(sq, "SET:YYYY=TRUE"))
        return 1;
    if (!strcmp(sq, "SET:YYYY=FALSE"))
        return 0;
    return -1;
}

/* FORWARD: PATTERN [DOC] [OFF] — the reader numbers stories with it. */
static void forward_command(reader *r, const char *cmd)
{
    const char *p = cmd + 8; /* after "FORWARD:" */
    while (isspace((unsigned char)*p))
        p++;
    size_t n = 0;
    while (p[n] && !isspace((unsigned char)p[n]))
        n++;
    if (n == 0 || n >= sizeof r->forward_pat) {
        r->forward = false;
        return;
    }
    memcpy(r->forward_pat, p, n);
    r->forward_pat[n] = 0;
    r->forward = strcasestr(p + n, "OFF") == NULL;
}

/* The story number that the FORWARD pattern reads from the header after
 * its date: 'N' marks the story's digits ("^^*****NNN*SSS" over
 * "  FRWD-001-002" → 1); -1 when they are not digits. */
static long story_of(const reader *r, const char *after_date, size_t n)
{
    long story = 0;
    bool any = false;
    for (size_t i = 0; r->forward_pat[i]; i++) {
        if (r->forward_pat[i] != 'N')
            continue;
        if (i >= n || !isdigit((unsigned char)after_date[i]) || story > 100000000)
            return -1;
        story = story * 10 + (after_date[i] - '0');
        any = true;
    }
    return any ? story : -1;
}

typedef struct expect_buf {
    dyad_suite_event items[64];
    size_t n;
    const char *opts[16];
    size_t n_opts;
    size_t n_off;       /* "-{…}" lines */
    const char *none;   /* "---", "###", "+++" */
} expect_buf;

/* Trim [s, s+n). */
static void trim(const char **s, size_t *n)
{
    while (*n && isspace((unsigned char)**s)) {
        (*s)++;
        (*n)--;
    }
    while (*n && isspace((unsigned char)(*s)[*n - 1]))
        (*n)--;
}

/* One "SRC / TGT / CODE" field list into ev: exactly three fields, none
 * empty or with a space inside.  -1 when malformed. */
static int parse_event(const char *s, size_t n, dyad_suite_event *ev)
{
    char *dst[3] = {ev->source, ev->target, ev->code};
    size_t i = 0;
    for (int f = 0; f < 3; f++) {
        size_t j = i;
        while (j < n && s[j] != '/')
            j++;
        if ((f < 2) != (j < n)) /* a '/' after each of the first two only */
            return -1;
        const char *fs = s + i;
        size_t fn = j - i;
        trim(&fs, &fn);
        if (fn == 0 || fn >= DYAD_SUITE_CODE_MAX)
            return -1;
        for (size_t k = 0; k < fn; k++)
            if (isspace((unsigned char)fs[k]))
                return -1;
        memcpy(dst[f], fs, fn);
        dst[f][fn] = 0;
        i = j + 1;
    }
    return 0;
}

/* Read the expectations in a record's comment (cs, cn).  -1 on a
 * malformed one (reported). */
static int parse_comment(reader *r, const char *cs, size_t cn, const line_t *lines, size_t nlines, expect_buf *eb)
{
    dyad_arena *a = r->out->arena;
    for (size_t i = 0; i < cn; i++) {
        if (cs[i] != '{')
            continue;
        /* the line this brace is on, for messages */
        unsigned lineno = lines[0].no;
        for (size_t k = 0; k < nlines; k++)
            if (lines[k].s <= cs + i)
                lineno = lines[k].no;
        bool off = i > 0 && cs[i - 1] == '-';
        size_t eol = i;
        while (eol < cn && cs[eol] != '\n')
            eol++;
        size_t close = i + 1;
        while (close < eol && cs[close] != '}')
            close++;
        const char *body = cs + i + 1;
        size_t bn = close - i - 1;
        trim(&body, &bn);
        bool is_option = bn >= 7 && !strncasecmp(body, "OPTION:", 7);
        if (close >= eol) {
            if (!is_option) {
                report(r, lineno, "%s", "'{' without '}' on its line");
                return -1;
            }
            /* "{ OPTION: SET: MINIMUM WORDS = 4" with no '}': the option
             * runs to the comment's end or the line's */
            const char *stop = memmem(body, bn, "*/", 2);
            if (stop)
                bn = (size_t)(stop - body);
            trim(&body, &bn);
        }
        i = close < eol ? close : eol;
        if (bn == 0)
            continue; /* "{}" in prose */
        if (is_option) {
            if (off)
                continue;
            const char *c = body + 7;
            size_t m = bn - 7;
            trim(&c, &m);
            if (eb->n_opts >= sizeof eb->opts / sizeof eb->opts[0]) {
                report(r, lineno, "%s", "too many options in one record");
                return -1;
            }
            if (!(eb->opts[eb->n_opts++] = dyad_arena_strndup(a, c, m)))
                return -1;
            continue;
        }
        bool all_same = true;
        for (size_t k = 0; k < bn; k++)
            if (!isspace((unsigned char)body[k]) && body[k] != body[0])
                all_same = false;
        if (all_same && (body[0] == '-' || body[0] == '#' || body[0] == '+')) {
            if (!off)
                eb->none = body[0] == '-' ? "---" : body[0] == '#' ? "###" : "+++";
            continue;
        }
        dyad_suite_event ev;
        memset(&ev, 0, sizeof ev);
        if (parse_event(body, bn, &ev)) {
            char shown[80];
            snprintf(shown, sizeof shown, "%.*s", (int)(bn < 60 ? bn : 60), body);
            report(r, lineno, "expected '{ SOURCE / TARGET / CODE }', found '{%s}'", shown);
            return -1;
        }
        if (off) {
            eb->n_off++;
            continue;
        }
        /* a date may follow: "{ DAG / GON / 032 } 950103" */
        size_t d = close + 1;
        while (d < eol && (cs[d] == ' ' || cs[d] == '\t'))
            d++;
        size_t de = d;
        while (de < eol && isdigit((unsigned char)cs[de]))
            de++;
        if (de > d) {
            if (dyad_suite_date(cs + d, de - d, r->yyyy, ev.date)) {
                char shown[24];
                snprintf(shown, sizeof shown, "%.*s", (int)(de - d < 16 ? de - d : 16), cs + d);
                report(r, lineno, "bad date '%s' after an expected event", shown);
                return -1;
            }
        }
        if (eb->n >= sizeof eb->items / sizeof eb->items[0]) {
            report(r, lineno, "%s", "too many expected events in one record");
            return -1;
        }
        eb->items[eb->n++] = ev;
    }
    return 0;
}

/* One block of non-blank lines.  0 done (or skipped with a report), -1
 * out of memory. */
static int read_block(reader *r, const line_t *lines, size_t n)
{
    dyad_suite *s = r->out;
    dyad_arena *a = s->arena;
    while (n && lines[0].n && lines[0].s[0] == '#') {
        lines++;
        n--;
    }
    if (!n)
        return 0;
    /* header: DATE ID */
    const char *h = lines[0].s;
    size_t hn = lines[0].n, dn = 0;
    while (dn < hn && !isspace((unsigned char)h[dn]))
        dn++;
    size_t is = dn;
    while (is < hn && isspace((unsigned char)h[is]))
        is++;
    size_t ie = is;
    while (ie < hn && !isspace((unsigned char)h[ie]))
        ie++;
    dyad_suite_record rec;
    memset(&rec, 0, sizeof rec);
    rec.line = lines[0].no;
    rec.story = -1;
    if (ie == is) {
        report(r, rec.line, "%s", "expected a header line 'DATE ID'");
        s->malformed++;
        return 0;
    }
    if (dyad_suite_date(h, dn, r->yyyy, rec.date)) {
        char shown[24];
        snprintf(shown, sizeof shown, "%.*s", (int)(dn < 16 ? dn : 16), h);
        report(r, rec.line, r->yyyy ? "bad date '%s' (expected YYYYMMDD)" : "bad date '%s' (expected YYMMDD)",
               shown);
        s->malformed++;
        return 0;
    }
    if (!(rec.id = dyad_arena_strndup(a, h + is, ie - is)))
        return -1;
    if (r->forward)
        rec.story = story_of(r, h + dn, hn - dn);
    /* text up to "/ *", the comment after it (to the block's end) */
    const char *body = n > 1 ? lines[1].s : h + hn;
    const char *bend = lines[n - 1].s + lines[n - 1].n;
    const char *open = memmem(body, (size_t)(bend - body), "/*", 2);
    const char *text_end = open ? open : bend;
    if (!(rec.text = collapse(a, body, (size_t)(text_end - body))))
        return -1;
    if (!rec.text[0]) {
        report(r, rec.line, "record '%s' has no text", rec.id);
        s->malformed++;
        return 0;
    }
    expect_buf *eb = calloc(1, sizeof *eb);
    if (!eb)
        return -1;
    int rc = 0;
    if (open && parse_comment(r, open + 2, (size_t)(bend - open - 2), lines, n, eb)) {
        if (dyad_arena_failed(a))
            rc = -1;
        else
            s->malformed++;
        free(eb);
        return rc;
    }
    rec.n_expected = eb->n;
    if (eb->n) {
        rec.expected = dyad_arena_array(a, eb->n, sizeof *rec.expected);
        if (!rec.expected) {
            free(eb);
            return -1;
        }
        memcpy(rec.expected, eb->items, eb->n * sizeof *rec.expected);
    }
    rec.expect_none = eb->none;
    if (eb->n_opts) {
        rec.options = dyad_arena_array(a, eb->n_opts, sizeof *rec.options);
        if (!rec.options) {
            free(eb);
            return -1;
        }
        memcpy(rec.options, eb->opts, eb->n_opts * sizeof *rec.options);
        rec.n_options = eb->n_opts;
    }
    if (eb->n || eb->none)
        rec.kind = DYAD_SUITE_CODE;
    else if (eb->n_opts)
        rec.kind = DYAD_SUITE_OPTIONS;
    else {
        rec.kind = DYAD_SUITE_UNCHECKED;
        rec.why_unchecked = eb->n_off ? "its expected events are switched off (-{...})" : "no expected coding";
    }
    free(eb);
    /* the options that change how the following records are read */
    for (size_t k = 0; k < rec.n_options; k++) {
        int y = yyyy_command(rec.options[k]);
        if (y >= 0)
            r->yyyy = y == 1;
        else if (!strncasecmp(rec.options[k], "FORWARD:", 8))
            forward_command(r, rec.options[k]);
    }
    return dyad_suite_push(s, &rec);
}

int dyad_tabari_read(const char *name, const char *data, size_t len, const char *stop_at, FILE *err,
                     dyad_suite *out)
{
    memset(out, 0, sizeof *out);
    out->arena = dyad_arena_new(0);
    if (!out->arena)
        return -1;
    reader r = {.name = name, .err = err, .out = out};
    size_t cap = 64, n = 0;
    line_t *block = malloc(cap * sizeof *block);
    if (!block)
        return -1;
    unsigned no = 0;
    int rc = 0;
    bool stop = false;
    for (const char *p = data, *end = data + len; !stop && rc == 0;) {
        const char *e = p < end ? memchr(p, '\n', (size_t)(end - p)) : NULL;
        const char *le = e ? e : end;
        bool at_end = p >= end;
        size_t ln = (size_t)(le - p);
        if (ln && p[ln - 1] == '\r')
            ln--;
        no++;
        if (!at_end && stop_at && memmem(p, ln, stop_at, strlen(stop_at)))
            stop = true;
        if (at_end || stop || blank(p, ln)) {
            if (n && !stop)
                rc = read_block(&r, block, n);
            n = 0;
        } else {
            if (n == cap) {
                line_t *g = realloc(block, cap * 2 * sizeof *g);
                if (!g) {
                    rc = -1;
                    break;
                }
                block = g;
                cap *= 2;
            }
            block[n++] = (line_t){p, ln, no};
        }
        if (at_end)
            break;
        p = e ? e + 1 : end;
    }
    free(block);
    if (rc == 0 && dyad_arena_failed(out->arena))
        rc = -1;
    return rc;
}

/* ------------------------------------------------------------ scoring */


/* Apply the commands of Validate.options ("//" comments; "~~~~~" ends
 * them). */
static void apply_options_file(const char *path, const char *data, size_t len, dyad_code_options *o, FILE *err)
{
    unsigned no = 0;
    for (const char *p = data, *end = data + len; p < end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        const char *le = e ? e : end;
        no++;
        const char *s = p;
        size_t n = (size_t)(le - p);
        trim(&s, &n);
        p = e ? e + 1 : end;
        if (!n || (n >= 2 && s[0] == '/' && s[1] == '/'))
            continue;
        if (n >= 4 && !strncmp(s, "~~~~", 4))
            break;
        const char *why;
        if (dyad_tabari_option(o, s, n, &why) == DYAD_TABARI_CMD_BAD)
            fprintf(err, "dyad eval: %s:%u: %s: '%.*s'\n", path, no, why, (int)(n < 80 ? n : 80), s);
    }
}

int dyad_eval_tabari(const dyad_eval_opts *o)
{
    FILE *out = o->out ? o->out : stdout;
    char dir[4096], text_path[4200], opt_path[4200], verbs_path[4200], actors_path[4200], agents_path[4200];
    snprintf(dir, sizeof dir, "%s/%s", o->shared, SUITE_DIR);
    snprintf(text_path, sizeof text_path, "%s/Validate.text", dir);
    snprintf(opt_path, sizeof opt_path, "%s/Validate.options", dir);
    snprintf(verbs_path, sizeof verbs_path, "%s/TABARI.Demo.verbs", dir);
    snprintf(actors_path, sizeof actors_path, "%s/TABARI.Demo.actors", dir);
    snprintf(agents_path, sizeof agents_path, "%s/Validate.agents", dir);
    size_t tlen = 0, olen = 0, vlen = 0;
    char *text = dyad_suite_slurp(text_path, &tlen);
    char *optf = dyad_suite_slurp(opt_path, &olen);
    char *verbs = dyad_suite_slurp(verbs_path, &vlen);
    if (!text || !optf || !verbs) {
        fprintf(stderr, "dyad eval tabari: %s: cannot read the suite (the shared data is beside the repo)\n",
                !text ? text_path : !optf ? opt_path : verbs_path);
        free(text);
        free(optf);
        free(verbs);
        return 2;
    }
    /* TABARI switches time shifting on when the .verbs file has <TIME> */
    dyad_code_options copt = dyad_code_options_tabari(memmem(verbs, vlen, "<TIME>", 6) != NULL);
    free(verbs);
    apply_options_file(opt_path, optf, olen, &copt, stderr);
    free(optf);

    dyad_suite suite;
    int rc = dyad_tabari_read(text_path, text, tlen, STOP_MARKER, stderr, &suite);
    free(text);
    if (rc) {
        fprintf(stderr, "dyad eval tabari: out of memory\n");
        dyad_suite_free(&suite);
        return 2;
    }
    const char *paths[] = {actors_path, verbs_path, agents_path};
    dyad_suite_diag dc = {.verbose = o->verbose, .out = out};
    dyad_engine_options eo = {.dict_paths = paths, .n_dict_paths = 3, .no_builtin = 1, .diag = dyad_suite_count_diag,
                              .diag_ctx = &dc};
    dyad_engine *eng = NULL;
    if (dyad_engine_load(&eo, &eng) != DYAD_OK) {
        fprintf(stderr, "dyad eval tabari: cannot load the suite's dictionaries from %s\n", dir);
        dyad_suite_free(&suite);
        return 2;
    }
    if (dc.n)
        fprintf(out, "dictionaries: %ld diagnostics while loading%s\n", dc.n, o->verbose ? "" : " (--verbose shows them)");

    dyad_suite_tally t;
    memset(&t, 0, sizeof t);
    dyad_arena *work = dyad_arena_new(0);
    for (size_t i = 0; i < suite.n && work;) {
        dyad_suite_record *r = &suite.recs[i];
        if (r->kind != DYAD_SUITE_CODE) {
            if (r->kind == DYAD_SUITE_UNCHECKED) {
                t.unchecked++;
                if (o->verbose)
                    fprintf(out, "unchecked %s (%s:%u): %s\n", r->id, text_path, r->line, r->why_unchecked);
            } else
                t.options++;
            for (size_t k = 0; k < r->n_options; k++) {
                const char *why;
                if (dyad_tabari_option(&copt, r->options[k], strlen(r->options[k]), &why) == DYAD_TABARI_CMD_BAD)
                    fprintf(stderr, "dyad eval: %s:%u: option '%s': %s\n", text_path, r->line, r->options[k], why);
            }
            i++;
            continue;
        }
        /* a FORWARD story: consecutive coded records of one story number */
        size_t j = i + 1;
        while (r->story >= 0 && j < suite.n && j - i < 64 && suite.recs[j].kind == DYAD_SUITE_CODE &&
               suite.recs[j].story == r->story && suite.recs[j - 1].n_options == 0)
            j++;
        size_t g = j - i;
        const char *texts[64];
        dyad_suite_event *found[64];
        size_t n_found[64];
        for (size_t k = 0; k < g; k++)
            texts[k] = suite.recs[i + k].text;
        const char *why = NULL;
        int c = dyad_suite_code(eng, &copt, r->date, texts, g, work, found, n_found, &why);
        if (c == -2) /* not found again: code them one by one */
            for (size_t k = 0; k < g && c != -1; k++)
                c = dyad_suite_code(eng, &copt, suite.recs[i + k].date, &texts[k], 1, work, &found[k], &n_found[k],
                                    &why);
        if (c == -1 && why)
            fprintf(stderr, "dyad eval: %s:%u: %s\n", text_path, r->line, why);
        for (size_t k = 0; k < g; k++) {
            dyad_suite_record *rk = &suite.recs[i + k];
            bool eh[64], fh[256];
            size_t nf = n_found[k] < 256 ? n_found[k] : 256;
            size_t m = dyad_suite_match(rk->expected, rk->n_expected, found[k], nf, eh, fh);
            dyad_suite_tally_add(&t, rk->n_expected, n_found[k], m);
            if (o->verbose && (m != rk->n_expected || m != n_found[k]))
                dyad_suite_print_failure(out, text_path, rk, rk->expected, rk->n_expected, eh, found[k], nf, fh);
            for (size_t q = 0; q < rk->n_options; q++)
                if (dyad_tabari_option(&copt, rk->options[q], strlen(rk->options[q]), &why) ==
                    DYAD_TABARI_CMD_BAD)
                    fprintf(stderr, "dyad eval: %s:%u: option '%s': %s\n", text_path, rk->line, rk->options[q],
                            why);
        }
        dyad_arena_free(work);
        work = dyad_arena_new(0);
        i = j;
    }
    dyad_arena_free(work);
    dyad_engine_free(eng);
    fprintf(out, "TABARI validation: %zu records read, %ld malformed (skipped), %ld option records, %ld unchecked, "
                 "%ld scored (%ld expecting no event), %ld fully right\n",
            suite.n + (size_t)suite.malformed, suite.malformed, t.options, t.unchecked, t.scored, t.expect_none, t.right);
    fprintf(out, "events: %ld expected, %ld found, %ld matched\n", t.expected, t.found, t.matched);
    dyad_suite_free(&suite);
    dyad_suite_print_score(out, "tabari", &t);
    return 0;
}
