"""Imports go one way: core, backends and platform never import Qt, nor each other upward."""

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "helpclient"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize(
    ("layer", "forbidden"),
    [("core", ("PySide6", "shiboken6", "helpclient.ui", "helpclient.backends",
               "helpclient.platform", "helpclient.app", "helpclient.cli")),
     ("backends", ("PySide6", "shiboken6", "helpclient.ui", "helpclient.platform",
                   "helpclient.app")),
     ("platform", ("PySide6", "shiboken6", "helpclient.ui", "helpclient.backends",
                   "helpclient.app"))],
)
def test_layer_imports(layer, forbidden):
    files = sorted((PACKAGE / layer).rglob("*.py"))
    assert files, f"no files in {layer}"
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for path in files for name in imports_of(path)
                 if name.startswith(forbidden)]
    assert offenders == []


def test_ui_does_not_import_backends_or_platform():
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for path in sorted((PACKAGE / "ui").rglob("*.py")) for name in imports_of(path)
                 if name.startswith(("helpclient.backends", "helpclient.platform",
                                     "helpclient.app"))]
    assert offenders == []


def test_every_package_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
