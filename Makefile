# salesplan: `make run` shows a plan, `make test` runs every test.
SWIFT ?= swift
SHARED ?= ../shared

.PHONY: run test build deps build-deps acceptance bench install clean fuzz reliability lint format

# What the build and the tests need (libedit-dev, strace, LibreOffice, Python readers): installed when missing.
deps:
	@bash .ci/deps

build-deps:
	@bash .ci/deps build

# Linked with the Swift runtime and Foundation inside (--static-swift-stdlib): no shared-library symbols to resolve
# at start-up, so the first question comes sooner; the binary is larger (about 90 MB).
build: build-deps
	$(SWIFT) build -c release --product salesplan --static-swift-stdlib

# The interview on this terminal; plans go to the usual plans folder (see the README).
run: build
	@.build/release/salesplan

# Every seed and every corpus line (SALESPLAN_FULL_TESTS=1); plain `swift test` runs an even sample of them.
test: deps lint
	$(SWIFT) build
	SALESPLAN_FULL_TESTS=1 $(SWIFT) test
	python3 Tests/Terminal/interview_pty.py --bin $$($(SWIFT) build --show-bin-path)/salesplan
	bash Tests/Install/install_test.sh
	python3 Tests/Exports/exports_test.py --bin $$($(SWIFT) build --show-bin-path)/salesplan
	@$(MAKE) --no-print-directory reliability BIN=$$($(SWIFT) build --show-bin-path)/salesplan
	@$(MAKE) --no-print-directory acceptance BIN=$$($(SWIFT) build --show-bin-path)/salesplan

# swift-format (in the toolchain) with the project's configuration, .swift-format; `make format` applies it.
lint:
	$(SWIFT) format lint --strict -r --configuration .swift-format Sources Tests Prompts Package.swift

format:
	$(SWIFT) format format -i -r --configuration .swift-format Sources Tests Prompts Package.swift

# The shared acceptance checks, when ../shared is beside the project.
acceptance:
	@if [ -d $(SHARED)/contract ]; then \
		set -e; \
		python3 $(SHARED)/contract/check_examples.py --bin $(BIN); \
		python3 $(SHARED)/conformance/check_answers.py --bin $(BIN); \
		python3 $(SHARED)/conformance/check_utterances.py --bin $(BIN); \
		python3 $(SHARED)/transcripts/check_transcripts.py --bin $(BIN); \
	else echo "($(SHARED) not found: shared acceptance checks skipped)"; fi

# SIGKILLs, concurrent sessions, full and read-only disks, no HOME, hostile input, umask, no network (as root).
KILLS ?= 240
reliability:
	python3 Tests/Reliability/reliability.py --bin $(BIN) --kills $(KILLS)

# libFuzzer over answer understanding, the answers file, plan.json and the check-in files; FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
fuzz:
	FUZZ_SECONDS=$(FUZZ_SECONDS) bash Tests/Fuzz/run.sh

clean:
	rm -rf .build

# Installs the binary with its words, man pages and completion scripts under PREFIX.
PREFIX ?= /usr/local
install: build
	@$(SWIFT) package generate-manual --multi-page >/dev/null
	install -d "$(PREFIX)/bin" "$(PREFIX)/share/salesplan" "$(PREFIX)/share/man/man1" \
		"$(PREFIX)/share/bash-completion/completions" "$(PREFIX)/share/zsh/site-functions" \
		"$(PREFIX)/share/fish/vendor_completions.d"
	install -m 755 .build/release/salesplan "$(PREFIX)/bin/salesplan"
	rm -rf "$(PREFIX)/share/salesplan/salesplan_Prompts.resources"
	cp -R .build/release/salesplan_Prompts.resources "$(PREFIX)/share/salesplan/"
	install -m 644 .build/plugins/GenerateManual/outputs/salesplan/*.1 "$(PREFIX)/share/man/man1/"
	"$(PREFIX)/bin/salesplan" --generate-completion-script bash > "$(PREFIX)/share/bash-completion/completions/salesplan"
	"$(PREFIX)/bin/salesplan" --generate-completion-script zsh > "$(PREFIX)/share/zsh/site-functions/_salesplan"
	"$(PREFIX)/bin/salesplan" --generate-completion-script fish > "$(PREFIX)/share/fish/vendor_completions.d/salesplan.fish"

# Benchmarks (release build), each beside a hello-world floor built and timed in the same run.
BENCH_DIR ?= .build/bench
bench: build
	@$(SWIFT) build -c release --product salesplan-bench --static-swift-stdlib >/dev/null
	@.build/release/salesplan-bench
	@echo
	@mkdir -p $(BENCH_DIR)
	@swiftc -O Tests/Benchmarks/Floor/main.swift -o $(BENCH_DIR)/floor 2>/dev/null
	@python3 Tests/Benchmarks/bench.py --bin .build/release/salesplan --floor $(BENCH_DIR)/floor \
		--examples Tests/ShellTests/Examples --transcript Tests/ShellTests/Transcripts/01-annual-plan.txt \
		--team-template Tests/ShellTests/Examples/01-worked-example.yaml
