/* events_out.c — events and mediations in the output formats:
 *
 *   json          the DESIGN "events" and "mediations" arrays
 *   csv           one event a row, with a header, for pandas and R
 *   tsv           the GDELT 2.0 event table's 61 columns, in its order
 *                 (docs/gdelt-tsv.md says what each column holds here)
 *   petrarch-xml  <Sentence> records with <EventCoding> lines, as the
 *                 PETRARCH validation files write them
 *
 * CSV quoting follows RFC 4180: a field with a comma, quote or newline is
 * quoted and its quotes doubled. */
#include "dyad_int.h"
#include "actors/actors.h"
#include "events/events.h"

#include <stdio.h>
#include <string.h>

static void str_or_null(dyad_buf *b, const char *s)
{
    if (s)
        dyad_buf_json_str(b, s, strlen(s));
    else
        dyad_buf_add(b, "null", 4);
}

/* v in decimal, as printf's "%llu" writes it: one event writes several
 * numbers, and printf was most of the cost of writing events. */
static void put_uint(dyad_buf *b, unsigned long long v)
{
    char tmp[24], *end = tmp + sizeof tmp, *p = end;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    dyad_buf_add(b, p, (size_t)(end - p));
}

/* v with 1 or 2 decimals, as printf's "%.1f" / "%.2f" writes it (the
 * value's exact binary fraction rounded to nearest); a value within a hair
 * of a tie, or out of range, is left to printf itself. */
static void put_fixed(dyad_buf *b, double v, int decimals)
{
    double scale = decimals == 1 ? 10.0 : 100.0;
    double x = (v < 0 ? -v : v) * scale;
    if (!(x < 1e15)) { /* also NaN */
        dyad_buf_printf(b, "%.*f", decimals, v);
        return;
    }
    unsigned long long whole = (unsigned long long)x;
    double frac = x - (double)whole;
    if (frac > 0.5 - 1e-7 && frac < 0.5 + 1e-7) {
        dyad_buf_printf(b, "%.*f", decimals, v);
        return;
    }
    unsigned long long r = whole + (frac > 0.5);
    unsigned long long ip = r / (unsigned long long)scale, fp = r % (unsigned long long)scale;
    if (v < 0 || (v == 0 && 1 / v < 0))
        dyad_buf_addc(b, '-'); /* printf writes "-0.0" too */
    put_uint(b, ip);
    dyad_buf_addc(b, '.');
    if (decimals == 2)
        dyad_buf_addc(b, (char)('0' + fp / 10));
    dyad_buf_addc(b, (char)('0' + fp % 10));
}

static void text_of(dyad_buf *b, const dyad_doc *doc, dyad_span s)
{
    if (s.end > s.start)
        dyad_buf_json_str(b, doc->text + s.start, s.end - s.start);
    else
        dyad_buf_add(b, "null", 4);
}

void dyad_events_emit_json(const dyad_doc *doc, const dyad_event_list *l, dyad_buf *b)
{
    dyad_buf_addc(b, '[');
    for (size_t i = 0; i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        if (i)
            dyad_buf_addc(b, ',');
        dyad_buf_add(b, "{\"id\":\"e", 8);
        put_uint(b, i + 1);
        dyad_buf_add(b, "\",\"date\":", 9);
        str_or_null(b, e->date);
        dyad_buf_add(b, ",\"source\":", 10);
        str_or_null(b, e->source);
        dyad_buf_add(b, ",\"target\":", 10);
        str_or_null(b, e->target);
        dyad_buf_add(b, ",\"source_actor\":", 16);
        if (e->source_actor >= 0) {
            dyad_buf_add(b, "\"a", 2);
            put_uint(b, (unsigned)e->source_actor + 1);
            dyad_buf_addc(b, '"');
        } else
            dyad_buf_add(b, "null", 4);
        dyad_buf_add(b, ",\"target_actor\":", 16);
        if (e->target_actor >= 0) {
            dyad_buf_add(b, "\"a", 2);
            put_uint(b, (unsigned)e->target_actor + 1);
            dyad_buf_addc(b, '"');
        } else
            dyad_buf_add(b, "null", 4);
        dyad_buf_add(b, ",\"cameo\":\"", 10);
        dyad_buf_adds(b, e->cameo);
        dyad_buf_add(b, "\",\"root\":\"", 10);
        dyad_buf_adds(b, e->root);
        dyad_buf_add(b, "\",\"plover\":", 11);
        str_or_null(b, e->plover);
        dyad_buf_add(b, ",\"goldstein\":", 13);
        put_fixed(b, e->goldstein, 1);
        if (e->quad >= 0) {
            dyad_buf_add(b, ",\"quad\":", 8);
            put_uint(b, (unsigned)e->quad);
            dyad_buf_add(b, ",\"via\":[", 8);
        } else
            dyad_buf_printf(b, ",\"quad\":%d,\"via\":[", e->quad);
        for (uint8_t k = 0; k < e->n_via; k++) {
            if (k)
                dyad_buf_addc(b, ',');
            str_or_null(b, e->via[k]);
        }
        dyad_buf_add(b, "],\"confidence\":", 15);
        put_fixed(b, e->confidence, 2);
        if (e->flags & DYAD_EVENT_NEGATED)
            dyad_buf_adds(b, ",\"negated\":true");
        if (e->flags & DYAD_EVENT_HYPOTHETICAL)
            dyad_buf_adds(b, ",\"hypothetical\":true");
        if (e->flags & DYAD_EVENT_FUTURE)
            dyad_buf_adds(b, ",\"future\":true");
        dyad_buf_add(b, ",\"source_text\":", 15);
        text_of(b, doc, e->source_span);
        dyad_buf_add(b, ",\"target_text\":", 15);
        text_of(b, doc, e->target_span);
        dyad_buf_add(b, ",\"statement\":", 13);
        if (e->statement >= 0) {
            dyad_buf_add(b, "\"s", 2);
            put_uint(b, (unsigned)e->statement + 1);
            dyad_buf_addc(b, '"');
        } else
            dyad_buf_add(b, "null", 4);
        dyad_buf_add(b, ",\"sentence\":", 12);
        dyad_emit_span(b, e->sentence);
        dyad_buf_add(b, ",\"verb\":", 8);
        dyad_emit_span(b, e->verb);
        if (e->n_evidence > 1) {
            dyad_buf_add(b, ",\"evidence\":[", 13);
            for (uint8_t k = 0; k < e->n_evidence; k++) {
                if (k)
                    dyad_buf_addc(b, ',');
                dyad_emit_span(b, e->evidence[k]);
            }
            dyad_buf_addc(b, ']');
        }
        if (e->pattern) {
            dyad_buf_add(b, ",\"pattern\":", 11);
            str_or_null(b, e->pattern);
        }
        dyad_buf_addc(b, '}');
    }
    dyad_buf_addc(b, ']');
}

void dyad_mediations_emit_json(const dyad_doc *doc, const dyad_event_list *l, dyad_buf *b)
{
    (void)doc;
    dyad_buf_addc(b, '[');
    for (size_t i = 0; i < l->n_mediations; i++) {
        const dyad_mediation *m = &l->mediations[i];
        if (i)
            dyad_buf_addc(b, ',');
        dyad_buf_add(b, "{\"principal\":", 13);
        str_or_null(b, m->principal);
        dyad_buf_add(b, ",\"counterpart\":", 15);
        str_or_null(b, m->counterpart);
        dyad_buf_add(b, ",\"via\":[", 8);
        for (uint8_t k = 0; k < m->n_via; k++) {
            if (k)
                dyad_buf_addc(b, ',');
            str_or_null(b, m->via[k]);
        }
        dyad_buf_add(b, "],\"span\":", 9);
        dyad_emit_span(b, m->span);
        dyad_buf_addc(b, '}');
    }
    dyad_buf_addc(b, ']');
}

/* ------------------------------------------------------------------- CSV */

static void csv_field(dyad_buf *b, const char *s, size_t n)
{
    bool quote = false;
    for (size_t i = 0; i < n && !quote; i++)
        quote = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
    if (!quote) {
        dyad_buf_add(b, s, n);
        return;
    }
    dyad_buf_addc(b, '"');
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '"')
            dyad_buf_addc(b, '"');
        dyad_buf_addc(b, s[i]);
    }
    dyad_buf_addc(b, '"');
}

static void csv_str(dyad_buf *b, const char *s) { csv_field(b, s ? s : "", s ? strlen(s) : 0); }

static void csv_span_text(dyad_buf *b, const dyad_doc *doc, dyad_span s)
{
    if (s.end > s.start)
        csv_field(b, doc->text + s.start, s.end - s.start);
}

const char *dyad_events_csv_header(void)
{
    return "doc_id,source_file,url,doc_date,event_id,date,source,target,source_actor,target_actor,"
           "source_text,target_text,cameo,root,plover,goldstein,quad,via,confidence,negated,"
           "hypothetical,future,statement,sentence_start,sentence_end,verb_start,verb_end,sentence\n";
}

static const char *actor_name(const dyad_doc *doc, int a)
{
    const dyad_analysis *an = doc->analysis;
    if (a < 0 || !an || !an->actors || (size_t)a >= an->actors->n)
        return NULL;
    return an->actors->items[a].name;
}

void dyad_events_emit_csv(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l, dyad_buf *b)
{
    for (size_t i = 0; i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        csv_str(b, doc_id);
        dyad_buf_addc(b, ',');
        csv_str(b, doc->source);
        dyad_buf_addc(b, ',');
        csv_str(b, doc->url);
        dyad_buf_addc(b, ',');
        csv_str(b, doc->date);
        dyad_buf_printf(b, ",e%zu,", i + 1);
        csv_str(b, e->date);
        dyad_buf_addc(b, ',');
        csv_str(b, e->source);
        dyad_buf_addc(b, ',');
        csv_str(b, e->target);
        dyad_buf_addc(b, ',');
        csv_str(b, actor_name(doc, e->source_actor));
        dyad_buf_addc(b, ',');
        csv_str(b, actor_name(doc, e->target_actor));
        dyad_buf_addc(b, ',');
        csv_span_text(b, doc, e->source_span);
        dyad_buf_addc(b, ',');
        csv_span_text(b, doc, e->target_span);
        dyad_buf_printf(b, ",%s,%s,", e->cameo, e->root);
        csv_str(b, e->plover);
        dyad_buf_printf(b, ",%.1f,%d,", e->goldstein, e->quad);
        char via[64] = "";
        size_t vo = 0;
        for (uint8_t k = 0; k < e->n_via && vo + 8 < sizeof via; k++)
            vo += (size_t)snprintf(via + vo, sizeof via - vo, "%s%s", k ? ";" : "", e->via[k]);
        csv_str(b, via);
        dyad_buf_printf(b, ",%.2f,%d,%d,%d,", e->confidence, !!(e->flags & DYAD_EVENT_NEGATED),
                        !!(e->flags & DYAD_EVENT_HYPOTHETICAL), !!(e->flags & DYAD_EVENT_FUTURE));
        if (e->statement >= 0)
            dyad_buf_printf(b, "s%d", e->statement + 1);
        dyad_buf_printf(b, ",%u,%u,%u,%u,", e->sentence.start, e->sentence.end, e->verb.start, e->verb.end);
        csv_span_text(b, doc, e->sentence);
        dyad_buf_addc(b, '\n');
    }
}

/* ------------------------------------------------------------- GDELT TSV */

/* Tabs and newlines cannot appear inside a TSV field. */
static void tsv_field(dyad_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        dyad_buf_addc(b, (s[i] == '\t' || s[i] == '\n' || s[i] == '\r') ? ' ' : s[i]);
}

static void tsv_str(dyad_buf *b, const char *s)
{
    if (s)
        tsv_field(b, s, strlen(s));
}

/* The parts of a CAMEO actor code: country (3 letters when the code starts
 * with a country or region), known group, and up to three type codes. */
static void split_code(const char *code, char country[4], char group[4], char types[3][4])
{
    country[0] = group[0] = 0;
    types[0][0] = types[1][0] = types[2][0] = 0;
    if (!code)
        return;
    size_t n = strlen(code);
    size_t i = 0;
    int nt = 0;
    /* IGO/NGO/IMG codes: the first triple is a type, the next a group */
    bool transnational = n >= 3 && (strncmp(code, "IGO", 3) == 0 || strncmp(code, "NGO", 3) == 0 ||
                                    strncmp(code, "IMG", 3) == 0 || strncmp(code, "NGM", 3) == 0);
    if (!transnational && n >= 3) {
        memcpy(country, code, 3);
        country[3] = 0;
        i = 3;
    }
    for (; i + 3 <= n && nt < 3; i += 3) {
        if (transnational && i == 3 && !group[0]) {
            memcpy(group, code + i, 3);
            group[3] = 0;
            continue;
        }
        memcpy(types[nt], code + i, 3);
        types[nt++][3] = 0;
    }
}

const char *dyad_events_tsv_header(void)
{
    return "GLOBALEVENTID\tSQLDATE\tMonthYear\tYear\tFractionDate\t"
           "Actor1Code\tActor1Name\tActor1CountryCode\tActor1KnownGroupCode\tActor1EthnicCode\t"
           "Actor1Religion1Code\tActor1Religion2Code\tActor1Type1Code\tActor1Type2Code\tActor1Type3Code\t"
           "Actor2Code\tActor2Name\tActor2CountryCode\tActor2KnownGroupCode\tActor2EthnicCode\t"
           "Actor2Religion1Code\tActor2Religion2Code\tActor2Type1Code\tActor2Type2Code\tActor2Type3Code\t"
           "IsRootEvent\tEventCode\tEventBaseCode\tEventRootCode\tQuadClass\tGoldsteinScale\t"
           "NumMentions\tNumSources\tNumArticles\tAvgTone\t"
           "Actor1Geo_Type\tActor1Geo_FullName\tActor1Geo_CountryCode\tActor1Geo_ADM1Code\tActor1Geo_ADM2Code\t"
           "Actor1Geo_Lat\tActor1Geo_Long\tActor1Geo_FeatureID\t"
           "Actor2Geo_Type\tActor2Geo_FullName\tActor2Geo_CountryCode\tActor2Geo_ADM1Code\tActor2Geo_ADM2Code\t"
           "Actor2Geo_Lat\tActor2Geo_Long\tActor2Geo_FeatureID\t"
           "ActionGeo_Type\tActionGeo_FullName\tActionGeo_CountryCode\tActionGeo_ADM1Code\tActionGeo_ADM2Code\t"
           "ActionGeo_Lat\tActionGeo_Long\tActionGeo_FeatureID\tDATEADDED\tSOURCEURL\n";
}

static void tsv_actor(dyad_buf *b, const dyad_doc *doc, const char *code, int actor)
{
    char country[4], group[4], types[3][4];
    split_code(code, country, group, types);
    tsv_str(b, code);
    dyad_buf_addc(b, '\t');
    const char *name = actor_name(doc, actor);
    if (name) {
        /* GDELT writes names in capitals */
        for (const char *p = name; *p; p++)
            dyad_buf_addc(b, (*p >= 'a' && *p <= 'z') ? (char)(*p - 32) : (*p == '\t' ? ' ' : *p));
    }
    dyad_buf_printf(b, "\t%s\t%s\t\t\t\t%s\t%s\t%s\t", country, group, types[0], types[1], types[2]);
}

void dyad_events_emit_tsv(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l, dyad_buf *b)
{
    for (size_t i = 0; i < l->n; i++) {
        const dyad_event *e = &l->items[i];
        /* GLOBALEVENTID: "<doc id>-<n>" keeps ids unique across documents */
        tsv_str(b, doc_id);
        dyad_buf_printf(b, "-%zu\t", i + 1);
        char ymd[9] = "", ym[7] = "", y[5] = "";
        double frac = 0;
        if (e->date && strlen(e->date) >= 10) {
            snprintf(ymd, sizeof ymd, "%.4s%.2s%.2s", e->date, e->date + 5, e->date + 8);
            snprintf(ym, sizeof ym, "%.4s%.2s", e->date, e->date + 5);
            snprintf(y, sizeof y, "%.4s", e->date);
            int yy = (e->date[0] - '0') * 1000 + (e->date[1] - '0') * 100 + (e->date[2] - '0') * 10 + (e->date[3] - '0');
            int mm = (e->date[5] - '0') * 10 + (e->date[6] - '0');
            int dd = (e->date[8] - '0') * 10 + (e->date[9] - '0');
            frac = yy + ((mm - 1) * 30 + dd) / 365.0;
        }
        dyad_buf_printf(b, "%s\t%s\t%s\t%.4f\t", ymd, ym, y, frac);
        tsv_actor(b, doc, e->source, e->source_actor);
        tsv_actor(b, doc, e->target, e->target_actor);
        char base[4];
        snprintf(base, sizeof base, "%.3s", e->cameo);
        /* IsRootEvent: the event is in the document's first paragraph */
        bool root = doc->n_paras && e->sentence.start < doc->paras[doc->n_paras > 1 ? 1 : 0].span.end;
        dyad_buf_printf(b, "%d\t%s\t%s\t%s\t%d\t%.1f\t%u\t1\t1\t\t", root, e->cameo, base, e->root, e->quad,
                        e->goldstein, (unsigned)(e->n_evidence ? e->n_evidence : 1));
        /* no geocoding: the 24 geography columns stay empty */
        for (int k = 0; k < 24; k++)
            dyad_buf_addc(b, '\t');
        dyad_buf_printf(b, "%s\t", ymd);
        tsv_str(b, doc->url ? doc->url : doc->source);
        dyad_buf_addc(b, '\n');
    }
}

/* ----------------------------------------------------------- PETRARCH XML */

static void xml_text(dyad_buf *b, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        switch (s[i]) {
        case '<': dyad_buf_adds(b, "&lt;"); break;
        case '>': dyad_buf_adds(b, "&gt;"); break;
        case '&': dyad_buf_adds(b, "&amp;"); break;
        case '"': dyad_buf_adds(b, "&quot;"); break;
        default: dyad_buf_addc(b, s[i]);
        }
    }
}

void dyad_events_emit_petrarch_xml(const dyad_doc *doc, const char *doc_id, const dyad_event_list *l,
                                   dyad_buf *b)
{
    /* one <Sentence> per sentence that has events, in text order */
    for (size_t s = 0; s < doc->n_sents; s++) {
        const dyad_sentence *sent = &doc->sents[s];
        bool any = false;
        for (size_t i = 0; i < l->n && !any; i++)
            any = l->items[i].sentence.start == sent->span.start;
        if (!any)
            continue;
        char date[9] = "";
        if (doc->date && strlen(doc->date) >= 10)
            snprintf(date, sizeof date, "%.4s%.2s%.2s", doc->date, doc->date + 5, doc->date + 8);
        dyad_buf_printf(b, "<Sentence date=\"%s\" id=\"", date);
        xml_text(b, doc_id, strlen(doc_id));
        dyad_buf_printf(b, "-%zu\" sentence=\"true\">\n", s + 1);
        for (size_t i = 0; i < l->n; i++) {
            const dyad_event *e = &l->items[i];
            if (e->sentence.start != sent->span.start)
                continue;
            dyad_buf_adds(b, "<EventCoding sourcecode=\"");
            xml_text(b, e->source ? e->source : "---", strlen(e->source ? e->source : "---"));
            dyad_buf_adds(b, "\" targetcode=\"");
            xml_text(b, e->target ? e->target : "---", strlen(e->target ? e->target : "---"));
            dyad_buf_printf(b, "\" eventcode=\"%s\"></EventCoding>\n", e->cameo);
        }
        dyad_buf_adds(b, "<Text>\n");
        xml_text(b, doc->text + sent->span.start, sent->span.end - sent->span.start);
        dyad_buf_adds(b, "\n</Text>\n</Sentence>\n");
    }
}
