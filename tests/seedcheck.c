/* seedcheck.c — checks dyad's output on ../shared/examples/seed-article.txt
 * against the analyst's annotation seed-article.gold.json.  Skips (0 passed,
 * 0 failed, with a message) when ../shared is absent.
 * Usage: seedcheck [SHARED_DIR] */
#include "testlib.h"

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

    dyad_doc_free(d);
    dyad_engine_free(eng);
    json_decref(gold);
    free(text);
    free(gold_s);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
