/* html_extract.c — find the article in a flattened page (html_int.h) and
 * add its paragraphs to the raw document.
 *
 * The method is Readability's (Mozilla's Readability.js, also behind
 * readability-lxml), reimplemented over arrays so that it stays linear:
 *   1. each paragraph-like element (p, pre, td, section, h2-h6, a div
 *      without block children, a run of text directly in a div) of at least
 *      25 characters scores 1 + commas + one point per 100 characters (at
 *      most 3), added to its parent, half to the grandparent and a third
 *      of a level's share further up (five levels);
 *   2. an element starts from its tag (div +5, pre/td/blockquote +3, lists
 *      and forms -3, headings -5) and its class/id words (±25,
 *      data/html.txt); its final score is multiplied by 1 - link density;
 *   3. the best element wins, moved up to an ancestor that several good
 *      candidates share or that scores nearly as well, and its siblings join
 *      when they score enough or are link-free paragraphs;
 *   4. inside the winner, lists, tables, divs and forms that look like
 *      clutter (more links than text, more images than paragraphs, inputs)
 *      are set aside as boilerplate; share bars, related lists, ads and
 *      newsletter boxes (class words) are kept as boilerplate with reason;
 *   5. when that leaves under 500 characters, the steps are redone without
 *      removing "unlikely" elements, then without class weights, then
 *      without step 4, and the longest result is used.
 * Every sum over a subtree is made once per pass, bottom-up. */
#include "html_int.h"

#include <math.h>
#include <string.h>

enum { PASS_STRIP_UNLIKELY = 1, PASS_WEIGHT_CLASSES = 2, PASS_CLEAN = 4 };

typedef struct pass {
    uint8_t *removed;  /* 1 hidden/dropped from scoring (inherited) */
    uint8_t *in;       /* inside the chosen article */
    uint8_t *cleaned;  /* set aside by step 4 (inherited) */
    int top;
    double body_chars; /* text kept */
} pass;

static bool is_heading(int t) { return t >= T_H1 && t <= T_H6; }

static double tag_score(int t)
{
    switch (t) {
    case T_DIV: return 5;
    case T_PRE: case T_TD: case T_BLOCKQUOTE: return 3;
    case T_ADDRESS: case T_OL: case T_UL: case T_DL: case T_DD: case T_DT: case T_LI: case T_FORM: return -3;
    case T_H1: case T_H2: case T_H3: case T_H4: case T_H5: case T_H6: case T_TH: return -5;
    default: return 0;
    }
}

static double link_density(const hnode *h) { return h->chars > 0 ? h->link_chars / h->chars : 0; }

static void add_score(html_page *pg, int node, double content, int level, unsigned flags)
{
    hnode *h = &pg->nodes[node];
    if (!h->scored) {
        h->scored = true;
        h->score = tag_score(h->tag) + ((flags & PASS_WEIGHT_CLASSES) ? h->class_weight : 0);
    }
    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
    h->score += content / divider;
}

static void score_unit(html_page *pg, int first_ancestor, double chars, double commas, unsigned flags)
{
    if (chars < 25 || first_ancestor < 0)
        return;
    double content = 1 + commas + fmin(floor(chars / 100), 3);
    int a = first_ancestor;
    for (int level = 0; level < 5 && a >= 0; level++, a = pg->nodes[a].parent)
        add_score(pg, a, content, level, flags);
}

/* Does the paragraph element's text end a sentence (". " or final ".")? */
static bool ends_with_period(const html_page *pg, int node, const int *last_block)
{
    int b = last_block[node];
    if (b < 0)
        return false;
    const hblock *bl = &pg->blocks[b];
    size_t n = bl->len;
    while (n && (unsigned char)bl->text[n - 1] <= ' ')
        n--;
    return n && bl->text[n - 1] == '.';
}

/* Readability's "clean conditionally": is this list/table/div/form clutter? */
static bool looks_like_clutter(const html_page *pg, int i, unsigned flags)
{
    const hnode *h = &pg->nodes[i];
    double weight = (flags & PASS_WEIGHT_CLASSES) ? h->class_weight : 0;
    if (h->flags & HN_IN_TABLE && h->tag != T_TABLE)
        return false;
    if (weight + (h->scored ? h->score : 0) < 0)
        return true;
    if (h->commas >= 10)
        return false;
    bool is_list = h->tag == T_UL || h->tag == T_OL || (h->chars > 0 && h->li_chars / h->chars > 0.9);
    double p = h->n_p, img = h->n_img, li = h->n_li - 100, input = h->n_input;
    double heading_density = h->chars > 0 ? h->heading_chars / h->chars : 0;
    double ld = link_density(h);
    bool in_figure = h->flags & HN_IN_FIGURE;
    if (img > 1 && p / img < 0.5 && !in_figure)
        return true;
    if (!is_list && li > p)
        return true;
    if (input > floor(p / 3))
        return true;
    if (!is_list && heading_density < 0.9 && h->chars < 25 && (img == 0 || img > 2) && !in_figure)
        return true;
    if (!is_list && weight < 25 && ld > 0.2)
        return true;
    if (weight >= 25 && ld > 0.5)
        return true;
    if ((h->n_embed == 1 && h->chars < 75) || h->n_embed > 1)
        return true;
    return false;
}

static void run_pass(html_page *pg, unsigned flags, pass *ps, int *last_block)
{
    size_t n = pg->n_nodes;
    hnode *nd = pg->nodes;
    /* removed: unlikely (when stripping) or boilerplate by class, inherited */
    for (size_t i = 0; i < n; i++) {
        hnode *h = &nd[i];
        bool own = (h->flags & HN_DROP) || ((flags & PASS_STRIP_UNLIKELY) && (h->flags & HN_UNLIKELY));
        ps->removed[i] = own || (h->parent >= 0 && ps->removed[h->parent]);
        h->chars = h->link_chars = h->commas = h->heading_chars = h->li_chars = 0;
        h->n_p = h->tag == T_P;
        h->n_img = h->tag == T_IMG;
        h->n_li = h->tag == T_LI;
        h->n_input = h->tag == T_INPUT;
        h->n_embed = h->tag == T_EMBED;
        h->score = 0;
        h->scored = false;
    }
    for (size_t b = 0; b < pg->n_blocks; b++) {
        const hblock *bl = &pg->blocks[b];
        hnode *h = &nd[bl->owner];
        h->chars += bl->chars;
        h->link_chars += bl->link_chars;
        h->commas += bl->commas;
        if (is_heading(h->tag))
            h->heading_chars += bl->chars;
        if (h->tag == T_LI)
            h->li_chars += bl->chars;
    }
    for (size_t i = n; i-- > 1;) {
        hnode *h = &nd[i];
        if (ps->removed[i] || h->parent < 0)
            continue;
        hnode *p = &nd[h->parent];
        p->chars += h->chars;
        p->link_chars += h->link_chars;
        p->commas += h->commas;
        p->heading_chars += h->heading_chars;
        p->li_chars += h->li_chars;
        p->n_p += h->n_p;
        p->n_img += h->n_img;
        p->n_li += h->n_li;
        p->n_input += h->n_input;
        p->n_embed += h->n_embed;
    }

    /* step 1: score paragraph-like elements into their ancestors */
    for (size_t i = 0; i < n; i++) {
        const hnode *h = &nd[i];
        if (ps->removed[i])
            continue;
        int t = h->tag;
        if (t == T_P || t == T_PRE || t == T_TD || t == T_SECTION || (t >= T_H2 && t <= T_H6) ||
            (t == T_DIV && !(h->flags & HN_HAS_BLOCK)))
            score_unit(pg, h->parent, h->chars, h->commas, flags);
    }
    for (size_t b = 0; b < pg->n_blocks; b++) {
        const hblock *bl = &pg->blocks[b];
        const hnode *h = &nd[bl->owner];
        if (!ps->removed[bl->owner] && h->tag == T_DIV && (h->flags & HN_HAS_BLOCK))
            score_unit(pg, bl->owner, bl->chars, bl->commas, flags); /* the div's loose text as a <p> */
    }

    /* step 2: link density; the five best */
    int best[5] = {-1, -1, -1, -1, -1};
    for (size_t i = 0; i < n; i++) {
        hnode *h = &nd[i];
        if (!h->scored || ps->removed[i])
            continue;
        h->score *= 1 - link_density(h);
        for (int k = 0; k < 5; k++)
            if (best[k] < 0 || h->score > nd[best[k]].score) {
                memmove(best + k + 1, best + k, (size_t)(4 - k) * sizeof best[0]);
                best[k] = (int)i;
                break;
            }
    }

    /* step 3: the winner and its ancestors */
    int top = best[0];
    if (top < 0 || nd[top].tag == T_BODY)
        top = pg->body >= 0 ? pg->body : 0;
    else {
        /* an ancestor shared by three good candidates */
        int alt[5], n_alt = 0;
        for (int k = 1; k < 5; k++)
            if (best[k] >= 0 && nd[best[k]].score / nd[top].score >= 0.75)
                alt[n_alt++] = best[k];
        if (n_alt >= 3) {
            for (int p = nd[top].parent; p >= 0 && nd[p].tag != T_BODY; p = nd[p].parent) {
                int shared = 0;
                for (int k = 0; k < n_alt; k++)
                    if (alt[k] >= p && alt[k] < nd[p].end)
                        shared++;
                if (shared >= 3) {
                    top = p;
                    break;
                }
            }
        }
        /* a parent scoring better than the child (going up while the
         * scores do not collapse) */
        double last = nd[top].score, threshold = last / 3;
        for (int p = nd[top].parent; p >= 0 && nd[p].tag != T_BODY; p = nd[p].parent) {
            if (!nd[p].scored)
                continue;
            if (nd[p].score < threshold)
                break;
            if (nd[p].score > last) {
                top = p;
                break;
            }
            last = nd[p].score;
        }
        /* an only child stands for its parent */
        while (nd[top].parent >= 0 && nd[nd[top].parent].tag != T_BODY && nd[nd[top].parent].n_children == 1)
            top = nd[top].parent;
    }
    ps->top = top;

    /* siblings that belong to the article */
    memset(ps->in, 0, n);
    int parent = nd[top].parent;
    double top_score = nd[top].scored ? nd[top].score : 0;
    double threshold = fmax(10, top_score * 0.2);
    if (parent >= 0 && nd[top].tag != T_BODY) {
        for (int c = parent + 1; c < nd[parent].end; c = nd[c].end) {
            if (ps->removed[c])
                continue;
            bool take = c == top;
            if (!take) {
                double bonus = 0;
                if (nd[top].cls_hash && nd[top].cls_hash == nd[c].cls_hash)
                    bonus = top_score * 0.2;
                if (nd[c].scored && nd[c].score + bonus >= threshold)
                    take = true;
                else if (nd[c].tag == T_P) {
                    double ld = link_density(&nd[c]), len = nd[c].chars;
                    if (len > 80 && ld < 0.25)
                        take = true;
                    else if (len < 80 && len > 0 && ld == 0 && ends_with_period(pg, c, last_block))
                        take = true;
                }
            }
            if (take)
                ps->in[c] = 1;
        }
    } else
        ps->in[top] = 1;
    for (size_t i = 0; i < n; i++)
        if (!ps->in[i] && nd[i].parent >= 0 && ps->in[nd[i].parent])
            ps->in[i] = 1;

    /* step 4: clutter inside */
    for (size_t i = 0; i < n; i++) {
        const hnode *h = &nd[i];
        bool inherited = h->parent >= 0 && ps->cleaned[h->parent];
        ps->cleaned[i] = inherited;
        if (inherited || !ps->in[i] || (int)i == top || ps->removed[i])
            continue;
        int t = h->tag;
        if ((flags & PASS_CLEAN) &&
            (t == T_FORM || t == T_FIELDSET || t == T_TABLE || t == T_UL || t == T_OL || t == T_DIV) &&
            (h->parent < 0 || !ps->in[h->parent] || h->parent != parent) && looks_like_clutter(pg, (int)i, flags))
            ps->cleaned[i] = 1;
        else if ((t == T_H1 || t == T_H2) && (flags & PASS_WEIGHT_CLASSES) && h->class_weight < 0)
            ps->cleaned[i] = 1;
    }
    ps->body_chars = 0;
    for (size_t b = 0; b < pg->n_blocks; b++) {
        int o = pg->blocks[b].owner;
        if (ps->in[o] && !ps->removed[o] && !ps->cleaned[o])
            ps->body_chars += pg->blocks[b].chars;
    }
}

/* Same text after trimming and collapsing spaces (ASCII case kept)? */
static bool same_text(const char *a, size_t an, const char *b)
{
    size_t i = 0, j = 0, bn = strlen(b);
    for (;;) {
        while (i < an && (unsigned char)a[i] <= ' ')
            i++;
        while (j < bn && (unsigned char)b[j] <= ' ')
            j++;
        if (i == an || j == bn)
            return i == an && j == bn;
        if (a[i] != b[j])
            return false;
        i++;
        j++;
    }
}

/* Boilerplate by class only for small elements: a share bar, an ad slot
 * or a related list holding 500 characters or more of text outside links
 * is the article itself, mis-nested by the parser or named for a widget
 * inside it (an unclosed <li class="share"> that swallows the story).
 * Readability keeps share elements of that size for the same reason.
 * Resets HN_DROP and why top-down from the HN_DROP_OWN marks. */
static void settle_drops(html_page *pg)
{
    size_t n = pg->n_nodes;
    hnode *nd = pg->nodes;
    for (size_t i = 0; i < n; i++)
        nd[i].chars = nd[i].link_chars = 0;
    for (size_t b = 0; b < pg->n_blocks; b++) {
        nd[pg->blocks[b].owner].chars += pg->blocks[b].chars;
        nd[pg->blocks[b].owner].link_chars += pg->blocks[b].link_chars;
    }
    for (size_t i = n; i-- > 1;)
        if (nd[i].parent >= 0) {
            nd[nd[i].parent].chars += nd[i].chars;
            nd[nd[i].parent].link_chars += nd[i].link_chars;
        }
    for (size_t i = 0; i < n; i++) {
        hnode *h = &nd[i];
        const hnode *p = h->parent >= 0 ? &nd[h->parent] : NULL;
        h->flags &= (uint16_t)~HN_DROP;
        h->why = NULL;
        if (p && (p->flags & HN_DROP)) {
            h->flags |= HN_DROP;
            h->why = p->why;
        } else if ((h->flags & HN_DROP_OWN) && h->chars - h->link_chars < 500) {
            h->flags |= HN_DROP;
            h->why = h->own_why;
        }
    }
}

int html_extract(html_page *pg, dyad_raw_doc *raw)
{
    size_t n = pg->n_nodes;
    if (raw->title && dyad_raw_add(raw, raw->title, strlen(raw->title), DYAD_PARA_TITLE, NULL))
        return -1;
    if (!n)
        return 0;
    settle_drops(pg);
    int *last_block = dyad_arena_array(pg->arena, n, sizeof *last_block);
    pass ps[2];
    for (int k = 0; k < 2; k++) {
        ps[k].removed = dyad_arena_alloc(pg->arena, n);
        ps[k].in = dyad_arena_alloc(pg->arena, n);
        ps[k].cleaned = dyad_arena_alloc(pg->arena, n);
        if (!ps[k].removed || !ps[k].in || !ps[k].cleaned)
            return -1;
    }
    if (!last_block)
        return -1;
    for (size_t i = 0; i < n; i++)
        last_block[i] = -1;
    for (size_t b = 0; b < pg->n_blocks; b++)
        last_block[pg->blocks[b].owner] = (int)b;

    static const unsigned attempts[] = {PASS_STRIP_UNLIKELY | PASS_WEIGHT_CLASSES | PASS_CLEAN,
                                        PASS_WEIGHT_CLASSES | PASS_CLEAN, PASS_CLEAN, 0};
    int cur = 0, best = -1;
    for (size_t a = 0; a < sizeof attempts / sizeof attempts[0]; a++) {
        run_pass(pg, attempts[a], &ps[cur], last_block);
        if (best < 0 || ps[cur].body_chars > ps[best].body_chars) {
            best = cur;
            cur = 1 - cur;
        }
        if (ps[best].body_chars >= 500)
            break;
    }
    const pass *w = &ps[best];

    /* the paragraphs, in reading order */
    bool title_seen = false;
    for (size_t b = 0; b < pg->n_blocks; b++) {
        const hblock *bl = &pg->blocks[b];
        int o = bl->owner;
        if (!w->in[o])
            continue;
        const hnode *h = &pg->nodes[o];
        int kind = -1;
        const char *why = NULL;
        if (h->flags & HN_DROP) {
            kind = DYAD_PARA_BOILERPLATE;
            why = h->why ? h->why : "boilerplate";
        } else if (w->removed[o])
            continue; /* unlikely content (navigation, comments): not added */
        else if (w->cleaned[o]) {
            kind = DYAD_PARA_BOILERPLATE;
            why = link_density(h) > 0.5 || bl->link_chars > bl->chars * 0.5 ? "links" : "clutter";
        } else if (h->flags & HN_IN_CAPTION)
            kind = DYAD_PARA_CAPTION;
        else if (is_heading(h->tag) && !title_seen && raw->title && same_text(bl->text, bl->len, raw->title)) {
            title_seen = true;
            continue; /* the headline, already first */
        }
        if (dyad_raw_add(raw, bl->text, bl->len, kind, why))
            return -1;
    }
    return 0;
}
