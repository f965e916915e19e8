# HelpClient developer tasks. The two a newcomer needs:
#   make demo   — install what is missing, start a local Request Tracker 5 and the app against it
#   make test   — install what is missing, then lint, type-check and run every test
# System packages are installed with apt (directly as root, else with sudo).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# the interface languages besides English, the source language
LANGS  := ru de fr es
QM     := $(foreach l,$(LANGS) en,helpclient/i18n/helpclient_$(l).qm)

# pytest's worker processes: one a CPU, at most 4 (each starts its own Request Tracker and
# Redmine for the integration tests); TEST_WORKERS=0 runs the tests in one process
TEST_WORKERS ?= $(shell n=$$(nproc 2>/dev/null || echo 1); [ "$$n" -gt 4 ] && n=4; echo $$n)

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# said before any apt call when neither root nor sudo is available
NEED_ROOT = if [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null; then \
	echo "error: installing $$missing needs root or sudo; run this as root, or install sudo" >&2; exit 1; fi
# Qt's runtime libraries (xcb for a real screen, EGL/fontconfig for offscreen too)
QT_DEBS := libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0 libxkbcommon0 \
	libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
	libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0 fonts-dejavu-core
RT_DEBS := request-tracker5 rt5-db-sqlite rt5-standalone
# Redmine 5 for its connector's tests and the demo (SQLite, served by WEBrick)
REDMINE_DEBS := redmine redmine-sqlite ruby-webrick
# a real Secret Service keyring for the token tests (dbus-x11: a session bus without systemd)
KEYRING_DEBS := gnome-keyring dbus-x11
BASE_DEBS := python3-venv

.PHONY: demo test lint typecheck unit deps rt-deps redmine-deps keyring-deps venv translations ts pseudo screens clean \
	bundle bundle-tools deb deb-tools msi msi-tools admx capabilities

# make demo BACKEND=redmine: the same with a local Redmine 5
BACKEND ?= rt
demo: deps $(if $(filter redmine,$(BACKEND)),redmine-deps,rt-deps) venv translations
	$(BIN)/helpclient demo --backend $(BACKEND)

test: deps venv translations
	@$(MAKE) --no-print-directory rt-deps || echo "note: Request Tracker 5 could not be installed; integration tests will be skipped"
	@$(MAKE) --no-print-directory redmine-deps || echo "note: Redmine 5 could not be installed; its tests will be skipped"
	@$(MAKE) --no-print-directory keyring-deps || echo "note: gnome-keyring could not be installed; the keyring test will be skipped"
	$(BIN)/ruff check helpclient tests benchmarks installer
	$(BIN)/mypy
	QT_QPA_PLATFORM=offscreen HELPCLIENT_REQUIRE_RT=$${CI:+1} $(BIN)/pytest \
		-n $(TEST_WORKERS) --dist loadfile $(PYTEST_ARGS)

lint:
	$(BIN)/ruff check helpclient tests benchmarks installer

typecheck:
	$(BIN)/mypy

# apt only when something is missing, so a second run is quick and needs no root;
# $(2): what is installed (said first), $(3): debconf answers so packages configure without prompts
define apt_need
	@missing=$$(for p in $(1); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "installing $(or $(2),system packages): $$missing"; $(NEED_ROOT); \
		$(if $(3),printf '%s\n' $(3) | $(SUDO) debconf-set-selections &&) \
		$(SUDO) apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

RT_DEBCONF := 'request-tracker5 request-tracker5/dbconfig-install boolean true' \
	'request-tracker5 request-tracker5/database-type select sqlite3'
# the package's own "default" instance on SQLite (the sqlite adapter is only loaded when some
# instance uses it); tests make their own instances
REDMINE_DEBCONF := 'redmine redmine/instances/default/dbconfig-install boolean true' \
	'redmine redmine/instances/default/database-type select sqlite3' \
	'redmine redmine/current-instances string default'

deps:
	$(call apt_need,$(BASE_DEBS) $(QT_DEBS))

keyring-deps:
	$(call apt_need,$(KEYRING_DEBS))

rt-deps:
	$(call apt_need,$(RT_DEBS),Request Tracker 5 (about a minute),$(RT_DEBCONF))

redmine-deps:
	$(call apt_need,$(REDMINE_DEBS),Redmine 5 (about 20 s),$(REDMINE_DEBCONF))

venv: $(STAMP)

$(STAMP): pyproject.toml
	@[ -x $(BIN)/python ] || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	@touch $@

translations: $(QM)

helpclient/i18n/helpclient_%.qm: translations/helpclient_%.ts $(STAMP)
	@mkdir -p $(dir $@)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# the pseudo-locale (helpclient/i18n/pseudo.py): run with HELPCLIENT_PSEUDO_QM=build/helpclient_pseudo.qm
pseudo: venv
	$(BIN)/python -m helpclient.i18n.pseudo translations/helpclient_ru.ts build/helpclient_pseudo.ts
	$(BIN)/pyside6-lrelease -silent build/helpclient_pseudo.ts -qm build/helpclient_pseudo.qm

# every window and wizard page in every language and variant (helpclient/demo/screens), into
# SCREENS_DIR (not committed); make screens SCREENS_ARGS=--readme SCREENS_DIR=resources/screenshots
# writes the README's screenshots
SCREENS_DIR ?= build/screens
screens: venv translations pseudo
	$(BIN)/python -m helpclient.demo.screens $(SCREENS_DIR) $(SCREENS_ARGS)

# refresh the .ts sources from the code (then translate the new strings)
ts: venv
	for l in $(LANGS); do \
		$(BIN)/pyside6-lupdate -silent -extensions py -no-obsolete -locations none helpclient \
			-target-language $$l -ts translations/helpclient_$$l.ts || exit 1; \
	done
	# English needs only its plural forms ("1 report", "2 reports")
	$(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -pluralonly helpclient -target-language en_US -ts translations/helpclient_en.ts

# --- installers: what IT deploys (README, "For IT: deploying HelpClient") ---
VERSION = $(shell sed -n 's/^__version__ = "\(.*\)"$$/\1/p' helpclient/__init__.py)
# Debian's python3 for the bundle: its libpython carries no RUNPATH of the build (lintian)
BUNDLE_PYTHON ?= $(firstword $(wildcard /usr/bin/python3) python3)
# objdump/strip for PyInstaller, and the shared libpython it bundles
BUNDLE_DEBS = binutils python3-venv \
	$(shell $(BUNDLE_PYTHON) -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
DEB_DEBS := lintian desktop-file-utils
MSI_DEBS := wixl msitools

# dist/helpclient/: the PyInstaller one-folder build for this OS
bundle: deps venv translations bundle-tools
	BUNDLE_PYTHON=$(BUNDLE_PYTHON) installer/pyinstaller/build-bundle

bundle-tools:
ifneq ($(wildcard /usr/bin/dpkg),)
	$(call apt_need,$(BUNDLE_DEBS))
else
	@echo "not Debian: PyInstaller needs binutils (Linux) and a Python with a shared libpython"
endif

# dist/helpclient_<version>_<arch>.deb around the bundle; .ci/deb-check lints and installs it
deb: bundle deb-tools
	PYTHON=$(BIN)/python installer/linux/build-deb

deb-tools:
	$(call apt_need,$(DEB_DEBS))

# dist/HelpClient-<version>.msi around a Windows build of the bundle (it cannot be made here):
#   make msi PAYLOAD=path/to/helpclient   (TEST_PAYLOAD=1: CI's placeholder, named as such)
msi: msi-tools
	@[ -n "$(PAYLOAD)" ] || { echo "usage: make msi PAYLOAD=folder — the PyInstaller build made on Windows (dist\\helpclient)" >&2; exit 2; }
	installer/windows/build-msi $(if $(TEST_PAYLOAD),--test-payload) "$(PAYLOAD)"

msi-tools:
	$(call apt_need,$(MSI_DEBS))

# the Group Policy templates and the example macOS profile, written from the settings
# declaration (committed; a test fails when they are stale)
admx: venv
	$(BIN)/python installer/windows/admx.py
	$(BIN)/python installer/macos/mobileconfig.py

capabilities: venv
	$(BIN)/python installer/capability_table.py

clean:
	rm -rf $(VENV) helpclient/i18n/*.qm build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
