/* lexicon.c — loading the engine's dictionaries: the built-in data
 * (data/actors/ *.txt, data/agents.txt, data/verbs.txt) and the user's --dict files and
 * folders, each in the format guessed from its name and first lines. */
#include "lexicon.h"
#include "verbs.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

static bool ends_with(const char *s, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && strncasecmp(s + n - k, suffix, k) == 0;
}

static bool contains(const char *s, const char *needle) { return strcasestr(s, needle) != NULL; }

/* Does the first meaningful line look like "KIND | NAMES | CODES"? */
static bool looks_dyad(const char *data, size_t len)
{
    dyad_lines it = {data, data + (len > 65536 ? 65536 : len), 0};
    const char *line;
    size_t n;
    while ((line = dyad_lines_next(&it, &n))) {
        if (n >= 4 && memcmp(line, "<!--", 4) == 0)
            return false;
        return memmem(line, n, " | ", 3) != NULL;
    }
    return false;
}

/* Does the first meaningful line begin "verb | ", "pattern | " or "synset | "? */
static bool looks_dyad_verbs(const char *data, size_t len)
{
    dyad_lines it = {data, data + (len > 65536 ? 65536 : len), 0};
    const char *line;
    size_t n;
    if (!(line = dyad_lines_next(&it, &n)))
        return false;
    return (n > 7 && memcmp(line, "verb | ", 7) == 0) || (n > 10 && memcmp(line, "pattern | ", 10) == 0) ||
           (n > 9 && memcmp(line, "synset | ", 9) == 0);
}

/* A PETRARCH verb block header "---  NAME  [CODE]  ---" among the first
 * 64 KiB, at the start of a line. */
static bool looks_petrarch_verbs(const char *data, size_t len)
{
    size_t lim = len > 65536 ? 65536 : len;
    for (size_t i = 0; i + 4 < lim; i++)
        if ((i == 0 || data[i - 1] == '\n') && memcmp(data + i, "--- ", 4) == 0) {
            const char *nl = memchr(data + i, '\n', lim - i);
            size_t n = nl ? (size_t)(nl - (data + i)) : lim - i;
            while (n && (data[i + n - 1] == '\r' || data[i + n - 1] == ' '))
                n--;
            if (n > 7 && memcmp(data + i + n - 3, "---", 3) == 0)
                return true;
        }
    return false;
}

dyad_dict_format dyad_dict_format_guess(const char *name, const char *data, size_t len)
{
    const char *base = strrchr(name, '/');
    base = base ? base + 1 : name;
    size_t n = strlen(base);
    if (ends_with(base, n, ".verbs") || ends_with(base, n, ".verbs.clean"))
        return DYAD_DICT_TABARI_VERBS;
    if (contains(base, "cameo2plover"))
        return DYAD_DICT_PLOVER;
    if (contains(base, "verbs.txt"))
        return looks_dyad(data, len) ? DYAD_DICT_DYAD_VERBS : DYAD_DICT_VERBS;
    if (ends_with(base, n, ".actors") || ends_with(base, n, ".actors.clean"))
        return DYAD_DICT_TABARI_ACTORS;
    if (ends_with(base, n, ".agents") || ends_with(base, n, ".agents.clean"))
        return DYAD_DICT_TABARI_AGENTS;
    if (!ends_with(base, n, ".txt"))
        return DYAD_DICT_UNKNOWN;
    if (looks_dyad(data, len))
        return looks_dyad_verbs(data, len) ? DYAD_DICT_DYAD_VERBS : DYAD_DICT_DYAD;
    if (looks_petrarch_verbs(data, len))
        return DYAD_DICT_VERBS;
    if (contains(base, "discard"))
        return DYAD_DICT_PETR_DISCARDS;
    if (contains(base, "agents"))
        return DYAD_DICT_PETR_AGENTS;
    if (contains(base, "actors"))
        return DYAD_DICT_PETR_ACTORS;
    return DYAD_DICT_UNKNOWN;
}

long dyad_lexicon_add_buffer(dyad_lexicon *lex, const dyad_engine *eng, const char *name, const char *data,
                             size_t len, dyad_dict_format fmt)
{
    const char *nm = dyad_arena_strdup(dyad_lexicon_arena(lex), name);
    if (!nm)
        return -1;
    switch (fmt) {
    case DYAD_DICT_DYAD: return dyad_load_dyad(lex, eng, nm, data, len);
    case DYAD_DICT_TABARI_ACTORS: return dyad_load_tabari_actors(lex, eng, nm, data, len, false);
    case DYAD_DICT_PETR_ACTORS: return dyad_load_tabari_actors(lex, eng, nm, data, len, true);
    case DYAD_DICT_TABARI_AGENTS: return dyad_load_agents(lex, eng, nm, data, len, false);
    case DYAD_DICT_PETR_AGENTS: return dyad_load_agents(lex, eng, nm, data, len, true);
    case DYAD_DICT_PETR_DISCARDS: return dyad_load_discards(lex, eng, nm, data, len);
    case DYAD_DICT_VERBS: return dyad_load_verbs_petrarch(lex, eng, nm, data, len);
    case DYAD_DICT_TABARI_VERBS: return dyad_load_verbs_tabari(lex, eng, nm, data, len);
    case DYAD_DICT_DYAD_VERBS: return dyad_load_verbs_dyad(lex, eng, nm, data, len);
    case DYAD_DICT_PLOVER: return 0; /* read by the codebook (src/events/codebook.c) */
    case DYAD_DICT_UNKNOWN: break;
    }
    dyad_engine_diag(eng, "%s: unknown dictionary format (expected dyad, TABARI or PETRARCH); skipped", name);
    return 1;
}

/* Read a whole file into a malloc'd buffer; NULL on failure. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    while (buf) {
        size_t got = fread(buf + n, 1, cap - n, f);
        n += got;
        if (n < cap) {
            if (ferror(f)) {
                free(buf);
                buf = NULL;
            }
            break;
        }
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

static long add_file(dyad_lexicon *lex, const dyad_engine *eng, const char *path, bool from_folder)
{
    size_t len;
    char *data = read_file(path, &len);
    if (!data) {
        dyad_engine_diag(eng, "%s: cannot read dictionary: %s", path, strerror(errno));
        return -2;
    }
    dyad_dict_format fmt = dyad_dict_format_guess(path, data, len);
    long rc = 0;
    if (!from_folder || fmt != DYAD_DICT_UNKNOWN)
        rc = dyad_lexicon_add_buffer(lex, eng, path, data, len, fmt);
    free(data);
    return rc;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

long dyad_lexicon_add_path(dyad_lexicon *lex, const dyad_engine *eng, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        dyad_engine_diag(eng, "%s: cannot open dictionary: %s", path, strerror(errno));
        return -2;
    }
    if (!S_ISDIR(st.st_mode))
        return add_file(lex, eng, path, false);
    DIR *d = opendir(path);
    if (!d) {
        dyad_engine_diag(eng, "%s: cannot open dictionary folder: %s", path, strerror(errno));
        return -2;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    long total = 0;
    struct dirent *de;
    while ((de = readdir(d))) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            char **g = realloc(names, cap * sizeof *g);
            if (!g) {
                total = -1;
                break;
            }
            names = g;
        }
        names[n] = malloc(strlen(path) + strlen(de->d_name) + 2);
        if (!names[n]) {
            total = -1;
            break;
        }
        sprintf(names[n], "%s/%s", path, de->d_name);
        n++;
    }
    closedir(d);
    if (total == 0 && n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (total >= 0 && stat(names[i], &st) == 0 && S_ISREG(st.st_mode)) {
            long rc = add_file(lex, eng, names[i], true);
            if (rc == -1)
                total = -1;
            else if (rc > 0)
                total += rc;
        }
        free(names[i]);
    }
    free(names);
    return total;
}

dyad_status dyad_lexicon_load(dyad_engine *eng, const dyad_engine_options *opt)
{
    dyad_lexicon *lex = dyad_lexicon_new();
    if (!lex)
        return DYAD_ERR_NOMEM;
    eng->lexicon = lex;
    if (!opt || !opt->no_builtin) {
        for (const dyad_blob *b = dyad_builtin_data; b->name; b++) {
            dyad_dict_format fmt = strcmp(b->name, "verbs.txt") == 0 ? DYAD_DICT_DYAD_VERBS : DYAD_DICT_DYAD;
            if (strncmp(b->name, "actors/", 7) != 0 && strcmp(b->name, "agents.txt") != 0 &&
                fmt != DYAD_DICT_DYAD_VERBS)
                continue;
            if (dyad_lexicon_add_buffer(lex, eng, b->name, (const char *)b->data, b->len, fmt) < 0)
                return DYAD_ERR_NOMEM;
        }
    }
    for (size_t i = 0; opt && i < opt->n_dict_paths; i++) {
        long rc = dyad_lexicon_add_path(lex, eng, opt->dict_paths[i]);
        if (rc == -1)
            return DYAD_ERR_NOMEM;
        if (rc == -2)
            return DYAD_ERR_DICT;
    }
    return DYAD_OK;
}
