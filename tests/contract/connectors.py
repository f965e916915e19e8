"""Every connector the conformance suite checks, by its name (= its folder under exchanges/).

A plain module, not the conftest: ``from conftest import …`` finds whichever conftest pytest
imported first (tests/unit/checks/ has one too), so tests and the fleet model import this."""

from __future__ import annotations

import freshservice_backend
import glpi_backend
import jsm_backend
import redmine_backend
import rt_backend
import zammad_backend
import zendesk_backend
from targets import Connector

CONNECTORS: dict[str, Connector] = {"rt": rt_backend.CONNECTOR, "glpi": glpi_backend.CONNECTOR,
                                    "zammad": zammad_backend.CONNECTOR,
                                    "redmine": redmine_backend.CONNECTOR,
                                    "freshservice": freshservice_backend.CONNECTOR,
                                    "jsm": jsm_backend.CONNECTOR,
                                    "zendesk": zendesk_backend.CONNECTOR}
