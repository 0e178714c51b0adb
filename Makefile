# salesplan: `make run` shows a plan, `make test` runs every test.
SWIFT ?= swift
SHARED ?= ../shared
DEMO_DIR ?= .build/demo-plans

.PHONY: run test build deps acceptance clean

# libedit (the line editor) comes from Debian's libedit-dev; installed when missing.
deps:
	@if [ ! -f /usr/include/histedit.h ]; then \
		echo "Installing libedit-dev (the line editor's headers)..."; \
		if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq libedit-dev; \
		else sudo apt-get update -qq && sudo apt-get install -y -qq libedit-dev; fi; \
	fi

build: deps
	$(SWIFT) build -c release --product salesplan

run: build
	@.build/release/salesplan new --answers Tests/ShellTests/Examples/01-worked-example.yaml --dir $(DEMO_DIR)
	@echo
	@cat $(DEMO_DIR)/mark-rivera/plan.md

test: deps
	$(SWIFT) build
	$(SWIFT) test
	@$(MAKE) --no-print-directory acceptance BIN=$$($(SWIFT) build --show-bin-path)/salesplan

# The shared acceptance checks, when ../shared is beside the project.
acceptance:
	@if [ -d $(SHARED)/contract ]; then \
		set -e; \
		python3 $(SHARED)/contract/check_examples.py --bin $(BIN); \
		python3 $(SHARED)/conformance/check_answers.py --bin $(BIN); \
	else echo "($(SHARED) not found: shared acceptance checks skipped)"; fi

clean:
	rm -rf .build
