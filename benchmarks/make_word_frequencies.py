"""Regenerate resources/vocabulary/word_frequency_<lang>.tsv: how common each word stem is in
general English, Russian, German, French and Spanish, so that a word everybody uses carries no
knowledge-base suggestion on its own (core/kb/relevance.py).

    python benchmarks/make_word_frequencies.py WORDFREQ_DATA_DIR [LANG ...]

WORDFREQ_DATA_DIR is the ``wordfreq/data`` folder of the ``wordfreq`` package (3.x; ``pip
download wordfreq`` and unzip it — only its ``small_<lang>`` lists are read, with ``msgpack``).
The data is © Robyn Speer and contributors, CC BY-SA 4.0 (see the README next to the output).
Stems are the index's own (core/kb/text.py's Analyzer): run this again whenever it stems
differently. Only stems more common than vocabulary.SPECIFIC_ZIPF are written: a rarer or unknown
word weighs the same (the en and ru tables predate that cut and list every stem).
"""

from __future__ import annotations

import gzip
import math
import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import msgpack  # type: ignore[import-not-found]  # only needed to regenerate

from helpclient.core.kb.text import Analyzer
from helpclient.core.kb.vocabulary import SPECIFIC_ZIPF

OUT = Path(__file__).resolve().parents[1] / "resources" / "vocabulary"
_WORD = re.compile(r"[^\W\d_]+")


def stem_frequencies(data: Path, lang: str,
                     stem: Callable[[str], str] | None = None) -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of each stem: its words' frequencies added.
    ``stem``: another way to reduce a folded word (benchmarks/kb_lemmas.py: lemmas)."""
    with gzip.open(data / f"small_{lang}.msgpack.gz") as packed:
        buckets = msgpack.loads(packed.read(), strict_map_key=False)[1:]  # [0] is the header
    if stem is None:
        analyzer = Analyzer()
        stem = lambda word: analyzer.stem(word, lang)  # noqa: E731
    total: dict[str, float] = defaultdict(float)
    for centibels, words in enumerate(buckets):
        for word in words:
            if _WORD.fullmatch(word):
                folded = word.lower().replace("ё", "е")
                total[stem(folded)] += 10 ** (-centibels / 100)
    return {key: 9 + math.log10(freq) for key, freq in total.items()}


def main() -> None:
    """Write the tables of the languages given (all five by default), most frequent first."""
    data = Path(sys.argv[1])
    for lang in sys.argv[2:] or ["en", "ru", "de", "fr", "es"]:
        table = stem_frequencies(data, lang)
        lines = [f"{stem}\t{zipf:.1f}" for stem, zipf in
                 sorted(table.items(), key=lambda item: (-item[1], item[0]))
                 if zipf > SPECIFIC_ZIPF]
        header = (f"# {lang} word stems (Snowball) with their Zipf frequency in general "
                  f"language, those above {SPECIFIC_ZIPF}; from wordfreq 3.1 (CC BY-SA 4.0), "
                  "see README.md\n")
        (OUT / f"word_frequency_{lang}.tsv").write_text(header + "\n".join(lines) + "\n",
                                                        encoding="utf-8")
        print(lang, len(lines))


if __name__ == "__main__":
    main()
