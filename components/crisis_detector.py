"""The crisis safety net, run by the Rasa server on every parsed message.

It sits after the ML intent classifier (components/intent_classifier.py) and
before FallbackClassifier (config.yml). Either one firing is a crisis, the
detector first:

* When a curated crisis pattern matches (components/crisis_patterns.py), the
  intent becomes `crisis` with confidence 1.0 and is the only entry of
  `intent_ranking`. Keeping the ML classifier's other intents in the ranking
  would let FallbackClassifier's ambiguity check (top two within 0.05) demote
  the crisis to nlu_fallback. The ML prediction stays readable in the
  `crisis_detection` property of the parse data.
* When no pattern counts but the ML classifier's top intent is `crisis`:
    - if the detector saw crisis words and explicitly excused them (an idiom,
      a negation, a calm account of the past, a one-off thought turned down),
      the guess is dropped whatever its confidence: the ML classifier cannot
      read "I'm not suicidal" or "my mum will murder me" as anything but the
      words, the patterns were written to;
    - from `ml_crisis_min_confidence` it is a crisis, as above but with the ML
      confidence;
    - from `ml_crisis_check_min_confidence` up to that, it becomes
      `crisis_check`, alone in the ranking for the same reason as a crisis:
      the bot shows the lines and asks whether the person is safe instead of
      giving the full crisis reply to a guess this unsure;
    - below both floors it is dropped.
  A dropped guess leaves the ranking and the next intent takes its place
  (FallbackClassifier may still find that too unsure). Why is recorded in
  `crisis_detection["ml_crisis_dropped"]`, and which tier an ML guess reached
  in `crisis_detection["ml_crisis_tier"]`. Both floors were chosen by
  measurement on the corpus (scripts/evaluate_safety.py prints the sweeps;
  README, "Crisis safety net").
* Every message gets the entity `crisis_lines`: the crisis lines of the
  conversation's region, ready to show, so the `crisis_lines` slot is always
  filled and `utter_crisis` works without the action server.

The region is the `region` key of the message metadata when the channel sends
a known one (Rasa's NLUMessageConverter copies UserMessage.metadata into the
message's "metadata" property), otherwise CRISIS_REGION from the settings.

Nothing the person typed is logged or kept here: only the names of the
patterns involved.
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
from components.crisis_patterns import check_crisis

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
# Set only here, never learnt: the ML classifier skips it (components/intent_classifier.py).
CRISIS_CHECK_INTENT = "crisis_check"
DETECTOR_ONLY_INTENTS = frozenset({CRISIS_CHECK_INTENT})
CRISIS_LINES_ENTITY = "crisis_lines"
DETECTION_PROPERTY = "crisis_detection"
REGION_METADATA_KEY = "region"
# Why an ML `crisis` guess was dropped (crisis_detection["ml_crisis_dropped"]).
EXCUSED_BY_DETECTOR = "excused_by_detector"
BELOW_CONFIDENCE = "below_confidence"
# How far an ML `crisis` guess got (crisis_detection["ml_crisis_tier"]).
TIER_CRISIS = "crisis"
TIER_CHECK = "check"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class CrisisDetector(GraphComponent, IntentClassifier):
    """Forces `crisis` (or, for an unsure ML guess, `crisis_check`) and attaches the crisis lines to every message."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> CrisisDetector:
        config = {**cls.get_default_config(), **config}
        return cls(
            settings=get_settings(),
            crisis_lines=load_crisis_lines(),
            ml_crisis_min_confidence=config["ml_crisis_min_confidence"],
            ml_crisis_check_min_confidence=config["ml_crisis_check_min_confidence"],
        )

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        # Chosen on the corpus: see README, "Crisis safety net". Setting the
        # check-in floor equal to the crisis floor turns the check-in off.
        return {"ml_crisis_min_confidence": 0.9, "ml_crisis_check_min_confidence": 0.75}

    def __init__(self, settings: Settings, crisis_lines: CrisisLines, ml_crisis_min_confidence: float = 0.9,
                 ml_crisis_check_min_confidence: float = 0.75) -> None:
        default_region = crisis_lines.find(settings.crisis_region)
        if default_region is None:
            # A typo here would silently show another country's numbers.
            raise ValueError(
                f"CRISIS_REGION={settings.crisis_region!r} is not in components/crisis_lines.yml; "
                f"use one of {sorted(crisis_lines.regions)}"
            )
        if ml_crisis_check_min_confidence > ml_crisis_min_confidence:
            # Swapped floors would silently turn every unsure guess into nothing at all.
            raise ValueError(
                f"ml_crisis_check_min_confidence ({ml_crisis_check_min_confidence}) must not be above "
                f"ml_crisis_min_confidence ({ml_crisis_min_confidence})"
            )
        self._ml_crisis_min_confidence = ml_crisis_min_confidence
        self._ml_crisis_check_min_confidence = ml_crisis_check_min_confidence
        self._crisis_lines = crisis_lines
        self._default_region = default_region
        self._rendered = {code: region.render() for code, region in crisis_lines.regions.items()}

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            self._process_message(message)
        return messages

    def _process_message(self, message: Message) -> None:
        ml_intent = dict(message.get(INTENT) or {})
        check = check_crisis(message.get(TEXT) or "")
        match = check.match
        region = self._region_for(message)
        dropped = tier = None

        if match is not None:
            logger.debug("Crisis pattern matched: %s / %s", match.category, match.pattern)
            self._force_intent(message, CRISIS_INTENT, 1.0)
        elif ml_intent.get(INTENT_NAME_KEY) == CRISIS_INTENT:
            confidence = ml_intent.get(PREDICTED_CONFIDENCE_KEY) or 0.0
            if check.excused is not None:
                dropped = EXCUSED_BY_DETECTOR
            elif confidence >= self._ml_crisis_min_confidence:
                tier = TIER_CRISIS
            elif confidence >= self._ml_crisis_check_min_confidence:
                tier = TIER_CHECK
                # Alone in the ranking, as a crisis is: FallbackClassifier's ambiguity
                # check must not turn a possible crisis into "could you rephrase?".
                self._force_intent(message, CRISIS_CHECK_INTENT, confidence)
            else:
                dropped = BELOW_CONFIDENCE
            if dropped is not None:
                logger.debug("ML crisis guess dropped: %s", dropped)
                self._drop_crisis_guess(message)
            else:
                logger.debug("ML crisis guess counts: tier %s", tier)

        excused = check.excused if match is None else None
        message.set(
            DETECTION_PROPERTY,
            {
                "matched": match is not None,
                "category": match.category if match else None,
                "pattern": match.pattern if match else None,
                "excused": (
                    {"category": excused.category, "pattern": excused.pattern, "reason": excused.reason}
                    if excused else None
                ),
                "ml_crisis_dropped": dropped,
                "ml_crisis_tier": tier,
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

    @staticmethod
    def _force_intent(message: Message, intent: str, confidence: float) -> None:
        forced = {INTENT_NAME_KEY: intent, PREDICTED_CONFIDENCE_KEY: confidence}
        message.set(INTENT, forced, add_to_output=True)
        message.set(INTENT_RANKING_KEY, [dict(forced)], add_to_output=True)

    @staticmethod
    def _drop_crisis_guess(message: Message) -> None:
        """The ML ranking without `crisis`, its next intent in its place."""
        ranking = [dict(i) for i in message.get(INTENT_RANKING_KEY) or [] if i.get(INTENT_NAME_KEY) != CRISIS_INTENT]
        # An empty ranking leaves FallbackClassifier an intent of confidence 0: nlu_fallback.
        message.set(INTENT, dict(ranking[0]) if ranking else {INTENT_NAME_KEY: None, PREDICTED_CONFIDENCE_KEY: 0.0},
                    add_to_output=True)
        message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)

    def _region_for(self, message: Message) -> Region:
        metadata: Any | None = message.get(METADATA)
        if isinstance(metadata, dict):
            region = self._crisis_lines.find(metadata.get(REGION_METADATA_KEY))
            if region is not None:
                return region
        return self._default_region
