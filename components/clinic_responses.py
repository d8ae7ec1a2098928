"""The domain's responses, with the journey menus following the clinic profile's `journeys`.

Configured in endpoints.yml as the Rasa server's response generator (`nlg:`),
so it also works while the action server is down. Every response that offers
all three journeys (the opening, "what can you do", the fallback menus, ...)
gets its journey buttons in the profile's order:

* the opening (`utter_greet`) offers only the journeys the profile lists, so a
  clinic decides where people start;
* every other menu offers the listed journeys first and the rest after them,
  so no journey becomes unreachable.

Other buttons keep their places, and responses that are not journey menus are
left exactly as written.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from rasa.core.nlg.response import TemplatedNaturalLanguageGenerator
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.utils.endpoints import EndpointConfig

from actions.settings import get_settings
from components.rasa_speedups import install as install_rasa_speedups

# The button that opens each journey (the payloads the domain's menus use).
JOURNEY_PAYLOADS = {"/trust_general": "trust", "/needs_general": "needs", "/ending_unsure_fit": "ending"}
OPENING = "utter_greet"


def journey_buttons(buttons: Sequence[dict[str, Any]], journeys: Sequence[str], *,
                    only_listed: bool) -> list[dict[str, Any]]:
    """`buttons` with the journey buttons in `journeys` order; unlisted ones after them, or dropped."""
    def journey(button: dict[str, Any]) -> str | None:
        return JOURNEY_PAYLOADS.get(str(button.get("payload", "")).strip())

    offered = {journey(button) for button in buttons}
    if not offered.issuperset(JOURNEY_PAYLOADS.values()):
        return list(buttons)  # not a journey menu
    rank = {name: position for position, name in enumerate(journeys)}
    ordered = sorted((button for button in buttons if journey(button)),
                     key=lambda button: rank.get(journey(button), len(rank)))
    if only_listed:
        ordered = [button for button in ordered if journey(button) in rank]
    # The journey buttons take the place of the first one; the others follow as written.
    first = next(index for index, button in enumerate(buttons) if journey(button))
    others = [button for button in buttons if not journey(button)]
    return others[:first] + ordered + others[first:]


# This class is loaded from endpoints.yml only by a serving Rasa (never by
# `rasa train`): the moment to apply the serving speed fixes (issue 8).
install_rasa_speedups()


class ClinicResponses(TemplatedNaturalLanguageGenerator):
    def __init__(self, endpoint_config: EndpointConfig | None = None, domain: Domain | None = None,
                 journeys: Sequence[str] | None = None) -> None:
        super().__init__((domain or Domain.empty()).responses)
        self.journeys = tuple(journeys if journeys is not None else get_settings().clinic_journeys)

    async def generate(self, utter_action: str, tracker: DialogueStateTracker, output_channel: str,
                       **kwargs: Any) -> dict[str, Any] | None:
        response = await super().generate(utter_action, tracker, output_channel, **kwargs)
        if response and response.get("buttons"):
            response["buttons"] = journey_buttons(response["buttons"], self.journeys,
                                                  only_listed=utter_action == OPENING)
        return response
