/* json.c — one document as one JSON object on one line (DESIGN "Output").
 * Field order follows DESIGN; absent metadata is written as null so every
 * object has the same keys. */
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/events.h"
#include "statements/statements.h"
#include "time/time.h"

#include <string.h>
#include <xxhash.h>

static void key(dyad_buf *b, const char *k, bool *first)
{
    if (!*first)
        dyad_buf_addc(b, ',');
    *first = false;
    dyad_buf_addc(b, '"');
    dyad_buf_adds(b, k);
    dyad_buf_add(b, "\":", 2);
}

static void str_or_null(dyad_buf *b, const char *s)
{
    if (s)
        dyad_buf_json_str(b, s, strlen(s));
    else
        dyad_buf_add(b, "null", 4);
}

/* Decimal digits of v at the end of buf[10]; returns where they start. */
static char *u32_digits(uint32_t v, char *end)
{
    do {
        *--end = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    return end;
}

uint64_t dyad_doc_hash(const dyad_doc *doc) { return XXH3_64bits(doc->text, doc->text_len); }

void dyad_emit_span(dyad_buf *b, dyad_span s)
{
    char tmp[24];
    char *end = tmp + sizeof tmp;
    *--end = ']';
    end = u32_digits(s.end, end);
    *--end = ',';
    end = u32_digits(s.start, end);
    *--end = '[';
    dyad_buf_add(b, end, (size_t)(tmp + sizeof tmp - end));
}

dyad_status dyad_emit_json(const dyad_doc *doc, unsigned fields, dyad_buf *b)
{
    bool first = true;
    dyad_buf_addc(b, '{');
    if (fields & DYAD_JSON_META) {
        key(b, "id", &first);
        if (doc->id)
            str_or_null(b, doc->id);
        else {
            /* a stable id from the text, so re-runs agree */
            dyad_buf_printf(b, "\"%016llx\"", (unsigned long long)dyad_doc_hash(doc));
        }
        key(b, "source", &first);
        str_or_null(b, doc->source);
        if (doc->line) {
            key(b, "line", &first);
            dyad_buf_printf(b, "%u", doc->line);
        }
        key(b, "url", &first);
        str_or_null(b, doc->url);
        key(b, "title", &first);
        str_or_null(b, doc->title);
        key(b, "author", &first);
        str_or_null(b, doc->author);
        key(b, "outlet", &first);
        str_or_null(b, doc->outlet);
        key(b, "dateline", &first);
        str_or_null(b, doc->dateline);
        key(b, "date", &first);
        str_or_null(b, doc->date);
        key(b, "lang", &first);
        str_or_null(b, doc->lang);
        if (doc->warnings.n) {
            key(b, "warnings", &first);
            dyad_buf_addc(b, '[');
            for (size_t i = 0; i < doc->warnings.n; i++) {
                if (i)
                    dyad_buf_addc(b, ',');
                str_or_null(b, doc->warnings.items[i]);
            }
            dyad_buf_addc(b, ']');
        }
    }
    const dyad_analysis *an = doc->analysis;
    if ((fields & DYAD_JSON_ACTORS) && an && an->actors) {
        key(b, "actors", &first);
        dyad_actors_emit_json(doc, an->actors, b);
    }
    if ((fields & DYAD_JSON_STATEMENTS) && an && an->statements) {
        key(b, "statements", &first);
        dyad_statements_emit_json(doc, an->statements, b);
    }
    if ((fields & DYAD_JSON_EVENTS) && an && an->events) {
        key(b, "events", &first);
        dyad_events_emit_json(doc, an->events, b);
        key(b, "mediations", &first);
        dyad_mediations_emit_json(doc, an->events, b);
    }
    if ((fields & DYAD_JSON_TIMES) && an && an->times) {
        key(b, "times", &first);
        dyad_time_emit_json(an->times, doc, b);
    }
    if (fields & DYAD_JSON_PARAGRAPHS) {
        key(b, "paragraphs", &first);
        dyad_buf_addc(b, '[');
        for (size_t i = 0; i < doc->n_paras; i++) {
            const dyad_paragraph *p = &doc->paras[i];
            if (i)
                dyad_buf_addc(b, ',');
            dyad_buf_add(b, "{\"kind\":\"", 9);
            dyad_buf_adds(b, dyad_para_kind_name(p->kind));
            dyad_buf_add(b, "\",\"span\":", 9);
            dyad_emit_span(b, p->span);
            if (p->why) {
                dyad_buf_add(b, ",\"why\":", 7);
                str_or_null(b, p->why);
            }
            dyad_buf_addc(b, '}');
        }
        dyad_buf_addc(b, ']');
    }
    if (fields & DYAD_JSON_SENTENCES) {
        key(b, "sentences", &first);
        dyad_buf_addc(b, '[');
        for (size_t i = 0; i < doc->n_sents; i++) {
            if (i)
                dyad_buf_addc(b, ',');
            dyad_emit_span(b, doc->sents[i].span);
        }
        dyad_buf_addc(b, ']');
    }
    if (fields & DYAD_JSON_TOKENS) {
        key(b, "tokens", &first);
        dyad_buf_addc(b, '[');
        for (size_t i = 0; i < doc->n_toks; i++) {
            const dyad_token *t = &doc->toks[i];
            if (i)
                dyad_buf_addc(b, ',');
            dyad_buf_printf(b, "[%u,%u,\"%s\"]", t->span.start, t->span.end,
                            dyad_tok_class_name((dyad_tok_class)t->cls));
        }
        dyad_buf_addc(b, ']');
    }
    if (fields & DYAD_JSON_TEXT) {
        key(b, "text", &first);
        dyad_buf_json_str(b, doc->text, doc->text_len);
    }
    dyad_buf_add(b, "}\n", 2);
    return b->failed ? DYAD_ERR_NOMEM : DYAD_OK;
}
