"""Finding the files in ``resources/`` (icons, the starter knowledge base) when installed or not."""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

_SOURCE_TREE = Path(__file__).resolve().parent.parent / "resources"


def resource_root() -> Traversable:
    """The resources folder: the installed ``helpclient.resources`` package, or the source
    tree's ``resources/`` when running from a checkout."""
    try:
        return resources.files("helpclient.resources")
    except ModuleNotFoundError:
        return _SOURCE_TREE


def resource_file(*parts: str) -> Path:
    """A concrete path to a resource file (icons are loaded by path)."""
    node = resource_root()
    for part in parts:  # one at a time: an installed namespace package's path takes one
        node = node.joinpath(part)
    return Path(str(node))


def app_icon_file() -> Path:
    """HelpClient's icon (the tray's and every window's)."""
    return resource_file("icons", "helpclient.svg")
