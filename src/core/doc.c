/* doc.c — the document: building it from a decoder's raw paragraphs
 * (normalise, clean, segment), its warnings, and the public accessors. */
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/events.h"
#include "statements/statements.h"
#include "time/time.h"
#include "text/lang.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int dyad_raw_add(dyad_raw_doc *raw, const char *text, size_t len, int kind, const char *why)
{
    if (raw->n_paras == raw->cap_paras) {
        size_t cap = raw->cap_paras ? raw->cap_paras * 2 : 32;
        dyad_raw_para *p = dyad_arena_grow(raw->arena, raw->paras, raw->n_paras, cap, sizeof *p);
        if (!p)
            return -1;
        raw->paras = p;
        raw->cap_paras = cap;
    }
    raw->paras[raw->n_paras++] = (dyad_raw_para){text, len, kind, why};
    return 0;
}

void dyad_doc_warn(dyad_doc *doc, const char *fmt, ...)
{
    dyad_warning_list *w = &doc->warnings;
    if (w->n >= 1000)
        return; /* a hostile input must not make the warning list huge */
    if (w->n == w->cap) {
        size_t cap = w->cap ? w->cap * 2 : 8;
        char **items = dyad_arena_grow(doc->arena, w->items, w->n, cap, sizeof *items);
        if (!items)
            return;
        w->items = items;
        w->cap = cap;
    }
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    char *m = dyad_arena_strdup(doc->arena, msg);
    if (m)
        w->items[w->n++] = m;
}

/* Normalise a metadata string: one line, trimmed; NULL when empty. */
static const char *norm_meta(dyad_doc *doc, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    if (n > 4096)
        n = 4096; /* a title is not a novel */
    dyad_buf b;
    dyad_buf_init(&b);
    dyad_text_normalise(&b, s, n, false, NULL, 0);
    const char *r = b.len ? dyad_arena_strndup(doc->arena, b.data, b.len) : NULL;
    dyad_buf_free(&b);
    return r;
}

static dyad_format sniff(const char *d, size_t n)
{
    size_t i = 0;
    if (n >= 3 && (unsigned char)d[0] == 0xEF && (unsigned char)d[1] == 0xBB && (unsigned char)d[2] == 0xBF)
        i = 3;
    while (i < n && (d[i] == ' ' || d[i] == '\n' || d[i] == '\r' || d[i] == '\t'))
        i++;
    if (i < n && d[i] == '<') {
        /* markup: <!DOCTYPE html>, <html>, <head>, <body>, <div>, <!-- --> */
        size_t lim = n - i < 2048 ? n - i : 2048;
        const char *p = d + i;
        for (size_t k = 0; k + 5 <= lim; k++)
            if (strncasecmp(p + k, "<html", 5) == 0 || strncasecmp(p + k, "<body", 5) == 0 ||
                strncasecmp(p + k, "<head", 5) == 0 || strncasecmp(p + k, "<!doc", 5) == 0 ||
                strncasecmp(p + k, "<div", 4) == 0 || strncasecmp(p + k, "<p>", 3) == 0 ||
                strncasecmp(p + k, "<meta", 5) == 0 || strncasecmp(p + k, "<arti", 5) == 0)
                return DYAD_FORMAT_HTML;
    }
    return DYAD_FORMAT_TEXT;
}

/* Copy s with each invalid UTF-8 byte replaced by U+FFFD: a source (file
 * name, WARC-Target-URI) is raw bytes, but the JSON output must be UTF-8. */
static const char *utf8_dup(dyad_arena *arena, const char *s)
{
    size_t n = strlen(s);
    char *out = dyad_arena_alloc(arena, n * 3 + 1);
    if (!out)
        return NULL;
    size_t o = 0;
    for (size_t i = 0, k; i < n; i += k) {
        if (dyad_utf8_decode((const unsigned char *)s + i, n - i, &k) < 0) {
            memcpy(out + o, "\xEF\xBF\xBD", 3);
            o += 3;
        } else {
            memcpy(out + o, s + i, k);
            o += k;
        }
    }
    out[o] = 0;
    return out;
}

/* Keep only "YYYY-MM-DD" of an ISO date-time, after checking its shape. */
static const char *iso_day(dyad_doc *doc, const char *s)
{
    if (!s)
        return NULL;
    char iso[11];
    size_t n = dyad_date_parse(s, strlen(s), 0, iso);
    return n ? dyad_arena_strdup(doc->arena, iso) : NULL;
}

dyad_status dyad_doc_read(const dyad_engine *eng, const dyad_input *in, const dyad_doc_options *opt,
                          dyad_doc **out)
{
    *out = NULL;
    if (!eng || !in || (!in->data && in->len))
        return DYAD_ERR_ARG;
    dyad_arena *arena = dyad_arena_new(in->len * 16 + (64u << 20));
    if (!arena)
        return DYAD_ERR_NOMEM;
    dyad_doc *doc = dyad_arena_alloc(arena, sizeof *doc);
    if (!doc) {
        dyad_arena_free(arena);
        return DYAD_ERR_NOMEM;
    }
    *out = doc;
    doc->arena = arena;
    doc->eng = eng;
    doc->source = utf8_dup(arena, in->source ? in->source : "-");
    doc->offset = in->offset;
    doc->line = in->line;
    if (in->len > DYAD_MAX_DOC_BYTES) {
        doc->errmsg = dyad_arena_printf(arena, "document of %zu bytes exceeds the limit of %zu",
                                        in->len, DYAD_MAX_DOC_BYTES);
        return DYAD_ERR_TOOBIG;
    }

    dyad_raw_doc raw = {.arena = arena, .eng = eng};
    dyad_format fmt = in->format;
    if (fmt != DYAD_FORMAT_TEXT && fmt != DYAD_FORMAT_HTML)
        fmt = sniff(in->data, in->len);
    const char *err = NULL;
    dyad_status st = fmt == DYAD_FORMAT_HTML
                         ? dyad_ingest_html(&raw, in->data, in->len, in->charset, &err)
                         : dyad_ingest_text(&raw, in->data, in->len, &err);
    if (st == DYAD_OK && fmt == DYAD_FORMAT_HTML)
        st = dyad_ingest_metalines(&raw);
    if (st != DYAD_OK) {
        doc->errmsg = err ? err : dyad_strerror(st);
        return st;
    }

    /* Container metadata wins over what the decoder guessed from the
     * content, except for fields the container does not have. */
    doc->id = norm_meta(doc, in->id);
    doc->url = norm_meta(doc, in->url ? in->url : raw.url);
    doc->title = norm_meta(doc, in->title ? in->title : raw.title);
    doc->author = norm_meta(doc, raw.author);
    doc->outlet = norm_meta(doc, raw.outlet);
    doc->dateline = norm_meta(doc, raw.dateline);
    doc->date = iso_day(doc, in->date ? in->date : raw.date);
    if (!doc->date && raw.date)
        doc->date = iso_day(doc, raw.date);
    if (opt && opt->date && (!doc->date || opt->force_date))
        doc->date = iso_day(doc, opt->date);
    doc->keep_negated = opt && opt->keep_negated;
    doc->lang = raw.lang ? dyad_arena_strdup(arena, raw.lang) : NULL;

    /* Paragraphs → one normalised text, joined by "\n\n". */
    dyad_buf text;
    dyad_buf_init(&text);
    text.cap_max = DYAD_MAX_DOC_BYTES;
    /* normalised text is rarely longer than its input: one allocation */
    dyad_buf_reserve(&text, in->len < DYAD_MAX_DOC_BYTES - 64 ? in->len + 64 : 0);
    text.failed = 0; /* a reservation refused here is retried as it grows */
    doc->paras = dyad_arena_array(arena, raw.n_paras ? raw.n_paras : 1, sizeof *doc->paras);
    if (!doc->paras) {
        dyad_buf_free(&text);
        return DYAD_ERR_NOMEM;
    }
    for (size_t i = 0; i < raw.n_paras; i++) {
        const dyad_raw_para *rp = &raw.paras[i];
        size_t before = text.len;
        if (before)
            dyad_buf_add(&text, "\n\n", 2);
        size_t start = text.len;
        uint64_t base = (rp->text >= in->data && rp->text <= in->data + in->len)
                            ? (uint64_t)(rp->text - in->data)
                            : 0;
        if (dyad_text_normalise(&text, rp->text, rp->len, fmt == DYAD_FORMAT_TEXT, doc, base))
            break;
        if (text.len == start) { /* nothing left after normalising */
            text.len = before;
            continue;
        }
        dyad_paragraph *p = &doc->paras[doc->n_paras++];
        p->span.start = (uint32_t)start;
        p->span.end = (uint32_t)text.len;
        p->kind = rp->kind < 0 ? DYAD_PARA_BODY : (dyad_para_kind)rp->kind;
        p->why = rp->why;
    }
    if (text.failed) {
        dyad_buf_free(&text);
        doc->errmsg = "document text exceeds the size limit";
        return DYAD_ERR_TOOBIG;
    }
    doc->text = dyad_arena_strndup(arena, text.data ? text.data : "", text.len);
    doc->text_len = text.len;
    dyad_buf_free(&text);
    if (!doc->text)
        return DYAD_ERR_NOMEM;
    if ((st = dyad_clean(doc)) != DYAD_OK)
        return st;
    if ((st = dyad_segment(doc)) != DYAD_OK)
        return st;
    if (!doc->lang)
        doc->lang = dyad_lang_guess(eng, doc->text, doc->text_len);
    if (dyad_arena_failed(arena)) {
        doc->errmsg = "out of memory";
        return DYAD_ERR_NOMEM;
    }
    return DYAD_OK;
}

dyad_status dyad_doc_run(dyad_doc *doc, unsigned stages)
{
    if (!doc || !doc->text)
        return DYAD_ERR_ARG;
    if (!doc->analysis) {
        doc->analysis = dyad_arena_alloc(doc->arena, sizeof *doc->analysis);
        if (!doc->analysis)
            return DYAD_ERR_NOMEM;
    }
    dyad_analysis *an = doc->analysis;
    dyad_status st = DYAD_OK;
    if ((stages & (DYAD_STAGE_ACTORS | DYAD_STAGE_STATEMENTS | DYAD_STAGE_EVENTS)) &&
        !(doc->stages_done & DYAD_STAGE_ACTORS)) {
        an->actors = dyad_arena_alloc(doc->arena, sizeof *an->actors);
        if (!an->actors)
            return DYAD_ERR_NOMEM;
        if ((st = dyad_actors_stage(doc, an->actors)) != DYAD_OK)
            return st;
        doc->stages_done |= DYAD_STAGE_ACTORS;
    }
    if ((stages & DYAD_STAGE_STATEMENTS) && !(doc->stages_done & DYAD_STAGE_STATEMENTS)) {
        an->statements = dyad_arena_alloc(doc->arena, sizeof *an->statements);
        if (!an->statements)
            return DYAD_ERR_NOMEM;
        if ((st = dyad_statements_stage(doc, an->statements)) != DYAD_OK)
            return st;
        doc->stages_done |= DYAD_STAGE_STATEMENTS;
    }
    if ((stages & DYAD_STAGE_EVENTS) && !(doc->stages_done & DYAD_STAGE_EVENTS)) {
        /* events use the statements (quote links, dates) and times: make
         * sure they exist first */
        if (!(doc->stages_done & DYAD_STAGE_STATEMENTS)) {
            an->statements = dyad_arena_alloc(doc->arena, sizeof *an->statements);
            if (!an->statements || (st = dyad_statements_stage(doc, an->statements)) != DYAD_OK)
                return an->statements ? st : DYAD_ERR_NOMEM;
            doc->stages_done |= DYAD_STAGE_STATEMENTS;
        }
        if (!(doc->stages_done & DYAD_STAGE_TIME)) {
            an->times = dyad_arena_alloc(doc->arena, sizeof *an->times);
            if (!an->times || (st = dyad_time_stage(doc, an->times)) != DYAD_OK)
                return an->times ? st : DYAD_ERR_NOMEM;
            doc->stages_done |= DYAD_STAGE_TIME;
        }
        if (an->statements && an->times)
            dyad_statements_date(doc, an->statements, an->times);
        an->events = dyad_arena_alloc(doc->arena, sizeof *an->events);
        if (!an->events)
            return DYAD_ERR_NOMEM;
        if ((st = dyad_events_stage(doc, an->events)) != DYAD_OK)
            return st;
        doc->stages_done |= DYAD_STAGE_EVENTS;
    }
    if ((stages & (DYAD_STAGE_TIME | DYAD_STAGE_STATEMENTS | DYAD_STAGE_EVENTS)) &&
        !(doc->stages_done & DYAD_STAGE_TIME)) {
        an->times = dyad_arena_alloc(doc->arena, sizeof *an->times);
        if (!an->times)
            return DYAD_ERR_NOMEM;
        if ((st = dyad_time_stage(doc, an->times)) != DYAD_OK)
            return st;
        doc->stages_done |= DYAD_STAGE_TIME;
    }
    if (an->statements && an->times)
        dyad_statements_date(doc, an->statements, an->times);
    if (an->statements && an->actors)
        dyad_statements_link(doc, an->statements, an->actors);
    return dyad_arena_failed(doc->arena) ? DYAD_ERR_NOMEM : DYAD_OK;
}

void dyad_doc_free(dyad_doc *doc)
{
    if (doc)
        dyad_arena_free(doc->arena);
}

const char *dyad_doc_errmsg(const dyad_doc *doc) { return doc && doc->errmsg ? doc->errmsg : ""; }
size_t dyad_doc_warning_count(const dyad_doc *doc) { return doc->warnings.n; }
const char *dyad_doc_warning(const dyad_doc *doc, size_t i)
{
    return i < doc->warnings.n ? doc->warnings.items[i] : NULL;
}

const char *dyad_doc_text(const dyad_doc *doc, size_t *len)
{
    if (len)
        *len = doc->text_len;
    return doc->text ? doc->text : "";
}

const char *dyad_doc_meta(const dyad_doc *doc, dyad_meta which)
{
    switch (which) {
    case DYAD_META_ID: return doc->id;
    case DYAD_META_SOURCE: return doc->source;
    case DYAD_META_URL: return doc->url;
    case DYAD_META_TITLE: return doc->title;
    case DYAD_META_AUTHOR: return doc->author;
    case DYAD_META_OUTLET: return doc->outlet;
    case DYAD_META_DATELINE: return doc->dateline;
    case DYAD_META_DATE: return doc->date;
    case DYAD_META_LANG: return doc->lang;
    }
    return NULL;
}

const char *dyad_para_kind_name(dyad_para_kind k)
{
    static const char *const names[] = {"title", "dateline", "body", "caption", "boilerplate"};
    return (unsigned)k < 5 ? names[k] : "body";
}

const char *dyad_tok_class_name(dyad_tok_class c)
{
    static const char *const names[] = {"word", "number", "punct", "quote_open",
                                        "quote_close", "dash", "apostrophe", "symbol"};
    return (unsigned)c < 8 ? names[c] : "symbol";
}

size_t dyad_doc_paragraph_count(const dyad_doc *doc) { return doc->n_paras; }
const dyad_paragraph *dyad_doc_paragraph(const dyad_doc *doc, size_t i)
{
    return i < doc->n_paras ? &doc->paras[i] : NULL;
}
size_t dyad_doc_sentence_count(const dyad_doc *doc) { return doc->n_sents; }
const dyad_sentence *dyad_doc_sentence(const dyad_doc *doc, size_t i)
{
    return i < doc->n_sents ? &doc->sents[i] : NULL;
}
size_t dyad_doc_token_count(const dyad_doc *doc) { return doc->n_toks; }
const dyad_token *dyad_doc_token(const dyad_doc *doc, size_t i)
{
    return i < doc->n_toks ? &doc->toks[i] : NULL;
}

dyad_status dyad_doc_json(const dyad_doc *doc, unsigned fields, char **out, size_t *len)
{
    dyad_buf b;
    dyad_buf_init(&b);
    /* room for the usual output at once: the text (with a little escaping),
     * the spans, the metadata */
    size_t guess = 1024 + doc->n_paras * 48 + doc->n_sents * 24;
    if (fields & DYAD_JSON_TEXT)
        guess += doc->text_len + doc->text_len / 16;
    if (fields & DYAD_JSON_TOKENS)
        guess += doc->n_toks * 32;
    dyad_buf_reserve(&b, guess);
    b.failed = 0; /* a refused guess is retried as the output grows */
    dyad_status st = dyad_emit_json(doc, fields, &b);
    if (st != DYAD_OK || b.failed) {
        dyad_buf_free(&b);
        *out = NULL;
        *len = 0;
        return st != DYAD_OK ? st : DYAD_ERR_NOMEM;
    }
    dyad_buf_cstr(&b);
    *out = b.data;
    *len = b.len;
    return DYAD_OK;
}

int dyad_output_from_name(const char *name)
{
    static const char *const names[] = {"json", "csv", "tsv", "petrarch-xml"};
    for (int i = 0; i < 4; i++)
        if (strcmp(name, names[i]) == 0)
            return i;
    return -1;
}

const char *dyad_output_header(dyad_output f)
{
    switch (f) {
    case DYAD_OUT_CSV: return dyad_events_csv_header();
    case DYAD_OUT_TSV: return dyad_events_tsv_header();
    case DYAD_OUT_PETRARCH_XML: return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Sentences>\n";
    default: return "";
    }
}

const char *dyad_output_footer(dyad_output f) { return f == DYAD_OUT_PETRARCH_XML ? "</Sentences>\n" : ""; }

dyad_status dyad_doc_render(const dyad_doc *doc, dyad_output f, unsigned fields, char **out, size_t *len)
{
    if (f == DYAD_OUT_JSON)
        return dyad_doc_json(doc, fields, out, len);
    dyad_buf b;
    dyad_buf_init(&b);
    const dyad_event_list *ev = doc->analysis ? doc->analysis->events : NULL;
    char idbuf[24];
    const char *id = doc->id;
    if (!id) {
        snprintf(idbuf, sizeof idbuf, "%016llx", (unsigned long long)dyad_doc_hash(doc));
        id = idbuf;
    }
    if (ev) {
        if (f == DYAD_OUT_CSV)
            dyad_events_emit_csv(doc, id, ev, &b);
        else if (f == DYAD_OUT_TSV)
            dyad_events_emit_tsv(doc, id, ev, &b);
        else
            dyad_events_emit_petrarch_xml(doc, id, ev, &b);
    }
    if (b.failed) {
        dyad_buf_free(&b);
        return DYAD_ERR_NOMEM;
    }
    dyad_buf_cstr(&b);
    *out = b.data ? b.data : calloc(1, 1);
    *len = b.len;
    return *out ? DYAD_OK : DYAD_ERR_NOMEM;
}
