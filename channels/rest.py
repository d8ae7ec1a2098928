"""Rasa's REST channel with clear 400s instead of 500s for malformed requests.

Local use and tests only (no authentication): clinics expose the intake
channel instead. Keeps the name `rest`, so theme rows and docs are unchanged.
"""
from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from rasa.core.channels.channel import UserMessage
from rasa.core.channels.rest import RestInput
from sanic import Blueprint, response
from sanic.request import Request

from actions.settings import get_settings
from channels.fallback import Apology
from channels.log_privacy import keep_typed_words_out_of_rasa_logs


def malformed_reason(body: bytes) -> str | None:
    """What is wrong with a REST request body, or None if Rasa can take it."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: JSON nested thousands deep
        return "The body must be JSON."
    if not isinstance(data, dict):
        return "The body must be a JSON object."
    if not isinstance(data.get("sender", "default"), str):
        return "'sender' must be a string."
    # A missing message would reach Rasa as None and fail inside its NLU pipeline.
    if not isinstance(data.get("message"), str):
        return "'message' must be a string."
    if not isinstance(data.get("metadata") or {}, dict):
        return "'metadata' must be a JSON object."
    return None


class SafeRestInput(RestInput):
    @classmethod
    def name(cls) -> str:
        return "rest"

    def get_metadata(self, request: Request) -> dict[str, Any] | None:
        # Only the region is passed on: it picks the crisis lines to show.
        region = (request.json.get("metadata") or {}).get("region")
        return {"region": region} if isinstance(region, str) else None

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        keep_typed_words_out_of_rasa_logs()
        apology = Apology(get_settings().crisis_region)
        rest_blueprint = super().blueprint(apology.wrap(self.name(), on_new_message))
        @rest_blueprint.on_request
        async def refuse_malformed(request: Request):
            if request.method == "POST" and request.path.endswith("/webhook"):
                reason = malformed_reason(request.body)
                if reason:
                    return response.json({"error": "bad_request", "message": reason}, status=400)
            return None

        return rest_blueprint
