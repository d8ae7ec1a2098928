"""The answer a person gets when the bot itself cannot answer (Redis, the tracker store or the model failing).

Rasa's channels log the person's words (and the handler's local variables)
when handling a message raises, and send nothing back. The channels wrap
Rasa's message handler in `answer_or_apologise` instead: the log gets the
kind of error only, and the person gets an apology with the crisis lines of
their region, because a message that could not be read may have been a cry for help.
"""
from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage

from components.crisis_lines import DEFAULT_REGION, CrisisLines, load_crisis_lines

logger = logging.getLogger(__name__)

UNAVAILABLE_REPLY = (
    "I'm sorry, something went wrong on my side and I can't answer right now. "
    "Please try again in a few minutes.\n\n"
    "If you are in danger or thinking about ending your life, please reach out now:\n{lines}"
)


TOO_FAST_REPLY = (
    "You're sending messages faster than I can read them, so I missed that last one. "
    "Please give me a few seconds and send it again; I'm still here.\n\n"
    "If you are in danger or thinking about ending your life, please reach out now:\n{lines}"
)


class Apology:
    def __init__(self, default_region: str, crisis_lines: CrisisLines | None = None) -> None:
        self._crisis_lines = crisis_lines or load_crisis_lines()
        self._default_region = default_region

    def text(self, region: Any = None) -> str:
        return UNAVAILABLE_REPLY.format(lines=self._lines(region))

    def too_fast(self, region: Any = None) -> str:
        """For a message over the rate limit: never read, so it may have been a cry for help."""
        return TOO_FAST_REPLY.format(lines=self._lines(region))

    def _lines(self, region: Any) -> str:
        found = (self._crisis_lines.find(region) or self._crisis_lines.find(self._default_region)
                 or self._crisis_lines.regions[DEFAULT_REGION])
        return found.render()

    def wrap(self, channel: str, on_new_message: Callable[[UserMessage], Awaitable[Any]]
             ) -> Callable[[UserMessage], Awaitable[Any]]:
        """`on_new_message` that never raises: on failure the person gets the apology instead."""

        async def answer_or_apologise(message: UserMessage) -> None:
            try:
                await on_new_message(message)
            except Exception as error:  # the class only: the message may quote what the person wrote
                logger.error("Could not answer a %s message (%s); sent the apology with crisis lines.",
                             channel, type(error).__name__)
                region = (message.metadata or {}).get("region")
                await message.output_channel.send_text_message(message.sender_id, self.text(region))

        return answer_or_apologise
