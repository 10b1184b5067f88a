/* text.c — plain-text articles: paragraphs, headline, dateline, byline,
 * outlet, photo captions and the publication date, from the shapes wire
 * copy and scraped pages take:
 *
 *   The White House pushes to do "everything we can" ...        ← headline
 *   ⓒ천지일보 2024.01.31 Kirby speaks at a briefing / Eloise Lee, Cheonji Daily News
 *                                                              ← caption + credits
 *   [Cheonji Daily News Washington=Reporter Eloise Lee], January 31 —
 *                                                              ← dateline
 *   WASHINGTON (AP) — The president said ...                  ← dateline + body
 *   By JANE DOE                                                ← byline
 *   Jane Doe, Reuters                                          ← byline, outlet
 *
 * Paragraphs are blocks separated by blank lines; inside a block, lines are
 * joined when they look hard-wrapped (similar lengths, under 100 columns)
 * and kept apart otherwise.  Everything found is a paragraph with a kind, so
 * the text of metadata lines stays auditable in the output. */
#include "dyad_int.h"

#include <ctype.h>
#include <string.h>

typedef struct line {
    const char *s;
    size_t len;   /* without the newline, trailing spaces trimmed */
    size_t chars; /* code points */
    bool blank;
} line;

static size_t count_chars(const char *s, size_t n)
{
    size_t c = 0, i = 0;
    /* eight bytes at a time: all but the continuation bytes (10xxxxxx) */
    for (; i + 8 <= n; i += 8) {
        uint64_t v;
        memcpy(&v, s + i, 8);
        uint64_t cont = v & ~(v << 1) & 0x8080808080808080ull; /* bit 7 set, bit 6 clear */
        c += 8 - (size_t)__builtin_popcountll(cont);
    }
    for (; i < n; i++)
        c += ((unsigned char)s[i] & 0xC0) != 0x80;
    return c;
}

static bool is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
            i++; /* NBSP */
            continue;
        }
        if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v')
            return false;
    }
    return true;
}

static size_t trim_left(const char *s, size_t n)
{
    size_t i = 0;
    while (i < n && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

/* ------------------------------------------------------------ recognisers */

static inline char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c; }

static bool starts_with_ci(const char *s, size_t n, const char *pfx)
{
    /* the first byte decides most calls without strlen */
    if (n == 0 || ascii_lower(s[0]) != ascii_lower(pfx[0]))
        return pfx[0] == '\0';
    size_t k = strlen(pfx);
    return n >= k && strncasecmp(s, pfx, k) == 0;
}

/* A dash: "—", "–", "--", " - ". Returns its byte length at s, or 0. */
static size_t dash_at(const char *s, size_t n)
{
    if (n >= 3 && (memcmp(s, "\xE2\x80\x94", 3) == 0 || memcmp(s, "\xE2\x80\x93", 3) == 0 ||
                   memcmp(s, "\xE2\x80\x95", 3) == 0))
        return 3; /* — – ― */
    if (n >= 2 && s[0] == '-' && s[1] == '-')
        return 2;
    if (n >= 1 && s[0] == '-')
        return 1;
    return 0;
}

/* Spaces including NBSP (C2 A0), which scraped datelines often hold. */
static size_t skip_sp(const char *s, size_t n, size_t i)
{
    for (;;) {
        if (i < n && (s[i] == ' ' || s[i] == '\t'))
            i++;
        else if (i + 1 < n && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            return i;
    }
}

static bool is_upper_word_char(char c) { return (c >= 'A' && c <= 'Z') || c == '.' || c == '\'' || c == '-'; }

/* Is s[0..n) a name: 2–5 words, each capitalised (or a particle such as
 * "bin", "al", "de", "van")? */
static bool looks_like_name(const char *s, size_t n)
{
    int words = 0;
    size_t i = 0;
    while (i < n) {
        while (i < n && s[i] == ' ')
            i++;
        if (i >= n)
            break;
        size_t j = i;
        while (j < n && s[j] != ' ')
            j++;
        size_t wl = j - i;
        unsigned char c = (unsigned char)s[i];
        bool cap = (c >= 'A' && c <= 'Z') || c >= 0xC0;
        bool particle = (wl <= 3 && (strncmp(s + i, "bin", wl) == 0 || strncmp(s + i, "al", wl) == 0 ||
                                     strncmp(s + i, "de", wl) == 0 || strncmp(s + i, "van", wl) == 0 ||
                                     strncmp(s + i, "von", wl) == 0 || strncmp(s + i, "da", wl) == 0 ||
                                     strncmp(s + i, "la", wl) == 0 || strncmp(s + i, "el", wl) == 0));
        if (!cap && !particle)
            return false;
        for (size_t k = i; k < j; k++)
            if (isdigit((unsigned char)s[k]) || s[k] == '@' || s[k] == ':' || s[k] == '/')
                return false;
        words++;
        i = j;
    }
    return words >= 2 && words <= 5;
}

/* Remember a date found in metadata or captions: its year helps "January 31". */
static void note_year(dyad_raw_doc *raw, const char *iso)
{
    if (!raw->year_hint && iso && isdigit((unsigned char)iso[0]))
        raw->year_hint = (iso[0] - '0') * 1000 + (iso[1] - '0') * 100 + (iso[2] - '0') * 10 + (iso[3] - '0');
}

static void set_date(dyad_raw_doc *raw, const char *iso)
{
    if (!raw->date)
        raw->date = dyad_arena_strndup(raw->arena, iso, 10);
    note_year(raw, iso);
}

/* "[Outlet City=Reporter Name]" (Korean and Japanese wire style), optionally
 * followed by ", January 31 —" and body text.  Returns bytes of the dateline
 * part (through the dash) or 0. */
static size_t korean_dateline(dyad_raw_doc *raw, const char *s, size_t n, int year_hint)
{
    if (n < 5 || s[0] != '[')
        return 0;
    const char *close = memchr(s, ']', n < 200 ? n : 200);
    if (!close)
        return 0;
    const char *eq = memchr(s, '=', (size_t)(close - s));
    if (!eq)
        return 0;
    /* left of '=': "Outlet City"; right: "Reporter Name" / "기자" forms */
    const char *l = s + 1;
    size_t ll = (size_t)(eq - l);
    while (ll && l[ll - 1] == ' ')
        ll--;
    const dyad_engine *eng = raw->eng;
    /* the city is the longest suffix of the left part that is a known
     * place; failing that, its last word */
    size_t split = 0;
    for (size_t k = 0; k < ll; k++) {
        if (k > 0 && l[k - 1] != ' ')
            continue;
        char low[64];
        size_t cl = ll - k;
        if (cl >= sizeof low)
            continue;
        for (size_t x = 0; x < cl; x++)
            low[x] = (char)tolower((unsigned char)l[k + x]);
        if (dyad_strset_has(&eng->cities, low, cl)) {
            split = k;
            break;
        }
    }
    if (!split) {
        const char *sp = NULL;
        for (size_t k = ll; k > 0; k--)
            if (l[k - 1] == ' ') {
                sp = l + k;
                break;
            }
        if (!sp)
            return 0;
        split = (size_t)(sp - l);
    }
    size_t ol = split;
    while (ol && l[ol - 1] == ' ')
        ol--;
    if (ol)
        raw->outlet = dyad_arena_strndup(raw->arena, l, ol);
    raw->dateline = dyad_arena_strndup(raw->arena, l + split, ll - split);
    const char *r = eq + 1;
    size_t rl = (size_t)(close - r);
    r += trim_left(r, rl);
    rl = (size_t)(close - r);
    static const char *const titles[] = {"Reporter ", "Correspondent ", "Staff Reporter ", "Writer "};
    for (size_t t = 0; t < sizeof titles / sizeof *titles; t++)
        if (starts_with_ci(r, rl, titles[t])) {
            r += strlen(titles[t]);
            rl -= strlen(titles[t]);
            break;
        }
    /* Korean: "홍길동 기자" — drop the trailing title */
    if (rl > 7 && memcmp(r + rl - 6, "\xEA\xB8\xB0\xEC\x9E\x90", 6) == 0) /* 기자 */
        rl -= 6;
    while (rl && r[rl - 1] == ' ')
        rl--;
    if (rl)
        raw->author = dyad_arena_strndup(raw->arena, r, rl);
    /* after ']': ", January 31 —" */
    size_t i = (size_t)(close - s) + 1;
    size_t j = i;
    while (j < n && s[j] == ',')
        j++;
    j = skip_sp(s, n, j);
    while (j < n && s[j] == ',')
        j++;
    j = skip_sp(s, n, j);
    /* the date; without a known year it is still part of the dateline */
    char iso[11];
    size_t dl = dyad_date_parse(s + j, n - j, year_hint ? year_hint : 2000, iso);
    if (dl) {
        if (year_hint || dyad_date_parse(s + j, n - j, 0, iso))
            set_date(raw, iso);
        j += dl;
        i = j;
    }
    j = skip_sp(s, n, i);
    size_t d = dash_at(s + j, n - j);
    if (d)
        i = j + d;
    return i;
}

/* "WASHINGTON (AP) —", "GAZA CITY, Gaza Strip (Reuters) -", "LONDON —":
 * an upper-case place, optional ", Region", optional "(Agency)", a dash.
 * Returns the bytes of the dateline through the dash, or 0. */
static size_t wire_dateline(dyad_raw_doc *raw, const char *s, size_t n)
{
    size_t i = 0;
    int words = 0;
    while (i < n && words < 5) {
        size_t j = i;
        while (j < n && is_upper_word_char(s[j]))
            j++;
        if (j - i < 2 && !(j - i == 1 && words > 0))
            break;
        words++;
        i = j;
        if (i < n && s[i] == ' ' && i + 1 < n && s[i + 1] >= 'A' && s[i + 1] <= 'Z' && i + 2 < n &&
            is_upper_word_char(s[i + 2]) && s[i + 2] != '.')
            i++;
        else
            break;
    }
    if (words == 0 || i < 3)
        return 0;
    size_t city_end = i;
    /* ", Region" in mixed case: "GAZA CITY, Gaza Strip" / "KYIV, Ukraine" */
    if (i < n && s[i] == ',') {
        size_t j = i + 1;
        while (j < n && s[j] == ' ')
            j++;
        size_t k = j;
        while (k < n && k - j < 40 && s[k] != '(' && !dash_at(s + k, n - k) && s[k] != ',')
            k++;
        if (k > j && k < n)
            i = k;
    }
    /* ", March 15" (Reuters style: "FOZ DO IGUACU, Brazil, March 15 (X) -") */
    if (i < n && s[i] == ',') {
        size_t j = skip_sp(s, n, i + 1);
        char iso[11];
        size_t dl = dyad_date_parse(s + j, n - j, raw->year_hint ? raw->year_hint : 2000, iso);
        if (dl) {
            if (raw->year_hint || dyad_date_parse(s + j, n - j, 0, iso))
                set_date(raw, iso);
            i = j + dl;
        }
    }
    i = skip_sp(s, n, i);
    const char *agency = NULL;
    size_t agency_len = 0;
    if (i < n && s[i] == '(') {
        const char *close = memchr(s + i, ')', n - i < 40 ? n - i : 40);
        if (!close)
            return 0;
        agency = s + i + 1;
        agency_len = (size_t)(close - agency);
        i = skip_sp(s, n, (size_t)(close - s) + 1);
    }
    size_t d = dash_at(s + i, n - i);
    if (!d)
        return 0;
    /* a lone hyphen needs spaces around it: "WASHINGTON - " */
    if (d == 1 && (i + 1 >= n || s[i + 1] != ' '))
        return 0;
    i = skip_sp(s, n, i + d) - d; /* the dash and the spaces after it */
    /* confirm: a known city, or an agency credit */
    char low[64];
    size_t cl = city_end < sizeof low ? city_end : sizeof low - 1;
    for (size_t x = 0; x < cl; x++)
        low[x] = (char)tolower((unsigned char)s[x]);
    bool known = dyad_strset_has(&raw->eng->cities, low, cl);
    if (!known && !agency)
        return 0;
    /* dateline in title case: "Washington" */
    char *city = dyad_arena_strndup(raw->arena, s, city_end);
    if (!city)
        return 0;
    bool start = true;
    for (size_t x = 0; x < city_end; x++) {
        char c = city[x];
        city[x] = start ? c : (char)tolower((unsigned char)c);
        start = c == ' ' || c == '-' || c == '\'';
    }
    raw->dateline = city;
    if (agency) {
        char al[48];
        size_t an = agency_len < sizeof al ? agency_len : sizeof al - 1;
        for (size_t x = 0; x < an; x++)
            al[x] = (char)tolower((unsigned char)agency[x]);
        if (dyad_strset_has(&raw->eng->outlets, al, an) && !raw->outlet)
            raw->outlet = dyad_arena_strndup(raw->arena, agency, agency_len);
    }
    return i + d;
}

/* "By JANE DOE", "By Jane Doe and John Roe", "By Jane Doe, Reuters". */
static bool byline(dyad_raw_doc *raw, const char *s, size_t n)
{
    if (n > 120 || !starts_with_ci(s, n, "by "))
        return false;
    const char *p = s + 3;
    size_t m = n - 3;
    p += trim_left(p, m);
    m = (size_t)(s + n - p);
    const char *comma = memchr(p, ',', m);
    size_t nl = comma ? (size_t)(comma - p) : m;
    while (nl && (p[nl - 1] == ' ' || p[nl - 1] == '.'))
        nl--;
    if (!nl || !(isupper((unsigned char)p[0]) || (unsigned char)p[0] >= 0xC0))
        return false;
    /* the name as written; all-caps names become title case */
    char *name = dyad_arena_strndup(raw->arena, p, nl);
    if (!name)
        return false;
    size_t n_up = 0, n_low = 0; /* "JANE DOE and JOHN ROE" counts as upper */
    for (size_t i = 0; i < nl; i++) {
        n_up += isupper((unsigned char)name[i]) != 0;
        n_low += islower((unsigned char)name[i]) != 0;
    }
    bool upper = n_up > 3 * n_low;
    if (upper) {
        /* "MARIA DELGADO and TOM OKAFOR" → "Maria Delgado and Tom Okafor" */
        bool start = true;
        for (size_t i = 0; i < nl; i++) {
            char c = name[i];
            if (start && nl - i >= 4 && strncmp(name + i, "AND ", 4) == 0) {
                memcpy(name + i, "and", 3);
                i += 2;
                start = false;
                continue;
            }
            if (!start && isupper((unsigned char)c))
                name[i] = (char)tolower((unsigned char)c);
            start = c == ' ' || c == '-' || c == '\'';
        }
    }
    if (!raw->author)
        raw->author = name;
    if (comma && !raw->outlet) {
        const char *o = comma + 1;
        o += trim_left(o, (size_t)(s + n - o));
        size_t ol = (size_t)(s + n - o);
        if (ol > 0 && ol < 60)
            raw->outlet = dyad_arena_strndup(raw->arena, o, ol);
    }
    return true;
}

/* "Eloise Lee, Cheonji Daily News": a short "Name, Outlet" line. */
static bool name_outlet(dyad_raw_doc *raw, const char *s, size_t n)
{
    if (n > 90)
        return false;
    const char *comma = memchr(s, ',', n);
    if (!comma || memchr(comma + 1, ',', (size_t)(s + n - comma - 1)))
        return false;
    size_t nl = (size_t)(comma - s);
    const char *o = comma + 1;
    o += trim_left(o, (size_t)(s + n - o));
    size_t ol = (size_t)(s + n - o);
    if (!looks_like_name(s, nl) || ol < 2 || !(isupper((unsigned char)o[0])))
        return false;
    for (size_t i = 0; i < ol; i++)
        if (o[i] == '.' && i + 1 == ol)
            return false; /* a sentence, not a credit */
    if (!raw->author)
        raw->author = dyad_arena_strndup(raw->arena, s, nl);
    if (!raw->outlet)
        raw->outlet = dyad_arena_strndup(raw->arena, o, ol);
    return true;
}

/* A line that is only a date, maybe labelled: "January 31, 2024",
 * "Published: 2024-01-31 10:00", "Updated Jan. 31, 2024". */
static bool date_line(dyad_raw_doc *raw, const char *s, size_t n)
{
    if (n > 80)
        return false;
    static const char *const labels[] = {"published:", "published", "posted:", "posted", "updated:", "updated",
                                         "date:", "입력", "수정", "기사입력"};
    size_t i = 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++)
        if (starts_with_ci(s, n, labels[k])) {
            i = strlen(labels[k]);
            break;
        }
    while (i < n && (s[i] == ' ' || s[i] == ':'))
        i++;
    char iso[11];
    size_t dl = dyad_date_parse(s + i, n - i, raw->year_hint, iso);
    if (!dl)
        return false;
    /* the rest may be a time: "10:00 a.m. EST", "| 5 min read" is not */
    for (size_t j = i + dl; j < n; j++)
        if (isalpha((unsigned char)s[j]) && !(strchr("apmAPMESTGMTUCKD", s[j])))
            return false;
    set_date(raw, iso);
    return true;
}

/* Photo caption with credits: "ⓒOutlet 2024.01.31 TEXT / Name, Outlet",
 * "TEXT (AP Photo/Jane Doe)", "TEXT (Photo: Agency)".  Adds up to three
 * paragraphs (credit, caption, credit).  Returns true when it did. */
static bool caption(dyad_raw_doc *raw, const char *s, size_t n)
{
    size_t cs = 0, ce = n; /* caption text [cs, ce) */
    bool credit_lead = false, credit_tail = false;
    if (n >= 3 && (memcmp(s, "\xE2\x93\x92", 3) == 0 || memcmp(s, "\xC2\xA9", 2) == 0 || starts_with_ci(s, n, "(c)"))) {
        /* ⓒ or © + outlet + optional date */
        size_t i = memcmp(s, "\xE2\x93\x92", 3) == 0 ? 3 : (s[0] == '(' ? 3 : 2);
        /* the outlet: up to the first space */
        while (i < n && s[i] == ' ')
            i++;
        while (i < n && s[i] != ' ')
            i++;
        while (i < n && s[i] == ' ')
            i++;
        char iso[11];
        size_t dl = dyad_date_parse(s + i, n - i, 0, iso);
        if (dl) {
            note_year(raw, iso);
            i += dl;
            while (i < n && s[i] == ' ')
                i++;
        }
        if (n - i < 20)
            return false; /* just a copyright line */
        cs = i;
        credit_lead = true;
    }
    /* " / Name, Outlet" at the end: a slash within the last 80 bytes */
    size_t k_low = cs + 10 > (ce >= 80 ? ce - 80 : 0) ? cs + 10 : ce - 80;
    for (size_t k = ce; k > k_low; k--) {
        if (s[k - 1] == '/' && k >= 2 && s[k - 2] == ' ' && ce - k < 80) {
            const char *t = s + k;
            size_t tl = ce - k;
            size_t lead = trim_left(t, tl);
            if (looks_like_name(t + lead, memchr(t, ',', tl) ? (size_t)((const char *)memchr(t, ',', tl) - t - lead) : tl - lead) ||
                name_outlet(raw, t + lead, tl - lead)) {
                ce = k - 2;
                credit_tail = true;
            }
            break;
        }
    }
    /* "(AP Photo/Name)" "(Photo: X)" "(Reuters/Name)" at the end */
    if (!credit_tail && ce > cs + 10 && s[ce - 1] == ')') {
        for (size_t k = ce - 1; k > cs && ce - k < 80; k--)
            if (s[k - 1] == '(') {
                const char *t = s + k;
                size_t tl = ce - 1 - k;
                if (starts_with_ci(t, tl, "photo") || memmem(t, tl, "Photo/", 6) || memmem(t, tl, "/Getty", 6) ||
                    memmem(t, tl, "Reuters/", 8) || memmem(t, tl, "AFP", 3) || starts_with_ci(t, tl, "image")) {
                    ce = k - 1;
                    while (ce > cs && s[ce - 1] == ' ')
                        ce--;
                    credit_tail = true;
                }
                break;
            }
    }
    if (!credit_lead && !credit_tail)
        return false;
    if (credit_lead && dyad_raw_add(raw, s, cs, DYAD_PARA_BOILERPLATE, "credit"))
        return false;
    if (dyad_raw_add(raw, s + cs, ce - cs, DYAD_PARA_CAPTION, NULL))
        return false;
    if (credit_tail && dyad_raw_add(raw, s + ce, n - ce, DYAD_PARA_BOILERPLATE, "credit"))
        return false;
    return true;
}

/* Does the block of lines look hard-wrapped (to be joined)? */
static bool hard_wrapped(const line *ls, size_t n)
{
    if (n < 2)
        return false;
    /* a line ending in a dash or bracket is a dateline or label */
    for (size_t i = 0; i + 1 < n; i++) {
        const char *s = ls[i].s;
        size_t l = ls[i].len;
        if (l && (s[l - 1] == ']' || s[l - 1] == ':' ||
                  (l >= 3 && (memcmp(s + l - 3, "\xE2\x80\x94", 3) == 0 || memcmp(s + l - 3, "\xE2\x80\x93", 3) == 0))))
            return false;
    }
    size_t maxc = 0;
    for (size_t i = 0; i < n; i++)
        if (ls[i].chars > maxc)
            maxc = ls[i].chars;
    if (maxc > 100 || maxc < 50)
        return false;
    /* metadata lines (a byline, a line that is mostly a date) are never
     * wrapped into each other; a short last line ('one."') is no date */
    for (size_t i = 0; i < n; i++) {
        char iso[11];
        size_t date_len = dyad_date_parse(ls[i].s, ls[i].len, 2000, iso);
        if ((ls[i].len < 120 && starts_with_ci(ls[i].s, ls[i].len, "by ")) ||
            (date_len && date_len + 12 >= ls[i].len))
            return false;
    }
    for (size_t i = 0; i + 1 < n; i++)
        if (ls[i].chars * 10 < maxc * 6)
            return false;
    return true;
}

/* Handle one logical line (a paragraph candidate) at block index `blk`. */
static int add_line(dyad_raw_doc *raw, const char *s, size_t n, size_t blk, size_t nblocks, bool *title_done)
{
    size_t lead = trim_left(s, n);
    s += lead;
    n -= lead;
    if (!n)
        return 0;
    bool head = blk < 8, tail = blk + 4 >= nblocks;
    if (head || tail) {
        size_t d = korean_dateline(raw, s, n, raw->year_hint);
        if (!d && head && !raw->dateline)
            d = wire_dateline(raw, s, n);
        if (d) {
            if (dyad_raw_add(raw, s, d, DYAD_PARA_DATELINE, NULL))
                return -1;
            *title_done = true;
            size_t r = d + trim_left(s + d, n - d);
            return r < n ? dyad_raw_add(raw, s + r, n - r, -1, NULL) : 0;
        }
        if (byline(raw, s, n) || (head && date_line(raw, s, n)))
            return dyad_raw_add(raw, s, n, DYAD_PARA_DATELINE, NULL);
    }
    if (caption(raw, s, n))
        return 0;
    if ((head || tail) && n < 90 && name_outlet(raw, s, n))
        return dyad_raw_add(raw, s, n, DYAD_PARA_DATELINE, NULL);
    return dyad_raw_add(raw, s, n, -1, NULL);
}

dyad_status dyad_ingest_metalines(dyad_raw_doc *raw)
{
    dyad_raw_para *old = raw->paras;
    size_t n = raw->n_paras;
    raw->paras = NULL;
    raw->n_paras = raw->cap_paras = 0;
    int body_seen = 0;
    for (size_t i = 0; i < n; i++) {
        dyad_raw_para p = old[i];
        if (p.kind != -1 || body_seen >= 6) {
            if (dyad_raw_add(raw, p.text, p.len, p.kind, p.why))
                return DYAD_ERR_NOMEM;
            continue;
        }
        body_seen++;
        const char *s = p.text;
        size_t len = p.len, lead = 0;
        while (lead < len && (s[lead] == ' ' || s[lead] == '\n' || s[lead] == '\t' || s[lead] == '\r'))
            lead++;
        s += lead;
        len -= lead;
        size_t d = korean_dateline(raw, s, len, raw->year_hint);
        if (!d && !raw->dateline)
            d = wire_dateline(raw, s, len);
        if (d) {
            size_t r = d + trim_left(s + d, len - d);
            if (dyad_raw_add(raw, s, d, DYAD_PARA_DATELINE, NULL) ||
                (r < len && dyad_raw_add(raw, s + r, len - r, -1, NULL)))
                return DYAD_ERR_NOMEM;
            continue;
        }
        const char *keep_author = raw->author;
        if (len < 120 && byline(raw, s, len)) {
            /* the page's metadata named the author already: keep it */
            if (keep_author)
                raw->author = keep_author;
            if (dyad_raw_add(raw, s, len, DYAD_PARA_DATELINE, NULL))
                return DYAD_ERR_NOMEM;
            continue;
        }
        if (dyad_raw_add(raw, p.text, p.len, p.kind, p.why))
            return DYAD_ERR_NOMEM;
    }
    return DYAD_OK;
}

dyad_status dyad_ingest_text(dyad_raw_doc *raw, const char *data, size_t len, const char **err)
{
    /* skip a BOM */
    if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) {
        data += 3;
        len -= 3;
    }
    /* lines */
    size_t nlines = 1;
    for (const char *p = data, *end = data + len; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++)
        nlines++;
    line *ls = dyad_arena_array(raw->arena, nlines, sizeof *ls);
    if (!ls)
        return DYAD_ERR_NOMEM;
    size_t nl = 0;
    for (const char *p = data, *end = data + len; p <= end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e)
            e = end;
        size_t l = (size_t)(e - p);
        while (l && (p[l - 1] == '\r' || p[l - 1] == ' ' || p[l - 1] == '\t'))
            l--;
        ls[nl++] = (line){p, l, 0, is_blank(p, l)};
        if (e == end)
            break;
        p = e + 1;
    }
    /* blocks of non-blank lines */
    size_t nblocks = 0;
    for (size_t i = 0; i < nl; i++)
        if (!ls[i].blank && (i == 0 || ls[i - 1].blank))
            nblocks++;
    /* a first pass over the whole text for a year: "2024.01.31", "Jan. 31, 2024" */
    {
        char iso[11];
        size_t dl;
        size_t scan = len < 4096 ? len : 4096;
        long at = dyad_date_find(data, scan, 0, iso, &dl);
        if (at >= 0)
            note_year(raw, iso);
    }
    bool title_done = false;
    size_t blk = 0;
    for (size_t i = 0; i < nl;) {
        if (ls[i].blank) {
            i++;
            continue;
        }
        size_t j = i;
        while (j < nl && !ls[j].blank)
            j++;
        /* code points are looked at only for the headline and for blocks
         * of several lines (hard_wrapped) */
        if (blk == 0 || j - i >= 2)
            for (size_t k = i; k < j; k++)
                ls[k].chars = count_chars(ls[k].s, ls[k].len);
        /* the headline: the first block, one short line, when more follows */
        if (blk == 0 && j - i == 1 && nblocks > 1 && ls[i].chars <= 300 && !title_done) {
            const char *s = ls[i].s;
            size_t n = ls[i].len;
            if (!korean_dateline(raw, s, n, 0) && !wire_dateline(raw, s, n) && !byline(raw, s, n) &&
                !(n && (s[n - 1] == '.' && ls[i].chars > 200))) {
                raw->title = dyad_arena_strndup(raw->arena, s, n);
                if (dyad_raw_add(raw, s, n, DYAD_PARA_TITLE, NULL))
                    return DYAD_ERR_NOMEM;
                title_done = true;
                blk++;
                i = j;
                continue;
            }
        }
        if (hard_wrapped(ls + i, j - i)) {
            /* one paragraph spanning the lines; normalisation turns the
             * newlines into spaces later only for HTML, so join here */
            size_t total = 0;
            for (size_t k = i; k < j; k++)
                total += ls[k].len + 1;
            char *joined = dyad_arena_alloc(raw->arena, total + 1);
            if (!joined)
                return DYAD_ERR_NOMEM;
            size_t o = 0;
            for (size_t k = i; k < j; k++) {
                if (o)
                    joined[o++] = ' ';
                size_t lead = trim_left(ls[k].s, ls[k].len);
                memcpy(joined + o, ls[k].s + lead, ls[k].len - lead);
                o += ls[k].len - lead;
            }
            if (add_line(raw, joined, o, blk, nblocks, &title_done))
                return DYAD_ERR_NOMEM;
        } else {
            for (size_t k = i; k < j; k++)
                if (add_line(raw, ls[k].s, ls[k].len, blk, nblocks, &title_done))
                    return DYAD_ERR_NOMEM;
        }
        blk++;
        i = j;
    }
    /* the date of the dateline may have come before the year was known */
    (void)err;
    if (raw->n_paras == 0) {
        *err = "no text";
        return DYAD_ERR_EMPTY;
    }
    return DYAD_OK;
}
