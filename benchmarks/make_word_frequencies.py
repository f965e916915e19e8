"""Regenerate resources/vocabulary/word_frequency_{en,ru}.tsv: how common each word stem is in
general English and Russian, so that a word everybody uses carries no knowledge-base
suggestion on its own (core/kb/informative.py).

    python benchmarks/make_word_frequencies.py WORDFREQ_DATA_DIR

WORDFREQ_DATA_DIR is the ``wordfreq/data`` folder of the ``wordfreq`` package (3.x; ``pip
download wordfreq`` and unzip it — only its ``small_en``/``small_ru`` lists are read, with
``msgpack``). The data is © Robyn Speer and contributors, CC BY-SA 4.0 (see the README next to
the output). Stems are the index's own (Snowball, PyStemmer): run this again whenever
core/kb/text.py stems differently.
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
import Stemmer

OUT = Path(__file__).resolve().parents[1] / "resources" / "vocabulary"
_WORD = re.compile(r"[^\W\d_]+")


def stem_frequencies(data: Path, lang: str,
                     stem: Callable[[str], str] | None = None) -> dict[str, float]:
    """Zipf frequency (log10 per billion words) of each stem: its words' frequencies added.
    ``stem``: another way to reduce a folded word (benchmarks/kb_lemmas.py: lemmas)."""
    with gzip.open(data / f"small_{lang}.msgpack.gz") as packed:
        buckets = msgpack.loads(packed.read(), strict_map_key=False)[1:]  # [0] is the header
    stem = stem or Stemmer.Stemmer("russian" if lang == "ru" else "english").stemWord
    total: dict[str, float] = defaultdict(float)
    for centibels, words in enumerate(buckets):
        for word in words:
            if _WORD.fullmatch(word):
                folded = word.lower().replace("ё", "е")
                total[stem(folded)] += 10 ** (-centibels / 100)
    return {key: 9 + math.log10(freq) for key, freq in total.items()}


def main() -> None:
    """Write both tables, most frequent first."""
    data = Path(sys.argv[1])
    for lang in ("en", "ru"):
        table = stem_frequencies(data, lang)
        lines = [f"{stem}\t{zipf:.1f}" for stem, zipf in
                 sorted(table.items(), key=lambda item: (-item[1], item[0]))]
        header = (f"# {lang} word stems (Snowball) with their Zipf frequency in general "
                  "language; from wordfreq 3.1 (CC BY-SA 4.0), see README.md\n")
        (OUT / f"word_frequency_{lang}.tsv").write_text(header + "\n".join(lines) + "\n",
                                                        encoding="utf-8")
        print(lang, len(lines))


if __name__ == "__main__":
    main()
