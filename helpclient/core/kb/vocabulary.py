"""What the knowledge base knows about words beyond its own articles: how common each word is in
general English, Russian, German, French and Spanish (a word everybody uses carries no
suggestion on its own), and IT's synonyms and variants ("log in" = "sign in" = «войти»,
"printer" = «МФУ» = "Drucker"), applied to queries.

Both come from ``resources/vocabulary/``; IT adds synonyms in a ``synonyms.toml`` in any of the
configured article folders (the same format, see resources/vocabulary/synonyms.toml).
"""

from __future__ import annotations

import logging
import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from helpclient.core.kb.languages import STEMMERS, stemmer_language
from helpclient.core.kb.text import Analyzer

log = logging.getLogger(__name__)

SYNONYMS_FILE = "synonyms.toml"
_CYRILLIC = re.compile(r"[а-я]")
#: Zipf frequency (log10 of occurrences per billion words) of a word everybody uses ("work",
#: «работает», "minutes") and of one that is specific ("printer", «принтер»): between them a
#: word's general weight falls linearly from 1 to GENERIC_WEIGHT.
SPECIFIC_ZIPF = 4.5
GENERIC_ZIPF = 6.3
GENERIC_WEIGHT = 0.1


@dataclass(frozen=True)
class Variant:
    """One way to say something: its folded words, and what it stands for in articles: the
    stem of a one-word variant, the stems of a longer one as a phrase ("sign in")."""

    words: tuple[str, ...]
    indexed: str


@dataclass
class Vocabulary:
    """General-language stem frequencies (by language: "en", "ru", "de", …) and synonym
    groups."""

    frequencies: dict[str, dict[str, float]] = field(default_factory=dict)
    #: each stem of a one-word variant → the stems of its whole group
    by_stem: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: variants of several words ("log in") as stems, with the position of their first word
    #: that is not a stop word → the stems of their group; they match a query only as those
    #: words in that order ("logged on" too), and stand for the group at that word
    phrases: list[tuple[tuple[str, ...], int, tuple[str, ...]]] = field(default_factory=list)
    #: the groups of one language's words ("Kennwort" = "Passwort"), for its queries only
    localized: dict[str, Vocabulary] = field(default_factory=dict)

    def general_weight(self, stem: str, language: str = "") -> float:
        """How much a stem (of a word in ``language``, "" English) says in general language:
        1 for a specific or unknown word, down to GENERIC_WEIGHT for the most common ones."""
        lang = "ru" if _CYRILLIC.search(stem) else stemmer_language(language)
        table = self.frequencies.get(lang) or self.frequencies.get("en", {})
        zipf = table.get(stem)
        if zipf is None or zipf <= SPECIFIC_ZIPF:
            return 1.0
        share = min(1.0, (zipf - SPECIFIC_ZIPF) / (GENERIC_ZIPF - SPECIFIC_ZIPF))
        return 1.0 - share * (1.0 - GENERIC_WEIGHT)

    def synonyms(self, stems: Sequence[str], position: int, language: str = "") -> tuple[str, ...]:
        """The stems the query word at ``position`` (of the query's ``stems``, its Latin words
        read in ``language``) also stands for."""
        stem = stems[position]
        found = list(self.by_stem.get(stem, ()))
        for phrase, anchor, group in self.phrases:
            start = position - anchor
            if start >= 0 and tuple(stems[start:start + len(phrase)]) == phrase:
                found += group
        local = self.localized.get(language)
        if local is not None:
            found += local.synonyms(stems, position)
        return tuple(dict.fromkeys(s for s in found if s != stem))

    def add_synonyms(self, groups: Iterable[Sequence[str]], analyzer: Analyzer,
                     stop_words: frozenset[str], language: str = "") -> None:
        """Add synonym groups, each a list of variants ("log in", "sign in", "войти"); with
        ``language``, groups of that language's words, read in it and applied to its queries
        only (German "Kennwort" = "Passwort")."""
        if language:
            local = self.localized.setdefault(language, Vocabulary())
            local._add(groups, analyzer, stop_words, language)
        else:
            self._add(groups, analyzer, stop_words, "")

    def _add(self, groups: Iterable[Sequence[str]], analyzer: Analyzer,
             stop_words: frozenset[str], language: str) -> None:
        for group in groups:
            variants = [_variant(text, analyzer, language) for text in group]
            variants = [v for v in variants if v.words and not set(v.words) <= stop_words]
            indexed = tuple(dict.fromkeys(v.indexed for v in variants))
            for variant in variants:
                if len(variant.words) == 1:
                    merged = (*self.by_stem.get(variant.indexed, ()), *indexed)
                    self.by_stem[variant.indexed] = tuple(dict.fromkeys(merged))
                else:
                    anchor = next(i for i, w in enumerate(variant.words) if w not in stop_words)
                    self.phrases.append((tuple(variant.indexed.split()), anchor, indexed))


def _variant(text: str, analyzer: Analyzer, language: str) -> Variant:
    words = tuple(analyzer.words(text))
    return Variant(words, " ".join(analyzer.stem(w, language) for w in words))


def read_frequencies(folder: Path) -> dict[str, dict[str, float]]:
    """The ``word_frequency_<lang>.tsv`` tables of ``folder`` (stem, Zipf frequency)."""
    tables: dict[str, dict[str, float]] = {}
    for path in sorted(folder.glob("word_frequency_*.tsv")):
        lang = path.stem.rsplit("_", 1)[-1]
        table: dict[str, float] = {}
        try:
            for line in path.read_text(encoding="utf-8").splitlines():
                stem, _, zipf = line.partition("\t")
                if zipf and not stem.startswith("#"):
                    table[stem] = float(zipf)
        except (OSError, ValueError) as exc:
            log.warning("word frequencies not read from %s: %s", path, exc)
            continue
        tables[lang] = table
    return tables


def read_synonyms(path: Path, language: str = "") -> list[list[str]]:
    """The synonym groups of a ``synonyms.toml`` (``groups = [["wifi", "wi-fi", …], …]``; with
    ``language``, those of its table of that language: ``[de] groups = [["Kennwort",
    "Passwort"], …]``); none when the file is missing or not valid (logged: IT wrote it)."""
    return read_synonym_tables(path).get(language, [])


def read_synonym_tables(path: Path) -> dict[str, list[list[str]]]:
    """Every table of groups of a ``synonyms.toml``: "" for the groups of any language (English
    and Russian words), then one per language that has its own."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        log.warning("synonyms not read from %s: %s", path, exc)
        return {}
    tables = {"": _groups(data)}
    tables.update((lang, _groups(table)) for lang, table in data.items()
                  if isinstance(table, dict) and lang in STEMMERS)
    return tables


def _groups(table: dict[str, object]) -> list[list[str]]:
    groups = table.get("groups", [])
    valid = [[v for v in g if isinstance(v, str)] for g in groups if isinstance(g, list)] \
        if isinstance(groups, list) else []
    return [g for g in valid if len(g) > 1]
