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
RELEASE_BUILD := -tags migrated_fynedo,no_emoji -trimpath
RELEASE_FLAGS := $(RELEASE_BUILD) -ldflags "-s -w"
# What building, running and packaging the app needs: the window driver (cgo), dbus-launch
# (dbus-x11), which lets the window follow the system's light or dark theme where no
# session bus was started for it, and xz, which `fyne package` compresses the Linux
# archive with.
APT_PACKAGES := gcc pkg-config libgl1-mesa-dev xorg-dev libwayland-dev libxkbcommon-dev \
	wayland-protocols dbus-x11 xz-utils
# What the tests and benchmarks add: a virtual display, window tools, PDF tools, Python's
# icalendar, an independent parser the tests read calendar files with, khal, a calendar
# program that runs without a display, which the tests import calendar files into,
# HarfBuzz's hb-view, which draws the reference that shaped names in documents and on
# screen are compared with, Chromium, the browser the tests answer rating packs in, and
# the sqlite3 tool, the floor `make bench` holds an import against.
TEST_APT_PACKAGES := xvfb xdotool poppler-utils imagemagick python3-icalendar khal \
	libharfbuzz-bin chromium sqlite3

# Windows, built from Debian: the cross compiler (and its windres, which puts the icon,
# manifest and version into the .exe), wixl and msiinfo for the installer, and ImageMagick,
# which makes the icon.
WIN_APT_PACKAGES := gcc-mingw-w64-x86-64 wixl msitools imagemagick
# What testing the Windows build adds: `file` to check what came out, Wine, which runs the
# Windows build, and locales, whose localedef makes the locales Wine takes the Windows
# user locale from.
WIN_TEST_APT_PACKAGES := wine64 wine file locales
VERSION := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
BUILD_NUMBER := $(shell sed -n 's/^ *Build *= *\([0-9]*\)/\1/p' FyneApp.toml)
WIN := $(BUILD)/windows
WIN_EXE := $(BUILD)/leadbridge.exe
WIN_MSI := $(BUILD)/Leadbridge-$(VERSION)-windows-amd64.msi
WIN_GO := CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc $(GO)
# The release flags, and the GUI subsystem: no console window opens behind the app.
WIN_RELEASE_FLAGS := $(RELEASE_BUILD) -ldflags "-s -w -H windowsgui"
# SIGN_CMD, once there is a code-signing certificate, is a command that signs a Windows
# file in place, given its path as its last argument (a script around osslsigncode or
# signtool): the .exe before it goes into the MSI, then the MSI. Left empty, both are
# unsigned.
SIGN_CMD ?=
# The Wine the tests run the Windows build under, kept between runs.
WINEPREFIX := $(abspath $(BUILD))/wine
# The locales the paper-size test sets as the Windows user locale; Wine takes it from the
# system's, so they must exist.
WIN_TEST_LOCALES := en_US en_GB fr_CA es_MX

.PHONY: run test bench lint build package go-version deps deps-test deps-windows deps-all clean package-windows test-windows package-darwin

run: deps build
	$(BIN) $(if $(DB),--db "$(DB)")

# The tests build with Fyne's `test` tag, which changes one thing: text is measured with
# Fyne's own fonts only, never the system's, so screen layouts (and the golden files that
# pin them) come out the same on every machine whatever fonts it has. The program the
# smoke tests start is built without it. Then the Windows build, its installer and its
# tests under Wine (see test-windows).
test: deps-all lint
	$(GO) test -tags test -count=1 -timeout 40m ./...
	@$(MAKE) --no-print-directory test-windows

# bench runs every benchmark against the release build and the sample businesses below,
# one package at a time so that benchmarks never compete for the processor, keeps the raw
# figures in build/bench/results.txt (for benchstat) and prints them against their budgets.
# Over-budget figures are marked, not failed: a slow machine is no broken build.
bench: deps-test build $(BENCH_DEMOS)
	set -o pipefail; LEADBRIDGE_BIN="$(abspath $(BIN))" \
		$(GO) test -p 1 -count=1 -run '^$$' -bench . -benchmem -timeout 60m ./... | tee $(BENCH)/results.txt
	@echo
	@$(GO) run ./internal/benchtable $(BENCH)/results.txt

# The sample businesses of 1,000 and 10,000 people the benchmarks read, made by the demo
# command once and again only when the schema or the generator changes. A run cut short
# leaves only a .part file behind.
$(BENCH)/demo-%.db: $(wildcard internal/store/migrations/*.sql) $(filter-out %_test.go,$(wildcard internal/demo/*.go)) | build
	@mkdir -p $(@D)
	@rm -f $@ $@-wal $@-shm $@.part $@.part.lock $@.part.checked $@.checked
	$(BIN) demo --db $@.part --people $* >/dev/null
	@mv $@.part $@ && rm -f $@.part.lock $@.part.checked

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

# package-windows makes build/leadbridge.exe, the Windows program (the release build with
# its icon, manifest and version), and build/Leadbridge-VERSION-windows-amd64.msi, its
# installer. A cold build takes about 7 minutes on 2 cores, a warm one seconds. Go links
# the resources from a .syso file in the package's folder, so one is put there for the
# build and taken away after.
package-windows: deps-windows
	@mkdir -p $(WIN)
	convert resources/icon.png -define icon:auto-resize=256,128,64,48,32,16 $(WIN)/leadbridge.ico
	x86_64-w64-mingw32-windres -I resources/windows -O coff -o $(WIN)/leadbridge.syso \
		-DVERSION_MAJOR=$(word 1,$(subst ., ,$(VERSION))) -DVERSION_MINOR=$(word 2,$(subst ., ,$(VERSION))) \
		-DVERSION_PATCH=$(word 3,$(subst ., ,$(VERSION))) -DVERSION_BUILD=$(BUILD_NUMBER) \
		-DVERSION='\"$(VERSION).$(BUILD_NUMBER)\"' -DICON_FILE='\"$(abspath $(WIN))/leadbridge.ico\"' \
		resources/windows/leadbridge.rc
	cp $(WIN)/leadbridge.syso cmd/leadbridge/zz_resources_windows_amd64.syso
	$(WIN_GO) build $(WIN_RELEASE_FLAGS) -o $(WIN_EXE) ./cmd/leadbridge; status=$$?; \
	rm -f cmd/leadbridge/zz_resources_windows_amd64.syso; exit $$status
	$(if $(SIGN_CMD),$(SIGN_CMD) $(WIN_EXE))
	wixl -a x64 -D Version=$(VERSION) -D Exe=$(WIN_EXE) -D Icon=$(WIN)/leadbridge.ico \
		-o $(WIN_MSI) resources/windows/leadbridge.wxs
	$(if $(SIGN_CMD),$(SIGN_CMD) $(WIN_MSI))
	@echo "Wrote $(WIN_EXE) and $(WIN_MSI)"

# test-windows checks the Windows build from Debian: go vet of the Windows-only code under
# internal/ (the package build has compiled cmd/leadbridge's), its tests, cross-compiled
# and run under Wine, then the .exe and the MSI themselves (cmd/leadbridge's
# wine_test.go): what they hold, the command line and the window under Wine, and the MSI
# installed and removed under Wine. `make test` runs it after the other tests.
test-windows: deps-all package-windows $(WINEPREFIX)/.ready
	@mkdir -p $(WIN)/tests
	GOOS=windows $(GO) vet ./internal/...
	for p in internal/datafile internal/lock internal/report; do \
		$(WIN_GO) test -c -o $(WIN)/tests/$$(basename $$p).test.exe ./$$p || exit 1; done
	cd $(WIN)/tests && WINEPREFIX=$(WINEPREFIX) WINEDEBUG=-all wine datafile.test.exe -test.count=1
	cd $(WIN)/tests && WINEPREFIX=$(WINEPREFIX) WINEDEBUG=-all wine lock.test.exe -test.count=1
	cd $(WIN)/tests && for l in en_US:letter en_GB:a4 fr_CA:letter es_MX:letter; do \
		LANG=$${l%:*}.UTF-8 LEADBRIDGE_WANT_PAPER=$${l#*:} WINEPREFIX=$(WINEPREFIX) WINEDEBUG=-all \
		wine report.test.exe -test.count=1 -test.run 'Windows' || exit 1; done
	LEADBRIDGE_WINDOWS_EXE="$(abspath $(WIN_EXE))" LEADBRIDGE_WINDOWS_MSI="$(abspath $(WIN_MSI))" \
		WINEPREFIX=$(WINEPREFIX) LEADBRIDGE_VERSION=$(VERSION) \
		$(GO) test -tags test,wine -count=1 -timeout 30m -run 'TestWindows' -v ./cmd/leadbridge

# The Wine the tests use: made once (about 20 seconds), with a stand-in for the one DLL
# of Windows that Go needs and Debian 12's Wine lacks (see the DLL's source).
$(WINEPREFIX)/.ready: cmd/leadbridge/testdata/wine/bcryptprimitives.c cmd/leadbridge/testdata/wine/bcryptprimitives.def
	@missing=$$(for l in $(WIN_TEST_LOCALES); do locale -a | grep -qix "$$l.utf8" || echo $$l; done); \
	if [ -n "$$missing" ] && [ "$$(id -u)" != 0 ]; then \
		echo "The Windows tests need these locales. Make them with:"; \
		for l in $$missing; do echo "  sudo localedef -i $$l -f UTF-8 $$l.UTF-8"; done; exit 1; \
	fi; for l in $$missing; do localedef -i $$l -f UTF-8 $$l.UTF-8; done
	@mkdir -p $(WIN)
	x86_64-w64-mingw32-gcc -shared -O2 -o $(WIN)/bcryptprimitives.dll $^ -ladvapi32
	WINEPREFIX=$(WINEPREFIX) WINEDEBUG=-all WINEDLLOVERRIDES="winemenubuilder.exe=d;mscoree=d;mshtml=d" wineboot -i
	cp $(WIN)/bcryptprimitives.dll $(WINEPREFIX)/drive_c/windows/system32/
	touch $@

# package-darwin makes build/Leadbridge-VERSION-darwin.zip, the macOS app, as `package`
# makes the Linux archive. It runs only on a Mac (the build needs Apple's SDK) and is
# untested until it is run on one.
package-darwin: build
	@[ "$$(uname -s)" = Darwin ] || { echo "The macOS app can only be built on a Mac."; exit 1; }
	@cp FyneApp.toml $(BUILD)/FyneApp.toml.orig
	@$(GO) tool fyne package --os darwin --release --executable $(BIN); status=$$?; \
	mv $(BUILD)/FyneApp.toml.orig FyneApp.toml; \
	if [ $$status = 0 ]; then ditto -c -k --keepParent Leadbridge.app $(BUILD)/Leadbridge-$(VERSION)-darwin.zip \
		&& rm -rf Leadbridge.app && echo "Wrote $(BUILD)/Leadbridge-$(VERSION)-darwin.zip"; fi; \
	exit $$status

# go-version checks that a Go toolchain of 1.21 or newer is installed: from 1.21 on, Go
# fetches the version go.mod names by itself. (Debian 12's own golang-go is 1.19.)
go-version:
	@v=$$($(GO) env GOVERSION 2>/dev/null | sed -n 's/.*go1\.\([0-9][0-9]*\).*/\1/p'); \
	if [ -z "$$v" ] || [ "$$v" -lt 21 ]; then \
		echo "Go 1.21 or newer is needed (it then fetches the Go that Leadbridge is built with by itself)."; \
		echo "Install it from https://go.dev/dl/ and run make again."; exit 1; \
	fi

# The deps targets install missing system packages with apt-get when run as root;
# otherwise they print the exact command to run and stop. Each asks for all it needs at
# once. deps is what building and running the app needs; deps-test adds the tests' tools;
# deps-windows what building the Windows version needs; deps-all everything `make test`
# needs, the Windows build's tests under Wine included.
deps: go-version
	@$(call install-packages,$(APT_PACKAGES))

deps-test: go-version
	@$(call install-packages,$(APT_PACKAGES) $(TEST_APT_PACKAGES))

deps-windows: go-version
	@$(call install-packages,$(APT_PACKAGES) $(WIN_APT_PACKAGES))

deps-all: go-version
	@$(call install-packages,$(APT_PACKAGES) $(TEST_APT_PACKAGES) $(WIN_APT_PACKAGES) $(WIN_TEST_APT_PACKAGES))

# Ubuntu has no chromium package of its own: chromium-browser installs the browser
# (as a snap) under the same command name the tests look for.
define install-packages
if ! command -v dpkg-query >/dev/null; then echo "Not a Debian or Ubuntu system: install the equivalents of $(1) yourself."; exit 0; fi; \
wanted="$(1)"; if grep -qs '^ID=ubuntu' /etc/os-release; then wanted=$$(echo " $$wanted " | sed 's/ chromium / chromium-browser /'); fi; \
missing=$$(for p in $$wanted; do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q "ok installed" || echo $$p; done | xargs); \
if [ -z "$$missing" ]; then exit 0; fi; \
if [ "$$(id -u)" = 0 ]; then \
	echo "Installing system packages: $$missing"; \
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null; \
else \
	echo "Leadbridge needs these system packages. Install them with:"; \
	echo "  sudo apt-get update && sudo apt-get install -y $$missing"; \
	exit 1; \
fi
endef

clean:
	rm -rf $(BUILD)
