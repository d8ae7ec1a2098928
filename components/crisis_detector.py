"""The crisis safety net, run by the Rasa server on every parsed message.

It sits after DIETClassifier and before FallbackClassifier (config.yml):

* When a curated crisis pattern matches (components/crisis_patterns.py), the
  intent becomes `crisis` with confidence 1.0 and is the only entry of
  `intent_ranking`. Keeping DIET's other intents in the ranking would let
  FallbackClassifier's ambiguity check (top two within 0.05) demote the
  crisis to nlu_fallback. DIET's own prediction stays readable in the
  `crisis_detection` property of the parse data.
* When nothing matches, DIET's prediction is left exactly as it was, so a
  message DIET alone recognises as `crisis` is still a crisis, unless
  FallbackClassifier finds DIET unsure (config.yml: below 0.3, or within 0.05
  of the runner-up) and turns it into nlu_fallback.

  Forcing every DIET `crisis` guess to 1.0 (like a pattern match) so that the
  fallback could never demote it was measured and rejected (safety-tuning,
  with this config and DIET trained with data/nlu/hard_negatives.yml): forcing
  from confidence 0.3 caught no extra crisis, neither on the corpus (691
  crisis / 603 calm: recall 100 % either way, false alarms 17.2 % -> 17.7 %)
  nor on 244 + 244 fresh messages the patterns had never seen (recall 76.2 %
  either way, false alarms 23.0 % -> 23.8 %); forcing from 0.1 caught 2 more
  of the 244 fresh crises for 9 more false alarms. DIET is rarely unsure about
  `crisis`; when it is wrong it is wrong with confidence, which no floor here
  can fix.
* Every message gets the entity `crisis_lines`: the crisis lines of the
  conversation's region, ready to show, so the `crisis_lines` slot is always
  filled and `utter_crisis` works without the action server.

The region is the `region` key of the message metadata when the channel sends
a known one (Rasa's NLUMessageConverter copies UserMessage.metadata into the
message's "metadata" property), otherwise CRISIS_REGION from the settings.

Nothing the person typed is logged or kept here: only the name of the pattern
that matched.
"""
from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    INTENT,
    INTENT_NAME_KEY,
    INTENT_RANKING_KEY,
    METADATA,
    PREDICTED_CONFIDENCE_KEY,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message

from actions.settings import Settings, get_settings
from components.crisis_lines import CrisisLines, Region, load_crisis_lines
from components.crisis_patterns import detect_crisis

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
CRISIS_LINES_ENTITY = "crisis_lines"
DETECTION_PROPERTY = "crisis_detection"
REGION_METADATA_KEY = "region"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisDetector(GraphComponent, IntentClassifier):
    """Forces the `crisis` intent on crisis messages and attaches the crisis lines to every message."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisDetector:
        return cls(settings=get_settings(), crisis_lines=load_crisis_lines())

    def __init__(self, settings: Settings, crisis_lines: CrisisLines) -> None:
        default_region = crisis_lines.find(settings.crisis_region)
        if default_region is None:
            # A typo here would silently show another country's numbers.
            raise ValueError(
                f"CRISIS_REGION={settings.crisis_region!r} is not in components/crisis_lines.yml; "
                f"use one of {sorted(crisis_lines.regions)}"
            )
        self._crisis_lines = crisis_lines
        self._default_region = default_region
        self._rendered = {code: region.render() for code, region in crisis_lines.regions.items()}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_message(message)
        return messages

    def _process_message(self, message: Message) -> None:
        ml_intent = dict(message.get(INTENT) or {})
        match = detect_crisis(message.get(TEXT) or "")
        region = self._region_for(message)

        if match is not None:
            logger.debug("Crisis pattern matched: %s / %s", match.category, match.pattern)
            crisis = {INTENT_NAME_KEY: CRISIS_INTENT, PREDICTED_CONFIDENCE_KEY: 1.0}
            message.set(INTENT, crisis, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [dict(crisis)], add_to_output=True)

        message.set(
            DETECTION_PROPERTY,
            {
                "matched": match is not None,
                "category": match.category if match else None,
                "pattern": match.pattern if match else None,
                "ml_intent": {
                    INTENT_NAME_KEY: ml_intent.get(INTENT_NAME_KEY),
                    PREDICTED_CONFIDENCE_KEY: ml_intent.get(PREDICTED_CONFIDENCE_KEY),
                },
                "region": region.code,
            },
            add_to_output=True,
        )
        # No start/end: the value is not a span of the text (Rasa accepts
        # such entities, e.g. when writing stories it skips annotating them).
        crisis_lines = {
            ENTITY_ATTRIBUTE_TYPE: CRISIS_LINES_ENTITY,
            ENTITY_ATTRIBUTE_VALUE: self._rendered[region.code],
            EXTRACTOR: self.__class__.__name__,
        }
        entities = [e for e in message.get(ENTITIES) or [] if e.get(ENTITY_ATTRIBUTE_TYPE) != CRISIS_LINES_ENTITY]
        message.set(ENTITIES, entities + [crisis_lines], add_to_output=True)

    def _region_for(self, message: Message) -> Region:
        metadata: Any | None = message.get(METADATA)
        if isinstance(metadata, dict):
            region = self._crisis_lines.find(metadata.get(REGION_METADATA_KEY))
            if region is not None:
                return region
        return self._default_region
