"""Sizes for people: in the user's language and number format ("120,9 КБ" in Russian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from helpclient.ui.text import arg


def data_size(size: int) -> str:
    """Bytes as B, KB, MB or GB (1 KB = 1024 bytes, as most users know it; one decimal for the
    larger units)."""
    locale, size = QLocale(), max(size, 0)
    if size < 1024:
        return arg(QCoreApplication.translate("DataSize", "%1 B"), locale.toString(size))
    for power, unit in ((1, QCoreApplication.translate("DataSize", "%1 KB")),
                        (2, QCoreApplication.translate("DataSize", "%1 MB"))):
        if size < 1024 ** (power + 1):
            return arg(unit, locale.toString(size / 1024**power, "f", 1))
    return arg(QCoreApplication.translate("DataSize", "%1 GB"),
               locale.toString(size / 1024**3, "f", 1))


def megabytes(size: int) -> str:
    """``size`` bytes as the "14,2" of "14,2 MB" (decimal megabytes, like the helpdesk's
    limit), in the user's number format."""
    return QLocale().toString(size / 1_000_000, "f", 1)
