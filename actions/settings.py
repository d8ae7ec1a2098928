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
    crisis_region: str
    clinic_name: str
    clinic_phone: str
    clinic_email: str
    clinic_hours: str
    clinic_booking_url: str

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


def _int(raw: str, name: str) -> int:
    try:
        return int(raw)
    except ValueError:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from None


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Build settings from `env` (default: the process environment over `.env`)."""
    if env is None:
        # Real environment variables win over the .env file.
        env = {**dotenv_values(PROJECT_ROOT / ".env"), **os.environ}
    get = lambda name, default: (env.get(name) or default).strip()  # noqa: E731
    return Settings(
        app_env=get("APP_ENV", "development"),
        rasa_port=_int(get("RASA_PORT", "5005"), "RASA_PORT"),
        action_port=_int(get("ACTION_PORT", "5055"), "ACTION_PORT"),
        themes_db_url=get("THEMES_DB_URL", f"sqlite:///{PROJECT_ROOT / 'var' / 'themes.db'}"),
        themes_secret=get("THEMES_SECRET", "dev-only-themes-secret-change-me"),
        crisis_region=get("CRISIS_REGION", "US").upper(),
        clinic_name=get("CLINIC_NAME", "the clinic"),
        clinic_phone=get("CLINIC_PHONE", ""),
        clinic_email=get("CLINIC_EMAIL", ""),
        clinic_hours=get("CLINIC_HOURS", ""),
        clinic_booking_url=get("CLINIC_BOOKING_URL", ""),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return load_settings()
