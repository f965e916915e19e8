"""Pseudo-localisation: every message lengthened by about 40 % and written with accented
letters, to find what a longer language (German runs that long) would clip or overlap, and text
that escapes translation (it stays plain ASCII).

    python -m helpclient.i18n.pseudo translations/helpclient_ru.ts build/helpclient_pseudo.ts

writes a catalogue with the source's messages (any complete .ts will do: only the sources and
plural flags are read); ``make pseudo`` compiles it to ``build/helpclient_pseudo.qm``, and
``HELPCLIENT_PSEUDO_QM=build/helpclient_pseudo.qm`` makes the app load it over any language. It
is a development aid: never shipped."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

#: what must stay as it is: placeholders (%1, %L2, %n, {name}), markup and entities, and the
#: letter after an accelerator's "&" (so Alt+letter keeps working)
_KEEP = re.compile(r"%L?\d|%n|\{[a-z_]*\}|<[^>]*>|&[a-zA-Z]+;|&&|&.|https?://\S+")
_ACCENTED = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ", "åƀçđéĝĥîķļñöŕšţûýžÅƁÇĐÉĜĤÎĶĻÑÖŔŠŢÛÝŽ")
GROWTH = 0.4


def pseudo_text(text: str) -> str:
    """``text`` accented outside placeholders and markup, bracketed and padded to about
    1.4 times its length ("[Šåvé ·]" for "Save")."""
    if not text:
        return text
    out, end = [], 0
    for match in _KEEP.finditer(text):
        out.append(text[end:match.start()].translate(_ACCENTED))
        out.append(match.group())
        end = match.end()
    out.append(text[end:].translate(_ACCENTED))
    visible = len(re.sub(r"<[^>]*>", "", text))
    padding = max(1, round(visible * GROWTH) - 3)  # the brackets and the space count too
    return f"[{''.join(out)} {'·' * padding}]"


def pseudo_catalogue(source: Path, target: Path) -> int:
    """Write ``target`` (.ts) with every message of ``source`` pseudo-translated; returns how
    many messages it has."""
    tree = ET.parse(source)  # noqa: S314 - our own catalogue, not data from outside
    root = tree.getroot()
    root.set("language", "en_US")
    count = 0
    for message in root.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _ in range(2):  # English's forms: one, other
                ET.SubElement(translation, "numerusform").text = pseudo_text(text)
        else:
            translation.text = pseudo_text(text)
        count += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return count


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: python -m helpclient.i18n.pseudo SOURCE.ts TARGET.ts")
    print(f"{pseudo_catalogue(Path(sys.argv[1]), Path(sys.argv[2]))} messages pseudo-translated")
