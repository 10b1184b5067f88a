# dyad — build.  `make` builds build/dyad; see README.md for the rest.
#
#   make            build/dyad and build/libdyad.a
#   make demo       install missing Debian packages, build, code examples/
#   make check      install, build normally and with ASan+UBSan, run all tests
#   make bench      throughput and memory figures (never a pass/fail test)
#   make fuzz       libFuzzer targets, FUZZ_SECONDS each (default 60)
#   make install    PREFIX=/usr/local

CC      ?= cc
PREFIX  ?= /usr/local
SHARED  ?= ../shared
FUZZ_SECONDS ?= 60
PKGS    := libxml-2.0 libutf8proc zlib jansson sqlite3 libxxhash libmicrohttpd

PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)

WARN    := -Wall -Wextra -Werror -Wshadow -Wno-unused-parameter
CSTD    := -std=c11 -D_GNU_SOURCE
OPT     ?= -O2 -g
CFLAGS_ALL = $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc $(PKG_CFLAGS) -pthread $(CFLAGS)
LDLIBS_ALL = $(PKG_LIBS) -pthread -lm $(LDLIBS)

SAN_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer

LIB_SRC  := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c)))
CLI_SRC  := $(sort $(wildcard src/cli/*.c))
DATA     := $(sort $(shell find data -type f -name '*.txt'))
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
FUZZ_SRC := $(sort $(wildcard fuzz/fuzz_*.c))
BENCH_SRC:= $(sort $(wildcard bench/*.c))

B := build
ASSETS   := $(sort $(wildcard src/serve/assets/*.*))
OBJ      := $(LIB_SRC:%.c=$(B)/obj/%.o) $(B)/obj/data_blob.o $(B)/obj/assets_blob.o
ASAN_OBJ := $(LIB_SRC:%.c=$(B)/asan/%.o) $(B)/asan/data_blob.o $(B)/asan/assets_blob.o
HDRS     := $(wildcard include/*.h src/*.h src/*/*.h)

.PHONY: all deps demo check test bench fuzz install clean

all: $(B)/dyad

deps:
	@sh tools/deps.sh

$(B)/embed: tools/embed.c
	@mkdir -p $(@D)
	$(CC) -O2 -o $@ $<

$(B)/data_blob.c: $(B)/embed $(DATA)
	$(B)/embed data $(DATA) > $@

# The store's schema and the web viewer, compiled in (tools/embed_assets.c).
$(B)/embed_assets: tools/embed_assets.c
	@mkdir -p $(@D)
	$(CC) -O2 -o $@ $<

$(B)/assets_blob.c: $(B)/embed_assets docs/schema.sql $(ASSETS)
	{ $(B)/embed_assets dyad_schema_assets docs docs/schema.sql && \
	  $(B)/embed_assets dyad_web_assets src/serve/assets $(ASSETS); } > $@.tmp && mv $@.tmp $@

$(B)/obj/assets_blob.o: $(B)/assets_blob.c src/store/assets.h
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(B)/asan/assets_blob.o: $(B)/assets_blob.c src/store/assets.h
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -c -o $@ $<

$(B)/obj/%.o: %.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(B)/obj/data_blob.o: $(B)/data_blob.c
	$(CC) $(CFLAGS_ALL) -c -o $@ $<

$(B)/asan/%.o: %.c $(HDRS)
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -c -o $@ $<

$(B)/asan/data_blob.o: $(B)/data_blob.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -c -o $@ $<

$(B)/libdyad.a: $(OBJ)
	ar rcs $@ $^

$(B)/libdyad-asan.a: $(ASAN_OBJ)
	ar rcs $@ $^

$(B)/dyad: $(CLI_SRC) $(B)/libdyad.a $(HDRS)
	$(CC) $(CFLAGS_ALL) -o $@ $(CLI_SRC) $(B)/libdyad.a $(LDLIBS_ALL)

$(B)/dyad-asan: $(CLI_SRC) $(B)/libdyad-asan.a $(HDRS)
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -o $@ $(CLI_SRC) $(B)/libdyad-asan.a $(LDLIBS_ALL)

# Unit tests: every tests/unit/*.c defines TEST(name) functions; the list is
# generated so that adding a test needs no registration.
$(B)/test_list.h: $(TEST_SRC)
	@mkdir -p $(@D)
	grep -h '^TEST(' $(TEST_SRC) | sed 's/^TEST(\([a-z0-9_]*\)).*/X(\1)/' > $@

$(B)/unit: $(TEST_SRC) tests/testlib.h $(B)/test_list.h $(B)/libdyad.a
	$(CC) $(CFLAGS_ALL) -I$(B) -Itests -o $@ $(TEST_SRC) tests/testlib.c $(B)/libdyad.a $(LDLIBS_ALL)

$(B)/unit-asan: $(TEST_SRC) tests/testlib.h $(B)/test_list.h $(B)/libdyad-asan.a
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -I$(B) -Itests -o $@ $(TEST_SRC) tests/testlib.c $(B)/libdyad-asan.a $(LDLIBS_ALL)

$(B)/seedcheck: tests/seedcheck.c tests/testlib.h $(B)/libdyad.a $(HDRS)
	$(CC) $(CFLAGS_ALL) -Itests -o $@ tests/seedcheck.c $(B)/libdyad.a $(LDLIBS_ALL)

# The fuzz targets' inputs run once each under ASan+UBSan (no libFuzzer
# needed): the store's seed corpus plus hostile cases, in make test.
$(B)/store-fuzz-seeds: tests/store/fuzz_seeds.c fuzz/fuzz_query.c fuzz/fuzz_import.c $(B)/libdyad-asan.a $(HDRS)
	$(CC) $(CFLAGS_ALL) $(SAN_FLAGS) -O1 -DFUZZ_NO_MAIN -o $@ tests/store/fuzz_seeds.c $(B)/libdyad-asan.a $(LDLIBS_ALL)

demo: deps
	@$(MAKE) --no-print-directory all >&2
	@sh tools/demo.sh $(B)/dyad $(SHARED)

test: $(B)/dyad $(B)/dyad-asan $(B)/unit $(B)/unit-asan $(B)/seedcheck $(B)/store-fuzz-seeds
	@sh tests/run.sh $(B) $(SHARED)

check:
	@sh tools/deps.sh check
	@$(MAKE) --no-print-directory test

$(B)/bench: $(BENCH_SRC) $(B)/libdyad.a
	$(CC) $(CFLAGS_ALL) -o $@ $(BENCH_SRC) $(B)/libdyad.a $(LDLIBS_ALL)

bench: deps $(B)/bench $(B)/dyad
	@sh tools/deps.sh bench
	@$(B)/bench --shared $(SHARED) --dyad $(B)/dyad
	@sh tools/bench_serve.sh $(B)/dyad

# libFuzzer needs clang; each target is built against the library sources.
FUZZ_CC ?= clang
FUZZ_FLAGS := -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -g -O1
$(B)/fuzz/%: fuzz/%.c $(wildcard fuzz/*.h) $(LIB_SRC) $(B)/data_blob.c $(B)/assets_blob.c $(HDRS)
	@mkdir -p $(@D)
	$(FUZZ_CC) $(CSTD) -Iinclude -Isrc $(PKG_CFLAGS) $(FUZZ_FLAGS) -o $@ $< $(LIB_SRC) $(B)/data_blob.c $(B)/assets_blob.c $(LDLIBS_ALL)

fuzz: deps $(FUZZ_SRC:fuzz/%.c=$(B)/fuzz/%)
	@sh tools/fuzz.sh $(B)/fuzz $(FUZZ_SECONDS)

install: $(B)/dyad $(B)/libdyad.a
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
	install -m 755 $(B)/dyad $(DESTDIR)$(PREFIX)/bin/dyad
	install -m 644 $(B)/libdyad.a $(DESTDIR)$(PREFIX)/lib/libdyad.a
	install -m 644 include/dyad.h $(DESTDIR)$(PREFIX)/include/dyad.h

clean:
	rm -rf $(B)
