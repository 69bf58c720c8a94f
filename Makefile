# Kasir: `make run` starts the demo till, `make test` runs every test. Both install what is missing.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: deps build run test lint format clean bench bench-quick fault

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

# Benchmarks (not part of `make test`): a release kasird against a bare Unix-socket echo,
# table on stdout, JSON in Benchmarks/results/. See Benchmarks/README.md.
bench: deps
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/kasir-bench" --export-year $(BENCH_FLAGS)

bench-quick: deps
	$(SWIFT) build -c release
	"$$($(SWIFT) build -c release --show-bin-path)/kasir-bench" --quick \
	  --json Benchmarks/results/quick.json $(BENCH_FLAGS)

clean:
	rm -rf .build .kasir
