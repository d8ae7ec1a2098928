"""The clinic profile: one YAML file per deployment saying who the clinic is (docs/clinics.md).

`actions.settings` finds the file (CLINIC_PROFILE_PATH) and hands it here with
the environment; this module only parses and validates. Any problem raises
`ClinicProfileError` naming the file and the field, so a deployment with a typo
stops at start-up instead of showing people a wrong phone number or the wrong
country's crisis lines.

String values may be written as `${VARIABLE}` references (or contain them); an
unset variable is an error, as in credentials.yml. The two intake fields fall
back to the INTAKE_DELIVERY_URL and INTAKE_SIGNING_SECRET variables when the
profile leaves them out.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from ipaddress import ip_address
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from components.crisis_lines import load_crisis_lines

JOURNEYS = ("trust", "needs", "ending")
CONTACT_FIELDS = ("booking_url", "phone", "email")
FIELDS = ("name", *CONTACT_FIELDS, "contact_hours", "crisis_region", "journeys", "intake")
INTAKE_FIELDS = {"delivery_url": "INTAKE_DELIVERY_URL", "signing_secret": "INTAKE_SIGNING_SECRET"}
# An HMAC key shorter than this is guessable offline from one signed request.
SIGNING_SECRET_MIN_CHARS = 32

_REFERENCE = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_PHONE = re.compile(r"\+?[0-9][0-9 ().-]{3,30}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]+")
_LOOPBACK_NAMES = {"localhost"}


class ClinicProfileError(ValueError):
    """The clinic profile is missing, malformed, or has a field with a bad value."""


@dataclass(frozen=True)
class ClinicProfile:
    name: str
    booking_url: str
    phone: str
    contact_hours: str
    email: str
    # A region code of components/crisis_lines.yml (aliases such as GB resolved).
    crisis_region: str
    # The journeys to offer first, in order.
    journeys: tuple[str, ...]
    # Where consented first-session notes are POSTed; empty: notes are not offered.
    intake_delivery_url: str
    intake_signing_secret: str


class _UniqueKeyLoader(yaml.SafeLoader):
    """Refuses a field written twice: YAML would silently keep the last one."""


def _unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise ClinicProfileError(f"field {key!r} is written twice (line {key_node.start_mark.line + 1})")
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _unique_mapping)


def load_clinic_profile(path: Path, env: Mapping[str, str], *, allow_http_loopback: bool) -> ClinicProfile:
    """Read and validate the profile at `path`.

    `env` resolves `${VARIABLE}` references and the intake fallbacks;
    `allow_http_loopback` (development only) lets the delivery URL be plain
    http to this machine, for a local receiver.
    """
    try:
        raw = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except FileNotFoundError:
        raise ClinicProfileError(
            f"clinic profile {path} does not exist (CLINIC_PROFILE_PATH); "
            "start from clinic_profile.example.yml"
        ) from None
    except (OSError, yaml.YAMLError, ClinicProfileError) as error:
        raise ClinicProfileError(f"clinic profile {path}: cannot be read: {error}") from None
    try:
        return _parse(raw, env, allow_http_loopback)
    except ClinicProfileError as error:
        raise ClinicProfileError(f"clinic profile {path}: {error}") from None


def _parse(raw: Any, env: Mapping[str, str], allow_http_loopback: bool) -> ClinicProfile:
    if not isinstance(raw, dict):
        raise ClinicProfileError("expected a mapping of fields (name, booking_url, phone, ...)")
    _refuse_unknown(raw, FIELDS, "")
    intake = raw.get("intake") or {}
    if not isinstance(intake, dict):
        raise ClinicProfileError("intake: expected a mapping with delivery_url and signing_secret")
    _refuse_unknown(intake, tuple(INTAKE_FIELDS), "intake.")

    def text(field: str, max_chars: int, source: dict = raw) -> str:
        return _text(field, source.get(field.rpartition(".")[2]), max_chars, env)

    name = text("name", 100)
    if not name:
        raise ClinicProfileError("name: the clinic's name is required")
    booking_url = text("booking_url", 500)
    if booking_url and not _is_https_url(booking_url):
        raise ClinicProfileError(f"booking_url: expected an https:// address, got {booking_url!r}")
    phone = text("phone", 40)
    if phone and not _PHONE.fullmatch(phone):
        raise ClinicProfileError(f"phone: expected a phone number such as \"+1 555 0100\", got {phone!r}")
    email = text("email", 254)
    if email and not _EMAIL.fullmatch(email):
        raise ClinicProfileError(f"email: expected an email address, got {email!r}")
    if not (booking_url or phone or email):
        raise ClinicProfileError("give at least one of booking_url, phone or email: people need a way to reach you")
    contact_hours = text("contact_hours", 100)

    region_code = text("crisis_region", 10)
    crisis_lines = load_crisis_lines()
    region = crisis_lines.find(region_code)
    if region is None:
        known = ", ".join(sorted(crisis_lines.regions))
        raise ClinicProfileError(f"crisis_region: {region_code!r} is not a region with crisis lines ({known})")

    # Left out of the profile: taken from INTAKE_DELIVERY_URL / INTAKE_SIGNING_SECRET.
    intake = {**{key: env.get(variable, "") for key, variable in INTAKE_FIELDS.items()}, **intake}
    delivery_url = text("intake.delivery_url", 2000, intake)
    signing_secret = text("intake.signing_secret", 2000, intake)
    if delivery_url:
        _check_delivery_url(delivery_url, allow_http_loopback)
        if len(signing_secret) < SIGNING_SECRET_MIN_CHARS:
            raise ClinicProfileError(
                f"intake.signing_secret: at least {SIGNING_SECRET_MIN_CHARS} random characters are needed "
                "when intake.delivery_url is set, e.g. from "
                "`python -c \"import secrets; print(secrets.token_urlsafe(48))\"`"
            )

    return ClinicProfile(
        name=name,
        booking_url=booking_url,
        phone=phone,
        contact_hours=contact_hours,
        email=email,
        crisis_region=region.code,
        journeys=_journeys(raw.get("journeys", list(JOURNEYS))),
        intake_delivery_url=delivery_url,
        intake_signing_secret=signing_secret,
    )


def _refuse_unknown(mapping: dict, known: tuple[str, ...], prefix: str) -> None:
    for key in mapping:
        if key not in known:
            raise ClinicProfileError(f"{prefix}{key}: unknown field (known: {', '.join(known)})")


def _expand(field: str, value: str, env: Mapping[str, str]) -> str:
    def substitute(match: re.Match) -> str:
        variable = match.group(1)
        if variable not in env:
            raise ClinicProfileError(f"{field}: refers to ${{{variable}}}, which is not set in the environment")
        return env[variable]

    return _REFERENCE.sub(substitute, value)


def _text(field: str, value: Any, max_chars: int, env: Mapping[str, str]) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ClinicProfileError(f"{field}: expected text, got {value!r} (put it in quotes)")
    value = _expand(field, value, env).strip()
    if len(value) > max_chars:
        raise ClinicProfileError(f"{field}: at most {max_chars} characters, got {len(value)}")
    return value


def _is_https_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme == "https" and bool(parts.hostname)


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK_NAMES:
        return True
    try:
        return ip_address(host).is_loopback
    except ValueError:
        return False


def _check_delivery_url(url: str, allow_http_loopback: bool) -> None:
    parts = urlsplit(url)
    if _is_https_url(url) and not parts.username and not parts.password:
        return
    if parts.username or parts.password:
        raise ClinicProfileError("intake.delivery_url: must not carry a user name or password")
    if parts.scheme == "http" and parts.hostname and _is_loopback(parts.hostname):
        if allow_http_loopback:
            return
        raise ClinicProfileError(
            "intake.delivery_url: plain http is only allowed to this machine in development (APP_ENV=development)"
        )
    raise ClinicProfileError(f"intake.delivery_url: expected an https:// address, got {url!r}")


def _journeys(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not value:
        raise ClinicProfileError(f"journeys: expected a list drawn from {', '.join(JOURNEYS)}")
    for journey in value:
        if journey not in JOURNEYS:
            raise ClinicProfileError(f"journeys: {journey!r} is not one of {', '.join(JOURNEYS)}")
    if len(set(value)) != len(value):
        raise ClinicProfileError("journeys: each journey may appear once")
    return tuple(value)
