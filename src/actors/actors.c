/* actors.c — the actors stage's entry point, its output, and the lookups
 * it shares with later stages. */
#include "actors/actors_int.h"

#include <stdlib.h>
#include <string.h>

const char *dyad_actor_kind_name(dyad_actor_kind k)
{
    static const char *const names[] = {"person", "organisation", "country", "group"};
    return (unsigned)k < 4 ? names[k] : "organisation";
}

const char *act_country_name(const act_ctx *c, const char *code)
{
    int i = dyad_strmap_get(&c->eng->country_by_code, code, strlen(code));
    if (i < 0)
        return NULL;
    return dyad_lexicon_entry(c->eng->lexicon, (size_t)i)->name;
}

bool dyad_code_is_region(const char *code)
{
    /* data/regions.txt: one CAMEO region code a line */
    const dyad_blob *b = code ? dyad_builtin_find("regions.txt") : NULL;
    if (!b)
        return false;
    size_t cl = strlen(code), n;
    dyad_lines it = {(const char *)b->data, (const char *)b->data + b->len, 0};
    const char *line;
    while ((line = dyad_lines_next(&it, &n)))
        if (n == cl && !memcmp(line, code, n))
            return true;
    return false;
}

static int cmp_mention(const void *a, const void *b)
{
    const dyad_mention *x = a, *y = b;
    if (x->span.start != y->span.start)
        return x->span.start < y->span.start ? -1 : 1;
    return x->actor < y->actor ? -1 : x->actor > y->actor;
}

/* Sort mentions into text order and rebuild each actor's chain. */
static void relink(dyad_actor_list *l)
{
    if (l->n_mentions > 1)
        qsort(l->mentions, l->n_mentions, sizeof *l->mentions, cmp_mention);
    for (size_t i = 0; i < l->n; i++) {
        l->items[i].first_mention = l->items[i].last_mention = -1;
        l->items[i].n_mentions = 0;
    }
    for (size_t k = 0; k < l->n_mentions; k++) {
        dyad_mention *m = &l->mentions[k];
        dyad_actor *a = &l->items[m->actor];
        m->next = -1;
        if (a->last_mention >= 0)
            l->mentions[a->last_mention].next = (int)k;
        else
            a->first_mention = (int)k;
        a->last_mention = (int)k;
        a->n_mentions++;
    }
}

/* Drop actors that ended with no mention (a country entity made for a
 * demonym that was only an adjective), renumbering mentions. */
static void compact(dyad_doc *doc, dyad_actor_list *l)
{
    int *map = dyad_arena_array(doc->arena, l->n ? l->n : 1, sizeof *map);
    if (!map)
        return;
    size_t o = 0;
    for (size_t i = 0; i < l->n; i++) {
        bool used = false;
        for (size_t k = 0; k < l->n_mentions && !used; k++)
            used = l->mentions[k].actor == (int)i;
        map[i] = used ? (int)o : -1;
        if (used)
            l->items[o++] = l->items[i];
    }
    l->n = o;
    for (size_t k = 0; k < l->n_mentions; k++)
        l->mentions[k].actor = map[l->mentions[k].actor];
}

dyad_status dyad_actors_stage(dyad_doc *doc, dyad_actor_list *out)
{
    memset(out, 0, sizeof *out);
    if (!doc->eng->lexicon)
        return DYAD_OK;
    act_ctx c = {.doc = doc, .eng = doc->eng, .tk = doc->toks, .out = out};
    c.sent_of_tok = dyad_arena_array(doc->arena, doc->n_toks ? doc->n_toks : 1, sizeof *c.sent_of_tok);
    if (!c.sent_of_tok)
        return DYAD_ERR_NOMEM;
    for (size_t s = 0; s < doc->n_sents; s++)
        for (uint32_t i = doc->sents[s].tok_first; i < doc->sents[s].tok_end; i++)
            c.sent_of_tok[i] = (uint32_t)s;
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_paragraph *p = &doc->paras[doc->sents[s].para];
        if (p->kind == DYAD_PARA_BOILERPLATE || p->kind == DYAD_PARA_DATELINE)
            continue;
        size_t first_mention = out->n_mentions;
        if (act_sentence(&c, s) || act_new_actors(&c, s, first_mention))
            return DYAD_ERR_NOMEM;
    }
    if (act_pronouns(&c))
        return DYAD_ERR_NOMEM;
    compact(doc, out);
    relink(out);
    return dyad_arena_failed(doc->arena) ? DYAD_ERR_NOMEM : DYAD_OK;
}

int dyad_actors_mention_at(const dyad_actor_list *l, dyad_span s)
{
    /* mentions are in text order: binary search the first ending after
     * s.start, then look at the few that overlap */
    size_t lo = 0, hi = l->n_mentions;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (l->mentions[mid].span.start + 256 < s.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    int best = -1;
    uint32_t best_len = 0;
    for (size_t k = lo; k < l->n_mentions && l->mentions[k].span.start < s.end; k++) {
        const dyad_mention *m = &l->mentions[k];
        uint32_t a = m->span.start > s.start ? m->span.start : s.start;
        uint32_t b = m->span.end < s.end ? m->span.end : s.end;
        if (b > a && b - a > best_len) {
            best_len = b - a;
            best = (int)k;
        }
    }
    return best;
}

void dyad_actors_emit_json(const dyad_doc *doc, const dyad_actor_list *l, dyad_buf *b)
{
    dyad_buf_addc(b, '[');
    for (size_t i = 0; i < l->n; i++) {
        const dyad_actor *a = &l->items[i];
        if (i)
            dyad_buf_addc(b, ',');
        dyad_buf_add(b, "{\"id\":\"a", 8);
        dyad_buf_add_uint(b, i + 1);
        dyad_buf_add(b, "\",\"name\":", 9);
        dyad_buf_json_str(b, a->name, strlen(a->name));
        dyad_buf_add(b, ",\"kind\":\"", 9);
        dyad_buf_adds(b, dyad_actor_kind_name(a->kind));
        dyad_buf_add(b, "\",\"codes\":[", 11);
        for (uint8_t k = 0; k < a->n_codes; k++) {
            if (k)
                dyad_buf_addc(b, ',');
            dyad_buf_json_str(b, a->codes[k], strlen(a->codes[k]));
        }
        dyad_buf_add(b, "],\"roles\":[", 11);
        for (uint8_t k = 0; k < a->n_roles; k++) {
            if (k)
                dyad_buf_addc(b, ',');
            dyad_buf_json_str(b, a->roles[k], strlen(a->roles[k]));
        }
        dyad_buf_add(b, "],\"mentions\":[", 14);
        int k = 0;
        for (int m = a->first_mention; m >= 0; m = l->mentions[m].next, k++) {
            if (k)
                dyad_buf_addc(b, ',');
            dyad_emit_span(b, l->mentions[m].span);
        }
        dyad_buf_addc(b, ']');
        if (a->entry) {
            /* where the dictionary says so: for an audit of the coding */
            dyad_buf_add(b, ",\"source\":", 10);
            char src[256];
            int n = snprintf(src, sizeof src, "%s:%u", a->entry->file ? a->entry->file : "?", a->entry->line);
            dyad_buf_json_str(b, src, n > 0 && (size_t)n < sizeof src ? (size_t)n : 0);
        }
        dyad_buf_addc(b, '}');
    }
    dyad_buf_addc(b, ']');
    (void)doc;
}
