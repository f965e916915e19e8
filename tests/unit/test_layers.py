"""Imports go one way: core, backends and platform never import Qt, nor each other upward; inside
core and ui, each wing imports only the wings its row below allows."""

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


@pytest.mark.parametrize("layer", ["core", "backends", "platform", "ui"])
def test_only_the_root_wires(layer):
    # services (the composition root), launch, wiring, app and the CLI choose implementations and
    # build things; nothing they build may reach back for them
    root = ("helpclient.services", "helpclient.launch", "helpclient.wiring", "helpclient.app",
            "helpclient.cli")
    offenders = [f"{path.relative_to(ROOT)} imports {name}"
                 for path in sorted((PACKAGE / layer).rglob("*.py")) for name in imports_of(path)
                 if name.startswith(root)]
    assert offenders == []


# The allowed arrows between wings, written down once. "(top)" is the layer's own top-level
# modules (core: backend, models, errors, settings, connection, …). A wing always
# may import itself; anything outside the layer is the layer tests' business above.
CORE_ARROWS = {
    "storage": set(),                       # the floor: files and databases, nothing of core
    "(top)": {"storage"},                   # settings are written atomically
    "report": {"(top)", "storage"},
    "kb": {"(top)", "storage"},
    "tracking": {"(top)", "storage"},       # never report or delivery
    "sysinfo": {"(top)", "report", "storage"},
    "delivery": {"(top)", "report", "storage"},
    "checks": {"(top)", "report", "kb"},     # a result's article comes from the KB search
    "known": {"(top)", "kb", "storage"},    # announcements are matched like articles
    "crashes": {"(top)", "report", "storage"},  # a crash prefills a report
}
UI_ARROWS = {
    "(top)": set(),                         # only the package's docstring
    "kit": set(),                           # shared by all, imports no other wing
    "shell": {"kit"},
    "kb": {"kit"},
    "outbox": {"kit"},
    "settings": {"kit", "shell"},
    "requests": {"kit", "shell"},
    "remote": {"kit"},
    "known": {"kit"},
    "wizard": {"kit", "kb", "checks", "known"},
    "checks": {"kit", "kb"},
}


def wing_of(layer_dir: Path, path: Path) -> str:
    """The wing a module belongs to: its sub-package, or "(top)"."""
    parts = path.relative_to(layer_dir).parts
    return parts[0] if len(parts) > 1 else "(top)"


def imported_wing(layer: str, layer_dir: Path, module: str) -> str | None:
    """The wing of ``layer`` that an imported module name lies in (None: outside the layer)."""
    prefix = f"helpclient.{layer}"
    if module == prefix:
        return "(top)"
    if not module.startswith(prefix + "."):
        return None
    first = module[len(prefix) + 1:].split(".", maxsplit=1)[0]
    return first if (layer_dir / first).is_dir() else "(top)"


def wing_offenders(package: Path, layer: str, arrows: dict[str, set[str]]) -> list[str]:
    """Every import from one wing of ``layer`` into a wing its row does not allow, and every
    wing missing from the table."""
    layer_dir = package / layer
    offenders = []
    for path in sorted(layer_dir.rglob("*.py")):
        source = wing_of(layer_dir, path)
        if source not in arrows:
            offenders.append(f"{path.relative_to(package)}: wing {source!r} is not in the table")
            continue
        for name in sorted(imports_of(path)):
            target = imported_wing(layer, layer_dir, name)
            if target is not None and target != source and target not in arrows[source]:
                offenders.append(f"{path.relative_to(package)} ({source}) imports {name} "
                                 f"({target})")
    return offenders


@pytest.mark.parametrize(("layer", "arrows"), [("core", CORE_ARROWS), ("ui", UI_ARROWS)])
def test_wings_import_only_the_wings_their_row_allows(layer, arrows):
    assert wing_offenders(PACKAGE, layer, arrows) == []


def test_a_wrong_arrow_or_an_undeclared_wing_is_reported(tmp_path):
    # a small tree shaped like core: storage reaching up into delivery, and a wing nobody
    # declared
    def module(rel: str, text: str = "") -> None:
        path = tmp_path / "core" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")

    module("models.py")
    module("storage/atomic.py", "from helpclient.core.delivery.outbox import Outbox\n")
    module("delivery/outbox.py", "from helpclient.core.storage import atomic\n"
                                 "from helpclient.core.models import Ticket\n")
    module("report/problem.py", "import helpclient.core.models\n")
    module("newwing/thing.py")
    arrows = {"(top)": set(), "storage": set(), "delivery": {"storage", "(top)"},
              "report": {"(top)"}}
    assert wing_offenders(tmp_path, "core", arrows) == [
        "core/newwing/thing.py: wing 'newwing' is not in the table",
        "core/storage/atomic.py (storage) imports helpclient.core.delivery.outbox (delivery)",
    ]


def test_every_package_is_listed_for_installation():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in PACKAGE.rglob("__init__.py")}
    assert found - listed == set()
