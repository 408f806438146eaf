# Fordran — two commands on a fresh Debian 12 machine:
#   make run    install missing packages, build, create a demo database if none, start the GUI
#   make test   the same set-up, then every test through CTest (PostgreSQL included)
# and: make bench (Release build, benchmarks print their figures), make translations.

PRESET ?= $(if $(filter true,$(CI)),ci,dev)
BUILD_DIR := build/$(PRESET)
CLI := $(BUILD_DIR)/app/cli/fordran-cli
GUI := $(BUILD_DIR)/app/gui/fordran
DEMO_CASES ?= 3000

.PHONY: all deps configure build run test bench translations clean

all: build

deps:
	@scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake --preset $(PRESET)

configure: deps
	cmake --preset $(PRESET)

build: deps $(BUILD_DIR)/build.ninja
	cmake --build --preset $(PRESET)

run: build
	@$(CLI) demo --cases $(DEMO_CASES) --seed 1 --if-empty
	@scripts/start-gui.sh $(GUI)

test: build
	@scripts/run-tests.sh $(BUILD_DIR)

bench: deps
	cmake --preset release
	cmake --build --preset release
	@scripts/run-bench.sh build/release

translations: build
	cmake --build --preset $(PRESET) --target update_translations

clean:
	rm -rf build
