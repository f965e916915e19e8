"""``python -m helpclient.demo.screens [OUT]`` (``make screens``): every screen in every shipped
language and variant, one process per language and variant; ``--readme`` writes the README's
screenshots instead. See the package's docstring."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from helpclient.demo.screens.render import VARIANTS, file_name
from helpclient.demo.screens.scenes import README

#: the shipped interface languages (English is the source)
LANGUAGES = ("en", "ru", "de", "fr", "es")
#: the variants besides "normal", rendered in English by default (--variant-languages for more)
EXTRA_VARIANTS = ("pseudo", "dark", "contrast", "200")
ROOT = Path(__file__).resolve().parents[3]


def jobs(languages: list[str], variants: list[str], variant_languages: list[str],
         ) -> list[tuple[str, str]]:
    """(language, variant) pairs: every language in "normal", the variants in
    ``variant_languages``."""
    pairs = [(lang, "normal") for lang in languages] if "normal" in variants else []
    pairs += [(lang, variant) for variant in variants if variant != "normal"
              for lang in variant_languages]
    return pairs


def run_one(out: Path, language: str, variant: str, scenes: list[str], *, on_screen: bool,
            pseudo_qm: Path, plain: bool = False) -> bool:
    """Render one language in one variant in a new process; True when it succeeded."""
    command = [sys.executable, "-m", "helpclient.demo.screens.render", str(out),
               "--language", language, "--variant", variant, "--pseudo-qm", str(pseudo_qm)]
    command += [arg for scene in scenes for arg in ("--scene", scene)]
    if on_screen:
        command.append("--on-screen")
    if plain:
        command.append("--plain")
    return subprocess.run(command, check=False).returncode == 0


def write_readme_screens(target: Path, *, on_screen: bool, pseudo_qm: Path) -> bool:
    """The README's screenshots (the normal palette, plain: see ``render --plain``) into
    ``target``."""
    with tempfile.TemporaryDirectory(prefix="helpclient-readme-") as folder:
        rendered = Path(folder)
        for language in sorted({lang for _scene, lang in README.values()}):
            scenes = sorted({scene for scene, lang in README.values() if lang == language})
            if not run_one(rendered, language, "normal", scenes, on_screen=on_screen,
                           pseudo_qm=pseudo_qm, plain=True):
                return False
        target.mkdir(parents=True, exist_ok=True)
        for name, (scene, language) in README.items():
            shutil.copyfile(rendered / file_name(scene, language, "normal"), target / name)
            print(f"README: {target / name}")
    return True


def main(argv: list[str] | None = None) -> int:
    """Render the screens (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m helpclient.demo.screens",
                                     description="Render every window in every language.")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "build" / "screens")
    parser.add_argument("--language", action="append", choices=LANGUAGES,
                        help="repeatable; default: all shipped languages")
    parser.add_argument("--variant", action="append", choices=sorted(VARIANTS),
                        help="repeatable; default: normal and every variant")
    parser.add_argument("--variant-languages", default="en",
                        help="comma-separated languages the variants are rendered in "
                             "(default: en; 'all' for every one)")
    parser.add_argument("--scene", action="append", default=[],
                        help="a screen (window-state, e.g. wizard-review) or a window "
                             "(e.g. settings); repeatable; default: all")
    parser.add_argument("--jobs", type=int, default=None,
                        help="languages and variants rendered at once (default: one a CPU, "
                             "at most 4; on screen one, as windows on one display take focus "
                             "from each other)")
    parser.add_argument("--on-screen", action="store_true",
                        help="render on the current display (e.g. Xvfb) instead of offscreen")
    parser.add_argument("--pseudo-qm", type=Path, default=ROOT / "build" / "helpclient_pseudo.qm",
                        help="the compiled pseudo-locale (make pseudo)")
    parser.add_argument("--readme", action="store_true",
                        help="write the README's screenshots into OUT (resources/screenshots)")
    args = parser.parse_args(argv)
    if args.readme:
        return 0 if write_readme_screens(args.out, on_screen=args.on_screen,
                                         pseudo_qm=args.pseudo_qm) else 1
    languages = args.language or list(LANGUAGES)
    variants = args.variant or ["normal", *EXTRA_VARIANTS]
    variant_languages = (languages if args.variant_languages == "all"
                         else args.variant_languages.split(","))
    if "pseudo" in variants and not args.pseudo_qm.is_file():
        print(f"skipping the pseudo-locale: {args.pseudo_qm} is missing (make pseudo)",
              file=sys.stderr)
        variants.remove("pseudo")
    started = time.monotonic()
    args.out.mkdir(parents=True, exist_ok=True)
    pairs = jobs(languages, variants, variant_languages)
    at_once = args.jobs or (1 if args.on_screen else min(4, os.cpu_count() or 1))
    # each pair renders in a process of its own: as many at once as there are CPUs
    with ThreadPoolExecutor(max_workers=at_once) as pool:
        succeeded = list(pool.map(lambda pair: run_one(
            args.out, pair[0], pair[1], args.scene, on_screen=args.on_screen,
            pseudo_qm=args.pseudo_qm), pairs))
    failed = [f"{lang}/{variant}" for (lang, variant), ok in zip(pairs, succeeded, strict=True)
              if not ok]
    count = len(list(args.out.glob("*.png")))
    print(f"{count} screens in {args.out} after {time.monotonic() - started:.0f} s"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
