"""Marking user-visible text in Qt-free code so Qt's tools can translate it.

Core must not import Qt, yet its messages reach the user. Core marks them with
``QT_TRANSLATE_NOOP(context, text)`` — the name ``pyside6-lupdate`` extracts — and keeps the
context with the text in a :class:`Text`. The UI renders it through
``QCoreApplication.translate``; the CLI and tests may render it untranslated.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

#: ``translate(context, source_text) -> translated_text``
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Mark ``text`` for extraction under ``context``; returns it unchanged."""
    return text


def identity(context: str, text: str) -> str:
    """A ``Translate`` that leaves English as it is (CLI, tests, logs)."""
    return text


@dataclass(frozen=True)
class Text:
    """A translatable message with ``{name}`` placeholders filled after translation."""

    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translate = identity) -> str:
        """The message in the language ``translate`` gives, placeholders filled."""
        return translate(self.context, self.source).format(**self.params)

    def __str__(self) -> str:
        return self.render()
