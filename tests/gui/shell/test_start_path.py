"""The start path stays light: importing what runs before the tray icon shows — and what runs
while the app sits in the tray — does not import the heavy modules. Run in a fresh interpreter,
so nothing another test imported counts."""

import json
import subprocess
import sys

# what the icon must not wait for: the HTTP stack, the keyring, system information, SQLite,
# the knowledge base, the connectors, the windows, and the services behind them
HEAVY_AT_START = (
    "requests", "urllib3", "keyring", "secretstorage", "psutil", "sqlite3",
    "helpclient.core.kb", "helpclient.core.sysinfo", "helpclient.core.delivery",
    "helpclient.core.tracking", "helpclient.backends",
    "helpclient.ui.wizard", "helpclient.ui.requests", "helpclient.ui.kb",
    "helpclient.ui.settings", "helpclient.ui.outbox",
    "helpclient.app", "helpclient.services", "helpclient.wiring",
    # and, as they come after it too: the settings, the translations, the tray's menu
    "helpclient.core.settings", "helpclient.core.settings_catalog", "helpclient.ui.shell.i18n",
    "helpclient.ui.shell.tray",
    # the single-instance check is Python's own socket: no Qt Network, no OpenSSL (hashlib)
    "PySide6.QtNetwork", "hashlib", "_hashlib", "ssl",
)
# what the app does not need while it sits in the tray: the windows and what only they use
HEAVY_WHILE_IDLE = (
    "keyring", "secretstorage", "psutil",
    "helpclient.core.kb.index", "helpclient.core.kb.service", "helpclient.core.sysinfo",
    "helpclient.ui.wizard", "helpclient.ui.requests", "helpclient.ui.kb.window",
    "helpclient.ui.settings", "helpclient.ui.outbox.window", "helpclient.ui.shell.about",
)


# what the report wizard's warm-up (two seconds after start) loads for a fast first click: its
# pages, not the knowledge base they search once painted (the index, nh3, the stemmers)
HEAVY_IN_THE_WARM_WIZARD = (
    "helpclient.core.kb.index", "helpclient.core.kb.service", "helpclient.core.kb.search",
    "helpclient.core.kb.query_terms", "helpclient.core.kb.suggest", "helpclient.core.kb.text",
    "nh3", "Stemmer", "psutil",
)


def imported_after(*modules: str, then: str = "") -> list[str]:
    code = (f"import json, sys\nfor m in {modules!r}: __import__(m)\n{then}\n"
            "print(json.dumps(sorted(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, timeout=120).stdout
    return json.loads(out)


def heavy(loaded: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == n or m.startswith(n + ".") for n in names))


def test_the_start_path_imports_none_of_the_heavy_modules():
    loaded = imported_after("helpclient.cli", "helpclient.launch")
    assert heavy(loaded, HEAVY_AT_START) == []


def test_the_app_in_the_tray_imports_no_window_and_no_keyring():
    # wiring is what is built once the icon shows: the app, its services and drivers
    loaded = imported_after("helpclient.cli", "helpclient.launch", "helpclient.wiring")
    assert heavy(loaded, HEAVY_WHILE_IDLE) == []


def test_the_warmed_up_report_wizard_leaves_the_knowledge_base_unloaded():
    loaded = imported_after("helpclient.cli", "helpclient.launch", "helpclient.wiring",
                            then="sys.modules['helpclient.wiring'].warm_report_wizard()")
    assert "helpclient.ui.wizard.window" in loaded  # it did warm up
    assert heavy(loaded, HEAVY_IN_THE_WARM_WIZARD) == []
