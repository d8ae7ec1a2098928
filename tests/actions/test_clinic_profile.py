"""The clinic profile: the example works as shipped, and every mistake names its field."""
from __future__ import annotations

import textwrap

import pytest

from actions.clinic_profile import ClinicProfileError, load_clinic_profile
from actions.settings import EXAMPLE_CLINIC_PROFILE, load_settings

SECRET = "s" * 40

GOOD = """\
name: Riverside Therapy
booking_url: https://riverside.example/book
phone: "+44 20 7946 0000"
contact_hours: weekdays 9-5
email: hello@riverside.example
crisis_region: UK
journeys: [needs, trust]
intake:
  delivery_url: https://intake.riverside.example/notes
  signing_secret: ${RIVERSIDE_SECRET}
"""


def write(tmp_path, text: str):
    path = tmp_path / "profile.yml"
    path.write_text(textwrap.dedent(text))
    return path


def load(path, env=None, allow_http_loopback=False):
    return load_clinic_profile(path, {"RIVERSIDE_SECRET": SECRET, **(env or {})},
                               allow_http_loopback=allow_http_loopback)


def test_a_complete_profile_gives_every_clinic_field(tmp_path):
    profile = load(write(tmp_path, GOOD))
    assert (profile.name, profile.booking_url, profile.phone, profile.contact_hours, profile.email) == (
        "Riverside Therapy", "https://riverside.example/book", "+44 20 7946 0000", "weekdays 9-5",
        "hello@riverside.example",
    )
    assert profile.crisis_region == "UK"
    assert profile.journeys == ("needs", "trust")
    assert profile.intake_delivery_url == "https://intake.riverside.example/notes"
    assert profile.intake_signing_secret == SECRET


def test_the_shipped_example_loads_with_note_delivery_off():
    settings = load_settings(env={})
    assert settings.clinic_profile_path == EXAMPLE_CLINIC_PROFILE
    assert settings.clinic_name == "Demo Clinic"
    assert settings.crisis_region == "US"
    assert settings.clinic_journeys == ("trust", "needs", "ending")
    assert not settings.intake_delivery_enabled


def test_the_example_takes_the_intake_values_from_the_environment():
    settings = load_settings(env={
        "INTAKE_DELIVERY_URL": "https://intake.example.org/notes", "INTAKE_SIGNING_SECRET": SECRET,
    })
    assert settings.intake_delivery_url == "https://intake.example.org/notes"
    assert settings.intake_signing_secret == SECRET


def test_intake_fields_left_out_of_the_profile_come_from_the_environment(tmp_path):
    path = write(tmp_path, GOOD.split("intake:")[0])
    assert load(path).intake_delivery_url == ""
    profile = load(path, {"INTAKE_DELIVERY_URL": "https://in.example/n", "INTAKE_SIGNING_SECRET": SECRET})
    assert (profile.intake_delivery_url, profile.intake_signing_secret) == ("https://in.example/n", SECRET)


def test_a_region_alias_is_resolved_to_its_region(tmp_path):
    assert load(write(tmp_path, GOOD.replace("crisis_region: UK", "crisis_region: gb"))).crisis_region == "UK"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (("name: Riverside Therapy", "name: ''"), "name"),
        (("booking_url: https://riverside.example/book", "booking_url: riverside.example/book"), "booking_url"),
        (("booking_url: https://riverside.example/book", "booking_url: http://riverside.example/book"), "booking_url"),
        (('phone: "+44 20 7946 0000"', "phone: 442079460000"), "phone"),
        (('phone: "+44 20 7946 0000"', "phone: call us"), "phone"),
        (("email: hello@riverside.example", "email: hello at riverside"), "email"),
        (("crisis_region: UK", "crisis_region: Narnia"), "crisis_region"),
        (("crisis_region: UK", "crisis_region: ''"), "crisis_region"),
        (("journeys: [needs, trust]", "journeys: [needs, grief]"), "journeys"),
        (("journeys: [needs, trust]", "journeys: [needs, needs]"), "journeys"),
        (("journeys: [needs, trust]", "journeys: []"), "journeys"),
        (("journeys: [needs, trust]", "jouneys: [needs, trust]"), "jouneys"),
        (("https://intake.riverside.example/notes", "ftp://intake.riverside.example/notes"), "intake.delivery_url"),
        (("https://intake.riverside.example/notes", "https://user:pw@intake.example/notes"), "intake.delivery_url"),
        (("https://intake.riverside.example/notes", "http://intake.riverside.example/notes"), "intake.delivery_url"),
        (("${RIVERSIDE_SECRET}", "too-short"), "intake.signing_secret"),
        (("${RIVERSIDE_SECRET}", "${NOT_SET_ANYWHERE}"), "intake.signing_secret"),
        (("  signing_secret:", "  signing_secert:"), "intake.signing_secert"),
    ],
)
def test_a_bad_value_stops_start_up_with_an_error_naming_the_field(tmp_path, change, field):
    old, new = change
    assert old in GOOD
    with pytest.raises(ClinicProfileError, match=rf"profile\.yml: {field}\b"):
        load(write(tmp_path, GOOD.replace(old, new)))


def test_a_profile_without_any_way_to_reach_the_clinic_is_refused(tmp_path):
    text = "\n".join(line for line in GOOD.splitlines() if not line.startswith(("booking_url", "phone", "email")))
    with pytest.raises(ClinicProfileError, match="at least one of booking_url, phone or email"):
        load(write(tmp_path, text))


def test_an_unset_variable_is_named_in_the_error(tmp_path):
    with pytest.raises(ClinicProfileError, match=r"\$\{CLINIC_PHONE_NUMBER\}, which is not set"):
        load(write(tmp_path, GOOD.replace('"+44 20 7946 0000"', "${CLINIC_PHONE_NUMBER}")))
    profile = load(write(tmp_path, GOOD.replace('"+44 20 7946 0000"', "${CLINIC_PHONE_NUMBER}")),
                   {"CLINIC_PHONE_NUMBER": "+44 20 7946 0001"})
    assert profile.phone == "+44 20 7946 0001"


def test_a_field_written_twice_is_refused_rather_than_silently_overwritten(tmp_path):
    with pytest.raises(ClinicProfileError, match="'phone' is written twice"):
        load(write(tmp_path, GOOD + 'phone: "+1 555 0100"\n'))


def test_a_missing_profile_names_the_setting(tmp_path):
    with pytest.raises(ClinicProfileError, match="CLINIC_PROFILE_PATH"):
        load(tmp_path / "nowhere.yml")


def test_plain_http_delivery_is_only_for_this_machine_in_development(tmp_path):
    local = write(tmp_path, GOOD.replace("https://intake.riverside.example/notes", "http://127.0.0.1:8099/notes"))
    assert load(local, allow_http_loopback=True).intake_delivery_url == "http://127.0.0.1:8099/notes"
    with pytest.raises(ClinicProfileError, match="intake.delivery_url: plain http is only allowed"):
        load(local, allow_http_loopback=False)
    remote = write(tmp_path, GOOD.replace("https://intake.riverside.example/notes", "http://10.0.0.5/notes"))
    with pytest.raises(ClinicProfileError, match="intake.delivery_url"):
        load(remote, allow_http_loopback=True)
