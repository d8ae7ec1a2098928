"""Keep what people type out of Rasa's own log lines.

Rasa reads a message starting with "/" as intent syntax (how buttons speak).
When a person types something like "/ I can't do this", Rasa logs the whole
text: at WARNING as `message.parsing.failed` with `user_text`, and as a
UserWarning "Failed to parse arguments in line '...'" on stderr. The channels
install these filters when they start, so the line stays but the words go.
"""
from __future__ import annotations

import logging
import warnings

# The logger Rasa's structlog writes message.parsing.failed to.
INTENT_SYNTAX_LOGGER = "rasa.shared.core.training_data.story_reader.yaml_story_reader"
REDACTED_PARSING_FAILED = '{"event": "message.parsing.failed", "level": "warning", "user_text": "[not logged]"}'


class _WithoutTypedText(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if "message.parsing.failed" in str(record.msg):
            record.msg, record.args = REDACTED_PARSING_FAILED, None
        return True


_filter = _WithoutTypedText()


def keep_typed_words_out_of_rasa_logs() -> None:
    """Idempotent: every channel calls it when its blueprint is built."""
    logger = logging.getLogger(INTENT_SYNTAX_LOGGER)
    if _filter not in logger.filters:
        logger.addFilter(_filter)
    # Repeats the typed line word for word; it tells a developer nothing the intent log does not.
    warnings.filterwarnings("ignore", message="Failed to parse arguments in line", category=UserWarning)
