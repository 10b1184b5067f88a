/* codebook.c — the CAMEO event codebook (codebook.h): data/cameo.txt for
 * names and Goldstein scores, data/plover.txt and any CAMEO2PLOVER*.txt
 * given with --dict for the PLOVER categories. */
#include "codebook.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

struct dyad_codebook {
    dyad_cameo_info *items;
    size_t n, cap;
    dyad_strmap by_code;
};

int dyad_cameo_quad(const char *root)
{
    if (!root || root[0] < '0' || root[0] > '2' || root[1] < '0' || root[1] > '9')
        return 0;
    int r = (root[0] - '0') * 10 + (root[1] - '0');
    return r < 1 || r > 20 ? 0 : r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4;
}

static size_t code_digits(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && k < 4 && s[k] >= '0' && s[k] <= '9')
        k++;
    return k;
}

static dyad_cameo_info *find(const struct dyad_codebook *cb, const char *code, size_t n)
{
    int i = dyad_strmap_get(&cb->by_code, code, n);
    return i >= 0 ? &cb->items[i] : NULL;
}

const dyad_cameo_info *dyad_cameo_lookup(const dyad_engine *eng, const char *code)
{
    if (!eng || !eng->codebook || !code)
        return NULL;
    size_t n = code_digits(code, strlen(code));
    for (; n >= 2; n--) {
        const dyad_cameo_info *ci = find(eng->codebook, code, n);
        if (ci)
            return ci;
    }
    return NULL;
}

typedef struct cfield {
    const char *p;
    size_t n;
} cfield;

static cfield ctrim(const char *s, const char *e)
{
    while (s < e && (*s == ' ' || *s == '\t'))
        s++;
    while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
        e--;
    return (cfield){s, (size_t)(e - s)};
}

/* Split on `sep` (a string) into at most max fields. */
static size_t csplit(const char *s, size_t n, const char *sep, cfield *f, size_t max)
{
    size_t k = 0, sl = strlen(sep);
    const char *end = s + n;
    while (k < max) {
        const char *hit = k + 1 < max ? memmem(s, (size_t)(end - s), sep, sl) : NULL;
        f[k++] = ctrim(s, hit ? hit : end);
        if (!hit)
            break;
        s = hit + sl;
    }
    return k;
}

static long load_cameo(dyad_engine *eng, struct dyad_codebook *cb, const char *name, const char *data,
                       size_t len)
{
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    long bad = 0;
    while ((line = dyad_lines_next(&it, &n))) {
        cfield f[3];
        const char *why = NULL;
        if (csplit(line, n, " | ", f, 3) != 3)
            why = "expected CODE | NAME | GOLDSTEIN";
        else if (code_digits(f[0].p, f[0].n) != f[0].n || f[0].n < 2 || !dyad_cameo_quad(f[0].p))
            why = "bad CAMEO code";
        char num[16];
        double g = 0;
        bool derived = false;
        if (!why) {
            size_t gn = f[2].n;
            if (gn && f[2].p[gn - 1] == '~') {
                derived = true;
                gn--;
            }
            char *endp;
            if (!gn || gn >= sizeof num)
                why = "bad Goldstein score";
            else {
                memcpy(num, f[2].p, gn);
                num[gn] = 0;
                g = strtod(num, &endp);
                if (*endp || g < -10 || g > 10)
                    why = "bad Goldstein score";
            }
        }
        if (why) {
            dyad_engine_diag(eng, "%s:%u: %s", name, it.lineno, why);
            bad++;
            continue;
        }
        if (cb->n == cb->cap) {
            size_t nc = cb->cap ? cb->cap * 2 : 512;
            dyad_cameo_info *g2 = dyad_arena_grow(eng->arena, cb->items, cb->n, nc, sizeof *g2);
            if (!g2)
                return -1;
            cb->items = g2;
            cb->cap = nc;
        }
        dyad_cameo_info *ci = &cb->items[cb->n];
        ci->code = dyad_arena_strndup(eng->arena, f[0].p, f[0].n);
        ci->name = dyad_arena_strndup(eng->arena, f[1].p, f[1].n);
        ci->root = dyad_arena_strndup(eng->arena, f[0].p, 2);
        if (!ci->code || !ci->name || !ci->root)
            return -1;
        ci->goldstein = g;
        ci->goldstein_derived = derived;
        ci->quad = dyad_cameo_quad(ci->root);
        if (dyad_strmap_put(&cb->by_code, eng->arena, ci->code, f[0].n, (int)cb->n))
            return -1;
        cb->n++;
    }
    return bad;
}

static const char *opt_str(dyad_engine *eng, cfield f)
{
    if (!f.n || (f.n == 1 && f.p[0] == '-'))
        return "";
    return dyad_arena_strndup(eng->arena, f.p, f.n);
}

long dyad_codebook_add_plover(dyad_engine *eng, const char *name, const char *data, size_t len)
{
    struct dyad_codebook *cb = eng->codebook;
    if (!cb)
        return -1;
    dyad_lines it = {data, data + len, 0};
    const char *line;
    size_t n;
    long bad = 0;
    while ((line = dyad_lines_next(&it, &n))) {
        cfield code, f[3] = {{"", 0}, {"", 0}, {"", 0}};
        size_t k;
        const char *colon = memchr(line, ':', n);
        const char *bar = memmem(line, n, " | ", 3);
        char ctx[128];
        size_t ctx_n = 0;
        if (bar && (!colon || bar < colon)) {
            cfield all[4];
            k = csplit(line, n, " | ", all, 4);
            code = all[0];
            for (size_t i = 1; i < k; i++)
                f[i - 1] = all[i];
            for (size_t i = 0; i < 3; i++)
                if (f[i].n == 1 && f[i].p[0] == '-')
                    f[i].n = 0;
            if (k >= 2 && k <= 4) {
                for (size_t i = 0; i < f[2].n && ctx_n < sizeof ctx; i++)
                    ctx[ctx_n++] = f[2].p[i];
            } else
                k = 0;
        } else if (colon) {
            /* "030: AGREE,  , diplomatic" ; several contexts "crime; corruption" */
            code = ctrim(line, colon);
            cfield all[3];
            k = csplit(colon + 1, (size_t)(line + n - colon - 1), ",", all, 3);
            for (size_t i = 0; i < k; i++)
                f[i] = all[i];
            for (size_t i = 0; i < f[2].n && ctx_n < sizeof ctx; i++) {
                char c = f[2].p[i];
                if (c == ' ' || c == '\t')
                    continue;
                ctx[ctx_n++] = c == ';' ? ',' : c;
            }
            k = k ? 2 : 0;
        } else
            k = 0;
        const char *why = NULL;
        if (!k || !f[0].n)
            why = "expected CODE | EVENT | MODE | CONTEXT";
        else if (code_digits(code.p, code.n) != code.n || code.n < 2 || ctx_n >= sizeof ctx)
            why = "bad CAMEO code";
        dyad_cameo_info *ci = why ? NULL : find(cb, code.p, code.n);
        if (!why && !ci)
            why = "not a CAMEO code of the codebook";
        if (why) {
            dyad_engine_diag(eng, "%s:%u: %s", name, it.lineno, why);
            bad++;
            continue;
        }
        ci->plover = opt_str(eng, f[0]);
        ci->plover_mode = f[1].n ? opt_str(eng, f[1]) : NULL;
        ci->plover_context = ctx_n ? dyad_arena_strndup(eng->arena, ctx, ctx_n) : NULL;
        if (!ci->plover || (f[1].n && !ci->plover_mode) || (ctx_n && !ci->plover_context))
            return -1;
    }
    return bad;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        char *g = realloc(buf, cap * 2);
        if (!g) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = g;
        cap *= 2;
    }
    fclose(f);
    *len = n;
    return buf;
}

static bool is_plover_name(const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    return strncasecmp(base, "cameo2plover", 12) == 0;
}

static long add_plover_file(dyad_engine *eng, const char *path)
{
    size_t len;
    char *data = read_all(path, &len);
    if (!data) {
        dyad_engine_diag(eng, "%s: cannot read PLOVER table", path);
        return 0;
    }
    long rc = dyad_codebook_add_plover(eng, path, data, len);
    free(data);
    return rc;
}

dyad_status dyad_codebook_load(dyad_engine *eng, const dyad_engine_options *opt)
{
    struct dyad_codebook *cb = dyad_arena_alloc(eng->arena, sizeof *cb);
    if (!cb)
        return DYAD_ERR_NOMEM;
    eng->codebook = cb;
    const dyad_blob *b = dyad_builtin_find("cameo.txt");
    if (b && load_cameo(eng, cb, b->name, (const char *)b->data, b->len) < 0)
        return DYAD_ERR_NOMEM;
    b = dyad_builtin_find("plover.txt");
    if (b && dyad_codebook_add_plover(eng, b->name, (const char *)b->data, b->len) < 0)
        return DYAD_ERR_NOMEM;
    for (size_t i = 0; opt && i < opt->n_dict_paths; i++) {
        const char *path = opt->dict_paths[i];
        struct stat st;
        if (stat(path, &st) != 0)
            continue; /* reported by the lexicon */
        if (!S_ISDIR(st.st_mode)) {
            if (is_plover_name(path) && add_plover_file(eng, path) < 0)
                return DYAD_ERR_NOMEM;
            continue;
        }
        DIR *d = opendir(path);
        struct dirent *de;
        while (d && (de = readdir(d))) {
            if (!is_plover_name(de->d_name))
                continue;
            char *full = dyad_arena_printf(eng->arena, "%s/%s", path, de->d_name);
            if (!full || add_plover_file(eng, full) < 0) {
                closedir(d);
                return DYAD_ERR_NOMEM;
            }
        }
        if (d)
            closedir(d);
    }
    /* a code without a PLOVER mapping takes its nearest parent's */
    for (size_t i = 0; i < cb->n; i++) {
        dyad_cameo_info *ci = &cb->items[i];
        for (size_t k = strlen(ci->code) - 1; !ci->plover && k >= 2; k--) {
            const dyad_cameo_info *p = find(cb, ci->code, k);
            if (p && p->plover) {
                ci->plover = p->plover;
                ci->plover_mode = p->plover_mode;
                ci->plover_context = p->plover_context;
            }
        }
    }
    return DYAD_OK;
}
