# Leadbridge. `make run` opens the app; `make test` runs every test. Both first install
# whatever the machine is missing (Debian or Ubuntu).

SHELL := /bin/bash
GO ?= $(shell command -v go 2>/dev/null || echo /usr/local/go/bin/go)
BUILD := build
BIN := $(BUILD)/leadbridge
# Release builds: fyne.Do without the thread checks, no local paths, no symbols.
RELEASE_FLAGS := -tags migrated_fynedo -trimpath -ldflags "-s -w"
# Window driver (cgo), then what the tests use: a virtual display, window tools, PDF tools.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
	wayland-protocols xvfb xdotool poppler-utils imagemagick

.PHONY: run test bench lint build deps clean

run: deps build
	$(BIN) $(if $(DB),--db "$(DB)")

test: deps lint
	$(GO) test -count=1 -timeout 40m ./...

bench: deps
	$(GO) test -run '^$$' -bench . -benchmem -timeout 60m ./...

lint: deps
	@out=$$(gofmt -l cmd internal ui resources); \
	if [ -n "$$out" ]; then echo "Not formatted with gofmt:"; echo "$$out"; exit 1; fi
	$(GO) vet ./...
	$(GO) mod tidy -diff

build: deps
	$(GO) build $(RELEASE_FLAGS) -o $(BIN) ./cmd/leadbridge

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
