"""Signed dashboard links: who may see which chat's report, until when, and whether they may change it.

A link carries its claims (chat, scope, issued and expiry times, a nonce) in the URL, signed with
HMAC-SHA256 under a server secret, so any bot process can check it without a session table. Each link
carries the chat's link generation (a counter in the chat's settings); a chat's admin revokes every link
issued so far by moving the counter on, and a link of an older generation is refused from then on.
CSRF tokens for the page's forms are an HMAC of the link under a separate key, so a form posted
from another site, without the token, is refused.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from bot.store import ChatRef

LINK_TTL = timedelta(hours=12)
GENERATION_SETTING = "dashboard_links"
MIN_SECRET_BYTES = 16
MAX_TOKEN_CHARS = 600


class Scope(StrEnum):
    """What a link lets its holder do: read the report, or also retire questions."""

    READ = "read"
    EDIT = "edit"


class LinkError(Exception):
    """A link that must be refused; the message says why, for the page (never which part failed
    cryptographically beyond "not valid")."""


@dataclass(frozen=True, slots=True)
class LinkClaims:
    chat: ChatRef
    scope: Scope
    issued_at: datetime
    expires_at: datetime
    nonce: str
    generation: int = 0


class LinkSigner:
    """Issues and checks dashboard link tokens with one server secret."""

    def __init__(self, secret: str) -> None:
        raw = secret.encode("utf-8")
        if len(raw) < MIN_SECRET_BYTES:
            raise ValueError(
                f"DASHBOARD_SECRET must be at least {MIN_SECRET_BYTES} bytes; "
                "generate one with: python -c 'import secrets; print(secrets.token_urlsafe(32))'"
            )
        # Two keys derived from one secret: a CSRF token can never be replayed as a link signature.
        self._link_key = hmac.new(raw, b"studybot dashboard link", hashlib.sha256).digest()
        self._csrf_key = hmac.new(raw, b"studybot dashboard csrf", hashlib.sha256).digest()

    def issue(
        self,
        chat: ChatRef,
        now: datetime,
        *,
        scope: Scope = Scope.READ,
        ttl: timedelta = LINK_TTL,
        generation: int = 0,
    ) -> str:
        """A token for `chat`, valid from `now` for `ttl` while the chat's links are of `generation`."""
        payload = {
            "p": chat.platform,
            "c": chat.chat_id,
            "s": scope.value,
            "i": int(now.timestamp()),
            "e": int((now + ttl).timestamp()),
            "n": secrets.token_urlsafe(6),
            "g": generation,
        }
        body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
        return f"{body}.{_b64(self._sign(body))}"

    def verify(self, token: str, now: datetime) -> LinkClaims:
        """The claims of a genuine, unexpired token; LinkError otherwise."""
        if len(token) > MAX_TOKEN_CHARS or token.count(".") != 1:
            raise LinkError("This link is not valid.")
        body, signature = token.split(".")
        try:
            given = _unb64(signature)
            raw = _unb64(body)
        except (binascii.Error, ValueError) as exc:
            raise LinkError("This link is not valid.") from exc
        if not hmac.compare_digest(given, self._sign(body)):
            raise LinkError("This link is not valid.")
        try:
            data = json.loads(raw)
            claims = LinkClaims(
                ChatRef(str(data["p"]), str(data["c"])),
                Scope(data["s"]),
                datetime.fromtimestamp(int(data["i"]), UTC),
                datetime.fromtimestamp(int(data["e"]), UTC),
                str(data["n"]),
                int(data["g"]),
            )
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            raise LinkError("This link is not valid.") from exc
        if now >= claims.expires_at:
            raise LinkError("This link has expired. Ask the bot for a new one with /dashboard.")
        return claims

    def csrf_token(self, token: str) -> str:
        """The form token that goes with one link."""
        return _b64(hmac.new(self._csrf_key, token.encode("utf-8"), hashlib.sha256).digest())

    def check_csrf(self, token: str, given: str) -> bool:
        return hmac.compare_digest(
            self.csrf_token(token).encode(), given.encode("utf-8", "replace")
        )

    def _sign(self, body: str) -> bytes:
        return hmac.new(self._link_key, body.encode("ascii"), hashlib.sha256).digest()


def link_generation(settings: Mapping[str, object]) -> int:
    """The chat's current link generation (0 until its links are first revoked)."""
    value = settings.get(GENERATION_SETTING)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def is_revoked(claims: LinkClaims, settings: Mapping[str, object]) -> bool:
    """True when the chat revoked its links after this one was issued."""
    return claims.generation != link_generation(settings)


def revoked_setting(settings: Mapping[str, object]) -> dict[str, object]:
    """The chat-settings change that revokes every link issued so far (and none issued after)."""
    return {GENERATION_SETTING: link_generation(settings) + 1}


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    if not text.isascii():
        raise ValueError("not base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
