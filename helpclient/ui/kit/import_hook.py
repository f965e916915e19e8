"""Keep PySide6's import hook from caching the source of every module imported after it.

Importing PySide6 replaces ``builtins.__import__``: after each new module is imported, its
``shibokensupport.feature._mod_uses_pyside(module)`` reads the module's whole source with
``inspect.getsource`` to decide whether PySide's optional ``from __feature__ import …``
switches may apply to it. ``inspect`` reads through ``linecache``, which keeps every file it
read for the life of the process: in HelpClient several MiB of other packages' source text (the
HTTP stack alone over 2 MiB), and a few dozen milliseconds of start-up.

HelpClient never selects a feature, so no module needs the answer: "no" (PySide's "ignore this
module", which keeps the default, feature-less API) is what every module gets here, without
reading anything. A module that does ``from __feature__ import …`` is registered by that import
itself, before this check, so it is unaffected.
"""

from __future__ import annotations

import linecache
import sys


def stop_source_caching() -> bool:
    """Replace the hook's source check, and drop the source read so far; False when this
    PySide6 has no such check."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_no_feature)  # noqa: B010 (PySide's private name)
    linecache.clearcache()  # a traceback reads what it needs again
    return True


def _uses_no_feature(_module: object) -> bool:
    return False
