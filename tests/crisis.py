"""What the crisis detector's shape tests (tests/components/test_crisis_*.py) ask of a message."""
from __future__ import annotations

from components.crisis_patterns import detect_crisis


def fires(text: str) -> bool:
    """Whether the detector counts a crisis in `text` (a match that no excuse took away)."""
    return detect_crisis(text) is not None
