"""Relevance of the report wizard's knowledge-base suggestions, on the evaluation set in
tests/data/kb_eval/ (articles with near neighbours in English and Russian, translations of some
into German, French and Spanish, and queries typed the way employees type, each with the
articles that answer it; off-topic ones expect nothing). The figures are given for all queries,
then for those of each interface language.

    .venv/bin/python benchmarks/kb_relevance.py [--verbose] [--examples] [--data DIR]

Every query goes through ``KnowledgeBase.suggest`` — what the wizard's suggestion panels call,
with the same limit, minimum length and error-text cut — and the figures are:

* recall@1 / recall@3: share of on-topic queries whose expected article is the first / among the
  first three suggestions shown;
* precision: share of all suggestions shown (over every query) that answer their query (an
  expected article or its translation, ``en-x.md`` ↔ ``ru-x.md`` ↔ ``de-x.md`` …);
* off-topic: how many of the queries that expect nothing got any suggestion.

``--examples`` shows what the starter knowledge base suggests for the examples of issue 12.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from figures import record

from helpclient.core.kb.index import Hit
from helpclient.core.kb.languages import STEMMERS
from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.suggest import Field, SuggestContext
from helpclient.resources_path import resource_file

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data" / "kb_eval"
TARGET = {"precision": 0.85, "off_topic_quiet": 0.90, "recall3": 0.95, "recall1": 0.80}
_CYRILLIC = re.compile(r"[а-яё]", re.I)


@dataclass(frozen=True)
class Query:
    """One query of the set and the articles that answer it (none: nothing should show)."""

    text: str
    expect: tuple[str, ...]
    field: Field = Field.SUMMARY
    language: str = "en"
    category: str = ""

    def context(self) -> SuggestContext:
        """What the wizard would know besides the text."""
        return SuggestContext(self.field, self.language, self.category)


@dataclass
class Figures:
    """The evaluation's results."""

    on_topic: int = 0
    off_topic: int = 0
    first: int = 0
    top3: int = 0
    shown: int = 0
    relevant_shown: int = 0
    off_topic_shown: int = 0
    seconds: float = 0.0

    def share(self, part: int, whole: int) -> float:
        """part / whole, 0 for nothing."""
        return part / whole if whole else 0.0


def load_queries(data: Path = DATA) -> list[Query]:
    """The queries of ``data``/queries.toml."""
    raw = tomllib.loads((data / "queries.toml").read_text(encoding="utf-8"))["query"]
    return [Query(q["text"], tuple(q["expect"]), Field(q.get("field", "summary")),
                  q.get("ui") or ("ru" if _CYRILLIC.search(q["text"]) else "en"),
                  q.get("category", "")) for q in raw]


def build_kb(articles: Path, folder: Path) -> KnowledgeBase:
    """A knowledge base in ``folder`` holding the articles of ``articles`` only."""
    kb = KnowledgeBase(folder / "kb.sqlite", folders=lambda: [articles],
                       use_starter=lambda: False, vocabulary_folder=resource_file("vocabulary"))
    kb.refresh_folders()
    return kb


def topic(article_id: str) -> str:
    """An article id without its language (``en-x.md``, ``ru-x.md``, ``de-x.md`` → ``x.md``)."""
    lang, _, rest = article_id.partition("-")
    return rest if lang in STEMMERS else article_id


def relevant(query: Query, hit: Hit) -> bool:
    """Whether a suggestion answers the query (the expected article in any language)."""
    return topic(hit.article.id) in {topic(a) for a in query.expect}


def evaluate(kb: KnowledgeBase, queries: Sequence[Query], verbose: bool = False) -> Figures:
    """Run every query through the wizard's suggestions and count."""
    figures = Figures()
    start = time.perf_counter()
    for query in queries:
        hits = kb.suggest(query.text, query.context())
        ids = [h.article.id for h in hits]
        figures.shown += len(hits)
        figures.relevant_shown += sum(relevant(query, h) for h in hits)
        if query.expect:
            figures.on_topic += 1
            figures.first += bool(ids[:1] and ids[0] in query.expect)
            hit3 = bool(set(ids[:3]) & set(query.expect))
            figures.top3 += hit3
            wrong = not (ids[:1] and ids[0] in query.expect) or any(
                not relevant(query, h) for h in hits)
        else:
            figures.off_topic += 1
            figures.off_topic_shown += bool(hits)
            wrong = bool(hits)
        if verbose and wrong:
            print(f"  {'✗' if query.expect else '∅'} {query.text!r} "
                  f"[{query.field.value}, {query.language}] expects {list(query.expect)}")
            for hit in hits:
                mark = "+" if relevant(query, hit) else "-"
                print(f"      {mark} {hit.article.id}  ({hit.score:.2f})")
    figures.seconds = time.perf_counter() - start
    return figures


def report(figures: Figures, articles: int, *, record_figures: bool = True) -> None:
    """Print the figures against the issue's targets (and record them for the benchmark
    table unless told not to: a subset's figures are printed only)."""
    f = figures
    queries = f.on_topic + f.off_topic
    print(f"{articles} articles, {queries} queries ({f.on_topic} on-topic, {f.off_topic} "
          f"off-topic), {1000 * f.seconds / max(queries, 1):.1f} ms per query")
    print(f"  recall@1   {f.share(f.first, f.on_topic):6.1%}  ({f.first}/{f.on_topic}; "
          f"target ≥ {TARGET['recall1']:.0%})")
    print(f"  recall@3   {f.share(f.top3, f.on_topic):6.1%}  ({f.top3}/{f.on_topic}; "
          f"target ≥ {TARGET['recall3']:.0%})")
    print(f"  precision  {f.share(f.relevant_shown, f.shown):6.1%}  ({f.relevant_shown} of "
          f"{f.shown} suggestions shown are relevant, {f.shown / max(queries, 1):.1f} per query;"
          f" target ≥ {TARGET['precision']:.0%})")
    quiet = f.share(f.off_topic - f.off_topic_shown, f.off_topic)
    for figure, value, target in (
            ("recall@1", f.share(f.first, f.on_topic), TARGET["recall1"]),
            ("recall@3", f.share(f.top3, f.on_topic), TARGET["recall3"]),
            ("precision", f.share(f.relevant_shown, f.shown), TARGET["precision"]),
            ("off-topic queries with no suggestion", quiet, TARGET["off_topic_quiet"])):
        if record_figures:
            record(figure, round(100 * value, 1), "%", target=f">= {target:.0%}",
                   ok=value >= target)
    print(f"  off-topic  {f.off_topic_shown}/{f.off_topic} got suggestions "
          f"({f.share(f.off_topic - f.off_topic_shown, f.off_topic):.0%} got none; "
          f"target ≥ {TARGET['off_topic_quiet']:.0%})")


def show(kb: KnowledgeBase, label: str, text: str, context: SuggestContext) -> list[Hit]:
    """Print what the wizard suggests for one text."""
    hits = kb.suggest(text, context)
    print(f"{label}: {text!r} ({context.field.value}, UI {context.language or '?'}"
          f"{', dismissed ' + str(len(context.dismissed)) if context.dismissed else ''})")
    for hit in hits:
        print(f"    {hit.article.title}  [{hit.article.language}, {hit.score:.2f}]")
    if not hits:
        print("    (nothing)")
    return hits


def examples(folder: Path) -> None:
    """The examples of issue 12 on the bundled starter knowledge base."""
    kb = KnowledgeBase(folder / "starter.sqlite", starter_folder=resource_file("kb"),
                       vocabulary_folder=resource_file("vocabulary"))
    kb.refresh_folders()
    en = SuggestContext(Field.SUMMARY, "en")
    show(kb, "1 summary", "VPN disconnects every few minutes", en)
    show(kb, "2 error text", "Microsoft Excel cannot access the file. The document may be "
         "read-only",
         SuggestContext(Field.ERROR, "en"))
    hits = show(kb, "3 summary", "vpn does not connect", en)
    if hits:
        dismissed = SuggestContext(Field.SUMMARY, "en", dismissed=frozenset({hits[0].key}))
        print(f"  … the user opens {hits[0].article.title!r} and says Not what I need, then")
        show(kb, "3 again", "vpn does not connect", dismissed)
    show(kb, "4 summary", "outlook", en)


def main(argv: Sequence[str] | None = None) -> None:
    """Run the evaluation (and the issue's examples) and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--verbose", action="store_true",
                        help="list the queries with a wrong or missing suggestion")
    parser.add_argument("--examples", action="store_true",
                        help="also show the issue's examples on the starter articles")
    args = parser.parse_args(argv)
    queries = load_queries(args.data)
    with tempfile.TemporaryDirectory() as tmp:
        kb = build_kb(args.data / "articles", Path(tmp))
        figures = evaluate(kb, queries, args.verbose)
        report(figures, kb.index.count())
        for languages in (("en", "ru"), ("de",), ("fr",), ("es",)):
            some = [q for q in queries if q.language in languages]
            if some and len(some) < len(queries):
                print(f"queries in {'/'.join(languages)}:")
                report(evaluate(kb, some), kb.index.count(), record_figures=False)
        if args.examples:
            examples(Path(tmp))
        kb.index.close()


if __name__ == "__main__":
    sys.exit(main())
