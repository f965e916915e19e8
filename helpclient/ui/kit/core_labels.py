"""Core's own labels (categories, urgencies, …) in the interface language: core marks them for
translation without Qt (:mod:`helpclient.core.i18n`), the UI translates them here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Context of the core's own labels for QCoreApplication.translate.
REPORT_CONTEXT = "Report"


def report_label(source: str) -> str:
    """A core label (category, urgency, …) in the interface language."""
    return QCoreApplication.translate(REPORT_CONTEXT, source)
