"""The interface's language as a bare code, for what is kept per language (articles, known
problems' texts, the quick checks' keywords)."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def interface_language() -> str:
    """The interface language's code ("en", "ru"); "en" under the C locale."""
    code = QLocale().name().split("_")[0]
    return "en" if code == "C" else code
