"""What the person says in each test story (tests/test_*.yml), for tests that serve them again."""
from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def story_conversations() -> list[list[str]]:
    """Each test story's user messages, in order (journeys, the note form, rehearsals, crises, fallbacks)."""
    conversations = []
    for path in sorted(ROOT.glob("tests/test_*.yml")):
        for story in yaml.safe_load(path.read_text())["stories"]:
            texts = [str(step["user"]).strip() for step in story["steps"] if "user" in step]
            if texts:
                conversations.append(texts)
    return conversations
