"""The one line that sums up a run of the quick checks, for the window's heading and the
report wizard's panel."""

from __future__ import annotations

from PySide6.QtCore import QObject

from helpclient.core.report.self_checks import Verdict
from helpclient.ui.checks.session import Outcome


class CheckSummary(QObject):
    # a QObject for self.tr: Qt's tools find plural forms ("%n") only in tr() calls

    def text(self, outcome: Outcome | None) -> str:
        if outcome is None:
            return self.tr("Checking your computer…")
        if not outcome.results:
            return self.tr("The checks could not run.")
        looks = sum(r.verdict.needs_look for r in outcome.results)
        if looks:
            return self.tr("%n finding(s) need your attention.", "", looks)
        if any(r.verdict is Verdict.UNKNOWN for r in outcome.results):
            return self.tr("Nothing wrong found, but some checks could not tell.")
        return self.tr("Everything checked looks fine.")


def summary_text(outcome: Outcome | None) -> str:
    """"Checking…", how many findings need a look, or that all looks fine."""
    return CheckSummary().text(outcome)
