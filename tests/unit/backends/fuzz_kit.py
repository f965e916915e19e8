"""What the test_*_hostile_answers.py files share: the Hypothesis settings, the strategies for
what a hostile server sends, and the checks every connector's answer must pass.

Each connector's file keeps its own endpoints, operations and model assertions; this module only
builds the vocabulary of wrong answers from that connector's words and runs an operation so that
it ends either in checked models or in a typed HelpdeskError.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from rt_fakes import Raw

from helpclient.core.errors import HelpdeskError
from helpclient.core.models import AttachmentInfo
from helpclient.core.tracking.downloads import save_download

#: Derandomized and without an example database: every run (and CI) tries the same cases.
FUZZ = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

B = TypeVar("B")


@dataclass(frozen=True)
class Vocabulary:
    """The values a server that almost speaks one connector's API sends."""

    scalars: st.SearchStrategy[Any]
    any_json: st.SearchStrategy[Any]

    def near(self, value: Any) -> st.SearchStrategy[Any]:
        """``value`` itself, or with any of its parts dropped, replaced by any JSON, or
        repeated (a Raw answer stays as it is)."""
        if isinstance(value, dict):
            children = {key: self.near(child) for key, child in value.items()}
            return st.one_of(st.fixed_dictionaries(children),
                             st.fixed_dictionaries({}, optional=children), self.any_json)
        if isinstance(value, list):
            element = st.one_of(*(self.near(v) for v in value)) if value else self.any_json
            return st.one_of(st.lists(element, max_size=4), self.any_json)
        if isinstance(value, Raw):
            return st.just(value)
        return st.one_of(st.just(value), self.scalars)

    def bodies(self, *samples: bytes) -> st.SearchStrategy[bytes]:
        """Response bodies: any bytes, any JSON encoded, or one of ``samples``."""
        return (st.binary(max_size=64) | self.any_json.map(lambda v: json.dumps(v).encode())
                | st.sampled_from(samples))


def vocabulary(words: Iterable[str], keys: Iterable[str]) -> Vocabulary:
    """Any JSON built from scalars (NaN and Infinity included: not JSON, but Python's json
    module reads them), the connector's tricky ``words`` and its field names ``keys``."""
    scalars = (st.none() | st.booleans() | st.integers() | st.text(max_size=20)
               | st.floats(allow_nan=True, allow_infinity=True) | st.sampled_from(list(words)))
    any_json = st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(list(keys)) | st.text(max_size=8), inner, max_size=4),
        max_leaves=12,
    )
    return Vocabulary(scalars, any_json)


def raw_answers(bodies: st.SearchStrategy[bytes], statuses: list[int],
                content_types: list[str]) -> st.SearchStrategy[Raw]:
    """Whole HTTP answers: any of ``bodies`` with any status and content type."""
    return st.builds(Raw, body=bodies, status=st.sampled_from(statuses),
                     content_type=st.sampled_from(content_types))


def aware(value: Any) -> bool:
    """A datetime with a time zone."""
    return isinstance(value, datetime) and value.tzinfo is not None


def number(value: Any) -> bool:
    """A string of ASCII digits (an id the connector may put into a URL)."""
    return isinstance(value, str) and value.isascii() and value.isdigit()


def check_models(value: Any, check_one: Callable[[Any], None]) -> None:
    """Walk a backend result (a model, a list of them, bytes, a flag or None) and check each
    model with ``check_one``, which fails on anything the protocol does not promise."""
    if value is None or isinstance(value, bool | bytes):
        return
    if isinstance(value, list):
        for item in value:
            check_models(item, check_one)
    else:
        check_one(value)


def outcome(backend: AbstractContextManager[B], operation: Callable[[B], Any],
            check_one: Callable[[Any], None]) -> Any:
    """``operation`` on ``backend``: its checked result, or None when it ended in a typed error
    (anything else fails the test)."""
    with backend as opened:
        try:
            result = operation(opened)
        except HelpdeskError as error:
            assert isinstance(error.message, str) and error.message
            return None
    check_models(result, check_one)
    return result


def assert_downloads_stay_inside(attachments: list[AttachmentInfo],
                                 fetch: Callable[[AttachmentInfo], Any]) -> None:
    """Saving each of ``attachments`` (its content from ``fetch``, None when the download ended
    in a typed error) writes only inside the Downloads folder, whatever the server named it."""
    with tempfile.TemporaryDirectory() as home:
        downloads = Path(home) / "Downloads"
        for attachment in attachments:
            saved = save_download(downloads, attachment.filename, fetch(attachment) or [])
            assert saved.parent == downloads
        assert sorted(p.name for p in Path(home).iterdir()) == (
            ["Downloads"] if attachments else [])

