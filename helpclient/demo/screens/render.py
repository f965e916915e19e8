"""One language in one variant, rendered in this process: the environment Qt reads at its start
(platform, scale factor, pseudo-locale), the palette, the interface language, then every scene
asked for, each saved as ``<window>-<state>-<language>-<variant>.png``.

    python -m helpclient.demo.screens.render OUT --language de --variant dark [--scene NAME…]

``python -m helpclient.demo.screens`` runs this once per language and variant."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

#: variant → what it changes: "palette" (dark, contrast), "scale" (QT_SCALE_FACTOR), "pseudo"
VARIANTS = {"normal": {}, "dark": {"palette": "dark"}, "contrast": {"palette": "contrast"},
            "200": {"scale": "2"}, "pseudo": {"pseudo": "1"}}


def file_name(scene: str, language: str, variant: str) -> str:
    """The PNG's name: window-state-language-variant.png."""
    return f"{scene}-{language}-{variant}.png"


def prepare_environment(variant: str, home: Path, *, on_screen: bool, pseudo_qm: str) -> None:
    """What Qt and the app read from the environment when they start: set before QApplication
    exists (the scale factor cannot change later)."""
    if not on_screen:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        os.environ[name] = str(home / name.lower())
    os.environ["XDG_CONFIG_DIRS"] = str(home / "etc")  # no machine policy of this computer
    os.environ.pop("HELPCLIENT_TOKEN", None)
    changes = VARIANTS[variant]
    if "scale" in changes:
        os.environ["QT_SCALE_FACTOR"] = changes["scale"]
    if "pseudo" in changes:
        os.environ["HELPCLIENT_PSEUDO_QM"] = pseudo_qm
    else:
        os.environ.pop("HELPCLIENT_PSEUDO_QM", None)


def _quiet_offscreen(kind: object, context: object, message: str) -> None:
    """Qt's messages, less the offscreen platform's "does not support raise()" for every
    window (there is no window manager to raise it)."""
    if "This plugin does not support" not in message:
        print(message, file=sys.stderr)


def render(out: Path, language: str, variant: str, scene_names: list[str], home: Path, *,
           plain: bool = False) -> int:
    """Render the scenes (all when ``scene_names`` is empty), ``plain`` as the README shows
    them (see :class:`Stage`); the number of files written."""
    from PySide6.QtCore import qInstallMessageHandler  # noqa: PLC0415 (after the environment)
    from PySide6.QtWidgets import QApplication  # noqa: PLC0415

    from helpclient.demo.screens.palettes import contrast_palette, dark_palette  # noqa: PLC0415
    from helpclient.demo.screens.scenes import SCENES, settle  # noqa: PLC0415
    from helpclient.demo.screens.stage import Stage  # noqa: PLC0415
    from helpclient.ui.kit.style import HelpClientStyle  # noqa: PLC0415
    from helpclient.ui.shell.i18n import InterfaceLanguage  # noqa: PLC0415

    qInstallMessageHandler(_quiet_offscreen)
    qapp = QApplication.instance() or QApplication([sys.argv[0]])
    assert isinstance(qapp, QApplication)
    qapp.setStyle(HelpClientStyle())
    palette = VARIANTS[variant].get("palette")
    if palette:
        qapp.setPalette(dark_palette() if palette == "dark" else contrast_palette())
    QApplication.setApplicationDisplayName("HelpClient")
    interface = InterfaceLanguage(qapp)
    interface.apply(language)
    stage = Stage(qapp, home, language, plain=plain)
    written = 0
    try:
        for scene in SCENES:
            if scene_names and scene.name not in scene_names and scene.window not in scene_names:
                continue
            try:
                widget = scene.show(stage)
            except Exception:  # one screen failing must not lose the others
                log.exception("screen %s could not be shown", scene.name)
                continue
            # wrapped texts claim their height once laid out: the window grows a moment later
            settle(timeout=0.2)
            path = out / file_name(scene.name, language, variant)
            if widget.grab().save(str(path)):
                written += 1
            else:
                log.error("%s could not be written", path)
            if scene.window != "wizard":
                widget.hide()
    finally:
        stage.close()
        interface.clear()
    return written


def main(argv: list[str] | None = None) -> int:
    """Render one language in one variant (see the module's docstring)."""
    parser = argparse.ArgumentParser(prog="python -m helpclient.demo.screens.render")
    parser.add_argument("out", type=Path)
    parser.add_argument("--language", default="en")
    parser.add_argument("--variant", default="normal", choices=sorted(VARIANTS))
    parser.add_argument("--scene", action="append", default=[],
                        help="a scene (window-state) or a window; repeatable; default: all")
    parser.add_argument("--plain", action="store_true",
                        help="HelpClient's own look (no company branding) and the wizard "
                             "without quick checks, as in the README")
    parser.add_argument("--on-screen", action="store_true",
                        help="on the current display instead of offscreen")
    parser.add_argument("--pseudo-qm", default="build/helpclient_pseudo.qm")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    args.out.mkdir(parents=True, exist_ok=True)
    if args.variant == "pseudo" and not Path(args.pseudo_qm).is_file():
        print(f"no pseudo-locale at {args.pseudo_qm} (make pseudo builds it)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="helpclient-screens-") as home:
        prepare_environment(args.variant, Path(home), on_screen=args.on_screen,
                            pseudo_qm=str(Path(args.pseudo_qm).resolve()))
        written = render(args.out, args.language, args.variant, args.scene, Path(home),
                         plain=args.plain)
    print(f"{args.language}/{args.variant}: {written} screens in {args.out}")
    return 0 if written else 1


if __name__ == "__main__":
    sys.exit(main())
