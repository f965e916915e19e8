"""Marking user-visible text in Qt-free code so Qt's tools can translate it.

Core must not import Qt, yet its messages reach the user. Core marks them with
``QT_TRANSLATE_NOOP(context, text)`` — the name ``pyside6-lupdate`` extracts — and keeps the
context with the text in a :class:`Text`. The UI renders it through
``QCoreApplication.translate``; the CLI and tests may render it untranslated.

Numbers in a text stay numbers (:class:`Number`) until it is rendered, so the decimal sign is
the language's ("0,6 GB" in German) — chosen by the UI, which knows the locale.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: ``translate(context, source_text) -> translated_text``
Translate = Callable[[str, str], str]
#: ``format_number(value, decimals) -> text``
FormatNumber = Callable[[float, int], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def identity(context: str, text: str) -> str:
    """A ``Translate`` that leaves English as it is (CLI, tests, logs)."""
    return text


def plain_number(value: float, decimals: int) -> str:
    """``value`` with ``decimals`` decimals, English style ("0.6"): the CLI, logs, tests."""
    return f"{value:.{decimals}f}"


@dataclass(frozen=True)
class Number:
    """A measured value in a :class:`Text`'s params, formatted when the text is rendered;
    ``str()`` gives the English form."""

    value: float
    decimals: int = 0

    def __str__(self) -> str:
        return plain_number(self.value, self.decimals)


@dataclass(frozen=True)
class Localized:
    """A ``Translate`` that also knows its language's number format, so text rendered through
    it (a ticket, in the ticket language) gets that language's numbers without a second
    argument travelling along every function that passes ``translate`` on."""

    translate: Translate
    format_number: FormatNumber

    def __call__(self, context: str, text: str) -> str:
        return self.translate(context, text)


@dataclass(frozen=True)
class Text:
    """A translatable message with ``{name}`` placeholders filled after translation."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity,
               format_number: FormatNumber | None = None) -> str:
        """The message in the language ``translate`` gives, placeholders filled; each
        :class:`Number` through ``format_number`` (by default the one a :class:`Localized`
        ``translate`` carries, else English digits)."""
        if format_number is None:
            format_number = translate.format_number if isinstance(translate, Localized) \
                else plain_number
        params = {name: format_number(value.value, value.decimals)
                  if isinstance(value, Number) else value for name, value in self.params.items()}
        return translate(self.context, self.source).format(**params)

    def __str__(self) -> str:
        return self.render()
