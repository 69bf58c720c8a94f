# Kasir: `make run` starts the demo till, `make test` runs every test. Both install what is missing.
SWIFT ?= swift
PREFIX ?= /usr/local

.PHONY: deps build run test lint format clean

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
	$(SWIFT) format lint --strict -r Sources Tests Package.swift

format:
	$(SWIFT) format -i -r Sources Tests Package.swift

clean:
	rm -rf .build .kasir
