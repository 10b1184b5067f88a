/* test_codebook.c — the CAMEO codebook: names, Goldstein scores,
 * QuadClass, roots and PLOVER categories, compiled in and from the shared
 * CAMEO2PLOVER table when ../shared is there. */
#include "testlib.h"
#include "dyad_int.h"
#include "events/codebook.h"

#include <math.h>

static void count_diag(void *ctx, const char *msg)
{
    (void)msg;
    ++*(int *)ctx;
}

TEST(codebook_values)
{
    const dyad_engine *eng = t_engine();
    const dyad_cameo_info *c = dyad_cameo_lookup(eng, "041");
    CHECK(c && strcmp(c->name, "Discuss by telephone") == 0 && fabs(c->goldstein - 1.0) < 1e-9 && c->quad == 1 &&
          strcmp(c->root, "04") == 0 && c->plover && strcmp(c->plover, "CONSULT") == 0 && c->plover_mode &&
          strcmp(c->plover_mode, "phone") == 0);
    c = dyad_cameo_lookup(eng, "0311");
    CHECK(c && fabs(c->goldstein - 5.2) < 1e-9 && c->quad == 1 && strcmp(c->plover, "AGREE") == 0 &&
          c->plover_context && strcmp(c->plover_context, "economic") == 0);
    c = dyad_cameo_lookup(eng, "0874");
    CHECK(c && fabs(c->goldstein - 10.0) < 1e-9 && c->quad == 2);
    c = dyad_cameo_lookup(eng, "112");
    CHECK(c && fabs(c->goldstein + 2.0) < 1e-9 && c->quad == 3 && strcmp(c->plover, "ACCUSE") == 0);
    c = dyad_cameo_lookup(eng, "1823");
    CHECK(c && fabs(c->goldstein + 10.0) < 1e-9 && c->quad == 4 && strcmp(c->root, "18") == 0);
    c = dyad_cameo_lookup(eng, "190");
    CHECK(c && c->quad == 4 && !c->goldstein_derived);
    /* derived from the parent, and marked */
    c = dyad_cameo_lookup(eng, "1834");
    CHECK(c && c->goldstein_derived && fabs(c->goldstein + 10.0) < 1e-9);
    /* TABARI spellings and unknown children fall back to the parent */
    c = dyad_cameo_lookup(eng, "100!");
    CHECK(c && strcmp(c->code, "100") == 0);
    c = dyad_cameo_lookup(eng, "0319");
    CHECK(c && strcmp(c->code, "031") == 0);
    CHECK(dyad_cameo_lookup(eng, "---") == NULL);
    CHECK(dyad_cameo_lookup(eng, "99") == NULL);
    CHECK(dyad_cameo_quad("05") == 1 && dyad_cameo_quad("06") == 2 && dyad_cameo_quad("13") == 3 &&
          dyad_cameo_quad("14") == 4 && dyad_cameo_quad("21") == 0);
    /* every code has a PLOVER category (own or inherited), except the 01
     * and 02 families (statements, appeals), which the PLOVER table leaves out */
    CHECK(dyad_cameo_lookup(eng, "0256") && !dyad_cameo_lookup(eng, "0256")->plover);
    static const char *const codes[] = {"03", "039", "04", "046", "057", "064", "075",
                                        "0863", "094", "108", "116", "129", "139", "145", "155", "166", "176",
                                        "186", "1952", "2042"};
    for (size_t i = 0; i < sizeof codes / sizeof *codes; i++) {
        c = dyad_cameo_lookup(eng, codes[i]);
        CHECKF(c && strcmp(c->code, codes[i]) == 0 && c->plover && *c->plover, "code %s", codes[i]);
    }
}

TEST(codebook_shared_plover_table)
{
    const char *p = t_shared("eval/cameo/CAMEO2PLOVER-2021.txt");
    if (!p) {
        printf("codebook_shared_plover_table: skipped (../shared absent)\n");
        return;
    }
    char path[512];
    snprintf(path, sizeof path, "%s", p);
    const char *paths[] = {path};
    dyad_engine_options o = {0};
    o.dict_paths = paths;
    o.n_dict_paths = 1;
    o.no_builtin = 1;
    int count = 0;
    o.diag = count_diag;
    o.diag_ctx = &count;
    dyad_engine *eng = NULL;
    CHECK(dyad_engine_load(&o, &eng) == DYAD_OK);
    if (!eng)
        return;
    const dyad_cameo_info *c = dyad_cameo_lookup(eng, "091");
    CHECK(c && strcmp(c->plover, "ACCUSE") == 0 && c->plover_mode && strcmp(c->plover_mode, "investigate") == 0 &&
          c->plover_context && strcmp(c->plover_context, "crime,corruption") == 0);
    c = dyad_cameo_lookup(eng, "044");
    CHECK(c && strcmp(c->plover_mode, "third-party") == 0);
    CHECKF(count <= 3, "%d diagnostics", count); /* 1213, 1214: not CAMEO 1.1 codes */
    dyad_engine_free(eng);
}
