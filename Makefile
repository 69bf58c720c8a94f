# Kasir: `make run` starts the demo till, `make test` runs every test. Both install what is missing.
SWIFT ?= swift
PREFIX ?= /usr/local
SYSCONFDIR ?= /etc
DESTDIR ?=

.PHONY: deps build run test lint format clean bench bench-quick install uninstall fault

deps:
	scripts/install-deps

build: deps
	$(SWIFT) build

run: build
	scripts/run-demo

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --no-parallel

# The fault suite with its full budget (more kill rounds, minutes of fuzzing); `make test` runs
# it in its short form. KASIR_FUZZ_SEED=N repeats a fuzz run.
fault: deps
	$(SWIFT) build --build-tests
	KASIR_FAULT_BUDGET=full $(SWIFT) test --no-parallel --skip-build --filter FaultTests

lint:
	$(SWIFT) format lint --strict -r Sources Tests Benchmarks Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Benchmarks Package.swift

# Benchmarks (not part of `make test`): a release kasird against a bare Unix-socket echo and a
# bare SQLite transaction, table on stdout, latest.json and latest.md (quick.json and quick.md)
# in Benchmarks/results/. See Benchmarks/README.md.
bench: deps
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/kasir-bench" --export-year $(BENCH_FLAGS)

bench-quick: deps
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/kasir-bench" --quick \
	  --json Benchmarks/results/quick.json $(BENCH_FLAGS)

# Installs the release binaries, systemd units, sysusers.d/tmpfiles.d files, the example
# configuration (never over an existing one), docs and shell completions. PREFIX, SYSCONFDIR
# and DESTDIR as usual; see scripts/install-files.
install:
	$(SWIFT) build -c release
	PREFIX="$(PREFIX)" SYSCONFDIR="$(SYSCONFDIR)" DESTDIR="$(DESTDIR)" \
	  scripts/install-files "$$($(SWIFT) build -c release --show-bin-path)"

# Removes what `make install` put in place, except the configuration and the shop's data.
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/kasird $(DESTDIR)$(PREFIX)/bin/kasir \
	  $(DESTDIR)$(PREFIX)/lib/systemd/system/kasird.socket \
	  $(DESTDIR)$(PREFIX)/lib/systemd/system/kasird.service \
	  $(DESTDIR)$(PREFIX)/lib/sysusers.d/kasir.conf $(DESTDIR)$(PREFIX)/lib/tmpfiles.d/kasir.conf \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/kasir \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/kasird \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_kasir \
	  $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_kasird \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/kasir.fish \
	  $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d/kasird.fish
	rm -rf $(DESTDIR)$(PREFIX)/share/doc/kasir

clean:
	rm -rf .build .kasir
