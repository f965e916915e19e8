"""The figures a benchmark hands to ``python -m benchmarks`` for its performance table.

A benchmark still prints its own report; it also calls :func:`record` for each headline figure.
The runner names a file in ``HELPCLIENT_BENCH_FIGURES``; run alone (``python benchmarks/X.py``)
nothing is recorded.
"""

from __future__ import annotations

import json
import os

FIGURES_ENV = "HELPCLIENT_BENCH_FIGURES"


def record(figure: str, value: float | str, unit: str = "", *, target: str = "",
           ok: bool | None = None, spread: str = "") -> None:
    """One row of the table: ``figure`` = ``value`` ``unit``; ``target`` as text ("<= 1.25×");
    ``ok`` whether it is met (None: no target); ``spread`` the noise (min–max)."""
    path = os.environ.get(FIGURES_ENV)
    if not path:
        return
    row = {"figure": figure, "value": value, "unit": unit, "target": target, "ok": ok,
           "spread": spread}
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
