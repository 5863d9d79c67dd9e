# Amtsweg: one entry point for building, running and testing.
#
#   make run     install missing packages, configure, build, start the GUI
#   make test    the same, then every test (ctest)
#   make asan    build and test with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan/)
#   make fuzz    clang + libFuzzer build of the readers' fuzz targets, each run for FUZZ_SECONDS
#   make bench   speed and memory figures for the README (tests/bench/run-bench.sh)
#   make package the Debian package <build>/amtsweg_VERSION_ARCH.deb (packaging/README.md)
#   make clean   remove the build folders
#
# Settings (make VAR=value): JOBS, BUILD, ASAN_BUILD, FUZZ_BUILD, BUILD_TYPE, SHARED_DIR,
# FUZZ_SECONDS, RUN_ARGS, CTEST_ARGS, DEPS=0 (skip the package check, e.g. when not root),
# PG_TESTS=0 (no PostgreSQL test server: the *_pg tests skip), PG_PORT (its port, 54329).

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c

JOBS         ?= 2
BUILD        ?= build
ASAN_BUILD   ?= build-asan
FUZZ_BUILD   ?= build-fuzz
BUILD_TYPE   ?= RelWithDebInfo
SHARED_DIR   ?= $(abspath $(CURDIR)/../shared)
FUZZ_SECONDS ?= 60
CTEST_ARGS   ?=
DEPS         ?= 1
PG_TESTS     ?= 1
PG_PORT      ?= 54329

# `make run` opens the sample repository: <build>/samples.amtsweg, filled with samples/*.bpmn
# the first time (kept afterwards, so what you model there survives rebuilds; delete the file
# to start over).
SAMPLE_REPOSITORY ?= $(BUILD)/samples.amtsweg
RUN_ARGS ?= --repository $(SAMPLE_REPOSITORY)

# Sanitizer run-time settings for `make asan` (and anything the tests start, e.g. the CLI).
# Leak checking stays on: Qt's offscreen platform, which the tests use, reports no leaks.
ASAN_OPTIONS  ?= detect_leaks=1:check_initialization_order=1:strict_init_order=1
UBSAN_OPTIONS ?= print_stacktrace=1:halt_on_error=1
ASAN_ENV := ASAN_OPTIONS=$(ASAN_OPTIONS) UBSAN_OPTIONS=$(UBSAN_OPTIONS)

# Each fuzz target runs FUZZ_SECONDS in turn, as TARGET:SEEDS:DICTIONARY (in tests/fuzz/); its
# growing corpus is $(FUZZ_BUILD)/SEEDS, its log $(FUZZ_BUILD)/TARGET.log.
FUZZ_RUNS    := fuzz_bpmnreader:corpus:bpmn.dict fuzz_xprozessreader:corpus-xprozess:xprozess.dict
FUZZ_TARGETS := $(foreach run,$(FUZZ_RUNS),$(firstword $(subst :, ,$(run))))
FUZZ_FLAGS   := -max_total_time=$(FUZZ_SECONDS) -rss_limit_mb=2048 -timeout=10 -print_final_stats=1

# `make test` and `make asan` run the repository tests on SQLite (tst_x) and on PostgreSQL
# (tst_x_pg): a throwaway server in <build>/pg-test on 127.0.0.1:PG_PORT runs during ctest and
# is stopped afterwards. Without it make fails, so that CI cannot pass without PostgreSQL;
# PG_TESTS=0 starts none (the _pg tests then use AMTSWEG_TEST_POSTGRES if you set it, or skip).
PG_SERVER := bash tests/repository/pg-test-server.sh

# $(call with_pg_server,BUILD DIR,COMMAND): COMMAND (ctest) with the PostgreSQL test server of
# BUILD DIR running, AMTSWEG_TEST_POSTGRES and PGPASSFILE set; COMMAND's exit status counts.
define with_pg_server
	@if [[ "$(PG_TESTS)" == 0 ]]; then \
	  echo "make: PG_TESTS=0: no PostgreSQL test server"; \
	  echo "$(2)"; $(2); \
	else \
	  pg=$(abspath $(1))/pg-test; \
	  $(PG_SERVER) start "$$pg" --port $(PG_PORT) || { \
	    echo "make: the PostgreSQL test server did not start (above); the repository tests need it:"; \
	    echo "make: install postgresql (packaging/install-deps.sh), use another PG_PORT, or skip them with PG_TESTS=0"; \
	    exit 1; }; \
	  export AMTSWEG_TEST_POSTGRES=$$($(PG_SERVER) url "$$pg") PGPASSFILE="$$pg/pgpass"; \
	  echo "AMTSWEG_TEST_POSTGRES=$$AMTSWEG_TEST_POSTGRES PGPASSFILE=$$PGPASSFILE $(2)"; \
	  rc=0; $(2) || rc=$$?; \
	  $(PG_SERVER) stop "$$pg" || true; \
	  exit $$rc; \
	fi
endef

# $(call configure,DIR,EXTRA CMAKE ARGS): configure DIR with Ninja. A folder configured
# earlier with another generator is reset first (CMake refuses to switch in place).
define configure
	@if [[ -f $(1)/CMakeCache.txt ]] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$$' $(1)/CMakeCache.txt; then \
	  echo "make: $(1) was configured with another generator; resetting its CMake cache"; \
	  rm -rf $(1)/CMakeCache.txt $(1)/CMakeFiles; \
	fi
	cmake -S . -B $(1) -G Ninja -DAMTSWEG_SHARED_DIR=$(SHARED_DIR) $(2)
endef

.PHONY: all help deps npm configure build run test asan fuzz bench package clean

all: build

help:
	@sed -n '3,13p' Makefile | sed 's/^# \{0,1\}//'

deps:
ifeq ($(DEPS),1)
	@bash packaging/install-deps.sh
endif

# bpmn-moddle (+ bpmnlint) for the interchange tests and the benchmark, into <build>/npm.
npm: deps
	@bash packaging/install-deps.sh --npm $(BUILD)/npm

configure: deps
	$(call configure,$(BUILD),-DCMAKE_BUILD_TYPE=$(BUILD_TYPE))

build: configure
	cmake --build $(BUILD) -j $(JOBS)

# Builds only the executable, so that the GUI starts even while a test does not compile.
run: configure
	cmake --build $(BUILD) -j $(JOBS) --target amtsweg
	@[[ -f $(SAMPLE_REPOSITORY) ]] || $(BUILD)/bin/amtsweg repo --repository $(SAMPLE_REPOSITORY) \
	  import samples/*.bpmn
	@if [[ -z "$${DISPLAY:-}" && -z "$${WAYLAND_DISPLAY:-}" ]]; then \
	  echo "make: no display; running under xvfb-run (nothing visible)"; \
	  xvfb-run -a $(BUILD)/bin/amtsweg $(RUN_ARGS); \
	else \
	  $(BUILD)/bin/amtsweg $(RUN_ARGS); \
	fi

test: build npm
	$(call with_pg_server,$(BUILD),ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS) $(CTEST_ARGS))

# Debug with -O1: readable stacks, tolerable speed for the large/hostile-input tests.
asan: deps
	$(call configure,$(ASAN_BUILD),-DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
	  -DAMTSWEG_SANITIZE=ON -DAMTSWEG_BENCH=OFF)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	@bash packaging/install-deps.sh --npm $(ASAN_BUILD)/npm
	$(call with_pg_server,$(ASAN_BUILD),$(ASAN_ENV) ctest --test-dir $(ASAN_BUILD) --output-on-failure -j $(JOBS) $(CTEST_ARGS))

# clang for the whole folder: every library gets ASan/UBSan (AMTSWEG_SANITIZE) and coverage
# instrumentation (fuzzer-no-link); only the fuzz target itself links libFuzzer's main.
# The seed corpus is copied into the build folder, which also keeps what the fuzzer finds.
fuzz: deps
	$(call configure,$(FUZZ_BUILD),-DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
	  -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS=-fsanitize=fuzzer-no-link \
	  -DAMTSWEG_SANITIZE=ON -DAMTSWEG_FUZZ=ON -DAMTSWEG_BENCH=OFF)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target $(FUZZ_TARGETS)
	@for run in $(FUZZ_RUNS); do \
	  IFS=: read -r target seeds dict <<<"$$run"; \
	  mkdir -p $(FUZZ_BUILD)/$$seeds $(FUZZ_BUILD)/artifacts/$$target; \
	  cp -n tests/fuzz/$$seeds/* $(FUZZ_BUILD)/$$seeds/; \
	  echo "make: fuzzing $$target for $(FUZZ_SECONDS) s (log: $(FUZZ_BUILD)/$$target.log)"; \
	  if (cd $(FUZZ_BUILD) && ./bin/$$target $(FUZZ_FLAGS) -dict=$(CURDIR)/tests/fuzz/$$dict \
	        -artifact_prefix=artifacts/$$target/ $$seeds >$$target.log 2>&1); then \
	    tail -n 20 $(FUZZ_BUILD)/$$target.log; \
	  else \
	    tail -n 150 $(FUZZ_BUILD)/$$target.log; \
	    echo "make: $$target found a problem; the input is in $(FUZZ_BUILD)/artifacts/$$target/:"; \
	    ls -l $(FUZZ_BUILD)/artifacts/$$target; \
	    exit 1; \
	  fi; \
	done

# Only what the benchmark runs is built, so that a broken test elsewhere does not stop it.
# The repository load test in it runs on PostgreSQL too, on the throwaway test server.
bench: configure npm
	cmake --build $(BUILD) -j $(JOBS) --target amtsweg bench_io bench_repositoryload
	$(call with_pg_server,$(BUILD),BUILD=$(BUILD) SHARED_DIR=$(SHARED_DIR) bash tests/bench/run-bench.sh)

# Builds only what the package installs (no tests), then lets CPack run the install rules.
package: configure
	cmake --build $(BUILD) -j $(JOBS) --target amtsweg amtsweg_gui package_data
	rm -f $(BUILD)/amtsweg_*.deb
	cd $(BUILD) && cpack -G DEB

# A PostgreSQL test server left running (make interrupted) is stopped before its folder goes.
clean:
	@for dir in $(BUILD) $(ASAN_BUILD); do \
	  [[ ! -d $$dir/pg-test ]] || $(PG_SERVER) stop $$dir/pg-test || true; \
	done
	rm -rf $(BUILD) $(ASAN_BUILD) $(FUZZ_BUILD)
