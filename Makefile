# Kasir: `make run` starts the demo till, `make test` runs every test. Both install what is missing.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: deps build run test lint format clean bench bench-quick

deps:
	scripts/install-deps

build: deps
	$(SWIFT) build

run: build
	scripts/run-demo

test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --no-parallel

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

clean:
	rm -rf .build .kasir
