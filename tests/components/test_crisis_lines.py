from __future__ import annotations

import textwrap

import pytest
import yaml

from actions.settings import PROJECT_ROOT
from components.crisis_lines import CRISIS_LINES_PATH, CrisisLinesError, load_crisis_lines

VALID_US = """
  US:
    name: United States
    crisis_lines:
      - name: 988 Suicide & Crisis Lifeline
        contact: call or text 988
    emergency:
      - name: Emergency services
        contact: call 911
"""


def write(tmp_path, body: str):
    path = tmp_path / "crisis_lines.yml"
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return path


def test_the_domain_fallback_text_is_exactly_the_us_lines():
    # Shown when a button press is the first message of a conversation, before
    # the detector has filled the slot: it must never drift from the data file.
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    initial = domain["slots"]["crisis_lines"]["initial_value"]
    assert initial == load_crisis_lines().find("US").render()


@pytest.mark.parametrize(
    "code, numbers",
    [
        ("US", ["call or text 988", "text HOME to 741741", "call 911"]),
        ("UK", ["116 123", "text SHOUT to 85258", "call 111", "call 999"]),
        ("IE", ["116 123", "50808", "112 or 999"]),
        ("CA", ["call or text 988", "call 911"]),
        ("AU", ["13 11 14", "0477 13 11 14", "call 000"]),
        ("NZ", ["call or text 1737", "0800 543 354", "call 111"]),
        ("INTL", ["findahelpline.com", "local emergency number"]),
    ],
)
def test_every_region_shows_its_crisis_lines_before_its_emergency_number(code, numbers):
    region = load_crisis_lines().find(code)
    text = region.render()
    lines = text.split("\n")
    assert len(lines) == len(region.crisis_lines) + len(region.emergency)
    for number in numbers:
        assert number in text
    # The emergency entry comes last, after every crisis line.
    assert lines[-1].startswith("Emergency services:")
    assert all(line.split(": ", 1)[1] for line in lines)


def test_regions_are_found_by_code_or_alias_in_any_case():
    lines = load_crisis_lines()
    assert lines.find(" uk ").code == "UK"
    assert lines.find("gb").code == "UK"
    assert lines.find("Narnia") is None
    assert lines.find(None) is None
    assert lines.find(7) is None


def test_the_shipped_file_is_the_one_next_to_the_module():
    assert CRISIS_LINES_PATH == PROJECT_ROOT / "components" / "crisis_lines.yml"


def test_a_minimal_valid_file_loads(tmp_path):
    lines = load_crisis_lines(write(tmp_path, "regions:" + VALID_US))
    assert lines.find("US").render() == "988 Suicide & Crisis Lifeline: call or text 988\nEmergency services: call 911"


@pytest.mark.parametrize(
    "body, complaint",
    [
        ("regions:\n  UK:\n    name: UK\n    crisis_lines: [{name: Samaritans, contact: call 116 123}]\n"
         "    emergency: [{name: Emergency, contact: call 999}]\n", "default region US is missing"),
        ("regions:" + VALID_US.replace("    name: United States\n", ""), "needs a name"),
        ("regions:" + VALID_US.replace("    name: United States\n", "    name: '  '\n"), "needs a name"),
        ("regions:" + VALID_US.replace(
            "    crisis_lines:\n      - name: 988 Suicide & Crisis Lifeline\n        contact: call or text 988\n",
            "    crisis_lines: []\n"), "crisis_lines: needs at least one entry"),
        ("regions:" + VALID_US.replace(
            "    emergency:\n      - name: Emergency services\n        contact: call 911\n", ""),
         "emergency: needs at least one entry"),
        ("regions:" + VALID_US.replace("contact: call 911", "contact: 911"), "contact must be one non-empty line"),
        ("regions:" + VALID_US.replace("contact: call 911", "number: call 911"), "needs exactly 'name' and 'contact'"),
        ("regions:" + VALID_US.replace("    name: United States\n", "    name: United States\n    hours: 24/7\n"),
         "unknown keys"),
        ("regions:" + VALID_US + VALID_US, "duplicate key 'US'"),
        ("regions:" + VALID_US + VALID_US.replace("US:", "us:"), "2 to 4 capital letters"),
        ("regions:" + VALID_US.replace("    name: United States\n", "    name: United States\n    aliases: [US]\n"),
         "already a region code or alias"),
        ("regions:" + VALID_US.replace("    name: United States\n", "    name: United States\n    aliases: USA\n"),
         "aliases must be a list"),
        ("regions: {}\n", "non-empty mapping"),
        ("- just a list\n", "one key, 'regions'"),
        ("regions:" + VALID_US + "version: 2\n", "one key, 'regions'"),
        ("regions: [unclosed\n", "cannot read"),
    ],
)
def test_a_bad_file_stops_the_server_with_a_clear_reason(tmp_path, body, complaint):
    with pytest.raises(CrisisLinesError, match=complaint):
        load_crisis_lines(write(tmp_path, body))


def test_a_missing_file_stops_the_server(tmp_path):
    with pytest.raises(CrisisLinesError, match="cannot read"):
        load_crisis_lines(tmp_path / "nowhere.yml")
