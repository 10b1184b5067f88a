/* seedcheck.c — checks dyad's output on ../shared/examples/seed-article.txt
 * against the analyst's annotation seed-article.gold.json.  Skips (0 passed,
 * 0 failed, with a message) when ../shared is absent.
 * Usage: seedcheck [SHARED_DIR] */
#include "testlib.h"
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/events.h"
#include "statements/statements.h"
#include "time/time.h"

#include <jansson.h>
#include <stdlib.h>

static int passed, failed;

static void check(bool ok, const char *what, const char *got)
{
    if (ok)
        passed++;
    else {
        failed++;
        fprintf(stderr, "FAIL seed: %s (got: %s)\n", what, got ? got : "(null)");
    }
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    if (b)
        b[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return b;
}

/* The text of a paragraph. */
static char *para_text(const dyad_doc *d, const dyad_paragraph *p)
{
    const char *t = dyad_doc_text(d, NULL);
    return strndup(t + p->span.start, p->span.end - p->span.start);
}

/* Lower-case, quotes straightened and dropped, white space collapsed: the
 * gold file's "lenient" comparison of quote text. */
static void norm(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    bool space = false;
    for (size_t i = 0; i < n && o + 1 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80) {
            unsigned char d = (unsigned char)s[i + 2];
            i += 2;
            if (d == 0x98 || d == 0x99) {
                out[o++] = '\'';
                continue;
            }
            if (d == 0x9C || d == 0x9D)
                continue;
            if (o + 3 < cap) { /* another punctuation mark: keep its bytes */
                out[o++] = (char)c;
                out[o++] = (char)0x80;
                out[o++] = (char)d;
            }
            continue;
        }
        if (c == '"')
            continue;
        if (c == ' ' || c == '\n' || c == '\t') {
            space = true;
            continue;
        }
        if (space && o)
            out[o++] = ' ';
        space = false;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    out[o] = 0;
}

/* Does the last word of `name` occur in text (case-insensitive)? */
static bool surname_in(const char *name, const char *text, size_t n)
{
    const char *sp = strrchr(name, ' ');
    const char *last = sp ? sp + 1 : name;
    size_t l = strlen(last);
    for (size_t i = 0; i + l <= n; i++)
        if (strncasecmp(text + i, last, l) == 0)
            return true;
    return false;
}

static void check_statements(const dyad_doc *d, json_t *gold)
{
    const dyad_statement_list *sl = d->analysis ? d->analysis->statements : NULL;
    for (size_t k = 0; k < json_array_size(gold); k++) {
        json_t *g = json_array_get(gold, k);
        const char *gt = json_string_value(json_object_get(g, "text"));
        const char *gs = json_string_value(json_object_get(g, "speaker"));
        const char *gd = json_string_value(json_object_get(g, "date"));
        char want[64], got[64], what[160];
        norm(gt, strlen(gt), want, sizeof want);
        want[40 < strlen(want) ? 40 : strlen(want)] = 0;
        const dyad_statement *found = NULL;
        for (size_t i = 0; sl && i < sl->n && !found; i++) {
            const dyad_statement *st = &sl->items[i];
            norm(d->text + st->span.start, st->span.end - st->span.start, got, sizeof got);
            if (strncmp(got, want, strlen(want)) == 0)
                found = st;
        }
        snprintf(what, sizeof what, "statement '%.30s…' found", gt);
        check(found != NULL, what, NULL);
        if (!found)
            continue;
        bool spk = false;
        if (found->has_speaker)
            spk = surname_in(gs, d->text + found->speaker_span.start, found->speaker_span.end - found->speaker_span.start);
        if (!spk && found->has_speaker_ref)
            spk = surname_in(gs, d->text + found->speaker_ref.start, found->speaker_ref.end - found->speaker_ref.start);
        const dyad_actor_list *al = d->analysis ? d->analysis->actors : NULL;
        if (!spk && al && found->speaker_actor >= 0)
            spk = surname_in(gs, al->items[found->speaker_actor].name, strlen(al->items[found->speaker_actor].name));
        if (!spk && found->attributed_to)
            spk = surname_in(gs, found->attributed_to, strlen(found->attributed_to));
        snprintf(what, sizeof what, "statement '%.30s…' speaker %s", gt, gs);
        check(spk, what, found->has_speaker ? "(other)" : "(none)");
        if (gd) {
            snprintf(what, sizeof what, "statement '%.30s…' date %s", gt, gd);
            check(found->date && strcmp(found->date, gd) == 0, what, found->date);
        }
    }
}

/* Does actor a go by `name`: its name, or a mention's text, ends with the
 * name's last word ("CIA", "Kirby", "Sisi")? */
static bool actor_named(const dyad_doc *d, const dyad_actor_list *l, const dyad_actor *a, const char *name)
{
    if (surname_in(name, a->name, strlen(a->name)))
        return true;
    for (int m = a->first_mention; m >= 0; m = l->mentions[m].next) {
        const dyad_mention *mm = &l->mentions[m];
        if (mm->how == DYAD_MENTION_PRONOUN || mm->how == DYAD_MENTION_ROLE)
            continue;
        if (surname_in(name, d->text + mm->span.start, mm->span.end - mm->span.start))
            return true;
    }
    return false;
}

static void check_actors(const dyad_doc *d, json_t *gold)
{
    const dyad_actor_list *l = d->analysis ? d->analysis->actors : NULL;
    for (size_t k = 0; k < json_array_size(gold); k++) {
        json_t *g = json_array_get(gold, k);
        const char *name = json_string_value(json_object_get(g, "name"));
        const char *code = json_string_value(json_object_get(g, "cameo"));
        bool found = false, coded = false;
        const char *got = NULL;
        for (size_t i = 0; l && i < l->n && !coded; i++) {
            const dyad_actor *a = &l->items[i];
            if (!actor_named(d, l, a, name))
                continue;
            found = true;
            got = a->n_codes ? a->codes[0] : "(no code)";
            for (uint8_t c = 0; c < a->n_codes; c++)
                if (strncmp(a->codes[c], code, strlen(code)) == 0)
                    coded = true;
        }
        char what[128];
        snprintf(what, sizeof what, "actor %s found", name);
        check(found, what, NULL);
        snprintf(what, sizeof what, "actor %s coded %s", name, code);
        check(coded, what, got);
    }
}

static void check_events(const dyad_doc *d, json_t *gold, json_t *gold_med)
{
    const dyad_event_list *el = d->analysis ? d->analysis->events : NULL;
    const dyad_actor_list *al = d->analysis ? d->analysis->actors : NULL;
    for (size_t k = 0; k < json_array_size(gold); k++) {
        json_t *g = json_array_get(gold, k);
        const char *src = json_string_value(json_object_get(g, "source"));
        const char *tgt = json_string_value(json_object_get(g, "target"));
        const char *code = json_string_value(json_object_get(g, "cameo"));
        const char *date = json_string_value(json_object_get(g, "date"));
        bool found = false, dated = !date;
        for (size_t i = 0; el && i < el->n; i++) {
            const dyad_event *e = &el->items[i];
            if (!e->source || !e->target || strcmp(e->source, src) || strcmp(e->target, tgt) ||
                strncmp(e->cameo, code, 2))
                continue;
            found = true;
            if (date && e->date && !strcmp(e->date, date))
                dated = true;
        }
        char what[128];
        snprintf(what, sizeof what, "event %s -> %s root %.2s", src, tgt, code);
        check(found, what, NULL);
        if (date) {
            snprintf(what, sizeof what, "event %s -> %s root %.2s on %s", src, tgt, code, date);
            check(dated, what, NULL);
        }
    }
    for (size_t k = 0; k < json_array_size(gold_med); k++) {
        json_t *g = json_array_get(gold_med, k);
        const char *principal = json_string_value(json_object_get(g, "principal"));
        const char *counterpart = json_string_value(json_object_get(g, "counterpart"));
        json_t *via = json_object_get(g, "via");
        bool ok = false;
        for (size_t i = 0; el && al && i < el->n_mediations && !ok; i++) {
            const dyad_mediation *m = &el->mediations[i];
            if (!m->principal || strcmp(m->principal, principal) || m->counterpart_actor < 0 ||
                !surname_in(counterpart, al->items[m->counterpart_actor].name, strlen(al->items[m->counterpart_actor].name)))
                continue;
            size_t hit = 0;
            for (size_t v = 0; v < json_array_size(via); v++) {
                const char *name = json_string_value(json_array_get(via, v));
                for (uint8_t x = 0; x < m->n_via; x++)
                    if (m->via_actor[x] >= 0 &&
                        surname_in(name, al->items[m->via_actor[x]].name, strlen(al->items[m->via_actor[x]].name))) {
                        hit++;
                        break;
                    }
            }
            ok = hit == json_array_size(via);
        }
        char what[128];
        snprintf(what, sizeof what, "mediation %s -> %s via %zu intermediaries", principal, counterpart,
                 json_array_size(via));
        check(ok, what, NULL);
    }
}

static void check_times(const dyad_doc *d, json_t *gold)
{
    const dyad_time_list *tl = d->analysis ? d->analysis->times : NULL;
    for (size_t k = 0; k < json_array_size(gold); k++) {
        json_t *g = json_array_get(gold, k);
        const char *gt = json_string_value(json_object_get(g, "text"));
        const char *gv = json_string_value(json_object_get(g, "date"));
        bool ok = false;
        const char *got = NULL;
        for (size_t i = 0; tl && i < tl->n; i++) {
            const dyad_time_expr *x = &tl->items[i];
            if (x->span.end - x->span.start == strlen(gt) && strncasecmp(d->text + x->span.start, gt, strlen(gt)) == 0) {
                got = x->value;
                ok = strcmp(x->value, gv) == 0;
                break;
            }
        }
        char what[128];
        snprintf(what, sizeof what, "time '%s' = %s", gt, gv);
        check(ok, what, got);
    }
}

int main(int argc, char **argv)
{
    const char *shared = argc > 1 ? argv[1] : "../shared";
    char tpath[4096], gpath[4096];
    snprintf(tpath, sizeof tpath, "%s/examples/seed-article.txt", shared);
    snprintf(gpath, sizeof gpath, "%s/examples/seed-article.gold.json", shared);
    size_t len, glen;
    char *text = slurp(tpath, &len);
    char *gold_s = slurp(gpath, &glen);
    if (!text || !gold_s) {
        printf("seedcheck: skipped: %s not found (the shared data is beside the repo)\n", tpath);
        printf("0 passed, 0 failed\n");
        return 0;
    }
    json_error_t je;
    json_t *gold = json_loads(gold_s, 0, &je);
    if (!gold) {
        fprintf(stderr, "seedcheck: %s:%d: %s\n", gpath, je.line, je.text);
        return 2;
    }
    dyad_engine *eng;
    if (dyad_engine_load(NULL, &eng) != DYAD_OK)
        return 2;
    dyad_input in = {.source = tpath, .format = DYAD_FORMAT_TEXT, .data = text, .len = len};
    dyad_doc *d = NULL;
    if (dyad_doc_read(eng, &in, NULL, &d) != DYAD_OK) {
        fprintf(stderr, "seedcheck: cannot read %s: %s\n", tpath, dyad_doc_errmsg(d));
        return 2;
    }
    dyad_doc_run(d, DYAD_STAGE_ALL);

    /* ---- document: 8 checks */
    json_t *g = json_object_get(gold, "document");
    const char *title = dyad_doc_meta(d, DYAD_META_TITLE);
    const char *ts = json_string_value(json_object_get(g, "title_starts"));
    check(title && ts && strncmp(title, ts, strlen(ts)) == 0, "document title", title);
    const char *fields[][2] = {{"author", NULL}, {"outlet", NULL}, {"dateline", NULL}, {"date", NULL}};
    dyad_meta metas[] = {DYAD_META_AUTHOR, DYAD_META_OUTLET, DYAD_META_DATELINE, DYAD_META_DATE};
    for (int i = 0; i < 4; i++) {
        const char *want = json_string_value(json_object_get(g, fields[i][0]));
        const char *got = dyad_doc_meta(d, metas[i]);
        char what[64];
        snprintf(what, sizeof what, "document %s", fields[i][0]);
        check(want && got && strcmp(want, got) == 0, what, got);
    }
    size_t body = 0, np = dyad_doc_paragraph_count(d);
    for (size_t i = 0; i < np; i++)
        body += dyad_doc_paragraph(d, i)->kind == DYAD_PARA_BODY;
    char got[64];
    snprintf(got, sizeof got, "%zu", body);
    check((json_int_t)body == json_integer_value(json_object_get(g, "body_paragraphs")), "document body_paragraphs",
          got);
    /* footer lines are not in any body paragraph */
    json_t *bp = json_object_get(g, "boilerplate_removed");
    bool footer_gone = true;
    for (size_t k = 0; k < json_array_size(bp); k++) {
        const char *line = json_string_value(json_array_get(bp, k));
        for (size_t i = 0; i < np; i++) {
            const dyad_paragraph *p = dyad_doc_paragraph(d, i);
            char *pt = para_text(d, p);
            if (p->kind == DYAD_PARA_BODY && strstr(pt, line))
                footer_gone = false;
            free(pt);
        }
    }
    check(footer_gone, "document footer removed from body", NULL);
    /* each caption exactly once among caption paragraphs */
    json_t *caps = json_object_get(g, "captions");
    bool once = true;
    for (size_t k = 0; k < json_array_size(caps); k++) {
        const char *c = json_string_value(json_array_get(caps, k));
        int seen = 0;
        for (size_t i = 0; i < np; i++) {
            const dyad_paragraph *p = dyad_doc_paragraph(d, i);
            char *pt = para_text(d, p);
            if (p->kind == DYAD_PARA_CAPTION && strstr(pt, c))
                seen++;
            free(pt);
        }
        if (seen != 1)
            once = false;
    }
    check(once, "document caption once", NULL);

    check_actors(d, json_object_get(gold, "actors"));
    check_statements(d, json_object_get(gold, "statements"));
    check_times(d, json_object_get(gold, "times"));
    check_events(d, json_object_get(gold, "events"), json_object_get(gold, "mediations"));

    dyad_doc_free(d);
    dyad_engine_free(eng);
    json_decref(gold);
    free(text);
    free(gold_s);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
