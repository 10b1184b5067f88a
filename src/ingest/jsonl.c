/* jsonl.c — one JSON object a line: {"text"|"html", "id", "url", "date",
 * "title"}.  Parsed with jansson; a line that is not such an object is an
 * error naming its line, and reading goes on with the next line. */
#include "container.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct dyad_jsonl {
    const char *data;
    size_t len, pos;
    unsigned line;
    json_t *cur; /* the object whose strings the last dyad_input points to */
};

dyad_jsonl *dyad_jsonl_open(const char *data, size_t len)
{
    dyad_jsonl *j = calloc(1, sizeof *j);
    if (j) {
        j->data = data;
        j->len = len;
    }
    return j;
}

void dyad_jsonl_free(dyad_jsonl *j)
{
    if (!j)
        return;
    json_decref(j->cur);
    free(j);
}

static const char *str_field(json_t *o, const char *key, size_t *len)
{
    json_t *v = json_object_get(o, key);
    if (!json_is_string(v))
        return NULL;
    if (len)
        *len = json_string_length(v);
    return json_string_value(v);
}

dyad_status dyad_jsonl_next(dyad_jsonl *j, dyad_input *in, dyad_container_err *err)
{
    json_decref(j->cur);
    j->cur = NULL;
    while (j->pos < j->len) {
        const char *s = j->data + j->pos;
        const char *nl = memchr(s, '\n', j->len - j->pos);
        size_t n = nl ? (size_t)(nl - s) : j->len - j->pos;
        size_t start = j->pos;
        j->pos += n + (nl ? 1 : 0);
        j->line++;
        size_t k = 0;
        while (k < n && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r'))
            k++;
        if (k == n)
            continue; /* blank line */
        json_error_t je;
        json_t *o = json_loadb(s, n, JSON_DISABLE_EOF_CHECK | JSON_ALLOW_NUL, &je);
        memset(in, 0, sizeof *in);
        err->line = j->line;
        err->offset = start;
        if (!o) {
            snprintf(err->msg, sizeof err->msg, "not JSON: %s (column %d)", je.text, je.column);
            return DYAD_ERR_FORMAT;
        }
        if (!json_is_object(o)) {
            json_decref(o);
            snprintf(err->msg, sizeof err->msg, "not a JSON object");
            return DYAD_ERR_FORMAT;
        }
        size_t tl = 0;
        const char *text = str_field(o, "text", &tl);
        in->format = DYAD_FORMAT_TEXT;
        if (!text) {
            text = str_field(o, "html", &tl);
            in->format = DYAD_FORMAT_HTML;
        }
        if (!text) {
            json_decref(o);
            snprintf(err->msg, sizeof err->msg, "object has no \"text\" or \"html\" string");
            return DYAD_ERR_FORMAT;
        }
        j->cur = o;
        in->data = text;
        in->len = tl;
        in->line = j->line;
        in->offset = start;
        in->id = str_field(o, "id", NULL);
        in->url = str_field(o, "url", NULL);
        in->date = str_field(o, "date", NULL);
        in->title = str_field(o, "title", NULL);
        json_t *idv = json_object_get(o, "id");
        if (!in->id && json_is_integer(idv)) {
            /* numeric ids are common: keep them as text in the object */
            char num[32];
            snprintf(num, sizeof num, "%lld", (long long)json_integer_value(idv));
            json_object_set_new(o, "id", json_string(num));
            in->id = str_field(o, "id", NULL);
        }
        return DYAD_OK;
    }
    return DYAD_END;
}
