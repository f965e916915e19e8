"""Sizes and numbers for people: in the user's language and number format ("120,9 КБ" in
Russian)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from helpclient.core.i18n import Localized, plain_number
from helpclient.ui.kit.text import arg


def number_in(locale: QLocale, value: float, decimals: int) -> str:
    """A core :class:`~helpclient.core.i18n.Number` written for ``locale``: the digits and
    rounding of the English form, so English reads exactly as before, with the locale's decimal
    sign and minus ("0,6" in German); no group separators, as before."""
    return plain_number(value, decimals).replace("-", locale.negativeSign()) \
        .replace(".", locale.decimalPoint())


def interface_number(value: float, decimals: int) -> str:
    """A core number in the interface language's format (the default locale, read now)."""
    return number_in(QLocale(), value, decimals)


#: ``QCoreApplication.translate`` with the interface language's numbers, for core text rendered
#: through functions that take only a ``translate`` (a report's body shown in the outbox)
INTERFACE_TEXT = Localized(QCoreApplication.translate, interface_number)


def data_size(size: int) -> str:
    """Bytes as B, KB, MB or GB (1 KB = 1024 bytes, as most users know it; one decimal for the
    larger units)."""
    size = max(size, 0)
    if size < 1024:
        return arg(QCoreApplication.translate("DataSize", "%1 B"), QLocale().toString(size))
    if size < 1024**2:
        unit, value = QCoreApplication.translate("DataSize", "%1 KB"), size / 1024
    elif size < 1024**3:
        unit, value = QCoreApplication.translate("DataSize", "%1 MB"), size / 1024**2
    else:
        unit, value = QCoreApplication.translate("DataSize", "%1 GB"), size / 1024**3
    return arg(unit, QLocale().toString(value, "f", 1))


def megabytes(size: int) -> str:
    """``size`` bytes as the "14,2" of "14,2 MB" (decimal megabytes, like the helpdesk's
    limit), in the user's number format."""
    return QLocale().toString(size / 1_000_000, "f", 1)
