from pathlib import Path

import pytest

from actions.settings import PROJECT_ROOT, load_settings


def test_a_fresh_clone_with_no_environment_gets_working_defaults():
    settings = load_settings(env={})
    assert (settings.rasa_port, settings.action_port) == (5005, 5055)
    assert settings.crisis_region == "US"
    assert settings.themes_db_url.startswith("sqlite:///")
    assert settings.is_development


def test_environment_values_are_used_and_region_is_normalised():
    settings = load_settings(env={"RASA_PORT": "6005", "CRISIS_REGION": " uk "})
    assert settings.rasa_port == 6005
    assert settings.crisis_region == "UK"


def test_a_bad_port_says_which_variable_is_wrong():
    with pytest.raises(ValueError, match="ACTION_PORT"):
        load_settings(env={"ACTION_PORT": "fifty"})


def test_production_refuses_the_example_secret():
    with pytest.raises(RuntimeError, match="THEMES_SECRET"):
        load_settings(env={"APP_ENV": "production"}).check_production_ready()
    load_settings(env={"APP_ENV": "production", "THEMES_SECRET": "a-real-long-random-secret"}).check_production_ready()
    load_settings(env={}).check_production_ready()  # development may use the example


def test_theme_spool_and_retention_have_working_defaults_and_checked_values():
    settings = load_settings(env={})
    assert settings.themes_spool_path == PROJECT_ROOT / "var" / "theme_spool.db"
    assert settings.themes_retention_days == 365
    # A relative spool path means the project folder, wherever the server was started from.
    assert load_settings(env={"THEMES_SPOOL_PATH": "data/spool.db"}).themes_spool_path == PROJECT_ROOT / "data/spool.db"
    assert load_settings(env={"THEMES_SPOOL_PATH": "/srv/spool.db"}).themes_spool_path == Path("/srv/spool.db")
    for bad in ("0", "-5", "a year"):
        with pytest.raises(ValueError, match="THEMES_RETENTION_DAYS"):
            load_settings(env={"THEMES_RETENTION_DAYS": bad})
