from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from actions.settings import PROJECT_ROOT, load_settings, parse_origins


def test_a_fresh_clone_with_no_environment_gets_working_defaults():
    settings = load_settings(env={})
    assert (settings.rasa_port, settings.action_port) == (5005, 5055)
    assert settings.crisis_region == "US"
    assert settings.themes_db_url.startswith("sqlite:///")
    assert settings.is_development


def test_environment_values_are_used():
    settings = load_settings(env={"RASA_PORT": "6005", "THEMES_RETENTION_DAYS": " 30 "})
    assert settings.rasa_port == 6005
    assert settings.themes_retention_days == 30


def test_the_clinic_and_its_region_come_from_the_clinic_profile(tmp_path):
    profile = tmp_path / "clinic.yml"
    profile.write_text("name: Riverside Therapy\nphone: '+44 20 7946 0000'\ncrisis_region: uk\n")
    settings = load_settings(env={"CLINIC_PROFILE_PATH": str(profile)})
    assert (settings.clinic_name, settings.clinic_phone, settings.crisis_region) == (
        "Riverside Therapy", "+44 20 7946 0000", "UK"
    )


def test_a_bad_port_says_which_variable_is_wrong():
    with pytest.raises(ValueError, match="ACTION_PORT"):
        load_settings(env={"ACTION_PORT": "fifty"})


def test_production_refuses_the_example_secrets_and_the_example_clinic(tmp_path):
    profile = tmp_path / "clinic.yml"
    profile.write_text("name: Riverside Therapy\nemail: hello@riverside.example\ncrisis_region: UK\n")
    ready = {
        "APP_ENV": "production",
        "THEMES_SECRET": "a-real-long-random-secret",
        "INTAKE_NOTE_KEY": Fernet.generate_key().decode(),
        "CLINIC_PROFILE_PATH": str(profile),
    }
    load_settings(env=ready).check_production_ready()
    for variable, message in [
        ("THEMES_SECRET", "THEMES_SECRET"), ("INTAKE_NOTE_KEY", "INTAKE_NOTE_KEY"),
        ("CLINIC_PROFILE_PATH", "clinic_profile.example.yml"),
    ]:
        with pytest.raises(RuntimeError, match=message):
            load_settings(env={key: value for key, value in ready.items() if key != variable}).check_production_ready()
    load_settings(env={}).check_production_ready()  # development may use the examples


def test_intake_settings_have_working_defaults_and_checked_values():
    settings = load_settings(env={})
    assert settings.intake_api_token == ""  # the intake channel is off until a token is set
    assert settings.intake_env() == {
        "INTAKE_API_TOKEN": "", "INTAKE_RATE_LIMIT_PER_MINUTE": "30", "INTAKE_MAX_BODY_BYTES": "65536",
    }
    assert settings.intake_retry_window_hours == 72
    with pytest.raises(ValueError, match="INTAKE_API_TOKEN"):
        load_settings(env={"INTAKE_API_TOKEN": "short"})
    for bad in ("not-a-key", f"{Fernet.generate_key().decode()},nope"):
        with pytest.raises(ValueError, match="INTAKE_NOTE_KEY"):
            load_settings(env={"INTAKE_NOTE_KEY": bad})
    rotated = load_settings(env={"INTAKE_NOTE_KEY": "YkCeaJWdUJD-x1zm3p4XgSIum5nhcuC1vq03SHB0aFQ=, " + "A" * 43 + "="})
    assert len(rotated.intake_note_keys) == 2
    for variable in ("INTAKE_RETRY_WINDOW_HOURS", "INTAKE_RATE_LIMIT_PER_MINUTE", "INTAKE_RETRY_FIRST_DELAY_SECONDS"):
        with pytest.raises(ValueError, match=variable):
            load_settings(env={variable: "0"})


def test_secrets_stay_out_of_the_settings_repr():
    token = "t" * 40
    assert token not in repr(load_settings(env={"INTAKE_API_TOKEN": token}))


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


def test_the_widget_is_open_only_to_the_bots_own_demo_page_by_default():
    assert load_settings(env={}).widget_allowed_origins == ("http://localhost:5005", "http://127.0.0.1:5005")
    # The demo page moves with the Rasa port.
    assert load_settings(env={"RASA_PORT": "6005"}).widget_env() == {
        "WIDGET_ALLOWED_ORIGINS": "http://localhost:6005,http://127.0.0.1:6005"
    }


def test_widget_origins_are_normalised_the_way_browsers_send_them():
    settings = load_settings(env={"WIDGET_ALLOWED_ORIGINS": " https://WWW.Clinic.example/ ,http://clinic.example:8080"})
    assert settings.widget_allowed_origins == ("https://www.clinic.example", "http://clinic.example:8080")


@pytest.mark.parametrize(
    "typo", ["*", "http://*", "clinic.example", "https://clinic.example/chat", "ftp://clinic.example", " , "]
)
def test_a_widget_origin_typo_stops_the_server_instead_of_opening_the_bot(typo):
    with pytest.raises(ValueError, match="WIDGET_ALLOWED_ORIGINS"):
        parse_origins(typo)


# --- production profile (owner: scale) ---

def test_the_production_profile_has_working_defaults_for_every_variable_it_expands():
    settings = load_settings(env={"ACTION_PORT": "6055"})
    assert settings.rasa_endpoints_path == PROJECT_ROOT / "endpoints.yml"
    assert settings.endpoints_env() == {
        "ACTION_ENDPOINT_URL": "http://localhost:6055/webhook",
        "REDIS_HOST": "127.0.0.1",
        "REDIS_PORT": "6379",
        "REDIS_PASSWORD": "",
        "REDIS_TRACKER_DB": "0",
        "REDIS_LOCK_DB": "1",
        "REDIS_KEY_PREFIX": "companion",
        # Conversations leave Redis 30 minutes after their last message.
        "TRACKER_EXPIRY_SECONDS": "1800",
    }


def test_the_production_profile_is_chosen_and_tuned_from_the_environment():
    settings = load_settings(env={"RASA_ENDPOINTS": "endpoints.production.yml", "TRACKER_EXPIRY_SECONDS": "600",
                                  "REDIS_HOST": "redis", "ACTION_ENDPOINT_URL": "http://actions:5055/webhook"})
    assert settings.rasa_endpoints_path == PROJECT_ROOT / "endpoints.production.yml"
    assert settings.tracker_expiry_seconds == 600
    assert settings.endpoints_env()["REDIS_HOST"] == "redis"
    assert settings.endpoints_env()["ACTION_ENDPOINT_URL"] == "http://actions:5055/webhook"


@pytest.mark.parametrize(
    ("name", "value"),
    [("TRACKER_EXPIRY_SECONDS", "0"), ("TRACKER_EXPIRY_SECONDS", "half an hour"), ("REDIS_PORT", "redis"),
     ("REDIS_KEY_PREFIX", "companion:prod")],
)
def test_a_bad_production_value_names_its_variable(name, value):
    # A prefix with ":" would be replaced by Rasa's default one without a word.
    with pytest.raises(ValueError, match=name):
        load_settings(env={name: value})
