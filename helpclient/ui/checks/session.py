"""Running the quick checks for a window: off the GUI thread (the checks, the article search
for what needs a look, which safe actions this computer has), and the safe actions the user
asks for. The window and the report wizard's panel each hold one session."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from helpclient.core.checks.articles import article_for
from helpclient.core.checks.model import Check, CheckResult, SafeAction
from helpclient.core.checks.runner import run_checks
from helpclient.core.kb.index import Hit
from helpclient.core.kb.service import KnowledgeBase
from helpclient.ui.kit.language import interface_language
from helpclient.ui.kit.tasks import TaskRunner

log = logging.getLogger(__name__)


class ActionRunner(Protocol):
    """The OS's safe actions (the platform's ``OsActions``, through the composition root)."""

    def available(self, action: SafeAction) -> bool:
        """True when this computer has what ``action`` needs."""
        ...

    def perform(self, action: SafeAction, target: str = "") -> None:
        """Do ``action`` on ``target``; raises when it fails. Blocking."""
        ...


@dataclass
class CheckServices:
    """What the checks' windows need: the checks as the settings say now, the program-version
    check for a program and version, the safe actions, and the knowledge base (None: no
    articles)."""

    make_checks: Callable[[], Sequence[Check]]
    program_checks: Callable[[str, str], Sequence[Check]]
    actions: ActionRunner
    knowledge: KnowledgeBase | None = None


@dataclass(frozen=True)
class Outcome:
    """The results in order, the article for each that needs a look, and the actions this
    computer can do."""

    results: tuple[CheckResult, ...]
    articles: Mapping[str, Hit] = field(default_factory=dict)
    actions: frozenset[SafeAction] = frozenset()

    def merged(self, newer: Outcome, names: frozenset[str]) -> Outcome:
        """This outcome with the checks called ``names`` replaced by ``newer``'s (a check in
        ``names`` that ``newer`` lacks no longer applies and goes)."""
        fresh = {r.name: r for r in newer.results}
        results = [fresh.pop(r.name, r) for r in self.results
                   if r.name not in names or r.name in fresh]
        articles = {k: v for k, v in self.articles.items() if k not in names}
        return Outcome((*results, *fresh.values()), {**articles, **newer.articles},
                       self.actions | newer.actions)

    def result(self, name: str) -> CheckResult | None:
        """The result of the check called ``name``."""
        return next((r for r in self.results if r.name == name), None)


class CheckSession(QObject):
    """Runs checks on ``runner`` and reports ``finished(Outcome)``; ``action_done(key, error)``
    after a safe action ("" when it worked)."""

    finished = Signal(object)
    action_done = Signal(str, str)

    def __init__(self, runner: TaskRunner, services: CheckServices,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._services = services
        self.running = False
        self.outcome: Outcome | None = None

    def run(self, extra: Callable[[], Sequence[Check]] | None = None) -> bool:
        """Start every check (and ``extra`` ones, such as the program's version); False while
        a run is on."""
        if self.running:
            return False
        self.running = True
        make = self._services.make_checks

        def checks() -> list[Check]:
            return [*make(), *(extra() if extra is not None else ())]

        self._start(checks, None)
        return True

    def recheck(self, names: frozenset[str], checks: Callable[[], Sequence[Check]]) -> None:
        """Run ``checks`` alone and put their results in place of the checks ``names``."""
        self._start(checks, names)

    def _start(self, make: Callable[[], Sequence[Check]], names: frozenset[str] | None) -> None:
        services, language = self._services, interface_language()

        def work() -> Outcome:
            results = tuple(run_checks(make()))
            return Outcome(results, _articles(services.knowledge, results, language),
                           frozenset(a for a in SafeAction if services.actions.available(a)))

        self._runner.run_task(work, lambda outcome: self._done(outcome, names),
                              lambda exc: self._failed(exc, names), context=self)

    def program_checks(self, program: str, version: str) -> Sequence[Check]:
        """The version check for what the user picked (none when IT lists no version)."""
        return self._services.program_checks(program, version)

    def _done(self, outcome: Outcome, names: frozenset[str] | None) -> None:
        if names is None:
            self.running = False
        elif self.outcome is not None:
            outcome = self.outcome.merged(outcome, names)
        self.outcome = outcome
        self.finished.emit(outcome)

    def _failed(self, exc: BaseException, names: frozenset[str] | None) -> None:
        log.warning("the quick checks did not run: %s", exc)
        if names is None:  # a re-check that failed leaves what is shown as it is
            self.running = False
            self.outcome = Outcome(())
            self.finished.emit(self.outcome)

    def perform(self, key: str, action: SafeAction, target: str) -> None:
        """Do ``action`` off the GUI thread; ``action_done(key, error)`` tells how it went."""
        actions = self._services.actions
        self._runner.run_task(lambda: actions.perform(action, target),
                              lambda _none: self.action_done.emit(key, ""),
                              lambda exc: self.action_done.emit(key, str(exc) or
                                                                type(exc).__name__),
                              context=self)


def _articles(kb: KnowledgeBase | None, results: Sequence[CheckResult],
              language: str) -> dict[str, Hit]:
    """The article for each result that needs a look, found with its keywords in the
    interface language (QCoreApplication.translate may be called from any thread)."""
    if kb is None:
        return {}
    found = {}
    for result in results:
        try:
            hit = article_for(kb, result, translate=QCoreApplication.translate,
                              language=language)
        except Exception as exc:  # an index that cannot be read: the results stand alone
            log.warning("no article for check %s: %s", result.name, exc)
            continue
        if hit is not None:
            found[result.name] = hit
    return found
