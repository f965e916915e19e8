"""The screens tool (``make screens``) renders a window in two languages in a variant, into the
folder given, as PNG files named window-state-language-variant that show something."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtGui import QImage

from helpclient.demo.screens.__main__ import jobs


def colours(path) -> int:
    """How many different colours a sample of the image's pixels has."""
    image = QImage(str(path))
    assert not image.isNull(), path
    step_x, step_y = max(1, image.width() // 40), max(1, image.height() // 40)
    return len({image.pixel(x, y) for x in range(0, image.width(), step_x)
                for y in range(0, image.height(), step_y)})


def test_one_window_in_two_languages_dark(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "helpclient.demo.screens", str(tmp_path), "--language", "en",
         "--language", "ru", "--variant", "dark", "--variant-languages", "all",
         "--scene", "about"], capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert names == ["about-dialog-en-dark.png", "about-dialog-ru-dark.png"]
    for name in names:
        assert colours(tmp_path / name) > 5, f"{name} is blank"
    # the dark palette is used: most of the window is dark
    image = QImage(str(tmp_path / names[0]))
    assert image.pixelColor(5, image.height() // 2).lightness() < 100
    # and the languages differ
    assert (tmp_path / names[0]).read_bytes() != (tmp_path / names[1]).read_bytes()


def test_every_language_plain_and_the_variants_in_english():
    pairs = jobs(["en", "de"], ["normal", "dark", "200"], ["en"])
    assert pairs == [("en", "normal"), ("de", "normal"), ("en", "dark"), ("en", "200")]
