"""Russian lemmas (pymorphy3 and its OpenCorpora dictionary) against Snowball stems for the
knowledge-base suggestions, on the relevance evaluation of benchmarks/kb_relevance.py.

    pip install pymorphy3 pymorphy3-dicts-ru msgpack
    .venv/bin/python benchmarks/kb_lemmas.py WORDFREQ_DATA_DIR [--verbose]

WORDFREQ_DATA_DIR is as for make_word_frequencies.py: the Russian general-language frequencies
are counted again by lemma, so that both runs weigh words alike. Everything else (English,
synonyms, rules) is the same; only how a Russian word is reduced differs.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

import pymorphy3  # type: ignore[import-not-found]  # only for this measurement
from kb_relevance import DATA, build_kb, evaluate, load_queries, report
from make_word_frequencies import stem_frequencies

from helpclient.core.kb.service import KnowledgeBase
from helpclient.core.kb.text import Analyzer
from helpclient.resources_path import resource_file

_CYRILLIC = re.compile(r"[а-я]")


class LemmaAnalyzer(Analyzer):
    """The index's analyzer with Russian words reduced to their lemma ("печатает" →
    "печатать") instead of their Snowball stem ("печата")."""

    def __init__(self, morph: pymorphy3.MorphAnalyzer) -> None:
        super().__init__()
        self._morph = morph
        self._lemmas: dict[str, str] = {}

    def stem(self, word: str, language: str = "") -> str:
        """The lemma of a Russian word (ё folded), the Snowball stem of any other."""
        if not _CYRILLIC.search(word):
            return super().stem(word, language)
        lemma = self._lemmas.get(word)
        if lemma is None:
            lemma = self._morph.parse(word)[0].normal_form.replace("ё", "е")
            self._lemmas[word] = lemma
        return lemma


def lemma_vocabulary(wordfreq: Path, folder: Path, morph: pymorphy3.MorphAnalyzer) -> Path:
    """resources/vocabulary with the Russian frequencies counted by lemma."""
    shutil.copytree(resource_file("vocabulary"), folder)
    table = stem_frequencies(wordfreq, "ru",
                             lambda w: morph.parse(w)[0].normal_form.replace("ё", "е"))
    lines = [f"{lemma}\t{zipf:.1f}" for lemma, zipf in
             sorted(table.items(), key=lambda item: (-item[1], item[0]))]
    (folder / "word_frequency_ru.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def main() -> None:
    """Run the evaluation with Snowball, then with lemmas, and print both."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("wordfreq", type=Path)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    queries = load_queries()
    morph = pymorphy3.MorphAnalyzer()
    with tempfile.TemporaryDirectory() as tmp:
        print("Snowball stems (as shipped):")
        kb = build_kb(DATA / "articles", Path(tmp))
        report(evaluate(kb, queries, args.verbose), kb.index.count())
        print("pymorphy3 lemmas for Russian:")
        vocabulary = lemma_vocabulary(args.wordfreq, Path(tmp) / "vocabulary", morph)
        kb = KnowledgeBase(Path(tmp) / "lemmas.sqlite", folders=lambda: [DATA / "articles"],
                           use_starter=lambda: False, vocabulary_folder=vocabulary)
        kb.index.analyzer = LemmaAnalyzer(morph)
        start = time.perf_counter()
        kb.refresh_folders()  # indexes with lemmas and reads the synonyms as lemmas
        print(f"  indexed in {time.perf_counter() - start:.2f} s")
        report(evaluate(kb, queries, args.verbose), kb.index.count())


if __name__ == "__main__":
    sys.exit(main())
