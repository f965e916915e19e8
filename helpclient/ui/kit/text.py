"""Filling the placeholders of a translated text.

Translated strings keep Qt's ``%1``, ``%2``, … placeholders, so translators can reorder them and
the .ts checks can compare them; PySide has no ``QString.arg``, so this module provides it.
"""

from __future__ import annotations

import re

# %1 … %9; a longer number (%10) is not one of ours and stays as it is.
_PLACEHOLDER = re.compile(r"%([1-9])(?![0-9])")


def arg(template: str, *values: object) -> str:
    """``template`` with ``%1`` replaced by ``values[0]``, ``%2`` by ``values[1]``, and so on.

    All placeholders are filled in a single pass over the template, never one after another:
    a value may come from the helpdesk or the user (a subject, a server message, a file name)
    and contain "%2" itself, which must reach the screen as typed rather than be filled in
    turn. A placeholder without a value stays as it is, so a mistake shows instead of
    vanishing.
    """

    def fill(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return str(values[number - 1]) if number <= len(values) else match.group(0)

    return _PLACEHOLDER.sub(fill, template)
