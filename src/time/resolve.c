/* resolve.c — turn the expressions find.c recognised into calendar values,
 * and the stage's entry point, clause query and JSON writer.
 *
 * Reference dates:
 *   - absolute dates need none ("January 26, 2024", "in 2023");
 *   - deictic expressions, weekdays and dates without a year count from the
 *     publication date ("yesterday", "on Monday", "since October 7")...
 *   - ...except inside a quotation whose sentence dates the speaking outside
 *     it: "“We met yesterday,” Kirby said on Monday" counts from Monday;
 *   - narrative expressions count from the date the narrative last
 *     established: the latest earlier expression in a body paragraph,
 *     outside quotations, with role "at" and a granularity at least as fine
 *     as their unit ("on Monday ... The next day" → Tuesday); else from the
 *     publication date.
 *
 * Conventions (kept consistent everywhere):
 *   - a weekday alone is the latest such day not after the reference date
 *     (the reference date itself when it is that weekday); in the future
 *     tense, the first on or after it;
 *   - "last Friday" is the latest Friday strictly before the reference date,
 *     "next Friday" the first strictly after, "this Friday" the Friday of
 *     the reference date's Monday-to-Sunday week;
 *   - a date or month without a year is the latest such not after the
 *     reference date ("since October 7" on 2024-01-31 → 2023-10-07); in the
 *     future tense, the first on or after it; "last March" the latest March
 *     strictly before the reference month, "next March" the first after;
 *   - weeks start on Monday; week granularity gives that Monday. */
#include "time/time.h"

#include <string.h>

/* A quoted expression looks for the speaking date among at most this many
 * expressions on each side in its sentence, so that a hostile sentence of
 * thousands of expressions stays linear. */
#define SPEECH_WINDOW 16

/* ------------------------------------------------------------- calendar */

/* Days from 1970-01-01 for a (valid) date, proleptic Gregorian (H.
 * Hinnant's days_from_civil); negative before 1970. */
long dyad_time_days(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* The date of day z counted from 1970-01-01 (inverse of dyad_time_days). */
void dyad_time_civil(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday of a day number: 1 = Monday .. 7 = Sunday. */
int dyad_time_weekday(long days)
{
    return (int)((((days % 7) + 7) % 7 + 3) % 7) + 1; /* 1970-01-01 was a Thursday */
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* "YYYY-MM-DD" at the start of s → days; false if not a valid date. */
static bool parse_iso(const char *s, long *days)
{
    if (!s || strlen(s) < 10)
        return false;
    for (int i = 0; i < 10; i++)
        if (i == 4 || i == 7 ? s[i] != '-' : (s[i] < '0' || s[i] > '9'))
            return false;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    int m = (s[5] - '0') * 10 + (s[6] - '0');
    int d = (s[8] - '0') * 10 + (s[9] - '0');
    if (y < 1 || m < 1 || m > 12 || d < 1 || d > month_days(y, m))
        return false;
    *days = dyad_time_days(y, m, d);
    return true;
}

/* A reference point: a day, or the first day of a week, month or year. */
typedef struct ref {
    bool ok;
    long days;
    int gran; /* dyad_time_gran */
} ref;

static void put4(char *p, int v)
{
    p[0] = (char)('0' + v / 1000 % 10);
    p[1] = (char)('0' + v / 100 % 10);
    p[2] = (char)('0' + v / 10 % 10);
    p[3] = (char)('0' + v % 10);
}

static void put2(char *p, int v)
{
    p[0] = (char)('0' + v / 10 % 10);
    p[1] = (char)('0' + v % 10);
}

/* Write e->value for a date of granularity e->granularity. */
static void set_value(dyad_time_expr *e, int y, int m, int d)
{
    memset(e->value, 0, sizeof e->value);
    if (y < 1 || y > 9999)
        return; /* out of range: stays unresolved */
    put4(e->value, y);
    if (e->granularity == DYAD_TIME_YEAR)
        return;
    e->value[4] = '-';
    put2(e->value + 5, m);
    if (e->granularity == DYAD_TIME_MONTH)
        return;
    e->value[7] = '-';
    put2(e->value + 8, d);
}

static void set_days(dyad_time_expr *e, long days)
{
    if (e->granularity == DYAD_TIME_WEEK)
        days -= dyad_time_weekday(days) - 1; /* the Monday */
    int y, m, d;
    dyad_time_civil(days, &y, &m, &d);
    set_value(e, y, m, d);
}

/* The date an expression denotes, as a reference for others. */
static ref ref_of(const dyad_time_expr *e)
{
    ref r = {false, 0, e->granularity};
    if (!e->value[0])
        return r;
    int y = (e->value[0] - '0') * 1000 + (e->value[1] - '0') * 100 + (e->value[2] - '0') * 10 + (e->value[3] - '0');
    int m = 1, d = 1;
    if (e->granularity != DYAD_TIME_YEAR)
        m = (e->value[5] - '0') * 10 + (e->value[6] - '0');
    if (e->granularity == DYAD_TIME_DAY || e->granularity == DYAD_TIME_WEEK)
        d = (e->value[8] - '0') * 10 + (e->value[9] - '0');
    r.ok = true;
    r.days = dyad_time_days(y, m, d);
    return r;
}

/* Resolve e against the reference r (unused for absolute dates).  Leaves
 * the value empty when r is missing or too coarse. */
static void resolve(dyad_time_expr *e, ref r)
{
    memset(e->value, 0, sizeof e->value);
    if (e->form == DYAD_TIME_ABSOLUTE) {
        set_value(e, e->y, e->m ? e->m : 1, e->d ? e->d : 1);
        return;
    }
    if (!r.ok)
        return;
    int ry, rm, rd;
    dyad_time_civil(r.days, &ry, &rm, &rd);
    switch (e->form) {
    case DYAD_TIME_NOYEAR:
        if (r.gran != DYAD_TIME_DAY)
            return;
        if (e->granularity == DYAD_TIME_MONTH) {
            int y = ry;
            if (e->rel == -1)
                y = e->m < rm ? ry : ry - 1;
            else if (e->rel == 1)
                y = e->m > rm ? ry : ry + 1;
            else if (e->rel == 0)
                y = ry;
            else if (e->future)
                y = e->m >= rm ? ry : ry + 1;
            else
                y = e->m <= rm ? ry : ry - 1;
            set_value(e, y, e->m, 1);
        } else {
            /* the latest such date not after r (or the first on or after it
             * in the future tense); February 29 only in leap years */
            int step = e->future ? 1 : -1;
            int y = ry;
            bool after = e->m > rm || (e->m == rm && e->d > rd);
            bool before = e->m < rm || (e->m == rm && e->d < rd);
            if (!e->future && after)
                y--;
            if (e->future && before)
                y++;
            for (int k = 0; k < 8 && e->d > month_days(y, e->m); k++)
                y += step;
            if (e->d <= month_days(y, e->m))
                set_value(e, y, e->m, e->d);
        }
        return;
    case DYAD_TIME_WEEKDAY: {
        if (r.gran != DYAD_TIME_DAY)
            return;
        int rw = dyad_time_weekday(r.days);
        long days;
        if (e->rel == -1)
            days = r.days - ((rw - e->weekday + 6) % 7 + 1);
        else if (e->rel == 1)
            days = r.days + ((e->weekday - rw + 6) % 7 + 1);
        else if (e->rel == 0)
            days = r.days - (rw - 1) + (e->weekday - 1);
        else if (e->future)
            days = r.days + ((e->weekday - rw + 7) % 7);
        else
            days = r.days - ((rw - e->weekday + 7) % 7);
        set_days(e, days);
        return;
    }
    case DYAD_TIME_DEICTIC:
    case DYAD_TIME_NARRATIVE:
        if (r.gran > e->unit)
            return; /* "the next day" after "in March": unknown */
        switch (e->unit) {
        case DYAD_TIME_DAY:
            set_days(e, r.days + e->offset);
            return;
        case DYAD_TIME_WEEK:
            set_days(e, r.days + 7L * e->offset);
            return;
        case DYAD_TIME_MONTH: {
            long mi = (long)ry * 12 + (rm - 1) + e->offset;
            set_value(e, (int)(mi / 12), (int)(mi % 12) + 1, 1);
            return;
        }
        default:
            set_value(e, ry + e->offset, 1, 1);
            return;
        }
    default:
        return;
    }
}

/* Can a narrative expression count from e?  "on Monday" in a body
 * paragraph can; a caption's date, a quoted date, "since October 7" cannot. */
static bool narrative_anchor(const dyad_doc *doc, const dyad_time_expr *e)
{
    if (e->in_quote || e->role != DYAD_TIME_AT || e->sent >= doc->n_sents)
        return false;
    uint32_t p = doc->sents[e->sent].para;
    return p < doc->n_paras && doc->paras[p].kind == DYAD_PARA_BODY;
}

/* Forms whose value depends only on the publication date. */
static bool document_relative(const dyad_time_expr *e)
{
    return e->form == DYAD_TIME_DEICTIC || e->form == DYAD_TIME_WEEKDAY || e->form == DYAD_TIME_NOYEAR;
}

/* For a relative expression inside a quotation: the expression outside the
 * quotation in the same sentence that dates the speaking ("“We met
 * yesterday,” Kirby said on Monday"), or -1. */
static int speech_date(const dyad_time_list *l, size_t k)
{
    const dyad_time_expr *e = &l->items[k];
    for (size_t j = 0; j < l->n; j++) {
        const dyad_time_expr *f = &l->items[j];
        if (j == k || f->sent != e->sent || f->in_quote || f->role != DYAD_TIME_AT ||
            f->granularity != DYAD_TIME_DAY)
            continue;
        if (f->form == DYAD_TIME_ABSOLUTE || document_relative(f))
            return (int)j;
    }
    return -1;
}

/* The stage: find, then resolve in text order (see the file comment and
 * time.h for the contract).  Uses the engine's word lists, or builds them
 * in the document's arena when the engine has none. */
dyad_status dyad_time_stage(dyad_doc *doc, dyad_time_list *out)
{
    if (!doc || !out)
        return DYAD_ERR_ARG;
    out->items = NULL;
    out->n = 0;
    const dyad_time_words *w = doc->eng ? doc->eng->time_words : NULL;
    if (!w)
        w = dyad_time_words_build(doc->arena, NULL);
    if (!w || dyad_time_find(doc, w, out)) {
        out->items = NULL;
        out->n = 0;
        return DYAD_ERR_NOMEM;
    }
    ref docref = {false, 0, DYAD_TIME_DAY};
    docref.ok = parse_iso(doc->date, &docref.days);

    /* latest narrative anchor of each granularity */
    int last[4] = {-1, -1, -1, -1};
    for (size_t k = 0; k < out->n; k++) {
        dyad_time_expr *e = &out->items[k];
        ref r = docref;
        e->anchor = -1;
        if (e->form == DYAD_TIME_NARRATIVE) {
            int best = -1;
            for (int g = 0; g <= e->unit && g < 4; g++)
                if (last[g] > best)
                    best = last[g];
            if (best >= 0) {
                e->anchor = best;
                r = ref_of(&out->items[best]);
            }
        } else if (e->in_quote && document_relative(e)) {
            /* look only among the expressions of this sentence */
            size_t lo = k, hi = k + 1;
            while (lo > 0 && k - lo < SPEECH_WINDOW && out->items[lo - 1].sent == e->sent)
                lo--;
            while (hi < out->n && hi - k < SPEECH_WINDOW && out->items[hi].sent == e->sent)
                hi++;
            dyad_time_list sub = {out->items + lo, hi - lo};
            int f = speech_date(&sub, k - lo);
            if (f >= 0) {
                dyad_time_expr *fe = &out->items[lo + (size_t)f];
                resolve(fe, docref);
                if (fe->value[0]) {
                    e->anchor = (int)lo + f;
                    r = ref_of(fe);
                }
            }
        }
        resolve(e, r);
        if (narrative_anchor(doc, e) && e->granularity < 4)
            last[e->granularity] = (int)k;
    }
    return DYAD_OK;
}

/* First "at" expression inside `clause` (binary search; see time.h). */
const dyad_time_expr *dyad_time_for_span(const dyad_time_list *list, const dyad_doc *doc, dyad_span clause)
{
    (void)doc;
    if (!list || !list->n)
        return NULL;
    size_t lo = 0, hi = list->n; /* first expression starting at or after clause.start */
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (list->items[mid].span.start < clause.start)
            lo = mid + 1;
        else
            hi = mid;
    }
    for (size_t k = lo; k < list->n && list->items[k].span.start < clause.end; k++)
        if (list->items[k].span.end <= clause.end && list->items[k].role == DYAD_TIME_AT)
            return &list->items[k];
    return NULL;
}

static const char *gran_name(int g)
{
    static const char *const names[] = {"day", "week", "month", "year"};
    return g >= 0 && g < 4 ? names[g] : "day";
}

static const char *role_name(int r)
{
    static const char *const names[] = {"at", "since", "until"};
    return r >= 0 && r < 3 ? names[r] : "at";
}

/* The DESIGN "times" array (see time.h); appends to b, which records any
 * allocation failure itself. */
void dyad_time_emit_json(const dyad_time_list *list, const dyad_doc *doc, dyad_buf *b)
{
    dyad_buf_addc(b, '[');
    for (size_t k = 0; list && k < list->n; k++) {
        const dyad_time_expr *e = &list->items[k];
        if (k)
            dyad_buf_addc(b, ',');
        dyad_buf_adds(b, "{\"text\":");
        dyad_buf_json_str(b, doc->text + e->span.start, e->span.end - e->span.start);
        dyad_buf_adds(b, ",\"span\":");
        dyad_emit_span(b, e->span);
        dyad_buf_adds(b, ",\"value\":");
        if (e->value[0])
            dyad_buf_json_str(b, e->value, strlen(e->value));
        else
            dyad_buf_adds(b, "null");
        dyad_buf_adds(b, ",\"granularity\":\"");
        dyad_buf_adds(b, gran_name(e->granularity));
        dyad_buf_adds(b, "\",\"anchor\":");
        if (e->anchor >= 0 && (size_t)e->anchor < list->n)
            dyad_emit_span(b, list->items[e->anchor].span);
        else
            dyad_buf_adds(b, "\"document\"");
        dyad_buf_adds(b, ",\"role\":\"");
        dyad_buf_adds(b, role_name(e->role));
        dyad_buf_adds(b, e->future ? "\",\"future\":true}" : "\",\"future\":false}");
    }
    dyad_buf_addc(b, ']');
}
