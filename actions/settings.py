"""The one place that reads the environment.

Everything else receives a `Settings` object: actions, channels and NLU
components call `get_settings()` once and pass the result on, and tests build
their own `Settings` with `load_settings(env={...})`.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from cryptography.fernet import Fernet
from dotenv import dotenv_values

from actions.clinic_profile import load_clinic_profile

PROJECT_ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_CLINIC_PROFILE = PROJECT_ROOT / "clinic_profile.example.yml"

# Values shipped in .env.example. They are fine on a laptop and must never
# reach a real deployment, so `Settings.check_production_ready` refuses them.
EXAMPLE_NOTE_KEY = "YkCeaJWdUJD-x1zm3p4XgSIum5nhcuC1vq03SHB0aFQ="
EXAMPLE_SECRETS = frozenset({"dev-only-themes-secret-change-me", EXAMPLE_NOTE_KEY})
# The intake channel's bearer token: long enough that it cannot be guessed.
INTAKE_TOKEN_MIN_CHARS = 32
# The same for Rasa's HTTP API token and JWT secret: they open every conversation.
HTTP_API_SECRET_MIN_CHARS = 32


@dataclass(frozen=True)
class Settings:
    app_env: str
    rasa_port: int
    action_port: int
    themes_db_url: str
    themes_secret: str
    # Local SQLite file holding theme rows (and forget requests) while the
    # theme database is unreachable; replayed once it is back. A relative
    # THEMES_SPOOL_PATH is taken from the project folder, not the working one.
    themes_spool_path: Path
    themes_retention_days: int
    # From the clinic profile (CLINIC_PROFILE_PATH, actions/clinic_profile.py).
    clinic_profile_path: Path
    crisis_region: str
    clinic_name: str
    clinic_phone: str
    clinic_email: str
    clinic_hours: str
    clinic_booking_url: str
    clinic_journeys: tuple[str, ...]
    # Consented first-session notes (docs/clinics.md): where the outbox worker
    # POSTs them (empty: notes are never offered) and the HMAC key it signs with.
    intake_delivery_url: str
    intake_signing_secret: str = field(repr=False)
    # Fernet keys the outbox encrypts note bodies with (INTAKE_NOTE_KEY, comma
    # separated): the first encrypts, all decrypt, so a key can be rotated.
    intake_note_keys: tuple[str, ...] = field(repr=False)
    # A note not acknowledged this long after consent stops being retried and is
    # kept, still encrypted, for `python -m actions.outbox_report`.
    intake_retry_window_hours: int
    intake_retry_first_delay_seconds: float
    intake_retry_max_delay_seconds: float
    intake_worker_poll_seconds: float
    # Intake channel (channels/intake.py). An empty token turns it off.
    intake_api_token: str = field(repr=False)
    intake_rate_limit_per_minute: int
    intake_max_body_bytes: int
    # Telegram channel (channels/telegram.py). An empty token or secret turns it
    # off. Bot name and webhook URL are only read by `make telegram-webhook`.
    telegram_token: str
    telegram_secret_token: str
    telegram_bot_name: str
    telegram_webhook_url: str
    # Empty: Telegram's own Bot API. Set for a self-hosted Bot API server.
    telegram_api_base_url: str
    # Redis the replicas share to handle each Telegram update once; empty keeps
    # the record in memory, which is only correct for a single replica.
    telegram_redis_url: str
    # Web pages allowed to use the website widget from a browser (socket.io and
    # its REST fallback), as exact origins such as "https://clinic.example".
    widget_allowed_origins: tuple[str, ...]
    # Messages one widget conversation may send per minute (socket.io and the REST fallback).
    widget_rate_limit_per_minute: int
    # --- production profile (owner: scale) ---
    # The endpoints file Rasa starts with: endpoints.yml keeps conversations in
    # memory (one process); endpoints.production.yml shares them between
    # replicas through Redis and is what docker-compose and Helm use.
    rasa_endpoints_path: Path
    action_endpoint_url: str
    redis_host: str
    redis_port: int
    redis_password: str = field(repr=False)
    # Separate Redis databases for conversations and for the per-conversation locks.
    redis_tracker_db: int
    redis_lock_db: int
    # Prefix of every conversation and lock key, so a shared Redis can hold several bots.
    redis_key_prefix: str
    # A conversation is deleted from Redis this long after its last message.
    tracker_expiry_seconds: int
    # --- end of production profile (owner: scale) ---
    # Rasa's HTTP API (conversations, trackers, the model) is only switched on
    # when one of these is set, and then requires it (scripts/run.py).
    rasa_auth_token: str = field(default="", repr=False)
    rasa_jwt_secret: str = field(default="", repr=False)
    # After a failed write the theme log waits this long before trying the
    # database again (rows go to the spool meanwhile), so replies do not each wait out a timeout.
    themes_db_retry_seconds: float = 30.0
    # How long the outbox worker waits for the clinic to answer one delivery
    # before counting it as failed and retrying later.
    intake_delivery_timeout_seconds: float = 25.0

    @property
    def is_development(self) -> bool:
        return self.app_env == "development"

    @property
    def intake_delivery_enabled(self) -> bool:
        return bool(self.intake_delivery_url)

    def check_production_ready(self) -> None:
        """Refuse to run a real deployment on the example secrets or the example clinic."""
        if self.is_development:
            return
        if self.themes_secret in EXAMPLE_SECRETS:
            raise RuntimeError(
                "THEMES_SECRET still has the example value from .env.example; "
                "set a long random secret before running with APP_ENV="
                f"{self.app_env!r}."
            )
        if EXAMPLE_SECRETS.intersection(self.intake_note_keys):
            raise RuntimeError(
                "INTAKE_NOTE_KEY still has the example key from .env.example; generate one with "
                "`python -c \"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())\"`."
            )
        if self.clinic_profile_path == EXAMPLE_CLINIC_PROFILE:
            raise RuntimeError(
                "CLINIC_PROFILE_PATH still points at clinic_profile.example.yml (a demo clinic); "
                "copy it, fill in your clinic and set CLINIC_PROFILE_PATH to the copy."
            )

    def telegram_env(self) -> dict[str, str]:
        """The variables credentials.yml expands: Rasa will not start if one is unset."""
        return {
            "TELEGRAM_TOKEN": self.telegram_token,
            "TELEGRAM_SECRET_TOKEN": self.telegram_secret_token,
            "TELEGRAM_API_BASE_URL": self.telegram_api_base_url,
            "TELEGRAM_REDIS_URL": self.telegram_redis_url,
        }

    def widget_env(self) -> dict[str, str]:
        """The widget's variable in credentials.yml: Rasa will not start if it is unset."""
        return {"WIDGET_ALLOWED_ORIGINS": ",".join(self.widget_allowed_origins)}

    def endpoints_env(self) -> dict[str, str]:
        """The variables endpoints.production.yml expands: Rasa will not start if one is unset."""
        return {
            "ACTION_ENDPOINT_URL": self.action_endpoint_url,
            "REDIS_HOST": self.redis_host,
            "REDIS_PORT": str(self.redis_port),
            "REDIS_PASSWORD": self.redis_password,
            "REDIS_TRACKER_DB": str(self.redis_tracker_db),
            "REDIS_LOCK_DB": str(self.redis_lock_db),
            "REDIS_KEY_PREFIX": self.redis_key_prefix,
            "TRACKER_EXPIRY_SECONDS": str(self.tracker_expiry_seconds),
        }

    def intake_env(self) -> dict[str, str]:
        """The intake channel's variables in credentials.yml: Rasa will not start if one is unset."""
        return {
            "INTAKE_API_TOKEN": self.intake_api_token,
            "INTAKE_RATE_LIMIT_PER_MINUTE": str(self.intake_rate_limit_per_minute),
            "INTAKE_MAX_BODY_BYTES": str(self.intake_max_body_bytes),
        }


def _int(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None


def _positive_int(raw: str, name: str) -> int:
    value = _int(raw, name)
    if value < 1:
        raise ValueError(f"{name} must be at least 1, got {value}")
    return value


def _positive_float(raw: str, name: str) -> float:
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name} must be a number of seconds, got {raw!r}") from None
    if not value > 0:
        raise ValueError(f"{name} must be more than 0, got {raw!r}")
    return value


def _redis_key_prefix(raw: str) -> str:
    # Rasa silently replaces a prefix that is not letters and digits with its
    # default one, which would mix two bots' conversations in a shared Redis.
    if not raw.isalnum():
        raise ValueError(f"REDIS_KEY_PREFIX must be letters and digits only, got {raw!r}")
    return raw


def parse_note_keys(raw: str) -> tuple[str, ...]:
    """INTAKE_NOTE_KEY: one or more Fernet keys separated by commas, the newest first."""
    keys = tuple(key.strip() for key in raw.split(",") if key.strip())
    if not keys:
        raise ValueError("INTAKE_NOTE_KEY must hold at least one key")
    for key in keys:
        try:
            Fernet(key)
        except ValueError:
            raise ValueError(
                "INTAKE_NOTE_KEY must be Fernet keys (32 bytes, url-safe base64) separated by commas; make one with "
                "`python -c \"from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())\"`"
            ) from None
    return keys


def parse_origins(raw: str) -> tuple[str, ...]:
    """Comma-separated web origins, checked so that a typo cannot open the bot to every site.

    An empty list is refused rather than read as "no restriction": python-engineio
    treats an empty list as "CORS handling disabled", which accepts any origin.
    """
    origins = []
    for item in raw.split(","):
        origin = item.strip().rstrip("/")
        if not origin:
            continue
        parts = urlsplit(origin)
        if parts.scheme not in ("http", "https") or not parts.netloc or "*" in origin or parts.path or parts.query:
            raise ValueError(
                "WIDGET_ALLOWED_ORIGINS must list web origins like https://clinic.example "
                f"(scheme and host, optional port, no path, no '*'), got {item.strip()!r}"
            )
        origins.append(f"{parts.scheme}://{parts.netloc.lower()}")
    if not origins:
        raise ValueError("WIDGET_ALLOWED_ORIGINS must name at least one web origin, e.g. https://clinic.example")
    return tuple(dict.fromkeys(origins))


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment over `.env`)."""
    if env is None:
        # Real environment variables win over the .env file.
        env = {**dotenv_values(PROJECT_ROOT / ".env"), **os.environ}
    get = lambda name, default: (env.get(name) or default).strip()  # noqa: E731
    rasa_port = _int(get("RASA_PORT", "5005"), "RASA_PORT")
    app_env = get("APP_ENV", "development")
    profile_path = PROJECT_ROOT / get("CLINIC_PROFILE_PATH", EXAMPLE_CLINIC_PROFILE.name)
    profile = load_clinic_profile(
        profile_path,
        # The profile's ${...} references may name any variable; these two always exist.
        env={"INTAKE_DELIVERY_URL": "", "INTAKE_SIGNING_SECRET": "",
             **{name: value for name, value in env.items() if value is not None}},
        allow_http_loopback=app_env == "development",
    )
    intake_api_token = get("INTAKE_API_TOKEN", "")
    if intake_api_token and len(intake_api_token) < INTAKE_TOKEN_MIN_CHARS:
        raise ValueError(
            f"INTAKE_API_TOKEN must be at least {INTAKE_TOKEN_MIN_CHARS} random characters (or empty to turn "
            "the intake channel off), e.g. from `python -c \"import secrets; print(secrets.token_urlsafe(48))\"`"
        )
    action_port = _int(get("ACTION_PORT", "5055"), "ACTION_PORT")
    rasa_auth_token, rasa_jwt_secret = get("RASA_AUTH_TOKEN", ""), get("RASA_JWT_SECRET", "")
    for name, value in (("RASA_AUTH_TOKEN", rasa_auth_token), ("RASA_JWT_SECRET", rasa_jwt_secret)):
        if value and len(value) < HTTP_API_SECRET_MIN_CHARS:
            raise ValueError(
                f"{name} must be at least {HTTP_API_SECRET_MIN_CHARS} random characters (or empty to keep Rasa's "
                "HTTP API off), e.g. from `python -c \"import secrets; print(secrets.token_urlsafe(48))\"`"
            )
    return Settings(
        app_env=app_env,
        rasa_port=rasa_port,
        action_port=action_port,
        themes_db_url=get("THEMES_DB_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'themes.db'}"),
        themes_secret=get("THEMES_SECRET", "dev-only-themes-secret-change-me"),
        themes_spool_path=PROJECT_ROOT / get("THEMES_SPOOL_PATH", "var/theme_spool.db"),
        themes_retention_days=_positive_int(get("THEMES_RETENTION_DAYS", "365"), "THEMES_RETENTION_DAYS"),
        clinic_profile_path=profile_path,
        # A deployment-wide override of the profile's region (e.g. one bot, several sites).
        crisis_region=get("CRISIS_REGION", profile.crisis_region).upper(),
        clinic_name=profile.name,
        clinic_phone=profile.phone,
        clinic_email=profile.email,
        clinic_hours=profile.contact_hours,
        clinic_booking_url=profile.booking_url,
        clinic_journeys=profile.journeys,
        intake_delivery_url=profile.intake_delivery_url,
        intake_signing_secret=profile.intake_signing_secret,
        intake_note_keys=parse_note_keys(get("INTAKE_NOTE_KEY", EXAMPLE_NOTE_KEY)),
        intake_retry_window_hours=_positive_int(get("INTAKE_RETRY_WINDOW_HOURS", "72"), "INTAKE_RETRY_WINDOW_HOURS"),
        intake_retry_first_delay_seconds=_positive_float(
            get("INTAKE_RETRY_FIRST_DELAY_SECONDS", "30"), "INTAKE_RETRY_FIRST_DELAY_SECONDS"
        ),
        intake_retry_max_delay_seconds=_positive_float(
            get("INTAKE_RETRY_MAX_DELAY_SECONDS", "3600"), "INTAKE_RETRY_MAX_DELAY_SECONDS"
        ),
        intake_worker_poll_seconds=_positive_float(get("INTAKE_WORKER_POLL_SECONDS", "5"), "INTAKE_WORKER_POLL_SECONDS"),
        intake_api_token=intake_api_token,
        intake_rate_limit_per_minute=_positive_int(
            get("INTAKE_RATE_LIMIT_PER_MINUTE", "30"), "INTAKE_RATE_LIMIT_PER_MINUTE"
        ),
        intake_max_body_bytes=_positive_int(get("INTAKE_MAX_BODY_BYTES", "65536"), "INTAKE_MAX_BODY_BYTES"),
        telegram_token=get("TELEGRAM_TOKEN", ""),
        telegram_secret_token=get("TELEGRAM_SECRET_TOKEN", ""),
        telegram_bot_name=get("TELEGRAM_BOT_NAME", "").removeprefix("@"),
        telegram_webhook_url=get("TELEGRAM_WEBHOOK_URL", ""),
        telegram_api_base_url=get("TELEGRAM_API_BASE_URL", "").rstrip("/"),
        telegram_redis_url=get("TELEGRAM_REDIS_URL", ""),
        # By default only the bot's own demo page (/widget/demo) may use the widget.
        widget_allowed_origins=parse_origins(
            get("WIDGET_ALLOWED_ORIGINS", f"http://localhost:{rasa_port},http://127.0.0.1:{rasa_port}")
        ),
        widget_rate_limit_per_minute=_positive_int(
            get("WIDGET_RATE_LIMIT_PER_MINUTE", "30"), "WIDGET_RATE_LIMIT_PER_MINUTE"
        ),
        rasa_endpoints_path=PROJECT_ROOT / get("RASA_ENDPOINTS", "endpoints.yml"),
        action_endpoint_url=get("ACTION_ENDPOINT_URL", f"http://localhost:{action_port}/webhook"),
        redis_host=get("REDIS_HOST", "127.0.0.1"),
        redis_port=_int(get("REDIS_PORT", "6379"), "REDIS_PORT"),
        redis_password=get("REDIS_PASSWORD", ""),
        redis_tracker_db=_int(get("REDIS_TRACKER_DB", "0"), "REDIS_TRACKER_DB"),
        redis_lock_db=_int(get("REDIS_LOCK_DB", "1"), "REDIS_LOCK_DB"),
        redis_key_prefix=_redis_key_prefix(get("REDIS_KEY_PREFIX", "companion")),
        tracker_expiry_seconds=_positive_int(get("TRACKER_EXPIRY_SECONDS", "1800"), "TRACKER_EXPIRY_SECONDS"),
        rasa_auth_token=rasa_auth_token,
        rasa_jwt_secret=rasa_jwt_secret,
        themes_db_retry_seconds=_positive_float(get("THEMES_DB_RETRY_SECONDS", "30"), "THEMES_DB_RETRY_SECONDS"),
        intake_delivery_timeout_seconds=_positive_float(
            get("INTAKE_DELIVERY_TIMEOUT_SECONDS", "25"), "INTAKE_DELIVERY_TIMEOUT_SECONDS"
        ),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()


def settings_for_start() -> Settings:
    """The settings for a command that is starting (`make run`, the worker, ...).

    A bad value, a bad clinic profile or example secrets outside development
    stop it with one line naming the problem instead of a traceback.
    """
    try:
        settings = get_settings()
        settings.check_production_ready()
    except (ValueError, RuntimeError) as error:  # ClinicProfileError is a ValueError
        raise SystemExit(f"Cannot start: {error}") from None
    return settings
