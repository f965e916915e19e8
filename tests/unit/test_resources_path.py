"""Resource files are found the same from a checkout and from an installed wheel, where
``helpclient.resources`` is a namespace package (a MultiplexedPath, whose joinpath takes one
part at a time on Python 3.11)."""

from importlib.resources.readers import MultiplexedPath
from pathlib import Path

from helpclient import resources_path

SOURCE = Path(__file__).resolve().parents[2] / "resources"


def test_nested_resource_in_an_installed_namespace_package(monkeypatch):
    monkeypatch.setattr(resources_path, "resource_root", lambda: MultiplexedPath(SOURCE))
    icon = resources_path.resource_file("icons", "helpclient.svg")
    assert icon.is_file() and icon == SOURCE / "icons" / "helpclient.svg"
    assert resources_path.resource_file("kb").is_dir()
