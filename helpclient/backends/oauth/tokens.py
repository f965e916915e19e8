"""The token endpoint (RFC 6749 §4.1.3, §6) and revocation (RFC 7009): codes and refresh
tokens in, :class:`~helpclient.core.credentials.OAuthTokens` out.

An answer is hostile until checked: the token answer's shape is validated here, and its
``expires_in`` turns into an expiry by this computer's clock at the moment the answer arrived —
never by the server's ``Date`` — so a server whose clock runs ahead or behind changes nothing.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any

import requests

from helpclient.backends.base import HttpSession
from helpclient.backends.http import read_answer
from helpclient.backends.http_errors import to_helpdesk_error
from helpclient.backends.oauth.provider import OAuthProvider, Revocation
from helpclient.backends.shapes import expect_object, text
from helpclient.core.browser_sign_in import AuthorizationRefused
from helpclient.core.credentials import OAuthTokens
from helpclient.core.errors import BadResponse, SignInExpired

__all__ = ["Requester", "TokenClient"]

log = logging.getLogger(__name__)

_MAX_ANSWER = 64 * 1024  # a token answer is a few hundred bytes
_MAX_LIFETIME = 10 * 365 * 24 * 3600.0  # an expires_in beyond ten years is not one
_GRANT_ERRORS = ("invalid_grant", "invalid_token")


#: What sends a request: a ``requests.Session``, or a connector's ``SessionPool``.
Requester = HttpSession


def _error_of(response: requests.Response) -> tuple[str, str]:
    """RFC 6749 §5.2's ``error`` and ``error_description`` of an error answer ("" each when
    the answer is not one)."""
    try:
        data = json.loads(response.content or b"null")
    except ValueError:
        return "", ""
    if not isinstance(data, dict):
        return "", ""
    code, said = data.get("error"), data.get("error_description")
    return (code if isinstance(code, str) else "")[:100], (said if isinstance(said, str)
                                                          else "")[:500]


def tokens_from(data: Any, clock: Callable[[], float], *,
                previous: OAuthTokens | None = None) -> OAuthTokens:
    """The tokens of a token answer's JSON, received at ``clock()``; a refresh answer without
    a new refresh token keeps ``previous``'s (RFC 6749 §6). BadResponse for a malformed one."""
    answer = expect_object(data, "the token answer")
    access = text(answer.get("access_token"), "the access token", limit=None).strip()
    if not access or any(c.isspace() or not c.isprintable() for c in access):
        raise BadResponse("The sign-in server's answer has no usable access token.")
    kind = text(answer.get("token_type"), "the token type").strip() or "Bearer"
    if kind.lower() != "bearer":
        raise BadResponse(f"The sign-in server handed out a “{kind[:40]}” token; HelpClient "
                          "only uses Bearer tokens.")
    refresh = text(answer.get("refresh_token"), "the refresh token", limit=None).strip()
    lifetime = answer.get("expires_in")
    if isinstance(lifetime, str) and lifetime.strip().isdigit() and len(lifetime) < 12:
        lifetime = int(lifetime)
    if lifetime is None:
        expires_at = None
    elif isinstance(lifetime, (int, float)) and not isinstance(lifetime, bool) \
            and 0 < lifetime <= _MAX_LIFETIME:
        expires_at = clock() + float(lifetime)
    else:
        raise BadResponse("The sign-in server's answer says the token expires at an "
                          "impossible time.")
    return OAuthTokens(access, refresh or (previous.refresh_token if previous else ""),
                       expires_at, "Bearer",
                       text(answer.get("scope"), "the scope") or (previous.scope
                                                                  if previous else ""))


class TokenClient:
    """Talks to one provider's token and revocation endpoints through ``requester``."""

    def __init__(self, provider: OAuthProvider, requester: Requester,
                 clock: Callable[[], float] = time.time) -> None:
        self.provider = provider
        self._requester = requester
        self._clock = clock

    def _client_fields(self) -> dict[str, str]:
        fields = {"client_id": self.provider.client_id}
        if self.provider.client_secret:
            fields["client_secret"] = self.provider.client_secret
        return fields

    def _post(self, url: str, fields: Mapping[str, str]) -> requests.Response:
        body: dict[str, Any] = ({"json": dict(fields)} if self.provider.token_body_json
                                else {"data": dict(fields)})
        try:
            response = self._requester.request(
                "POST", url, headers={"Accept": "application/json"}, stream=True,
                allow_redirects=False, **body)
        except requests.RequestException as exc:
            raise to_helpdesk_error(exc) from exc
        with response:
            read_answer(response, max_bytes=_MAX_ANSWER)
        return response

    def _granted(self, response: requests.Response, previous: OAuthTokens | None,
                 ) -> OAuthTokens:
        if response.status_code != 200:
            raise to_helpdesk_error(response)
        try:
            data = json.loads(response.content or b"null")
        except ValueError as exc:
            raise BadResponse("The sign-in server's answer is not JSON.") from exc
        return tokens_from(data, self._clock, previous=previous)

    def exchange(self, code: str, verifier: str, redirect_uri: str) -> OAuthTokens:
        """The tokens for an authorization ``code`` (with its PKCE ``verifier``)."""
        response = self._post(self.provider.token_url, {
            "grant_type": "authorization_code", "code": code, "redirect_uri": redirect_uri,
            "code_verifier": verifier, **self._client_fields()})
        code_said, description = _error_of(response)
        if response.status_code in (400, 401) and code_said:
            raise AuthorizationRefused(
                f"{self.provider.name} refused to hand out tokens ({code_said}"
                f"{': ' + description if description else ''}).")
        tokens = self._granted(response, None)
        log.info("signed in to %s with OAuth (expires in %s s)", self.provider.name,
                 "?" if tokens.expires_at is None else round(tokens.expires_at - self._clock()))
        return tokens

    def refresh(self, tokens: OAuthTokens) -> OAuthTokens:
        """New tokens for ``tokens``' refresh token; SignInExpired when there is none or the
        server no longer accepts it (``invalid_grant``: expired, revoked, already used)."""
        if not tokens.refresh_token:
            raise SignInExpired(f"Your sign-in to {self.provider.name} has expired. Sign in "
                                "again in HelpClient's Settings.")
        fields = {"grant_type": "refresh_token", "refresh_token": tokens.refresh_token,
                  **self._client_fields()}
        response = self._post(self.provider.token_url, fields)
        code_said, _ = _error_of(response)
        if response.status_code in (400, 401) and code_said in (*_GRANT_ERRORS,
                                                                 "unauthorized_client"):
            log.info("the refresh token for %s was refused (%s)", self.provider.name, code_said)
            raise SignInExpired(
                f"Your sign-in to {self.provider.name} has expired or was revoked. Sign in "
                "again in HelpClient's Settings.")
        fresh = self._granted(response, tokens)
        log.info("renewed the OAuth sign-in to %s", self.provider.name)
        return fresh

    def revoke(self, tokens: OAuthTokens) -> None:
        """End the sign-in on the server: the refresh token (which takes its access tokens
        with it, RFC 7009 §2.1), else the access token. Errors are the caller's to log."""
        provider = self.provider
        if provider.revocation is Revocation.NONE:
            return
        if provider.revocation is Revocation.DELETE_CURRENT:
            try:
                response = self._requester.request(
                    "DELETE", provider.revoke_url, stream=True, allow_redirects=False,
                    headers={"Authorization": f"Bearer {tokens.access_token}"})
            except requests.RequestException as exc:
                raise to_helpdesk_error(exc) from exc
            with response:
                read_answer(response, max_bytes=_MAX_ANSWER)
        else:
            token, hint = ((tokens.refresh_token, "refresh_token") if tokens.refresh_token
                           else (tokens.access_token, "access_token"))
            response = self._post(provider.revoke_url, {"token": token, "token_type_hint": hint,
                                                        **self._client_fields()})
        # RFC 7009 §2.2: 200 also for a token the server no longer knows
        if response.status_code >= 400 and response.status_code != 401:
            raise to_helpdesk_error(response)
        log.info("revoked the OAuth sign-in to %s", provider.name)
