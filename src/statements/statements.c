/* statements.c — the statements stage's names and JSON output. */
#include "actors/actors.h"
#include "statements/statements.h"
#include "time/time.h"

#include <string.h>

const char *dyad_stmt_kind_name(dyad_stmt_kind k)
{
    static const char *const names[] = {"direct", "indirect", "mixed", "partial"};
    return (unsigned)k < 4 ? names[k] : "direct";
}

static void text_of(dyad_buf *b, const dyad_doc *doc, dyad_span s)
{
    dyad_buf_json_str(b, doc->text + s.start, s.end - s.start);
}

void dyad_statements_date(dyad_doc *doc, dyad_statement_list *list, const dyad_time_list *times)
{
    size_t t = 0;
    for (size_t i = 0; i < list->n; i++) {
        dyad_statement *st = &list->items[i];
        st->date = doc->date;
        st->date_time = -1;
        const dyad_sentence *s = &doc->sents[st->sent];
        /* times are in text order: move to the first in this sentence
         * (statements are sorted by content, so step back when needed) */
        while (t > 0 && times->items[t - 1].span.start >= s->span.start)
            t--;
        while (t < times->n && times->items[t].span.start < s->span.start)
            t++;
        for (size_t k = t; k < times->n && times->items[k].span.end <= s->span.end; k++) {
            const dyad_time_expr *x = &times->items[k];
            bool inside = false;
            for (uint8_t f = 0; f < st->n_frags && !inside; f++)
                inside = x->span.start >= st->frags[f].start && x->span.end <= st->frags[f].end;
            if (x->span.start >= st->span.start && x->span.end <= st->span.end)
                inside = true;
            if (inside || x->role != DYAD_TIME_AT || !x->value[0] || x->granularity != DYAD_TIME_DAY)
                continue;
            st->date = dyad_arena_strdup(doc->arena, x->value);
            st->date_time = (int)k;
            break;
        }
    }
}

void dyad_statements_link(dyad_doc *doc, dyad_statement_list *list, const dyad_actor_list *actors)
{
    (void)doc;
    for (size_t i = 0; i < list->n; i++) {
        dyad_statement *st = &list->items[i];
        st->speaker_actor = -1;
        int m = st->has_speaker ? dyad_actors_mention_at(actors, st->speaker_span) : -1;
        if (m < 0 && st->has_speaker_ref)
            m = dyad_actors_mention_at(actors, st->speaker_ref);
        if (m >= 0)
            st->speaker_actor = actors->mentions[m].actor;
    }
}

void dyad_statements_emit_json(const dyad_doc *doc, const dyad_statement_list *list, dyad_buf *b)
{
    dyad_buf_addc(b, '[');
    for (size_t i = 0; i < list->n; i++) {
        const dyad_statement *st = &list->items[i];
        if (i)
            dyad_buf_addc(b, ',');
        const char *kind = dyad_stmt_kind_name(st->kind);
        dyad_buf_add(b, "{\"id\":\"s", 8);
        dyad_buf_add_uint(b, i + 1);
        dyad_buf_add(b, "\",\"kind\":\"", 10);
        dyad_buf_add(b, kind, strlen(kind));
        dyad_buf_add(b, "\",\"text\":", 9);
        if (st->n_frags > 1) {
            /* the fragments without the interrupting "he said" */
            dyad_buf tmp;
            dyad_buf_init(&tmp);
            for (uint8_t f = 0; f < st->n_frags; f++) {
                if (f)
                    dyad_buf_add(&tmp, " … ", 5);
                dyad_buf_add(&tmp, doc->text + st->frags[f].start, st->frags[f].end - st->frags[f].start);
            }
            dyad_buf_json_str(b, tmp.data ? tmp.data : "", tmp.len);
            dyad_buf_free(&tmp);
        } else
            text_of(b, doc, st->span);
        dyad_buf_add(b, ",\"span\":", 8);
        dyad_emit_span(b, st->span);
        if (st->n_frags > 1) {
            dyad_buf_add(b, ",\"fragments\":[", 14);
            for (uint8_t f = 0; f < st->n_frags; f++) {
                if (f)
                    dyad_buf_addc(b, ',');
                dyad_emit_span(b, st->frags[f]);
            }
            dyad_buf_addc(b, ']');
        }
        dyad_buf_add(b, ",\"speaker\":", 11);
        if (st->speaker_actor >= 0)
        {
            dyad_buf_add(b, "\"a", 2);
            dyad_buf_add_uint(b, (uint64_t)st->speaker_actor + 1);
            dyad_buf_addc(b, '"');
        }
        else
            dyad_buf_add(b, "null", 4);
        if (st->has_speaker) {
            dyad_buf_add(b, ",\"speaker_text\":", 16);
            text_of(b, doc, st->speaker_span);
            dyad_buf_add(b, ",\"speaker_span\":", 16);
            dyad_emit_span(b, st->speaker_span);
        }
        if (st->has_speaker_ref) {
            dyad_buf_add(b, ",\"speaker_ref\":", 15);
            text_of(b, doc, st->speaker_ref);
            dyad_buf_add(b, ",\"speaker_ref_span\":", 20);
            dyad_emit_span(b, st->speaker_ref);
        }
        if (st->attributed_to) {
            dyad_buf_add(b, ",\"attributed_to\":", 17);
            dyad_buf_json_str(b, st->attributed_to, strlen(st->attributed_to));
        }
        dyad_buf_add(b, ",\"cue\":", 7);
        if (st->cue) {
            const char *cue = st->cue_text ? st->cue_text : st->cue;
            dyad_buf_json_str(b, cue, strlen(cue));
            dyad_buf_add(b, ",\"cue_lemma\":", 13);
            dyad_buf_json_str(b, st->cue, strlen(st->cue));
            if (st->cue_span.end > st->cue_span.start) {
                dyad_buf_add(b, ",\"cue_span\":", 12);
                dyad_emit_span(b, st->cue_span);
            }
        } else
            dyad_buf_add(b, "null", 4);
        if (st->has_addressee) {
            dyad_buf_add(b, ",\"addressee\":", 13);
            text_of(b, doc, st->addressee_span);
            dyad_buf_add(b, ",\"addressee_span\":", 18);
            dyad_emit_span(b, st->addressee_span);
        }
        const char *date = st->date ? st->date : doc->date;
        dyad_buf_add(b, ",\"date\":", 8);
        if (date)
            dyad_buf_json_str(b, date, strlen(date));
        else
            dyad_buf_add(b, "null", 4);
        dyad_buf_addc(b, '}');
    }
    dyad_buf_addc(b, ']');
}
