/* bench_lexicon.c — figures for the lexicon: engine load time with dyad's
 * built-in dictionaries alone and with all the Phoenix dictionaries added,
 * matcher throughput (tokens/s) for both (adding Phoenix should not slow
 * matching by more than 20%), and peak RSS (target: 200 MB or less with
 * everything loaded).  Called by bench/bench.c's main; prints, never fails
 * the build. */
#include "dyad_int.h"
#include "lexicon/lexicon.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

int bench_lexicon(const char *shared_dir);

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void quiet(void *ctx, const char *msg)
{
    ++*(int *)ctx;
    (void)msg;
}

static char *read_all(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = n > 0 ? malloc((size_t)n + 1) : NULL;
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) {
        free(b);
        b = NULL;
    }
    fclose(f);
    *len = b ? (size_t)n : 0;
    return b;
}

/* Load an engine with `paths`; prints the time; NULL on failure. */
static dyad_engine *load(const char *label, const char *const *paths, size_t n)
{
    int diags = 0;
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = n;
    o.diag = quiet;
    o.diag_ctx = &diags;
    dyad_engine *eng = NULL;
    double t0 = now_s();
    dyad_status st = dyad_engine_load(&o, &eng);
    double t1 = now_s();
    if (st != DYAD_OK) {
        printf("lexicon: %s: load failed: %s\n", label, dyad_strerror(st));
        return NULL;
    }
    printf("lexicon: load %-34s %7.3f s  %6zu entries  %d diagnostics\n", label, t1 - t0,
           dyad_lexicon_entry_count(eng->lexicon), diags);
    return eng;
}

/* Tokens per second of dyad_lexicon_match over every sentence of text. */
static double match_rate(const dyad_engine *eng, const char *text, size_t len, size_t *matches)
{
    dyad_input in = {0};
    in.source = "bench";
    in.format = DYAD_FORMAT_TEXT;
    in.data = text;
    in.len = len;
    dyad_doc *doc = NULL;
    if (dyad_doc_read(eng, &in, NULL, &doc) != DYAD_OK) {
        dyad_doc_free(doc);
        return 0;
    }
    size_t toks = 0;
    *matches = 0;
    double t0 = now_s(), t1 = t0;
    int rounds = 0;
    while (t1 - t0 < 1.0 && rounds < 1000) {
        dyad_arena *a = dyad_arena_new(0);
        for (size_t s = 0; s < doc->n_sents; s++) {
            dyad_match *m;
            const dyad_sentence *se = &doc->sents[s];
            size_t n = dyad_lexicon_match(eng->lexicon, doc, se->tok_first, se->tok_end, DYAD_NS_ALL, &m, a);
            if (!rounds)
                *matches += n;
            toks += se->tok_end - se->tok_first;
        }
        dyad_arena_free(a);
        rounds++;
        t1 = now_s();
    }
    dyad_doc_free(doc);
    return (double)toks / (t1 - t0);
}

int bench_lexicon(const char *shared_dir)
{
    char path[5][1024];
    static const char *const names[] = {"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
                                        "Phoenix.MilNonState.actors.txt", "Phoenix.agents.txt",
                                        "Phoenix.discards.txt"};
    const char *paths[5];
    for (int i = 0; i < 5; i++) {
        snprintf(path[i], sizeof path[i], "%s/eval/petrarch/%s", shared_dir, names[i]);
        paths[i] = path[i];
    }
    /* text: the seed article repeated to about 1 MB */
    char seedp[1024];
    snprintf(seedp, sizeof seedp, "%s/examples/seed-article.txt", shared_dir);
    size_t seed_len = 0;
    char *seed = read_all(seedp, &seed_len);
    if (!seed) {
        static const char fallback[] =
            "Israeli Prime Minister Benjamin Netanyahu met Egyptian President Abdel Fattah el-Sisi in Cairo "
            "on Tuesday, and U.S. officials said the talks with UN envoys would go on.\n\n";
        seed_len = sizeof fallback - 1;
        seed = malloc(seed_len);
        if (!seed)
            return 1;
        memcpy(seed, fallback, seed_len);
    }
    size_t reps = (1u << 20) / (seed_len + 2) + 1;
    char *text = malloc(reps * (seed_len + 2));
    if (!text) {
        free(seed);
        return 1;
    }
    size_t len = 0;
    for (size_t r = 0; r < reps; r++) {
        memcpy(text + len, seed, seed_len);
        len += seed_len;
        text[len++] = '\n';
        text[len++] = '\n';
    }
    free(seed);

    size_t m0 = 0, m1 = 0;
    double r0 = 0, r1 = 0;
    /* the baseline: the built-in dictionaries; while they are still empty,
     * the small test dictionary stands in so that both runs match */
    const char *small[] = {"tests/cases/dict/dyad/actors.txt"};
    dyad_engine *eng = load("built-in data", NULL, 0);
    if (eng && dyad_lexicon_entry_count(eng->lexicon) == 0) {
        dyad_engine_free(eng);
        eng = load("tests/cases/dict/dyad (stand-in)", small, 1);
    }
    if (eng) {
        r0 = match_rate(eng, text, len, &m0);
        dyad_engine_free(eng);
    }
    eng = load("built-in + Phoenix (5 files)", paths, 5);
    if (eng) {
        r1 = match_rate(eng, text, len, &m1);
    }
    printf("lexicon: match built-in            %10.0f tokens/s  (%zu matches in %zu bytes)\n", r0, m0, len);
    printf("lexicon: match built-in + Phoenix  %10.0f tokens/s  (%zu matches)  %+.0f%%\n", r1, m1,
           r0 > 0 ? (r1 - r0) / r0 * 100 : 0.0);
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    printf("lexicon: peak RSS with everything loaded: %.1f MB\n", (double)ru.ru_maxrss / 1024.0);
    dyad_engine_free(eng);
    free(text);
    return 0;
}
