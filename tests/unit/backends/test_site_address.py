"""The helpdesks' web addresses as their connectors write them: the API's path and a trailing
slash taken off, and a typo a ConfigurationError naming an example — never an exception from
``urlsplit`` (it raises on "https://[help.example.com")."""

from __future__ import annotations

import pytest

from helpclient.backends.freshservice.client import normalize_base_url as freshservice
from helpclient.backends.redmine.client import normalize_base_url as redmine
from helpclient.backends.rt.client import normalize_base_url as rt
from helpclient.backends.zammad.client import normalize_base_url as zammad
from helpclient.backends.zendesk.client import normalize_base_url as zendesk
from helpclient.core.errors import ConfigurationError

NORMALIZERS = [rt, redmine, zammad, zendesk, freshservice]


@pytest.mark.parametrize("normalize", NORMALIZERS)
@pytest.mark.parametrize("typo", ["https://[help.example.com/", "ftp://help.example.com",
                                  "help.example.com", "https://", ""])
def test_a_typo_is_a_configuration_error(normalize, typo):
    with pytest.raises(ConfigurationError, match="is not a web address"):
        normalize(typo)


def test_the_api_path_and_slashes_come_off_and_nothing_else():
    assert rt(" https://rt.example.com/REST/2.0/ ") == "https://rt.example.com"
    assert redmine("https://example.com/redmine/") == "https://example.com/redmine"
