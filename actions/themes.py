"""Theme codes from ../shared/THEMES.md and the one map from intent to theme.

Intents are named after their theme (`trust.judgment` -> `trust_judgment`)
wherever that reads naturally; the few meta intents that keep a conversational
name are listed explicitly. Intents missing here (greet, thanks, affirm, ...)
record nothing.
"""
from __future__ import annotations

THEME_CODES = (
    "trust.general",
    "trust.judgment",
    "trust.confidentiality",
    "trust.trauma",
    "trust.vulnerability",
    "trust.skepticism",
    "trust.likability",
    "trust.alliance",
    "needs.general",
    "needs.identity",
    "needs.approach",
    "needs.pace",
    "needs.logistics",
    "needs.feedback",
    "needs.rupture",
    "needs.first_session",
    "ending.unsure_fit",
    "ending.red_flags",
    "ending.discomfort",
    "ending.how_to_end",
    "ending.ghosting",
    "ending.referral",
    "ending.after",
    "safety.crisis",
    "meta.privacy",
    "meta.forget",
    "meta.handoff",
    "meta.grounding",
    "meta.out_of_scope",
)

CRISIS_THEME = "safety.crisis"

_META_INTENTS = {
    "crisis": CRISIS_THEME,
    "ask_privacy": "meta.privacy",
    "forget_me": "meta.forget",
    "handoff": "meta.handoff",
    "grounding": "meta.grounding",
    "out_of_scope": "meta.out_of_scope",
}

INTENT_TO_THEME = {
    **{code.replace(".", "_"): code for code in THEME_CODES if code.split(".")[0] in ("trust", "needs", "ending")},
    **_META_INTENTS,
}


def theme_for_intent(intent: str | None) -> str | None:
    return INTENT_TO_THEME.get(intent or "")


def area_of(theme: str) -> str:
    return theme.split(".", 1)[0]
