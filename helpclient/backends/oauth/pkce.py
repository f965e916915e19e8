"""The random values of one authorization request: PKCE's verifier and S256 challenge
(RFC 7636 §4.1–4.2) and the ``state`` that ties the browser's answer to it."""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass, field

__all__ = ["Pkce", "new_state"]


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


@dataclass(frozen=True)
class Pkce:
    """A code verifier (43 characters of 32 random bytes, the minimum length RFC 7636 allows
    with the most entropy per character) and its S256 challenge."""

    verifier: str = field(repr=False)

    @staticmethod
    def new() -> Pkce:
        """A fresh verifier."""
        return Pkce(_b64url(secrets.token_bytes(32)))

    @property
    def challenge(self) -> str:
        """BASE64URL(SHA256(verifier)), without padding."""
        return _b64url(hashlib.sha256(self.verifier.encode("ascii")).digest())

    method = "S256"


def new_state() -> str:
    """An unguessable ``state`` value (RFC 6749 §10.12)."""
    return secrets.token_urlsafe(24)
