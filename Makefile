# Leadbridge. `make run` opens the app; `make test` runs every test. Both first install
# whatever the machine is missing (Debian or Ubuntu).

SHELL := /bin/bash
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
BUILD := build
BIN := $(BUILD)/leadbridge
BENCH := $(BUILD)/bench
BENCH_DEMOS := $(BENCH)/demo-1000.db $(BENCH)/demo-10000.db
# Release builds: fyne.Do without the thread checks; without Fyne's own colour emoji font,
# which it would parse once per text style (about 12 MB held for good; emoji then show in
# the system's emoji font, or in the one-colour font Leadbridge bundles, as in the PDFs);
# no local paths, no symbols.
RELEASE_FLAGS := -tags migrated_fynedo,no_emoji -trimpath -ldflags "-s -w"
# Window driver (cgo); dbus-launch (dbus-x11), which lets the window follow the system's
# light or dark theme where no session bus was started for it; then what the tests use: a
# virtual display, window tools, PDF tools, xz, which `fyne package` compresses the Linux
# archive with, Python's icalendar, an independent parser the tests read calendar files
# with, khal, a calendar program that runs without a display, which the tests import
# calendar files into, HarfBuzz's hb-view, which draws the reference that shaped names in
# documents and on screen are compared with, Chromium, the browser the tests answer rating
# packs in, and the sqlite3 tool, the floor `make bench` holds an import against.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
	wayland-protocols dbus-x11 xvfb xdotool poppler-utils imagemagick xz-utils \
	python3-icalendar khal libharfbuzz-bin chromium sqlite3

.PHONY: run test bench lint build package deps clean

run: deps build
	$(BIN) $(if $(DB),--db "$(DB)")

# The tests build with Fyne's `test` tag, which changes one thing: text is measured with
# Fyne's own fonts only, never the system's, so screen layouts (and the golden files that
# pin them) come out the same on every machine whatever fonts it has. The program the
# smoke tests start is built without it.
test: deps lint
	$(GO) test -tags test -count=1 -timeout 40m ./...

# bench runs every benchmark against the release build and the sample businesses below,
# one package at a time so that benchmarks never compete for the processor, keeps the raw
# figures in build/bench/results.txt (for benchstat) and prints them against their budgets.
# Over-budget figures are marked, not failed: a slow machine is no broken build.
bench: deps build $(BENCH_DEMOS)
	set -o pipefail; LEADBRIDGE_BIN="$(abspath $(BIN))" \
		$(GO) test -p 1 -count=1 -run '^$$' -bench . -benchmem -timeout 60m ./... | tee $(BENCH)/results.txt
	@echo
	@$(GO) run ./internal/benchtable $(BENCH)/results.txt

# The sample businesses of 1,000 and 10,000 people the benchmarks read, made by the demo
# command once and again only when the schema or the generator changes. A run cut short
# leaves only a .part file behind.
$(BENCH)/demo-%.db: $(wildcard internal/store/migrations/*.sql) $(filter-out %_test.go,$(wildcard internal/demo/*.go)) | build
	@mkdir -p $(@D)
	@rm -f $@ $@-wal $@-shm $@.part $@.part.lock
	$(BIN) demo --db $@.part --people $* >/dev/null
	@mv $@.part $@ && rm -f $@.part.lock

lint: deps
	@out=$$(gofmt -l cmd internal ui resources); \
	if [ -n "$$out" ]; then echo "Not formatted with gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff

build: deps
	$(GO) build $(RELEASE_FLAGS) -o $(BIN) ./cmd/leadbridge

# package makes build/Leadbridge.tar.xz, the Linux archive with the program, its icon and
# desktop entry, from the release build. `fyne package` reads FyneApp.toml from the folder
# it runs in and then counts its build number up; the number stays as committed, so the
# file is put back afterwards.
package: build
	@cp FyneApp.toml $(BUILD)/FyneApp.toml.orig
	@$(GO) tool fyne package --os linux --release --executable $(BIN); status=$$?; \
	mv $(BUILD)/FyneApp.toml.orig FyneApp.toml; \
	if [ $$status = 0 ]; then mv Leadbridge.tar.xz $(BUILD)/ && echo "Wrote $(BUILD)/Leadbridge.tar.xz"; fi; \
	exit $$status

# deps installs missing system packages with apt-get when run as root; otherwise it prints
# the exact command to run and stops.
deps:
	@command -v $(GO) >/dev/null || { echo "Go 1.26 or newer is needed: install it from your package manager or go.dev, then run make again."; exit 1; }
	@if ! command -v dpkg-query >/dev/null; then echo "Not a Debian or Ubuntu system: install the equivalents of $(APT_PACKAGES) yourself."; exit 0; fi; \
	missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done | xargs); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ]; then \
		echo "Installing system packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
	else \
		echo "Leadbridge needs these system packages. Install them with:"; \
		echo "  sudo apt-get install -y $$missing"; \
		exit 1; \
	fi

clean:
	rm -rf $(BUILD)
