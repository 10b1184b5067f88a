/* fuzz_seeds.c — runs the store's fuzz targets (fuzz/fuzz_query.c,
 * fuzz/fuzz_import.c) once on each of a set of hostile and ordinary inputs,
 * under ASan+UBSan in `make test`, so the targets build and their paths stay
 * clean without libFuzzer.  A crash is a failure; last line "N passed, N
 * failed". */
#define FUZZ_QUERY_ENTRY fuzz_query_one
#define FUZZ_IMPORT_ENTRY fuzz_import_one
#include "../../fuzz/fuzz_import.c"
#include "../../fuzz/fuzz_query.c"

#include <stdio.h>

int main(void)
{
    static const char *const queries[] = {
        "", "\nq=talks", "ab\nby=Officials&about=border", "abc\nsource=USA&target=QAT&cameo=04",
        "abcd\nby=week&from=2024-01-01&to=2024-12-31", "a\nq=%22AND%20OR%20NEAR(%20*", "\n%", "\n%4",
        "\nq=%00x", "\n%00=1", "\nlimit=0", "\nlimit=99999999999", "\nlimit=1&limit=2", "\nfrom=2024-02-30",
        "\n&&&=&", "\nq=" "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "1\n", "f1\n", "0000000000000000000000000000000a\n",
        "\nplover=CONSULT&offset=5", "\nby=x%27%20OR%201%3D1%20--", "\nq=%E2%80%A6%F0%9F%98%80", "\ncameo=0x"};
    static const char *const imports[] = {
        "", "{", "[]", "{}", "null", "{\"text\":5}", "{\"id\":\"x\",\"text\":\"a b c d e f g h i j k l\",\"actors\":7}",
        "{\"text\":\"t\",\"statements\":[1,null,{\"span\":[5]},{\"span\":[\"a\",\"b\"],\"speaker\":[]}]}",
        "{\"text\":\"t\",\"events\":[{\"goldstein\":\"high\",\"via\":{\"a\":1},\"sentence\":[1,2,3]}]}",
        "{\"a\":1,\"a\":2}", "Plain text article.\n\nIt said \"hello\" on Monday.", "<html><body><p>x</p>",
        "{\"id\":\"j\",\"text\":\"JSONL line\"}\n{\"id\":\"k\"}\nnot json\n", "WARC/1.0\r\nWARC-Type: response\r\n\r\n",
        "\xff\xfe\000" "bad utf8 \xc3"};
    int pass = 0, fail = 0;
    for (size_t i = 0; i < sizeof queries / sizeof *queries; i++) {
        fuzz_query_one((const uint8_t *)queries[i], strlen(queries[i]));
        pass++;
    }
    for (size_t i = 0; i < sizeof imports / sizeof *imports; i++) {
        size_t n = strlen(imports[i]);
        if (i == sizeof imports / sizeof *imports - 1)
            n = 13;
        fuzz_import_one((const uint8_t *)imports[i], n);
        pass++;
    }
    printf("%d passed, %d failed\n", pass, fail);
    return 0;
}
