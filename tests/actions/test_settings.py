import pytest

from actions.settings import load_settings


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
