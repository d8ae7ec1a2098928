"""The one place that reads the environment.

Everything else receives a `Settings` object: actions, channels and NLU
components call `get_settings()` once and pass the result on, and tests build
their own `Settings` with `load_settings(env={...})`.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from dotenv import dotenv_values

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Values shipped in .env.example. They are fine on a laptop and must never
# reach a real deployment, so `Settings.check_production_ready` refuses them.
EXAMPLE_SECRETS = frozenset({"dev-only-themes-secret-change-me"})


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
    crisis_region: str
    clinic_name: str
    clinic_phone: str
    clinic_email: str
    clinic_hours: str
    clinic_booking_url: str
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

    @property
    def is_development(self) -> bool:
        return self.app_env == "development"

    def check_production_ready(self) -> None:
        """Refuse to run a real deployment on the example secret."""
        if not self.is_development and self.themes_secret in EXAMPLE_SECRETS:
            raise RuntimeError(
                "THEMES_SECRET still has the example value from .env.example; "
                "set a long random secret before running with APP_ENV="
                f"{self.app_env!r}."
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
    return Settings(
        app_env=get("APP_ENV", "development"),
        rasa_port=rasa_port,
        action_port=_int(get("ACTION_PORT", "5055"), "ACTION_PORT"),
        themes_db_url=get("THEMES_DB_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'themes.db'}"),
        themes_secret=get("THEMES_SECRET", "dev-only-themes-secret-change-me"),
        themes_spool_path=PROJECT_ROOT / get("THEMES_SPOOL_PATH", "var/theme_spool.db"),
        themes_retention_days=_positive_int(get("THEMES_RETENTION_DAYS", "365"), "THEMES_RETENTION_DAYS"),
        crisis_region=get("CRISIS_REGION", "US").upper(),
        clinic_name=get("CLINIC_NAME", "the clinic"),
        clinic_phone=get("CLINIC_PHONE", ""),
        clinic_email=get("CLINIC_EMAIL", ""),
        clinic_hours=get("CLINIC_HOURS", ""),
        clinic_booking_url=get("CLINIC_BOOKING_URL", ""),
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
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
