"""Russian spellings of IT names that articles write in Latin letters: «впн» is VPN, «вайфай»
Wi-Fi, «аутлук» Outlook. Russian users type them both ways; the index holds the Latin word."""

from __future__ import annotations

# The start of the Russian spelling (inflected forms add an ending) → the index stem of the
# Latin word (English Snowball stems: "teams" → "team", "windows" → "window").
_ROOTS: dict[str, str] = {
    "впн": "vpn", "вайф": "wifi", "аутлук": "outlook", "оутлук": "outlook",
    "эксел": "excel", "ексел": "excel", "ворд": "word", "тимс": "team", "зум": "zoom",
    "скайп": "skype", "хром": "chrome", "виндовс": "window", "винд": "window",
    "блютуз": "bluetooth", "блютус": "bluetooth", "телегр": "telegram",
    "дропбокс": "dropbox", "гугл": "googl", "айфон": "iphon", "андроид": "android",
    "пдф": "pdf", "юсб": "usb", "хдми": "hdmi", "ютуб": "youtub",
}
#: Letters a Russian ending may add to a root ("вайфая", "винде", "экселе").
MAX_ENDING = 3


def latin_spellings(word: str) -> tuple[str, ...]:
    """The index stems of the Latin words that the folded Russian ``word`` spells, if any."""
    return tuple(dict.fromkeys(
        stem for root, stem in _ROOTS.items()
        if word.startswith(root) and len(word) - len(root) <= MAX_ENDING))
