"""The crisis lines directory: loaded and validated once, when the Rasa server starts.

The data lives in `crisis_lines.yml` next to this module. A mistake in that
file must stop the server rather than show someone in crisis a broken or
missing number, so every problem raises `CrisisLinesError` with the place it
was found.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

CRISIS_LINES_PATH = Path(__file__).with_name("crisis_lines.yml")

# The last resort when neither the channel nor the deployment names a region.
DEFAULT_REGION = "US"

_REGION_CODE = re.compile(r"^[A-Z]{2,4}$")
_REGION_KEYS = {"name", "aliases", "crisis_lines", "emergency"}
_CONTACT_KEYS = {"name", "contact"}


class CrisisLinesError(ValueError):
    """The crisis lines file is missing, malformed or incomplete."""


@dataclass(frozen=True)
class Contact:
    name: str
    contact: str

    def render(self) -> str:
        return f"{self.name}: {self.contact}"


@dataclass(frozen=True)
class Region:
    code: str
    name: str
    crisis_lines: tuple[Contact, ...]
    emergency: tuple[Contact, ...]

    def render(self) -> str:
        """The block shown to the person: crisis lines first, then emergency, one per line."""
        return "\n".join(entry.render() for entry in self.crisis_lines + self.emergency)


@dataclass(frozen=True)
class CrisisLines:
    regions: Mapping[str, Region]
    aliases: Mapping[str, str]

    def find(self, code: Any) -> Region | None:
        """The region for a code or alias in any letter case, or None if unknown."""
        if not isinstance(code, str):
            return None
        key = code.strip().upper()
        return self.regions.get(self.aliases.get(key, key))


class _UniqueKeyLoader(yaml.SafeLoader):
    """A SafeLoader that refuses duplicate keys instead of keeping the last one."""


def _construct_unique_mapping(loader: _UniqueKeyLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise CrisisLinesError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_unique_mapping)


def load_crisis_lines(path: Path = CRISIS_LINES_PATH) -> CrisisLines:
    """Read and validate the crisis lines file; raise CrisisLinesError on any problem."""
    try:
        raw = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)
    except (OSError, yaml.YAMLError, CrisisLinesError) as error:
        raise CrisisLinesError(f"{path}: cannot read the crisis lines: {error}") from error
    return parse_crisis_lines(raw, source=str(path))


def parse_crisis_lines(raw: Any, source: str = "crisis lines") -> CrisisLines:
    if not isinstance(raw, dict) or set(raw) != {"regions"}:
        raise CrisisLinesError(f"{source}: expected a mapping with one key, 'regions'")
    entries = raw["regions"]
    if not isinstance(entries, dict) or not entries:
        raise CrisisLinesError(f"{source}: 'regions' must be a non-empty mapping")

    regions: dict[str, Region] = {}
    aliases: dict[str, str] = {}
    for code, entry in entries.items():
        where = f"{source}: region {code!r}"
        if not isinstance(code, str) or not _REGION_CODE.match(code):
            raise CrisisLinesError(f"{where}: codes are 2 to 4 capital letters")
        regions[code] = _parse_region(code, entry, where)
        for alias in _parse_aliases(entry.get("aliases", []), where):
            if alias in entries or alias in aliases:
                raise CrisisLinesError(f"{where}: alias {alias!r} is already a region code or alias")
            aliases[alias] = code

    if DEFAULT_REGION not in regions:
        raise CrisisLinesError(f"{source}: the default region {DEFAULT_REGION} is missing")
    return CrisisLines(regions=regions, aliases=aliases)


def _parse_region(code: str, entry: Any, where: str) -> Region:
    if not isinstance(entry, dict):
        raise CrisisLinesError(f"{where}: expected a mapping")
    unknown = set(entry) - _REGION_KEYS
    if unknown:
        raise CrisisLinesError(f"{where}: unknown keys {sorted(unknown)}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise CrisisLinesError(f"{where}: needs a name")
    return Region(
        code=code,
        name=name.strip(),
        crisis_lines=_parse_contacts(entry.get("crisis_lines"), f"{where} crisis_lines"),
        emergency=_parse_contacts(entry.get("emergency"), f"{where} emergency"),
    )


def _parse_aliases(raw: Any, where: str) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(a, str) and _REGION_CODE.match(a) for a in raw):
        raise CrisisLinesError(f"{where}: aliases must be a list of 2 to 4 capital letters")
    return tuple(raw)


def _parse_contacts(raw: Any, where: str) -> tuple[Contact, ...]:
    if not isinstance(raw, list) or not raw:
        raise CrisisLinesError(f"{where}: needs at least one entry")
    contacts = []
    for index, item in enumerate(raw, start=1):
        if not isinstance(item, dict) or set(item) != _CONTACT_KEYS:
            raise CrisisLinesError(f"{where} #{index}: needs exactly 'name' and 'contact'")
        for key in ("name", "contact"):
            value = item[key]
            # One entry renders as one line, so a line break would split it.
            if not isinstance(value, str) or not value.strip() or "\n" in value.strip():
                raise CrisisLinesError(f"{where} #{index}: {key} must be one non-empty line of text")
        contacts.append(Contact(name=item["name"].strip(), contact=item["contact"].strip()))
    return tuple(contacts)
