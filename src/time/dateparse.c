/* dateparse.c — written dates as they appear in bylines, datelines, <meta>
 * tags and WARC headers, to ISO "YYYY-MM-DD".  Relative expressions
 * ("last Friday") are the time stage's job (resolve.c); this file only reads
 * dates that name their day. */
#include "dyad_int.h"

#include <ctype.h>
#include <string.h>

static const char *const month_names[12] = {"january", "february", "march",     "april",
                                            "may",     "june",     "july",      "august",
                                            "september", "october", "november", "december"};

static bool is_alpha(char c) { return isalpha((unsigned char)c) != 0; }
static bool is_digit(char c) { return c >= '0' && c <= '9'; }

int dyad_month_from_name(const char *s, size_t len, size_t *n)
{
    static const uint8_t name_len[12] = {7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8};
    size_t w = 0;
    while (w < len && is_alpha(s[w]))
        w++;
    if (w < 3 || w > 9)
        return 0;
    /* the written dates of a text are few, but every token starting with a
     * capital or digit is asked: compare the first letter before the rest */
    char c0 = (char)tolower((unsigned char)s[0]);
    for (int m = 0; m < 12; m++) {
        size_t ml = name_len[m];
        if (w > ml || month_names[m][0] != c0)
            continue;
        if (strncasecmp(s, month_names[m], w) != 0)
            continue;
        /* full name, or an abbreviation of 3+ letters ("Sept" too) */
        if (w == ml || (w >= 3 && w <= 4)) {
            size_t k = w;
            if (w < ml && k < len && s[k] == '.')
                k++;
            *n = k;
            return m + 1;
        }
    }
    return 0;
}

static int days_in_month(int y, int m)
{
    static const int d[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static bool valid(int y, int m, int d)
{
    return y >= 1800 && y <= 2200 && m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/* Read 1..max digits; returns count, value in *v. */
static size_t digits(const char *s, size_t len, size_t max, int *v)
{
    size_t i = 0;
    int x = 0;
    while (i < len && i < max && is_digit(s[i]))
        x = x * 10 + (s[i++] - '0');
    if (i < len && is_digit(s[i]))
        return 0; /* longer number than allowed */
    *v = x;
    return i;
}

static size_t skip_ws(const char *s, size_t len, size_t i)
{
    while (i < len && (s[i] == ' ' || s[i] == '\t'))
        i++;
    return i;
}

static void write_iso(char iso[11], int y, int m, int d)
{
    iso[0] = (char)('0' + y / 1000);
    iso[1] = (char)('0' + y / 100 % 10);
    iso[2] = (char)('0' + y / 10 % 10);
    iso[3] = (char)('0' + y % 10);
    iso[4] = '-';
    iso[5] = (char)('0' + m / 10);
    iso[6] = (char)('0' + m % 10);
    iso[7] = '-';
    iso[8] = (char)('0' + d / 10);
    iso[9] = (char)('0' + d % 10);
    iso[10] = '\0';
}

/* A year after position i: ", 2024" / " 2024"; returns new i or 0. */
static size_t read_year(const char *s, size_t len, size_t i, int *y)
{
    size_t j = i;
    if (j < len && s[j] == ',')
        j++;
    j = skip_ws(s, len, j);
    int v;
    size_t n = digits(s + j, len - j, 4, &v);
    if (n == 4 && v >= 1800 && v <= 2200 && !(j + n < len && is_alpha(s[j + n]))) {
        *y = v;
        return j + n;
    }
    return 0;
}

/* Does the word start with a weekday's first three letters ("Wed",
 * "wednesday"; ASCII case ignored)?  The word's first 3 bytes are letters. */
static bool weekday_prefix(const char *s)
{
    static const char wd[7][4] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    char c0 = (char)(s[0] | 0x20), c1 = (char)(s[1] | 0x20), c2 = (char)(s[2] | 0x20);
    for (int k = 0; k < 7; k++)
        if (wd[k][0] == c0 && wd[k][1] == c1 && wd[k][2] == c2)
            return true;
    return false;
}

/* dyad_date_parse, also telling whether the year was read from the text
 * (*year_read) rather than taken from year_hint. */
static size_t parse_date(const char *s, size_t len, int year_hint, char iso[11], bool *year_read)
{
    size_t i = 0;
    int y = 0, m = 0, d = 0, v;
    *year_read = false;
    /* optional weekday: "Wednesday, " / "Wed, " */
    {
        size_t w = 0;
        while (w < len && is_alpha(s[w]))
            w++;
        if (w >= 3 && weekday_prefix(s)) {
            size_t j = w;
            if (j < len && s[j] == '.')
                j++;
            if (j < len && s[j] == ',')
                j++;
            j = skip_ws(s, len, j);
            if (j > w) {
                size_t r = parse_date(s + j, len - j, year_hint, iso, year_read);
                return r ? j + r : 0;
            }
        }
    }
    size_t n = digits(s, len, 4, &v);
    if (n == 4) {
        /* 2024-01-31, 2024/01/31, 2024.01.31, 2024년 1월 31일 */
        y = v;
        *year_read = true;
        i = 4;
        if (i < len && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
            char sep = s[i++];
            size_t k = digits(s + i, len - i, 2, &m);
            if (!k)
                return 0;
            i += k;
            if (i >= len || s[i] != sep)
                return 0;
            i++;
            k = digits(s + i, len - i, 2, &d);
            if (!k)
                return 0;
            i += k;
            if (sep == '.' && i < len && s[i] == '.')
                i++;
        } else if (len - i >= 4 && memcmp(s + i, "\xEB\x85\x84", 3) == 0) { /* 년 */
            i = skip_ws(s, len, i + 3);
            size_t k = digits(s + i, len - i, 2, &m);
            if (!k || len - i - k < 3 || memcmp(s + i + k, "\xEC\x9B\x94", 3) != 0) /* 월 */
                return 0;
            i = skip_ws(s, len, i + k + 3);
            k = digits(s + i, len - i, 2, &d);
            if (!k || len - i - k < 3 || memcmp(s + i + k, "\xEC\x9D\xBC", 3) != 0) /* 일 */
                return 0;
            i += k + 3;
        } else if (len - i >= 3 && memcmp(s + i, "\xE5\xB9\xB4", 3) == 0) { /* 年 */
            i += 3;
            size_t k = digits(s + i, len - i, 2, &m);
            if (!k || len - i - k < 3 || memcmp(s + i + k, "\xE6\x9C\x88", 3) != 0) /* 月 */
                return 0;
            i += k + 3;
            k = digits(s + i, len - i, 2, &d);
            if (!k || len - i - k < 3 || memcmp(s + i + k, "\xE6\x97\xA5", 3) != 0) /* 日 */
                return 0;
            i += k + 3;
        } else
            return 0;
    } else if (n >= 1 && n <= 2) {
        /* 31 January 2024 / 31 Jan / 31.01.2024 / 01/31/2024 */
        int a = v;
        i = n;
        if (i < len && (s[i] == '.' || s[i] == '/') && i + 1 < len && is_digit(s[i + 1])) {
            char sep = s[i++];
            int b;
            size_t k = digits(s + i, len - i, 2, &b);
            if (!k || i + k >= len || s[i + k] != sep)
                return 0;
            i += k + 1;
            k = digits(s + i, len - i, 4, &y);
            if (k != 4)
                return 0;
            *year_read = true;
            i += k;
            if (sep == '/') { /* US order unless the first cannot be a month */
                m = a <= 12 ? a : b;
                d = a <= 12 ? b : a;
            } else {
                d = a;
                m = b;
            }
        } else {
            size_t j = i;
            if (j < len && s[j] == '.')
                j++; /* German "31. Januar" is not handled; "31." skipped */
            j = skip_ws(s, len, j);
            if (j + 2 < len && strncasecmp(s + j, "of ", 3) == 0)
                j += 3;
            size_t mn;
            m = dyad_month_from_name(s + j, len - j, &mn);
            if (!m)
                return 0;
            d = a;
            i = j + mn;
            size_t k = read_year(s, len, i, &y);
            if (k) {
                i = k;
                *year_read = true;
            } else
                y = year_hint;
        }
    } else {
        size_t mn;
        m = dyad_month_from_name(s, len, &mn);
        if (!m)
            return 0;
        i = skip_ws(s, len, mn);
        size_t k = digits(s + i, len - i, 2, &d);
        if (!k)
            return 0;
        i += k;
        /* ordinal suffix: 31st, 2nd */
        if (i + 1 < len && (strncasecmp(s + i, "st", 2) == 0 || strncasecmp(s + i, "nd", 2) == 0 ||
                            strncasecmp(s + i, "rd", 2) == 0 || strncasecmp(s + i, "th", 2) == 0))
            i += 2;
        if (i < len && is_alpha(s[i]))
            return 0;
        k = read_year(s, len, i, &y);
        if (k) {
            i = k;
            *year_read = true;
        } else
            y = year_hint;
    }
    if (!valid(y, m, d))
        return 0;
    write_iso(iso, y, m, d);
    return i;
}

/* A written date at s (see dyad_int.h): its length, 0 when none. */
size_t dyad_date_parse(const char *s, size_t len, int year_hint, char iso[11])
{
    bool year_read;
    return parse_date(s, len, year_hint, iso, &year_read);
}

/* dyad_date_parse telling whether the year came from the text; see
 * time.h. */
size_t dyad_date_parse_year(const char *s, size_t len, int year_hint, char iso[11], bool *year_read)
{
    return parse_date(s, len, year_hint, iso, year_read);
}

long dyad_date_find(const char *s, size_t len, int year_hint, char iso[11], size_t *date_len)
{
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!(is_digit(c) || is_alpha(c)))
            continue;
        if (i > 0 && (is_digit(s[i - 1]) || is_alpha(s[i - 1])))
            continue; /* not at a word start */
        size_t n = dyad_date_parse(s + i, len - i, year_hint, iso);
        if (n) {
            *date_len = n;
            return (long)i;
        }
    }
    return -1;
}
