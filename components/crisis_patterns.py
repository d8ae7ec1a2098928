"""Curated crisis patterns and the rules that decide when a match counts.

Every pattern has a category and a name, so each detection can be explained
("self_harm / cut_self"). Patterns run on the canonical text from
crisis_text.normalise (lowercase, "i'm", "don't", "want to", "mum", single
spaces, " . " between sentences and " , " for commas).

A match does not count when:
  * its `unless` regex finds an idiom or a non-risk reading in the same
    sentence ("cut myself off", "hurt myself at the gym");
  * it is negated: "not", "never", "don't"... shortly before it, with only
    words like "want to", "think", "really" in between ("i'm not suicidal",
    "i would never kill myself"; but "i'm not ok i want to die" counts);
  * it is a calm account of the past: the message places events years back
    ("years ago", "as a teen", "used to") with no sign of anything recent
    ("again", "last night", "lately", "still want"...) and the match's own clause
    says nothing in the present ("i want", "i'm", "keep"...);
  * its sentence disclaims the crisis reading at or after it ("not in a
    wanting to die way", "i don't mean it in a suicidal sense");
  * it quotes a screening questionnaire's item in its own clause and the
    message answers no ("the phq 9 asks if you'd be better off dead, i ticked
    never"), with nothing saying the answer was not the whole truth;
  * it is only a goodbye, last message or farewell letter, its sentence
    addresses a therapist or the end of therapy ("goodbye letter to my
    therapist for our last session"), and nothing in the message is final
    ("i won't be here", "forgive me", "tell my family").

When in doubt a pattern fires: a false alarm shows crisis lines to someone
who did not need them, a miss leaves someone in danger without them.

Cost: a fraction of a millisecond per message, and bounded for very long
ones. A pattern's regex runs only on a text that shows its clue (words any
match must contain, read off the regex by regex_clues); on a text longer than
SCAN_WHOLE_UP_TO only around the sentences that show it; and a long message is
read in pieces of PIECE_CHARS, at most MAX_PIECES_CHECKED of them.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from components.crisis_text import Speller, english_vocabulary, normalise
from components.regex_clues import EVERYTHING, Clue, clue_of, seen_in

SUICIDAL_IDEATION = "suicidal_ideation"
PLAN_OR_MEANS = "plan_or_means"
GOODBYE = "goodbye_message"
SELF_HARM = "self_harm"
OVERDOSE = "overdose"
DANGER_FROM_OTHERS = "danger_from_others"
HARM_TO_OTHERS = "harm_to_others"
MEDICAL_EMERGENCY = "medical_emergency"
CRISIS_LINE_REQUEST = "crisis_line_request"
SOMEONE_ELSE_AT_RISK = "someone_else_at_risk"
NOT_IN_ENGLISH = "not_in_english"


@dataclass(frozen=True)
class CrisisPattern:
    category: str
    name: str
    regex: re.Pattern[str]
    unless: re.Pattern[str] | None = None
    # Strings one of which every match contains, read off `regex` (see
    # regex_clues): a text showing none of them is not run through `regex`.
    clue: Clue = field(default=EVERYTHING, compare=False)
    clue_keys: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "clue_keys", self.clue.keys)  # read for every pattern on every message


@dataclass(frozen=True)
class CrisisMatch:
    category: str
    pattern: str


# Why a pattern that matched did not count (see _Context.excuse).
IDIOM = "idiom"
NEGATED = "negated"
CALM_PAST = "calm_past"
RESOLVED = "resolved"
NOT_ABOUT_ME = "not_about_me"
DISCLAIMED = "disclaimed"
ENDING_THERAPY = "ending_therapy"


@dataclass(frozen=True)
class Excused:
    """A crisis pattern that matched but did not count, and why."""

    category: str
    pattern: str
    reason: str


@dataclass(frozen=True)
class CrisisCheck:
    """What the detector saw in a message: the first counted match, else the first excused one."""

    match: CrisisMatch | None
    excused: Excused | None


def _p(category: str, name: str, regex: str, unless: str | None = None) -> CrisisPattern:
    compiled = re.compile(regex)
    return CrisisPattern(category, name, compiled, re.compile(unless) if unless else None, clue_of(compiled))


def _words(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# --- shared vocabulary --------------------------------------------------------

# "die" except in idioms: die of embarrassment, die laughing, dying to start.
DIE = (
    r"die(?! (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|jealousy|envy|"
    r"curiosity|excitement|happiness|cuteness|old age)| laughing| a little| (?:my|her|his|their) (?:hair|clothes"
    r"|shirt|shoes|jeans|roots))"
)
KIN = _words(
    "partner", "husband", "wife", "boyfriend", "girlfriend", "fiance", "fiancee", "dad", "father",
    "step ?dad", "step ?father", "mum", "mom", "mother", "step ?mum", "step ?mom", "step ?mother", "brother",
    "sister",
    "uncle", "aunt", "auntie", "grandad", "grandpa", "grandfather", "cousin", "parents?", "ex",
    "ex husband", "ex wife", "ex boyfriend", "ex girlfriend", "flatmate", "roommate", "housemate",
    "son", "daughter", "carer", "caregiver", "foster (?:mum|dad|parents?)", "family", "neighbou?r",
    "boss", "coach", "teacher", "pastor", "priest",
)
# Parents and close relatives are often named without "my": "dad hits mum".
PERPETRATOR = (
    rf"(?:\b(?:he|she|they|someone|somebody|a man|a guy)\b|\bmy (?:[\w']+ ){{0,2}}{KIN}\b"
    rf"|\b(?:dad|mum|mom|father|mother|step ?dad|step ?mum|step ?mom|grandad|grandpa|uncle)\b)"
)
YOUNG = _words(
    "kids?", "children", "child", "baby", "babies", "toddler", "son", "daughter", "little brother",
    "little sister", "siblings", "step ?son", "step ?daughter", "step ?kids?", "niece", "nephew", "newborn",
    "infant", "grandchild", "grandson", "granddaughter", "twins",
)
DRUGS = _words(
    "pills", "pill", "tablets", "tablet", "meds", "medication", "medications", "medicine", "painkillers", "pain killers",
    "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "aspirin", "xanax", "valium", "diazepam",
    "benzos", "sleeping pills", "sleeping tablets", "antidepressants", "sertraline", "fluoxetine",
    "citalopram", "insulin", "oxy", "oxycodone", "opioids", "codeine", "co codamol", "cocodamol",
    "tramadol", "lithium", "quetiapine", "seroquel", "zopiclone", "amitriptyline", "sleepers",
    "propranolol", "beta blockers", "mirtazapine", "venlafaxine", "prozac", "zoloft", "lexapro", "escitalopram",
    "pregabalin", "gabapentin", "morphine", "fentanyl", "naproxen", "clonazepam", "lorazepam", "temazepam",
    "promethazine", "antihistamines", "nytol", "painkiller", "pain relief", "sleeping meds", "anxiety meds",
    "blood pressure tablets", "heart pills", "prescription", "my prescription", "pills and tablets",
    "cough syrup", "cough medicine", "night nurse", "lemsip",
)
LOTS_OF = _words(
    r"[5-9]", r"[1-9]\d+", "too many", "way too many", "a lot of", "lots of", "loads of", "a load of",
    "a bunch of", "a handful of", "handfuls of", "a bottle of", "a whole bottle of", "a box of",
    "a packet of", "a pack of", "a whole pack of", "all of", "all", "the rest of", "an entire",
    "the whole", "heaps of", "a ton of", "tons of", "several", "dozens of", "ten", "fifteen",
    "twenty", "thirty", "forty", "fifty", "a hundred", "every", "a strip of", "strips of", "a full strip of",
    "a blister pack of", "half a bottle of", "half a box of", "half a packet of", "half the", "a month's supply of",
    "a week's supply of", "a month's worth of", "a week's worth of", "too much of", "way too much of",
    "more than i should of", "double", "triple", "to many", "way to many", "to much of",
)
WHOSE = r"(?:(?:my|his|her|the|these|those|some of my|some of the) )?(?:(?:\w+'s|my \w+'s) )?"
HIGH_PLACE = _words(
    "bridge", "building", "roof", "rooftop", "cliff", "balcony", "ledge", "overpass", "tower",
    "car park", "parking garage", "parking structure", "multi storey", "window", "skyscraper",
    "top floor", "flyover", "motorway bridge", "dam", "viaduct", "pier", "quarry", "crane", "lighthouse", "stairwell",
    "multistorey", "multi storey car park", "top level", "footbridge", "railway bridge", "high rise", "tower block",
)
VEHICLE = _words("train", "bus", "car", "truck", "lorry", "tram", "traffic", "subway", "tube")
THERAPY = r"\b(?:therap\w*|counsel\w*|psycholog\w*|psychiatr\w*|sessions?|appointments?)\b"

_DAY = (
    r"(?:tonight|today|tomorrow(?: night)?|this (?:weekend|week)|the weekend|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"(?: night| morning| evening)?|the \\d+(?:st|nd|rd|th)?)"
)
# The resolve that turns a time into a plan: "my mind's made up", "i've made my peace".
_RESOLVE = (
    r"(?:i've got everything ready|everything(?:'s| is) (?:ready|in place|sorted)|made (?:up )?my mind(?: up)?|mind(?:'s| is)"
    r" made up|made my peace|made peace with it|i've decided|decision(?:'s| is) made|no more waiting|no going back"
    r"|(?:i )?feel (?:calm|at peace|peaceful|relieved) about it|i'm ready)"
)
# An unnamed "it" that will happen, be over, or be done at a set time.
_EVENT = (
    r"(?:it(?:'s| is|'ll| will)(?: all)? (?:happening|happen|be over|be done|going to happen|going to be over|be (?:tonight"
    r"|tomorrow|the \\w+))|i'm doing it|i'll do it|i'm going through with it|i'll go through with it|(?:is|'s) the (?:day"
    r"|night)|(?:chosen|picked|set|worked out|decided on|fixed) (?:the|a) (?:day|date|time and place|place and time|time"
    r"|place|method)|(?:just )?waiting for (?:everyone|everybody|the house|them|my \w+|mum|mom|dad|him|her|[a-z]+) to (?:go to sleep|fall asleep|go out"
    r"|leave|go to bed|be asleep|be out)|i'm going to do it|i'm doing it (?:tonight|today|tomorrow))"
)
_FEAR_OR_VIOLENCE = _words(
    "scared", "afraid", "terrified", "hit", "hits", "hurt", "hurting", "kill", "threw", "throwing", "screaming",
    "yelling", "shouting", "violent", "banging", "drunk", "angry", "rage", "raging", "smashing", "knife",
)
_HIDING = (
    r"(?:i'm (?:hiding|locked) (?:in|from) (?:the|my) (?:bathroom|room|bedroom|closet|car|wardrobe)"
    r"|(?:i|i've|we|we've) (?:locked|barricaded|shut) (?:myself|ourselves|us|me) (?:in|inside)(?= [.,]|$| (?:the|my|our)"
    r" (?:bathroom|room|bedroom|closet|car|wardrobe|toilet|loo)\b))"
)

_QUICKEST_WAY = (
    r"\b(?:quickest|fastest|easiest|surest|most painless|least painful|most reliable|most effective|cleanest|simplest"
    r"|quietest) (?:way|method|means|option)s?\b"
)

# What makes chest pain an emergency now, and the ordinary causes a question about it names.
CHEST_RED_FLAG = (
    r"(?:right now|numb\w*|tingl\w*|(?:left |right )?arm|jaw|neck|back|sweat\w*|clammy|can't (?:breathe|breath|catch)"
    r"|short of breath|struggling to breathe|crushing|squeezing|spreading|radiat\w*|faint\w*|dizzy|light headed"
    r"|pass(?:ing|ed)? out|collaps\w*|worse|worst|getting bad|never (?:felt|hurt|had)|ambulance|999|911|112|a&e"
    r"|emergency|heart attack|blue|grey|gray|vomit\w*|throwing up|being sick|pressure|weight on)"
)
ORDINARY_CHEST_CAUSE = (
    r"(?:chest infection|infection|cold|colds|flu|covid|virus|bug|cough|coughs|coughing|bronchitis|pneumonia|jab"
    r"|booster|vaccine|vaccination|injection|gym|workout|work out|exercise|lifting|weights|training|run|running|press"
    r" ups|surgery|operation|fall|injury|pulled muscle|heartburn|indigestion|reflux|acid reflux|spicy food)"
)

# Parts of life one gets fed up with without despairing of life: services, work, study, home admin.
FRUSTRATION_SCOPE = (
    r"therap\w*|counsell?or\w*|counselor\w*|counselling|counseling|psycholog\w*|psychiatr\w*|sessions?|appointments?"
    r"|referrals?|waiting lists?|nhs|gps?|clinic|doctors?|surgery|hospital admin|work|job|boss|manager|colleagues"
    r"|coworkers|office|shifts?|team|clients|customers|uni|university|college|school|course|exams?|dissertation"
    r"|thesis|deadlines|homework|teachers?|landlord|letting agent|flat|house|move|moving|damp|builders|renovation"
    r"|neighbou?rs|council|bills|paperwork|admin|benefits|insurance|bank|visa|commute|trains?|traffic|dating"
    r"|apps?|group chat|wedding|planning|in laws|kids' school|the news|politics|social media"
)

# Life in a place, not life: "no point living in this city", "sick of living in this town", "done with life in
# the suburbs". Not a state or the world ("living in pain", "in this body", "in a world without her"), and not a
# home emptied by a death ("in this house without him").
_LIVING_IN_A_PLACE = (
    # Nothing else in the sentence about living at all: "no point living in london or living at all".
    r"(?!.*\b(?:(?:or|and|but|or even|let alone) (?:[\w']+ ){{0,3}}(?:living|alive|existing)|(?:of|with) (?:life|living)"
    r"(?: at all| full stop| period)?)\b(?! (?:in|at(?! all)|near|round|around|on)\b))"
    r"(?:living|live|staying|stay|being|life) (?:in|at|near|round|around|on) (?!(?:(?:this|that|the|a|an|my|our|such"
    r" a) )?{state}\b|(?:here|there|anymore|alone|like|it|this|that)\b(?! [\w']))(?:(?:this|that|the|a|an|my|our|such a) )?[\w']+\b(?! [\w']+ (?:without|after losing) (?:him|her|them|you|my)\b)"
    r"(?! without (?:him|her|them|you|my)\b)"
)

# "tired of living out of a suitcase": travel, not life.
_NOT_OUT_OF_A_BAG = r"(?! out of (?:a |my |the )?(?:suitcase|suitcases|bag|bags|backpack|van|boxes|car)\b)"

# Hyperbole about a passing annoyance. An everyday event named before a method in the same sentence ("that
# meeting could've been an email, i'm ready to throw myself under a bus"), or any part of life one gets fed up
# with, told in the past as a reaction to something that is over ("traffic was so bad i wanted to drive off a
# cliff"). Not with words that insist it is meant or now.
_EVERYDAY_EVENT = (
    r"meetings?|emails?|e mails?|calls?|zoom|teams call|queues?|queue|commute|traffic|printer|wifi|internet|hold music"
    r"|small talk|powerpoint|spreadsheets?|presentations?|mondays?|monday morning|group projects?|the bus|this bus"
    r"|the train|this train|delays?|roadworks|parking|meetings|webinar|training day|all hands|stand ?up|admin"
    r"|paperwork|forms?|tax return|ikea|flat pack|customer service|self checkout|replies all|reply all"
)
_MEANT_OR_NOW = (
    r"(?!.*\b(?:seriously|not joking|i mean it|for real|not kidding|no joke|tonight|right now|still|again|every day"
    r"|all the time|lately|really do|honestly do|actually do|i'm not being funny)\b)"
)
_HYPERBOLE = (
    rf"^{_MEANT_OR_NOW}.*\b(?:"
    rf"(?:{_EVERYDAY_EVENT})\b(?: [\w',]+){{0,12}}? i(?:'m| am| was)? (?:so |literally |actually |just |honestly"
    rf" |totally )?(?:ready|about|wanted|want|wanna|could|could've|could have|almost|nearly|going|gonna|felt like)\b"
    rf"|(?:{_EVERYDAY_EVENT}|{FRUSTRATION_SCOPE})\b(?: [\w',]+){{0,4}}? (?:was|were|went on|dragged on|took)"
    rf"(?: [\w',]+){{0,4}}? (?:so|that|such) (?:[\w']+ ){{1,2}}?(?:that )?i (?:literally |actually |just |honestly )?"
    rf"(?:wanted|could have|could've|almost|nearly|was ready|was about|felt like)\b)"
)

# What one lives "in" that is a state of life or the world, not a place one could move from.
_STATE_NOT_PLACE = _words(
    "world", "earth", "planet", "life", "lives", "body", "skin", "head", "mind", "pain", "fear", "misery", "agony",
    "torment", "hell", "darkness", "dark", "silence", "shame", "despair", "isolation", "loneliness", "debt",
    "poverty", "terror", "denial", "limbo", "secret", "secrecy", "hiding", "survival", "guilt", "grief", "regret",
    "constant", "it", "sin", "anguish", "sadness", "suffering", "state", "condition", "existence", "reality",
    "prison", "cage", "nightmare", "fog", "hope", "hopelessness", "agony", "chronic", "way", "place", "time",
    "times", "age", "era", "society", "universe", "misery", "hiding", "dread",
    "darkness", "emptiness", "numbness", "bed", "hospital", "care", "fear",
)

_LIVING_IN_A_PLACE = _LIVING_IN_A_PLACE.format(state=_STATE_NOT_PLACE)

# Handing things on for good: what one does, and what says it is for good.
_HANDING_ON = (
    r"(?:gave|given|giving|handed|handing|left|leaving|passed|passing|signed|signing|sent|sending|posted|emptied|transferred"
    r"|moved)(?: over"
    r"| on)? (?:all )?(?:of )?my (?:[\w']+ ){1,4}?(?:over |on |away |back )?(?:to|for) (?:my |a |the |our |his |her )?[\w']+"
    r"|(?:is|are|'s|'re) (?:going to|gonna) live with (?:my |a |the |our |his |her )?[\w']+"
    r"|(?:gave|given|giving|handed|handing|passed|sent|sending)(?: over| on)? (?:my |a |the |our )?[\w']+ (?:[\w']+ )?"
    r"my [\w']+"
    r"|(?:re ?hom(?:e|ed|ing)|found (?:a )?(?:new |good )?homes? for|finding (?:a )?(?:new |good )?homes? for) (?:my"
    r"|our) [\w']+"
    r"|(?:made|making) sure (?:my )?[\w']+ (?:has|have|gets|get|will have) (?:a )?(?:new |good )?(?:home|owner|family)"
    r"|(?:sorted|sorting|worked out|decided|written down|wrote down|made a list of|list of|labelled|labeled) (?:out )?"
    r"(?:who (?:gets|should get|will get|can have|is having) (?:what|my \w+)|everything so)"
    r"|(?:gave|given|giving|give) (?:all )?(?:of )?my (?:[\w']+ ){1,3}?away"
    r"|(?:left|leaving) (?:my |all my )(?:[\w']+ ){1,5}?with (?:my |a |our )?[\w']+"
    r"|(?:told|telling|tell) (?:[\w']+ ){1,3}(?:she|he|they) can (?:have|keep) (?:all )?my"
    r"|(?:found|finding|find) (?:someone|somebody|a home|a new home|a good home) (?:to (?:take|have|look after|keep)|for)"
    r" (?:my|our)"
    r"|(?:cancelled|canceled|cancelling|closed|closing|deleted|deleting) (?:all )?(?:of )?my (?:subscriptions|accounts"
    r"|direct debits|bank accounts?|contracts?|memberships|social media|phone contract)"
    r"|(?:[a-z]+|my [\w']+) (?:can|should|gets to) (?:keep|have) (?:all )?my [\w']+"
    r"|(?:left|leaving|written down|wrote down|gave|given|sent) (?:my |all my )?(?:[\w']+ (?:and )?){0,3}?(?:passwords|bank details|pin numbers?"
    r"|pins|account details|logins|log ins) (?:for|to)"
)
_HANDED_ON_FOR_GOOD = (
    r"(?:goodbye|bye forever|farewell|this is the end|the end for me|won't need (?:it|them|any)|wont need|won't be"
    r" needing|no use for|won't have (?:any )?use for|won't be (?:around|here)|not be around|when i'm gone|after i'm"
    r" gone|when i'm not (?:here|around)|(?:not going to|won't ever|never going to) need|for after(?= [.,]|$)|after(?= [.,]|$)|remember me|last thing|better off with|better (?:home|owner)"
    r"|deserves? (?:better|someone|a better)|better (?:life|home|owner|mum|dad) than i (?:could|can|ever could)"
    r"|(?:it's|its|is|for) the last time|one last time|(?:left|took off) my (?:wedding |engagement )?ring"
    r"|won't (?:be )?(?:driv|us|need|wear|play|rid|read)\w* (?:it|them|this|that)(?: \w+)? again|tell (?:her|him|them) i lov(?:e|ed)"
    r"|(?:don't|dont|do not) need (?:it|them) (?:now|anymore|any more)|who'll be around|who will be around|nothing left to (?:sort|do)"
    r"|everything(?:'s| is) sorted|all sorted|in order|easy for (?:her|him|them) after"
    r"|not to ask (?:why|questions)|don't ask (?:me )?why|(?:will|'ll) understand (?:later|one day|soon)"
    r"|(?:temporary|for a while|for a bit|for now|short term)(?: [\w',.]+){0,3} (?:it|that)(?:'s| is| was)? (?:not|isn't|wasn't)(?= [.,]|$)|deal with (?:it|him|her|them"
    r"|my \w+|anything) after|look after (?:him|her|them|it) (?:for me|better)|keep (?:it|them|him|her) (?:forever"
    r"|for good|safe for me)|take care of (?:him|her|them|it) for me|it's time|one less thing)"
)
# Harm to someone now: the verbs, and "now" or "when they're back".
_VIOLENT = (
    r"(?:hurt|kill|stab|strangle|batter|beat|smash|punch|glass|bottle|deck|knife|shoot|attack|choke|murder|slash"
    r"|kick|hit|break|bash|headbutt|throttle|burn|run over|do in)"
)
_WHEN_BACK = (
    r"the (?:second|minute|moment) (?:he|she|they|i see)|as soon as (?:he|she|they|i see)|when i (?:see|find|catch)"
    r" (?:him|her|them)|once (?:he|she|they) (?:gets?|comes?|walks?)|when (?:he|she|they)(?:'s| is|'re| are)?"
    r" (?:gets?|comes?|walks?|home|back|in|through|opens?|shows?|leaves?|finishes|wakes?)"
)
_NOW_OR_WHEN_BACK = rf"tonight|right now|later tonight|today|this (?:evening|afternoon)|{_WHEN_BACK}"
_NOT_A_PERSON = (
    r"(?:me|us|you|yourself|ourselves|himself|herself|themselves|it|this|that|the|a|an|some|time|myself|everything|everyone|anything|something|nothing|up|down|off"
    r"|out|back|in|on|at|my|your|our|his|her|their|him|them|tonight|today|now|later|tomorrow|for|with|when|if|so|and"
    r"|but|through|into|as|all|one|two|both|bed|home|snooze|send|record|gym|road|hay|sack)"
)
_WEAPON = r"(?:knife|knives|blade|gun|bat|baseball bat|hammer|machete|axe|crowbar|screwdriver|weapon)"
_LYING_IN_WAIT = (
    r"(?:wait|lie in wait) for (?:him|her|them|my \w+)\b|waiting (?:for (?:him|her|them|my \w+|[a-z]+ to)|outside|in (?:the|his|her|their) (?:\w+ ){1,2}?(?:for|until)|at (?:his|her"
    r"|their)|until (?:he|she|they)|by (?:his|her|their))|(?:sat|sitting|standing|parked|hiding|lurking) (?:outside|in"
    r"|by|near|at) (?:his|her|their|[a-z]+'s)\b|outside (?:his|her|their|[a-z]+'s) (?:house|flat|place|work|door"
    r"|office|school|window|gym)\b|for when (?:he|she|they|my \w+|[a-z]+) (?:gets?|comes?|walks?|shows?)"
    r"|until (?:he|she|they) (?:gets?|comes?|walks?|opens?|shows?)"
    r"|(?:standing|stood|hovering|leaning|sitting|sat) over (?:him|her|them|my \w+)\b"
    r"|(?:he|she|they|he's|she's|they're|hes|shes|theyre)(?: is| are)? (?:coming|getting) (?:back|home|in)\b"
)

# Sorting one's life out, then going to a drop: "paid the bills, written to my mum, on saturday i'm going to the
# bridge".
_FINAL_ARRANGEMENTS = (
    r"(?:(?:tidied|cleaned) (?:up )?(?:the|my) (?:house|flat|room|place)|paid (?:off )?(?:the|all the|all my|off my|my)"
    r" (?:bills|debts|rent)|(?:written|wrote) (?:letters? )?to (?:my|everyone)|letters? (?:to|for) (?:my|everyone)"
    r"|left a note|the note|goodbyes?|said bye|sorted everything|everything(?:'s| is) sorted|my affairs|kids are (?:at"
    r"|with|away|staying)|won't be (?:back|coming back|here)|for the last time|one last time|no one will (?:know|find"
    r"|stop)|nobody will (?:know|find|stop)|won't need|gave away|given away|cancelled (?:all )?my)"
)
_GOING_TO_A_DROP = (
    r"(?:going to|gonna|i'll|i will|heading|on my way|driving|walking|gone|go)(?: go)? (?:to|down to|up to|out to) (?:the"
    r" )?(?:bridge|cliffs?|tracks|railway line|level crossing|river|pier|roof|rooftop|top of (?:the|a) [\w']+|edge"
    r"|quarry|viaduct|motorway bridge|car park roof|sea|coast|lake|reservoir|woods)"
)

# What turns a week's pills in a dosette into a plan.
_INTENT_TO_TAKE = (
    r"(?:tonight|at once|in one go|all at once|them all|all of them|the lot|goodbye|enough to|end it|die|kill|overdose"
    r"|not wake up)"
)

# Pills taken out of a container, not swallowed: "taking all my pills out of the dosette to clean it".
_TAKEN_OUT_NOT_SWALLOWED = (
    rf"^(?!.*\b(?:{_INTENT_TO_TAKE}|swallow\w*|downed|necked|took them|taken them|take them|lined (?:them )?up"
    rf"|in front of me|dizzy|sleepy|drowsy|sick|overdos\w*)\b).*\b{DRUGS} out (?:of|from)\b"
)

# --- the patterns ---------------------------------------------------------------

_CRISIS_IT = (
    r"(?:tried|attempt\w*|suicid\w*|kill (?:herself|himself|themselves|myself)|overdos\w*|pills|tablets"
    r"|self harm\w*|wants? to die|end (?:it|her life|his life|their life|my life)|took an overdose|rope|bridge"
    r"|(?:posted|left|wrote|sent) (?:me )?(?:a |the |his |her |their )?(?:note|goodbye))"
)
_DOING_IT_SOON = (
    r"(?:he|she|they|i)(?:'s| is|'re| are|'m| am) (?:really |actually )?(?:going to|gonna|about to|planning to)"
    r" (?:do it|try again|go through with it|actually do it)(?: [\w']+){0,2}? (?:tonight|today|now|right now"
    r"|this weekend|tomorrow|this time)"
)

# Round 3 helpers. Pills taken a while ago, and the signs that they were too many.
_TOOK_THEM_AGO = (
    r"(?:took|swallowed|taken|had|downed) (?:them|it|all of them|the lot|those|the pills|the tablets|my pills|my tablets"
    r"|the meds|something)(?: [\w']+){0,3} (?:\d+|an?|half an|a few|a couple of|twenty|thirty|forty|ten|fifteen)"
    r" (?:minutes?|mins?|hours?|hrs?) ago"
)
_OVERDOSE_SIGNS = (
    r"(?:blurry|sleepy|drowsy|dizzy|can't (?:stay awake|see|breathe|feel|stand)|numb|racing|pounding|vomit\w*"
    r"|throwing up|shaking|confused|passing out|faint)"
)
# The means of a past attempt, and what ties it to that attempt.
_SAME_MEANS = (
    rf"(?:the|that) same (?:{DRUGS}|bridge|rope|method|spot|place|cliff|car park|tracks|knife|blade|building|roof|ledge)"
)
_DROP_OR_WATER = (
    r"(?:bridge|cliffs?|tracks|railway line|level crossing|river|pier|roof|rooftop|edge|quarry|viaduct|motorway bridge"
    r"|sea|coast|lake|reservoir|woods|canal|harbour|docks|forest)"
)
# What someone leaves behind before going quiet, and the silence after it.
_PARTING_WORDS = (
    r"(?:goodbye|bye forever|sorry for everything|i love you|love you all|(?:look after|take care of|tell) (?:[\w']+ ){1,2}"
    r"(?:for me|i love (?:her|him|them|you))|it's not your fault|don't blame yourself)"
)
_SILENCE = (
    r"(?:not (?:answering|replying|picking up|responding)|isn't (?:answering|replying|picking up)|won't (?:answer|reply"
    r"|pick up)|stopped (?:replying|answering|responding)|(?:turned|switched) (?:off )?(?:his|her|their) (?:location|phone)"
    r"|location off|phone off|phone(?:'s| is) (?:off|dead|switched off)|straight to voicemail|can't (?:reach|get hold of"
    r"|find) (?:him|her|them))"
)
_LAST_TIME = (
    r"(?:attempt|attempted|tried|last time|ended up in|overdosed?|felt (?:like this|this way)|feel (?:exactly )?(?:like"
    r" (?:this|that)|this way) again)"
)

PATTERNS: tuple[CrisisPattern, ...] = (
    # Suicidal ideation, direct.
    _p(SUICIDAL_IDEATION, "kill_myself", r"\bkill(?:ing)? myself\b",
       unless=r"\bcould (?:\w+ )?kill myself (?:for|over|because|when)\b|\bkill(?:ing)? myself laughing\b"
              r"|\bkill(?:ing)? myself (?:with|over|at) (?:work|homework|studying|revision|training|"
              r"deadlines|overtime|the gym|exercise)"
              r"|\bkill(?:ing)? myself (?:trying to|to (?:get|finish|meet|please|keep up|make (?:everyone|people)"
              r" happy)|working|studying|revising)"),
    _p(SUICIDAL_IDEATION, "slang_kms", r"\bkms\b", unless=r"\d ?kms\b|\bkms (?:away|from|per|an hour|a day|of)\b"),
    _p(SUICIDAL_IDEATION, "slang_kys_self",
       r"\bi(?:'m going to|'m about to|'ll| should| might| could| want to| need to| have to| just| literally"
       r"| really| honestly| gotta| got to)(?: just| literally| really| honestly| actually| probably)? kys\b"
       r"|\bkys myself\b|\btime to kys\b"),
    _p(SUICIDAL_IDEATION, "slang_ctb",
       r"\bctb\b",
       unless=r"\d ?ctb|\bctb (?:bank|card|account|score|test|scan|exam|code)\b"),
    _p(SUICIDAL_IDEATION, "slang_yeet_toaster_top",
       r"\byeet(?:ing)? myself (?:off|out of|in front of|under|into (?:traffic|the (?:sea|river|void|sun|canal)))"
       r"|\b(?:want|going|about|need|gonna) to yeet myself(?= [.,]|$)|\btoaster bath\b"
       r"|\b(?:top|topping|topped) myself\b(?! up| off)"),
    _p(SUICIDAL_IDEATION, "slang_commit",
       r"\b(?:going to|want to|gonna|about to|might|might just|should|should just|i'll just) commit(?= [.,]|$)"
       r"|\bcommit (?:toaster bath|sewer slide|die)\b"),
    _p(SUICIDAL_IDEATION, "slang_unalive", r"\bunaliv(?:e|ing|ed)\b",
       unless=r"\bunalived (?:himself|herself|themselves)\b"),
    _p(SUICIDAL_IDEATION, "slang_off_myself",
       r"\b(?:to|going to|want to|i'll|will|should|might|gonna) (?:just )?off myself\b"
       r"|\b(?:end|ending|erase|erasing) myself\b"),
    _p(SUICIDAL_IDEATION, "slang_delete_myself",
       r"\b(?:want to|going to|should|wish i could|i'll) (?:just )?delete myself\b(?! from)"),
    _p(SUICIDAL_IDEATION, "slang_rope",
       r"\b(?:want to|going to|should|might|i'll|about to|time to|gonna) (?:just )?rope(?: myself)?\b(?! (?!(?:tonight|today|now|soon|tomorrow|i don't know|tbh|lol|fr|honestly)\b)\w)"),
    _p(SUICIDAL_IDEATION, "past_attempt_returning",
       r"\b(?:i (?:tried|attempted)(?= (?:last|two|three|four|five|a few|a couple|\d+|in|when|as|at|years?|before|once"
       r"|twice|back)\b| [.,]| and\b|$)|i (?:tried|attempted) (?:to (?:kill myself|end it|end my life|die|take my life)"
       r"|suicide)|my (?:last |first |previous )?(?:attempt|overdose)|(?:nearly|almost) died|i was suicidal|i (?:overdosed|od'd)|i (?:used to )?(?:cut"
       r"(?! (?:my hair|back|down|out|off|ties|it|them|him|her|corners)\b)|self harm(?:ed)?|hurt myself|burn(?:ed|t)? myself)"
       r"|before i tried|(?:psych|psychiatric|mental health|crisis) (?:ward|unit|hospital|team)|inpatient|sectioned"
       r"|hospitali[sz]ed|ended up in (?:intensive care|icu|a&e|hospital|resus))\b"
       r"(?: [\w',.]+){0,12} (?:it's (?:the same|like that|like then) (?:now|again)|(?:are|is|have|has|it's|they're|they've|it has|they have|it|they) (?:back|came back|come back|coming back"
       r"|returned|creeping back)"
       r"|back (?:at|to|in) (?:that|the same|where i was)(?: exact| same)?(?: point| place| headspace| spot)?(?= [.,]|$| and\b)"
       r"|(?:thinking about it|feel (?:that way|like that|the same)|doing it|started|starting|cut|cutting|did it|stockpiling"
       r"|saving (?:them|pills|tablets|my \w+)|hoarding|collecting (?:them|pills|tablets)|planning|buying (?:them|pills"
       r"|tablets|blades))(?: [\w']+){0,2} again|(?:same|those) (?:thoughts|urges|feelings) (?:are )?back"
       r"|(?:feeling|feel|felt) (?:the same|that same|that old|that) (?:pull|urge|urges|darkness|way again))\b"),
    _p(SUICIDAL_IDEATION, "end_my_life",
       r"\b(?:end|ending|ended|take|taking|took|put an end to|putting an end to|finish|finishing) my (?:own )?life\b"
       r"|\bfinish(?:ing)? (?:it all|everything|myself)\b"
       r"|\b(?:end|ending|put an end to|putting an end to|erase|erasing) my (?:own )?existence\b"
       r"|\blife\b(?: [\w']+){0,8} (?:end|ending|take|taking) mine\b",
       unless=r"\b(?:tak(?:e|ing)|took) my (?:own )?life (?:back|in (?:a|another|a new) direction|into my own hands"
              r"|seriously|more seriously)"),
    _p(SUICIDAL_IDEATION, "suicide",
       r"\bsuicid(?:e|al|ally)\b",
       unless=r"\b(?:film|movie|show|book|novel|series|episode|documentary|song|article|podcast|play)"
              r"(?: [\w']+){0,4} suicid\w*\b(?!.*\b(?:i'm (?:\w+ )?suicidal|i feel suicidal|i(?:'ve| have) been suicidal|suicidal since|suicidal (?:thoughts"
              r"|feelings)|i want|want to (?:die|kill)|kill myself)\b)"
              r"|\b(?:my|his|her|their|our|a) (?:[\w']+ )?[\w]+'s suicide\b|\b(?:after|since|because of) (?:his|her"
              r"|their) suicide\b"
              r"|\b(?:about|of|over|around|before|at|on) (?:his|her|their) suicide\b(?! (?:attempts?|plans?|notes?|threats?"
              r"|risk|tonight|now)\b)"
              r"|(?<!i'm )(?<!i am )(?<!feel )\bsuicidal (?:clients|patients|callers|students|teens|teenagers|youth"
              r"|users|individuals)\b"
              r"|\b(?:talked|spoke|discussed|discussing|talking|speaking) about suicide (?:in|during|with) (?:the|our|my"
              r"|a) (?:session|therapy|therapist|counsellor|counselor|class|group|lecture|podcast)\b(?!.*\b(?:my"
              r" (?:own )?(?:thoughts|urges|plans|feelings)|i(?:'ve| have) been|i'm|i am|i want|i feel|i keep)\b)"
              r"|\bsuicid\w* (?:isn't|is not|has never been|was never|wasn't) (?:something|an issue|a thing|a"
              r" concern|what|part of|on my mind)|(?:died|death|dying|lost (?:\w+ ){0,3}to|committed|commited|took (?:his|her|their) (?:own )?life)"
              r"(?: by| of| from| to)? suicide\b(?! (?:too|as well)\b)"
              r"|\bsuicide (?:prevention|awareness|squad|rates?|statistics|bombers?|doors?|mission|loss|survivors? of"
              r"|intervention|first aid|alertness|talk training|safety training|postvention|bereavement|research)"
              r"|\b(?:non|no|nao|pas|nicht|niet|nie|inte|ikke|ei|nem|nu|nejsem|nisam) (?:sono|soy|estoy|sou|estou|suis|bin"
              r"|ero|era|jestem|ben)? ?suicid"
              r"|\b(?:no|non|nao) (?:creo|creo que|pienso que|me siento|penso|penso che|acho que|me sinto|mi sento)"
              r"(?: (?:que|che|sea|sia|seja|sono|soy|estoy|sou))* suicid"
              r"|\b(?:how|the way) (?:it|the show|the film|the book|they|the series|the episode|the writers)"
              r" (?:handled|handles|portrayed|portrays|depicted|depicts|dealt with|deals with|showed|shows|treated|treats)"
              r" suicid"
              r"|\bask(?:s|ed|ing)?(?: me| you| clients| people| patients| everyone)? (?:if|whether|about|are you"
              r"|do you|have you|were you|had you)\b"
              r"(?: [\w']+){0,5} suicid\w*\b(?!(?: [\w',.]+){0,6} (?:yes|i am|i do|i lied|i didn't tell|wasn't honest"
              r"|i said i (?:was|am)))"
              r"|\b(?:screening|questionnaire|forms?|assessment) (?:\w+ ){0,3}suicid"
              r"|\b(?:a |my |the )?(?:client|patient|student|caller|service user)s? (?:\w+ ){0,2}(?:mentioned|mentions"
              r"|talked about|disclosed|discloses|raised|brought up|spoke about) suicid"
              r"|\bsuicid\w* (?:screening|questions?|questionnaire|assessment|risk assessment)"),
    _p(SUICIDAL_IDEATION, "lied_about_suicidal",
       r"suicid\w*(?: [a-z']+){0,8} (?:i|and i|but i) (?:lied|didn't tell (?:her|him|them)|said no but|wasn't honest)"),
    _p(SUICIDAL_IDEATION, "want_to_die",
       rf"\b(?:(?:part of me|something in me|my (?:brain|mind|head|heart|body)) (?:just |really |still )?(?:wants|needs"
       rf"|keeps wanting)|want|wanted|wanting|wish|wished|wishing|need|ready|going|deserve|deserved|hope|hoping"
       rf"|pray|praying|long|longing|'d like|would like|'d rather|rather|prefer|plan|planning|about|decided|tempted"
       rf"|urge|urges|trying|tried|time) to"
       rf" (?:just |simply |finally |quietly |all |really |actually )?(?:{DIE}|be dead|not be alive|stop living"
       rf"|stop being alive|leave this (?:world|earth|life)|stay asleep(?! (?:in|till|until|for|on|through|during)\b)"
       rf"|fall asleep forever|not wake up(?! (?:late|early|on time|in time|for|at|before|till|until)\b)"
       rf"|not exist(?! (?:in|as|like|on|for|without)\b)|stop existing(?! (?:in|as|like|on|for|just)\b)|cease to exist"
       rf"|not be here|not be around|no longer exist|be unalive"
       rf"|be gone(?! (?:from|by|before|for|on|in|at|when|till|until|so)\b)|go to sleep forever"
       rf"|stop breathing(?! (?:so|too) (?:fast|quickly|heavily)| like this| through| heavily))\b",
       unless=r"\b(?:we|we're|everyone|everybody|all of us|people|you|we all)\b(?: \w+){0,3} going to die"
              # A flat battery or a dying gadget: "my phone is about to die", "laptop's going to die on me".
              r"|\b(?:phone|phones|laptop|battery|car|plant|plants|tablet|ipad|computer|pc|charger|headphones|airpods"
              r"|kindle|watch|torch|tv|fridge|printer|engine|bike|mouse|keyboard|console|controller|wifi|router)"
              r"(?:'s| is| was| are| keeps| seems| looks)?(?: \w+)? (?:about|going|ready) to die\b"
              r"(?!.*\b(?:i|me|myself)\b(?: \w+){0,3} (?:want|wanna|wish|need|ready|going|about) to die\b)"
              r"|to die (?:eventually|someday|some day|one day|at some point|in my sleep at|peacefully at)"
              r"|going to die if i (?:have to|need to|don't get (?:a|my|some) (?:coffee|snack|nap))"
              # A craving: "if i don't get coffee in the next five minutes someone is going to die".
              r"|(?:if i (?:don't|can't) (?:get|have)|without|unless i (?:get|have)|until i (?:get|have)) (?:my |a |some"
              r" |another |a cup of )?(?:coffee|tea|caffeine|snack|food|lunch|breakfast|dinner|chocolate|sugar|nap"
              r"|cigarette|a break|sleep)\b(?: [\w']+){0,8} (?:someone|somebody|i)(?:'m| is| am)? going to die\b"
              # Something that "makes me want to die", laughed off; a song's lyric quoted.
              r"|(?:makes?|made|making) me (?:just )?(?:want|wanna) to die(?: [\w']+){0,3} (?:lol|lmao|haha|lmfao|rofl)\b"
              r"|\b(?:lyrics?|song (?:called|titled|that goes|with)|(?:sings?|singing|sang) (?:\w+ ){0,3}(?:song|lyric)"
              r"|chorus)(?: [\w']+){0,4} i (?:wanna|want to) die\b"
              # A reaction to something over: "the meeting was so long i wanted to die".
              rf"|^{_MEANT_OR_NOW}.*\b(?:{_EVERYDAY_EVENT}|{FRUSTRATION_SCOPE})\b(?: [\w',]+){{0,4}}? (?:was|were|went on"
              rf"|dragged on|took)(?: [\w',]+){{0,4}}? (?:so|that|such) (?:[\w']+ ){{1,2}}?(?:that )?i (?:literally |actually"
              rf" |just |honestly )?wanted to die\b"
              # A phrase quoted as a joke genre: "gen z humour is just 'i want to die haha'".
              r"|\b(?:humou?r|memes?|jokes?|catchphrase|slang|saying|tiktoks?|trend)\b (?:is|are|was|were)(?: just| basically"
              r"| literally| like| all)* i (?:wanna|want to) die\b(?: [\w']+){0,2} (?:lol|haha|lmao|xd|jk)\b"
              r"(?!.*\b(?:but|though) (?:honestly |really |actually )?(?:i do|i mean it|i really|i actually|for me it's real)\b)"),
    _p(SUICIDAL_IDEATION, "plain_grammar",
       rf"\b(?:want|wanna|wish|need|ready|going) {DIE}\b|\bi (?:just |really )?(?:want|wanna|wish|need) (?:to )?kill"
       rf" me\b|\b(?:no|not|don't|doesn't) (?:want|wanna) (?:to )?(?:live|be alive|exist)(?: anymore| any more| more)?"
       rf"(?= [.,]|$| anymore| any more| no more)"),
    _p(SUICIDAL_IDEATION, "wish_dead",
       rf"\bwish(?:ing|ed)? (?:that )?i ?(?:was|were|could be|'d be|would be) dead\b|\bwish(?:ing|ed)? (?:that )?i(?: could| would|'d)? "
       rf"(?:just )?(?:{DIE}|not be alive|stop being alive|stop existing|not exist|not wake up|disappear forever"
       rf"|didn't exist|wasn't alive|weren't alive|wasn't born|hadn't been born|could stop existing)\b"
       rf"|\bwish (?:that )?i(?:'d| had)? never (?:been born|existed|woken up|woke up)\b"
       rf"|\bwish i (?:wasn't|weren't) (?:alive|here|born)\b|\bwish (?:that )?i (?:was|were) never born\b"
       rf"|\bwish(?:ing|ed)? (?:that )?i (?:just )?(?:wouldn't|won't|didn't|don't|never) (?:ever )?(?:have to |had to )?wake up\b"
       rf"(?! (?:late|early|on time|in time|before|at|for|so)\b)",
       # Born into a family, a town, an era: "i wish i'd never been born in this family, they're a lot".
       unless=rf"\bborn (?:in|into|to|under) (?!(?:(?:this|that|the|a|an|my|our|such a) )?{_STATE_NOT_PLACE}\b)"
              rf"(?:(?:this|that|the|a|an|my|our|such a) )?(?:[\w']+ )?(?:family|families|country|town|city|village|era"
              rf"|generation|century|decade|household|religion|church|culture|class|postcode|parents|star sign)\b"),
    _p(SUICIDAL_IDEATION, "hope_i_die",
       rf"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:just )?(?:{DIE}|don't wake up|won't wake up"
       rf"|never wake up|get hit by|don't make it|don't survive|wouldn't wake up)"
       rf"|\b(?:hope|hoping|pray|praying|wish) (?:that )?my (?:heart|breathing|lungs|body) (?:just )?(?:stops?|gives? out|gives?"
       rf" up|fails?|packs? in)\b"
       rf"|\b(?:hope|hoping|pray|praying|wish) (?:that )?(?:a|some|the) (?:car|bus|truck|train|lorry|plane)"
       rf" (?:would |will |just )?(?:hits?|runs? me over|kills?|crash(?:es)?) (?:me|into me)?"
       rf"|\b(?:pray|praying|prayed|hope|hoping|wish|wishing|ask|asking|beg|begging) (?:that )?(?:god|the lord|jesus"
       rf"|allah|the universe|death|someone|something) (?:would |will |to |just |could |might )?(?:take|takes|took)"
       rf" me\b(?! (?:to|home from|out|back|shopping|somewhere|with|seriously|in as)\b)"
       rf"|\bif i ?(?:die|don't wake up|'m gone|kill myself|end it|don't make it) (?:tonight|today|tomorrow|this week"
       rf"|soon)\b"),
    _p(SUICIDAL_IDEATION, "should_die",
       rf"\bi (?:should|deserve to|ought to|need to|might as well|may as well) (?:just )?(?:{DIE}|be dead"
       rf"|not be here|not exist|not be alive|disappear forever)\b"
       rf"|\bi (?:shouldn't|should not|don't deserve to) (?:be alive|exist|be here|live|have been born)\b"
       rf"|\bi'm not meant to (?:be alive|exist|be here|live)\b|\bi was never meant to (?:be born|exist|live|be here)\b"),
    _p(SUICIDAL_IDEATION, "better_off_dead",
       r"\bbetter off (?:dead|six feet under|in the ground|in a grave|in a box)\b|\b(?:'d|would) rather (?:be dead"
       r"|{die}|be gone(?! (?:from|by|before|for|on|in|at|when|till|until|so|than)\b))\b".replace("{die}", DIE)
       + r"|\b(?:i'd|i would|i'll|i will|i'm|i am|i might|i may)(?: [\w']+){0,2} (?:be )?(?:happier|more at peace|at peace"
         r"|better|freer|calmer|relieved|lighter) (?:being )?dead\b"
         # "i'd rather not exist", "i'd happily not be alive"
         r"|\b(?:i'd|i would)(?: (?:honestly|happily|gladly|really|just|much|quite|sooner|rather|prefer to|truly))+ not"
         r" (?:exist(?! (?:in|as|like|on|for|without)\b)|be alive|have been born|be born|wake up(?! (?:late|early|at|before"
         r"|for|on time|in time|so early|till|until)\b)|live(?! (?:with|in|at|there|here|near|alone|together|abroad"
         r"|like (?:that|this) (?:with|in))\b)|be here (?:at all|anymore|any more|any longer|on this earth|in this world)"
         r"|be around (?:at all|anymore|any more|any longer|in (?:a|\w+) (?:years?|months?)|next (?:year|month)"
         r"|much longer))\b",
       unless=r"\b(?:lol|lmao|haha)\b|(?:better off|happier|more at peace|at peace|freer|calmer|relieved|lighter) (?:being )?dead"
              r" than (?!(?:feel|feeling|live|living|go on|going on|keep (?:going|living|feeling)|carry on|carrying on|be"
              r" (?:alive|here)|exist|existing|suffer|suffering|wake up|face|this|another)\b)[\w']+"
              r"|(?:better off dead|rather (?:be dead|die)) than (?!(?:feel|feeling|live|living|go on|going on|keep"
              r" (?:going|living|feeling)|carry on|carrying on|be (?:alive|here)|exist|existing|suffer|suffering"
              r"|wake up|face (?:another|tomorrow|life)|this|spend|spending another|another day)\b)[\w']+"),
    _p(SUICIDAL_IDEATION, "dont_want_to_live",
       r"\b(?:don't|never|no longer|not sure (?:if |whether )?i|don't know (?:if|whether|why) i|don't think i"
       r"|can't say i|not certain i|barely) (?:even |really |actually |still |honestly )?(?:want|wish|care)"
       r" to (?:live (?:in|on) (?:this|the) (?:world|earth|planet|life|body)|live(?! (?:with|in|at|there|here|near"
       r"|alone|together|under|on|by|close|so far|next|abroad|somewhere|that close)\b)|do life"
       r"|be (?:on|in) this (?:planet|world|earth)|be on earth|be alive"
       r"|exist(?! (?:in|as|like|on|for|without) (?!this (?:world|body|life)))|keep living|go on living"
       r"|carry on living|continue living|wake up"
       r"|be here (?:anymore|any more|any longer|now|on this earth|in this world|for (?:christmas|my birthday|much longer"
       r"|the new year|next (?:week|year|month))|tomorrow|next (?:week|year|month))|be around (?:anymore|any more"
       r"|any longer)|go on (?:anymore|any more|any longer)|be on this earth|be in this world)\b",
       unless=r"wake up (?:early|at \d|at [a-z]+ ?(?:am|o'clock)|so early|that early|before|for (?!ever\b)|in time"
              r"|on time|to (?:go|do)|and go)"),
    _p(SUICIDAL_IDEATION, "cant_live_with_myself",
       r"\bcan't (?:live with myself|stand being alive|bear being alive|bear to be alive) (?:anymore|any more|any longer)\b"),
    _p(SUICIDAL_IDEATION, "dont_care_if_i_die",
       rf"\b(?:don't|wouldn't|won't|no longer)(?: really| even| honestly| actually| much| particularly)? (?:care|mind) (?:if|whether) i ?(?:{DIE}|died|live|wake up|make"
       rf" it|'m alive|exist|get hurt|get killed|didn't wake up|never woke up|got hit|was gone|wasn't here"
       rf"|never wake up)\b"),
    _p(SUICIDAL_IDEATION, "no_reason_to_live",
       r"\b(?:no|nothing|zero|not a single|not one|not any) (?:\w+ )?(?:reason|point|purpose|will)(?: to| in| of"
       r"| for)? (?:live|living|being alive|going on|carrying on|keep going|keeping going|existing|staying alive"
       r"|be alive|wake up|waking up|life|stay(?! (?:at|in|with|for|on|late|up|here for|there|home|away|over)\b)"
       r"|staying(?! (?:at|in|with|for|on|late|up|here for|there|home|away|over)\b))\b"
       r"|\bnothing (?:left )?to live for\b|\bno will to live\b|\blost (?:the|my|all) will to live\b"
       r"|\b(?:there's|there is) no point (?:in|to) (?:anything|any of it|it all|anything anymore)\b"
       r"|\bwhat's (?:even |really |actually )?the point (?:of|in) (?:me |my )?(?:living|life|being alive|going on|carrying on"
       r"|staying alive|existing"
       r"|it all|anything anymore)\b"
       r"|\b(?:don't|can't|no longer) see (?:the|any) (?:point|reason) (?:in|of|to) (?:living|life|going on"
       r"|carrying on|being alive|anything anymore|existing|trying anymore|keep going|staying alive)\b",
       unless=r"(?:going on|carrying on|keep going) (?:with|seeing|to) (?:therapy|her|him|them|sessions|this"
              r"|that|the)"
              # Scoped to a place, not to life: "no point living in this city", "in london", "in the suburbs
              # without a car". Not a state or the world ("living in pain", "in this body", "in a world without
              # her"), and not a home emptied by a death ("in this house without him").
              r"|\b(?:point|reason|purpose)(?: in| of| to)? " + _LIVING_IN_A_PLACE),
    _p(SUICIDAL_IDEATION, "life_not_worth_living",
       r"\blife (?:isn't|is no longer|doesn't feel|doesn't seem|hasn't been|isn't even) (?:\w+ )?worth"
       r" (?:living|it)\b|\bnot worth living\b|\bno longer worth living\b"),
    _p(SUICIDAL_IDEATION, "tired_of_living",
       r"\b(?:tired|sick|exhausted|done|finished) (?:of|with) (?:living|being alive|life|existing|this life"
       r"|being here|everything and everyone|it all)\b" + _NOT_OUT_OF_A_BAG +
       r"|\b(?:had enough|fed up) (?:of|with) (?:living|being alive|life|existing|this life|it all)\b" + _NOT_OUT_OF_A_BAG +
       r"|\b(?:tired|sick|exhausted|done|weary) (?:of|with) (?:fighting|trying|struggling) (?:so hard )?(?:to stay alive"
       r"|to live|to keep living|to survive|to keep myself alive|for my life|to exist|to be alive|to keep going)\b",
       unless=r"\b(?:life|my life) (?:admin|stuff|chores|coach|coaching|insurance)|keep going (?:with|to)\b"
              # Fed up with one part of life, named right after: "tired of it all with my therapist".
              rf"|\b(?:it all|everything|all of it|all this) (?:with|at|in|about|from|over|around|regarding|when it"
              rf" comes to) (?:(?:my|the|our|this|these|that|those|her|his|their|all the|all these) )?(?:[\w']+ ){{0,2}}?"
              rf"(?:{FRUSTRATION_SCOPE})\b"
              rf"|\b(?:tired|sick|exhausted|done|finished|had enough|fed up) (?:of|with) {_LIVING_IN_A_PLACE}"
),
    _p(SUICIDAL_IDEATION, "cant_go_on",
       r"\bcan't (?:go on|keep going|carry on|keep living|live like this|live anymore|do life|do this life"
       r"|keep doing life"
       r"|stay alive|survive this|go on living)\b"
       r"|\bcan't (?:take|face|do|handle|bear) another day\b(?! (?:of|at|in) (?:work|school|this job|the job|uni|college"
       r"|the office|my job))",
       unless=r"(?:go on|keep going|carry on) (?:with|seeing|paying|pretending|going|to|like that with)"
              r"|live like this (?:with|in (?:this|my) (?:flat|house|job))"
              # A living arrangement: "i can't keep living with my parents, i need my own place".
              rf"|keep (?:living with (?:my |our |these |those |the )?(?:[\w']+ )?(?:{KIN}|flatmates|roommates"
              rf"|housemates|in laws|parents|family|landlord)\b|{_LIVING_IN_A_PLACE})"),
    _p(SUICIDAL_IDEATION, "want_it_to_end",
       r"\b(?:want|need|'d(?: just| really| honestly)? like|would(?: just| really)? like|wish for) (?:it all|everything|all of it|all this|all of this|the pain|my life|life"
       r"|it) to (?:end|stop|be over)(?: [.,])?"
       r" (?:for good|forever|permanently|now)\b"
       r"|\b(?:want|need) (?:it all|everything|all of it|all this|all of this|my life|life) to (?:end|stop|be over)\b"
       r"|\bwant it to (?:end|be over)\b(?! (?:well|nicely|on good terms|soon so|properly|without|with)\b)",
       unless=THERAPY),
    _p(SUICIDAL_IDEATION, "want_my_life_over",
       r"\b(?:want|wanting|need|wish) (?:my life|my existence) over\b(?! (?:again|and done with (?:this|that))\b)|\b(?:want|wanting|need|wish|wishing|pray|praying|ready for|long for|longing for) (?:for )?(?:my life|my"
       r" existence|my own life) to (?:end|stop|be over|be done|finish)\b(?! (?:as i know it|as it is|the way it is|(?:this|that) (?:\w+ )?"
       r"(?:phase|stage|chapter|part|bit|period))\b)"),
    _p(SUICIDAL_IDEATION, "end_it_all",
       r"\bend(?:ing|ed)? (?:it all|everything|things for good|it for good|it once and for all|it tonight"
       r"|it today|it now|it right now|my suffering|the pain for good|things tonight|things today|things this"
       r" weekend|it this weekend|it soon)\b",
       unless=r"\bend(?:ing)? it all (?:for good |tonight |today |now )?with (?:my (?:ex|partner|boyfriend|girlfriend"
              r"|husband|wife|fiance|fiancee|job|boss|gym|landlord|bank|flatmate|roommate|friend|best friend|mate|date)|him"
              r"|her|them)\b(?!.*\b(?:pills|tablets|rope|knife|gun|overdose|jump|goodbye|forever)\b)"
              r"|\bend(?:ing)? (?:everything|things|it)(?: for good| now| tonight| today| this weekend| soon)?"
              r" (?:with|between)|my suffering (?:through|with (?:the )?help|by (?:going|getting|starting|talking|seeing"
              r"|learning))|" + THERAPY),
    _p(SUICIDAL_IDEATION, "distress_then_do_it",
       r"\b(?:can't cope|can't take (?:it|this|any more|anymore)|can't do this (?:anymore|any more)|had enough"
       r"|can't go on|done pretending|it's all too much|can't bear (?:it|this))\b(?: [\w',.]+){0,8}? (?:going to|'ll"
       r"|will|about to|gonna|want to|need to) (?:finish|end|do) it\b(?! (?:with|off|properly|at|in|by|over|via)\b)"),
    _p(SUICIDAL_IDEATION, "urge_to_act",
       r"\b(?:urges?|impulses?|temptation|compulsion) (?:to|of) (?:die|kill myself|jump|hang myself|end it"
       r"|end my life|overdose|od|cut|hurt myself|self harm|burn myself|crash|step in front|drown myself|stop breathing)\b"
       r"|\b(?:thinking|thought|think) (?:of|about) jumping\b(?= [.,]|$| (?:again|tonight|right now))"
       r"|\b(?:want|going|urge|tempted|ready|about) to jump\b(?= [.,]|$| (?:tonight|now|today|right now))"),
    _p(SUICIDAL_IDEATION, "permanent_escape",
       r"\b(?:tonight|today|this weekend|now)\b.*\b(?:make sure|making sure|so that|so) i (?:never|don't ever"
       r"|won't ever) (?:have to )?(?:feel|wake up|face|deal with|suffer|go through)(?: [\w']+){0,4} (?:again|anymore"
       r"|any more)\b|\b(?:make sure|making sure|so that|so) i (?:never|don't ever|won't ever) (?:have to )?(?:feel"
       r"|wake up|face|deal with|suffer|go through)(?: [\w']+){0,4} (?:again|anymore|any more)\b(?=.*\b(?:tonight"
       r"|today|this weekend|now)\b)"
       r"|\bso (?:that )?(?:it (?:all )?(?:ends|stops for good|is all over|'s all over)|i ?(?:can |will |'ll )?(?:die"
       r"|be dead|not wake up|never wake up))\b"
       r"|\b(?:want|wanna|ready|going|long|longing|need|wish i could) to (?:go )?(?:be with|join) (?:my |our )?"
       rf"(?:\w+ )?(?:{KIN}|nan|nana|gran|granny|grandma|grandmother|grandad|baby|son|daughter|friend|husband|wife"
       r"|partner|god|jesus) (?:in heaven|again in heaven|on the other side|up there|in the next life)\b"
       r"|\b(?:join|be with) (?:him|her|them) (?:in heaven|on the other side)\b"
       r"|\b(?:died|dead|death|suicide|passed away|passed|killed (?:himself|herself|themselves)|lost (?:him|her|them)|grave"
       r"|funeral)\b.*\b(?:want|wanna|ready|going|long|longing|need|wish i could|time) to (?:go )?(?:join|be with) (?:him|her"
       r"|them)(?: again)?(?= [.,]|$| (?:now|soon|tonight|there|up there|wherever)\b)",
       unless=r"\b(?:one day|someday|some day|when my time comes|eventually|when i'm old)\b"),
    _p(SUICIDAL_IDEATION, "fade_to_black",
       r"\b(?:want|wish|need) (?:everything|it all|the world|it) to (?:go|fade to|turn|fade) (?:black|dark|out)\b"
       r"(?=.*\b(?:forever|stay that way|for good|never come back|permanently)\b)"),
    _p(SUICIDAL_IDEATION, "giving_up_now",
       r"\bi'm (?:so |just )?done (?:with )?living\b(?! (?:in|with|at|here|there|like|under|near|off)\b)"
       r"|\bi'm (?:so |just )?done fighting\b(?= [.,]|$)|\b(?:letting|let) go (?:tonight|for good|forever|of life"
       r"|of everything|of it all)\b|\bnothing (?:left )?(?:for me )?(?:here|in this world|on this earth)\b(?= [.,]|$"
       r"| anymore| any more)|\b(?:scared|afraid|terrified|frightened) of myself\b"
       r"|\bi ?(?:might|could|'ll|will|'m going to) do something (?:tonight|right now|today)\b(?= [.,]|$)",
       # Nothing here, so moving somewhere else: "nothing for me here anymore, i'm moving abroad next year".
       unless=r"\bnothing (?:left )?(?:for me )?here\b(?=.*\b(?:mov(?:e|ing) (?:abroad|away|out|house|back|cities"
              r"|countries|country|closer|somewhere|to (?!a better place|the other side|heaven)\w+)|relocat\w*"
              r"|emigrat\w*|fresh start|new start|new job|start (?:over|again|afresh) (?:in|somewhere|abroad|elsewhere))"
              r"\b)(?!.*\b(?:better place|for good|forever|goodbye|tonight)\b)"),
    _p(SUICIDAL_IDEATION, "end_things",
       r"\b(?:thinking (?:about|of)|thought about|think about|considering|contemplating|going to|want to|ready to"
       r"|about to|planning to|plan to|decided to|i'll|i might|i'm) end(?:ing)? things\b(?! (?:with|between|off|on|at"
       r"|there|here|for (?:today|now)|early|properly|nicely|well)\b)"
       r"|\bend(?:ing)? things (?:permanently|for good|forever|once and for all)\b",
       unless=THERAPY + r"|\b(?:relationship|boyfriend|girlfriend|partner|husband|wife|ex|friendship|job|contract"
              r"|lease|him|her|them|dating|date|marriage|engagement)\b"),
    _p(SUICIDAL_IDEATION, "end_it",
       r"\b(?:to|about|of|just|i'll|i will|should i|i should) end(?:ing)? it\b",
       unless=r"end(?:ing)? it (?:with|off|there|here|for (?:today|now|tonight|the day)|early|on (?:a|good)|politely"
              r"|nicely|properly|kindly|respectfully|gracefully|well|by (?:email|text|message|phone|letter)"
              r"|over (?:email|text|the phone)|via|in person|in (?:our|the|my) (?:next |last )?session"
              r"|at (?:our|the|my) (?:next |last )?(?:session|appointment)|after (?:\w+ ){0,2}(?:sessions?"
              r"|weeks?|months?|appointments?)|before (?:our|the|my) next)"
              r"|how (?:do|should|can|would|could|did) (?:i|you|we) (?:\w+ )?end(?:ing)? it"
              # Therapy has done its job: "i'm ready to end it, therapy has done its job".
              r"|^(?!.*\b(?:tonight|today|pills|tablets|rope|goodbye|for good|forever|kill|die|dead|jump|overdose|bridge"
              r"|note|letters?|got the|have the|ready now)\b).*"
              r"\b(?:therapy|counselling|counseling|sessions?|therapist|counsell?or) (?:has|have|'s) (?:done (?:its|it's) job"
              r"|done their job|worked|really helped|helped (?:me )?(?:a lot|so much|loads)|run its course|been (?:great"
              r"|brilliant|so helpful|really helpful))\b"),
    _p(SUICIDAL_IDEATION, "not_wake_up",
       r"\b(?:sleep|go to sleep|fall asleep|close my eyes|go to bed) and (?:never|not) (?:have to )?(?:wake(?: up)?|open them"
       r"|come back)"
       r"|\b(?:go to sleep|fall asleep|close my eyes) and (?:stay asleep|never come back|stay that way|be done)\b"
       r"(?! (?:with (?:work|the|my|this) \w+|for the (?:day|night))\b)"
       r"|\bsleep forever\b|\bnever wake up\b|\bnot (?:to )?wake up\b(?! (?:late|early|on time|in time|before|till"
       r"|until|so early)\b| at (?!all\b))"
       r"|\b(?:sleep|go to sleep|fall asleep|close my eyes|go to bed) and (?:never|not) (?:ever )?(?:have|need) to"
       r" (?:[\w']+ ){1,5}?(?:again|anymore|any more)\b",
       unless=r"never wake up (?:before|early|on time|in time|without|until|till)|\bcould (?:\w+ )?sleep forever"),
    _p(SUICIDAL_IDEATION, "better_off_without_me",
       r"\b(?:better off|better|happier|easier|fine|lighter) (?:[\w']+ ){0,5}(?:[.,] )?without me\b(?! (?:as a|in (?:the|her|his)"
       r"|there|at|on the)\b)"
       r"|\b(?:better off|easier|better|happier|relieved|glad|happy|fine|lighter|free|freer|calmer|safer|richer|at peace|less stressed) (?:for (?:everyone|everybody|all of them|my family|them|people"
       r"|the world) )?if i (?:just |quietly |simply |suddenly |finally |one day |ever )?(?:died|was dead|were dead|wasn't here|wasn't around|weren't here"
       r"|disappeared|vanished|was gone|were gone|didn't exist|killed myself|never existed|wasn't alive|weren't alive"
       r"|didn't wake up|never woke up|stopped existing|stopped breathing|was no longer here|wasn't here anymore"
       r"|wasn't in it|wasn't in the picture|wasn't part of it|was out of the picture)\b"
       r"|\b(?:kids|children|family|son|daughter|husband|wife|partner) (?:would|'d) be (?:fine|better|better off|happier)"
       r" without (?:their|his|her) (?:mum|mom|mother|dad|father|parent|wife|husband)\b(?= [.,]|$| (?:anyway|honestly))",
       unless=r"(?:disappeared|was gone|were gone|wasn't here) (?:from|for the|for a|for the weekend|on holiday"
              r"|at|to)|\b(?:therapist|counsellor|counselor|group|class|team)\b(?: \w+){0,4} without me"),
    _p(SUICIDAL_IDEATION, "better_off_with_me_gone",
       r"\b(?:better|better off|happier|easier|lighter|fine) (?:[\w']+ ){0,6}(?:with me|me) (?:gone|dead|out of the"
       r" (?:picture|way)|not (?:here|around|in it))\b"
       r"|\b(?:world|everyone|everybody|my family|my kids|they|people) (?:would|'d|will|would honestly|would"
       r" really) be better off\b(?= [.,]|$| (?:honestly|really|tbh)\b)",
       unless=r"\b(?:therapist|counsellor|counselor|group|class|team|meeting|project|session)\b"),
    _p(SUICIDAL_IDEATION, "nobody_would_care",
       r"\b(?:no one|nobody) (?:would|will|'d|is going to|even) (?:\w+ )?(?:care|notice|miss me|mind|cry)"
       r"(?: \w+){0,2} if i (?:died|was dead|were dead|killed myself|disappeared|vanished|was gone|were gone|wasn't here"
       r"|weren't here|ended it|didn't wake up|wasn't alive|walked into the (?:sea|river|lake)|jumped|drowned|stepped (?:off"
       r"|in front)|drove off)\b"
       r"|\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss me|notice i'm gone|come to my funeral)\b"
       r"|\b(?:no one|nobody) (?:\w+ )?(?:cares|gives a \w+|would care) (?:if|whether) i (?:live or die|lived or"
       r" died|die|died|exist)\b",
       unless=r"if i (?:stopped|quit|left|skipped|didn't (?:go|show|come)|cancelled)|(?:disappeared|was gone) from"),
    _p(SUICIDAL_IDEATION, "my_body_found",
       r"\bmy body ?(?:would|will|'ll|might|could) be found\b|\b(?:find|found|finds) my (?:dead )?body\b"
       r"|\b(?:no one|nobody|noone) (?:would|will) (?:even )?(?:care|notice|miss me|cry)\b(?= [.,]|$| (?:anyway|honestly"
       r"|tbh))",
       unless=r"\b(?:game|film|movie|book|novel|story|character|dream)\b|if i (?:stopped|quit|left|skipped|cancelled"
              r"|didn't (?:go|show|come))"),
    _p(SUICIDAL_IDEATION, "thoughts_of_dying",
       r"\b(?:thought|thoughts|thinking|think|thinks|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsess|obsessing"
       r"|urges?|imagine|imagining)(?: a lot| so much| constantly| all the time| more and more| non stop| often)?"
       r" (?:about|of) (?:killing myself|dying|hanging(?! (?:out|up|around|with|pictures|curtains|on|a|the|my)\b)"
       r"|ending my life|not being here|not being"
       r" alive|not existing|not waking up|never waking up|disappearing forever|hanging myself|overdosing|taking my life"
       r"|taking all my"
       r" \w+|being dead|my (?:own )?death|my (?:own )?funeral|my suicide|how i'd die|how to die|ways to die"
       r"|dying in my sleep|(?:slitting|slashing|cutting|opening) my (?:wrists?|throat|veins)|drowning myself"
       r"|shooting myself|hanging myself)\b"
       r"|\b(?:imagin(?:e|ing)|picturing|planning|plan) my (?:own )?(?:funeral|death|suicide|exit)\b"
       r"|\b(?:picture|picturing|pictured|imagine|imagining|imagined|visuali[sz](?:e|ing|ed)|fantasi[sz](?:e|ing)"
       r" about) myself (?:hanging|dead|dying|jumping|falling from|overdosing|bleeding out|in a coffin|lying dead"
       r"|being dead|not waking up|at my (?:own )?funeral|on the (?:tracks|ledge|edge)|in the (?:river|sea|water)"
       r"|with a (?:rope|noose|knife|blade))\b(?! (?:tired|alone|of old age|old|happy|on my feet|inside|my hair)\b)",
       unless=r"dying (?:my|her|his|their) hair|funeral (?:playlist|song|songs|music|outfit|hymns?)"),
    _p(SUICIDAL_IDEATION, "death_as_way_out",
       r"\b(?:only|best|easiest|last|one) (?:way out|escape|option|answer|solution|way to stop (?:this|the pain))"
       r" (?:left )?(?:is|would be|seems to be|feels like) (?:death|dying|to die|suicide|killing myself|ending it"
       r"|ending my life)\b|\bno (?:other )?way out (?:except|but|other than|apart from) (?:dying|death|suicide|to"
       r" die|killing myself|ending it)\b|\bdeath (?:is|seems like|feels like|would be) (?:the|my) (?:only|best|easiest)"
       r" (?:way out|option|escape|answer)\b|\bdeath would be (?:a )?(?:relief|a release|peaceful|better than"
       r" this)\b"
       r"|\b(?:death|dying|being dead|not existing|not being (?:here|alive)) (?:would be|would feel|seems|feels|is"
       r"|sounds|looks|has to be|must be|'s got to be|has got to be|can't be worse|couldn't be worse) (?:so |so much |much |a lot |way |far |like )?(?:easier|better|kinder|simpler|preferable"
       r"|more peaceful|peaceful|a relief|relief|the answer|freedom|an escape|a way out|the only way)\b"
       r"|\b(?:easier|better|simpler|kinder) (?:for (?:everyone|everybody|all of us|my family) )?to (?:just )?"
       r"(?:die|be dead|not exist|not be here|not be alive|not wake up|end it all|kill myself|disappear forever)\b",
       unless=r"\b(?:lol|lmao|haha|jk)\b|than (?:going|doing|sitting|listening|watching|talking|another (?:meeting"
              r"|class|lecture|shift)|this (?:meeting|class|lecture|call|commute|queue|film|movie))"
              r"|(?:his|her|their|my \w+'s) death|for (?:him|her|them|my (?:nan|gran|grandma|grandad|grandpa|dad|mum"
              r"|dog|cat))\b"),
    _p(SUICIDAL_IDEATION, "feel_like_dying",
       r"\bfeel (?:like|as if) (?:dying|ending it|ending my life|giving up on (?:life|living)|i (?:want|need)"
       r" to die)\b(?! (?:my|her|his) hair)|\bwant out of (?:life|this life|my life|my own life|living|existence|this world)\b"
       r"|\bgiv(?:e|ing|en) up on (?:life|living|staying alive)\b"
       r"|\b(?:want|need|wanna) out of (?:(?:this )?life|living|existence|this world)\b"
       # A bare "i want out" is as often about a job, a session or a rehearsal: only with pain or despair.
       r"|(?:\b(?:pain|painful|hurts|hopeless|can't (?:do|take|cope)|too much|exhausted|tired of|done with (?:it|life"
       r"|everything)|no point|anymore|any more)\b.*)\b(?:want|need|wanna) out\b(?= [.,]|$| of here\b)",
       unless=r"\b(?:job|relationship|marriage|contract|lease|flat|house|group|chat|class|course|program|programme"
              r"|therapy|sessions?|deal|city|town|country|company|team|friendship|dying (?:my|her|his) hair)\b"),
    _p(SUICIDAL_IDEATION, "will_be_dead",
       r"\b(?:i'll|ill|i will|i'm going to|i might|i may|i could|i'd) (?:soon )?be dead (?:by|before|soon|tomorrow"
       r"|tonight|in a|within|this time)\b",
       # Something that takes a lifetime: "i'll be dead before i pay off my student loan".
       unless=r"^(?!.*\b(?:tonight|soon|tomorrow|pills|rope|plan|planning|mean it|seriously|not joking|appointment"
              r"|session|therapy|therapist|waiting list|help)\b).*\bbe dead (?:before|by the time) (?:i|we|they|my|the|this)"
              r"(?: [\w']+){0,5} (?:pay(?:s|ing)? (?:it |this |that )?off|paid off|loans?|mortgage|pension|retire\w*"
              r"|afford|own a|buy a (?:house|flat|home)|pay rise|promotion|renovation|roadworks|builders|finish(?:es|ed)?"
              r" (?:the|my|his|her|their) (?:house|renovation|extension|degree|phd|thesis)|train|bus|delivery|parcel"
              r"|runs on time|replies|texts back|gets back to me|learns? to|grows? up|tidies|cleans)\b"),
    _p(SUICIDAL_IDEATION, "cant_stay_safe",
       r"\b(?:can't|can no longer) (?:keep|stay) (?:myself )?(?:safe|alive)\b|\b(?:don't (?:think|know if|know how)|not sure"
       r"|no longer sure) (?:if |whether )?i can (?:keep|stay) (?:myself )?(?:safe|alive)\b|\b(?:struggling|fighting)"
       r" to (?:keep myself|stay) alive\b"
       r"|\b(?:might|going to|afraid i'll|scared i'll|worried i'll|about to|i'll) do something (?:(?:really|very|so)"
       r" )?(?:stupid|drastic|dangerous|bad|terrible|awful|irreversible|to myself|i can't take back|permanent)\b"
       r"|\bi'm not safe (?:around|with|from) myself\b"
       r"|\b(?:scared|afraid|terrified|frightened|worried) (?:of |about )?what i(?:'ll| will| might| could| may"
       r"|'m going to| am going to| would|'d) do(?: to myself| tonight)\b"
       r"|\bdon't trust myself (?:tonight|right now|alone|to be alone|around (?:pills|knives|my meds)|with (?:pills"
       r"|knives|a knife|my meds|the pills))\b",
       unless=r"something (?:stupid|drastic|dangerous) (?:like|such as) (?!kill|hurt|cut|end|overdos|jump)"
              r"|(?:text|call|message|email|buy|quit|say) (?:\w+ ){0,3}something stupid"
              r"|alive (?:financially|in (?:this|the|my) (?:job|industry|game|market|business))"),
    _p(SUICIDAL_IDEATION, "no_future",
       r"\b(?:don't|can't) (?:see|imagine|picture) myself (?:being |still )?(?:alive|living|surviving|around)"
       r" (?:next|in|by|much|for|past|at|this time)\b"
       r"|\btonight(?:'s| is) (?:the night|when i (?:finally )?do it)\b(?! (?:i|we|to|for|of|that)\b(?! (?:finally )?(?:do it|end it"
       r"|go through with it|die|go)\b))|\bfinally (?:do it|go through with it)"
       r" (?:tonight|today|this weekend)\b"
       r"|\b(?:tonight|today|tomorrow|this weekend|the weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is)"
       r" (?:when|the (?:day|night) when|the (?:day|night)) i (?:finally )?(?:end it|end things|end everything|end my life"
       r"|go through with it|kill myself|do it)\b(?! (?:with|off|there|between|in person|by|over)\b)"
       r"|\b(?:tonight|today|this weekend) (?:i'm|i am|i'll|i will) (?:going to |gonna )?(?:finally |just )?(?:do it"
       r"|go through with it)(?= [.,]|$)",
       unless=r"\b(?:date|party|game|concert|premiere|show|match|finale|gig|exciting|excited|proposal|propose"
              r"|ask(?:ing)? (?:her|him|them) out|tell(?:ing)? (?:her|him|them|my therapist)|book|booking)\b"),
    _p(SUICIDAL_IDEATION, "what_if_i_was_gone",
       r"\bwhat if i (?:just )?(?:didn't exist|wasn't here|weren't here|died|was gone|were gone|ended it|killed"
       r" myself|wasn't alive|weren't alive|never woke up|didn't wake up)\b"),
    _p(SUICIDAL_IDEATION, "disappear_forever",
       r"\b(?:disappear|disappearing|disappeared|vanish|vanishing) (?:for good|forever|permanently|off the face"
       r" of the earth)\b|\bdisappear and never come back\b"
       r"|\b(?:disappear|vanish)(?:ing)? and (?:never|not) (?:exist|come back|return|be found|wake up|be seen)"
       r"(?: again)?\b|\bnever (?:exist|be born) again\b",
       unless=r"(?:disappear|vanish)\w* (?:from (?:therapy|sessions|her|his|their|the clinic|the group|social"
              r"|instagram|online)|for good from)|(?:therapist|counsellor|counselor) (?:\w+ ){0,4}disappear"),
    _p(SUICIDAL_IDEATION, "cant_survive",
       r"\b(?:don't think|not sure|doubt) i(?:'ll| will| can|'m going to) (?:make it|survive|last|hold on|get"
       r" through) (?:till|until|to|through|past) (?:monday|tuesday|wednesday|thursday|friday|saturday"
       r"|sunday|morning|the morning|tomorrow|the weekend|next week|tonight|the night|the end of (?:the )?"
       r"(?:week|day|night))\b"
       r"|\b(?:won't|not going to|might not|don't think i'll|don't think i can) (?:survive|make it through|last)"
       r" (?:the night|tonight|till morning|until morning|the weekend|another day|much longer)\b"),

    # Plans and means.
    _p(PLAN_OR_MEANS, "pills_saved",
       rf"\b(?:sav(?:e|ed|ing)|stockpil(?:e|ed|ing)|hoard(?:ed|ing)?|stash(?:ed|ing)?|been keeping|hid|hidden"
       rf"|collect(?:ed|ing)?|gather(?:ed|ing)?|building up|built up"
       rf"|hiding|counted out|lined up|set aside|put aside) (?:up )?(?:all )?(?:of )?(?:my |some |enough |the"
       rf" |a lot of |loads of |lots of |a bunch of |a stash of |a stack of )?(?:(?:sleeping|pain|heart|"
       rf"anxiety|old|spare|prescription|leftover|mum's|dad's) )?{DRUGS}\b"
       rf"|\b{DRUGS} (?:\w+ ){{0,2}}(?:saved|saved up|stockpiled|stashed|hoarded|hidden away|lined up|set aside"
       rf"|counted out)\b"
       rf"|\b(?:have|got|bought|buying|getting|found|collected|enough) enough (?:\w+ )?{DRUGS} (?:to|for)\b"
       rf"(?! last)",
       unless=rf"^(?!.*\b{_INTENT_TO_TAKE}\b).*\b(?:dosette|pill (?:organi[sz]er|box)|for the (?:week|month|day)|weekly"
              rf"|daily|morning and night|as prescribed)\b"),
    _p(PLAN_OR_MEANS, "take_all_medicine",
       r"\b(?:take|taking|took|taken|had|swallow|swallowing|swallowed|down|downing|downed) (?:everything|all the (?:pills"
       r"|tablets|meds|medicine|medication)|whatever (?:pills|tablets|meds|is)|all of it) (?:in|from) (?:the|my|our"
       r"|mum's|dad's) (?:medicine (?:cabinet|cupboard|box|drawer|bag)|first aid (?:kit|box)|bathroom cabinet|cabinet"
       r"|cupboard|house)\b"
       r"|\bmy plan is (?:to|that i) (?:just )?(?:jump|hang|kill|overdose|die|drown|shoot|not be here)\b"
       r"|\b(?:take|swallow|taking|swallowing) (?:everything|all) (?:i have|i've got|i can find|in the house)\b(?! (?:to"
       r"|into|with|for|on)\b)"),
    _p(PLAN_OR_MEANS, "method_contemplation",
       rf"\b(?:{HIGH_PLACE}s?|(?:train )?tracks|railway|platform|traffic|{DRUGS}|rope|knife|blade|razor|river|sea"
       rf"|edge)\b(?: [\w']+){{0,12}}? (?:how easy|how quick|how quickly|how simple|how painless|how fast)"
       rf" (?:it would|it could|it'd|it might|would it|could it) be\b"
       rf"|\b(?:{HIGH_PLACE}s?|(?:train )?tracks|railway|platform|{DRUGS}|rope|river|sea|edge)\b(?: [\w']+){{0,12}}?"
       rf" (?:thinking|think|thought|imagining)(?: that| about how)? (?:it|that) (?:would|'d|could) be (?:so )?(?:quick|easy"
       rf"|painless|over quickly|simple)\b"
       rf"|\bhow (?:easy|quick|simple|painless) it ?(?:would|could|'d|might) be to (?:just )?(?:jump|step (?:off|out"
       rf"|in front)|fall|let go|swallow|take (?:them|it) all|end it|drive off|crash|walk into)\b",
       unless=r"be to (?:get|find|park|book|reach|commute|walk to|drive to|catch|get there|fix|build|cross)"),
    _p(PLAN_OR_MEANS, "heading_for_a_drop",
       r"\bon my way to (?:the )?(?:cliffs?|bridge|tracks|railway line|river|pier|roof|top of)\b"),
    _p(PLAN_OR_MEANS, "watching_the_trains",
       r"\b(?:platform|tracks|railway|station|level crossing)\b(?: [\w']+){0,8} (?:trains?|they) (?:go|come|pass|are"
       r" going|come through|go past) (?:so |really |very |that )?(?:fast|quick|quickly)\b"),
    _p(PLAN_OR_MEANS, "gathering_means",
       rf"\b(?:bought|buying|buy|got|getting|collected|collecting) (?:[\w']+ ){{0,3}}{DRUGS} (?:[\w']+ ){{0,3}}from"
       rf" (?:several|different|two|three|four|five|multiple|lots of|a few|loads of) (?:shops|pharmacies|chemists"
       rf"|stores|supermarkets)\b|\b{DRUGS}(?: [\w']+){{0,8}} so (?:they|nobody|no one|the pharmacist|people)"
       rf" (?:wouldn't|won't|would not|doesn't|don't) (?:ask|notice|suspect|question)\b"
       rf"|\b(?:beam|rail|railing|hook|ceiling|door frame|doorframe|banister|bannister|branch|pipe|loft hatch)s?\b"
       rf"(?: [\w']+){{0,5}} (?:hold|holds|take|takes|support|supports|carry|carries) my weight\b"
       rf"|\bhow (?:high|tall|far (?:down|up)|deep) (?:the |my |this |that )?(?:\w+ )?{HIGH_PLACE}s? (?:is|are|would be"
       rf"|goes)\b|\bhow (?:far|long|high) (?:the|a) (?:fall|drop) (?:is|would be)\b"
       rf"|\b(?:putting|put|getting|got|sorting|sorted) (?:all )?my affairs in order\b"
       # Not affairs put in order for an ordinary life change: "for the move abroad", "before the wedding".
       rf"(?! (?:for|before|ahead of) (?:the |my |our |a |this )?(?:big )?(?:move|moving|trip|relocation|emigrat\w*"
       rf"|new job|wedding|baby|holiday|year abroad|semester abroad|deployment|travels?|retirement|surgery|operation"
       rf"|divorce|house sale|mortgage)\b)"
       rf"|\b(?:sorted|sorting|organised|organising|organized|organizing|written|wrote|writing) (?:out )?(?:my|all my)"
       rf" (?:finances|affairs|accounts|passwords|paperwork|will)(?: [\w']+){{0,5}} (?:for after|for when i'm gone"
       rf"|so (?:they|my family|nobody|no one) (?:won't|don't|doesn't|wouldn't) have to)\b"
       rf"|\b(?:updated|update|updating|made|wrote|written|sorted|sorting|organised|organized) (?:out )?(?:my|all my)"
       rf" (?:will|finances|affairs|accounts|passwords|paperwork|logins)\b(?: [\w',]+){{0,8}} so (?:that )?(?:nobody|no one"
       rf"|they|my family|my \w+) (?:has|have|needs?|will have|won't have|doesn't have|don't have) to (?:deal with|sort"
       rf"|worry about|do|figure out|clean up)(?: [\w']+){{0,3}} (?:after|afterwards|when i'm gone|later)\b"),
    _p(PLAN_OR_MEANS, "staring_at_means",
       rf"\b(?:staring|stare|stared|looking|look|looked|gazing) at (?:the |my |a |that |those |this )?(?:knife block"
       rf"|knives|knife|blades?|razors?|rope|gun|noose|bottle of pills|pill bottle|{DRUGS}|train tracks|tracks|bridge"
       rf"|ledge|drop|water)\b(?=.*\b(?:thinking|wondering|tempted|urge|wanting|imagining|how easy|it would|do it"
       rf"|end it|use (?:it|them))\b)"),
    _p(PLAN_OR_MEANS, "means_at_hand",
       rf"\b(?:{DRUGS}|rope|knife|blade|blades|razor|razors|gun|noose|pill bottle|bottle of pills|belt|ligature|charcoal)"
       rf" (?:are |is )?(?:in front of me|in my hand|next to me|right here|beside me|ready|laid out"
       rf"|on the table in front of me|all lined up)\b",
       unless=r"ready (?:at|for) (?:the )?(?:pharmacy|chemist|collection|pick ?up)|\b(?:carv\w*|turkey|roast|cook\w*"
              r"|dinner|bbq|barbecue|cake|bread|chopping|vegetables|veg)\b"),
    _p(PLAN_OR_MEANS, "rope_noose",
       r"\b(?:bought|buy|buying|got|have|found|tied|tying|tie|made|making|set up|setting up|put up|checked"
       r"|testing|tested|hung|hanging) (?:a |the |some |my )?(?:rope|noose|ligature)\b|\bnoose\b"
       r"|\bhang(?:ing|ed)? myself\b|\bhang myself\b|\bbelt (?:round|around) my neck\b",
       unless=r"^(?!.*\b(?:hang(?:ing|ed)? myself|my neck|hold (?:me|my weight)|end it|kill myself|for me to)\b).*(?:"
              r"rope (?:for|to) (?:camping|climbing|the boat|sailing|the gym|skipping|my dog|the tent|tie|the garden"
              r"|swing)|jump rope|skipping rope|climbing rope|rope swing|tow rope|tighten\w* the noose"
              # Rope for a job about the house: "need to buy rope for the washing line".
              r"|^(?!.*\b(?:noose|hang\w*|neck|myself|end it|tonight|beam|loft|bannister|banister|strong enough to hold me"
              r"|hold my weight)\b).*\brope\b.*\b(?:washing line|clothes ?line|tow(?:ing)?|camping|tent|climbing|sailing"
              r"|boat|macrame|craft\w*|garden|swing|hammock|tie (?:down|up)|tie it|moving house|van|trailer|roof rack"
              r"|dog|horse|skipping|tug of war|gym|pulley)\b"
              r"|^(?!.*\b(?:noose|hang\w*|neck|myself|end it|tonight|beam|loft|bannister|banister|hold me|my weight)\b).*"
              r"\b(?:washing line|clothes ?line|tow(?:ing)?|camping|tent|climbing|sailing|boat|macrame|craft\w*|swing"
              r"|hammock|moving house|van|trailer|roof rack|tug of war|pulley)\b.*\brope\b)"),
    _p(PLAN_OR_MEANS, "jump_from_height",
       rf"\bjump(?:ing|ed)? (?:off|from|of|out of) (?:a |the |this |that |my |our |an )?(?:\w+ ){{0,2}}{HIGH_PLACE}s?\b"
       rf"|\b(?:throw|throwing|threw|fling) myself (?:off|from|out of|under|in front of)\b",
       unless=r"bungee|cliff (?:diving|jumping)|into (?:the|a) (?:water|lake|sea|river|pool|ocean)|parachut"
              r"|if (?:your|my|all your|all my) friends|jump(?:ing|ed)? (?:off|from) (?:a |the )?(?:plane|diving)"
              r"|\b(?:he|she|they|it|nephew|niece|son|daughter|brother|sister|kid|kids|dog|cat|friend|cousin)\b"
              r"(?: [\w']+){0,3} jumped (?:off|from|out)|\b(?:lol|haha|lmao|jk)\b"
              r"|jump\w* off (?:a|the) \w+ for (?:my|her|him|them|you|love)\b"
              # "throw myself under the bus": take the blame.
              r"|throw\w* myself under the bus\b|" + _HYPERBOLE),
    _p(PLAN_OR_MEANS, "traffic_or_train",
       rf"\b(?:jump|jumping|step|stepping|throw myself|throwing myself|walk|walking|lie|lying|lay|stand"
       rf"|standing) (?:out |off the (?:kerb|curb|pavement|platform) )?in front of (?:a |the |an |oncoming )?{VEHICLE}\b"
       rf"|\b(?:jump|step|throw myself|walk|lie down) in front of the next (?:train|bus|tram|lorry)\b"
       rf"|\b(?:jump|step|throw myself|walk|lie down) in front of the next one\b(?=.*\b(?:train|bus|tram|platform"
       rf"|station|tracks|lorry)\b)|\b(?:train|bus|tram|platform|station|tracks|lorry)\b.*\b(?:jump|step|throw"
       rf" myself|walk|lie down) in front of the next one\b"
       rf"|\b(?:walk|walking|step|stepping|run|running) (?:out )?into (?:traffic|the road|oncoming traffic)"
       rf"|\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car |myself )?"
       rf"(?:into|off) (?:a |the )?(?:tree|wall|oncoming|traffic|bridge|cliff|river|lamppost|lorry|truck|road)"
       rf"|\b(?:run|running|ran|drive|driving|drove|roll|rolling|flip|flipping|wrap|wrapping|plough|ploughing"
       rf"|plow|plowing) (?:my|the) car (?:off the road|off a cliff|off the bridge|into (?:a |the )?(?:tree|wall|river"
       rf"|lorry|truck|oncoming|traffic|bridge|pillar|barrier))\b"
       rf"|\b(?:want|going|about|tempted|ready|urge) to (?:just )?drive off(?= [.,]|$| (?:the|a) (?:cliff|bridge|edge"
       rf"|road|pier|quay))|\bdrive off (?:the|a) (?:cliff|bridge|edge|pier|quay)\b"
       rf"|\bcrash(?:ing)? (?:my|the) car on purpose\b|\b(?:want|wanting|wanted|going|urge|urges|tempted"
       rf"|thinking about|think about) (?:to )?crash(?:ing)? (?:my|the) car\b",
       unless=_HYPERBOLE),
    _p(PLAN_OR_MEANS, "jump_from_there",
       rf"\b{HIGH_PLACE}s?\b.*\bjump(?:ing)? (?:off|from) (?:it|there|the top)\b"),
    _p(PLAN_OR_MEANS, "means_on_myself",
       r"\b(?:use|using|turn|turning|point|pointing) (?:it|the gun|his gun|a gun|the knife|a knife|them)"
       r" on myself\b|\b(?:knife|gun|blade|razor|pills|rope|tablets)\b(?: [\w']+){0,6} (?:going to|i'll|want to"
       r"|about to|ready to|plan to) use (?:it|them)\b"),
    _p(PLAN_OR_MEANS, "researching_method",
       rf"\bhow (?:many|much) (?:of )?(?:my |the |these |those |your )?{DRUGS} (?:would be enough|is enough|are enough"
       rf"|it takes|it'd take|would do it)(?= [.,]|$| to (?:die|kill|not wake|overdose|be fatal|be lethal|do it|end it)\b)"
       rf"|\bhow many {DRUGS} (?:it would take|would (?:it take|kill|do it)|to (?:die|kill|overdose)|does it take"
       rf"|is (?:lethal|fatal|deadly|too many to survive)|would be (?:lethal|fatal|deadly))"
       rf"|\b(?:lethal|fatal|deadly) (?:dose|amount|overdose|quantity)\b"
       rf"|\bhow (?:long|quickly|fast) (?:does it|would it|will it|do you|does it usually) take (?:to die|for (?:\w+ ){{1,5}}"
       rf"to (?:kill|work)|to (?:bleed out|overdose|suffocate|drown))\b"
       rf"|\b(?:die|dying) (?:from|of) (?:an |a )?(?:overdose|od|hanging|drowning|blood loss|bleeding out|carbon"
       rf" monoxide|paracetamol|tylenol)\b"
       rf"|\b(?:how much|how many|what amount|what dose|what quantity)(?: [\w']+){{0,5}} (?:is |are |would be"
       rf" |it takes to be |to be )?(?:lethal|fatal|deadly|to die|to kill (?:me|myself|you|someone)|would kill)\b"
       rf"|\b(?:googling|googled|searching|searched|researching|reading about|looking up|looked up) (?:[\w']+ )?(?:painless"
       rf"|easy|easiest|quick|quickest|surest|peaceful|quiet) (?:ways|methods)\b(?! to (?!die|kill|end|go\b))"
       rf"|\b(?:painless|easy|easiest|quick|quickest|best|surest|peaceful) ways? to (?:die|kill myself|end it"
       rf"|end my life|go)\b|\b(?:looking up|look up|looked up|googling|googled|searching|searched|researching"
       rf"|researched|reading about|read about) (?:\w+ )?(?:ways|how|methods) to (?:die|kill myself|end it|end my"
       rf" life|commit suicide|overdose)\b|\bhow to (?:kill myself|end my life|die painlessly|die quickly|commit suicide"
       rf"|hang myself|overdose)\b",
       # How long a prescribed treatment takes to help, with no amount named.
       unless=r"^(?!.*\b(?:all|whole|entire|box|boxes|pack|packet|bottle|too many|lethal|overdose|od|die|kill)\b)"
              r".*\bfor (?:my |the |new |these |your |an? )?(?:antidepressants?|ssris?|snris?|sertraline|fluoxetine"
              r"|citalopram|escitalopram|prozac|zoloft|lexapro|mirtazapine|venlafaxine|bupropion|wellbutrin|lithium"
              r"|meds|medication|medicine|tablets|pills|therapy|treatment|melatonin|vitamin \w+)(?: [\w']+){0,2} to"
              r" (?:work|kick in|help|start working|take effect)\b"),
    _p(PLAN_OR_MEANS, "at_the_edge",
       r"\b(?:standing|sitting|stood|sat|i'm|i'm standing|i'm sitting) (?:on|at) (?:the )?(?:edge of (?:the |a )?"
       r"(?:roof|bridge|cliff|building|platform|balcony)|(?:a |the )?(?:bridge|ledge|roof|rooftop|railing|train tracks"
       r"|tracks))\b(?! of (?:my|the|his|her|your) (?:nose|ship|boat|song)| to (?:success|recovery)| for| with)"
       r"|\b(?:standing|sitting|sat|stood|perched|climbed|climbing)(?: [\w']+){0,2} (?:on|onto|out on|out of) (?:the |a |his |her"
       r" |their |my )?(?:window ?sill|window ledge|ledge|parapet|roof edge)\b(?=.*\b(?:won't (?:come|get|move|step|climb"
       r"|talk|listen)|refus\w*|jump|threaten\w*|right now|help me|what do i do|open window|floor|storey|story)\b)"
       r"|\b(?:standing|sitting|sat|stood|climbed|climbing|hanging)(?: [\w']+){0,2} (?:on|over) (?:the )?(?:outside|wrong side|far"
       r" side) of (?:the |a )?(?:bridge |balcony |motorway )?(?:railing|barrier|fence|rail|parapet|edge)s?\b"
       r"|\b(?:legs|feet|leg) (?:are |is )?(?:over|dangling over|hanging over|on the other side of) the (?:railing"
       r"|edge|ledge|barrier|side|rail)\b|\b(?:climbed|climbing|climb|standing|stood|i'm) (?:over|on the other side"
       r" of) the (?:railing|barrier|fence|rail|edge)s?\b(?=.*\b(?:bridge|balcony|roof|floor|cliff|ledge|jump|drop)\b)",
       # A view, a photo, a walk: "stood on the bridge and took photos of the sunset".
       unless=r"^(?!.*\b(?:jump\w*|end it|edge|over the|other side|goodbye|can't|don't want|drop|fall|falling|let go"
              r"|railing|barrier|ledge|last time|looking down|how high|high enough|into the (?:water|river|sea))\b).*\b"
              r"(?:photos?|pictures?|selfies?|sunset|sunrise|the view|views|scenery|fireworks|tourists?|sightseeing"
              r"|(?:walk|walked|walking|cycle|cycled|cycling|drive|drove|driving) (?:across|over)|picnic|painting"
              r"|sketch\w*|bird ?watching|stargazing|the stars|the boats|the lights|skyline|my lunch|coffee)\b"),
    _p(PLAN_OR_MEANS, "at_the_top",
       rf"\b(?:i'm|standing|sitting|up) (?:at|on) the top (?:floor )?of (?:the |a |this |my )?(?:\w+ )?{HIGH_PLACE}s?\b"
       rf"(?=.*\b(?:don't want to (?:come|go|walk) (?:back )?down|jump|edge|over the|end it|goodbye|can't do this)\b)"),
    _p(PLAN_OR_MEANS, "gun",
       r"\b(?:gun|pistol|rifle|shotgun|revolver) (?:to|against|in|into) my (?:head|mouth|temple|chest)\b"
       r"|\bshoot(?:ing)? myself\b|\bblow my (?:brains|head) (?:out|off)\b"
       r"|\b(?:load|loaded|loading|bought|buying|got|get|have|holding|hold|took|taking|found|getting) (?:a |the |my"
       r" |his |her |dad's |my dad's |my husband's |a loaded )?(?:loaded )?(?:gun|pistol|rifle|shotgun|revolver"
       r"|firearm)\b",
       unless=r"(?:licen[sc]e|hunting|range|club|collection|photo|photos|portrait|headshots?|selfies?|video|film"
              r"|nerf|water gun|glue gun|toy|in the foot|paintball|airsoft)"),
    _p(PLAN_OR_MEANS, "alone_with_means",
       r"\b(?:in the bath|in the bathtub|in the bathroom|on the bathroom floor|on the floor|in my car|in the car"
       r"|on the (?:edge|side) of the (?:bath|bathtub|bed)"
       r"|locked in my room|alone) (?:\w+ ){0,3}with (?:a |the |my |some |all my )?(?:hose|charcoal|razor|razors|blade|blades"
       r"|knife|pills|rope|gun|tablets|belt)\b"),
    _p(PLAN_OR_MEANS, "car_exhaust",
       r"\b(?:car|garage) with the engine (?:running|on)\b|\bengine running in the garage\b|\bhose (?:from|to|on)"
       r" the exhaust\b|\bcharcoal (?:in|burning in) (?:my|the) (?:room|car|tent)\b"
       r"|\bcharcoal\b(?: [\w',.]+){0,12} (?:tape|taped|taping|seal|sealed|sealing) (?:up )?(?:the |all the |my )?"
       r"(?:windows?|doors?|vents?|gaps|room|bathroom|car)\b|\b(?:tape|taped|taping|seal|sealed|sealing) (?:up )?"
       r"(?:the |all the |my )?(?:windows?|doors?|vents?|gaps)\b(?: [\w',.]+){0,12} (?:charcoal|gas|bbq|barbecue"
       r"|engine|exhaust|fumes|helium)\b|\bhead in the oven\b|\bexit bag\b"
       r"|\bgarage\b(?: [\w',.]+){0,14} (?:the )?engine (?:running|on)\b|\bgarage\b(?: [\w']+){0,5} (?:car|engine) (?:running|on)\b|\b(?:car|engine) (?:running|on)\b(?: [\w']+){0,5}"
       r" (?:in the|in my) garage\b",
       unless=r"\b(?:outside|waiting|parked|before (?:my|the) (?:session|appointment)|to (?:warm|cool)|heater|air con"
              r"|pick (?:up|him|her|them)|drop (?:off|him|her|them)|school run|traffic)\b"),
    _p(PLAN_OR_MEANS, "blade_to_body",
       r"\b(?:slit|slitting|slice|slicing|slash|slashing|cut open|cutting open|open|opening) my (?:wrists?|throat"
       r"|veins)\b"
       r"|\b(?:knife|blade|razor) (?:to|against|on) my (?:wrists?|throat|skin|neck)\b"),
    _p(PLAN_OR_MEANS, "drown",
       r"\bdrown(?:ing)? myself\b|\b(?:going to|want to|i'll|about to|gonna|ready to|planning to|plan to|thinking"
       r" (?:about|of)|tempted to) (?:just )?walk(?:ing)? into the"
       r" (?:sea|ocean|river|lake|water)\b|\b(?:drink|drinking) myself to death\b|\b(?:drink|drinking) (?:until"
       r"|till) i (?:die|pass out and die|don't wake up)\b|\bwalk(?:ing)? into the (?:sea|ocean|river|lake) and (?:not|never) (?:come|coming)"
       r" back\b"),
    _p(PLAN_OR_MEANS, "has_a_plan",
       r"\b(?:a|the|my) plan (?:to|for how to|on how to|of how to|for when i|for ending|for killing) (?:kill|end"
       r"|die|take my|hang|overdose|jump|do it|ending|killing|go through with it|not be here)\b"
       r"|\b(?:deciding|decided|planning|working out|figuring out|worked out|figured out) (?:exactly )?(?:how|when|where)"
       r" (?:to|i'll|i will|i'm going to) do it\b(?! (?:in person|by|over|via|with|at (?:the|my|our) (?:session"
       r"|appointment))\b)"
       r"|\b(?:written|wrote|finished|left) (?:my|a|the) note\b(?=.*\b(?:i'm ready|ready to go|goodbye|tonight"
       r"|for my (?:family|kids|parents|mum|dad)|they'll find)\b)"
       r"|\bi (?:know|decided|figured out|worked out|planned) (?:exactly )?(?:how|when|where) (?:i'm going to|i'll"
       r"|i'd|i will|to) (?:do it|end it|kill myself|die|end my life)\b(?! (?:in person|by|over|via|with|at)\b)"
       r"|\b(?:picked|chosen|chose|set|decided on|planned) (?:a |the )?(?:date|day|time|place|spot|method|way)"
       r" (?:to|for|when i'll|when i) (?:die|do it|end it|kill myself|end my life|jump|hang)\b"
       r"|\bi ?(?:have|'ve got|made|'ve made) a plan\b.*\b(?:going to|will|'ll|gonna) do it\b"
       r"|\b(?:have|got|i've got) (?:a plan and (?:the )?means|the means and a plan|the means to (?:do it|end it"
       r"|kill myself))\b"
       r"|\b(?:going to|i'll|will|plan to|planning to) (?:go through with it|do it) (?:tonight|this weekend"
       r"|tomorrow|when everyone's asleep)\b.*\b(?:die|end|kill|pills|rope|jump)"),
    _p(PLAN_OR_MEANS, "note_or_will",
       r"\b(?:wrote|written|writing|write|left|leave|finished|drafted|drafting) (?:a |my |the )?(?:suicide|goodbye"
       r"|farewell) (?:note|letter|letters|notes|message)\b|\b(?:wrote|written|writing|finished) my will\b"
       r"(?=.*\b(?:goodbye|won't need|die|end))"),
    _p(PLAN_OR_MEANS, "weapon_to_place",
       r"\b(?:bring|take|bringing|taking|carry|carrying) (?:(?:a|my|the|his|her)(?: [\w']+'s)? |[\w']+'s )?"
       r"(?:knife|gun|weapon|blade"
       r"|rifle) (?:to|into) (?:school|work|the office|class|my session|therapy|his house|her house|their house"
       r"|the party|church)\b|\bshoot (?:up )?(?:the |my )?(?:school|office|workplace|class|mall|church|mosque"
       r"|synagogue|temple)\b"),

    _p(PLAN_OR_MEANS, "plan_with_timing",
       rf"\b{_RESOLVE}\b.*\b{_EVENT}\b|\b{_EVENT}\b.*\b{_RESOLVE}\b"
       rf"|\b(?:once|when|after|as soon as) (?:everyone|everybody|the (?:house|kids|flat)|my [\w']+|they|he|she)"
       rf"(?:'s|'re)?(?: [\w']+){{0,4}} (?:asleep|in bed|gone|out|away|empty|at (?:work|school|their|his|her)(?: [\w']+){{0,2}}"
       rf"|goes away|go away|leaves?|left)(?: [,.])? (?:i'm|i'll|i will|i am) (?:going to )?(?:do it|doing it|go through"
       rf" with it|going through with it|end it|ending it)\b"
       rf"|\b(?:chosen|picked|set|worked out|decided on|fixed) (?:the|a) (?:day|date|time and place|place and time|time"
       rf"|place|method)\b.*\bit(?:'ll| will|'s going to|'s| is) (?:be |happen )?{_DAY}"
       rf"|\beverything(?:'s| is) (?:arranged|ready|sorted|set|planned) for when (?:[\w']+ ){{0,4}}(?:goes away|is away"
       rf"|'s away|is out|'s out|asleep|leaves|is gone|'s gone)\b"
       rf"|\b(?:got|have|i've got|i've) (?:it |everything )?(?:all )?(?:planned|sorted|arranged|worked out)(?: out)? for"
       rf" {_DAY}(?= \.|$| when (?:the house|everyone|nobody|no one))",
       unless=THERAPY + r"|\b(?:wedding|party|holiday|trip|birthday|moving|exam|interview|dinner|film|date night"
              r"|excited|can't wait|lol|haha|hen do|stag do|gig|concert|presentation|surprise)\b"),
    _p(PLAN_OR_MEANS, "weapon_on_the_way",
       r"\b(?:got|have|grabbed|taking|bringing|with) (?:a |my |the |his |her )?(?:knife|gun|bat|hammer|machete|weapon"
       r"|blade)\b(?: [\w',.]+){0,6} (?:going|heading|on my way|driving|walking) (?:round |over )?to (?:his|her|their"
       r"|hers|theirs|my [\w']+'s|[a-z]+'s)\b|\b(?:make|making) (?:him|her|them) pay\b(?=.*\b(?:tonight|knife|gun|bat|hammer|weapon|hurt"
       r"|kill|blade|machete|axe|crowbar)\b)|\b(?:get|getting|take|taking) (?:my )?revenge on (?:him|her|them|my [\w']+|the (?:guy|man|woman|girl|boy|lad|person|people|one|ones|kid|kids))\b(?=.*\b(?:tonight|today"
       r"|now|knife|gun|bat|hurt|kill|won't walk away|pay)\b)",
       unless=r"\b(?:shelf|shelves|diy|nails?|fix|fixing|build|building|put up|hang|hanging|assemble|ikea|picture|frame"
              r"|mirrors?|tools?|toolbox|cake|cook\w*|dinner|roast|bbq|barbecue|cricket|baseball|rounders|softball|match"
              r"|practice|game|lol|haha)\b"),

    # Goodbye messages.
    _p(GOODBYE, "before_i_go",
       r"\bbefore i go(?: [.,])? (?:i )?(?:just )?(?:want(?:ed)?|need(?:ed)?|have) to (?:say|tell|thank|let)\b",
       unless=r"see you|next (?:week|time|session)|talk (?:soon|tomorrow|later)|tomorrow|bye for now|for (?:today|now"
              r"|tonight)|holiday|on (?:leave|my trip)|to (?:bed|work|sleep|the)|this (?:session|chat) ends"),
    _p(GOODBYE, "sorry_goodbye",
       r"\b(?:tried my best|(?:it's|it is|it was) (?:not|nobody's|no one's|noones) (?:[\w']+ )?fault|forgive me|i'm sorry"
       r"(?: for (?:everything|all of it|being [\w ]+))?)(?: [\w',.]+){0,4} (?:goodbye|farewell|bye forever|bye everyone)"
       r"\b(?! (?:for now|see|till|until|for today|tomorrow)\b)"
       r"|\btell (?:my )?(?:{kin}s?|kids|children|friends|everyone) (?:that )?(?:it (?:wasn't|isn't|was not|is not)"
       r"|none of (?:this|it) (?:was|is)) (?:their|her|his|your) fault\b".replace("{kin}", KIN)
       + r"|\b(?:thank(?:s| you) for everything|i'm sorry|i love you|goodbye)\b(?: [\w',.]+){0,4} (?:it's|it is) (?:my )?time"
         r" (?:for me )?to go\b"
       r"|\b(?:goodbye|farewell)\b(?: [\w',.]+){0,8} (?:i'm sorry for everything|sorry for everything|forgive me)\b"
       r"|\b(?:left|leaving|written|wrote|sorted|writing)\b(?: [\w',]+){1,8} for (?:after|afterwards|when i'm (?:gone|not"
       r" here|dead))(?= [.,]|$)",
       unless=r"see you|next (?:week|time|session)|talk (?:soon|tomorrow|later)|bye for now|for now|holiday|on leave"
              r"|maternity|retire|trip|to (?:bed|work|sleep)|\b(?:lol|haha)\b"),
    _p(GOODBYE, "last_message",
       r"\b(?:this|it) (?:is|will be|'s|might be) (?:going to be )?(?:probably |likely |maybe |most likely |almost certainly |definitely )?my (?:very )?(?:last|final) (?:message|text"
       r"|words|post|goodbye|note|night)\b|\bthis is (?:my )?(?:last|final) (?:message|goodbye)\b"
       r"|\b(?:last|final) time (?:i'll|i will|i'm going to|i) (?:ever )?(?:message|text|talk to|speak to|write to|contact)"
       r" (?:anyone|anybody|you|people|you all|everyone)\b",
       unless=r"(?:last|final) (?:message|text|post|night)(?: \w+){0,3} (?:for (?:today|tonight|now|the (?:day|night"
              r"|week))|before (?:i|bed|my|the)|until|till|tonight|today|about|on this|here today|of (?:the|my)"
              r"|in (?:the|this|my)|at (?:the|my)|as a)|(?:for|until|till) (?:tomorrow|next time|later|the morning)"
              r"|(?:go|going to|i'll|'m going to|off to|heading to) (?:sleep|bed|work)|log(?:ging)? off|sign(?:ing)? off|good ?night"
              r"|talk (?:tomorrow|soon|later)|see you|bye for now|promise|in (?:london|town|the city|my flat"
              r"|this (?:job|house|flat))"
              # Asking how to word the last message to a therapist is ending therapy, this bot's work.
              r"|(?=.*\b(?:therapist|counsell?or|counselor|psychologist|psychiatrist|therapy)\b)"
              r"(?=.*\b(?:help me|how (?:do|should|can|would) i|how to) (?:word|write|phrase|draft|say|put)\b)"),
    _p(GOODBYE, "goodbye_forever",
       r"\b(?:goodbye|good bye|bye|farewell) (?:forever|for good|for ever|for the last time|everyone|world|cruel"
       r" world|to everyone|to all|to this world|to the world)\b|\bthis is (?:my )?goodbye\b"
       r"|\b(?:want|wanted|needed|need|had) to say (?:goodbye|bye) to (?:someone|somebody|anyone|anybody)(?= [.,]|$)"
       r"|\b(?:saying|say|said|writing|wrote) (?:my )?(?:final )?(?:goodbyes?|farewells?) (?:to everyone|to my"
       r" (?:family|friends|kids|children)|for good|forever)\b|\b(?:i'm )?sorry for everything (?:[.,] )?(?:goodbye"
       r"|bye|i love you)\b",
       unless=r"see you|talk (?:soon|later|tomorrow)|for now|next (?:time|week|session)|goodbye (?:to|forever to)"
              r" (?:my|this|that|the) (?:therapist|counsellor|counselor|old|job|habit|ex|bad)|bye for now"
              # Leaving one therapist for another.
              r"|(?:new|another|different) (?:therapist|counsell?or|counselor|psychologist)"
              r"|\b(?:joking|jokingly|kidding)\b"
              r"|(?:see|seeing|found|switch(?:ing)? to|going to) (?:someone|somebody) (?:who|that)"
              r" (?:speciali[sz]es|works with|does|knows)"),
    _p(GOODBYE, "tell_them_i_love_them",
       rf"\b(?:please|can you|could you|would you|will you|someone|somebody|make sure you)(?: please)? (?:tell|let)"
       rf" (?:my |everyone|all )?(?:{KIN}s?|kids|children|friends|everyone)?(?: and (?:my )?\w+)?(?: know)?"
       rf"(?: that)? (?:i (?:love|loved) (?:them|her|him|you|all|everyone|you all)|i'm sorry|it's not (?:their|her"
       rf"|his|your) fault|it wasn't (?:their|her|his|your) fault)\b"
       rf"|\btell (?:my )?(?:{KIN}s?|kids|children|friends|everyone)(?: and (?:my )?\w+)? (?:that )?i (?:love|loved)"
       rf" (?:them|her|him)(?: all| so much)? (?:[.,] )?(?:goodbye|bye|forever|i'm sorry|and goodbye)\b"),
    _p(GOODBYE, "thanks_at_the_end",
       r"\b(?:goodbye|bye|farewell)\b(?=.*\b(?:thank you|thanks) for (?:[\w']+ ){0,5}(?:at the end|till the end"
       r"|until the end|for trying)\b)|\b(?:thank you|thanks) for (?:[\w']+ ){0,5}(?:at the end|till the end"
       r"|until the end)\b(?=.*\b(?:goodbye|bye|farewell)\b)",
       unless=r"\b(?:session|meeting|call|class|course|week|day|month|year|term|film|movie|book|show|programme)\b"),
    _p(GOODBYE, "done_goodbye",
       r"\bi'm (?:so |just |really )?done (?:[.,] )?(?:goodbye|farewell|bye forever)\b(?! (?:for now|see|till|until"
       r"|for today)\b)"),
    _p(GOODBYE, "said_my_goodbyes",
       r"\b(?:said|saying|say|made) (?:all )?my (?:final |last )?(?:goodbyes|byes|farewells)\b",
       unless=r"goodbyes? to (?:my |the |our )?(?:old |last |former )?(?:therapist|counsellor|counselor|team"
              r"|colleagues|coworkers|class|house|flat|school|uni|job|office|students|clients|home|town|city)"),
    _p(GOODBYE, "goodbye_before_i_go",
       r"\b(?:say|said|saying) (?:my )?goodbyes? (?:to [\w']+ (?:[\w']+ )?)?before i (?:go|die|leave this world|do"
       r" it|end it)\b(?! (?:to|on|out|home|away|back|into|for|and get|shopping|abroad|travelling|traveling)\b)"),
    _p(GOODBYE, "letters_for_after",
       r"\b(?:wrote|written|writing|left|leaving|finished|finishing) (?:\w+ )?(?:letters|notes|a letter|a note"
       r"|goodbye letters) (?:to|for) (?:everyone|everybody|each of|all of|my (?:family|kids|children|parents"
       r"|friends|loved ones|partner|wife|husband|mum|dad|sister|brother))\b(?=.*\b(?:find|tonight|when i'm gone"
       r"|(?:they're|they are|it's|it is|left (?:them|it)) (?:on|in|under) (?:the|my) (?:\w+ )?(?:table|bed|desk|drawer|pillow"
       r"|counter|side)"
       r"|after i'm gone|goodbye|forgive me|won't need|explain why|understand why|know why|why i did)\b)"
       r"|\b(?:they'll|they will|someone will|somebody will|(?:he|she)'ll|my \w+ will|my \w+'ll) find (?:me|my"
       r" body)\b(?! (?:a|an|another|some|the|someone|somewhere|something|work|help|out|annoying)\b)",
       unless=r"christmas|birthday|thank|therap|counsel|homework|exercise|assignment|unsent|never send|pen ?pal"
              r"|wedding|cards?|invitations?|complain|council|landlord|apolog|teacher|application|cover letter"
              r"|hide and seek|hiding place"),
    _p(GOODBYE, "if_you_read_this",
       r"\bif (?:you|anyone|someone|you're|anyone's) (?:read|reads|reading|find|finds|see|sees) this\b(?: [,.])?"
       r" (?:i'm (?:so )?sorry|i love you|please forgive|goodbye|it's not your fault|it wasn't your fault)\b"),
    _p(GOODBYE, "this_is_it", r"\bthis is (?:it|the end) for me\b|\b(?:tired|sick) of being a burden\b"),
    _p(GOODBYE, "look_after_them_for_me",
       r"\b(?:please|can you|could you|will you|promise you'll) (?:\w+ )?(?:look after|take care of|feed|mind) my"
       r" (?:cat|dog|pets?|kids|children|son|daughter|baby|rabbit|hamster|fish)\b(?! (?:while|when|this|next|on|over"
       r"|for the|until|till|during)\b)",
       unless=r"\b(?:holiday|vacation|away|trip|weekend|work|hospital for|surgery|appointment)\b"),
    _p(GOODBYE, "love_you_goodbye",
       r"\b(?:i love (?:you|you all|them|everyone|you guys)(?: all)?(?: so much)?|i'm (?:so )?sorry)"
       r" (?:[.,] )?(?:goodbye|farewell)\b"),
    _p(GOODBYE, "wont_be_a_burden_soon",
       r"\b(?:won't|will never|not going to|never going to) (?:be a|have to be a) (?:problem|burden) (?:for|to)"
       r" (?:anyone|anybody|you|them|my family|everyone|you all) (?:anymore|any more|much longer|after (?:tonight"
       r"|today)|soon|for much longer)\b|\b(?:after (?:tonight|today|this weekend)|tomorrow|tonight|soon) i (?:won't|will"
       r" not|'m not going to) be a (?:problem|burden)(?= [.,]|$| (?:for|to) (?:anyone|anybody|you|them|my family|everyone)"
       r"(?= [.,]|$| (?:anymore|any more|again)\b))",
       unless=r"\b(?:working from home|wfh|office|desk|parking|noise|noisy|late|car|shift|rota|lol|haha)\b"),
    _p(GOODBYE, "by_the_time_you_read",
       r"\bby the time (?:you|anyone|someone|somebody|they|my \w+) (?:read|reads|see|sees|find|finds|get|gets)"
       r" (?:this|these|my (?:message|note|letter))\b(?!(?: \w+){0,4} (?:i'll have|i will have) (?:booked|sent"
       r"|emailed|left for|arrived|finished|told))"),
    _p(GOODBYE, "when_im_gone",
       r"\b(?:when|after|once) i'm (?:gone|dead|not here anymore|no longer here|not around anymore|no longer"
       r" around)\b(?! (?:on|for|to|next|away|at|the weekend|this weekend|travelling|traveling|for work"
       r"|on holiday|on vacation)\b)",
       unless=r"\bi'm gone (?:\w+ ){0,3}(?:holiday|vacation|trip|work|travel)"),
    _p(GOODBYE, "giving_things_away",
       r"\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my |of my )?(?:stuff|things|belongings"
       r"|possessions|pets?|cat|dog|clothes|savings|everything i own)\b|\b(?:giving|gave|give|given) (?:all )?(?:of )?"
       r"my (?:stuff|things|belongings|possessions) away\b",
       unless=r"charity|declutter|moving|move (?:house|out|abroad|away)|minimalis|garage sale|yard sale"
              r"|car boot|old clothes|spring clean|(?:clothes|stuff|things) i don't"),
    _p(GOODBYE, "wont_be_around",
       r"\b(?:won't|not going to|might not) be (?:here|around|alive) (?:much longer|for much longer|for long"
       r"|after tonight|after today|by morning|to see (?:it|them|that|christmas|my birthday)|for (?:them|it|that"
       r"|any of (?:it|them)|christmas|my birthday|the wedding))\b"
       r"|\b(?:not sure|don't know if|don't think|doubt) i(?:'ll| will) (?:still )?be (?:here|around|alive)"
       r" (?:next (?:week|month|year)|tomorrow|by|for (?:much longer|long)|much longer|at christmas|for my birthday"
       r"|in a (?:week|month|year))\b"
       r"|\b(?:by then|by tomorrow|by (?:the )?morning|by tonight) i(?:'ll| will) (?:already |probably )?be (?:gone"
       r"|dead)\b"
       r"|\b(?:i'll|i will|i'm going to|i might|i may) (?:already |probably |just )?be (?:gone|dead) (?:by then"
       r"|by tomorrow|by (?:the )?morning|by tonight|by the weekend|before (?:then|morning|tomorrow|you|anyone|they"
       r"|my|the)|soon|forever)\b",
       unless=r"\b(?:holiday|vacation|work|working|travel\w*|trip|away|busy|conference|wedding|visit|visiting|camp"
              r"|abroad|moving|shift|flight|festival)\b|gone for (?:the|a)\b"),
    _p(GOODBYE, "wont_be_here_tomorrow",
       r"\b(?:won't|not going to|might not) be (?:here|around|alive) (?:tomorrow|anymore|any more|by tomorrow)\b"
       r"|\b(?:tomorrow|tonight|by morning|after tonight|soon) i (?:won't|will not|might not) be (?:here|around|alive)\b"
       r"|(?:(?<=\bbecause )|(?<=\bsince )|(?<=\bcause )|(?<=\bcos )|(?<=\bcoz )|(?<=\bas ))i ?(?:won't|will not"
       r"|'m not going to|am not going to) be (?:here|around"
       r"|alive)(?= [.,]|$| (?:anymore|any more|by then|to see|much longer|for long)\b)",
       unless=r"\b(?:holiday|vacation|work|working|travel\w*|trip|away|busy|conference|wedding|visit|visiting|camp"
              r"|abroad|moving|shift|appointment|exams?|app|chat|site|clinic|practice|job|school|uni|office|town)\b"),

    # Self-harm.
    _p(SELF_HARM, "cut_self",
       r"\b(?:cut|cutting|cuts|slash(?:ed|ing)?|slice|sliced|slicing) (?:myself|my (?:wrists?|arms?|thighs?|legs?"
       r"|skin|stomach|body|hips?|forearms?))\b(?! (?:off|short|some slack|a break|out of|loose|free|open on"
       r"|on (?:a|the|some) (?!purpose)|(?:a|an|another) (?:[\w']+ ){0,2}(?:slice|piece|wedge|chunk|portion|helping|fringe"
       r"|slab|hunk|sliver|serving|bit of|share|sandwich|doorstep)|some (?!more|again|deeper|tonight|today)[\w']+)\b)",
       unless=r"(?:cut|cutting|sliced|slicing) (?:myself|my \w+) (?:\w+ ){0,3}(?:shaving|cooking|chopping"
              r"|by accident|accidentally|on glass|on a|on the|while|paper cut|gardening|at work|opening)"
              r"|(?:accidentally|accident|paper) cut"),
    _p(SELF_HARM, "cutting",
       r"\b(?:i've been|i'm|been|started|start|stop|stopped|quit|relapsed|relapse|urge to|urges to|want to"
       r"|thinking about|think about|back to|went back to|go back to|still|keep|kept|i|i've|can't stop|have been)"
       r" (?:\w+ )?cutting(?: myself| again)?\b(?! (?:\w+ ){0,2}(?:hair|back|down|out|ties|corners|class|classes"
       r"|school|people|off|costs|carbs|sugar|calories|onions|vegetables|veg|wood|paper|fabric|grass|coupons"
       r"|it close|through|in line|the (?:cord|cake|bread|grass|onions)|my (?:hair|nails|losses|hours)|loose"
       r"|ties|them|him|her|contact|meat|gluten|dairy|alcohol|drinking|coffee|caffeine|screen|spending"
       r"|the crap|to the chase|edge))\b"),
    _p(SELF_HARM, "about_to_cut",
       r"\b(?:stop|keep|stopping|keeping|stopped) myself (?:from )?(?:cutting|burning myself|hurting myself|self harming"
       r"|cutting myself)\b(?=.*\b(?:right now|tonight|now|shaking|so bad|urges?|can't|again)\b)|\b(?:going to|want to|need to|about to|i'll|urge to|tempted to|have to) (?:\w+ )?cut (?:tonight|again"
       r"|today|right now|when i get home|later|so bad|so badly|deeper)\b"),
    _p(SELF_HARM, "burn_self",
       r"\bburn(?:ing|ed|t|s)? myself\b(?! (?:out|on (?:the|a) (?:stove|oven|pan|iron|kettle|hob|toaster|tray)"
       r"|cooking|while|making|in the sun|sunbathing|at the beach|at work)\b)"
       r"|\bburn(?:ing|ed|t)? my (?:skin|arms?|wrists?|legs?|thighs?|hands?) (?:with|on purpose)\b",
       unless=r"burn(?:ing|ed|t)? (?:myself|my \w+) (?:\w+ ){0,3}(?:cooking|baking|ironing|kettle|oven|stove"
              r"|by accident|accidentally)"),
    _p(SELF_HARM, "hurt_self",
       r"\b(?:hurt|hurting|harm|harming|injure|injuring|hit|hitting|punch|punching|bruise|bruising|bite|biting)"
       r" myself\b",
       unless=r"(?:hurt|hurting|harm|harming|injure|injuring|hit|hitting|punch|punching|bruise|bite|biting)"
              r" myself (?:\w+ ){0,4}(?:at the gym|in the gym|playing|lifting|running|skiing|skating|training"
              r"|climbing|cycling|working out|doing sport|in a fall|at football|at work|moving|on the)"
              r"|(?:fell|falling|tripped|slipped) (?:\w+ ){0,5}(?:hurt|hit|injured) myself"
              r"|hurt(?:ing)? myself (?:by|more by|in the long run|emotionally|financially|with (?:my|this|that)"
              r" (?:choices|decision|habit|silence))|only hurting myself|(?:just|really) hurting myself by"
              r"|hurt myself laughing|bit(?:e|ing)? myself (?:on|in) the (?:tongue|lip|cheek)"
              r"|(?:hit|hitting) myself (?:on|in) the head with (?:a|the) (?:door|cupboard|shelf)"
              r"|(?:hurt|harm|hurting|harming) myself or (?:anyone|others|someone)(?: else)? (?:\.|$)"),
    _p(SELF_HARM, "self_harm",
       r"\bself (?:harm|harming|harmed|harms|injury|injuring|injure|injured|injurious|mutilation|mutilate"
       r"|mutilating)\b|\bmyself harm(?:ing|ed|s)?\b|\bsh (?:urges|again|wounds|cuts)\b|\b(?:my|did|doing|do|relapsed on|relapse on"
       r"|urges to|urge to) sh\b",
       unless=r"(?:self harm|self injury|sh) scars?\b|(?:clean|free) (?:from|of) (?:self harm|self injury)"
              r"|self harm(?:ing)? free|(?:days|weeks|months|years) (?:clean|free) (?:from|of)"
              r"|\bask(?:s|ed|ing)? (?:me |you |us |clients |people )?(?:about|if|whether) (?:\w+ )?self harm"
              # A list of things asked about: "she asked about suicide, self harm, drugs, the lot".
              r"|\bask(?:s|ed|ing)? (?:me |you |us |clients |people )?about (?:[\w']+ (?:, |and ))(?:[\w']+ (?:, |and )){0,5}?"
              r"self harm(?!(?: [\w',.]+){0,8} (?:yes|i do|i did|i lied|i didn't tell|wasn't honest|i said i (?:do|did|was)))"
              r"|(?:questions?|questionnaire|screening|assessment|forms?) (?:\w+ ){0,5}self harm"
              r"|self harm (?:prevention|awareness|research|training|policy|module|lecture)"
              r"|(?:essay|research|training|module|course|lecture|dissertation|article|thesis) (?:\w+ ){0,3}self harm"),
    _p(SELF_HARM, "relapse_self_harm",
       r"\brelaps(?:e|ed|ing) (?:on |with |into |in )?(?:cutting|self harm|sh|hurting myself|self injury|burning"
       r" myself)\b|\burges? (?:to|of) (?:cut|self harm|hurt myself|harm myself|burn myself)\b"
       r"|\brelaps\w* (?:[.,] )?(?:and )?(?:cut|burned|burnt|hurt myself|self harmed)\b"
       r"|\bi (?:cut|burned|burnt) (?:again|last night|today|tonight|yesterday|this morning)\b"
       r"|\bcut (?:too deep|too deeply|deeper than)\b"),
    _p(SELF_HARM, "fresh_wounds",
       r"\b(?:fresh|new|deep|bleeding|open) (?:cuts|wounds|burns) (?:on|all over|up) my (?:arms?|legs?|thighs?"
       r"|wrists?|stomach|body|hips?)\b|\bmy (?:arms?|legs?|thighs?|wrists?) (?:are|is) (?:covered in|full of)"
       r" (?:fresh |new |deep )?(?:cuts|burns)\b"
       r"|\b(?:got|get|getting|took|take|taking|have|has) (?:the|my|all my|all the) (?:blade|blades|razor|razors"
       r"|pills|tablets|meds|rope|knife) out\b"
       r"|\b(?:got|get|getting|took|taking|pulled|pull|pulling|dug|digging|brought|bringing) (?:out )?(?:the |my"
       r" |all my |all the |some |old )?(?:razor blades|blades|blade|razors|razor)(?: out)?\b",
       unless=r"(?:pills|tablets|meds) out (?:of|for) (?:the|my) (?:cupboard|organi[sz]er|bag|pharmacy|morning|week)"
              r"|(?:took|take|taking) (?:the|my) (?:\w+ )?out (?:of|for) (?:the|my) (?:dishwasher|drawer|sink|wash)"
              # A household chore with a container or a tool: "all my pills out of the dosette to clean it",
              # "the blades out to change them". Not with words that make it an intent to take them.
              rf"|^(?!.*\b{_INTENT_TO_TAKE}\b)(?!.*\b(?:lined up|in front of me|counted out|ready|hoard\w*|stockpil\w*)\b)"
              r".*\bout (?:of (?:the |my |their |its )?(?:[\w']+ )?(?:dosette|pill ?(?:organi[sz]er|box|case|pot)|blister"
              r" (?:pack|packs|strips?)|packets?|boxes|box|bottles?|tubs?|case|cabinet|cupboard|drawer|bag|holder"
              r"|dispenser|razor|sharpener|cutter|pack)\b(?: [\w']+){0,4} )?(?:to|so i can|so that i can|and) (?:clean"
              r"|wash|sort|count|refill|restock|check|tidy|organi[sz]e|reorgani[sz]e|swap|change|replace|sharpen"
              r"|dispose of|throw (?:\w+ )?away|bin|recycle|label|dry|disinfect|descale|return|hand (?:\w+ )?in|take"
              r" (?:\w+ )?back|fix|repair|replace)\b"
              r"|shav|beard|craft|cardboard|boxes|scrap|paint|stanley|box cutter|pencil|lawn ?mower|blender|food"
              r" processor"),
    _p(SELF_HARM, "carve_skin",
       r"\bcarv(?:e|ed|ing) (?:\w+ ){0,4}(?:into )?my (?:skin|arms?|legs?|thighs?|wrists?|stomach)\b"
       r"|\bmake myself bleed\b|\b(?:scratch|scratching|scratched|pick|picking) (?:myself|my (?:skin|arms?|legs?|face"
       r"|wrists?|thighs?)) (?:until|till) (?:i|it|they) (?:bleed|bleeds|bled)\b|\bpunch(?:ed|ing)? (?:the )?walls? (?:until|till) (?:my )?(?:knuckles"
       r"|hands?) (?:bleed|bled|break|broke)\b"
       r"|\b(?:bang|hit|punch|scratch|pick|pull|bite|pinch|rub|slam|claw)\w* (?:my|myself)(?: [\w']+){0,4}"
       r" (?:until|till|til) (?:it|i|they|my \w+) (?:bleeds?|bled|bruises?|bruised|breaks?|broke|cracks?|cracked"
       r"|blisters?)\b|\b(?:until|till|til) i (?:bleed|bled|pass out)\b"
       r"|\b(?:scratch|scratching|scratched|pick|picking|picked|rub|rubbing) (?:myself|my (?:skin|arms?|legs?|face"
       r"|wrists?|thighs?)) (?:raw|to bleed|bloody)\b|\b(?:make|made|making) myself bleed\b"
       r"|\b(?:punish|punishing|hurt|hurting|mark|marking)(?: myself)? (?:with|using) (?:a |the |my )?(?:blade|razor"
       r"|razor blade|knife|lighter|compass|scissors)\b"
       r"|\b(?:helps?|helped|relief|release|cope|coping|copes)\b(?: [\w']+){0,4} (?:is |by |with )?(?:cutting|burning"
       r" myself|hurting myself|self harm|self harming|hitting myself)\b(?! (?:\w+ ){0,2}(?:hair|back|down|out|carbs"
       r"|sugar|people|costs|corners|ties|class|caffeine|alcohol|off))"),
    _p(SELF_HARM, "punish_body",
       r"\bhate (?:my body|myself)\b(?: [\w']+){0,6} (?:starve|cut|burn|hurt|punish|scratch)(?:s|ing)? (?:it|myself"
       r"|my body)\b|\b(?:starve|cut|burn|hurt|punish)(?:s|ing)? and (?:cut|burn|starve|hurt|punish)(?:s|ing)?"
       r" (?:it|myself|my body)\b"),
    _p(SELF_HARM, "means_kept_for_later",
       r"\b(?:keep|keeps|carry|carries|hide|hidden|stash|stashed|have|got)\b(?: [\w']+){0,2} (?:a |my |some )?(?:blade"
       r"|blades|razor|razors|razor blades|pills|tablets|lighter)\b(?: [\w']+){0,6} for when (?:it|things|i|everything)"
       r" (?:gets?|get|feel|am|'m) (?:bad|too much|worse|overwhelmed|low|really bad)\b"),
    _p(SELF_HARM, "starve_self",
       r"\bstarv(?:e|ing|ed) myself\b",
       unless=r"starv(?:e|ing) myself (?:before|for|until|till|til) (?:dinner|lunch|the party|tonight's|the buffet"
              r"|the (?:wedding|meal|feast|barbecue|bbq)|christmas dinner)"),

    # Overdose and poisoning.
    _p(OVERDOSE, "took_many_pills",
       rf"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|necked|ate|had|popped|popping|taking)"
       rf" (?:like |about |around |maybe |over |almost |nearly |half |a full |probably |at least )?{LOTS_OF}"
       rf"(?: of)? {WHOSE}(?:(?:sleeping|pain|anxiety|blood pressure|heart|prescription|old|allergy) )?{DRUGS}\b",
       unless=r"(?:take|taking|took) all (?:of )?my (?:meds|medication|pills|tablets) (?:\w+ ){0,2}(?:as prescribed"
              r"|every|each|on time|properly|regularly|correctly|daily|in the morning|at night|with food)"
              r"|\ball my (?:meds|pills|tablets) (?:like|as) (?:i'm|i was|my doctor)"
              r"|(?:take|taking|took) (?:all|the whole course of) (?:of )?my (?:antibiotics|meds)(?: \w+)? (?:course"
              r"|as)"
              r"|" + _TAKEN_OUT_NOT_SWALLOWED),
    _p(OVERDOSE, "counted_or_borrowed_pills",
       rf"\b(?:took|taken|swallowed|downed|necked|popped|ate)\b(?: [\w']+){{0,6}} {DRUGS}\b(?: [\w',]+){{0,3}}"
       rf" (?:maybe |about |like |around |at least |over |almost |nearly )?(?:[5-9]|[1-9]\d+|ten|twelve|fifteen"
       rf"|twenty|thirty|a dozen|dozens)(?: of them)?\b"
       rf"|\b(?:took|taken|swallowed|downed|necked|popped)(?: some of| a few of| all of| a load of| loads of)?"
       rf" (?:my )?(?:mum's|dad's|nan's|gran's|partner's|husband's|wife's|sister's|brother's|friend's|flatmate's)"
       rf" (?:\w+ )?{DRUGS}\b",
       unless=r"\b(?:mg|milligrams?|mcg|ml|hours?|days?|years?|weeks?|minutes?|am|pm|o'clock)\b"),
    _p(PLAN_OR_MEANS, "large_supply",
       rf"\b(?:have|got|'ve got|keep|kept|hid|hidden|stashed|stored) (?:like |about |around |over )?(?:[4-9]\d|[1-9]\d\d+"
       rf"|forty|fifty|sixty|seventy|eighty|ninety|a hundred|hundreds of|dozens of|a stash of|a stockpile of|a drawer"
       rf" full of|a box full of|boxes of|bottles of)(?: of)? {WHOSE}(?:(?:\w+ )?(?:heart|sleeping|pain|blood pressure"
       rf"|anxiety) )?{DRUGS}\b"),
    _p(OVERDOSE, "pills_without_count",
       rf"\b(?:swallowing|taking|popping|eating|downing) {WHOSE}{DRUGS} (?:all day|all night|one after another|like"
       rf" sweets|like candy|by the handful|non stop)\b|\b{DRUGS}\b(?: [\w',.]+){{0,8}} lost count\b"
       rf"|\blost count of (?:how many )?(?:the )?{DRUGS}\b"),
    _p(OVERDOSE, "whole_supply",
       rf"\b(?:took|taken|swallowed|downed|taking|take|swallow) (?:my|the|a|her|his|mum's|my mum's) (?:whole"
       rf"|entire|full|week's|month's) (?:\w+ )?(?:prescription|bottle|packet|box|supply|strip|blister pack"
       rf"|pack|stash)\b|\b(?:took|taken|swallowed|downed) (?:a|two|three) (?:week's|weeks'|month's|months')"
       rf" (?:worth of|supply of) (?:my )?{DRUGS}",
       unless=_TAKEN_OUT_NOT_SWALLOWED.replace(rf"\b{DRUGS} out (?:of|from)\b", r"\bout (?:of|from)\b")),
    _p(OVERDOSE, "overdose",
       r"\b(?:i|i've|i just|i've just|just|i think i|i might have|i may have|i'm going to|i'll|going to|want to"
       r"|plan to|planning to|thinking about|think about|thought about|tried to|try to|about to|tempted to"
       r"|decided to|i'm|i am|nearly|almost|urge to|urges to|tempted to|temptation to|impulse to|thoughts of"
       r"|thoughts about)(?: \w+)? (?:overdose|overdosed|overdosing|od|overdoes)\b"
       r"(?! on (?:coffee|caffeine|sugar|chocolate|tv|netflix|youtube|podcasts|self help|positivity|memes|tiktok"
       r"|reality tv|cake|candy|sweets|energy drinks|work|love|therapy|advice|information))"
       r"|\b(?:took|take|taken|taking|had|have had|'ve had) (?:an|a|the) (?:overdose|overdoes|od)\b"),
    _p(OVERDOSE, "poisoning",
       r"\b(?:drank|drink|drinking|swallowed|swallow|ate|took|taking|downed) (?:[\w']+ ){0,3}(?:bleach|antifreeze"
       r"|poison|weedkiller|weed killer|rat poison|drain cleaner|pesticide|paraquat"
       r"|dishwasher tablets)\b|\bpoison(?:ed|ing)? myself\b"),
    _p(OVERDOSE, "pills_with_alcohol",
       rf"\b(?:took|taken|swallowed|downed|necked|drank|had)\b(?: [\w']+){{0,8}} (?:vodka|wine|whiskey|whisky|gin|alcohol"
       rf"|booze|beer|rum|tequila|cider) (?:and|with|plus|on top of|along with) (?:[\w']+ ){{0,4}}{DRUGS}\b"
       rf"|\bmix(?:ed|ing)? (?:my |all my |the |some )?{DRUGS} (?:with|and) (?:alcohol|vodka|wine|booze|whiskey"
       rf"|beer|drink|drinks|gin)\b|\b(?:took|taken|swallowed) (?:\w+ ){{0,4}}{DRUGS} (?:with|and) (?:a bottle of"
       rf" )?(?:vodka|wine|whiskey|gin|alcohol)\b"),

    # Danger from others: violence, threats, abuse, a child at risk.
    _p(DANGER_FROM_OTHERS, "violence_against_me",
       rf"{PERPETRATOR}(?:'s| is| keeps| has been| always| still| just| sometimes| often| then| will| would|'ll"
       rf"| started| also| even| physically)?(?: (?!never\b|not\b|no\b|once\b)\w+)? (?:hits|hit|hitting|beats|beat|beating|beat up|beats up"
       rf"|punches|punched|punching|kicks|kicked|kicking|slaps|slapped|slapping|chokes|choked|choking|strangles"
       rf"|strangled|strangling|shoves|shoved|pushed|pushes|threw|throws|burns|burned|burnt|rapes|raped|molests"
       rf"|molested|touches|touched|grabs|grabbed|attacks|attacked|assaults|assaulted|abuses|abused|locks|locked"
       rf"|drags|dragged|bites|bit|stabbed|stabs|smacks|smacked|whips|whipped|headbutted) (?:me|us|my {YOUNG}"
       rf"|my (?:mum|mom|mother|sister|brother|nan|gran|grandma|wife|partner))\b"
       rf"|{PERPETRATOR}(?:'s| is| keeps| was| started)? (?:\w+ ){{0,2}}(?:throwing|throws|threw) (?:(?:a|the|his|her|my|some|a heavy|a glass|a hot) )?(?:things"
       rf"|stuff|plates|bottles|glasses|furniture|chairs|knives|\w+) at (?:me|us|my)\b",
       unless=r"\b(?:hit|hits) (?:me|us) (?:up|hard|like|that|how|when i realised|with (?:a|the|this|that"
              r"|another) (?:\w+ ){0,2}(?:deadline|question|comment|news|realisation|realization|bill|request|guilt trip|truth"
              r"|fact|list|email|project|task|curveball|surprise|joke|compliment))|\bit (?:hit|hits|really hit)"
              r"|(?:words|comment|comments|that|this|what (?:she|he|they) said) (?:really )?(?:hit|hits) me"
              r"|grabbed (?:me|us) (?:a|some|coffee|lunch|a drink|dinner)|locked (?:me|us) out of (?:my|the|our)"
              r" (?:account|app|phone|laptop)|touch(?:ed|es) (?:me|us) (?:deeply|so much|with|by|emotionally)"
              r"|touched (?:me )?on (?:the )?(?:shoulder|arm|hand|back)|pushed me (?:a bit|a little|too far|too"
              r" much|too hard)\b(?! (?:down|into|against|over|off|out)\b)|pushed me (?:to|into) (?:talk|try|open"
              r"|go|do|book|see|start|therapy|be)|pushes me (?:to|into) (?:talk|try|open|go|do|book|see|start"
              r"|therapy|be)|threw me (?:off|a party|a curveball|a bone|under the bus)|beat me (?:at|in|to)"
              r"|bit me (?:on the|when he was a puppy)|(?:dog|cat|puppy|kitten) (?:\w+ )?(?:bit|bites|scratched)"
              r"|^(?=.*\b(?:therapist|counsellor|counselor|sessions?|therapy)\b).*\bpush(?:es|ed|ing)? me\b(?! (?:down"
              r"|over|off|against|into (?:a|the) (?:wall|door))\b)"),
    _p(DANGER_FROM_OTHERS, "violence_later_in_sentence",
       rf"{PERPETRATOR}(?: [\w']+){{1,8}}? (?:and|then|but|,) (?:(?:he|she|they) )?(?:also |even |sometimes |then |still"
       rf" )?(?:hits|beats|punches|kicks|slaps|chokes|strangles|shoves|burns|rapes|attacks|abuses|smacks|whips"
       rf"|threatens) (?:me|us|my (?:{YOUNG}|mum|mom|mother|sister|brother))\b",
       unless=r"\b(?:hits?|threatens?) (?:me|us) (?:up|with (?:a|the|this|that|another) (?:\w+ ){0,2}(?:deadline|question"
              r"|comment|bill|request|fine|sack|review|grade|detention|eviction|legal action))|\b(?:lol|haha|jk)\b"),
    _p(DANGER_FROM_OTHERS, "attempted_violence",
       rf"{PERPETRATOR}(?: [\w']+){{0,2}} (?:tried|tries|trying|attempted|wanted|wants) to (?:kill|strangle|choke|stab"
       rf"|drown|smother|suffocate|hurt|hit|beat|punch|kick|burn|poison|run me over|push me)(?: me| us)?\b"
       rf"(?= [.,]|$| (?:me|us|again|last|yesterday|tonight|today|when|while|with|and|but|so)\b)",
       unless=r"hurt (?:me|us) (?:by|with (?:words|what|comments)|emotionally)|\b(?:lol|haha|jk)\b"),
    _p(DANGER_FROM_OTHERS, "stalked",
       r"\b(?:being|been|getting|i'm being|i'm getting|was) stalked\b|\bstalk(?:s|ing|ed)? me\b|\bmy stalker\b",
       unless=r"\b(?:on|across) (?:instagram|facebook|tiktok|twitter|social media|linkedin)\b|\blol\b"),
    _p(DANGER_FROM_OTHERS, "restrained_or_thrown",
       r"\b(?:grabbed|grabs|grabbing|held|holds|holding|pinned|pins|pinning|dragged|drags|dragging|pulled|pulls"
       r"|choked|chokes|slammed|slams|slamming|shook|shakes|threw|throws|shoved|shoves|pushed|pushes) (?:me|us)"
       r" (?:by the (?:neck|throat|hair)|against the wall|into the wall|(?:down|onto|to) the (?:floor|ground|bed)"
       r"|down the stairs|up against|so hard)\b",
       unless=r"\b(?:lol|haha|hug|hugged|hugging|dance|dancing|playing|play fight|wrestl\w*)\b"),
    _p(DANGER_FROM_OTHERS, "being_hurt",
       rf"{PERPETRATOR}(?: (?:at|from|in) [\w']+(?: [\w']+)?)?(?:'s| is| keeps| has been| won't stop| started"
       rf"| is still)? (?:physically |sexually )?"
       rf"(?:hurting|abusing|beating|hitting|attacking|raping|molesting|touching|choking|stalking|following|hurts)"
       rf" (?:me|us|my {YOUNG})\b",
       unless=r"hurt(?:ing|s) (?:me|us) (?:by|with (?:words|what|comments)|emotionally|so much when|when (?:she|he"
              r"|they) (?:says?|said|forgets?|forgot|cancels?|cancelled|looks?|looked|ignores?|ignored|criticis\w*"
              r"|doesn't|didn't|won't))|hurts? my feelings|following me (?:on|around on) (?:instagram|twitter|tiktok|social"
              r"|facebook|x)"),
    _p(DANGER_FROM_OTHERS, "threats",
       r"\bthreat(?:en|ens|ened|ening) (?:to )?(?:kill|hurt|harm|beat|shoot|stab|strangle|burn|rape|hit|take the"
       r" kids|take my kids|take the children|take my children|take my baby) ?(?:me|us|my|the kids|the children"
       r"|himself|herself|themselves)?\b|\bthreat(?:ens|ened|ening) me\b"
       r"|\b(?:he|she|they|my \w+)(?:'s)? (?:just |keeps |has been |is |always |still )?threaten(?:ing|ed|s)? (?:me|us|all of us"
       r"|everyone|the kids|my kids|the children|my family|the family)\b"
       r"|\b(?:said|says|saying|told me|tells me|telling me|texted|texts|messaged|warned|warns|threatened|threatens"
       r"|swore|swears|promised) (?:that )?(?:next time |if i [\w' ]{1,30}? )?"
       r"(?:he|she|they)(?:'d| would|'ll| will| is going to| was going to| were going to) (?:kill|hurt|beat"
       r"|shoot|stab|strangle|find|end|murder|bury|choke|burn) (?:(?:the|my) \w+ and (?:then )?)?(?:me|us|my \w+|himself"
       r"|herself|themselves)\b"
       r"|\b(?:he|she|they)(?:'d| would|'ll| will| is going to|'s going to) put (?:me|us) in (?:the )?(?:hospital|a"
       r" wheelchair|the ground|a coffin|an early grave|a&e)\b"
       r"|\b(?:burn|set fire to|torch|blow up) (?:the|our|my) (?:house|flat|home|apartment|place|room)(?: down)? with"
       r" (?:us|me|the kids|my \w+) (?:inside|in it|in there)\b"
       r"|\b(?:pulled|pulls|held|holds|pointed|points|came at me with|comes at me with) (?:a |his |her |the )?"
       r"(?:knife|gun|blade|bat|hammer)(?: (?:on|at|to) (?:me|us|my)\b)?",
       unless=r"threaten\w* (?:me|us) with (?:firing|the sack|a (?:bad|poor) (?:review|grade)|disciplinary"
              r"|detention|eviction|legal action|a fine)|kill me if i (?:was|were|am|'m|get|got|come|came) (?:late"
              r"|home late|back late)|kill me if i (?:fail|failed|forget|forgot|lose|lost|break|broke|crash|crashed"
              r"|eat|ate|miss|missed|skip|skipped|quit|dropped|spend|spent|touch|touched|use|used|borrow|borrowed|take|took"
              r"|wear|wore|read)|\bjok(?:e|es|ed|ing|ingly)\b|\bkidding\b|\b(?:lol|lmao|haha)\b"
              r"|(?:kill|strangle|murder|end|hurt|choke) me if i (?:\w+ )?(?:cancel\w*|forget|forgot|eat|ate|miss\w*"
              r"|spoil\w*|late|skip\w*|dent\w*|break|broke|lose|lost)"),
    _p(DANGER_FROM_OTHERS, "image_threats",
       r"\bthreat(?:en|ens|ened|ening) to (?:post|share|leak|send|release|publish) (?:my|our|the) (?:nudes|naked"
       r" (?:photos|pictures|pics)|intimate (?:photos|images|pictures|videos?)|sex tape|private (?:photos|pictures"
       r"|videos?))\b"),
    _p(DANGER_FROM_OTHERS, "night_visits",
       rf"{PERPETRATOR}(?: keeps| always| still| has been| sometimes)? (?:comes|coming|came|gets|getting|climbs"
       rf"|climbing|sneaks|sneaking) (?:into|in) (?:my|our) (?:room|bed|bedroom)(?: at night| when| again| last night| every"
       rf" night| in the night)"
       rf"|{PERPETRATOR}(?: [\w']+){{0,3}} (?:comes|coming|came|walks|walking|walked|barges|barging) (?:into|in) (?:the|my)"
       rf" (?:bathroom|bedroom|room|shower) (?:when|while) i(?:'m)? (?:shower|showering|in the (?:shower|bath)|changing"
       rf"|getting changed|undressed|naked|asleep|sleeping)\b"),
    _p(DANGER_FROM_OTHERS, "at_my_door",
       rf"{PERPETRATOR}(?:'s| is| keeps| has been| won't stop)? (?:outside|at|banging on|trying to get into|breaking"
       rf" into|trying to break into) my (?:house|door|flat|window|home|apartment|room|car|work)\b",
       unless=r"(?:pick|picking|drop|dropping|collect|collecting|deliver|delivering) (?:me|us|the kids|my \w+|it|up"
              r"|off)|give (?:me|us) a lift|to fix|for (?:dinner|lunch|coffee|a visit|the party)"),
    _p(DANGER_FROM_OTHERS, "break_in",
       r"\b(?:someone|somebody|a man|a guy|people|they|he|she|men)(?: has| is| just| have| are)? (?:broke|broken"
       r"|breaking|trying to break|tried to break|smashing|smashed) (?:in|into|in to) (?:my|our|the) (?:flat|house|home"
       r"|apartment|room|door|window)\b(?=.*\b(?:right now|now|tonight|hiding|hear (?:him|her|them)|still (?:here"
       r"|inside|in)|inside|downstairs|upstairs|scared|help)\b)"),
    _p(DANGER_FROM_OTHERS, "armed",
       rf"{PERPETRATOR}(?:'s| has| is| had| was holding| is holding| was carrying| is carrying| came home with"
       rf"| grabbed)(?: got)? (?:a |the |his |her )?(?:knife|gun|weapon|machete|bat|hammer)\b",
       unless=r"collection|licen[sc]e|hunting|for (?:work|the farm|hunting|cooking)|in a (?:safe|locked)"
              r"|locked away|kitchen knife (?:for|to) (?:cook|cut)|toy|nerf|water gun|glue gun"),
    _p(DANGER_FROM_OTHERS, "about_to_hurt_me",
       r"\b(?:he|she|they)(?:'s| is|'re| are) (?:going to|about to|trying to|coming to) (?:kill|hurt|strangle"
       r"|stab|shoot|beat|attack|get) (?:me|us)\b",
       unless=r"(?:when|if|once) (?:he|she|they) (?:\w+ ){0,2}(?:sees?|finds? out|hears?|learns?|notices?|realis"
              r"|realiz|knows?|reads?|gets? home|gets? back)|kill me (?:for|when|if)|\b(?:lol|haha|lmao|jk)\b"),
    _p(DANGER_FROM_OTHERS, "afraid_for_my_life",
       rf"\b(?:afraid|scared|fear|fearful|terrified|frightened|worried) (?:for|of losing) my (?:life|safety)\b"
       rf"|\bfear for (?:my|our) li(?:fe|ves)\b"
       rf"|\b(?:afraid|scared|terrified|frightened|worried|think|believe|sure) (?:that )?(?:he|she|they|my \w+)"
       rf"(?:'ll| will| might| could| is going to| are going to|'s going to|'re going to| would| may)"
       rf" (?:actually |really |seriously )?(?:kill|hurt|attack|beat|strangle|shoot|stab|rape|find) (?:me|us"
       rf"|my {YOUNG}|my {KIN}|her|him|them)\b",
       unless=r"(?:when|if|once) (?:he|she|they) (?:\w+ ){0,2}(?:sees?|finds? out|hears?|learns?|notices?|realis"
              r"|realiz|knows?|reads?|gets?)|kill me (?:for|when)|(?:hurt|hurting) (?:me|us) (?:by|emotionally"
              r"|when)|hurt my feelings"),
    _p(DANGER_FROM_OTHERS, "unsafe_at_home",
       rf"\b(?:not safe|unsafe|don't feel safe|never feel safe|no longer feel safe|afraid to go|scared to go|can't"
       rf" go|terrified to go|frightened to go|too scared to go|afraid to be|scared to be) (?:at |in my |in our"
       rf" |to go |back )?(?:home|my house|my home|our house|our home)\b"
       rf"|\b(?:(?:i'm|we're|my {YOUNG} (?:are|is)) not|i don't feel|i never feel|i no longer feel) safe"
       rf" (?:at home|in my (?:own )?(?:home|house)|with (?:my )?(?:{KIN}|him|her|them)|around (?:him|her"
       rf"|them|my {KIN}))\b",
       unless=r"(?:train|bus|flight|locked out|keys|traffic|snow|storm|strike|lost my keys|go home and (?:tell"
              r"|face|admit|explain)|till|until|before (?:the|my) (?:session|appointment|meeting|class|shift))"
              r"|" + THERAPY),
    _p(DANGER_FROM_OTHERS, "im_not_safe",
       r"\b(?:i'm|i feel|i don't think i'm|we're) not safe\b(?! (?:to drive|driving|behind the wheel|in (?:therapy"
       r"|sessions?)|sharing|telling|opening up|being honest|with (?:my|this) (?:therapist|counsellor"
       r"|counselor)|enough)\b)|\bi'm in danger\b|\bwe're in danger\b"),
    _p(DANGER_FROM_OTHERS, "domestic_abuse",
       r"\b(?:domestic (?:violence|abuse)|violence at home|violent (?:partner|husband|wife|boyfriend|girlfriend"
       r"|home|household|dad|father|stepdad|mum|mother)|abusive (?:relationship|partner|husband|wife|boyfriend"
       r"|girlfriend|marriage|home|household|dad|father|stepdad|parent|parents|mum|mother))\b"
       r"|\bmy (?:partner|husband|wife|boyfriend|girlfriend|dad|father|stepdad|step dad|mum|mother|mom|stepmum"
       r"|stepmom|fiance|fiancee) (?:is|gets|has been|can be|is being|keeps being) (?:really |so |very |getting )?"
       r"(?:abusive|violent)\b",
       # The abuser is dead or locked away: "i'm relieved my abusive father is dead".
       unless=r"^(?!.*\b(?:scared|afraid|terrified|tonight|right now|hits|hitting|hurts me|beats|(?:is|are|gets|can be)"
              r" (?:really |so |very |getting )?(?:abusive|violent)|(?:am|i'm) in an abusive)\b).*(?:"
              r"\b(?:abusive|violent) (?:[\w']+ ){0,2}?(?:is|was|has been|'s) (?:now |finally |long )?(?:dead|gone|deceased"
              r"|in prison|in jail|behind bars|locked up)\b(?! (?:drunk|tired|serious|set|against|wrong|on|angry|asleep))|\b(?:abusive|violent) (?:[\w']+ ){0,2}?(?:died|passed away"
              r"|passed|went to prison|was jailed|got (?:sent down|locked up))\b|\b(?:late|dead|deceased) (?:abusive"
              r"|violent)\b|\b(?:died|passed away|death|funeral|grave)(?: [\w']+){0,5} (?:abusive|violent) (?:dad|father"
              r"|mum|mother|mom|stepdad|parent|husband|wife|partner|ex)\b)"),
    _p(DANGER_FROM_OTHERS, "sexual_abuse",
       r"\b(?:being|been|was|were|getting|got|i'm|just) (?:sexually |physically )?(?:abused|assaulted|molested"
       r"|raped|groomed)\b|\b(?:sexual|physical) (?:abuse|assault)\b|\brap(?:e|ed|ing)\b|\bmolest\w*"
       r"|\bforc(?:es|ed|ing) me to (?:have sex|do (?:sexual|things)|touch)"
       r"|\b(?:i was|i've been|i got|i just got|i've just been|i was just|just got) (?:attacked|assaulted|mugged|stabbed"
       r"|jumped|beaten up|spiked|strangled|choked|followed home)\b(?! by (?:a|the) (?:goose|dog|swan|bee|wasp|seagull"
       r"|cat|bird|mosquito)|(?: \w+)? (?:in|on) (?:a|the|my) (?:game|dream|match))"
       r"|\bforc(?:e|es|ed|ing) (?:himself|herself|themselves|themself) (?:on|onto) (?:me|us|her|him|my \w+)\b"
       r"|\b(?:doesn't|won't|didn't) (?:stop|listen|take no) when i say (?:no|stop)\b"
       r"|\bforced (?:to have sex|into (?:sex|having sex|sexual)|to do (?:sexual )?(?:things|stuff|sex)|to touch"
       r"|to perform)\b"
       r"|\b(?:makes|made|making|forces|forced|forcing|gets|got) me (?:to )?(?:do (?:stuff|things|sexual things|sex"
       r" stuff) to (?:him|her|them)|touch (?:him|her|them|his|her)|watch (?:porn|him|her|them do)|take (?:my clothes"
       r"|off my clothes))\b",
       unless=r"\b(?:rape|sexual assault|sexual abuse) (?:scene|joke|jokes|culture|case|trial|statistics"
              r"|awareness|crisis centre volunteer)|\bgrapes?\b|\bdrape"),
    _p(DANGER_FROM_OTHERS, "child_abuse_reported",
       r"\b(?:his|her|their) (?:[\w']+ )?(?:mum|mom|dad|father|mother|step ?dad|step ?mum|step ?mom|stepfather"
       r"|stepmother|uncle|coach|teacher|parents?|carer|grandad|grandpa) (?:\w+ )?(?:hits|beats|burns|touches|touched"
       r"|hurts|kicks|chokes|strangles|starves|locks|abuses|abused|hit|beat|burned|burnt) (?:him|her|them)\b"
       r"(?! (?:at|in a|to it|up|off)\b)"
       r"|\b(?:has|have|had|with|got|came home with|covered in) (?:\w+ )?(?:bruises|marks|burns|welts|cuts)\b(?: [\w',.]+)"
       r"{0,10} (?:from|by|says|said|told me|because of) (?:his|her|their) (?:\w+ )?(?:mum|mom|dad|father|mother|step ?dad"
       r"|step ?mum|boyfriend|girlfriend|uncle|coach|teacher|parents?|carer)\b"
       rf"|\b(?:{YOUNG}|\d+ year old|kid|boy|girl)\b(?: [\w']+){{0,4}} (?:was |is |gets |got |been )?(?:left|leaves|leaving)"
       r" (?:at )?(?:home )?alone (?:all|for|overnight)\b"
       rf"|\b(?:left|leaves|leaving|abandoned) (?:her|his|their|the|a|my) (?:\w+ )?(?:{YOUNG}) (?:at home |home )?alone\b"
       r"(?=.*\b(?:since|all night|overnight|for hours|for days|gone|not answering|isn't answering|can't reach|hasn't come"
       r" back)\b)"
       r"|\b(?:grown|adult|older) (?:man|men|guy|woman)\b(?: [\w']+){0,3} (?:online )?(?:wants to meet|asked to meet"
       r"|asking to meet|is messaging|keeps messaging|sends|sent|asking for (?:pictures|photos|nudes))\b",
       unless=r"(?:used to|when (?:he|she|they) (?:was|were) (?:little|young|a kid))|\b(?:football|rugby|match|game"
              r"|practice|training|fell|fall)\b"),
    _p(DANGER_FROM_OTHERS, "child_at_risk",
       rf"\b(?:a |the |my |this |our |his |her |their )?(?:{YOUNG}|student|pupil|little (?:girl|boy))"
       rf" (?:is|are|was|has been|have been|keeps being|keep being|being|is being|are being) (?:being )?(?:hurt"
       rf"|hit|beaten|abused|molested|touched|neglected|starved|locked (?:in|up)|burned|burnt|in danger|unsafe"
       rf"|at risk|not safe)\b"
       rf"|\b(?:{YOUNG}) (?:isn't|aren't|won't be|wouldn't be|is not|are not) safe\b"
       rf"|\b(?:hurting|hitting|beating|abusing|molesting|touching|starving) (?:his|her|their|my|the|those|that)"
       rf" (?:{YOUNG}|stepkids?|child)\b",
       unless=r"(?:hurt|hit) (?:\w+ ){0,3}(?:playing|in a|at|during) (?:football|game|match|practice|school sports"
              r"|accident|crash|fall|playground|rugby|hockey)|hurting (?:his|her|their|my) (?:\w+ )?feelings"
              r"|touching (?:base|on)"),
    _p(DANGER_FROM_OTHERS, "controlled_or_trapped",
       r"\b(?:won't|doesn't|will not|does not|never) let me (?:leave (?:the house|home|him|her)|go out|out of"
       r" the house|see my (?:friends|family)|call anyone|have my phone)\b"
       r"|\b(?:won't|doesn't|will not|does not|never) let me (?:leave|go)\b(?! (?:early|to work|work|the (?:office"
       r"|job|meeting|call|group|chat|table)|till|until|before|on time|without|of (?:it|the past))\b)"
       r"|\b(?:locked|locks|keeps) me (?:in|inside|in my room|locked)\b"),
    _p(DANGER_FROM_OTHERS, "hiding_from_someone",
       rf"\b{_FEAR_OR_VIOLENCE}\b.*?\b{_HIDING}\b|\b{_HIDING}\b(?=.*\b{_FEAR_OR_VIOLENCE}\b)"
       r"|\bhiding from (?:him|her|them|my [\w']+)\b"),

    # Intent to harm others.
    _p(HARM_TO_OTHERS, "harm_someone",
       rf"\b(?:want|wanted|going|plan|planning|about|ready|urge|urges|tempted|need|feel like|thinking about"
       rf"|think about|thinking of|thought about|thought of|thoughts? (?:about|of)|picturing|picture|imagining"
       rf"|planned how|planned|plotting|plotted|worked out how|figured out how|planned out how"
       rf"|keep imagining|visuali[sz]ing|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about"
       rf"|i'll|i will|i might|i'm going|scared i'll|afraid i'll|worried i'll|scared i might|afraid i might"
       rf"|afraid i'm going|scared i'm going|worried i'm going|feel like i could|i could|i might)"
       rf"(?: to)? (?:[\w']+ ){{0,3}}(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot"
       rf"|shooting|strangle|strangling|attack|attacking|beat up|beating up|poison|poisoning|smother|smothering"
       rf"|shake|shaking) (?:him|her|them|someone|somebody|people|other people|others|strangers|everyone|whoever"
       rf"|the first person|the next person|anyone who|everyone who"
       rf"|anybody|anyone|my (?:\w+ )?(?:{KIN}"
       rf"|{YOUNG}|classmates?|coworkers?|colleagues?|abuser|attacker|rapist|bully|bullies)|the (?:baby|kids|children"
       rf"|neighbou?rs?))\b",
       unless=r"\bcould (?:\w+ )?(?:kill|murder|strangle) (?:him|her|them|my [\w']+)\b(?! right now| tonight)"
              # A threat over a household annoyance: "i'm going to strangle my flatmate if he leaves the hob on
              # again". Not with a weapon or words that insist it is meant.
              r"|^(?!.*\b(?:knife|knives|gun|blade|hammer|weapon|mean it|seriously|not joking|for real|no joke|plan"
              r"|planned|tonight|hits?|hitting|hurts?|touches|touched|rape|abuse\w*)\b).*\bif (?:he|she|they|my [\w']+)"
              r" (?:ever |dares to |so much as )?(?:[\w']+ ){0,2}?(?:leaves?|eats?|uses?|takes?|forgets?|drinks?|finishes"
              r"|finish|borrows?|moves?|plays?|steals?|breaks?|loses?|spoils?|burns?|puts?|parks?|texts?|calls?|wakes?"
              r"|sings?|snores?|chews?) (?:[\w']+ ){0,3}?(?:hob|oven|dishes|washing up|milk|food|leftovers|charger|socks"
              r"|lights?|heating|music|tv|telly|remote|toilet seat|fridge|biscuits|chocolate|snacks|wifi|parking|shoes"
              r"|towels?|bins?|recycling|cereal|shampoo|coffee|tea|mug|plates?|pans?|spoiler|spoilers|ending|crumbs"
              r"|door|tap|alarm|laundry|washing|hair|pizza|cake|dinner|lunch|bread|butter|cheese|wine|beer)\b"
              r"|kill (?:him|her|them) (?:for|with kindness)"
              r"|(?:hurt|hurting|harm|harming) (?:his|her|their|my \w+'s|someone's|people's|anyone's|anybody's"
              r"|them|him|her)(?: \w+)? feelings|(?:hurt|hurting|upset|upsetting) (?:her|him|them|my \w+)"
              r" (?:by|if i) (?:\w+ )?(?:leaving|quitting|ending|stopping|saying|telling|not|leave|quit|end|stop"
              r"|tell|say|cancel|cancelling|don't)|(?:lol|haha|lmao|jk)\b|if (?:he|she|they) (?:\w+ ){0,3}"
              r"(?:again|one more time)|(?:eats?|ate|takes?|took|touches?|borrows?|borrowed|steals?|stole) my"
              r" (?:food|leftovers|snacks|stuff|charger|clothes|car)|shake (?:him|her|them) (?:up|out of)"
              r"|(?:hurt|hurting|harm|harming) (?:my|her|his|the) (?:\w+ )?(?:therapist|counsellor|counselor)"),
    _p(HARM_TO_OTHERS, "homicidal", r"\bhomicidal\b"),
    _p(HARM_TO_OTHERS, "voices_command_harm",
       r"\bvoices? (?:\w+ ){0,3}(?:tell|tells|telling|told|keep telling|keeps telling|want|wants|order|orders)"
       r" me to (?:hurt|kill|harm|stab|attack|die|jump|cut|burn|do it)\b"),

    # Medical emergency.
    _p(MEDICAL_EMERGENCY, "hypo_asthma_allergy_stroke",
       r"\b(?:blood sugar|sugar|sugars|glucose|bg|bm)(?:'s| is| are) (?:\d(?:\.\d)?|really low|very low|so low|dropping"
       r"|crashing|low|too low)\b(?=.*\b(?:shaking|shaky|sweat\w*|faint|dizzy|confused|can't (?:think|see|stand)|pass(?:ing)?"
       r" out|drowsy)\b)"
       r"|\b(?:having|in) a (?:bad |severe |really bad )?hypo\b(?=.*\b(?:can't|faint|shaking|pass(?:ing)? out|dizzy"
       r"|confused|won't)\b)"
       r"|\b(?:having|in the middle of|got) (?:a |an )?(?:bad |severe |really bad )?asthma attack\b"
       r"|\basthma attack\b(?=.*\b(?:can't|inhaler)\b)|\binhaler(?:'s| is)? (?:empty|not (?:working|helping)|isn't"
       r" (?:working|helping)|run out)\b|\bwheezing so (?:badly|bad|much)\b|\bcan't get my breath\b"
       r"|\b(?:tongue|throat|lips|mouth|face)(?:'s| is| are) (?:swelling|swollen|closing|closing up|puffing up)\b"
       r"|\b(?:going into|having|in) anaphyla\w+|\banaphylactic (?:shock|reaction)\b"
       r"|\bface (?:has )?(?:dropped|drooping|droopy|is drooping)\b|\bslurring (?:his|her|their|my) words\b",
       unless=r"\b(?:when|whenever|every time|if|yesterday|last (?:week|year|month)|as a (?:kid|child)|used to|was fine"
              r"|fine now|sorted it)\b"),
    _p(MEDICAL_EMERGENCY, "cant_breathe",
       r"\bcan't (?:breathe|breath|catch my breath|get (?:any )?air)\b|\b(?:struggling|fighting) to breathe\b"
       r"|\b(?:difficulty|trouble) breathing\b|\b(?:my )?throat is (?:closing|swelling)|\blips (?:are )?"
       r"(?:turning )?blue\b",
       unless=r"(?:when|whenever|every time|each time|if) |(?:in|during|before|after) (?:sessions?|therapy"
              r"|appointments?|meetings?|class|exams?)|laughing|(?:so|too) (?:funny|cute)|lol\b|haha"),
    _p(MEDICAL_EMERGENCY, "chest_pain",
       r"\bchest (?:pain|pains|is (?:hurting|tight|crushing|heavy|killing me)|hurts|feels (?:tight|crushed|heavy))"
       r"|\bpain in my chest\b|\bcrushing pain\b|\bpain (?:down|in) my left arm\b",
       unless=r"(?:when|whenever|every time|each time|before|during|after) (?:\w+ ){0,3}(?:sessions?|therapy"
              r"|appointments?|meetings?|i (?:think|talk|have to|need to|get|try|go))|i (?:always |often"
              r" |sometimes |usually )?get (?:chest pains?|a tight chest)|(?:used to|sometimes|often) (?:get"
              r"|have)|(?:when|whenever|every time) i|from (?:anxiety|stress|nerves|panic)"
              r"|(?:breathing|grounding) exercise|walk me through (?:some )?breathing"
              r"|\b(?:last (?:year|month|week)|years ago|turned out|was just|were just|it was|checked|comes and goes"
              r"|come and go|cause|causes|fine now|all sorted)\b"
              # A known, ordinary cause ("after a chest infection", "from coughing", "since the gym") and no red flag.
              rf"|^(?!.*\b{CHEST_RED_FLAG}\b).*\b(?:after|since|from|with|because of|due to|following) (?:a |an |my |the"
              rf" |this |that |all (?:the|this|that) |so much |the recent )?(?:[\w']+ ){{0,2}}?{ORDINARY_CHEST_CAUSE}\b"),
    _p(MEDICAL_EMERGENCY, "bleeding",
       r"\bbleeding (?:a lot|heavily|badly|so much|everywhere|loads|really bad|a ton|out|won't stop|and it won't"
       r" stop|through)\b|\bwon't stop bleeding\b|\bcan't stop (?:the )?bleeding\b|\b(?:lost|losing) (?:a lot"
       r"|so much) of blood\b(?! (?:donors?|donations?|tests?|work|drives?|banks?|samples?)\b)|\bblood (?:everywhere|won't stop)\b|\bi'm bleeding\b"
       r"|\b(?:there's|there is|so|such|losing) (?:a lot of|so much|loads of|lots of|a pool of) blood\b(?! (?:tests?|donors?"
       r"|work|sugar|pressure|cells|in (?:the|this) (?:film|game|show))\b)",
       unless=r"bleeding (?:money|cash|dry|out money|heart)|bleeding (?:a lot )?(?:on|from) my period"
              r"|heavy period"),
    _p(MEDICAL_EMERGENCY, "feel_like_im_dying",
       r"\b(?:feel|feels|feeling) like i'm (?:dying|having a heart attack|going to die|about to die|going to pass out)"
       r"\b(?! (?:of|from|inside|laughing|lol)\b)"
       r"|\b(?:lips|face|tongue|left arm|left side) (?:are |is )?(?:going |gone |turning |getting )?(?:numb|blue"
       r"|swollen)\b"
       r"|\bheart (?:is )?(?:racing|pounding|going crazy|going mad|beating out of my chest|skipping|beating (?:really"
       r" |so |very )?(?:fast|hard|weird))\b(?=.*\b(?:took|taken|taking|swallowed|pills|tablets|meds|numb|chest"
       r"|faint|can't breathe|dizzy|passing out)\b)",
       unless=r"(?:when|whenever|every time|each time|if|before|during|after) (?:\w+ ){0,3}(?:sessions?|therapy"
              r"|appointments?|meetings?|exams?|presentations?|i (?:think|talk|have to|need to|get|try|go|speak))"
              r"|\b(?:lol|haha|lmao|boredom|embarrass\w*|cringe|dentist|filler|botox)\b"),
    _p(MEDICAL_EMERGENCY, "took_something",
       r"\b(?:took|taken|swallowed|drank|ate|had|injected|snorted) (?:something|some stuff|a load of stuff|a bunch of"
       r" stuff|too much|way too much|loads|a lot)\b(?=.*\b(?:shaking|vomiting|throwing up|being sick|can't breathe"
       r"|dizzy|passing out|heart|seizure|fitting|hallucinating|confused|numb|burning|foaming|can't stand|can't see"
       r"|can't feel)\b)|\b(?:vomiting|throwing up|coughing up|puking) blood\b",
       unless=r"(?:too much|a lot|loads) (?:of )?(?:coffee|caffeine|food|pizza|sugar|cake|chocolate|dinner|lunch"
              r"|breakfast|sun)|\b(?:lol|haha)\b"),
    _p(MEDICAL_EMERGENCY, "acute_event",
       r"\b(?:i'm|i think i'm|i might be|i may be|i could be|he's|she's|they're|my \w+ is|my \w+'s)"
       r" (?:having|in the middle of) (?:a |an )?(?:heart attack|stroke|seizure|anaphylactic|allergic reaction"
       r"|asthma attack|fit)\b"
       r"|\b(?:passed out|unconscious|not breathing|isn't breathing|stopped breathing|unresponsive|collapsed"
       r"|won't wake up|can't wake (?:him|her|them)|can't wake (?:him|her|them|my \w+) up)\b|\bcan't feel my (?:arm|arms|legs|face|left side)\b"
       r"|\b(?:my )?face is drooping\b",
       unless=r"heavy sleeper|can't wake (?:him|her|them|my \w+) up (?:for|in time|before|on time|early)"
              r"|passed out (?:on the (?:couch|sofa)|watching|asleep|after (?:a long|the party|work)|drunk|from"
              r" (?:exhaustion|tiredness))|won't wake up (?:for school|in the morning|on time|before|till|until"
              r"|early)|(?:economy|market|talks|negotiations|business|project|plan|company) collapsed"),

    # Asking for the crisis lines themselves.
    _p(CRISIS_LINE_REQUEST, "asks_for_crisis_line",
       r"\b(?:crisis|suicide|emergency|samaritans|lifeline) (?:lines?|numbers?|hotlines?|helplines?|phone line"
       r"|text lines?|number you|text service|services?)\b|\b(?:hotline|helpline)s?\b|\bsamaritans\b|\bcall 988\b"
       r"|\btext (?:home|shout|hello) to\b|\b(?:text|phone|help) line for (?:crisis|suicide|people in crisis)\b"
       r"|\bwho (?:can|could|do|should) i (?:call|text|ring|contact|talk to) (?:right now|now|tonight|at this time)\b"
       r"|\b(?:talk|speak) to (?:someone|somebody|anyone|a (?:real )?(?:person|human))(?: real)? (?:right now|now"
       r"|tonight|urgently|asap)\b(?=.*\b(?:not ok|not okay|not safe|scared|can't cope|please|help|falling apart"
       r"|breaking down|struggling)\b)",
       unless=r"emergency (?:number|line) (?:for|of) (?:the|this|your) (?:clinic|practice|office)"
              r"|(?:volunteer|volunteering|work|working|training) (?:\w+ ){0,3}(?:at|for|on) (?:a |the )?(?:crisis"
              r"|suicide|samaritans|helpline|hotline)|\b(?:book|booking|appointment|reschedule|cancel|clinic's"
              r"|opening hours)\b"),
    # Someone else in danger of harming themselves.
    _p(SOMEONE_ELSE_AT_RISK, "someone_else_suicidal",
       r"\b(?:going to|gonna|about to|planning to|plans to|wants to|want to|threatening to|threatened to|trying to"
       r"|might|will|'ll|talking about|talks about|keeps saying (?:he|she|they)(?:'ll| will| wants? to))"
       r" (?:kill|hurt|harm|cut|hang|shoot|overdose) (?:himself|herself|themselves|themself)\b"
       r"|\bthreat(?:en|ens|ened|ening) to (?:[\w']+ ){1,5}(?:and |or )(?:then )?(?:kill|hurt|harm|cut|hang|shoot"
       r"|overdose) (?:himself|herself|themselves|themself)\b"
       r"|\b(?:has|just|'s|is|has just) (?:cut|burned|burnt|hurt|harmed|stabbed|hanged|hung|poisoned|overdosed|shot)"
       r" (?:himself|herself|themselves|themself)\b(?! (?:\w+ ){0,3}(?:shaving|cooking|by accident|accidentally"
       r"|playing|on a|on the|at (?:work|football|the gym)|in the foot))"
       r"|\b(?:going to|gonna|about to|planning to|plans to|wants to|want to|threatening to|threatened to|trying to"
       r"|might|will|'ll|talking about|talks about) (?:end|take|ending|taking) (?:his|her|their) (?:own )?life\b"),
    # "going to do it tonight" in a message that says what "it" is (a past attempt, pills, suicide).
    _p(SOMEONE_ELSE_AT_RISK, "doing_it_soon",
       rf"\b{_CRISIS_IT}\b.*?\b{_DOING_IT_SOON}\b|\b{_DOING_IT_SOON}\b(?=.*\b{_CRISIS_IT}\b)",
       unless=r"\b(?:lol|haha|jk)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "someone_elses_goodbye",
       rf"\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate)(?: [\w']+){{0,2}} (?:posted|sent|wrote|left|texted)"
       rf" (?:me )?(?:a |their |his |her )?(?:goodbye|suicide|farewell)(?: (?:message|note|text|post|letter|video))?\b"
       rf"(?! (?:to (?:her|his|their) (?:followers|class|team|colleagues|coworkers)|for now))"
       rf"|\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate)(?: [\w']+){{0,2}} (?:posted|sent|wrote|left|texted|messaged"
       rf"|called|rang|snapped|said)(?: me| on \w+)?(?: [\w']+){{0,2}}? (?:saying |to say |that )?(?:goodbye|bye forever"
       rf"|(?:(?:he|she|they)(?:'s| is|'re| are) )?sorry for everything|(?:he|she|they) (?:loves?|loved) (?:me|us|everyone)"
       rf" and)\b(?=.*\b(?:not (?:answering|replying|picking up|responding)|isn't (?:answering|replying|picking up)|stopped"
       rf" (?:replying|answering|responding)|won't (?:answer|reply|pick up)|(?:turned|switched) (?:off )?(?:his|her|their)"
       rf" (?:location|phone)|location off|phone off|phone(?:'s| is) (?:off|dead|switched off)|straight to voicemail"
       rf"|can't (?:reach|get hold of|find) (?:him|her|them))\b)",
       unless=r"\b(?:for now|see you|holiday|trip|flight|moving|leaving for|party|lol|haha)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "someone_else_wants_to_die",
       rf"\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate|client|student)(?: [\w']+){{0,3}} (?:wants|want|is going"
       rf"|'s going|are going|'re going|plans|is planning|'s planning|is ready|'s ready|is trying|'s trying) to"
       rf" (?:{DIE}|be dead|not be alive|not exist|not be here anymore)\b",
       unless=r"(?:die|be dead) (?:at home|in hospital|peacefully|in (?:his|her|their) sleep|with dignity|on (?:his|her"
              r"|their) own terms)|hospice|palliative|cancer|terminal|assisted dying|dignitas"
              r"|\b(?:dog|cat|pet|plant|plants|phone|battery|laptop|car)\b"),
    # Broader families, added after measuring on a blind set written by people who
    # never saw the detector (README, "Crisis safety net"): general verbs and objects
    # for the kinds of wording it missed, never its sentences.
    _p(SUICIDAL_IDEATION, "relieved_if_i_died",
       r"\b(?:wouldn't|don't think i'd|wouldn't even|won't|honestly wouldn't|really wouldn't) (?:really |even |honestly )?"
       r"(?:mind|care|be sad|be upset|fight it|complain)\b(?:(?: [\w']+){0,8} if| if)\b"
       r"(?: [\w']+){0,6} (?:hit me|hits me|ran me over|runs me over|killed me|kills me|took me|takes me|didn't wake up"
       r"|don't wake up|never woke up|died|die|didn't recover|don't recover|didn't survive|don't survive|didn't make it"
       r"|don't make it|was gone|were gone|ended|ends)\b"
       r"|\bif (?:a |some |the )?(?:car|bus|truck|lorry|train|plane|drunk driver)\b(?: [\w']+){0,4} (?:hit|hits|ran"
       r" over|runs over|crashed into|killed) me\b(?: [\w',.]+){0,6} (?:wouldn't|don't think i'd|won't|would(?:n't)?"
       r" (?:even )?(?:mind|care))"
       r"|\b(?:be |feel |honestly be )?(?:relieved|glad|grateful|thankful|ok with (?:it|that)|okay with (?:it|that)|fine"
       r" with (?:it|that)|at peace with (?:it|that))\b(?: [\w']+){0,3} if (?:i|a \w+|something|someone|it)\b(?: [\w']+){0,5}"
       r" (?:died|didn't wake up|never woke up|didn't recover|didn't survive|didn't make it|killed me|hit me|got hit"
       r"|ran me over|was gone|were gone)\b"
       r"|\bif\b(?: [\w']+){0,8} (?:car|bus|truck|lorry|train|plane|illness|cancer|accident|heart attack|disease)\b"
       r"(?: [\w']+){0,8} (?:i )?(?:wouldn't|won't|don't think i'd|wouldn't really|honestly wouldn't) (?:even |really"
       r" |honestly )?(?:mind|care)\b(?= [.,]|$| (?:honestly|tbh|really|at all)\b)"
       r"|\bif i (?:got|get|became) (?:sick|ill|cancer|hit|run over)(?: [\w']+){0,5} (?:i'd|i would)(?: honestly| really"
       r"| actually| just)? (?:be relieved|be glad|not mind|not fight it|let it happen|welcome it)\b"
       r"|\b(?:(?:terminal|fatal|incurable) (?:diagnosis|illness|disease|cancer)|(?:weeks|months) to live)\b(?: [\w',]+){0,6}"
       r" (?:i'd|i would|i'll|i will)(?: honestly| really| actually| just| probably)? (?:feel|be) (?:relief|relieved|glad"
       r"|grateful|happy|at peace)\b",
       unless=r"\b(?:game|match|team|phone|laptop|plant|battery|if my (?:phone|laptop))\b"),
    _p(SUICIDAL_IDEATION, "sorry_i_woke_up",
       r"\b(?:disappointed|gutted|annoyed|angry|upset|sad|devastated|frustrated|pissed off|pissed|furious|hate|hated)"
       r" (?:that |when |every time )?(?:i'm still (?:breathing|alive|here)|i (?:woke up|wake up|keep waking up|am still"
       r" breathing|still breathe|am still alive|survived|didn't die|made it through (?:another|the) night|still exist"
       r"|keep surviving|keep existing))\b"
       r"(?! (?:so |too )?(?:early|late|at|with|before|after|on time|in time|tired|groggy)\b)"
       r"|\b(?:unfortunately|sadly|ugh|damn it|still) (?:i )?(?:woke up|am still alive|'m still alive|still alive|still here)"
       r" (?:again|another day|one more day)\b"),
    _p(SUICIDAL_IDEATION, "lights_out_for_good",
       r"\b(?:want|wish|need|ready for|longing for|waiting for) (?:the lights|my lights|everything|it all|the world"
       r"|my life|the noise|the pain|my heart) to (?:go out|go dark|switch off|turn off|stop|shut off|fade out|end)"
       r" (?:for good|forever|permanently|once and for all|for ever)\b"),
    _p(SUICIDAL_IDEATION, "not_making_it",
       r"\b(?:don't|can't|do not|cannot) (?:see|imagine|picture) (?:myself |me )?(?:making it|living|being here|being"
       r" alive|still being here|lasting|surviving|getting through|lasting through|making it through) (?:to|till|until|past"
       r"|through|beyond|another|much longer|that long|this (?:weekend|week|night|month)(?= [.,]|$)|tonight(?= [.,]|$)|long"
       r" enough|the"
       r" (?:year|month|week|summer|winter))\b(?! (?:the (?:gym|shop|end of (?:the|this) (?:course|degree|job|shift"
       r"|contract|book))|work|class|my (?:shift|exam|appointment|session)|therapy|practice|training)\b)"),
    _p(SUICIDAL_IDEATION, "remove_myself",
       r"\b(?:remove|removed|removing|erase|erasing|delete|deleting) myself (?:from (?:the (?:equation|picture|world"
       r"|earth|planet|story)|this (?:world|earth|life)|(?:everyone's|their|people's|existence|life|everything))"
       r"|permanently|for good|forever|once and for all)\b"
       r"|\b(?:it's|it is) (?:time|about time) (?:for me to|i) (?:removed? myself|went away for good|disappeared for good"
       r"|stopped being a burden|stopped existing|checked out|left this world|let go|go)\b(?= [.,]|$|"
       r" (?:for good|forever|permanently|now|tonight)\b)",
       unless=r"\bfrom (?:the (?:group|chat|list|team|project|rota|mailing|email|thread|conversation|case))\b"),
    _p(SUICIDAL_IDEATION, "burden_by_existing",
       r"\b(?:ruin|ruining|ruined|make|making|made|drag|dragging|weigh|weighing|burden|burdening|worse|hurt|hurting|drain"
       r"|draining|cost|costing)\b(?: [\w']+){0,6} (?:just |simply |only )?by (?:being alive|existing|being here|being"
       r" born|breathing|still being (?:here|alive))\b"
       r"|\b(?:save|have|spend|spending|waste|wasting)(?: [\w']+){0,4} (?:money|time|stress|hassle|grief|worry)(?: [\w']+){0,3}"
       r" (?:if|when) i ?(?:wasn't|weren't|was not|were not|was no longer|were no longer|'m not|am not) (?:around|here"
       r"|alive|in the picture)\b"
       r"|\bwould (?:\w+ ){0,4}?(?:save|be (?:better|easier|happier|richer|freer|lighter|fine|relieved|less stressed)"
       r"|have (?:more|less|an easier))\b(?: [\w']+){0,4} if i (?:wasn't|weren't|was not|were not|was no longer|were no"
       r" longer) (?:around|here|alive|in the picture)\b"
       r"|\b(?:i'm|i am|i feel like|feel like i'm|i'm just|i'm only) (?:just |only |nothing but )?(?:a|such a|one big"
       r"|the|a dead) (?:burden|drain|waste of space|waste of air|waste of oxygen|weight (?:a)?round (?:[\w']+ ){1,2}necks?|weight on"
       r" (?:everyone|everybody|them|my \w+|people|him|her))\b"
       r"(?=.*\b(?:better off|without me|gone|not (?:here|around)|wasn't (?:here|around)|remove|disappear|end it|for good"
       r"|time i|die|dead|anymore|any more|happier|relieved|get over (?:it|me)|freer|breathe)\b)"),
    _p(PLAN_OR_MEANS, "picked_the_spot",
       r"\b(?:picked|chosen|chose|found|scoped out|decided on|worked out|figured out|know|settled on|marked)"
       r" (?:out )?(?:the|a|my|which|exactly which|the exact|a good) (?:spot|place|tree|bridge|building|location"
       r"|branch|beam|ledge|drop|date|time|day|night|method)\b"
       r"(?=.*\b(?:bridge|jump|rope|tree|branch|beam|hang|pills|overpass|ledge|drop|edge|end it|goodbye|stop me|tonight|it's"
       r" happening|do it|never|last|no one will|nobody will|final|over|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
       r"|this (?:week|weekend)|tomorrow)\b)",
       unless=r"\b(?:picnic|wedding|party|holiday|meet|meeting|date night|photo|photos|shoot|camping|tent|dinner"
              r"|birthday|session|appointment|therapy|proposal|propose|concert|move|moving|restaurant|pub|lunch|coffee"
              r"|walk|hike|run|race|trip|gig|interview|exam|study)\b"),
    _p(PLAN_OR_MEANS, "nobody_to_stop_me",
       r"\b(?:nobody|no one|noone)(?:'ll| will| would| can| could| is going to|'s going to)? (?:be (?:up|around|home|there"
       r"|awake|able) to )?(?:stop|find|save) me\b(?! (?:from|going|doing|trying|being|getting|at|in)\b)"
       r"|\b(?:before|so that|so) (?:anyone|anybody|someone|they|nobody|no one) (?:can |could |will |would )?(?:stop"
       r"|find|save) me\b(?! (?:from (?:going|doing|trying|being|getting|booking)|at|in|on)\b)"
       r"|\bwhen (?:everyone|everybody|they|the house)(?:'s| is| are|'re) (?:asleep|gone|out|away)\b"
       r"(?=.*\b(?:do it|end it|go through|pills|rope|jump|tonight|goodbye|final)\b)",
       unless=r"\b(?:surprise|party|present|gift|cake|bake|game|gaming|play|binge|watch|eat|snack|sneak|hide and seek"
              r"|clean|tidy|study|practice|practise|bath|relax|read)\b"),
    _p(PLAN_OR_MEANS, "deciding_whether",
       r"\b(?:deciding|decide|wondering|debating|trying to decide|can't decide|figuring out) (?:whether|if) (?:to|i should"
       r"|i'll|i will|i'm going to|or not to) (?:jump|do it|go through with it|end it|take (?:them|the pills|it all|all of"
       r" them|the lot)|let go|step off|step out|swallow (?:them|it)|use (?:it|the knife|the rope|the pills)|drive off"
       r"|keep living|stay alive|live)\b",
       unless=r"do it (?:in person|by (?:email|text|phone|letter)|over (?:email|text|the phone)|at (?:the|our|my)"
              r" (?:session|appointment)|now or|today or|this week or|with (?:my|her|him|them|the)|for)|live (?:with|in|at"
              r"|there|here|abroad|alone|together|near|closer|somewhere)"),
    _p(PLAN_OR_MEANS, "lethal_height_or_dose",
       rf"\bhow (?=[^.]*\b(?:{HIGH_PLACE}s?|survive|die|dying|fall|falling|jump|jumping|drop|dead|kill|lethal|fatal)\b)"
       rf"(?:high|tall|far (?:down|up)?|big|many floors)\b(?: [\w']+){{0,6}} (?:needs? to be|has to be|have to be"
       rf"|would (?:i|you|someone) need|is enough|would be enough|do you need)\b"
       rf"|\bso (?:that )?(?:you|i|someone|a person|they) (?:don't|wouldn't|won't|do not|would not|will not|can't"
       rf"|couldn't) (?:survive|wake up|make it|live)\b"
       rf"|\b(?:don't|wouldn't|won't|do not) feel (?:anything|a thing|any pain|it)\b(?: [\w']+){{0,4}} (?:if|when)"
       rf" (?:you|i|someone|a person) (?:jump|fall|hang|drown|overdose|bleed|take|step|go)\b"
       rf"|\b(?:which|what|what kind of|what sort of)(?: [\w']+){{0,4}} (?:meds|pills|drugs|medication|medications"
       rf"|medicines|tablets|painkillers)\b(?: [\w']+){{0,4}} (?:(?:are|is) (?:the )?most |(?:are|is) )?(?:dangerous|deadly"
       rf"|lethal|fatal|toxic|poisonous) (?:in (?:large|big|high|huge) (?:amounts|doses|quantities|numbers)|if you take"
       rf" (?:a lot|too many|loads|enough|them all)|to overdose|for an overdose)"
       rf"|\b(?:die|dying|dead|be here|alive|end it|end things|end my life|kill|overdose|jump|hang|survive|suicide"
       rf"|lethal)\b(?: [\w',.]+){{0,10}}? (?:what's |what is |the )?{_QUICKEST_WAY}"
       rf"|{_QUICKEST_WAY}(?=.*\b(?:die|dying|dead|not be here|be here anymore|alive|end it|end things|end my life|kill"
       rf"|overdose|jump|hang|survive|suicide|go to sleep forever|lethal)\b)"
       rf"|{_QUICKEST_WAY}(?= [.,]|$)(?=.*\b(?:asking (?:seriously|for real|for me|for myself)|not joking|i mean it"
       rf"|seriously)\b)"
       rf"|\bmake it (?:look|seem) like an accident\b|\b(?:life )?insurance\b(?: [\w']+){{0,8}} (?:suicide|if i die"
       rf"|if i died|if i was dead|if i wasn't here|when i'm gone|pay out if|pays out if)\b",
       unless=r"\b(?:novel|story|book|plot|character|game|film|movie|screenplay|murder mystery|cluedo|dnd|d&d|writing"
              r"|the (?:plant|dog|cat|fish)|for (?:my|the) (?:dog|cat|pet|kids|children|toddler|baby))\b"
              r"|(?:way|method) (?:to|of) (?:get|learn|find|cook|book|save|lose weight|quit|stop smoking|fall"
              r" asleep|meet|deal|cope|calm|study|ask|tell|end (?:things|it) with)"),
    _p(PLAN_OR_MEANS, "find_me_with_means",
       rf"\b(?:would|will|could) (?:anyone|anybody|they|people|someone|my family|the police) (?:even |ever )?(?:find|notice"
       rf"|look for|miss) me\b(?=.*\b(?:pills|rope|woods|forest|river|sea|lake|bridge|gone|dead|body|knife|tablets"
       rf"|{DRUGS}|walked|disappear)\b)"),
    _p(GOODBYE, "wont_hear_from_me",
       r"(?:\b(?:you|they|anyone|anybody|people|nobody|no one|everyone)(?:'ll| will)? (?:won't|will never|will not"
       r"|wouldn't|never|don't need to|won't need to|won't have to) (?:ever )?(?:hear from|see|have to deal with|be"
       r" bothered by|worry about) me (?:again|anymore|any more|ever again|after (?:tonight|today|this))\b"
       r"|\b(?:the )?last time (?:you'll|you will|anyone will|they'll|anyone'll|you) (?:ever )?(?:hear from|see|talk to) me\b)"
       r"(?=.*\b(?:tonight|today|sorry|goodbye|thank you|thanks|bye|forgive|love you|wasting|for everything|final|last)\b)",
       unless=r"\b(?:holiday|vacation|trip|travel\w*|moving|move|abroad|deleting (?:the|this) app|uninstall\w*"
              r"|new (?:job|phone|number)|busy|exams?|rehab|retreat|camp|signal|offline|detox|break from)\b"),
    _p(GOODBYE, "said_goodbye_to_everyone",
       r"\b(?:texted|messaged|called|wrote to|rang|emailed|told|hugged|visited|phoned|saw)"
       r" (?:everyone|everybody|all (?:of )?(?:my|the) (?:friends|family|people)|my (?:family|friends|kids|parents|mum"
       r"|dad|sister|brother|children|partner|husband|wife|best friend)|the people i love|everyone i (?:love|care"
       r" about)|all the people i love)\b(?: [\w']+){0,5} (?:to say|saying|just to say|one last time to say)"
       r" (?:goodbye|bye|i love (?:them|you)|sorry|thank you)\b",
       unless=r"\b(?:flight|trip|travel\w*|holiday|vacation|move|moving|abroad|airport|deploy\w*|leave for|leaving"
              r" for|new job|university|uni|college|semester|emigrat\w*|surgery|operation|hospital stay|gap year)\b"),
    _p(GOODBYE, "wont_need_it",
       r"\b(?:won't|will not|won't be|will not be|wont|don't|won't ever|am not going to|'m not going to|not going to)"
       r" (?:be )?(?:need|needing|use|using) (?:it|them|this|that|these|those|anything|any of (?:it|this|them|that)"
       r"|my \w+)(?: [\w']+)? (?:anymore|any more|any longer|where i'm going|after (?:tonight|this week|today|this)"
       r"|again)\b"
       r"|\bwon't be (?:around|here|alive) (?:to (?:look after|take care of|care for|feed|walk|see|need|use|watch)"
       r"|anymore|any more|any longer)\b"
       r"|\bwho (?:gets|should get|will get|can have|inherits|is having|should have) (?:what|my \w+|all my \w+)\b"
       r"(?=.*\b(?:before i go|when i'm gone|after i'm gone|won't need|sorted|goodbye|not be around|list)\b)"
       r"|\b(?:sorted|ready|done|in order|finished|tidied up)(?: [\w']+){0,3} before i ?(?:go|'m gone|die|leave for good)\b(?= [.,]|$)"
       r"|\bnothing (?:left )?(?:to|for me to) (?:take care of|look after|live for|stay for|hold on to|keep me here)\b"
       r"(?= [.,]|$| (?:now|anymore|any more)\b)"
       r"|\b(?:keep|look after|take care of|have) (?:him|her|them|it) (?:forever|for good|permanently)\b"
       r"(?=.*\b(?:won't be|not be around|won't need|goodbye|can't anymore|gave)\b)",
       unless=r"\b(?:holiday|vacation|trip|travel\w*|moving|move house|move abroad|abroad|new (?:phone|laptop|car|one"
              r"|job)|upgrade\w*|replac\w*|broken|outgrown|grew out|too small|declutter\w*|minimalis\w*|retir\w*|sold"
              r"|selling|charity|recipe|prescription|app|subscription|account|gym|therapist|therapy|sessions?)\b"),
    _p(SELF_HARM, "hitting_myself",
       r"\b(?:hit|hitting|bang|banging|punch|punching|slam|slamming|bash|bashing|smash|smashing) my (?:head|fists?"
       r"|arms?|body|face|legs?|hands?) (?:against|into|on|off) (?:the |a |my )?(?:wall|walls|floor|door|desk|table"
       r"|mirror|radiator)\b(?=.*\b(?:again|keep|keeps|kept|when it gets|until|till|bleed|bled|bruise|bruised|to feel"
       r"|on purpose|can't stop|can't make myself stop|can't stop myself|every time|whenever|just now|won't stop)\b)"
       r"|\b(?:keep|keeps|kept|can't stop|been|started) (?:hitting|banging|punching|slamming|bashing|smashing) my (?:head"
       r"|fists?|face|body) (?:against|into|on|off) (?:the |a |my )?(?:wall|walls|floor|door|desk|table|mirror|radiator)\b"
       r"|\b(?:hit|hitting|punch|punching|slap|slapping|bite|biting|scratch|scratching|pinch|pinching) myself"
       r" (?:until|till|so hard|hard enough|again|when|whenever|every time)\b"
       r"|\b(?:knife|stab|stabbing|stabbed|blade) myself\b",
       unless=r"\b(?:by accident|accidentally|cupboard|low ceiling|doorframe|door frame|getting in|getting out"
              r"|lol|haha|joke|metaphor|figuratively|in frustration at (?:the|my) (?:laptop|code))\b"),
    _p(OVERDOSE, "took_a_lot",
       rf"\b(?:took|taken|swallowed|downed|necked|popped|ate|had) (?:like |about |maybe |almost |nearly |probably )?"
       rf"(?:a whole bunch|a big bunch|a bunch|a lot|alot|loads|a load|a handful|handfuls|heaps|a ton|tons|all|most"
       rf"|half|everything)(?: of)? (?:my |the |these |those |his |her |mum's |dad's )?(?:[\w']+ )?{DRUGS}\b"
       rf"|\b(?:took|taken|swallowed|downed|had) (?:my|the|an|a|his|her) (?:entire|whole|full) (?:\w+ )?(?:month|week"
       rf"|month's|week's|fortnight|fortnight's|year's|supply|prescription|bottle|box|packet|pack|stash|dosette)\b"
       rf"(?:(?: [\w']+){{0,3}} (?:at once|in one go|all at once|tonight|just now|of (?:meds|pills|tablets|medication)"
       rf"|worth|supply))?",
       unless=r"(?:took|taken|had) (?:all|most|half|everything) (?:of )?(?:my |the )?(?:meds|medication|pills|tablets)"
              r" (?:\w+ ){0,2}(?:as prescribed|every|each|on time|properly|regularly|correctly|daily|in the morning|at"
              r" night|with food|today like|like i'm supposed)|(?:took|had) (?:my|the) (?:entire|whole|full) (?:course"
              r"|antibiotics)|" + _TAKEN_OUT_NOT_SWALLOWED),
    _p(OVERDOSE, "about_to_take_them_all",
       rf"\b(?:going to|gonna|about to|i'll|will|want to|ready to|planning to|plan to|i'm|am) (?:just )?(?:take|taking"
       rf"|swallow|swallowing|down|downing|neck|necking) (?:all (?:of )?(?:my |the |these |those )?(?:\w+ )?{DRUGS}"
       rf"|the whole (?:bottle|box|packet|pack|strip|lot) of)\b"
       rf"|\b{DRUGS}\b(?: [\w',.]+){{0,12}}? (?:(?:going to|gonna|about to|i'll|will|want to|ready to|planning to|plan to"
       rf"|i'm|am|and) )?(?:just )?(?:take|taking|swallow|swallowing|down|downing|neck|necking) (?:all of them|them all|the"
       rf" lot|every (?:single )?(?:one|last one)|all of it|it all)\b"
       rf"|\b(?:counting|counted|lining|lined|laying|laid|crushing|crushed|emptying|emptied|pouring|poured)"
       rf" (?:out |up )?(?:all )?(?:my |the |these |those )?(?:\w+ )?{DRUGS}\b(?=.*\b(?:take (?:all|them|it)|all of them"
       rf"|them all|tonight|going to|gonna|goodbye|enough)\b)",
       unless=r"(?:take|taking) (?:all|them all|all of them) (?:of )?(?:\w+ ){0,2}(?:as prescribed|every|each|on time"
              r"|properly|regularly|correctly|daily|in the morning|at night|with food|to the pharmacy|back|out of)"
              rf"|^(?!.*\b{_INTENT_TO_TAKE}\b).*(?:dosette|pill organi[sz]er|for the week|weekly)"
              r"|for my (?:nan|gran|mum|dad|grandma|grandad|patient|client)"),
    _p(MEDICAL_EMERGENCY, "eating_disorder_red_flags",
       r"\b(?:fainted|fainting|passed out|blacked out|blacking out|collapsed|vision (?:keeps )?(?:going|goes|went)"
       r" (?:black|dark|white|blurry)|heart (?:keeps |is )?(?:skipping|fluttering|racing|pounding|stopping|doing weird"
       r" (?:things|stuff)|beating (?:weird|funny|really slow|so slow))|chest (?:pain|hurts)|blood|can't stand up"
       r"|really dizzy|so dizzy|very dizzy|keep fainting|pins and needles)\b"
       r"(?=.*\b(?:purg\w*|restrict\w*|throw(?:ing)? up on purpose|making myself sick|make myself sick|haven't eaten"
       r"|not eaten|haven't had (?:any )?(?:water|food|anything)|starv\w*|laxatives|lose weight|losing weight|\d+"
       r" (?:pounds|lbs|kg|kilos)|calories|fasting)\b)"
       r"|\b(?:purg\w*|restrict\w*|throw(?:ing)? up on purpose|making myself sick|haven't eaten|not eaten|haven't had"
       r" (?:any )?(?:water|food|anything)|starv\w*|laxatives|lose weight|fasting)\b(?=.*\b(?:fainted|fainting|passed"
       r" out|blacked out|blacking out|collapsed|vision (?:keeps )?(?:going|goes|went) (?:black|dark|white|blurry)|heart"
       r" (?:keeps |is )?(?:skipping|fluttering|racing|pounding|stopping|doing weird)|blood|can't stand up|really dizzy"
       r"|so dizzy|very dizzy)\b)",
       unless=r"\b(?:used to|years ago|in recovery|recovered|when i was|as a teen|last year|fasting (?:blood )?test"
              r"|blood (?:test|tests|work|sugar test|donation)|before (?:surgery|my operation)|ramadan|colonoscopy)\b"),
    _p(DANGER_FROM_OTHERS, "threat_to_finish_me",
       r"\b(?:said|says|told me|tells me|texted|swore|swears|promised|warned|threatened)(?: [\w']+){0,3}"
       r"(?: if i(?: [\w']+){1,6}?)?"
       r" (?:he|she|they)(?:'d| would|'ll| will| is going to|'s going to| was going to|'re going to| were going to)"
       r" (?:make sure i (?:never|don't|won't|can't) (?:leave|get out|see|walk|wake|talk|breathe|tell)|make (?:sure )?(?:i|me)"
       r" (?:regret it|regret (?:telling|talking|leaving|saying)|pay for it|suffer)|finish (?:me|me off|the"
       r" job|what (?:he|she|they) started)|come (?:for|after) me|get me|end me|do me in|break my \w+|put me in)\b"
       r"|\b(?:he|she|they|my \w+)(?:'s| is|'re| are| was| were| said (?:he's|she's|they're)|)(?: [\w']+){0,2} going to"
       r" finish (?:it|me|things)\b(?=.*\b(?:believe (?:him|her|them)|scared|afraid|terrified|means it|knife|gun|hurt"
       r"|kill|threat\w*)\b)",
       unless=r"\b(?:lol|haha|joke|joking|kidding|game|match|essay|project|report|painting|book|puzzle|race|renovation"
              r"|homework|assignment)\b"),
    _p(DANGER_FROM_OTHERS, "child_in_danger",
       rf"\b(?:bruises|marks|burns|welts|cuts|cigarette burns)(?: [\w']+){{0,2}} (?:all )?(?:over|on) (?:him|her|them"
       rf"|his|her|their|the (?:kid|child|baby|boy|girl))\b(?=.*\b(?:screaming|crying|again|hit|hits|beat|beats|scared"
       rf"|afraid|hiding|won't say|neighbour|neighbor|parents?|dad|mum|stepdad|{YOUNG})\b)"
       rf"|\b(?:shook|shaken|shaking|threw|thrown|dropped) (?:him|her|the baby|my (?:son|daughter|baby)|the (?:kid|child"
       rf"|toddler|infant|newborn)|our (?:baby|son|daughter))(?: really| so| very| too)? (?:hard|violently|roughly|against)"
       rf"\b"
       rf"|\b(?:he|she|they|baby|son|daughter|child|kid|toddler|friend|mum|dad|partner|husband|wife|brother|sister)"
       rf"(?:'s|'re| is| are)? (?:not|barely|isn't|aren't|is not|are not) (?:responding|responsive|breathing properly"
       rf"|waking up|moving|conscious)\b",
       unless=r"\b(?:texts?|messages?|emails?|calls?|my messages|replying|to (?:treatment|medication|the meds|therapy"
              r"|antibiotics)|to my (?:texts|messages|emails)|on (?:whatsapp|instagram|snapchat|text))\b"),
    _p(HARM_TO_OTHERS, "revenge_with_means",
       r"\b(?:burn|set fire to|torch|petrol bomb) (?:his|her|their|[a-z]+'s) (?:house|flat|home|car|place|room)(?: down)?"
       r"\b(?=.*\b(?:inside|in it|in there|asleep|tonight|while (?:he|she|they)(?:'s| is|'re| are))\b)|\b(?:going to|gonna|will|'ll|want to|plan to|planning to|about to)(?: [\w']+){0,2} (?:hurt|kill|harm|attack|stab"
       r"|shoot|get|punish|burn|destroy) (?:the (?:people|person|guys?|girls?|kids|boys|men|women|ones)|everyone|those"
       r" (?:people|kids|guys)|all of them) (?:who|that)\b"
       r"|\b(?:is|are|'s|'re) going to pay(?: for (?:what|this|it|that))?\b(?=.*\b(?:tonight|bringing|knife|gun|going over"
       r"|going round|hurt|kill|make sure|weapon|bat|blood|regret|blade|machete|axe|hammer|i've got a)\b)"
       r"|\b(?:burn|set fire to|torch|blow up|lock) (?:[\w']+ ){0,3}with (?:him|her|them|the kids|people|everyone|my \w+)"
       r" (?:still )?(?:in|inside) (?:it|there|them)\b"
       r"|\b(?:going|heading|driving) (?:over |round |to (?:his|her|their) (?:house|place|flat|work) )(?:there )?(?:tonight"
       r"|now|today)\b(?=.*\b(?:bringing|with (?:a|my) (?:knife|gun|bat|hammer|weapon)|make (?:him|her|them) pay|pay for)\b)",
       unless=r"\b(?:lol|haha|joke|joking|kidding|game|fortnite|minecraft|in court|lawyer|solicitor|legally|sue|report"
              r"|police|hr)\b"),
    _p(SELF_HARM, "voice_demands_harm",
       r"\bvoices?\b(?: [\w']+){0,3} (?:says?|said|tells?|told|telling|keeps? saying|wants?|commands?|orders?|insists?"
       r"|whispers?)\b(?: [\w',]+){0,10} (?:cut|hurt|kill|die|jump|stab|burn|harm|drown|hang|starve|punish) (?:myself|me"
       r"|himself|herself|my|them|someone|him|her|or)\b"
       r"|\b(?:i can|i could|i'm able to|i know i can) fly\b(?=.*\b(?:roof|jump|window|balcony|bridge|try|ledge|building"
       r"|edge|top)\b)",
       unless=r"\b(?:song|lyrics|film|movie|book|game|plane|pilot|lessons?|drone|kite|dream)\b"),
    _p(SUICIDAL_IDEATION, "slang_more",
       r"\b(?:forever|permanent|eternal|endless|big|everlasting) (?:nap|sleep|slumber|dirt nap)\b"
       r"(?<!big sleep)(?<!big nap)(?!\w)|\b(?:take|taking|want|ready for|considering|go for|need|time for|have|earn"
       r"|earned|getting|get) (?:the |a |my )?big sleep\b"
       r"|\blog(?:ging)? (?:off|out) (?:permanently|for good|forever|from life|of life|of existence|from existence"
       r"|from everything for good|for the last time)\b"
       r"|\bkys\b(?: [\w',]+){0,8} (?:myself|telling myself|going to listen|i'll listen|i'm going to|i might)\b"
       r"|\bdirt nap\b",
       unless=r"\b(?:account|app|facebook|instagram|social media|twitter|tiktok|snapchat|discord|reddit|game|server"
              r"|work|laptop|computer|email|slack|teams|novel|film|movie|book|chandler|bogart|memory foam|mattress"
              r"|pillow|cat|dog|baby|toddler)\b"),
    _p(PLAN_OR_MEANS, "means_and_drink_alone",
       rf"\b(?:have|got|'ve got|bought|sitting with|here with) (?:a |the |my |some |a full |a whole |an unopened )?(?:bottle"
       rf"|box|packet|pack|strip|stash|load|lot|bag) (?:of )?(?:my |the )?(?:\w+ )?{DRUGS}\b(?: [\w',.]+){{0,6}}"
       rf" (?:vodka|wine|whiskey|whisky|gin|alcohol|booze|rum|tequila)\b(?=.*\b(?:alone|nobody|no one|tonight|this"
       rf" weekend|goodbye|everyone's (?:away|out|asleep)|on my own)\b)"),
    _p(DANGER_FROM_OTHERS, "followed_home",
       r"\b(?:following|followed|follows|been following) me (?:home|everywhere|to (?:my (?:house|flat|door|car)|work"
       r"|school)|from (?:work|school|the station))\b(?=.*\b(?:door|outside|tonight|scared|afraid|terrified|window|every"
       r" night|again|won't leave)\b)",
       unless=r"\b(?:cat|dog|puppy|kitten|toddler|little (?:brother|sister)|duck|pigeon|song)\b"),
    _p(MEDICAL_EMERGENCY, "swallowed_battery_or_magnet",
       r"\b(?:swallowed|ate|has swallowed|might have swallowed|may have swallowed|think (?:he|she|they) swallowed)"
       r" (?:a |an |some |two |three |the )?(?:button batter(?:y|ies)|coin batter(?:y|ies)|batter(?:y|ies)|magnets?"
       r"|dishwasher (?:tablets?|pods?)|laundry (?:pods?|capsules?|tablets?)|bleach|drain cleaner|antifreeze|weed ?killer"
       r"|e liquid|vape (?:juice|liquid))\b",
       unless=r"\b(?:lol|haha|years ago|when i was|as a (?:kid|child|toddler)|used to|film|book|dog ate my homework)\b"),
    _p(MEDICAL_EMERGENCY, "child_swallowed_something",
       rf"\b(?:{YOUNG}|he|she|they|kid|boy|girl)\b(?: [\w']+){{0,8}} (?:swallowed|ate|drank|got into|has taken|took)"
       rf"(?: [\w']+){{0,3}} (?:{DRUGS}|bleach|detergent|cleaning (?:stuff|liquid|products?)|laundry (?:pods?|tablets?)"
       rf"|batteries|a battery|button batter(?:y|ies)|washing up liquid|antifreeze|poison|weedkiller|e liquid|vape"
       rf" juice|dishwasher (?:tablets?|pods?)|them|some)\b(?=.*\b(?:don't know how (?:many|much)|how (?:many|much)|a lot"
       rf"|loads|all of|the whole|not (?:breathing|waking|responding)|sleepy|drowsy|vomiting|throwing up|been sick"
       rf"|being sick|coughing|choking|burning|what do i do|help)\b)"
       rf"|\b(?:{YOUNG}|kid)\b(?: [\w']+){{0,4}} (?:found|got hold of|got into) (?:my |the |his |her |our |dad's |mum's"
       rf" |my (?:dad's|mum's|nan's|gran's) )?(?:\w+ )?{DRUGS}\b(?=.*\b(?:swallowed|ate|took|taken|how many|how much"
       rf"|missing|gone)\b)",
       unless=r"\b(?:prescribed|as directed|his dose|her dose|the right dose|vitamins|gummy vitamins|antibiotics"
              r" course|calpol (?:as|for))\b"),
    _p(SUICIDAL_IDEATION, "commanded_to_die",
       r"\b(?:god|the voices?|a voice|the devil|jesus|angels?|spirits?|they|he|she|it) (?:told|tells|is telling|are"
       r" telling|keeps telling|wants|want|commanded|commands|ordered|orders) me (?:that )?(?:i (?:have|need|must|should)"
       r" )?to (?:sacrifice|kill|hurt|cut|punish|burn|drown|starve) myself\b"
       r"|\b(?:have|need|must|got) to (?:sacrifice|offer (?:up )?) myself\b(?=.*\b(?:tonight|today|now|god|voice|save"
       r"|die|blood|ritual)\b)",
       unless=r"\b(?:for (?:my|the) (?:career|job|kids|family|team|grades|exams)|time|sleep|weekends?|social life"
              r"|metaphor|figuratively|chess|game)\b"),
    _p(HARM_TO_OTHERS, "paranoid_and_armed",
       r"\b(?:get|hurt|stop|kill|stab|attack) (?:them|him|her) (?:first|before (?:they|he|she) (?:get|hurt|kill|come"
       r" for) me)\b"
       r"|\b(?:watching|following|after|poisoning|spying on|coming for|out to get) me\b(?: [\w',.]+){0,12} i ?(?:have|'ve"
       r" got|got|'m holding|am holding|'m carrying|carry|bought|sharpened) (?:a |my |the )?(?:knife|gun|blade|weapon"
       r"|machete|hammer|bat|axe)\b",
       unless=r"\b(?:game|fortnite|minecraft|zombies?|film|movie|book|lol|haha|boss fight)\b"),
    _p(DANGER_FROM_OTHERS, "marks_on_a_child",
       rf"\b(?:{YOUNG}|kid|boy|girl)\b(?: [\w']+){{0,4}} (?:has|had|got|with|covered in|turned up with|came to school"
       rf" with) (?:\w+ )?(?:bruises|marks|burns|welts|black eyes?|a black eye|cigarette burns|belt marks)\b"
       rf"(?=.*\b(?:screaming|crying|again|hit|hits|beat|beats|scared|afraid|hiding|won't say|won't tell|every (?:week"
       rf"|day|time)|shouting|yelling|did it|did this|does it|did that|gave (?:him|her|them) (?:it|them))\b)",
       unless=r"\b(?:football|rugby|fell|fall|falling|playground|bike|trampoline|climbing|sports?|accident|clumsy"
              r"|hockey|match|karate|judo|eczema|birthmark|vaccin\w*)\b"),
    # Families added for shapes fresh messages showed missing (final goodbyes and things handed on, harm to a
    # named person now, medical emergencies now), written from the shapes, never from the NLU data.
    _p(GOODBYE, "handing_things_on",
       rf"\b(?:{_HANDING_ON})\b(?=.*\b{_HANDED_ON_FOR_GOOD}\b)|\b{_HANDED_ON_FOR_GOOD}\b.*\b(?:{_HANDING_ON})\b"
       rf"|\b(?:sorted|sorting|worked out|decided|written down|wrote down|made a list of|a list of|labelled|labeled)"
       rf" (?:out )?who (?:gets|should get|will get|can have|is having) (?:(?:all )?my (?:things|stuff|belongings"
       rf"|possessions|records|books|jewellery|jewelry|clothes|savings|money|pets?|cats?|dogs?)|what(?! (?:chores|jobs"
       rf"|tasks|presents?|gifts?|room|bedroom|food|for|at|on|in)\b))\b",
       unless=r"\b(?:holidays?|vacation|trip|travel\w*|away (?:for|on|at|next|this)|i'm away|be away|going away"
              r"|moving|move|moved|abroad|hospital|surgery|operation"
              r"|while i'm|for the (?:weekend|week|day|night|summer)|until|till|charity|declutter\w*|minimalis\w*"
              r"|outgrown|grew out|too small|upgrad\w*|new one|birthday|christmas|present|gift|lend|lent|borrow\w*"
              r"|when i get back|emigrat\w*|uni|university|deploy\w*|rehab|retreat|course|inherit\w*|solicitor|lawyer"
              r"|estate|power of attorney|old|spare|allerg\w*|landlord|no pets|new baby|storage|space|lol|haha"
              r"|save|saving|money|budget\w*|cheaper|skint|broke|chores|rota|secret santa|divorce|separation)\b"),
    _p(GOODBYE, "only_one_who_listened",
       r"\byou(?:r| were|'re| are|'ve been| have been) the only (?:one|person|thing|place)(?: [\w']+){0,2} (?:who|that)"
       r" (?:ever )?(?:really )?(?:listened|listens|cared|cares|understood|understands|helped|got me|kept me (?:going"
       r"|here|alive)|made (?:it|this|life|things) bearable)\b(?=.*\b(?:goodbye|farewell|take care|bye|thank you for"
       r" everything|thanks for everything|won't be back|won't be coming back|last)\b)"
       r"|\b(?:goodbye|farewell|thank you for everything|thanks for everything)\b.*\byou(?: were|'re| are|'ve been"
       r"| have been) the only (?:one|person|thing|place)(?: [\w']+){0,2} (?:who|that) (?:ever )?(?:really )?"
       r"(?:listened|listens|cared|cares|understood|understands|helped|got me|kept me (?:going|here|alive))\b",
       unless=r"\b(?:see you|talk (?:soon|tomorrow|later)|next (?:time|week|session)|for now|tomorrow|till|until"
              r"|lol|haha|again|in (?:that|the|this) (?:group|class|meeting|family))\b"),
    _p(HARM_TO_OTHERS, "harm_someone_now",
       rf"\b(?:going to|gonna|i'll|i will|about to|want to|ready to|need to)(?: (?:fucking|really|actually|just"
       rf"|properly|seriously|absolutely))? {_VIOLENT}(?: the (?:shit|hell|crap|life) out of)? (?:(?:him|her|them|my"
       rf" (?:\w+ )?{KIN})(?: up| in| to death| so hard| so bad(?:ly)?)?(?: [.,])? (?:{_NOW_OR_WHEN_BACK})"
       rf"|(?!{_NOT_A_PERSON}\b)[a-z]+(?: up| in| to death)?(?: [.,])? (?:{_WHEN_BACK}))\b"
       rf"|\b(?:smash|kick|bash|punch|cave|knock) (?:his|her|their|[a-z]+'s) (?:face|head|teeth|skull) in\b"
       rf"(?=.*\b(?:{_NOW_OR_WHEN_BACK}|knife|bat|hammer|i mean it|not joking|i'm serious)\b)"
       rf"|\b(?:break|snap) (?:his|her|their|[a-z]+'s) (?:legs?|arms?|neck|jaw|nose|face|fingers|ribs)\b"
       rf"(?=.*\b(?:{_NOW_OR_WHEN_BACK}|knife|bat|hammer|i mean it|not joking|i'm serious)\b)"
       rf"|\b(?:make|making) (?:him|her|them|(?:that|the|this|my) [a-z]+|[a-z]+) bleed\b"
       rf"|\b(?:run|go|come|lunge|charge|going|coming) at (?:him|her|them|(?!{_NOT_A_PERSON}\b)[a-z]+) with (?:a|the|my"
       rf"|his|her) (?:[\w']+ )?{_WEAPON}\b"
       rf"|\b(?:going to|gonna|i'll|i will|about to|want to|ready to) put (?:him|her|them|(?!{_NOT_A_PERSON}\b)[a-z]+)"
       rf" in (?:hospital|the hospital|a&e|the ground|a coffin|a wheelchair|intensive care|an early grave)\b"
       rf"|\b(?:going to|gonna|i'll|i will|about to|want to|ready to) (?:run|knock|mow|take) (?:him|her|them"
       rf"|(?!{_NOT_A_PERSON}\b)[a-z]+) (?:over|out|down)\b(?: [\w']+){{0,3}} (?:{_NOW_OR_WHEN_BACK})\b"
       rf"|\b(?:going|heading|driving|walking|on my way) (?:round |over )?(?:to )?(?:his|her|their|[a-z]+'s)"
       rf"(?: (?:house|place|flat|work|school|office))?(?: [\w']+){{0,2}} to {_VIOLENT} (?:him|her|them)\b",
       unless=r"\b(?:lol|lmao|haha|jk|joke|joking|kidding|game|fortnite|minecraft|football|rugby|boxing|sparring"
              r"|chess|match|pillow|paintball|laser tag|nerf|snowball|water (?:gun|fight)|tickle|in my dreams|with"
              r" kindness|feelings|if (?:he|she|they) (?:\w+ ){0,3}(?:again|one more time))\b"
              r"|(?:eats?|ate|takes?|took|touches?|borrows?|borrowed|steals?|stole|finishes|finished) my"
              r" (?:food|leftovers|snacks|stuff|charger|clothes|car|chocolate|milk)"),
    _p(HARM_TO_OTHERS, "lying_in_wait_armed",
       rf"\b{_WEAPON}\b(?=.*\b(?:{_LYING_IN_WAIT}))|\b(?:{_LYING_IN_WAIT})(?=.*\b{_WEAPON}\b)",
       unless=r"\b(?:cricket|baseball|rounders|softball|practice|game|match|training|nets|shelf|shelves|diy|nail"
              r"|nails|fix|fixing|build|building|put up|assemble|ikea|picture|frame|tools?|toolbox|cake|bread|cook\w*"
              r"|dinner|chop\w*|carv(?:e|ing) (?:the|a|up|it)|turkey|roast|bbq|barbecue|butter|sharpen(?:ed|ing)? for|lol|haha|film"
              r"|movie|game|costume|prop|play|rehearsal|fishing|camping|hunting|burglar\w*|intruder\w*)\b"),
    _p(MEDICAL_EMERGENCY, "stroke_signs",
       r"\b(?:my |his |her |their )?speech ?(?:is|'s|has gone|went|sounds|keeps going|is going) (?:all )?(?:slurred"
       r"|funny|weird|strange|garbled|wrong|jumbled)\b|\b(?:i'm|i am|he's|she's|they're|he is|she is|started|keeps"
       r"|keep) slurring\b|\bslurr(?:ed|ing) (?:speech|words|my words|his words|her words)\b"
       r"|\bcan't feel (?:the )?(?:left|right|one) side of (?:my|his|her|their) (?:face|body|mouth)\b"
       r"|\b(?:face|mouth|smile)(?:'s| is| has)? (?:gone |going |suddenly |all |looks |seems )?(?:lopsided|crooked|wonky"
       r"|droopy|drooping|slack|uneven)\b(?=.*\b(?:not making sense|talking nonsense|gibberish|confused|words|speech"
       r"|slurr\w*|arm|suddenly|all of a sudden|stroke|can't (?:talk|speak|lift|move))\b)"
       r"|\b(?:suddenly|all of a sudden) (?:talking|speaking) (?:gibberish|nonsense|funny)\b|\b(?:talking|speaking)"
       r" (?:gibberish|nonsense) (?:all of a sudden|suddenly)\b"
       r"|\bone side of (?:my|his|her|their) (?:face|mouth|body) (?:is |has |'s )?(?:drooping|dropped|droopy|gone numb"
       r"|numb|gone weak|weak|gone dead|gone floppy)\b"
       r"|\bcan't (?:lift|move|raise) (?:my|his|her|their) (?:left |right )?arm\b(?=.*\b(?:face|speech|slurr\w*|words"
       r"|suddenly|all of a sudden|numb|stroke|side)\b)"
       r"|\b(?:my|his|her) (?:left |right )?arm ?(?:feels|is|has gone|went|'s gone) (?:all )?(?:dead|weak|numb|heavy"
       r"|floppy)\b(?=.*\b(?:suddenly|all of a sudden|face|speech|slurr\w*|words|stroke|chest)\b)",
       unless=r"\b(?:when|whenever|every time|used to|last (?:week|year|month)|years ago|dentist|anaesthetic"
              r"|injection|filler|botox|drinking|drinks|wine|beer|drunk|tipsy|lol|haha|asleep|slept on it|sleeping on"
              r"|gym|workout|tired|film|book|character|grandad had|nan had|photos?|selfies?|pictures?|filler)\b"),
    _p(MEDICAL_EMERGENCY, "head_injury_red_flags",
       r"\b(?:hit|banged|bumped|smacked|knocked|cracked|whacked) (?:my|his|her|their) head\b(?=.*\b(?:sick|vomit\w*"
       r"|throwing up|threw up|drowsy|sleepy|can't stay awake|confused|passed out|blacked out|knocked out|seizure"
       r"|fitting|fit|blood (?:from|coming out of) (?:my|his|her|their) (?:ear|nose)|double vision|can't see properly"
       r"|worst headache)\b)"
       r"|\b(?:sick|vomit\w*|throwing up|threw up|drowsy|confused|passed out|blacked out)\b(?: [\w',]+){0,8}"
       r" (?:since|after) (?:i |he |she |they )?(?:hit|banged|bumped|smacked|knocked|cracked|whacked) (?:my|his|her"
       r"|their) head\b",
       unless=r"\b(?:when i was|years ago|last (?:year|month)|as a kid|used to|lol|haha|sick of|sick and tired"
              r"|sick to death|fine now|checked)\b"),
    _p(MEDICAL_EMERGENCY, "child_very_ill",
       rf"\b(?:{YOUNG})\b(?: [\w']+){{0,6}} (?:is |'s |has gone |went |seems |feels |looks |is so |is really |is very )?"
       rf"(?:floppy|limp|unresponsive|lifeless)\b"
       rf"|\b(?:{YOUNG})\b(?: [\w']+){{0,6}} (?:won't|will not|isn't|is not|can't|doesn't) (?:wake (?:up )?properly"
       rf"|stay awake|respond(?:ing)?|wake up properly)\b"
       rf"|\b(?:rash|spots) (?:that )?(?:doesn't|don't|won't|isn't|aren't) (?:fade|go away|fading) (?:under|when i press)"
       rf" (?:a |the )?glass\b|\bnon blanching rash\b"
       rf"|\b(?:{YOUNG})\b(?: [\w']+){{0,6}} (?:is |'s )?(?:having a (?:fit|seizure)|fitting|turning blue|going blue"
       rf"|gone blue|turning grey|gone grey)\b",
       unless=r"\b(?:lol|haha|when (?:she|he|they) (?:was|were)|used to|as a baby|last (?:year|month)|after (?:a long"
              r"|school|nursery|swimming|the party)|doll|teddy|game|film|texts?|messages?|emails?|calls?|phone|whatsapp"
              r"|jabs?|vaccin\w*|immuni[sz]\w*|(?:nurse|doctor|gp|midwife|health visitor) (?:said|says)|(?:that's|is) normal"
              r"|to (?:treatment|therapy|medication))\b"),
    _p(MEDICAL_EMERGENCY, "diabetic_emergency",
       r"\b(?:diabetic|type (?:1|one)|insulin|blood sugar|sugars?|glucose|hypo)\b(?=.*\b(?:i'm|i am|he's|she's|i feel"
       r"|and|can't|keep)\b(?: [\w']+){0,2} (?:shaking|shaky|sweating|sweaty|drowsy|passing out|fainting|collaps\w*"
       r"|fitting|seizure|can't (?:think|see|stand|focus|wake)|slurring|confused and|and confused)\b)",
       unless=r"\b(?:when|whenever|if|every time|used to|last (?:week|year|month)|yesterday|this morning but|sorted"
              r"|fine now|was fine|session|sessions|appointment|therapy)\b"),
    _p(MEDICAL_EMERGENCY, "chest_pain_red_flags",
       r"\bchest\b(?: [\w']+){0,3} (?:pain|pains|hurts|hurting|hurt|tight|tightness|pressure|heavy|crushing|squeezing"
       r"|is killing me|feels like (?:[\w']+ ){0,4}(?:vice|crushed|squeezed|elephant|weight|burst|exploding))\b"
       r"(?=.*\b(?:arm|jaw|numb|sweat\w*|clammy|can't breathe|short of breath|never (?:hurt|felt)"
       r"|worst|spreading|radiat\w*|faint\w*|passing out|dizzy|going down my)\b)"
       r"|\b(?:left arm|my arm|jaw)\b(?: [\w']+){0,3} (?:is |'s |has gone |feels )?(?:numb|tingling|aching|hurts|heavy)"
       r"\b(?=.*\bchest\b)",
       unless=r"\b(?:when|whenever|every time|if (?:i|you|someone)|used to|last (?:year|month|week)|years ago|was just"
              r"|turned out|checked|is it normal|normal to|can anxiety|does anxiety|(?:panic|anxiety) attacks?"
              r" (?:always|usually|often|sometimes)|during (?:panic|anxiety|a panic|an anxiety|sessions?)|gym|workout"
              r"|lifting)\b"),
    _p(SUICIDAL_IDEATION, "welcome_death",
       r"\b(?:welcome|'d welcome|would welcome|look forward to|be glad of|be grateful for|long for|longing for|crave"
       r"|craving|dream of|dreaming of|pray for|praying for|hope for|hoping for|wish for|wishing for|ready for)"
       r" (?:just )?(?:not waking up|never waking up|dying|death|being dead|not existing|not being here|not being alive"
       r"|the end of (?:it all|everything|my life)|it all ending|everything ending|my life ending|eternal sleep)\b"
       r"(?! (?:my|her|his|their|the) (?:hair|clothes|shoes|jeans|roots|fabric|eggs)| (?:metal|star|row|stranding"
       r"|grips|cab|scene|scenes|of (?:a|the|my) (?:phone|laptop|battery|car|plant|career|band|show|series)))"
       r"|\b(?:i'd|i would|i'll|i will|i'm|i am|i think i'd|i'd honestly|i would honestly|i'd actually|i'd really)"
       r"(?: (?:honestly|actually|really|just|probably|kind of|secretly))? (?:be |feel )?(?:relieved|glad|happy|grateful"
       r"|thankful|at peace|fine|ok|okay|content) to (?:just )?(?:be dead|die|stop existing|not exist|not wake up"
       r"|not be alive|be gone for good|stop being alive|never wake up|not be here)\b"
       r"(?! (?:on|for|in|with|doing|at|of)\b)",
       unless=r"\b(?:lol|lmao|haha|on that hill|for (?:my|the|a|this|our) (?:kids|children|country|cause|team|family))\b"),
    _p(PLAN_OR_MEANS, "pills_needed",
       rf"\bhow many (?:of )?(?:my |the |these |those )?{DRUGS} (?:i'd|i would|i'll|i will|you'd|you would|it'd|it would"
       rf"|someone would|a person would) (?:need|take|have to take|have to swallow)\b(?! (?:a day|per day|each|every"
       rf"|for (?:the|a|my) (?:week|month|trip|holiday)))",
       unless=r"\b(?:holiday|trip|travel\w*|week's supply|prescription|refill|dosette|pharmacy|pill organi[sz]er"
              r"|as prescribed|pain relief|dose for)\b"),
    _p(PLAN_OR_MEANS, "going_to_the_drop_after_sorting",
       rf"\b{_FINAL_ARRANGEMENTS}\b.*\b{_GOING_TO_A_DROP}\b|\b{_GOING_TO_A_DROP}\b(?=.*\b{_FINAL_ARRANGEMENTS}\b)",
       unless=r"\b(?:picnic|walk|walking|swim|swimming|fishing|boat|kayak|paddle|run|running|cycle|bike|with (?:the"
              r" kids|my|friends|family|the dog|him|her|them)|dog|photos?|sunset|view|wedding|party|festival|market"
              r"|pub|cafe|restaurant|lunch|dinner|drinks|date|holiday|trip|we|we're|us|together|birthday|fireworks"
              r"|work|job|shift|repair|inspect\w*)\b"),
    _p(MEDICAL_EMERGENCY, "turning_blue_or_paralysed",
       r"\b(?:he|she|they|i|my \w+|baby|son|daughter)(?:'s| is|'re| are|'m| am)? (?:turning|going|gone) (?:blue|grey"
       r"|gray)\b(?! (?:and )?(?:with|from) (?:cold|the cold))"
       r"|\bgasping for (?:air|breath)\b(?=.*\b(?:can't|blue|grey|collaps\w*|chest|help|ambulance|won't stop)\b)"
       r"|\bcan't (?:move|feel) (?:my|his|her|their) (?:legs|arms|neck|body|lower body)\b(?=.*\b(?:fell|fall|fallen"
       r"|crash\w*|accident|hit|blood|stairs|ladder|roof|car)\b)"
       r"|\b(?:fell|fallen|crashed|came off|thrown off)\b(?: [\w']+){0,6} (?:and )?(?:now )?(?:i|he|she|they)"
       r" (?:can't|cannot) (?:move|feel) (?:my|his|her|their) (?:legs|arms|neck|body|lower body)\b",
       unless=r"\b(?:cold|freezing|raynaud\w*|paint|dye|hair|lol|haha|leg day|gym|workout|laughing|with envy|face"
              r" paint|smurf|costume|avatar)\b"),
    # Core phrases in the languages a clinic's clients most often write in
    # besides English (accents are folded away by normalise). Idioms such as
    # "me muero de risa", "je meurs de faim", "ich sterbe vor hunger" do not match.
    _p(NOT_IN_ENGLISH, "spanish",
       r"\b(?:quiero|quisiera|deseo|tengo ganas de|ganas de|voy a|pienso en|pensando en|prefiero|necesito)"
       r" (?:morir(?:me)?|matarme|suicidarme|quitarme la vida|(?:acabar|terminar) con (?:mi vida|todo)|desaparecer para siempre"
       r"|tirarme (?:del|de un|de una|de la|por la|al|a las vias|bajo))\b"
       r"|\bme (?:quiero|voy a|pienso) (?:morir|matar|suicidar|quitar la vida|tirar (?:del|de|por|al|bajo))\b"
       r"|\bno quiero (?:vivir|seguir viviendo|estar viv[oa]|seguir aqui|despertar)\b|\bsuicid(?:arme|io|a)\b"
       r"|\b(?:he tomado|me tome|tome|me he tomado) (?:muchas|demasiadas|todas las|un bote de|una caja de)"
       r" (?:pastillas|pildoras|medicinas|medicamentos)\b"
       r"|\bmi (?:marido|esposo|novio|pareja|padre|padrastro|madre|ex) me (?:pega|pego|golpea|golpeo|pegaba|va a matar|quiere"
       r" matar|amenaza)\b|\bsi (?:lo|la|le) dejo me (?:mata|matara|va a matar)\b"
       r"|\b(?:tomo|tomar|tomarme|tome|tomado|trago|tragar|tragarme|trague|voy a tomar|me voy a tomar) (?:todas (?:las|mis)"
       r"|muchas|demasiadas|un bote de|una caja de|el bote de) (?:pastillas|pildoras|medicinas|medicamentos)\b"
       r"|\b(?:mejor|mas facil) (?:para todos|para (?:mi|mis) (?:familia|hijos|padres)) si (?:yo )?(?:no (?:existiera"
       r"|estuviera|viviera)|me muriera|desapareciera)\b|\bnadie me (?:va a|iba a|va) (?:extranar|echar de menos)\b"
       r"|\b(?:me corto|me corte|me he cortado|cortarme) (?:otra vez|de nuevo|las munecas|los brazos)?\b"
       r"|\b(?:amenaza|amenazo|amenazando) con matarme\b|\bme (?:pega|golpea|esta pegando|esta golpeando)\b"
       r"|\b(?:estarian|estaria|estaran|estara|serian|seria|vivirian|viviria|estan|estaban) mejor sin mi\b"
       r"|\b(?:ya )?(?:regale|he regalado|estoy regalando|regalando) (?:todas )?mis cosas\b",
       unless=r"prevencion del suicidio|\bno (?:soy|estoy|me siento|tengo (?:pensamientos|ideas)) (?:\w+ )?suicid"),
    _p(NOT_IN_ENGLISH, "french",
       r"\b(?:je veux|j'ai envie de|envie de|je vais|je pense a|je voudrais|besoin de) (?:mourir|me tuer|me suicider"
       r"|en finir|disparaitre pour toujours|me jeter (?:du|d'un|de la|par la|sous)|me pendre|sauter (?:du|d'un|de la"
       r"|par la))\b"
       r"|\bd'en finir\b|\ben finir avec (?:la vie|ma vie|tout)\b|\bmettre fin a (?:mes jours|ma vie)\b"
       r"|\b(?:je ne veux plus|je veux plus|je n'ai plus envie de|j'ai plus envie de|plus envie de) vivre\b"
       r"|\bme suicider\b|\bsuicidaire\b"
       r"|\b(?:serait|seraient|sera|seront|serais|seriez|vivraient|vivrait) mieux sans moi\b"
       r"|\bj'ai (?:pris|avale) (?:trop de|tous mes|toutes mes|une boite de|plein de) (?:medicaments|cachets|pilules"
       r"|comprimes)\b|\bje me (?:scarifie|coupe les (?:bras|poignets))\b"
       r"|\b(?:il|elle|mon mari|mon copain|mon pere) (?:me frappe|me bat|va me tuer|veut me tuer)\b"
       r"|\b(?:mieux|plus simple) (?:pour tout le monde|pour (?:ma famille|mes enfants)) si (?:je )?(?:n'existais pas"
       r"|n'etais (?:pas|plus) la|mourais|disparaissais)\b|\bpersonne ne (?:va|vas) me manquer\b"
       r"|\bje me suis (?:coupee?|scarifiee?)\b|\b(?:menace|a menace) de me tuer\b",
       unless=r"prevention du suicide|\b(?:ne suis pas|pas) suicid"),
    _p(NOT_IN_ENGLISH, "german",
       r"\bich (?:will|mochte|werde|muss) (?:mich umbringen|sterben|nicht mehr leben|mir das leben nehmen|tot sein"
       r"|nicht mehr aufwachen)\b|\bich will nicht mehr(?= [.,]|$)"
       r"|\b(?:mich umbringen|bringe mich um|bring mich um|mir das leben nehmen|selbstmord\w*|suizid\w*"
       r"|keine lust mehr zu leben|nicht mehr leben (?:will|mochte))\b"
       r"|\b(?:zu viele|viele|alle meine|eine packung|die ganze packung) (?:tabletten|pillen|medikamente)"
       r" (?:genommen|geschluckt)\b|\bich ritze mich\b"
       r"|\b(?:er|sie|mein mann|mein freund|mein vater|mein stiefvater|meine frau) (?:schlagt mich|bringt mich um|will mich"
       r" umbringen|schlagt (?:meine (?:mutter|schwester|frau|kinder|tochter)|meinen (?:bruder|sohn)|uns))\b"
       r"|\bmich (?:\w+ ){0,4}(?:umbringen|umzubringen|toten|zu toten)\b|\bumzubringen\b|\bich (?:schneide|ritze) mich\b"
       r"|\b(?:tabletten|pillen|medikamente|schlaftabletten) (?:gesammelt|gehortet|gespart|aufgehoben|gebunkert)\b"
       r"|\bbesser (?:fur alle|fur (?:meine familie|meine kinder)),? wenn (?:ich )?(?:nicht (?:mehr )?(?:da|am leben)"
       r"|tot) (?:ware|bin)\b|\bich habe mich (?:wieder |gerade |eben |heute |schon wieder )?(?:geritzt|geschnitten)\b"
       r"|\b(?:hort|hoert) nicht auf zu bluten\b"
       r"|\b(?:droht|drohte|hat gedroht),? mich (?:umzubringen|zu toten)\b",
       unless=r"(?:selbstmord|suizid)(?:pravention|vorbeugung)|\bnicht (?:suizid|selbstmord)\w*|\bkeine"
              r" (?:suizid|selbstmord)gedanken"),
    _p(NOT_IN_ENGLISH, "portuguese",
       r"\b(?:quero|vou|penso em|pensando em|estou pensando em|tenho vontade de|vontade de) (?:morrer|me matar"
       r"|tirar (?:a )?minha (?:propria )?vida|acabar com (?:a )?minha vida|acabar com tudo|suicidio|me suicidar"
       r"|me jogar (?:da|de|do|na frente))\b"
       r"|\bnao quero (?:mais )?viver\b|\bsuicid(?:io|ar|ar-me)\b"
       r"|\btomei (?:muitos|todos os|varios|uma caixa de|demasiados) (?:comprimidos|remedios|medicamentos)\b"
       r"|\b(?:ameacou|ameaca|ameacando) (?:de )?(?:me )?matar\b|\b(?:esta|ta|vive) me (?:batendo|agredindo)\b"
       r"|\bme (?:bate|agride|espanca)\b|\bmelhor (?:para todos|pra todos) se eu (?:nao existisse|morresse|sumisse)\b"
       r"|\b(?:me cortei|me corto|me machuquei de proposito)\b"
       r"|\b(?:namorado|marido|companheiro|ex|pai|padrasto|ele)\b(?: \w+){0,3} (?:vai|quer|ia|disse que vai|disse que ia"
       r"|ameacou) me matar\b(?! se eu (?:chegar|atrasar|esquecer|perder|quebrar|gastar|comer|tirar))"
       r"|\b(?:estariam|estaria|ficariam|ficaria) melhor sem mim\b",
       unless=r"prevencao do suicidio|prevencao ao suicidio|\bnao (?:sou|estou|me sinto) (?:\w+ )?suicid"),
    _p(NOT_IN_ENGLISH, "italian",
       r"\b(?:voglio|vorrei|penso di|sto pensando di) (?:morire|uccidermi|ammazzarmi|togliermi la vita|farla finita"
       r"|suicidarmi|buttarmi)\b|\bmi voglio (?:ammazzare|uccidere|suicidare)\b|\bnon voglio piu vivere\b|\bnon ce la faccio piu a vivere\b"
       r"|\bfarla finita\b|\bsuicidio\b|\bpenso al suicidio\b"
       r"|\b(?:la faccio|la faro|la voglio fare|la devo fare) finita\b(?! con)|\bmi sto (?:tagliando|ferendo|facendo del male)\b"
       r"|\btagliarmi\b(?! (?:i capelli|le unghie|la barba|la frangia))|\blettere? (?:di |d')?addio\b"
       r"|\bstarebbero meglio senza (?:di )?me\b"
       r"|\bho (?:preso|ingoiato|mandato giu) (?:tutte le|troppe|un sacco di|una scatola di|tutto il flacone di|tutta la"
       r" scatola di) (?:pillole|pastiglie|compresse|medicine|farmaci)\b"
       r"|\bmi sono (?:tagliat[ao]|fatt[ao] del male)\b|\bmi taglio\b|\bnon smette di sanguinare\b"
       r"|\b(?:minaccia|ha minacciato|minacciato) di (?:uccidermi|ammazzarmi)\b|\bmi (?:picchia|sta picchiando)\b"
       r"|\bmeglio per tutti se (?:non ci fossi|morissi|sparissi)\b",
       unless=r"prevenzione del suicidio|\bnon (?:sono|ero|mi sento) (?:\w+ )?suicid"),
    _p(NOT_IN_ENGLISH, "dutch",
       r"\bik will? (?:er )?niet meer (?:zijn|leven)\b|\bik will? (?:dood|sterven|niet meer wakker worden)\b"
       r"|\bmezelf (?:van kant maken|ophangen|doden|iets aandoen|snijden|pijn doen)\b|\bvan kant maken\b|\bzelfmoord\b"
       r"|\bsnijd (?:mezelf|me)\b|\b(?:te veel|al mijn|alle|een hele strip|een doosje) (?:pillen|tabletten|medicijnen|slaappillen)"
       r" (?:genomen|ingenomen|geslikt)\b|\btouw gekocht\b|\bbett?er af zonder mij\b|\bgaat (?:springen|zichzelf)\b(?=.*\b(?:dak"
       r"|brug|flat|gebouw|balkon|raam|spoor|trein|zichzelf|dood)\b)|\b(?:dak|brug|flat|balkon|spoor)\b.*\bgaat springen\b"
       r"|\bwill? (?:springen|er een eind aan maken)\b|\ber een eind aan maken\b"
       r"|\bmezelf (?:gesneden|pijn gedaan|verwond|gebrand)\b|\bstopt niet met bloeden\b"
       r"|\b(?:een )?einde? aan mijn leven\b|\bmijn leven (?:beeindigen|beindigen)\b"
       r"|\b(?:ben|voel me|word|was) (?:\w+ )?(?:suicidaal|suicidale)\b|\bsuicidale (?:gedachten|neigingen)\b",
       unless=r"zelfmoordpreventie|\bniet (?:suicidaal|suicidale)|trampoline|zwembad"),
    _p(NOT_IN_ENGLISH, "polish",
       r"\bnie chce (?:juz )?zyc\b|\bchce (?:umrzec|sie zabic|skonczyc ze soba)\b|\bzabije sie\b|\bzabic sie\b"
       r"|\bsamoboj\w*|\bpolknel(?:am|em) (?:cale|wszystkie|za duzo)\b|\b(?:cale opakowanie|wszystkie|za duzo) (?:tabletek|lekow"
       r"|tabletki|leki)\b|\btne sie\b|\bpowiesic sie\b|\bskocze z\b|\bwszyscy (?:beda|byliby) szczesliwsi beze mnie\b"
       r"|\blepiej (?:im |wam )?beze mnie\b",
       unless=r"\b(?:nie jestem|nie (?:mam|mum) mysli) (?:\w+ )?samoboj"),
    _p(NOT_IN_ENGLISH, "nordic",
       r"\b(?:jag|jeg) (?:orkar|vill|vil|onsker|orker) (?:inte|ikke) (?:leva|leve)(?: (?:langre|mer|lenger|laengere))?\b"
       r"|\b(?:jag|jeg) vill? (?:do|doe)\b|\bta livet av mig\b|\bta (?:mitt|mit) (?:eget )?liv\b|\btage mit eget liv\b"
       r"|\bsjalvmord\w*|\bselvmord\w*|\bskar mig\b|\bskjaerer meg\b|\bbattre utan mig\b|\bbedre (?:uden|uten) mig\b"
       r"|\bbedre (?:uden|uten) meg\b|\b(?:tog|tagit|tatt|taget) (?:alla|alle|for mange|for manga) (?:mina |mine )?(?:tabletter"
       r"|piller)\b",
       unless=r"\bsjalvmordsprevention|\bselvmordsforebygg|\b(?:inte|ikke) (?:sjalvmords|selvmords)"),
    _p(NOT_IN_ENGLISH, "es_pt_means_or_threat",
       r"\bpastillas (?:listas|preparadas|juntas)\b|\btom(?:ei|e|é) tod[oa]s? (?:[oa]s )?(?:\w+ )?(?:remedios|comprimidos"
       r"|pilulas|pastillas)\b|\bamenaz\w* con (?:un |una )?(?:cuchillo|pistola|arma|navaja)\b"),
    # Families added from a development set written by an outside writer (README, "Crisis safety net"):
    # general shapes of the crises it showed the detector missing, never its sentences.
    _p(SUICIDAL_IDEATION, "no_point_being_here",
       r"\b(?:don't|do not|can't|cannot)(?: really| even| honestly| actually)? see (?:the|any) point (?:in|of) (?:being (?:here|alive)|living|existing|waking up"
       r"|going on|carrying on)(?: any ?more| any longer| at all| tomorrow| again| each day| every day)?(?= [.,]|$)"
       r"|\b(?:hop\w*|wish\w*|pray\w*) (?:that )?something (?:bad )?(?:happens|would happen|will happen) to me\b"
       r"|\b(?:hope|hopes|hoping|wish|wishing) (?:the|my) (?:plane|car|train|bus|flight) (?:crashes|crash|goes down)\b"
       r"|\b(?:don't|do not) (?:plan|expect|intend) (?:on|to) (?:be(?:ing)? around|be(?:ing)? here|be(?:ing)? alive"
       r"|living) (?:long|much longer|for long|that long)\b"
       r"|\bbefore i die (?:this|tonight|tomorrow|next|on)\b"
       r"|\btonight (?:might|could|will|is going to|feels like|feels like it'll) be (?:it|the night)(?= [.,]|$| and\b)"
       r"|\btonight feels like (?:it|the night)(?= [.,]|$| and\b)"
       r"|\bwon't (?:make it|last|survive) (?:that long|much longer|till|until)\b(?=.*\b(?:plan|pills|end it)\b)"),
    _p(PLAN_OR_MEANS, "going_to_the_place",
       r"\b(?:going|heading|walking|driving) (?:up )?to the (?:bridge|cliffs?|tracks|railway|rooftop|roof)\b"
       r" (?:tonight|now|right now)\b"
       r"|\b(?:written|wrote|writing|finished) (?:the|my) (?:note|letters?)\b(?=.*\bfiguring out (?:when|how|where)\b)"),
    _p(GOODBYE, "final_arrangements",
       r"\b(?:gave|given|giving) (?:away )?my (?:dog|cat|pet|puppy|kitten)\b(?=.*\b(?:doesn't know why|don't know why"
       r"|better this way|for the best|won't need|won't be)\b)"
       r"|\b(?:wrote|written|writing|left) (?:letters|notes) (?:to|for) (?:everyone|everybody|my family|all of them)\b"
       r"(?=.*\b(?:at peace|drawer|find them|when i'm gone|goodbye)\b)"
       r"|\bif (?:my \w+|anyone|someone|you) (?:ever )?(?:reads?|finds?|sees?) this\b(?=.*\b(?:i'm sorry(?: for everything)?(?= [.,]|$| i love)|love you"
       r"|forgive me)\b)"
       r"|\btell (?:my|her|him|them|whoever|anyone who|everyone|everybody|people)(?: \w+){0,4}? (?:that )?(?:it|this) (?:wasn't|isn't|was not|is not) (?:her|his|their"
       r"|your|anyone's) fault\b"
       r"|\b(?:last time i(?:'ll| will)?|last time ill) (?:talk|speak) to (?:anyone|anybody|someone)\b"),
    _p(SELF_HARM, "self_harm_now",
       r"\b(?:need|want|wanna|going|gonna|about|urge|urges|have) to sh\b"
       r"|\brelapsed\b(?=.*\b(?:deeper|deep|stitches|bleeding|won't stop)\b)"
       r"|\b(?:holding|i've got|i have|got) (?:the|a|my) (?:razor|blade|knife|scissors)\b(?=.*\b(?:please (?:help|say|talk|don't)|help me"
       r"|say something|talk me (?:down|out)|scared (?:of )?what i)\b|.* [.,] please(?: [.,]|$))"
       r"|\bscared (?:of )?what i(?:'m going to|'ll| will| might| could) do\b(?=.*\b(?:razor|blade|knife|scissors"
       r"|pills|rope|gun|bridge|tablets)\b)|\b(?:razor|blade|knife|scissors|pills|rope|gun|tablets)\b.*?\bscared (?:of )?what"
       r" i(?:'m going to|'ll| will| might| could) do\b"
       r"|\b(?:punched|hit|cut|burned|burnt|scratched|slammed|bit) (?:[\w']+ ){0,3}on purpose\b(?=.*\b(?:bleeding|gushing"
       r"|blood|deep|stitches)\b)"),
    _p(SOMEONE_ELSE_AT_RISK, "someone_else_now",
       rf"\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate)(?:'s| is|'re| are) (?:cutting|self harming|hurting"
       r" (?:himself|herself|themselves)|overdosing)(?: (?:himself|herself|themselves))? (?:right now|now|again|as we"
       r" speak)\b"
       rf"|\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate)(?:'s| is|'re| are) going to jump\b(?=.*\b(?:bridge"
       r"|roof|building|cliff|balcony|tracks|train|not (?:answering|replying|picking up)|stopped (?:answering|replying)"
       r"|won't (?:answer|reply|pick up)|can't (?:reach|find) (?:him|her|them))\b)"
       r"|\b(?:looking up|googling|searching|researching|searched|googled|looked up) how to (?:kill|hang|hurt|cut"
       r"|overdose|poison) (?:herself|himself|themselves)\b"
       r"|\b(?:search|browser|google|internet) history\b(?: [\w',]+){0,8} (?:how to (?:kill|hang|hurt|cut|overdose|poison)"
       r" (?:yourself|oneself|himself|herself|themselves|myself)|suicide|ways to die|overdos\w*|self harm\w*|lethal dose)"
       r"|\b(?:his|her|their) last (?:message|text|post) was (?:a |his |her |their )?goodbye\b"),
    _p(DANGER_FROM_OTHERS, "violence_happening_now",
       r"\b(?:is|'s|are|'re) (?:hitting|beating|hurting|strangling|choking|attacking|kicking|punching) (?:me|her|him"
       r"|them|us|our \w+|my \w+) (?:right now|now|as we speak)\b"
       r"|\bhiding (?:in|from) (?:the|my) (?:bathroom|room|bedroom|closet|car|wardrobe)\b(?=.*\b(?:drunk|smashing"
       r"|throwing|banging|hitting|knife|violent|rage|raging)\b)"
       r"|\b(?:took|takes|has taken|hid|hides|taken) my (?:phone|keys|passport|car keys)\b(?=.*\b(?:can't (?:leave|get"
       r" out|go)|(?:scared|afraid|terrified|frightened) to (?:leave|stay|go|move)|won't let me|locked (?:me|the)|no way out)\b)"
       r"|\bdrunk (?:and )?driving (?:off |away )?with (?:the|my|our) (?:kids|children|baby|son|daughter)\b"
       r"|\b(?:toddler|baby|child|kid|little (?:boy|girl)) (?:alone|by (?:him|her)self) on (?:the|a) (?:balcony|roof"
       r"|ledge|road|window ?sill)\b"
       r"|\b(?:\d+ year old|toddler|baby|child|kid|little (?:boy|girl))\b(?: [\w']+){0,4} (?:out )?on (?:the|a|their|his|her)"
       r" (?:balcony|roof|ledge|window ?sill|road|railway|tracks)\b(?: [\w']+){0,3} (?:alone|by (?:him|her|them)self|on"
       r" (?:his|her|their) own|unsupervised)\b(?! for a (?:second|minute|moment)\b)"
       r"|\bif i tell (?:anyone|someone|the police|you)(?: [\w']+){0,4} (?:he'll|she'll|they'll|he will|she will"
       r"|they will) (?:kill|finish|hurt)\b"),
    _p(HARM_TO_OTHERS, "harm_others_plan",
       r"\bshoot up (?:my|the|a|our) (?:old )?(?:school|class|college|office|workplace|work|church|mall)\b"
       r"|\b(?:driving|drive|run|running|ram|ramming) (?:my car |the car )?(?:into|over) (?:people|a crowd|crowds"
       r"|pedestrians)\b"
       r"|\bget back at (?:him|her|them) physically\b"
       r"|\bmake (?:him|her|them|my \w+) pay\b(?=.*\b(?:planned|plan|weapon|knife|gun|hurt)\b)"),
    _p(MEDICAL_EMERGENCY, "medical_now",
       r"(?:^|[.,] )(?:i think )?(?:i'm )?having a (?:seizure|stroke|heart attack)\b(?! (?:lol|haha|when|every))"
       r"|\bthroat (?:is )?(?:closing|swelling)(?: up)?\b(?=.*\b(?:allergic|epipen|can't breathe|reaction|nuts?"
       r"|peanuts?|sting)\b)"
       r"|\b(?:sugar|glucose|bg)(?:'s| is) (?:like |about |around )?\d+(?:\.\d)?\b(?=.*\b(?:confused|shaking|faint"
       r"|dizzy|can't think|passing out)\b)"
       r"|\btook (?:like |about |around |maybe )?\d{2,} (?:of )?(?:my )?(?:\w+ )?(?:pills|tablets|meds|clonazepam"
       r"|diazepam|xanax|sleeping pills|paracetamol|tylenol|ibuprofen)\b(?=.*\b(?:sleepy|drowsy|dizzy|can't|sick"
       r"|earlier|ago)\b)"),
    # Round 3: families for shapes a second outside writer's messages showed missing (README, "Crisis safety net"),
    # each written broader than the message that showed it and tested on other wordings (test_crisis_round3.py).
    _p(SUICIDAL_IDEATION, "not_around_long_enough",
       r"\b(?:won't|will not|might not|may not|not going to|don't think i'll|doubt i'll|not sure i'll|don't know if i'll)"
       r" (?:still )?(?:be (?:around|here|alive)|last|live|stick around|hang on) (?:long enough|that long|till then"
       r"|until then)\b(?! (?:in|at) (?:this|that|the|my) (?:job|company|flat|house|city|town|place|role|team)\b)",
       unless=r"\b(?:job|company|flat|house|city|town|role|team|contract|lease|moving|move|abroad|visa|holiday|trip"
              r"|battery|phone|laptop|shop|store|offer|sale)\b"),
    _p(SUICIDAL_IDEATION, "no_future_seen",
       r"\b(?:stopped|stop|can't|cannot|don't|no longer|can't even) (?:seeing|see|imagining|imagine|picturing|picture)"
       r" (?:a|any|my|myself having a) future(?= [.,]|$| (?:anymore|any more|at all|for me|for myself|ahead|beyond|past"
       r"|after|like|now|these days|lately)\b)"
       r"|\bthere's (?:nothing|no future|no tomorrow) (?:after|past|beyond) (?:this|next|tonight|today|tomorrow|the"
       r" (?:weekend|week|month|summer))\b",
       unless=r"\b(?:job|career|relationship|marriage|company|industry|band|team|city|country|degree|course|us"
              r"|together|field|profession)\b"),
    _p(PLAN_OR_MEANS, "how_long_till_found",
       r"\bhow long (?:it takes|it'd take|it would take|would it take|does it take|before|until|till) (?:for )?(?:anyone"
       r"|anybody|someone|somebody|people|they|my (?:family|\w+)|the neighbou?rs)(?: would| will| to| actually| even)*"
       r" (?:notice|find|realise|realize|miss|come looking|check)\b(?: [\w']+){0,3}? (?:me|my body|i'm gone|i was gone"
       r"|someone's gone|someone is gone|you're gone|i'm missing|i'd gone|i'm dead|the body)\b",
       unless=r"\b(?:party|left the|leave early|holiday|trip|office|meeting|class|chat|group|lol|haha|game|hide and seek)\b"),
    _p(PLAN_OR_MEANS, "let_go_of_the_wheel",
       r"\b(?:think|thinking|thought|tempted|urge|want|wanting|imagine|imagining|wonder|wondering)(?: about| of| to| what"
       r" (?:would happen|it'd be like) if i)? (?:just )?(?:not (?:turning|turn|steering|steer|braking|brake)|letting go of"
       r"|let go of|jerking|jerk|jerked|yanking|yank|yanked|swerving|swerve|swerved) (?:the )?(?:wheel|steering wheel|brakes?|steering)\b"
       r"|\b(?:just )?(?:not|never|stop) (?:turning|turn|braking|brake|steering|steer) (?:the wheel )?(?:at|on|into|before)"
       r" (?:the|a) (?:bend|corner|curve|bridge|wall|tree|lorry|truck|oncoming)\b",
       unless=r"\b(?:lol|haha|driving lesson|instructor|test|exam|parking|coffee|phone|drink|sneeze|to grab|deer|fox"
              r"|ice|icy|skid\w*|aquaplan\w*)\b"),
    _p(SUICIDAL_IDEATION, "burden_gone_for_good",
       # The world going on without me, my being gone a favour, "if i was gone they could breathe", out of their way.
       r"\b(?:world|everyone|everybody|people|life|my family|they|the planet)(?:'d| would| will)(?: just)? (?:keep"
       r" (?:spinning|turning|going)|go on|carry on|be fine|be better|be happier|not (?:miss a beat|notice|care))"
       r" without me\b"
       r"|\b(?:me|my) (?:being )?(?:gone|dead|death|not (?:being )?(?:here|around|alive))\b(?: [\w']+){0,2} (?:would|will|'d"
       r"|is|could)(?: honestly| really| actually| probably| just| genuinely)? (?:be |do )?(?:a |the |everyone a |them a )?(?:favou?r|gift|relief|blessing|mercy|kindness|for the"
       r" best|best thing|better for (?:everyone|everybody|them|all))\b"
       r"|\b(?:doing|do) (?:everyone|everybody|them|the world|my family|us all) a favou?r (?:if i|by (?:dying|disappearing"
       r"|not being|ending|killing|going|leaving for good))\b"
       r"|\bif i (?:just )?(?:was|were|wasn't|weren't|was no longer|were no longer|died|disappeared|didn't exist|stopped"
       r" existing)(?: here| around| alive| gone| dead| anymore)?\b(?: [\w',]+){0,3}? (?:they|everyone|everybody|people|my"
       r" \w+|he|she|the world|things)(?:'d| would| could| will| can| might)(?: finally| actually| all| just)? (?:be (?:better"
       r"|happier|fine|relieved|free|freer|at peace|okay|ok|lighter)|breathe|relax|move on|rest|have (?:some )?peace"
       r"|live (?:properly|again|freely))\b"
       r"|\b(?:get|getting|stay|staying|go|going) out of (?:their|everyone's|everybody's|his|her|your|my (?:\w+'s|family's))"
       r" (?:way|lives|life) (?:for good|forever|permanently|once and for all|for ever)\b"
       r"|\b(?:happier|better|easier|lighter|freer|relieved)\b(?: [\w',]+){0,12} i (?:just )?(?:wasn't|weren't) (?:a problem"
       r"|a burden|their problem|around|here|alive) (?:anymore|any more|ever again|ever)\b"
       r"|\b(?:would|'d|could|will) (?:get|have|collect|receive) (?:the |my )?(?:house and the |life )?(?:insurance|payout"
       r"|pay out|death benefit)\b(?=.*\b(?:finally|peace|better off|without me|free|freer|easier|relief|think about that)\b)",
       unless=r"\b(?:holiday|vacation|trip|week|weekend|month|away|abroad|moving|move|job|office|work|party|team|shift"
              r"|session|leave|lol|haha|car|flood|fire|burglary|written off|stolen|ex|in laws|toxic|no contact|cut"
              r" (?:them|him|her) off)\b"),
    _p(PLAN_OR_MEANS, "when_and_how",
       r"\b(?:wrote|written|writing|write|worked|working|figured|figuring|decided|deciding|planned|planning|know|knows"
       r"|picked|settled) (?:down |out |on )?(?:exactly )?(?:when and how|how and when|when and where|where and when"
       r"|how and where|where and how|the when and (?:the )?how|the how and (?:the )?when)\b(?! (?:to|i'll|i will|i'm"
       r" going to) (?!do it|end it|die|go)\w)",
       unless=r"\b(?:session|therapist|therapy|tell|telling|meds as|dose|appointment|wedding|party|trip|move|moving"
              r"|propose|interview|exam|meeting)\b"),
    _p(PLAN_OR_MEANS, "firearm_within_reach",
       r"\b(?:gun|guns|rifle|pistol|shotgun|revolver|firearm|handgun)\b(?: [\w',.]+){0,14} (?:i know (?:where|the code"
       r"|the combination)|know where (?:the key|the keys|the code|the ammo|the bullets|he keeps|she keeps|they keep)"
       r"|keep thinking about (?:it|using it|that)|can't stop thinking about (?:it|using it|that)|could (?:easily )?get"
       r" (?:to )?it)\b"
       r"|\b(?:know where|keep thinking about|can't stop thinking about) (?:the|my (?:dad's|husband's|\w+'s)) (?:gun|rifle"
       r"|pistol|shotgun|firearm)\b",
       unless=r"\b(?:hunting|licen[sc]e|range|club|safety course|lol|haha|film|game|book|novel)\b"),
    _p(PLAN_OR_MEANS, "lethal_height",
       rf"\b(?:height|drop|fall|floors?|storeys?|stories) (?:from|off|of|down from) (?:my |the |this |that |our )?(?:\w+ )?"
       rf"{HIGH_PLACE}\b(?: [\w']+){{0,3}} (?:(?:would|will|should)(?: definitely| probably| easily| surely)? (?:be|do it"
       rf"|kill)|is|'s)(?: definitely| probably| easily)? (?:enough|high enough|far enough|fatal|lethal|it)\b"
       rf"|\b(?:my |the |this |that )?{HIGH_PLACE}s?(?:'s| is| would be) (?:definitely |probably |easily )?(?:high|tall"
       rf"|far up) enough\b(?! (?:for|to (?:see|get|have|enjoy|watch|catch|hang|dry|fit|reach))\b)"
       rf"|\bhigh enough (?:to (?:die|kill|not survive|do it|end it)|that (?:i|you) (?:wouldn't|won't) survive)\b",
       unless=r"\b(?:view|views|sunset|fireworks|photos?|plants|washing|satellite|signal|wifi|drone|kite|lol|haha|diving"
              r"|dive|swim\w*|jump in|bungee|zip ?line|abseil\w*|climb\w*"
              r"|kids|child|toddler|baby|safe|safety|railing (?:is|isn't))\b"),
    _p(PLAN_OR_MEANS, "going_and_not_coming_back",
       rf"\b(?:{_GOING_TO_A_DROP}|(?:going|heading|driving|walking|off|out)(?: down| up| out)? to (?:the )?{_DROP_OR_WATER})\b"
       rf"(?: [\w',]+){{0,6}}? (?:and )?(?:i'm |i am |i'll |i )?(?:not|never|won't be|won't)"
       r" (?:coming|going to come|come|be coming) (?:back|home)\b(?! (?:until|till|before|for|this|next|after)\b)",
       unless=r"\b(?:moving|move|live|living|holiday|vacation|trip|camping|cottage|cabin|retreat|festival|caravan|lol"
              r"|haha|we|we're|us|together|friends|family)\b"),
    _p(PLAN_OR_MEANS, "means_kept_close",
       r"\b(?:razor|razors|razor blades|blade|blades|knife|knives|rope|noose|gun|belt|ligature|lighter|pills|tablets"
       r"|meds|stash)\b(?: [\w']+){0,8} (?:so (?:they're|it's|they are|it is) (?:close|closer|nearby|within reach|handy|ready"
       r"|there)|(?:close|near) (?:to me|by|at hand)|within (?:arm's )?reach|under my pillow)\b",
       unless=r"\b(?:cooking|kitchen|shaving|shave|dinner|camping|fishing|crafts?|diy|as prescribed|for the night|candles?"
              r"|smok\w*|cigarettes?|vape|inhaler|epipen"
              r"|migraine|headache|remember to take|forget|alarm|routine|for my (?:pain|back|period))\b"),
    _p(PLAN_OR_MEANS, "the_day_is_set",
       r"\b(?:decided|i've decided|made up my mind|chosen|picked|it's settled|that's settled|so)(?: that| [.,])?"
       r" (?:tonight|tomorrow|this weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)(?:'s| is| will be) (?:it|the"
       r" day|the night|the end)\b(?= [.,]|$)",
       unless=r"\b(?:diet|gym|wedding|party|deadline|last day (?:at|of)|move|moving|date night|deal|sale|launch|exam|sugar"
              r"|junk food|caffeine|booze|alcohol|drinking|smoking|vaping|takeaways?"
              r"|interview|quit smoking|sober|haircut|lol|haha|job|work|shift|match|game)\b"),
    _p(GOODBYE, "leaving_no_mess",
       r"\b(?:cleaned|tidied|cleared|paid(?: off)?|sorted(?: out)?|updated|written|wrote|cancelled|canceled|deleted"
       r"|given away|gave away|organised|organized|emptied)\b(?: [\w',]+){1,10}? so (?:that )?(?:nobody|no one|noone"
       r"|they|my (?:family|kids|parents|partner|mum|dad|husband|wife)|he|she)(?:'s| is| are|'re| isn't| won't be| will"
       r" be)? (?:left with|stuck with|(?:won't |doesn't |don't |never )?(?:have|has|need|needs) to (?:deal with|sort"
       r"|clean|pay|worry about|do anything)|inherit)\b(?: [\w']+){0,4}",
       unless=r"\b(?:mov(?:e|ed|ing) (?:out|house|in)|moving|holiday|vacation|trip|landlord|deposit|inspection|guests"
              r"|party|visit|visitors|surgery|operation|baby|due date|maternity|retire\w*|estate planning|solicitor"
              r"|lol|haha|clients?|handover|new job|leaving (?:the|my) job)\b"),
    _p(GOODBYE, "if_i_stop_replying",
       r"\bif i (?:don't|stop|never|can't) (?:reply|replying|respond|responding|answer|answering|message|messaging|text"
       r"|texting|come back|log on|get back to you)\b"
       r"(?=.*\b(?:goodbye|farewell|that's why|you'll know why|you'll know|forgive me|i'm sorry for everything|love you"
       r" all)\b)",
       unless=r"\b(?:phone|battery|signal|wifi|asleep|sleeping|busy|work|flight|plane|session|appointment|meeting"
              r"|driving|lol|haha|exam)\b"),
    _p(GOODBYE, "whoever_finds_me",
       r"\b(?:whoever|whomever|the person who|anyone who|anybody who|for (?:whoever|the person who)|(?:so|for) (?:they|someone"
       r"|somebody|people) (?:can|could|to)) (?:finds?|will find|comes? to find|comes? (?:in|looking)(?: to find)?)"
       r" (?:me|my body)\b"
       r"|\b(?:make sure|please make sure|can you make sure) (?:someone|somebody|you|they|my \w+) (?:feeds?|looks? after"
       r"|takes? care of|walks?|has) my (?:cat|dog|pets?|rabbit|hamster|fish|kids|children)\b(?=.*\b(?:door|unlocked"
       r"|finds? me|goodbye|after|gone|sorry|forgive)\b)",
       unless=r"\b(?:hide and seek|game|lol|haha|holiday|vacation|trip|away|surprise|party|hospital for|surgery)\b"),
    _p(GOODBYE, "remember_me",
       r"\b(?:told|tell|telling|asked|ask|want) (?:[\w']+ ){1,8}?(?:to |that (?:she|he|they|you) should |i want (?:her|him"
       r"|them|you) to )?remember (?:me (?:as|happy|like|for|fondly|well|when)|the good times|the good (?:stuff|bits|days))\b"
       r"(?=.*\b(?:doesn't know|don't know|didn't know|won't know|has no idea|had no idea|last time|goodbye)\b)",
       unless=r"\b(?:funeral|wedding|graduat\w*|leaving do|moving|move|abroad|retire\w*|anniversary|lol|haha|died|passed"
              r"|memorial|eulogy|speech)\b"),
    _p(SELF_HARM, "do_another_one",
       r"\b(?:want|wanting|need|needing|going|gonna|urge|urges|tempted|about|have) to (?:do|make) (?:another|more|one more"
       r"|a new|a deeper) (?:cut|burn)s?\b|\b(?:want|need|going|gonna|urge|urges|tempted|about|have) to (?:do|make) (?:another|more|one more|a new|a"
       r" deeper)(?: one| cut| burn| line)?\b(?=.*\b(?:burn|burns|burned|burnt|cut|cuts|blade|razor|lighter|scar|bleed"
       r"|bleeding|blood|myself)\b)|\b(?:burn|burns|burned|burnt|cut|cuts|blade|razor|lighter|bleed|bleeding|blood)\b"
       r".*\b(?:want|need|going|gonna|urge|urges|tempted|about|have) to (?:do|make) (?:another|more|one more|a new"
       r"|a deeper)(?: one| cut| burn| line)?\b",
       unless=r"\b(?:oven|cooking|baking|bake|iron|ironing|kettle|stove|hob|pan|tray|tattoo|hair|sunburn|candle|recipe"
              r"|batch|cake|bread|cookies|paper cut|shaving|wood|video|edit|film|episode|lol|haha|drawing|painting"
              r"|sketch|sewing|fabric|haircut|fringe|pancakes?|toast|pizza|steak|burgers?|sausages?|marshmallows?)\b"),
    _p(OVERDOSE, "took_more_than_prescribed",
       rf"\b(?:took|taken|swallowed|downed|taking|had|necked|popped)\b(?: [\w',]+){{0,6}}? (?:way |a lot |much |far |loads"
       rf" |a few )?(?:more|extra)(?: of)?(?: my| the| them| those| these)?(?: [\w']+)?(?: {DRUGS})? than (?:i(?: should(?: have)?| was"
       rf" supposed to| was meant to|'m supposed to|'m meant to| used to| normally (?:do|would)| usually (?:do|would))|(?:is |was )?prescribed|the"
       rf" (?:dose|prescription|label says)|my (?:dose|prescription)|i'm allowed)\b(?=.*\b(?:on purpose|deliberately"
       rf"|intentionally|take more|taking more|don't care|to (?:die|not wake up|end it|sleep forever)|dizzy|heart|weird|sick"
       rf"|sleepy|drowsy|vision|can't|numb|{DRUGS})\b)",
       unless=r"\b(?:food|coffee|caffeine|water|time|breaks?|days? off|holiday|money|cake|pizza|dessert|sugar|vitamins?"
              r"|protein|by accident|accidentally|forgot|mistake|lol|haha)\b"),
    _p(OVERDOSE, "took_them_and_symptoms",
       rf"\b{_TOOK_THEM_AGO}\b(?=.*\b{_OVERDOSE_SIGNS}\b)|\b{_OVERDOSE_SIGNS}\b.*\b{_TOOK_THEM_AGO}\b",
       unless=r"\b(?:side effects?|new (?:meds|medication|prescription)|as prescribed|is (?:this|that|it) normal"
              r"|antibiotics|hay fever|antihistamines?|cold and flu|lol|haha)\b"),
    _p(DANGER_FROM_OTHERS, "heard_violence",
       r"\b(?:can |could )?hear (?:[\w']+ ){1,4}?(?:hitting|beating|hurting|attacking|strangling|choking|kicking|punching|slapping|smacking"
       r"|screaming at|throwing) (?:him|her|them|the (?:kid|child|baby|boy|girl|children|kids|woman|man)|his (?:wife|partner"
       r"|girlfriend|kids?|son|daughter|mum|mother)|her (?:husband|partner|boyfriend|kids?|son|daughter|mum|mother)|their"
       r" (?:kids?|children|son|daughter|mum|dad)|my (?:mum|mom|mother|sister|brother|little \w+|nan|gran)|someone)\b",
       unless=r"\b(?:game|film|movie|tv|telly|boxing|match|video|ball|drums?|hammer|nails?|lol|haha|play fight\w*"
              r"|pillow fight)\b"),
    _p(DANGER_FROM_OTHERS, "child_trapped",
       rf"\b(?:locked|trapped|stuck|left)\b(?: [\w']+){{0,4}} (?:in|inside) (?:the|my|a|our|his|her) (?:hot )?car with (?:my"
       rf"|the|our|his|her) (?:{YOUNG}|dog) (?:still )?(?:inside|in it|in there|in the back)\b"
       rf"|\b(?:my |the |our |a )?(?:{YOUNG})(?:'s| is| are|'re)? (?:locked|trapped|stuck|left) (?:in|inside) (?:the|my|a|our)"
       rf" (?:hot )?car\b(?=.*\b(?:hot|heat|sun|boiling|locked|keys|can't get|won't open|crying|sweating)\b)",
       unless=r"\b(?:toy|game|lol|haha|film|dream|years ago|used to|when i was)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "taking_the_children",
       rf"\b(?:(?:kids|children|{YOUNG}) (?:would|'d|will) be better off (?:coming|going|dying|gone) with|take (?:the kids"
       rf"|the children|the baby|them|my \w+) with) (?:her|him|me|them)\b(?=.*\b(?:bad place|dark place|suicidal|die|dead|alive|kill|not (?:wanting|want) to live"
       rf"|end it|gone|upstairs|locked|now|tonight|heaven|with them|pills|knife|gun)\b)",
       unless=r"\b(?:holiday|vacation|trip|move|moving|divorce|custody|weekend|visit|shopping|park|school|abroad|lol"
              r"|haha|party|swimming)\b"),
    _p(HARM_TO_OTHERS, "retribution_planned",
       r"\bmake (?:him|her|them|them all|all of them|everyone|every (?:one|single one) of them|those \w+|the \w+ who)"
       r" (?:\w+ )?(?:pay|suffer)\b(?=.*\b(?:know (?:his|her|their) (?:routine|schedule|movements|address)|where (?:he|she"
       r"|they) (?:lives?|works?|drinks?)|know where (?:they|he|she)(?:'ll| will|'re| are| is|'s) (?:all )?(?:be|going)|tonight"
       r"|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|this week|weapon|knife|gun|planned|plan|hurt|kill|bleed)\b)"
       r"|\b(?:done|tired of|sick of|finished|fed up (?:of|with)) waiting for (?:the )?(?:police|cops|courts?|justice|the"
       r" law)\b(?=.*\b(?:(?:his|her|their) address|where (?:he|she|they) (?:lives?|works?|is|are)|knife|gun|bat|hurt"
       r"|kill|myself|own hands)\b)|\b(?:(?:his|her|their) address|where (?:he|she|they) (?:lives?|works?))\b.*\b(?:done"
       r"|tired of|sick of|finished) waiting for (?:the )?(?:police|cops|courts?|justice|the law)\b"
       r"|\b(?:take|taking|took) (?:matters|things|it|justice) into my own hands\b(?=.*\b(?:him|her|them|his|address"
       r"|knife|gun|hurt|tonight)\b)",
       unless=r"\b(?:bike|car|parcel|phone|scam|refund|money|landlord|deposit|court date|lawyer|solicitor|complaint"
              r"|small claims|lol|haha|game|review|email|report)\b"),
    _p(HARM_TO_OTHERS, "bringing_something",
       r"\b(?:i'm|i am|i'll|i will|going to|gonna|i'm going to) (?:be )?(?:bringing|bring|taking|take) (?:something"
       r"|a weapon|my (?:dad's|brother's|uncle's|mum's) \w+)(?: (?:to|into) (?:school|class|college|work|the office))?"
       r"(?= [.,]|$| (?:tomorrow|in|with me)\b)(?=.*\b(?:laugh\w*|bull\w*|mock\w*|pick(?:s|ing)? on|serious|not joking"
       r"|not kidding|regret|pay|they'll see|everyone will see|sorry)\b)",
       unless=r"\b(?:potluck|party|lunch|snack|cake|food|present|gift|drinks?|dessert|bake sale|show and tell|lol"
              r"|haha)\b"),
    _p(MEDICAL_EMERGENCY, "collapsed_person",
       r"\b(?:is|'s|are|'re|has been|lying|fell|fallen|collapsed) (?:on|onto|lying on) the (?:floor|ground|pavement"
       r"|bathroom floor|kitchen floor)\b(?=.*\b(?:breathing (?:weird|funny|strangely|strange|badly|shallow|heavily|loudly"
       r"|slowly|really slow)|not breathing|won't wake|can't wake|can't get (?:her|him|them) up|not moving|unresponsive"
       r"|blue|grey|gray|not responding|won't respond|fitting|shaking and)\b)"
       r"|\b(?:he|she|they|my \w+)(?:'s| is|'re| are) breathing (?:weird|funny|strangely|strange|really shallow|so"
       r" shallow|really slowly|really slow|badly|in gasps)\b",
       unless=r"\b(?:dog|cat|puppy|kitten|pet|hamster|rabbit|asleep on|sleeping|snoring|yoga|lol|haha|game|baby monitor"
              r"|used to|last (?:year|month|week))\b"),
    _p(SOMEONE_ELSE_AT_RISK, "someone_else_with_means",
       r"\blocked (?:himself|herself|themselves|themself) (?:in|inside|in the \w+)\b(?=.*\b(?:pills|tablets|knife|blade"
       r"|razor|rope|gun|meds|belt|won't (?:come out|answer|open)|not answering|isn't answering|suicidal|goodbye)\b)"
       r"|\b(?:says|said|saying|told me|texted)(?: that)? (?:she|he|they)(?:'s| is|'re| are)? (?:has|have|'s got|got)"
       r" (?:a (?:bottle|box|packet|load|bag) of |some |all (?:of )?(?:her|his|their) |(?:her|his|their) )?(?:\w+ )?(?:pills|tablets"
       r"|meds)\b|\b(?:says|said|saying|told me|texted)(?: that)? (?:she|he|they)(?:'s| is|'re| are)? (?:has|have|'s got|got)"
       r" (?:a knife|a blade|a razor|a rope|a gun)\b"
       r"|\b(?:she|he|they|friend|mate|bestie)(?:'s| is|'re| are)? (?:taking|going to take|gonna take|about to take"
       r"|swallowing|going to swallow) (?:everything|all (?:of )?(?:her|his|their|the) (?:\w+ )?(?:pills|tablets|meds"
       r"|medication)|the lot|them all|all of them)\b(?! (?:to|into|with|for|on|off|out|back|in|from)\b)"
       r"(?=.*\b(?:tonight|now|today|goodbye|address|not answering|help|plan)\b)"
       r"|\bfound (?:a|his|her|their|the) (?:suicide |goodbye )?(?:note|letter)\b(?: [\w']+){0,6} (?:saying|that says|which"
       r" says|says)(?: that)? (?:(?:he|she|they) )?(?:can't (?:do this|go on|take (?:it|this)|cope)|goodbye|is sorry"
       r"|'s sorry|are sorry|(?:he|she|they) (?:loves?|want)|it's not (?:my|our|your) fault)\b"
       r"|\b(?:she|he|they|friend|{KIN})(?: [\w']+){0,3} (?:has|have|'s got|got|made) a plan\b(?= [.,]| and)(?=.*\b(?:tonight"
       r"|it's tonight|today|stopped replying|not answering|pills|end it|die|goodbye|drinking)\b)".replace("{KIN}", KIN),
       unless=r"\b(?:party|bathroom to cry|game|lol|haha|holiday|trip|surprise|escape room|business|project"
              r"|homework|essay|cake|vitamins?|birthday)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "someone_giving_things_away",
       rf"\b(?:he|she|they|friend|{KIN}|mate|bestie|classmate|coworker|colleague)(?: [\w']+){{0,2}}(?: has been|'s been| is|'s"
       rf"| was| started| keeps| has|'s just| just)? (?:giving|gave|given) away (?:all )?(?:of )?(?:her|his|their) (?:stuff|things|belongings"
       rf"|possessions|clothes|pets?|books|jewellery|jewelry|savings)\b"
       r"|\b(?:won't|will not|not going to) be (?:here|in|around|back|coming in|at work|at school)(?: tomorrow| again)?"
       r" or (?:ever|ever again)\b",
       unless=r"\b(?:moving|move|abroad|charity|declutter\w*|minimalis\w*|garage sale|yard sale|car boot|new job|quit"
              r"|quitting|resign\w*|retir\w*|maternity|lol|haha)\b"),
    _p(SUICIDAL_IDEATION, "check_out_for_good",
       r"\b(?:check|checking|checked|clock|clocking|bow|bowing|tap|tapping) out\b(?: [.,])? (?:for good|permanently|forever"
       r"|of (?:life|this world|existence|this life)|early from life|for real this time)\b"
       r"|\b(?:long walk off a short pier|kick the bucket|kicking the bucket|push(?:ing)? up daisies|six feet under|meet my"
       r" maker|meeting my maker|shuffle off|tak(?:e|ing) the easy way out|(?:pull|pulling|take|taking|make|making) (?:a|my|the)"
       r" final exit|dirt nap|sleep with the fishes)\b(?=.*\b(?:not (?:being"
       r" funny|joking|kidding)|i mean it|seriously|for real|no joke|i'm serious|literally|not a joke)\b)",
       unless=r"\b(?:hotel|airbnb|cart|basket|library|books?|shop|online|order|store|till|groceries|room|hostel|lol"
              r"|haha|lmao|work|office|shift|meeting|group|chat|gym|fight|match|sparring|jiu jitsu|bjj|judo|wrestl\w*)\b"),
    _p(SUICIDAL_IDEATION, "last_day_alive",
       r"\b(?:my|the|tonight's|tonight is|today's|today is) (?:very )?(?:last|final) (?:night|day|week|weekend|sunrise|sunset"
       r"|christmas|birthday) (?:on (?:this|the) (?:planet|earth)|on earth|alive|in this world|of my life|breathing|i'll"
       r" (?:ever )?(?:see|have))\b",
       unless=r"\b(?:stag|hen|single|wedding|holiday|vacation|trip|job|contract|school|uni|in (?:london|town|the city"
              r"|this (?:job|house|flat))|before (?:i|the|my) (?:move|flight|wedding|baby)|lol|haha|lmao|film|movie|song"
              r"|book|game|episode)\b"),
    _p(PLAN_OR_MEANS, "letters_and_a_date",
       r"\b(?:written|wrote|finished|left|done) (?:the|my|all the|all my|goodbye) (?:letters?|notes?)\b(?: [\w',]+){0,6}"
       r" (?:picked|chosen|chose|set|decided on|planned|booked) (?:the|a) (?:date|day|weekend|night|time|place|spot)\b"
       r"|\b(?:picked|chosen|chose|set|decided on|planned) (?:the|a) (?:date|day|weekend|night|time|place|spot)\b"
       r"(?: [\w',]+){0,6} (?:written|wrote|finished|left) (?:the|my|all the|all my|goodbye) (?:letters?|notes?)\b",
       unless=r"\b(?:wedding|party|invitations?|christmas|cards?|thank|birthday|baby shower|reunion|cover letter"
              r"|application|complaint|reference|lol|haha|move|moving|trip|holiday)\b"),
    _p(GOODBYE, "wont_need_it_after_tonight",
       r"\bafter (?:tonight|today|this weekend)(?!')\b(?: [\w',]+){0,6}? (?:i )?(?:won't|don't think i'll|will not|'m not"
       r" going to|probably won't|doubt i'll) (?:need|be needing|have to worry about)\b"
       r"(?=.*\b(?:made (?:my )?peace|at peace|i'm ready|goodbye|it's decided|for good|won't be (?:here|around))\b)"),
    _p(PLAN_OR_MEANS, "same_means_again",
       rf"\b{_SAME_MEANS}\b(?=.*\b{_LAST_TIME}\b)|^(?=.*\b{_LAST_TIME}\b.*\b{_SAME_MEANS}\b).*\b{_SAME_MEANS}\b",
       unless=r"\b(?:holiday|trip|restaurant|cafe|lol|haha|recipe|route|commute|walk to|on my way|as prescribed"
              r"|prescription|refill|repeat|helped|worked|gp|doctor|psychiatrist|prescribed|pharmacy)\b"),
    _p(SUICIDAL_IDEATION, "ending_it_now",
       r"\bi'm (?:just |finally |really |actually |definitely )?(?:ending|finishing) it(?: all)?\b(?= [.,]|$| (?:now|tonight"
       r"|today|for good|soon|here|this (?:time|week|weekend))\b)",
       unless=THERAPY + r"|\b(?:relationship|boyfriend|girlfriend|partner|husband|wife|ex|friendship|job|contract|lease"
              r"|him|her|them|dating|date|marriage|engagement|essay|book|series|game|season|project|call|chat|meeting"
              r"|diet|streak|subscription)\b"),
    _p(PLAN_OR_MEANS, "scouting_the_drop",
       rf"\b(?:which|the|that|a) {_DROP_OR_WATER}\b.*\b(?:driven|drove|walked|been|gone|went|cycled|go|keep going) (?:back )?"
       r"(?:past|by|up to|to|to look at|to see) (?:it|there)\b(?: [\w']+){0,4} (?:to (?:look|check|see|stare)|(?:two|three"
       r"|four|five|several|\d+|a few|many) times|every (?:day|night)|again)\b",
       unless=r"\b(?:walk|walking|run|running|jog|cycle|commute|view|photos?|sunset|fishing|swim|swimming|picnic|dog"
              r"|kids|lol|haha|clinic|therapist|office|shop)\b"),
    _p(DANGER_FROM_OTHERS, "never_see_them_again",
       r"\b(?:said|says|texted|told me|threatened|threatens|swore|swears|messaged|warned)(?: me)?(?: that)? i(?:'ll| will|'m"
       r" never going to| am never going to) never see (?:her|him|them|my \w+|the kids|the children|the baby|our \w+)"
       r" again\b(?=.*\b(?:drinking|drunk|has (?:her|him|them|my)|took|taken|gun|knife|car|driving|won't answer|not"
       r" answering|tonight|now|gone)\b)",
       unless=r"\b(?:court|custody hearing|lawyer|solicitor|if i move|abroad|lol|haha)\b"),
    _p(DANGER_FROM_OTHERS, "found_where_i_live",
       r"\b(?:he|she|they|my ex|my abuser|my stalker)(?:'s| has| have|'ve)? (?:found|tracked down|figured out|got|worked out)"
       r" (?:my|our|where (?:i|we)) (?:new )?(?:address|flat|house|home|location|live|number|workplace|work)\b(?=.*\b(?:outside"
       r"|waiting|scared|afraid|terrified|again|tonight|right now|door|window|threat\w*|won't leave|parked|watching"
       r"|turned up|showed up|knocking|banging)\b)"
       r"|\b(?:he|she|they|my ex)(?:'s| is| has been|'s been|'re| are| have been|'ve been|) (?:sitting|parked|waiting|standing"
       r"|lurking|watching) outside(?: in (?:his|her|their) car| my (?:house|flat|door|work|window|building))?"
       r"(?: [\w']+){0,2} (?:all (?:evening|night|day|morning)|for hours|right now|again|every night|tonight)\b",
       unless=r"\b(?:uber|taxi|delivery|pick (?:me|us) up|lift|dinner|date|lol|haha|surprise|birthday|flowers|card"
              r"|present|gift|christmas)\b"),
    # Round 3, second batch: shapes of crisis language that the first batch's families were too narrow for.
    _p(SUICIDAL_IDEATION, "gone_before_then",
       r"\b(?:won't|will not|not going to|don't think i'll|doubt i'll|might not|may not|probably won't)(?: still| even)? be"
       r" (?:alive|here|around) (?:for|by|at|to (?:see|pay|get|open|read|go to|attend|start|finish|collect|celebrate))"
       r" (?:my |the |his |her |their |next |this |it\b|christmas|graduation|summer|spring|winter|autumn|new year)"
       r"|\bhope (?:i'm|i am|i'll be|i will be|to be) (?:gone|dead|not here|not around) (?:before|by)\b"
       r"|\b(?:don't|do not|not) (?:plan|planning|intend|intending|expect|expecting) (?:on|to) (?:be(?:ing)? (?:here|around"
       r"|alive)|still be(?:ing)? (?:here|around|alive)) (?:by|for|at|in|next|past|beyond|after|come)\b"
       r"|\b(?:don't think|not sure|doubt) i(?:'ll| will| can) (?:make it|survive|last|hold on|hang on|get through) (?:till"
       r"|until|to) (?:she|he|they|it|my|the|then|next|we)\b",
       unless=r"\b(?:holiday|vacation|work|working|travel\w*|trip|away|busy|conference|wedding|visit|visiting|camp"
              r"|abroad|moving|shift|flight|festival|lunch|dinner|snack|coffee|break|film|movie|meeting|lecture|class"
              r"|exam|concert|match|game|battery|phone|signal|surgery|op|operation|hospital|lol|haha|labour|due date"
              r"|maternity)\b"),
    _p(SUICIDAL_IDEATION, "gone_for_good",
       r"\b(?:i'm|i am|i'll|i will|then i|i|and i|ready to|want to)(?: just| finally| quietly)? (?:go|going|leave|leaving|be"
       r" gone|be done|done|disappear"
       r"|disappearing|slip away|slipping away|fade away|fading away|fade out) (?:for good|forever|permanently|for ever)\b"
       r"(?! (?:from|to|for|in|into|at|with)\b)",
       unless=r"\b(?:moving|move|moved|abroad|job|city|country|town|home|house|flat|uni|university|school|college"
              r"|relationship|him|her|them|partner|husband|wife|boyfriend|girlfriend|group|chat|app|social media"
              r"|twitter|instagram|facebook|tiktok|therap\w*|counsell?or\w*|sessions?|church|team|club|company|band"
              r"|marriage|lol|haha|family home|this place|work)\b"),
    _p(SUICIDAL_IDEATION, "switch_me_off",
       r"\b(?:switch|turn|shut)(?:ing)? (?:me|myself|it all|everything) off (?:for good|forever|permanently)\b"
       r"|\b(?:switch|turn|shut)(?:ing)? off and (?:never|not) (?:switch|turn|come)(?:ing)? back on\b"
       r"|\b(?:someone|something|somebody|you) (?:to|could|would) (?:just )?(?:switch|turn|shut) me off\b"
       r"|\b(?:want|wish|need|like) to (?:sleep|go to sleep)(?: [\w']+){0,5} (?:permanent|permanently|for good)\b"
       r"|\bwant to end me\b|\b(?:pull|pulling|take|taking|make|making|plan|planning) (?:a|my|the) final exit\b|\b(?:uninstall|unsubscribe|log out|delete|exit)(?:ing)? (?:myself )?from (?:this world|life"
       r"|existence|the world|this life|the planet)\b|\buninstall(?:ing)? myself\b",
       unless=r"\b(?:phone|laptop|computer|notifications|alarm|app|router|wifi|tv|telly|brain for|weekend|holiday"
              r"|lol|haha|robot|character|game)\b"),
    _p(SUICIDAL_IDEATION, "not_worth_saving",
       r"\b(?:not|isn't|am not|i'm not|not even)(?: sure)?(?: if)?(?: i'm| im)? worth (?:keeping alive|saving|the oxygen|the air"
       r"|keeping around|being alive|living|the air i breathe|the space i take up)\b",
       unless=r"\b(?:lol|haha|plant|car|phone|laptop|relationship|friendship|job|house|project)\b"),
    _p(PLAN_OR_MEANS, "scheduled_to_be_over",
       r"\bwhen (?:you|anyone|someone|they|he|she|my \w+) (?:opens?|reads?|sees?|gets?) (?:this|it|the (?:message|email|text"
       r"|letter|note)|my \w+)\b(?: [\w']+){0,4} (?:it(?:'ll| will)|i(?:'ll| will)) (?:already |probably )?be (?:over|done|gone"
       r"|dead|too late)\b"
       r"|\b(?:scheduled|timed|set up|queued) (?:a |the |my )?(?:message|email|text|post|letter)s?\b(?=.*\b(?:gone|over"
       r"|dead|goodbye|too late|find me|won't be)\b)",
       unless=r"\b(?:holiday|vacation|out of office|birthday|christmas|newsletter|work|meeting|lol|haha|flight)\b"),
    _p(PLAN_OR_MEANS, "thats_when",
       r"\b(?:that's|that is|thats|then's) (?:when|the day|the night|the time) (?:i'm|i'll|i will|i am|i'm going to|it's"
       r" going to|it will|it'll)(?: finally)? (?:do(?:ing)? it|go(?:ing)? through with it|end(?:ing)? it|go(?:ing)?|happen"
       r"(?:ing)?)(?= [.,]|$)",
       unless=THERAPY + r"|\b(?:propos\w*|tell(?:ing)?|party|wedding|surprise|move|moving|exam|interview|date|ask"
              r"|launch|release|lol|haha|quit|quitting|resign\w*|announce\w*)\b"),
    _p(PLAN_OR_MEANS, "means_and_empty_house",
       rf"\b(?:rope|noose|ladder|belt|hose|charcoal|knife|blade|blades|razor|gun|{DRUGS})\b.*\b(?:need|needs|waiting for"
       r"|wait (?:till|until|for)|once|when|as soon as) (?:the house|everyone|everybody|the flat|them all|my \w+|they)(?: to"
       r" be| is|'s| are|'re| to)? (?:empty|out|asleep|gone|away|in bed|go to sleep|go(?:es)? out|go to bed|leaves?|leave)\b"
       r"|\b(?:the house|the flat)(?:'s| is) (?:empty|mine)\b.*\b(?:rope|noose|ladder|belt|hose|charcoal|knife|blade|razor"
       rf"|gun|{DRUGS})\b",
       unless=r"\b(?:surprise|party|present|gift|cake|bake|game|gaming|play|binge|watch|snack|sneak|hide and seek|clean"
              r"|tidy|study|practice|practise|bath|relax|read|diy|shelf|shelves|decorat\w*|paint\w*|fix\w*|gutter"
              r"|garden\w*|cooking|dinner|as prescribed|take my (?:meds|pills|tablets))\b"),
    _p(PLAN_OR_MEANS, "researching_a_place_or_way",
       rf"\b(?:looking up|look up|looked up|googling|googled|searching|searched|researching|researched|reading up on|read"
       rf" up on|found out|checking|checked) (?:the )?(?:tallest|highest|nearest|closest|quietest) (?:buildings?|bridges?"
       rf"|cliffs?|car parks?|multistoreys?|towers?|railway lines?|level crossings?)\b"
       rf"|\b(?:looking up|looked up|googling|googled|searching|searched|researching|researched|found out|worked out) which"
       rf" (?:bridge|building|cliff|car park|train|trains|tracks|pills|tablets|drugs|meds|{DRUGS})\b"
       rf"(?! (?:to (?:take|get|use) (?:for|to (?:get|reach|the))|(?:are|is) (?:safe|best for|good for|compatible)))"
       r"|\bhow long (?:helium|carbon monoxide|hanging|drowning|an overdose|bleeding out|co|paracetamol|tylenol"
       r"|antifreeze|bleach) (?:takes|would take|does|would|will take)\b",
       unless=r"\b(?:view|views|photos?|sunset|skyline|visit|tourist|trip|holiday|architecture|walk|hike|commute|route"
              r"|safe|safely|side effects?|interact\w*|headache|hay fever|allerg\w*|kid|child|dog|cat|pet|balloon"
              r"|party|lol|haha|science|homework|essay|class)\b"),
    _p(PLAN_OR_MEANS, "at_the_edge_up_high",
       rf"\b(?:{HIGH_PLACE}|the top|cliff path|coast path)\b.*\b(?:stood|standing|sat|sitting|was|i'm|leaning|looking"
       rf"|stopping|stopped|stop|pausing|lingering|hovering) (?:at|on|right on|right at"
       rf"|over) the (?:edge|railing|barrier|wall|parapet)\b|\b(?:stood|standing|sat|sitting|leaning) (?:at|on|right on"
       rf"|right at|over) the (?:edge|railing|barrier|parapet)\b(?=.*\b(?:{HIGH_PLACE})\b)"
       rf"|\b(?:i'm|i am) (?:on|at|up on) (?:the )?(?:top (?:level|floor|deck)|roof) of (?:the |a |this )?(?:\w+ ){{0,2}}"
       rf"(?:car park|multistorey|building|tower|block|bridge)\b(?= [.,]|$| (?:looking down|tonight|right now|now|again"
       rf"|alone)\b)",
       unless=r"\b(?:view|views|photos?|sunset|selfie|fireworks|tour|bar|restaurant|party|lol|haha|parking|parked"
              r"|car's|work|job|roofer|scaffold\w*|inspect\w*|lunch|smok\w*)\b"),
    _p(PLAN_OR_MEANS, "sat_with_the_means",
       r"\b(?:holding|been holding|sat here with|sitting here with|i'm sat with|i'm sitting with|sat with|sitting with"
       r"|staring at|got) (?:the|my|a|these) (?:pills|razor|blade|blades|knife|rope|gun|tablets|noose|belt)\b"
       r"(?= [.,]|$| (?:again|for (?:an hour|hours|ages|a while)|in my hand|right now|tonight|now|in front of me|on my"
       r" lap|in my lap)\b)"
       r"|\b(?:knife|knives|gun|blades?|razors?|pills|rope|tablets|meds)\b(?: [\w']+){0,8} (?:going to|i'll|want to|about"
       r" to|ready to|plan to|planning to) use (?:it|them|one)\b(?! (?:for|to (?:cook|cut (?:the|some|a)|open|make)|on"
       r" (?:the|a) (?:chicken|meat|veg|box|boxes|cake))\b)",
       unless=r"\b(?:cooking|kitchen|chopping|carving|dinner|shaving|shave|craft|crafts|diy|box|boxes|parcel|camping"
              r"|fishing|as prescribed|for (?:my|the) (?:headache|migraine|pain|back)|pharmacy|chemist|lol|haha)\b"),
    _p(DANGER_FROM_OTHERS, "strangled",
       r"\b(?:hands?|arm|arms|belt|cord|rope|fingers) (?:round|around|on|against|at) my (?:throat|neck)\b"
       r"|\b(?:squeezed|squeezing|squeezes|grabbed|grabs|held|holds|pressed|presses|pressing) my (?:throat|neck)\b"
       r"|\b(?:choked|choking|chokes|strangled|strangling|strangles) me\b(?! (?:up|with laughter|with emotion)\b)",
       unless=r"\b(?:scarf|necklace|hug|hugged|hugging|cat|dog|puppy|kitten|baby|toddler|massage|lol|haha|film|movie"
              r"|game|dream|emotion\w*|up with|tears|laughing|food|sweets?|popcorn|water|cough\w*)\b"),
    _p(DANGER_FROM_OTHERS, "shut_in",
       r"\b(?:he|she|they|my \w+)(?:'s| has|'ve| have)? (?:locked|lock|bolted) (?:every door|all the doors|all (?:the )?"
       r"(?:windows and doors|doors and windows)|me in|us in|the doors?(?: and| ,)? (?:taken|took|hid))\b"
       r"|\b(?:won't|doesn't|will not|does not|never) let me (?:out of|leave) (?:the|my|our) (?:flat|room|apartment|house"
       r"|bedroom|home)\b",
       unless=r"\b(?:lol|haha|cat|dog|kids? (?:for|at) bedtime|for (?:my|our) safety|storm|hurricane|lockdown|quarantine"
              r"|covid|burglar\w*|break ins?)\b"),
    _p(DANGER_FROM_OTHERS, "threat_to_pets_or_kids",
       r"\b(?:he|she|they|my \w+)(?:'ll| will|'d| would|'s going to| is going to| said (?:he'd|she'd|he'll|she'll)"
       r"|says (?:he'll|she'll|he will|she will)) (?:kill|hurt|drown|poison|take) (?:the|my|our) (?:dog|cat|pets?|kids|children"
       r"|baby|horse)\b(?=.*\bif i (?:tell|leave|go|call|talk|say|report|don't)\b)",
       unless=r"\b(?:lol|haha|jok\w*|kidding|chew\w*|wee\w*|poo\w*|scratch\w*|sofa|shoes)\b"),
    _p(HARM_TO_OTHERS, "hurting_them_now",
       r"\bi'm (?:stabbing|glassing|bottling|battering|shooting|killing|knifing|decking|smashing|hurting|beating|attacking"
       r"|strangling|running over|burning) (?:him|her|them)\b(?=.*\b(?:tonight|today|when|if i see|the second|once|as"
       r" soon as|later)\b)"
       r"|\b(?:made|making|have|got|wrote|written|writing|keep|keeping) a (?:hit )?list of (?:people|names|everyone|the"
       r" (?:people|ones|kids|girls|boys|teachers))\b(?=.*\b(?:deserve what's coming|pay|what's coming|hurt|kill|regret"
       r"|be sorry|get what)\b)|\bhit list\b|\bdeserves? what's coming\b(?=.*\b(?:list|tomorrow|tonight|school|work"
       r"|knife|gun|plan)\b)",
       unless=r"\b(?:chess|game|fortnite|minecraft|football|match|quiz|exam|interview|karaoke|presentation|lol|haha"
              r"|invite|invites|invitation|thank|christmas|wedding|cards?|gifts?|bucket list|reading list|to do list"
              r"|shopping list|song|spotify|playlist|film|movie|book|band)\b"),
    _p(HARM_TO_OTHERS, "commanded_to_harm",
       r"\b(?:voices?|they(?:'re| are)|it(?:'s| is)|something|someone|he|she)(?: \w+){0,2} (?:telling|tells|keeps telling"
       r"|told|is telling|are telling|keep telling|ordering|orders|commanding) me to (?:hurt|kill|harm|stab|attack|burn"
       r"|poison|strangle) (?:my \w+|him|her|them|someone|people|the \w+|everyone)\b"
       r"|\b(?:something|a voice|someone|voices)(?: \w+){0,2} (?:keeps telling|tells|is telling|told|keep telling|are"
       r" telling) me to\b(?=.*\b(?:hurt|cut|burn|hob|punish\w*|kill|die|jump|bleed|drown|starve|hold my hand)\b)",
       unless=r"\b(?:kindness|feelings|chances|career|lol|haha|game|film|coach|trainer|boss|teacher|mum|dad|friend"
              r"|friends|therapist)\b"),
    _p(SELF_HARM, "need_to_bleed",
       r"\b(?:need|needs|want|have|got) to (?:see (?:blood|myself bleed)|bleed|feel (?:the )?blade|make myself bleed)\b"
       r"|\b(?:mixed|mixing|mix) (?:bleach|chemicals|cleaning products|cleaning stuff)\b(?=.*\b(?:on purpose|breathed"
       r"|inhaled|breathe it|fumes|die|kill|deliberately)\b)"
       r"|\b(?:breathed|breathing|inhaled|inhaling) (?:it|the fumes|fumes|gas|the gas) in\b(?=.*\b(?:on purpose"
       r"|deliberately)\b)"
       r"|\bhose\b(?: [\w',.]+){0,8} (?:tape|duct tape|exhaust)\b(?=.*\b(?:car|boot|garage)\b)"
       r"|\b(?:tape|duct tape|exhaust)\b(?: [\w',.]+){0,8} hose\b(?=.*\b(?:car|boot|garage)\b)",
       unless=r"\b(?:blood test|donat\w*|period|nosebleed|garden\w*|watering|plants|pool|washing the car|car wash"
              r"|accident\w*|by mistake|lol|haha|vampire|film|game)\b"),
    _p(MEDICAL_EMERGENCY, "allergic_now",
       r"\b(?:stung|sting|bee sting|wasp sting|ate (?:nuts|peanuts|shellfish|prawns)|allergic|allergy)\b.*\bcan't"
       r" (?:swallow|breathe|talk|speak)(?: properly)?\b"
       r"|\bcan't (?:swallow|breathe)(?: properly)?\b.*\b(?:stung|sting|nuts|peanuts|shellfish|allergic|allergy|epipen)\b",
       unless=r"\b(?:when|whenever|if i|used to|last (?:year|month|week)|years ago|fine now|hay fever|lol|haha)\b"),
    _p(MEDICAL_EMERGENCY, "starving_and_fainting",
       r"\b(?:nothing but (?:water|black coffee|diet coke|coffee)|only (?:had|drunk|drank) water|no food|not eaten|haven't"
       r" eaten|not had (?:any )?food)\b(?: [\w',]+){0,6} (?:blacking out|blacked out|fainting|fainted|passing out|passed"
       r" out|collaps\w*|can't stand|heart (?:racing|pounding|skipping))\b",
       unless=r"\b(?:fasting (?:blood )?test|blood test|surgery|operation|ramadan|colonoscopy|used to|years ago|lol|haha)\b"),
    _p(DANGER_FROM_OTHERS, "child_with_a_danger",
       rf"\b(?:kids|children|{YOUNG})\b(?: [\w']+){{0,6}} (?:with|and) (?:their|his|her|my) (?:dad|mum|mom|father|mother"
       rf"|stepdad|step dad|stepmum|uncle|mum's boyfriend)\b(?=.*\b(?:drinking|drunk|off his face|off her face|high|out of"
       r" it|violent|passed out|raging)\b)(?=.*\b(?:crying|rang me|called me|scared|hiding|screaming|help|terrified)\b)"
       r"|\b(?:went|gone|left|run|ran) off with (?:a |an )?(?:grown|older|adult) (?:man|men|guy|woman)\b",
       unless=r"\b(?:lol|haha|film|movie|book|used to|years ago|when i was)\b"),
    # Round 3, third batch: more shapes of the same kinds (alive by a date, a death that "would be fine", the
    # place scouted, the note that warns the finder, a child groomed or hurt, danger at the door).
    _p(SUICIDAL_IDEATION, "not_alive_by_then",
       r"\b(?:don't think|not sure|doubt|no way|can't see)(?: if| that)? i(?:'ll|'m| will| am)(?: still)? (?:be|being|going to"
       r" be|gonna be|surviving|lasting|making it) (?:here |around |alive )?(?:by|till|until|in|for|at|next|come|past|to"
       r"|through)\b"
       r"|\b(?:don't|do not|really don't) want to (?:still )?be (?:alive|around|here) (?:in|by|next|for|at|come)"
       r" (?:\d+|a|another|the|next|this|christmas|summer|spring|winter|autumn|my)\b"
       r"|\b(?:i )?won't (?:see|make it to|reach|live to see) (?:my|the|next) (?:\d+\w*|birthday|christmas|graduation"
       r"|wedding|summer|spring|new year|thirtieth|twenties|thirties|forties)\b(?=.*\b(?:made sure|decided|plan|sure of"
       r"|won't be|gone|dead|end)\b)",
       unless=r"\b(?:holiday|vacation|work|working|job|travel\w*|trip|away|busy|conference|wedding (?:abroad|that)|visit"
              r"|visiting|abroad|moving|shift|flight|festival|lunch|dinner|snack|coffee|film|movie|meeting|lecture|class"
              r"|exam results|concert|match|game|battery|phone|signal|lol|haha|labour|due date|maternity|flat|house"
              r"|city|town|country|uni|university|school|company|team|this place|here in)\b"),
    _p(SUICIDAL_IDEATION, "death_would_be_fine",
       r"\bif i (?:just )?(?:didn't wake up|don't wake up|never woke up|died|was gone|wasn't here|nodded off at the wheel"
       r"|fell asleep at the wheel|crashed|got hit|never came back|disappeared)\b(?! (?:for|in time|on time|early|till|until"
       r"|before|from|on)\b)(?: [\w',]+){0,8} (?:be fine|fine by me|ok by me|okay by me|wouldn't be the worst|not be the"
       r" worst|be a relief|be relieved|be a blessing|wouldn't mind|wouldn't care|be a mercy|be for the best)\b"
       r"|\b(?:hope|hoping|wish|wishing|pray|praying)(?: that)? (?:something|someone|a car|a bus|a lorry|the cancer|this"
       r" illness|it|the illness) (?:just )?(?:kills?|ends?|finishes) me\b"
       r"|\b(?:not being (?:here|alive|around)|being dead|dying) (?:anymore |any more |at all )?(?:is|feels|seems)(?: like)?"
       r" (?:the only|my only) (?:thought|thing|idea|option)\b"
       r"|\b(?:tired|sick|exhausted|done) of waking up(?: alive| every (?:day|morning))(?= [.,]|$)"
       r"|\b(?:i'm|i am) (?:so |just |really |completely )?over (?:living|being alive|life|existing)\b(?! (?:in|with|at"
       r"|here|there|like|under|near|on)\b)"
       r"|\btired of pretending (?:i want|to want) to (?:be alive|live|be here)\b"
       r"|\bwish(?:ing|ed)? (?:that )?my life would (?:just )?(?:end|stop|be over)\b"
       r"|\b(?:life )?insurance (?:would|will|could) (?:do|be worth|help)(?: them| her| him| my \w+| everyone| my family)? (?:more|better)(?: for (?:my |them|her|him)?\w*)?"
       r" than (?:i|me)\b|\bworth more (?:to (?:them|everyone|my \w+) )?dead\b"
       r"|\b(?:i'm|i am|i'm just|me being|my existence is) (?:the|a) (?:problem|burden|issue)\b.*\b(?:fix|solve|end|remove"
       r"|sort)\b(?: [\w']+){0,2} (?:permanently|for good|once and for all|forever)\b"
       r"|\bdeserves? (?:a|an|better than a|another) (?:[\w']+ ){0,4}(?:or (?:none|nobody|no one) at all|or none)\b"
       r"|\bonly (?:still )?(?:alive|hanging on|holding on|sticking around)\b(?! (?:by a thread (?:at|in) work|at work)\b)"
       r"|\bonly still here (?:for|because)\b",
       unless=r"\b(?:lol|haha|lmao|exam|exams|test|meeting|interview|alarm|shift|work|school|homework|phone|battery"
              r"|game|character|plant|dog dies|film|movie)\b"),
    _p(PLAN_OR_MEANS, "scouted_and_brave_enough",
       rf"\b(?:keep|kept|been|started) (?:driving|going|walking|cycling|getting the bus|heading) (?:up )?(?:to|back to) (?:the"
       rf" )?(?:{HIGH_PLACE}|{_DROP_OR_WATER})\b"
       rf"|\b(?:been|gone|went) (?:up|down|out) there (?:again |three times |twice |every (?:day|night) |a few times |loads of"
       rf" times )?(?:[\w']+ ){{0,3}}(?:just )?(?:looking|staring|to look|sitting|standing)\b"
       rf"|\b(?:timing|timed|counting) (?:the )?(?:trains|gaps between trains|express trains|lorries)\b"
       rf"|\b(?:rope|noose|pills|tablets|hose|charcoal|knife|blade|gun|ladder)\b.*\b(?:know|picked|chosen|found|decided on)"
       rf" (?:exactly )?(?:which|where the) (?:woods|forest|tree|bridge|cliff|spot|place|river|lake|car park|beam|branch)\b"
       rf"|\b(?:just )?need (?:to be brave enough|the courage|to work up the courage|to pluck up the courage|to find the"
       rf" courage)\b(?= [.,]|$| (?:to (?:do it|go through with it|end it|jump|take them|use it|step off))\b)"
       rf"(?=.*\b(?:rope|pills|tablets|blade|bag|bridge|note|ready|all in|everything|gun|knife)\b)"
       rf"|\bsharpen(?:ing|ed)? (?:the|my|a) (?:knife|blade|machete|axe)\b(?: [\w']+){{0,6}} (?:thinking about|for|imagining"
       rf"|picturing) (?:him|her|them|my \w+)\b",
       unless=r"\b(?:commute|work|commuting|walk|walking the dog|dog walk|run|running|jog|cycle|view|photos?|sunset"
              r"|fishing|swim|swimming|picnic|lol|haha|clinic|therapist|school run|train set|trainspott\w*|model"
              r"|cooking|chopping|carving|dinner|whittl\w*|tell|ask|talk|book|call|say|apply|interview|date|quit"
              r"|confront)\b"),
    _p(GOODBYE, "note_to_the_finder",
       r"\b(?:note|sign|message|letter)\b(?: [\w']+){0,8} (?:telling|saying|asking|warning) (?:\w+ ){0,3}(?:not to come"
       r" in|to call (?:the police|999|911|112|an ambulance)|not to look|don't come in|to stay out)\b"
       r"|\b(?:so|for) (?:they|he|she|someone|somebody|people|my \w+) (?:can|could|will|'ll) (?:[\w']+ ){0,3}?find (?:me|my"
       r" body)\b"
       r"|\bso (?:nothing|everything)(?:'s| is) (?:left undone|sorted|in order|taken care of|tied up)\b"
       r"|\b(?:signing|logging) off for good\b|\b(?:go|going|gonna go|heading off|off)(?: now| tonight)? [.,] (?:for good"
       r"|forever)\b"
       r"|\b(?:say|said|saying) (?:goodbye|bye)(?: properly)? before (?:tonight|tomorrow|i go|it's too late|the end)\b"
       r"|\bso this is it\b(?= [.,] (?:take care|goodbye|bye|thank|i love|sorry|look after))"
       r"|\b(?:given|gave|giving) (?:nearly |almost |pretty much |basically )?(?:everything|all my stuff|all my things|most of"
       r" my (?:stuff|things)) away\b"
       r"|\b(?:said|told (?:her|him|them|everyone|people))(?: that)? (?:it was|it's|i was|i'm) (?:just |only )?(?:a )?"
       r"(?:[\w']+ ){1,3}?(?:but|[.,]) (?:it's|its|it is|it was|it isn't|i'm|i am)? ?(?:not|isn't|wasn't)(?= [.,]|$)"
       r"",
       unless=r"\b(?:holiday|vacation|trip|travel\w*|moving|move|abroad|new job|party|surprise|lol|haha|prank|game"
              r"|hide and seek|escape room|delivery|parcel|courier|landlord|decorat\w*|paint\w*|wet floor|cleaner|exam"
              r"|plumber|electrician|builders?|workmen|engineer|postman|(?:before|after|until|till) (?:\d|noon|lunch|nine|ten)"
              r"|broadband|twitter|instagram|facebook|app|forum|server|discord|group chat|chat)\b"),
    _p(DANGER_FROM_OTHERS, "groomed_or_hurt_child",
       r"\b(?:boyfriend|teacher|coach|uncle|stepdad|step dad|grown|older|adult|tutor|man|priest|neighbou?r)\b(?: [\w']+){0,4}"
       r" (?:says|said|told me|tells me|telling (?:her|him|me)|keeps telling (?:her|him|me)|made me promise)(?: that)?"
       r" (?:it's|its|it is|this is|it has to be|it's got to be) (?:our|a) (?:little |special )?secret\b"
       r"|\b(?:says|said|told me|tells me|telling (?:her|him|me)|keeps telling (?:her|him|me)|made me promise)(?: that)?"
       r" (?:it's|its|it is|this is|it has to be|it's got to be) (?:our|a) (?:little |special )?secret\b"
       r"(?=.*\b(?:boyfriend|teacher|coach|uncle|stepdad|step dad|grown|older|adult|tutor|man|priest|neighbou?r)\b)"
       r"|\b(?:to keep (?:it|this|us|them) (?:a )?secret)\b(?=.*\b(?:boyfriend|teacher|coach|uncle|stepdad|step dad|grown"
       r"|older|adult|tutor|man|priest)\b)(?=.*\b(?:i'm 1[0-7]|i am 1[0-7]|daughter|son|kid|child|little|year old|at night"
       r"|touch\w*|messag\w*|pictures|photos)\b)"
       r"|\b(?:carer|care worker|support worker|babysitter|nanny|stepdad|step dad|stepmum|step mum) (?:locks|hits|beats"
       r"|starves|ties|burns|slaps|kicks) (?:him|her|them)\b",
       unless=r"\b(?:surprise|party|present|gift|birthday|proposal|pregnan\w*|engage\w*|recipe|lol|haha|for (?:their|his"
              r"|her) safety)\b"),
    _p(DANGER_FROM_OTHERS, "someone_at_the_door",
       r"\b(?:someone|somebody|a man|a guy|he|she|they)(?:'s| is| keeps| was)? (?:trying|tried|rattling|testing|trying to"
       r" open|trying to force|forcing) (?:the )?(?:handle|door|lock|window|front door|back door)s?\b(?=.*\b(?:right now"
       r"|now|tonight|again|scared|help|alone|terrified)\b)"
       r"|\b(?:car|van|man|guy|someone|somebody|he|she|they)(?:'s| has| is| was)?(?: been)? following me\b(?=.*\b(?:outside"
       r"|pulled up|parked|at (?:my|the) door|scared|terrified|won't stop|right now|for ages|all the way)\b)"
       r"|\b(?:he|she|they|my \w+) (?:forced|forces) (?:me|himself on me|herself on me)(?= [.,]|$| (?:last night|again"
       r"|yesterday|tonight|this morning|when i said no)\b)",
       unless=r"\b(?:keys|forgot|flatmate|housemate|delivery|courier|postman|landlord|plumber|cat|dog|kid|toddler|lol"
              r"|haha|instagram|twitter|tiktok|online|app|game|therapist|to (?:talk|go|eat|try|come|see|do))\b"),
    _p(SELF_HARM, "picking_and_getting_through",
       r"\b(?:picking|pick|picked|scratching|scratched|digging|dug|peeling) (?:at )?(?:my )?(?:skin|arms?|legs?|scabs|wounds"
       r"|cuts) (?:open|until (?:it|they) (?:bleeds?|bled))\b"
       r"|\b(?:get through|survive|make it through|last) (?:tonight|the night|today|this weekend) without (?:cutting"
       r"|hurting myself|self harm\w*|burning myself|doing something|using (?:the|a) (?:blade|razor))\b",
       unless=r"\b(?:lol|haha|eczema|psoriasis|chickenpox|bite|bites|sunburn)\b"),
    _p(MEDICAL_EMERGENCY, "sudden_headache_or_low_sugar",
       r"\bworst headache (?:of my life|i've ever had|ever)\b(?=.*\b(?:suddenly|out of nowhere|neck|stiff|vomit\w*|sick"
       r"|light|can't see|confus\w*|just now|came on)\b)"
       r"|\b(?:sugar|sugars|glucose|bg|bm)(?:'s| is| are)? (?:at |reading )?(?:like |about |around )?[0-3](?: \. \d)?\b"
       r"(?=.*\b(?:shaking|shaky|sweat\w*|confused|faint|dizzy|can't (?:think|stop|stand)|passing out)\b)"
       r"|\b(?:passing out|passed out|blacking out|fainting|fainted|collaps\w*)\b(?: [\w',]+){0,6} (?:since|because|after)"
       r" i (?:stopped eating|haven't eaten|started fasting|stopped drinking)\b"
       r"|\b(?:i can|i could|i'll|i will|i believe i can) (?:step|jump|walk) off (?:the |a |my )?(?:\w+ )?(?:balcony|roof"
       r"|ledge|bridge|building|window|cliff)\b(?: [\w']+){0,3} (?:and )?(?:float|fly|glide|be fine|survive)\b",
       unless=r"\b(?:used to|last (?:year|month|week)|years ago|when i was|fine now|lol|haha|hangover|dream|game)\b"),
    _p(PLAN_OR_MEANS, "asking_for_me",
       r"\b(?:drown\w*|hang\w*|jump\w*|overdos\w*|bleed\w* out|suffocat\w*|helium|carbon monoxide|lethal|fatal)\b.*\basking"
       r" for (?:me|myself|real)\b|\basking for (?:me|myself)\b.*\b(?:drown\w*|hang\w*|jump\w*|overdos\w*|suffocat\w*)\b"
       r"|\b(?:does|would|will) (?:drowning|hanging|jumping|an overdose|overdosing|bleeding out|carbon monoxide|it)"
       r" hurt(?: [\w']+){0,3} (?:or is it|or would it|or will it) (?:quick|fast|painless|peaceful)\b",
       unless=r"\b(?:hanging out|hang out|hanging (?:pictures|curtains|washing|up)|jumping (?:jacks|rope|castle)|film"
              r"|book|novel|story|character|game|homework|essay|science|lol|haha|dog|cat|fish|plant)\b"),
    _p(HARM_TO_OTHERS, "drive_into_someone",
       r"\b(?:want|wanted|going|gonna|about|tempted|urge|ready) to (?:just )?(?:drive|ram|plough|plow|run) (?:my car |the car"
       r" |the van )?(?:into|over) (?:someone|somebody|people|a crowd|crowds|them|him|her|pedestrians|the next person)\b",
       unless=r"\b(?:lol|haha|game|gta|mario kart|scared i|afraid i|worried i|accident\w*|by mistake)\b"),
    # Round 3, fourth batch: shapes from messages written fresh for this round (test_crisis_round3.py).
    _p(SUICIDAL_IDEATION, "if_i_stopped_existing",
       r"\b(?:quiet|quieter|peaceful|easy|easier|nice|simple|simpler|calm|calmer|restful|lovely|a relief|better|fine|cope"
       r"|manage)\b(?: [\w']+){0,5} if i (?:just |quietly |simply |finally )?(?:stopped existing|didn't exist|wasn't here"
       r"|weren't here|wasn't alive|died|disappeared|vanished|was gone|didn't wake up|never woke up|stopped breathing)\b"
       r"(?! (?:for|from|on|off|in|at|till|until|early|before)\b)"
       r"|\b(?:want|need|ready|going|wish i could) to (?:just )?(?:stop|rest|sleep|end) (?:for good|forever|permanently"
       r"|for ever)\b",
       unless=r"\b(?:social media|instagram|twitter|facebook|tiktok|online|the group|chat|work|job|office|party|holiday"
              r"|weekend|week|smoking|drinking|vaping|lol|haha|therap\w*|sessions?|counsell?ing)\b"),
    _p(PLAN_OR_MEANS, "counting_the_pills",
       rf"\b(?:keep|kept|been|i'm|can't stop|started|sat) counting (?:them|the \w+|my \w+|out my \w+|out the \w+)\b"
       rf"(?=.*\b{DRUGS}\b)|\b{DRUGS}\b.*\b(?:keep|kept|been|i'm|can't stop|started|sat) counting (?:them|the \w+|my \w+)\b"
       rf"|\b(?:keep|kept|been|i'm|can't stop|started|sat) counting (?:out )?(?:my |the |all my |all the )?{DRUGS}\b"
       rf"|\b(?:hid|hidden|stashed|saved|put away|got|have|kept|bought|i've got)\b(?: [\w']+){{0,8}} {DRUGS}\b(?: [\w']+){{0,4}}"
       rf" (?:for later|for tonight"
       rf"|for when|for the weekend|for after)\b",
       unless=r"\b(?:dosette|pill organi[sz]er|week|weekly|make sure|check(?:ing)? (?:i've|i have)|pharmacy|chemist"
              r"|refill|repeat prescription|for my (?:nan|gran|mum|dad|grandma|grandad)|sheep|days|calories|steps|money"
              r"|coins)\b"),
    _p(PLAN_OR_MEANS, "at_the_platform_edge",
       r"\b(?:stood|standing|stand|step|stepped|stepping|walked|lean|leaned|leaning|sat|sitting) (?:too |right |really )?"
       r"(?:close to|near|over|past|right on|on|at) (?:the )?(?:yellow line|platform edge|edge of the platform|tracks"
       r"|rails)\b(?=.*\b(?:on purpose|deliberately|wanted|tempted|thinking|how easy|jump|step off|fall)\b)",
       unless=r"\b(?:told off|guard|announcement|lol|haha|photo|selfie|by accident|accidentally|crowded|pushed)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "sent_a_picture_of_the_means",
       r"\b(?:sent|texted|posted|snapped|messaged|shared)(?: me| us)? (?:a |the )?(?:photo|picture|pic|video|snap|selfie)s?"
       r" of (?:a |the |his |her |their |some |all (?:his|her|their) )?(?:rope|noose|pills|tablets|meds|blade|blades|razor"
       r"|knife|gun|bridge|ledge|cuts|wrists|arm|arms|bottle of pills|train tracks|tracks|drop)\b",
       unless=r"\b(?:climbing|camping|sailing|boat|dog|cat|recipe|cooking|tattoo|scar from|healed|years ago|lol|haha"
              r"|view|sunset|holiday|trip|walk)\b"),
    _p(DANGER_FROM_OTHERS, "door_kicked_in",
       r"\b(?:kicked|kicking|kicks|smashed|smashing|broke|broken|breaking|forced|forcing) (?:it|the door|my door|the front"
       r" door|our door|the back door|the bedroom door|the bathroom door|the window|my window) (?:in|down|open)\b",
       unless=r"\b(?:police|fire brigade|firefighters|paramedics|locksmith|tv|show|film|movie|game|lol|haha|landlord|keys"
              r"|locked (?:myself|ourselves) out)\b"),
    _p(SUICIDAL_IDEATION, "waiting_to_die",
       r"\bi'm (?:just |basically |only |literally |honestly )?(?:waiting|counting down|biding my time) (?:to die|for death|for"
       r" the end|until i die|till i die|to not be here)\b"
       r"|\bif (?:i'd|i had) never (?:been born|existed)\b|\bif i (?:was|were) never born\b"
       r"|\b(?:save|have|spend|spending|waste|be)\b(?: [\w']+){0,5} (?:money|time|stress|hassle|worry|peace|grief)\b(?: [\w']+){0,2}"
       r" without me(?: around| here| alive| in the picture| in their lives)?(?= [.,]|$| (?:around|here|honestly|tbh)\b)",
       unless=r"\b(?:holiday|trip|group|team|dinner|party|plan|phone|subscription|lol|haha|hospice|grandma|grandad|nan"
              r"|gran|dog|cat)\b"),
    _p(PLAN_OR_MEANS, "enough_of_them",
       rf"\b{DRUGS}\b(?: [\w']+){{0,6}} (?:so (?:i have|i've got|there's|that's|i'll have) enough|until i (?:have|had|get)"
       rf" enough|to (?:make sure i have )?enough)\b(?! (?:for|to last|till|until|in case)\b)"
       rf"|\b(?:when|what time|how often) the (?:fast|express|non stopping|freight|through|late) (?:ones|trains?) (?:pass"
       rf"|come|go through|run|go past)\b"
       rf"|\b(?:know|found|checked|looked up|researched|worked out|figured out) (?:which|where)(?: [\w']+){{0,4}}"
       rf" (?:steepest|biggest|highest|longest|sheerest) (?:drop|fall)\b"
       rf"|\b(?:wrote|written|writing|drafted) (?:a |my )?(?:goodbye|farewell|last message|final message)\b(?=.*\b(?:scheduled"
       rf"|timed|set (?:it|to send)|to send (?:tomorrow|tonight|in the morning|later)|queued)\b)",
       unless=r"\b(?:winter|cold|flu|cupboard|first aid|holiday|trip|catch|commute|get on|board|my (?:station|stop)|work"
              r"|school|journey|travel|late for|hike|hiking|trail|view|photo\w*|coworker|colleague|leaving do|team"
              r"|retir\w*|last day|lol|haha)\b"),
    # Round 3, fifth batch: from a third set of messages written fresh for this round.
    _p(SUICIDAL_IDEATION, "resolved_and_calm",
       r"\b(?:calm|peace|peaceful|relieved|at peace|lighter)\b(?: [\w']+){0,5} (?:that|since|because|now that|now) i know"
       r" (?:how|when) (?:it|this|everything|my story|my life) (?:ends|will end|is going to end|finishes)\b"
       r"|\bno (?:version|future|world|scenario|timeline|universe|year)\b(?: of)?(?: [\w']+){0,4} (?:that|where|which)"
       r" (?:has|includes|contains) me in it\b|\b(?:a|the) (?:future|world|next year|summer|christmas) (?:that|which)"
       r" (?:doesn't|won't|does not|will not) (?:have|include) me\b"
       r"|\b(?:imagin\w*|pictur\w*|think\w* about|fantasi\w*|dream\w* (?:about|of)|wish\w*) (?:a|the) (?:train|car|bus|lorry"
       r"|truck|van) (?:would )?(?:hitting|hit|hits|running|run|ran|crushing)(?: into)? me\b(?: over)?(?=.*\b(?:relief"
       r"|peace|peaceful|nice|calm|better|welcome|want|hope|easier)\b)"
       r"|\b(?:bus|train|ticket|flight|stairway|express|one way ticket|elevator|lift) to (?:heaven|the afterlife|the other"
       r" side)\b(?=.*\b(?:catch|catching|get|getting|take|taking|book|booking|bout to|about to|ready|tonight|fr|now)\b)",
       unless=r"\b(?:book|film|movie|series|season|story|game|novel|show|song|led zeppelin|guitar|play(?:ing)?|album"
              r"|photo|team|lol|haha|anxiety|scared|afraid|worried|nightmare)\b"),
    _p(PLAN_OR_MEANS, "means_in_hand_and_place",
       r"\b(?:stood|standing|stand|got up|climbed) on (?:a|the|my) (?:chair|stool|ladder|bucket)\b(?: [\w']+){0,3} (?:with|and)"
       r" (?:a|the|my) (?:belt|rope|cord|cable|noose|scarf|tie|flex)\b"
       r"|\b(?:going|heading|off|driving|walking|went) (?:to|into|out to|up to) (?:the )?(?:woods|forest|park|bridge|river"
       r"|garage|loft|shed|cliffs?|quarry|lake|beach|sea|car park|tracks)\b(?: [\w']+){0,2} with (?:a|the|my|some) (?:rope|noose"
       r"|belt|pills|tablets|knife|blade|gun|hose|charcoal|razor)\b(?! (?:swing|ladder|for (?:the|a) (?:tent|swing|dog|boat)))"
       r"|\b(?:held|holding|hold|pressed|pressing) (?:a |the |my )?(?:knife|blade|razor|gun|scissors) (?:to|against|on)"
       r" my (?:wrists?|throat|neck|arm|head|chest|skin)\b"
       r"|\b(?:written|wrote|left) (?:a|the|my) note\b(?= [.,]|$| (?:and|for|in|under|on)\b)(?=.*\b(?:nobody knows|no one"
       r" knows|think i'm fine|thinks i'm fine|put it (?:in|under)|hid it|under my pillow|in my (?:pocket|jacket|drawer"
       r"|wallet|bag))\b)"
       r"|\b(?:drunk|been drinking|high|off (?:his|her) face|wasted)\b(?: [\w']+){0,6} (?:trying to |going to |about to"
       r" |wants to )?(?:take|drive|put) (?:him|her|them|the kids|my \w+|the baby|our \w+) (?:in|into|off in) the car\b",
       unless=r"\b(?:camping|climbing|swing|tree house|kids|dog|sledge|sledging|picnic|tent|fishing|washing line|remember"
              r"|reminder|shopping|milk|lightbulb|bulb|curtains?|shelf|reach|decorat\w*|paint\w*|cooking|chopping|lol"
              r"|haha|film|play|rehearsal|magic trick|costume|fancy dress)\b"),
    _p(GOODBYE, "farewell_wishes",
       r"\b(?:sorry|apologi[sz]e) (?:to|for) (?:everyone|everybody|all of you|you all|anyone|all the people)\b(?: [\w',.]+){0,10}"
       r" (?:i hope (?:you|everyone|they)(?: all)? (?:have|live|get|find)|goodbye|take care of each other|look after each"
       r" other|forgive me)\b"
       r"|\bi hope (?:you|everyone|they|you all)(?: all)? (?:have|live|get) (?:good|great|happy|long|better|amazing) (?:lives"
       r"|life)\b(?=.*\b(?:sorry|let down|goodbye|forgive|burden|without me)\b)",
       unless=r"\b(?:leaving do|new job|retir\w*|moving|move|abroad|graduat\w*|wedding|last day|team|colleagues|class"
              r"|students|lol|haha|see you|keep in touch)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "parting_words_then_silence",
       rf"\b(?:sent|texted|messaged|left|wrote|posted|rang|called|said)\b(?: [\w',]+){{0,8}}? {_PARTING_WORDS}\b(?=.*\b{_SILENCE}\b)"
       rf"|\b(?:confused|drowsy|sleepy|slurring|won't wake|can't wake|unresponsive|not making sense)\b(?: [\w',]+){{0,6}}"
       rf" (?:after|since) (?:taking|she took|he took|they took|swallowing) (?:her|his|their|the|all|some|all (?:her|his|their)"
       rf"|a lot of|loads of)? ?(?:\w+ )?{DRUGS}\b",
       unless=r"\b(?:holiday|trip|flight|away for|abroad|lol|haha|as prescribed|new (?:meds|medication)|side effects?)\b"),
    _p(PLAN_OR_MEANS, "decided_and_telling_someone",
       r"\b(?:already decided|made up my mind|my mind's made up|mind is made up|it's decided|i've decided)\b(?! (?:to|on"
       r"|about|which|what|that|whether|if|how)\b)(?: [\w',.]+){0,6} (?:just )?(?:wanted|needed|want|need) (?:someone|somebody"
       r"|anyone|you|one person) to know\b"
       r"|\bmy plan is (?:for )?(?:tonight|tomorrow|this weekend|next week|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
       r"(?=.*\b(?:calm about it|at peace|i'm ready|decided|goodbye|nobody will|no one will|won't be found|for good|before"
       r" anyone)\b)"
       r"|\b(?:think|thinking|thought|tempted|urge|want|imagine|imagining)(?: about| of| to)? (?:just )?(?:turning|turn|jerking"
       r"|jerk|yanking|yank|swerving|swerve) (?:the (?:wheel|car|steering wheel)|it)\b(?=.*\b(?:bridge|wall|tree|oncoming"
       r"|lorry|truck|barrier|edge|cliff|river|over the side)\b)"
       r"|\b(?:bridge|wall|tree|oncoming|lorry|truck|barrier|edge|cliff|river)\b.*\b(?:think|thinking|thought|tempted|urge"
       r"|want|imagine|imagining)(?: about| of| to)? (?:just )?(?:turning|turn|jerking|jerk|yanking|yank|swerving|swerve)"
       r" (?:the (?:wheel|car|steering wheel)|it)\b",
       unless=r"\b(?:therap\w*|counsell?\w*|session|start|starting|book|booking|clean|film|party|trip|holiday|move|moving"
              r"|job|quit|propos\w*|wedding|instructor|lesson|test|deer|fox|ice|icy|pothole|lol|haha)\b"),
    # Round 3, sixth batch: a fourth set of fresh messages.
    _p(SUICIDAL_IDEATION, "ready_to_stop",
       r"\b(?:going to|ready to|want to|i'll|about to|time to|i'm going to|gonna)(?: just| finally)? stop (?:trying|fighting"
       r"|existing|breathing|living|everything|being here)(?= [.,]|$| (?:tonight|now|for good|forever|anymore|any more"
       r"|today)\b)"
       r"|\bready to stop(?= [.,]|$)"
       r"|\b(?:saying|said|say) (?:my )?goodbyes? (?:to (?:people|everyone|everybody|them|my \w+) )?(?:in (?:little|small|my own"
       r"|quiet|subtle|secret) ways?|quietly|without them knowing|without (?:anyone|them) (?:knowing|realising|realizing))\b"
       r"|\b(?:thinking|thought|think|wondering|working out|worked out|figuring out|planning|planned) (?:about )?how"
       r" (?:i'd|i would|i'll|i will|i could|i'm going to) do it\b(?! (?:in person|by|over|via|with|at|without|differently"
       r"|better|next|again|properly)\b)"
       r"|\bwhich (?:method|way)\b(?: [\w']+){0,3} (?:would )?hurts? the least\b|\b(?:least|less) painful (?:method|way to go)\b"
       r"|\b(?:hop|wish|pray)\w*\b(?: [\w']+){0,6} i (?:don't|won't|never) (?:come round|come to|wake up|make it out|survive"
       r" it)\b(?! (?:till|until|before|in time|early|on time|during|mid|halfway)\b)",
       unless=r"\b(?:smok\w*|drinking|vaping|diet|sugar|caffeine|job|work|therap\w*|counsell?\w*|sessions?|trying to"
              r"|presentation|speech|exam|interview|essay|project|lol|haha|dating|apps?|gym|running)\b"
              r"|^(?!.*\b(?:exhausted|tired|done|can't|pretending|pointless|hopeless|empty|numb|nothing|no one|nobody"
              r"|burden|alone|die|dead|end|tonight|pills|note|rope|method|goodbye|hurt)\b).*\bready to stop\b"),
    _p(PLAN_OR_MEANS, "means_note_and_time",
       r"\b(?:have|got|i've got|bought|sorted)\b(?: [\w',]+){0,3} (?:the |a |my )?(?:pills|rope|noose|blade|blades|razor|tablets"
       r"|gun|charcoal|hose)\b(?: [\w',]+){0,4} (?:and )?the (?:note|letters?|time|date|place|plan|spot|day|night)\b"
       r"|\b(?:bought|buying|got|picked up) (?:some |new |a pack of |a box of |fresh )?(?:razors|razor blades|blades)\b"
       r"(?=.*\b(?:today|tonight|again|yesterday|this morning)\b)(?=.*\b(?:cut|cutting|self harm\w*|sh|hurt myself)\b)"
       # The history comes first ("haven't cut since school but i bought razors today"): the match starts at the
       # purchase, so that the history's own "haven't" does not read as denying it.
       r"|^(?=.*\b(?:cut|cutting|self harm\w*|sh|hurt myself)\b.*\b(?:bought|buying|got|picked up) (?:some |new |a pack of"
       r" |a box of |fresh )?(?:razors|razor blades|blades)\b)(?=.*\b(?:today|tonight|again|yesterday|this morning)\b)"
       r".*?\b(?:bought|buying|got|picked up) (?:some |new |a pack of |a box of |fresh )?(?:razors|razor blades|blades)\b",
       unless=r"\b(?:shav\w*|beard|legs|craft\w*|stanley|box cutter|lawn ?mower|forms?|referral|lol|haha|recipe|cooking"
              r"|camping|climbing)\b"),
    _p(SELF_HARM, "wounds_worse_than_usual",
       r"\b(?:cuts?|wounds?|burns?|it) (?:are|is|were|was|went|go|goes)(?: a lot| much| way)? (?:deeper|worse|bigger) than"
       r" (?:usual|normal|before|ever|last time|i meant|i wanted)\b"
       r"|\b(?:need|needs|might need|think i need|probably need|should get) stitches\b(?=.*\b(?:cut|cuts|cutting|did it|on"
       r" purpose|myself|don't want to go|won't go|can't go)\b)"
       r"|\b(?:punched|smashed|hit|kicked|headbutted|slammed) (?:the |a |my )?(?:mirror|window|wall|glass|door)\b.*\b(?:on"
       r" purpose|deliberately|to hurt myself|to feel (?:something|pain))\b",
       unless=r"\b(?:kitchen|knife slipped|slipped|accident\w*|fell|fall|dog|cat|bike|football|rugby|dream|lol|haha|game"
              r"|film|chopping|cooking|glass broke|dropped)\b"),
    _p(DANGER_FROM_OTHERS, "child_left_in_the_cold",
       rf"\b(?:makes|made|forces|forced|locks|locked|puts|put|leaves|left) (?:my |his |her |the |their )?(?:\w+ )?(?:{YOUNG}"
       r"|brother|sister) (?:to )?(?:sleep|stay|stand|sit|wait) (?:in|outside|out in|out)(?: in)? (?:the )?(?:shed|garden|cold|snow|rain"
       r"|garage|cellar|basement|cupboard|outside)\b"
       rf"|\b(?:{YOUNG}|kid|little (?:boy|girl))\b(?=.*\b(?:crying|screaming|no coat|wandering|lost|shivering|freezing"
       r"|alone)\b)(?=.*\b(?:nobody|no one|no adult|no parent|no grown up)(?:'s| has| is)? (?:come|came|been|with|looking"
       r"|around|collected)\b)(?=.*\b(?:an hour|hours|ages|all night|since|\d+ (?:minutes|mins|hours))\b)",
       unless=r"\b(?:trip|camping|holiday|tent|sleepover|lol|haha|film|game|snores?|spare room|punishment for a minute"
              r"|hide and seek)\b"),
    _p(MEDICAL_EMERGENCY, "slumped_and_grey",
       r"\b(?:slumped|keeled over|collapsed|slumping|fallen over|fell over)\b(?=.*\b(?:grey|gray|blue|sweaty|clammy|not"
       r" breathing|won't wake|unresponsive|not responding|gasping|can't wake|cold to touch)\b)"
       r"|\b(?:had|having) a (?:seizure|fit)\b(?=.*\b(?:won't wake|not waking|can't wake|not responding|unresponsive|still"
       r" shaking|not breathing|blue|first (?:one|time))\b)",
       unless=r"\b(?:economy|market|talks|business|project|company|sofa after|lol|haha|drunk at the party|asleep)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "wants_to_disappear_then_silence",
       rf"\b(?:she|he|they|friend|{KIN}|mate|bestie)\b(?: [\w']+){{0,4}} (?:wants? to (?:disappear|die|not be here|end it|be"
       rf" gone|not exist)|(?:talking|talks|talked|been saying|keeps saying) (?:about )?(?:disappearing|dying|ending it|not"
       rf" being here|she wants to disappear|he wants to disappear|they want to disappear|she wants to die|he wants to"
       rf" die))\b(?! (?:to|for|in|into)\b)(?=.*\b(?:blocked (?:everyone|me|us|all of us)|deleted (?:her|his|their)"
       rf" (?:accounts?|socials|instagram)|{_SILENCE})\b)",
       unless=r"\b(?:holiday|trip|bali|abroad|gap year|off grid|digital detox|lol|haha|festival|retreat)\b"),
    # Round 3, seventh batch: a fifth set of fresh messages (older voices, burden, means on the mind).
    _p(SUICIDAL_IDEATION, "why_carry_on",
       r"\b(?:don't|can't|do not) see (?:why|how|the reason) i (?:should|can|could|would|need to) (?:carry on|go on|keep"
       r" going|keep living|stay|bother)\b(?! (?:with|seeing|at|in|going to|paying)\b)"
       r"|\bi(?:'ve| have) had (?:a good innings|my time|a good run|enough years|a long enough life)\b"
       r"|\b(?:hope|wish|pray|praying|hoping)\w* (?:that )?i (?:just )?(?:go|die|slip away|pass) in my sleep\b"
       r"|\b(?:go|went|going|die|died|slip away|pass) in my sleep\b(?=.*\b(?:welcome it|i'd welcome|relief|fine by me"
       r"|wouldn't mind|ready)\b)"
       r"|\b(?:stopped|stop|stopping|quit|quitting) taking (?:my |all my )?(?:\w+ )?(?:medication|meds|tablets|pills|insulin"
       r"|inhaler)\b(?=.*\b(?:on purpose|ready to go|to die|want to die|let (?:it|nature) (?:happen|take)|don't care"
       r"|for good|so i (?:die|don't wake))\b)"
       r"|\b(?:instead of|rather than) (?:keeping me alive|wasting (?:it|money|time|their money) on me|paying for me to"
       r" (?:live|exist))\b"
       r"|\b(?:they|everyone|everybody|my family|my \w+|he|she)(?:'ll| will) (?:be (?:free|rid of me|better off|happier|at"
       r" peace)|not have to (?:worry about|deal with|put up with) me) (?:soon|shortly|before long|after tonight|after"
       r" this)\b"
       r"|\b(?:already dead|a ghost|dead inside|a corpse|a zombie)\b.*\b(?:make it official|finish the job|catch up"
       r"|make it real|go all the way|make it permanent)\b"
       r"|\b(?:the|a) (?:problem|burden)\b.*\b(?:know|found|have) (?:how|a way) to make (?:it|this|that|them|everything)"
       r" (?:go away|stop|end|disappear)\b",
       unless=r"\b(?:school|holidays?|summer|term|exams?|(?<!finish the )job|work|side effects?|doctor|gp|weaning|tapering|told me to"
              r"|when i'm (?:old|\d+|ninety|a hundred)|one day|eventually|at (?:ninety|100)|lol|haha|film|game|project"
              r"|halloween|costume|grandad had|nan had)\b"),
    _p(PLAN_OR_MEANS, "means_on_my_mind",
       rf"\b(?:mind|thoughts?|brain|head) (?:keeps?|kept) (?:going|drifting|wandering|coming|going back|pulling me) (?:back )?"
       rf"to (?:the|my|those|that) (?:tablets|pills|rope|knife|blades?|razor|bridge|tracks|edge|gun|drop|river|{DRUGS})\b"
       r"|\b(?:going to|gonna|about to|i'll|will|want to|ready to|planning to) (?:just )?(?:take|swallow|down) (?:the whole"
       r" lot|the lot|all of them|them all|everything)\b(?= [.,]|$| (?:and|tonight|now)\b)(?=.*\b(?:tonight|sleep|never"
       r" wake|goodbye|pills|tablets|meds|for good|end)\b)"
       r"|\b(?:organised|organized|planned|arranged|paid for|booked|prepaid|sorted) (?:out )?my (?:own )?funeral\b"
       r"|\bfor (?:whoever|the person who|anyone who) (?:comes|gets here|turns up|comes round|comes in|finds)\b",
       unless=r"\b(?:kids|children|dogs|bed|to the (?:tip|dump|car|charity)|terminal|diagnos\w*|cancer|hospice|palliative"
              r"|solicitor|estate|plan(?:ning)? ahead|pre ?paid plan|insurance|holiday|away|trip|parcel|delivery|lol"
              r"|haha)\b"),
    _p(DANGER_FROM_OTHERS, "smothered_or_stalking",
       r"\b(?:held|holding|holds|pressed|pushed|put) (?:a |the )?(?:pillow|cushion|hand|hands|bag|plastic bag) over my (?:face"
       r"|mouth|nose|head)\b|\bheld my head under (?:the )?water\b",
       unless=r"\b(?:lol|haha|pillow fight|game|dentist|anaesthetic|mask|cpap|sleep apnoea)\b"),
    _p(HARM_TO_OTHERS, "following_and_intent",
       r"\b(?:following|followed|watching|been watching|been following) (?:her|him|them)\b.*\b(?:going to|gonna|will|i'll)"
       r" do something (?:tonight|today|tomorrow|soon|to (?:her|him|them))\b"
       r"|\b(?:going to|gonna|will|i'll) do something (?:to (?:her|him|them) )?(?:tonight|today|tomorrow)\b.*\b(?:following"
       r"|followed|watching) (?:her|him|them)\b",
       unless=r"\b(?:instagram|twitter|tiktok|online|social media|nice|special|romantic|surprise|birthday|lol|haha)\b"),
    _p(MEDICAL_EMERGENCY, "toddler_took_tablets",
       rf"\b(?:swallowed|ate|took|got into|has taken|drank) (?:some |a few |one of |some of )?(?:my |the |his |her |mum's"
       rf" |dad's )?(?:\w+ )?(?:{DRUGS}|batteries|bleach|detergent|capsules|pods)\b(?=.*\b(?:(?:she|he)(?:'s| is) (?:only )?"
       rf"(?:[1-6]|one|two|three|four|five)\b|\d+ months? old|toddler|baby)\b)",
       unless=r"\b(?:prescribed|as directed|calpol|vitamins|gummy|dose|lol|haha|years ago|when i was)\b"),
    _p(NOT_IN_ENGLISH, "more_core_phrases",
       r"\bmi vida no tiene sentido(?= [.,]|$)|\babschiedsbrief(?:e)? (?:geschrieben|schreiben|verfasst|hinterlassen)\b"
       r"|\b(?:jag|jeg) (?:vil|vill) ikke leve mere\b|\bquero sumir (?:pra|para) sempre\b|\bestou me cortando\b",
       unless=r"\bsin (?:cafe|ti)\b"),
    # Round 3, eighth batch: a sixth set of fresh messages.
    _p(SUICIDAL_IDEATION, "give_anything_not_to_exist",
       r"\b(?:give|do) anything to (?:just )?(?:not exist|die|be dead|not be here|disappear forever|stop existing|not wake"
       r" up|not be alive|fall asleep and not wake up)\b(?! (?:in|on|at) (?:the|this|that|my|our)\b)"
       r"|\b(?:counting|counted|count) (?:how many )?(?:of )?(?:my |the )?(?:\w+ )?(?:tablets|pills|meds|them)\b(?: [\w',]+){0,6}"
       r" (?:it's|that's|there's|i've got|i have|should be|will be) enough\b(?! (?:for|to last|till|until)\b)"
       r"|\b(?:strong|sturdy|solid|thick|high) (?:enough )?(?:branch|beam|hook|rail|railing|banister|bannister|pipe)\b"
       r"(?=.*\b(?:checked|tested|will hold|hold my weight|rope|belt|noose)\b)"
       r"|\b(?:branch|beam|hook|rail|railing|banister|bannister|pipe|loft hatch)(?:'s| is| looks| seems| feels)? (?:strong"
       r"|sturdy|solid) enough\b(?=.*\b(?:checked|tested|will hold|hold my weight|rope|belt|noose)\b)",
       unless=r"\b(?:swing|hammock|bird feeder|treehouse|tree house|pull ?ups?|gym|climbing|lights|decorations|plants"
              r"|group chat|social media|for the week|dosette|pharmacy|lol|haha)\b"),
    _p(GOODBYE, "no_need_to_worry_after_tonight",
       r"\b(?:you|they|anyone|anybody|people|nobody|no one|everyone)(?:'ll| will)? (?:won't|will never|won't need to|won't"
       r" have to|don't need to|will not|have to|has to|need to|needs to) (?:ever )?(?:hear from|see|have to deal with|be bothered by|worry about|put up"
       r" with) me after (?:tonight|today|this weekend|this)\b",
       unless=r"\b(?:lift|taxi|uber|home safe|get home|getting home|holiday|trip|away|moving|rehab|retreat|detox|signal"
              r"|new (?:phone|number|job)|exams?)\b"),
    _p(DANGER_FROM_OTHERS, "kept_in_and_threatened",
       r"\b(?:says|said|tells me|told me)(?: that)? i'm not allowed (?:to leave|out of|to go out|to see (?:anyone|my \w+)"
       r"|to call|to have my phone)\b|\bnot allowed to leave the (?:house|flat|room|bedroom|apartment)\b"
       r"|\bthreat(?:en|ens|ened|ening) (?:me|us|my \w+|her|him|them) with (?:a |the |his |her |a kitchen )?(?:knife|gun"
       r"|bat|hammer|weapon|machete|axe|blade|broken bottle)\b",
       unless=r"\b(?:homework|lol|haha|grounded|curfew|school night|covid|quarantine|isolat\w*|doctor|hospital|film"
              r"|game)\b"),
    # Core phrases in more languages written in the Latin alphabet (accents folded away by normalise): Turkish,
    # Romanian, Czech/Slovak, Hungarian, Finnish, Croatian/Serbian/Bosnian, Indonesian/Malay, Tagalog, Catalan.
    _p(NOT_IN_ENGLISH, "more_languages",
       r"\b(?:olmek istiyorum|yasamak istemiyorum|kendimi oldur\w*|intihar\w*)\b"
       r"|\b(?:vreau sa mor|sa ma sinucid|ma sinucid|sinucidere|nu mai vreau sa traiesc)\b"
       r"|\b(?:chci umrit|chcem umriet|zabiju se|zabijem sa|sebevrazd\w*|samovrazd\w*|nechci (?:uz )?zit|nechcem (?:uz )?zit)\b"
       r"|\b(?:meg akarok halni|ongyilkos\w*|nem akarok (?:mar )?elni)\b"
       r"|\b(?:haluan kuolla|itsemurha\w*|tapan itseni|en halua (?:enaa )?elaa)\b"
       r"|\b(?:zelim umrijeti|zelim da umrem|ubit cu se|ubicu se|samoubojstv\w*|samoubistv\w*|ne zelim (?:vise )?zivjeti"
       r"|ne zelim (?:vise )?da zivim)\b"
       r"|\b(?:ingin mati|mau mati|pengen mati|bunuh diri)\b"
       r"|\b(?:gusto ko nang mamatay|magpapakamatay|magpakamatay)\b"
       r"|\b(?:vull morir|vull matar-me|suicidar-me|no vull viure)\b",
       unless=r"\b(?:prevention|onleme|prevenire|prevence|megelozes|ehkaisy|prevencija|pencegahan|pag-iwas|prevencio"
              r"|degilim|nu sunt|nejsem|nem vagyok|en ole|nisam|bukan|hindi ako)\b"),
    # Round 3, ninth batch: an eighth fresh set (crises buried in questions, the past plus now, someone else).
    _p(SUICIDAL_IDEATION, "the_last_one",
       r"\b(?:tomorrow|tonight|today|this week|this weekend)(?:'ll| will| is going to)? be (?:the|my) last(?= [.,]|$| (?:day"
       r"|night|time|one)\b(?! of))"
       r"|\b(?:not going to|won't|can't|refuse to|not gonna) (?:do|survive|live|face|get through|last|make it through)"
       r" another (?:year|month|week|winter|christmas|birthday|day)(?: of this| like this)?(?= [.,]|$)"
       r"|\b(?:burden|problem|waste of space|drain)\b.*\b(?:going to|gonna|i'll|will) (?:fix|solve|sort|end|deal with)"
       r" (?:it|that|this|the problem)(?: for good| permanently| tonight| once and for all| soon)\b"
       r"|\b(?:need|needed|want|wanted|looking for) a way out\b(?: [\w',.]+){0,4} (?:i(?:'ve)? found (?:one|it)|found one)\b"
       r"|\bi(?:'ve)? found (?:a|my|the) way out\b(?! (?:of|from)\b)"
       r"|\b(?:want|wanted|need|needed) (?:someone|somebody|anyone|you) to know (?:that )?(?:i was here|i existed|i tried"
       r"|i loved (?:them|you|everyone))\b"
       r"|\b(?:i'm|i am|i'll be) (?:leaving|gone|out|done)\b(?: [\w']+){0,6} (?:[.,] )?one way or (?:another|the other)\b",
       unless=r"\b(?:session|sessions|term|school|uni|job|work|shift|contract|flat|city|country|house"
              r"|company|relationship|overdraft|debt|maze|escape room|game|lol|haha|holiday|trip|on holiday|exam)\b"),
    _p(DANGER_FROM_OTHERS, "injured_or_found_by_him",
       r"\b(?:he|she|they|my (?:husband|wife|partner|boyfriend|girlfriend|dad|father|stepdad|mum|mother|ex))"
       r" (?:broke|fractured|cracked|dislocated) my (?:wrist|arm|nose|jaw|ribs?|finger|fingers|hand|leg|cheekbone"
       r"|collarbone|eye socket)\b"
       r"|\b(?:out of|released from|got out of|let out of) (?:prison|jail)\b.*\b(?:knows where i (?:live|work|am|stay)"
       r"|found (?:me|my \w+)|texting|messaging|outside|turned up|showed up)\b"
       r"|\b(?:he|she|they)(?:'s| has|'ve| have)?(?: been)? (?:texting|messaging|telling|calling) me (?:that )?(?:he|she|they)"
       r" knows? where i (?:live|work|am|stay)\b",
       unless=r"\b(?:football|rugby|game|accident|play fight\w*|trampoline|skiing|fell|fall|match|karate|judo|lol|haha"
              r"|delivery|parcel|surprise|birthday)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "signs_behind_a_door",
       r"\b(?:empty|emptied) (?:pill |tablet |medicine |paracetamol )?(?:packets?|packs?|bottles?|box(?:es)?|blister packs?"
       r"|strips?)\b(?=.*\b(?:not answering|won't answer|locked|in (?:her|his|their) room|can't get in|unconscious|won't"
       r" wake|not responding|two days|all day|hours)\b)"
       r"|\b(?:not answering|won't answer|locked (?:herself|himself|themselves) in|can't get in|won't wake|not responding)\b"
       r".*\b(?:empty|emptied) (?:pill |tablet |medicine |paracetamol )?(?:packets?|packs?|bottles?|box(?:es)?|blister packs?"
       r"|strips?)\b"
       r"|\b(?:he|she|they|grandad|grandpa|nan|gran|grandma|mum|dad|{KIN}) (?:says|said|keeps saying|told me)(?: that)?"
       r" (?:he|she|they) (?:doesn't|don't|does not|do not) want to be a burden (?:anymore|any more|any longer)\b"
       r"|\b(?:he|she|they|{KIN})(?:'s| has| is| have|'ve)? (?:been )?(?:giving|gave|given) (?:all )?(?:of )?(?:her|his|their)"
       r" (?:[\w']+ ){{1,2}}away\b(?=.*\b(?:burden|won't need|goodbye|not be around|strange|worried|out of character)\b)"
       r"".replace("{KIN}", KIN).replace("{{1,2}}", "{1,2}"),
       unless=r"\b(?:remembrance|christmas|birthday|heirloom|moving|declutter\w*|charity|downsiz\w*|retir\w*|lol"
              r"|haha)\b"),
    _p(MEDICAL_EMERGENCY, "face_dropped_or_gun_left_out",
       r"\b(?:face|mouth|smile)(?:'s| has| is)? (?:just |suddenly |gone |all )?(?:dropped|drooped|drooping|droopy|slipped"
       r"|fallen|gone slack) (?:on|down) one side\b"
       r"|\b(?:gun|rifle|shotgun|pistol|firearm|gun cabinet|gun safe)(?:'s| is| has been| was)? (?:unlocked|open|loaded|left"
       r" out)\b(?=.*\b(?:no one|nobody|alone|home alone|tonight|thinking|keep looking|keep thinking|can't stop)\b)",
       unless=r"\b(?:lol|haha|dentist|anaesthetic|filler|botox|range|hunting season|cleaning it|film|game)\b"),
    # Round 3, tenth batch: a ninth fresh set, measured first (README proposal: 14 of 25 caught, main 13).
    _p(SUICIDAL_IDEATION, "only_thing_stopping_me",
       r"\b(?:the )?only (?:thing|reason|one|person|things) (?:stopping|keeping|holding) me(?: (?:from (?:doing it|ending it"
       r"|it|killing myself|going through with it|jumping)|here|alive|back|going))?(?= is| are|'s)"
       r"|\b(?:night night|nighty night|goodnight|good night|sleep tight|go to sleep) (?:for good|forever|permanently)\b"
       r"|\bvoices?\b(?: [\w']+){0,5} (?:telling|tells|says|said|keeps telling|keep telling)(?: me)?\b(?: [\w',]+){0,10}"
       r" (?:jump|jumped|die|died|dead|kill myself|end it|hurt myself|better off)\b"
       r"|\brelapsed (?:tonight|today|last night|again|just now)\b(?=.*\b(?:bad|deep|blood|bleeding|stitches|cut|worse)\b)",
       unless=r"\b(?:quitting|quit|smoking|drinking|job|diet|lol|haha|song|film|coach|trainer|shelf|shelves|hammock"
              r"|swing|pull ?ups?|gym)\b"),
    _p(PLAN_OR_MEANS, "in_place_for_the_day",
       rf"\beverything(?:'s| is) (?:in place|ready|set|sorted|arranged|planned) for {_DAY}(?= [.,]|$)"
       r"|\b(?:ceiling fan|fan|beam|hook|rail|banister|bannister|branch|pipe|loft hatch|door frame)\b.*\b(?:would|will|could"
       r"|can|'d) (?:it |that |the \w+ )?hold (?:me|my weight)\b",
       unless=THERAPY + r"|\b(?:party|wedding|trip|holiday|move|moving|launch|exam|interview|dinner|presentation|birthday"
                        r"|hammock|swing|pull ?ups?|shelf|shelves|tv|mirror|lol|haha)\b"),
    _p(SUICIDAL_IDEATION, "dip_out_of_life",
       r"\b(?:dip|dipping|bow|bowing|check|checking|tap|tapping|clock|clocking|bail|bailing|peace|peacing) out of (?:life"
       r"|this life|existence|this world|living)\b"
       r"|\bmake (?:them|him|her|everyone|all of them)(?: all)? regret (?:bullying|hurting|laughing at|picking on|what (?:they|he"
       r"|she) did to) me\b(?=.*\b(?:tomorrow|tonight|school|knife|gun|weapon|bring|bringing)\b)",
       unless=r"\b(?:exam|test|game|match|interview|chat|group|lol|haha|succeed\w*|success|promotion|results)\b"),
    # round 4a: shapes from a tenth fresh set (dev I), written as families, not its phrases.
    # Passive wish for an accident or to not wake: a vehicle hoped to hit me, not stepping aside,
    # sleep with no waking, not seeing myself alive by a time, relief at a fatal diagnosis, wanting off.
    _p(SUICIDAL_IDEATION, "r4a_wish_for_an_accident",
       r"\b(?:hop(?:e|ed|ing)|wish(?:ed|ing)?|pray(?:ed|ing)?|want(?:ed|ing)?)\b(?: [\w']+){0,6} (?:car|bus|lorry|truck|van"
       r"|train|plane|tram)\b(?: [\w']+){0,6} (?:crash(?:es|ed)?|goes off the road|go off the road|hits? me|ran me over"
       r"|runs? me over|kills? me|takes? me out|comes? off the road)\b"
       r"|\b(?:wouldn't|would not|won't|wouldn't even|don't think i'd|not sure i'd|i'd not)(?: bother to| even| try to)?"
       r" (?:step|move|get|jump|swerve) out of (?:the|its|their) way\b"
       r"|\b(?:wish|hope|pray|want)\w*\b(?: [\w']+){0,8} never (?:come round|come to|came round|wake|waking|woke)\b"
       r"|\b(?:don't|can't|do not|cannot) (?:see|picture|imagine) (?:myself|me) (?:existing|alive|being alive|living|still"
       r" alive|still existing|still around|around|still here)\b(?! (?:in (?:this|that|the) |here|on|at|with|as|doing"
       r"|working)\b)"
       r"|\b(?:terminal|incurable|months to live|weeks to live)\b(?: [\w',]+){0,8} (?:i'd|i would|it would be a)"
       r" (?:feel |be )?(?:relief|relieved|glad|grateful|welcome)\b"
       r"|\b(?:i'd|i would) (?:feel |be )?(?:relief|relieved|glad|grateful)\b(?: [\w',]+){0,6} (?:terminal|incurable|months"
       r" to live|weeks to live)\b"
       r"|\b(?:i |just |so )?(?:want|wanna|need) off(?: (?:this|the) (?:ride|planet|earth|world)| it all)?(?= [.,]|$)",
       unless=r"\b(?:game|film|movie|show|level|character|lol|haha|bus stop|stop|station|ride at|rollercoaster"
              r"|boat trip|meds|medication|puddle|ball|cyclist|bike|skateboard|pet|dog|cat|grandma|grandad|nan)\b"),
    # Done fighting the thoughts, this is the night: the resistance given up.
    _p(SUICIDAL_IDEATION, "r4a_done_fighting",
       r"\b(?:done|tired of|finished|can't keep|sick of|stopped|stop|giving up|given up|gave up) (?:fighting|resisting"
       r"|battling) (?:the|these|my) (?:thoughts|urges|urge|voices|voice|pull)\b"
       r"|\b(?:tonight|this) is the night\b(?=.*\b(?:feel it|done|ready|thoughts|goodbye|end|it's time)\b)"
       r"|\brunning out of reasons (?:not to|to (?:stay|live|keep going|be here|carry on|stay alive))(?= [.,]|$)"
       r"|\b(?:planning|planned|worked out|working out|figuring out|figured out) (?:how|when|where) (?:i'd|i would|i'll"
       r"|i will|i'm going to|to) do it\b"
       r"|\b(?:decided|know|knowing) (?:that )?(?:this|it)(?:'s| is| will be) my last (?:month|week|day|night|christmas"
       r"|birthday|summer|weekend)(?= [.,]|$| anyway| alive| on earth| here)",
       unless=r"\b(?:intrusive thoughts about (?:germs|cleaning)|sugar|snack\w*|chocolate|crisps|cravings?|smok\w*|vape"
              r"|drink\w*|party|date|gig|concert|premiere|show|lol|haha|proposal|propose|job|work|shift|contract|course|term"
              r"|semester|gym|diet|moving|holiday|garden|kitchen|renovat\w*|project|presentation|wedding|surprise)\b"),
    # Burden through the consequences of my absence: relieved, better with no me, not around to finish,
    # the insurance paying out, if i wasn't here she'd stop, nobody would notice.
    _p(SUICIDAL_IDEATION, "r4a_absence_a_relief",
       r"\b(?:everyone|everybody|my (?:family|parents|kids|children|wife|husband|partner)|the family)(?:'d| would)"
       r" (?:all )?(?:be|feel) (?:so )?(?:relieved|better off|happier|fine)(?= [.,]|$| honestly| tbh| really)"
       r"|\b(?:be|is|are) better (?:off )?with no (?:dad|mum|mom|father|mother|parent|husband|wife|partner|son|daughter"
       r"|brother|sister|me) at all\b"
       r"|\bdeserves? (?:a|better than a|better than) (?:dad|mum|mom|father|mother|parent|husband|wife|partner|son"
       r"|daughter)(?: who (?:isn't|is not|wasn't) (?:like )?me)?\b(?=.*\b(?:better (?:off|with|without)|no (?:dad|mum"
       r"|mom|father|mother) at all|without me|gone)\b)"
       r"|\b(?:not|never)(?: even)? (?:going to|gonna|planning to|planning on|intending to) (?:be|being) (?:around|here"
       r"|alive) (?:to|for|by|past|much)\b"
       r"|\b(?:don't|do not|no longer)(?: really)? (?:intend|plan|expect) (?:on |to )?(?:be|being|still be) (?:here"
       r"|around|alive)\b(?! (?:forever|long term|for (?:long|ever|good)|in (?:this|that) (?:job|town|city|house|flat)"
       r"|the \w+|at |on |during |over |this weekend|next week|much longer (?:at|in)))"
       r"|\b(?:life )?insurance\b(?: [\w']+){0,5} (?:pays? (?:off|out)|paid (?:off|out)|would pay|will pay|covers?)\b"
       r"(?=.*\b(?:they'd be fine|they would be fine|better than fine|done the sums|two years|suicide clause|after i'm"
       r" gone|when i'm gone|once i'm gone)\b)"
       r"|\bif i (?:wasn't|weren't|was not|were not|wasn't around|was gone|were gone) ?(?:here|around|alive)?(?: anymore)?"
       r"(?: [,])? (?:she|he|they|everyone|my (?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|son"
       r"|daughter|sister|brother))(?:'d| would| could)(?: finally)? (?:stop (?:crying|worrying|suffering"
       r"|struggling|paying|hurting)|be (?:free|happier|better|fine|okay|ok)|finally (?:\w+))\b"
       r"|\bnobody(?: [\w']+){0,4} (?:would|will|'d) (?:notice|care|miss me)\b(?=.*\b(?:reason enough|if i (?:was|were)"
       r" (?:gone|dead)|except|easier)\b)"
       r"|\bbetter (?:if )?i(?:'m| am| was| were)? gone (?:from|for good|forever)\b",
       unless=r"\b(?:holiday|vacation|trip|abroad|moving|move|relocat\w*|new job|quit|resign\w*|party|meeting|wedding"
              r"|conference|visa|lease|contract|exam|exams|term|semester|course|lol|haha|car insurance|home insurance"
              r"|travel insurance|claim|dishes|chores|cover for me|office|handed in my notice|notice period|team|manager|staff|colleagues|boss)\b"),
    # Means in hand and intent: a gun loaded / in the mouth / safety off, the dose worked out, knowing which drug
    # and how much, what a syringe would do to me, how much of a drug it would take, spreading the buying out,
    # charcoal or a hose for the exhaust, a date picked, doing it when everyone's out, a drop scouted.
    _p(PLAN_OR_MEANS, "r4a_gun_in_hand",
       r"\b(?:gun|pistol|rifle|shotgun|revolver|handgun|firearm|glock|45)\b(?=.*\b(?:is loaded|it's loaded|loaded and"
       r"|keep taking it out|keep holding it|holding it at night|it's out now|in my mouth|to my head|against my head"
       r"|safety off|took the safety|under (?:my|the) pillow)\b)"
       r"|\b(?:put|putting|held|hold|holding|pressed|pointed|pointing) (?:it|the gun|the barrel|the pistol|the muzzle"
       r"|the rifle) (?:in|to|against|under) my (?:mouth|head|temple|chin)\b",
       unless=r"\b(?:hunting|range|shooting club|clay|cleaning it|film|movie|game|airsoft|nerf|water (?:gun|pistol)"
              r"|glue gun|nail gun|staple gun|paintball|toy|lol|haha|spoon|thermometer|lolly)\b"),
    _p(PLAN_OR_MEANS, "r4a_dose_worked_out",
       r"\b(?:worked out|work out|working out|figured out|calculated|looked up|googled|researched) (?:the|a|my)"
       r" (?:lethal |fatal |right )?(?:dose|amount|quantity)\b(?=.*\b(?:written down|last night|enough|lethal|fatal"
       r"|ready|saved|on my phone)\b)"
       r"|\bknow (?:exactly )?(?:which|what) (?:drugs?|pills?|meds|medications?|tablets?|dose)\b(?: [\w']+){0,2}"
       r" and how (?:much|many)\b"
       r"|\bwhat (?:a |the |an )?(?:full |whole )?(?:syringe|bottle|box|packet|vial|ampoule|handful|overdose)\b"
       r"(?: [\w']+){0,3} would do to me\b"
       r"|\bhow (?:much|many) (?:\w+ ){0,2}(?:paracetamol|pills|tablets|insulin|meds|sleeping pills|painkillers"
       r"|antidepressants|co codamol|ibuprofen|aspirin) (?:it )?(?:would|will|'d|it'd) take\b(?! (?:for|to (?:help|fix"
       r"|work|cure|treat|get rid|kick in)))"
       r"|\b(?:different|several|separate|multiple|various) (?:shops|pharmacies|chemists|stores|supermarkets)\b"
       r"(?: [\w']+){0,3} so (?:nobody|no one|they) (?:would|wouldn't|won't|would not|'d) (?:ask|notice|question"
       r"|suspect|get suspicious)"
       r"|\b(?:pocketed|pocketing|stole|stolen|nicked|taken|took|brought) (?:some |the )?(?:vials?|ampoules?|morphine"
       r"|fentanyl|potassium|insulin|ketamine|diazepam|oxycodone|opioids)\b(?: [\w']+){0,4} (?:home )?(?:from (?:the )?"
       r"(?:ward|work|hospital|pharmacy|clinic|surgery)|in my locker)\b",
       unless=r"\b(?:patients?|audit|controlled drug|cd book|signed (?:out|for)|dog|cat|puppy|kitten|vet|baby|toddler"
              r"|recipe|baking|lol|haha|homework|exam|pharmacology|lecture|assignment)\b"),
    _p(PLAN_OR_MEANS, "r4a_gas_in_the_car",
       r"\b(?:hose|hosepipe|tube|tubing|pipe)\b(?: [\w']+){0,7} (?:exhaust|tailpipe)\b"
       r"|\b(?:exhaust|tailpipe)\b(?: [\w']+){0,5} (?:hose|hosepipe|tube|tubing)\b"
       r"|\bcharcoal\b(?: [\w']+){0,6} (?:tape|duct tape|boot|tent|sealed|seal|bathroom|bedroom)\b",
       unless=r"\b(?:mot|mechanic|garage bill|repair\w*|fix\w*|leak\w*|replac\w*|barbecue|bbq|grill|drawing|art|sketch"
              r"|filter|aquarium|fish tank|plumb\w*|garden|lol|haha)\b"),
    _p(PLAN_OR_MEANS, "r4a_the_date_picked",
       r"\b(?:picked|chosen|chose|set|decided on|settled on) (?:a|the|my) (?:date|day|night)(?: already| now| for it)?"
       r"(?= [.,] (?:the \d|\d|it's|it'll be|it will be|monday|tuesday|wednesday|thursday|friday|saturday|sunday|next"
       r"|this|after|before|soon|tonight|tomorrow)|$)"
       r"|\bdoing it\b(?: [\w']+){0,4} when (?:the house is empty|i'm (?:alone|on my own|home alone)|no one's (?:home"
       r"|around|in)|nobody's (?:home|around|in))\b"
       r"|\bdoing it (?:this|next|on|tonight|tomorrow|at the)\b(?: [\w']+){0,3} when (?:my \w+|she|he|they|everyone"
       r"|everybody|the kids|no one|nobody)(?:'s|'re)?\b(?: [\w']+){0,2} (?:takes?|goes?|leaves?|away|out|asleep|at work"
       r"|is out|are out|home|around|gone)\b",
       unless=THERAPY + r"|\b(?:wedding|party|move|moving|exam|interview|dinner|birthday|holiday|trip|paint\w*|decorat\w*"
                        r"|tiles?|clean\w*|garden\w*|diy|homework|laundry|assignment|launch|surprise|proposal|propose|test"
                        r"|lol|haha|shopping|appointment|date night|first date)\b"),
    _p(PLAN_OR_MEANS, "r4a_drop_scouted",
       r"\b(?:bridge|cliffs?|car park|multi ?storey|roof|rooftop|ledge|balcony|tracks|railway|platform|viaduct|top floor)\b"
       r"(?: [\w',.]+){0,14}? (?:longer than i should|nearly didn't|almost didn't|no fence|no railings?|no barrier"
       r"|went up (?:after dark |at night |tonight )?to look|going back tonight|go back tonight|will not come back"
       r"|won't come back|not come back|not coming back)\b"
       r"|\b(?:swim|swimming|walk|drive|row|boat)\b(?: [\w'.,]+){0,8}? (?:not|won't be|never) (?:coming|come) back"
       r"(?= [.,]|$)"
       r"|\bknow (?:which|when|what time) (?:the )?(?:fast |express )?trains? (?:doesn't|don't|won't|does not) stop\b"
       r"(?=.*\b(?:comes through|goes through|passes) at\b)"
       r"|\b(?:no fence|no railings?|no barrier)\b(?: [\w',.]+){0,10}? (?:went|go|going|been) (?:up|there|back)\b"
       r"(?: [\w']+){0,3} (?:to look|to check|after dark|at night|tonight)\b"
       r"|\b(?:(?:not|won't|never)(?: bother\w*)?|don't have to) (?:(?:row|rowing|swim|swimming) back(?: in| to shore"
       r"| this time)?|(?:come|coming) back (?:inside|in|up|to shore|this time))(?= [.,]|$| this time| tonight)",
       unless=THERAPY + r"|\b(?:view|views|photo\w*|sunset|sunrise|stars|fireworks|selfie|picnic|holiday|vacation|trip|job|work"
              r"|office|uni|school|company|lol|haha|train was late|missed|delay\w*|shop|restaurant|cafe|gym|ex|band)\b"),
    # Goodbyes and affairs: letters with the will, farewells one by one, pets rehomed with everything sorted,
    # accounts handed over, a message timed for after, a goodbye they didn't know was one, the note written.
    _p(GOODBYE, "r4a_affairs_settled",
       r"\b(?:wrote|written|writing|left) (?:\w+ )?letters? (?:to|for) (?:each of )?(?:my|the) (?:kids|children|family"
       r"|wife|husband|partner|parents|mum|dad|sons?|daughters?|sister|brother|landlord)\b(?=.*\b(?:(?:the|my|a) will"
       r"|drawer|to find|when i'm gone|goodbye|they're there|keys|given notice|solicitor)\b)"
       r"|\b(?:one by one|each of them|every one of them)\b(?: [\w']+){0,4} to say (?:thanks|thank you|goodbye|bye"
       r"|sorry|i love)\b(?=.*\b(?:for everything|last thing|one last|list)\b)"
       r"|\b(?:found|finding|found a new|new) (?:a )?(?:new )?(?:home|owner|family) for (?:the|my) (?:dog|cat|pets?|puppy"
       r"|kitten|rabbit|birds?|hamster)\b(?=.*\b(?:sorted|better off|won't be|arrangements|everything else|in order)\b)"
       r"|\b(?:given|gave|giving) (?:the|my) (?:dog|cat|pets?) to (?:the )?(?:neighbours?|a friend|my \w+)\b"
       r"(?=.*\b(?:solicitor|will|medications?|don't intend|won't be|sorted)\b)"
       r"|\b(?:passwords?|pin numbers?|login details|bank details)\b(?: [\w']+){0,4} (?:for|to|with) (?:my|the)"
       r" (?:sister|brother|mum|dad|wife|husband|partner|kids|family|parents|daughter|son)\b(?=.*\b(?:paid off|will"
       r"|insurance|letters?|(?:dog|cat|pets?)(?:'s| is| are)? going to)\b)"
       r"|\b(?:left|wrote down|written down|gave|given|sent|shared) (?:\w+ ){0,2}(?:passwords?|pin numbers?|login"
       r" details|bank details)\b(?: [\w']+){0,2} (?:for|to|with) (?:my|the) (?:sister|brother|mum|dad|wife|husband"
       r"|partner|kids|family|parents|daughter|son)\b(?=.*\b(?:paid off|cancelled|calm|will|insurance|sorted|letters?)\b)"
       r"|\b(?:cancelled|cancelling) my (?:appointments|subscriptions|phone contract)\b(?=.*\b(?:paid off|passwords?"
       r"|will|letters?)\b)"
       r"|\b(?:set up|scheduled|timed|set) (?:an? |the |my )?(?:email|message|text|post|letter)s? to (?:send|go out|post"
       r"|be sent)\b(?=.*\b(?:by then (?:it'll|it will|i'll|i will) be (?:done|over|gone|dead)|after i'm gone|when i'm gone"
       r"|i'll be gone)\b)"
       r"|\b(?:(?:doesn't|don't|didn't|won't|did not|does not) know|(?:has|have) no idea)(?: that)? (?:it was|it's"
       r"|that was|this was|this is|it will be|it'll be) (?:a |my |our |the )?(?:goodbye|last time)\b"
       r"(?! (?:i'd|i would|i saw|we|they|she|he)\b)"
       r"|\b(?:say|said|saying) goodbye\b(?: [\w']+){0,5} before i go\b(?=.*\bi don't mean (?:going|on a|a trip"
       r"|travel\w*|moving|leaving)\b)"
       r"|\b(?:wrote|written|writing|rewrote|rewritten|rewriting|finished|drafted|redrafted) (?:my|a|the) note"
       r"(?= [.,]|$| on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)| last night| yesterday| tonight"
       r"| again| and it's)"
       r"|\b(?:almost|nearly|close to|came close to|keep almost|kept almost) (?:going|gone|went|go) through with it\b",
       unless=r"\b(?:birthday|christmas|camp|pen ?pal|school|teacher|assignment|wedding|party|present|gift|holiday"
              r"|moving|move|abroad|relocat\w*|new job|leaving do|retir\w*|fridge|milkman|neighbour's|sick note|fit note"
              r"|class|lecture|study|tattoo|piercing|surgery|divorce|breakup|moved|never saw|years ago|quitting|newsletter|out of office|lol"
              r"|haha|santa|tooth fairy)\b"),
    # Self-harm now: cutting again or right now, a blade out with the urge, fists split on a wall, skin held to heat.
    _p(SELF_HARM, "r4a_harm_happening",
       r"\b(?:just |i )?(?:cut|cutting|cutted)(?: myself)? (?:again|rn|right now|tonight|deeper|too deep)\b"
       r"|\b(?:blade|scalpel|razor|razor blade)s?\b(?: [\w']+){0,3}? (?:is |are |'s )?(?:out|in my hand|next to me)\b"
       r"(?=.*\b(?:relapse|don't want to|urge|cut|shaking|haven't done this)\b)"
       r"|\b(?:about to|going to|gonna|want to) relapse\b(?=.*\b(?:blade|razor|scalpel|cut|cutting|burn|knife)\b)"
       r"|\bwith (?:a|the|my) (?:scalpel|razor|razor blade|scalpel blade|blade)\b(?=.*\b(?:haven't done this|hands"
       r" shaking|relapse|urge|bleed\w*)\b)"
       r"|\b(?:punch\w*|hit|hitting|smash\w*|bang\w*) (?:the |a |my )?(?:\w+ )?(?:wall|door|mirror|window)\b"
       r"(?: [\w']+){0,2} (?:until|till|til) (?:my )?(?:knuckles|hands?|fists?)\b(?: [\w']+){0,2} (?:split|bled|bleed"
       r"|broke|cracked|bleeding|were bleeding|was bleeding)\b"
       r"|\b(?:held|hold|holding|pressed|press|pressing|put|putting) my (?:arm|hand|wrist|skin|leg|fingers?|thigh)"
       r" (?:on|against|over|to|under) (?:the |a )?(?:hob|stove|iron|flame|lighter|cooker|kettle|hot plate|radiator"
       r"|candle|cigarette|boiling water)\b(?=.*\b(?:on purpose|deliberately|blister\w*|bubbl\w*|meant to|wanted to)\b)",
       unless=r"\b(?:hair|fringe|bangs|onions?|vegetables|veg|grass|lawn|hedge|film|scene|paper|wood|class|lesson|budget"
              r"|costs|power|electricity|signal|line|queue|nails|sugar|carbs|sleeves|fabric|pattern|coupon|lol|haha"
              r"|accident\w*|by mistake|didn't realise|oops|smok\w*|drink\w*|diet|crafts?|model|lino|shaving|shave"
              r"|dissection|lab)\b"),
    # Overdose taken: more than I should with a drug named, drugs taken home from work and had, took them all.
    _p(OVERDOSE, "r4a_took_too_much",
       r"\b(?:took|taken|had|injected|swallowed|necked|downed) (?:the |my |some |all (?:the |my )?)?(?:insulin|morphine"
       r"|fentanyl|pills|tablets|meds|medication|paracetamol|sleeping pills|painkillers|heart tablets|antidepressants"
       r"|methadone|oxycodone)\b(?: [\w']+){0,4}(?: [.,])? (?:probably |way |much |a lot )?(?:more than i should"
       r"|more than (?:the|my) (?:dose|prescribed|prescription)|way too much|too many|too much)\b"
       r"|\b(?:morphine|fentanyl|oxycodone|vials?|ampoules?) (?:home )?from (?:the )?(?:ward|work|hospital|pharmacy)\b"
       r"(?: [\w']+){0,3} (?:and )?(?:had|took|taken|injected|swallowed) (?:it|them|some)\b"
       r"|\b(?:pills|tablets|meds)\b(?: [.,])?(?: i)? (?:took|swallowed|taken|necked|downed) (?:them|em|it)\b(?: [.,])?"
       r" (?:all|all of them|every one|the lot)\b",
       unless=r"\b(?:patients?|audit|signed|dog|cat|vet|lol|haha|coffee|cake|sweets|chocolate|crisps|biscuits)\b"),
    # Slang: the permanent nap, sui, self-deleting (not the account), a split 'die'.
    _p(SUICIDAL_IDEATION, "r4a_slang_for_it",
       r"\b(?:nap|sleep|rest|swim|break|log ?off|sign ?off|holiday|trip)\b(?: [.,])?(?: [\w']+){0,2}(?: [.,])? (?:the )?"
       r"(?:permanent|forever|eternal|one way|no return) (?:one|kind|type|sort)\b"
       r"|\bsui (?:ideation|thoughts|feelings|urges|idea)\b|\bfeeling sui\b"
       r"|\bself ?delet(?:e|ing|ion)\b|\b(?:delete|deleting|deleted) myself\b"
       r"|\bwant to (?:d ie|di e|d i e)\b",
       unless=r"\b(?:(?<!not )(?<!not my )(?<!not the )(?:account|app|profile|photos|posts|instagram|twitter|tiktok"
              r"|social media|data|facebook|snapchat))\b|\b(?:job|work|uni|band|team|relationship|dating|lol|haha"
              r"|messages?|chats?|setting|settings|feature|timer|photos?)\b"),
    # Other languages: someone else wanting to die (es), a bridge and not going home (nl), romanised Hindi.
    _p(NOT_IN_ENGLISH, "r4a_more_languages",
       r"\b(?:se|te) (?:quiere|quieres|queria|quisiera) (?:morir|matar|suicidar)\b"
       r"|\b(?:op de brug|op het dak|bij het spoor|op het spoor|op de rand)\b.*\b(?:weet niet of ik|niet meer) (?:nog )?"
       r"(?:terug|naar huis|leven)\b"
       r"|\b(?:jeena nahi|jeena nahin|jina nahi|jeena nahi hai|marna chahta|marna chahti|mar jana chahta|mar jana chahti"
       r"|khudkushi|aatmahatya|atmahatya|mujhe (?:ab )?(?:marna|mar jana) hai)\b|\bsab khatam kar (?:dunga|dungi|lunga|lungi|du|doon)\b",
       unless=r"\bno (?:se|te) quiere\b|\bchiste|\bbroma"),
    # round 4b: danger to others, children, medical emergencies and someone else at risk, written as shapes
    # (someone + threat/violence + now; a child + hazard + now; intent + target + means/time; symptom cluster
    # + now; someone else + plan/goodbye + silence), each guarded against its calm twin.
    _p(DANGER_FROM_OTHERS, "r4b_threat_at_home_now",
       r"\b(?:he|she|they|he's|she's|they're|my (?:husband|wife|partner|boyfriend|girlfriend|dad|stepdad|mum|ex))"
       r"(?: is| are|'s)? (?:banging|pounding|hammering|kicking|smashing|punching|thumping|trying to break)"
       r" (?:on |down |in |at )?(?:the |my |our )?(?:\w+ )?(?:doors?|walls?|windows?)\b"
       r"(?=.*\b(?:locked|hiding|scared|terrified|break (?:it|the door|in)|kill|hurt|screaming|shouting|raging|drunk"
       r"|i'm next|kids|children|help|phone)\b)"
       r"|\b(?:hiding|hid|locked myself|i'm locked|shut myself|barricaded myself) (?:in|inside|under|behind) (?:the |my |a )?"
       r"(?:wardrobe|closet|cupboard|bathroom|toilet|bedroom|bed|car|shed|loft|attic|kids' room|room|garage|basement"
       r"|cellar|utility room|laundry|garden)\b"
       r"(?=.*\b(?:he|she|they)(?:'s| is| are|'re)? (?:looking for me|coming|home|back|outside|searching|shouting|drunk"
       r"|banging|trying)\b)"
       r"|\bif i (?:try to |even try to |ever )?(?:leave|go|run|call (?:anyone|the police|for help)|tell anyone)\b"
       r"(?: [\w']+){0,6} (?:i won't make it|i'll never make it|he'll kill|she'll kill|they'll kill|he'll hurt|he'll end"
       r"|i'm dead|i'm a dead)\b"
       r"|\b(?:punching|smashing|throwing|breaking|hitting) (?:the |things|stuff|walls?|doors?|plates|furniture)"
       r"(?: [\w']+){0,8} (?:i think i'm next|i'm next|scared|terrified|hiding)\b"
       r"|\b(?:scared|terrified|afraid|frightened)\b(?: [\w'.,]+){0,3} (?:he's|she's|he is|she is) (?:home|back)\b"
       r"(?: [\w'.,]+){0,3} (?:drunk|high|wasted|raging|angry|furious|off his face)\b"
       r"|\b(?:drunk|raging|throwing things|smashing things|violent|kicking off|lost it)\b.*\b(?:i'm hiding|hiding|locked"
       r" myself|i've locked myself) (?:in|inside|under|behind)\b"
       r"|\b(?:he|she|they)(?:'s| is| are|'re) trying to (?:break|kick|smash) (?:down |in )?(?:the |my |our )?(?:\w+ )?doors?\b"
       rf"|\b(?:he|she|they)(?:'s| is| are|'re) (?:outside|at|by|in) (?:the |my |our )?(?:\w+ )?(?:door|window|room|house"
       rf"|flat|hallway|kitchen)\b(?: [\w']+){{0,3}} with (?:a |the |his |her |their )?{_WEAPON}\b"
       r"|\b(?:he's|she's|he has|she has|got) (?:his|her|their|both) (?:hands?|arms?|belt) (?:round|around|on) (?:her|his|my"
       r"|mum's|mom's|dad's|\w+'s) (?:throat|neck)\b"
       r"|\b(?:he|she|they)(?:'s| is| are|'re) (?:dragging|strangling|choking|hitting|kicking|punching|beating|hurting"
       r"|pinning) me\b(?! up| with (?:questions|puns|jokes|emails|texts|kindness|work))"
       r"|\b(?:gun|shotgun|rifle|pistol|knife|knives)\b.*\b(?:none of us|nobody|no one)(?: is| are|'s)? (?:leaving|getting"
       r" out|going anywhere)\b"
       r"|\b(?:he|she)(?:'ll| will| is going to|'s going to) kill me\b(?=.*\b(?:tonight|different|this time|means it"
       r"|meant it|scared|terrified)\b)",
       unless=r"\b(?:lol|haha|lmao|film|movie|show|game|episode|book|novel|song|dog|puppy|cat|toddler wants|snack\w*"
              r"|music|party|diy|renovat\w*|builders?|hide and seek|nerf|fixing|fence|repair\w*|putting up|shelf|shelves"
              r"|garden\w*)\b"),
    _p(DANGER_FROM_OTHERS, "r4b_child_hazard_now",
       r"\b(?:scared|afraid|terrified|frightened|worried) (?:of )?what i(?:'ll| will| might|'d| would) do\b"
       r"(?=.*\b(?:baby|babies|newborn|toddler|son|daughter|child|kid|kids|children|twins|her|him|them|crying|cot)\b)"
       r"|\b(?:shook|shaken|dropped|hit|threw) (?:him|her|the baby|my baby|my son|my daughter)\b(?: [\w'.,]+){0,10}"
       r" (?:went quiet|gone quiet|floppy|limp|not breathing|won't wake|isn't waking|unresponsive|turned blue|going blue"
       r"|eyes rolled|won't stop vomiting)\b"
       r"|\b(?:boyfriend|stepdad|step dad|uncle|lodger|man|he)(?: keeps| has been| is| was)? (?:sneaking|creeping|going"
       r"|getting|coming) into (?:her|his|their|my (?:little )?(?:sister's|brother's|daughter's|son's)) (?:room|bed)\b"
       r"|\b(?:daughter|son|child|kid|baby|toddler|little one|sister|brother|niece|nephew|grandson|granddaughter"
       r"|stepson|stepdaughter|\d+ year old|of (?:her|him))(?: [\w']+){0,4}"
       r" (?:standing|sitting"
       r"|climbing|hanging|leaning) (?:on|over|out of|off) (?:the |a )?(?:balcony|balcony railings?|railing|railings|ledge|window ledge"
       r"|window|roof|edge)\b(?=.*\b(?:regret|threat\w*|sending|leave|leaving|alone|now|scared|kill)\b)"
       r"|\bno (?:adults?|grown ups?|parents?|one|body)(?: [\w']+){0,2} (?:there|home|in|with (?:him|her|them))\b"
       r"(?=.*\b(?:hours|since this morning|since last night|all day|screaming|crying)\b)"
       r"|\b(?:hours|since this morning|since last night|all day|screaming|crying)\b.*\bno (?:adults?|grown ups?|parents?"
       r"|one|body)(?: [\w']+){0,2} (?:there|home|in|with (?:him|her|them))\b"
       r"|\b(?:son|daughter|child|kid|toddler|baby|\d+ year old)(?: [\w']+){0,3} (?:found|has got|has|got hold of"
       r"|is playing with|playing with|is holding|holding)(?: [\w']+){0,2} (?:gun|handgun|pistol|rifle|shotgun"
       r"|loaded gun|knife|lighter|pills|tablets|bleach)\b"
       r"|\b(?:so |really |too |very )?(?:drunk|high|wasted|out of it|off my face)\b(?: [\w'.,]+){0,4}"
       r" (?:baby|toddler|son|daughter|\d+ year old|kids?)(?:'s| is| are) (?:in the bath|in the pool|alone|on the balcony)\b"
       r"|\b(?:take|taking|putting) (?:the kids|the children|them|our kids)\b.*\b(?:none of us|never find (?:them|us)"
       r"|won't be alive|not be alive|kill (?:them|us|the kids)|all die)\b"
       r"|\b(?:none of us|the kids|the children) (?:will|won't) (?:be alive|survive)\b"
       r"|\b(?:baby|toddler|son|daughter|child|kid|newborn|little one|\d+ year old)(?: [\w']+){0,8} (?:isn't|is not|not"
       r"|stopped|won't start) (?:moving|breathing|responding|waking up)\b(?! (?:house|in|out|on|forward|jobs?|schools?"
       r"|away|back|much|enough|to))"
       r"|\b(?:left|leaving|leave) (?:my |the |our |her |his )?(?:baby|toddler|\d+ year old|kids?|children|son|daughter"
       r"|little one) (?:at )?(?:home )?(?:alone|on (?:her|his|their) own)\b(?=.*\b(?:since|hours|all day|overnight"
       r"|can't get back|yesterday|days)\b)"
       r"|\b(?:drunk|high|wasted) (?:driving|behind the wheel)\b.*\b(?:kids?|him|her|them|baby|son|daughter|children)"
       r" in the car\b|\bdriving (?:drunk|high|wasted) with (?:the |my |our )?(?:kids?|baby|son|daughter|children|him|her)\b"
       r"|\bnever see (?:her|him|them|the kids|the children|my \w+|our \w+) alive again\b"
       r"|\b(?:baby|toddler|son|daughter|child|kid|little one|\d+ (?:year|month) old)(?: [\w']+){0,6} (?:ate|eaten|swallowed"
       r"|drank|drunk|got into|chewed|chewing|eating) (?:some |a |the |my |his |her |a few |all the |loads of )?(?:\w+ )?"
       r"(?:pills|tablets|medicine|meds|bleach|detergent|laundry pods?|batteries|button batter(?:y|ies)|medicine cabinet"
       r"|weed|gummies|vape liquid)\b"
       r"|\b(?:alone|on my own|by myself) with (?:the |my |our )?(?:baby|babies|kids|toddler|newborn|children|little one)\b"
       r"(?: [\w'.,]+){0,6} (?:so out of it|can't stay awake|keep passing out|passing out|can't stand|so drunk|blacking out"
       r"|so high)\b",
       unless=r"\b(?:lol|haha|lmao|film|movie|show|book|novel|game|holiday photos?|nerf|toy|water pistol|cake|pizza"
              r"|trampoline|sleepover|hide and seek|series|thriller|short story|bedtime story|course|lecture|training|podcast|documentary"
              r"|learned|learnt|case study)\b"),
    _p(HARM_TO_OTHERS, "r4b_intent_to_harm_now",
       r"\b(?:bring|bringing|take|taking|brought) (?:something|a \w+|my \w+|the \w+) (?:to|into) (?:work|school|class"
       r"|the office|college|uni)\b(?: [\w'.,]+){0,6} (?:regret|pay|sorry|see|learn)\b"
       r"|\b(?:he|she|they|he's|she's|they're)(?:'ll| will| is going to|'s going to| are going to|'re going to| gonna)"
       r" (?:pay\b(?! (?:me|us|you|the|half|rent|for (?!it\b|what\b|this\b|that\b|everything\b)))|regret it"
       r"|get what's coming|get what (?:he|she|they) deserves?)\b"
       rf"(?=.*\b(?:tonight|tomorrow|today|now|{_WEAPON}s?|guns?|car|knows? where|address|outside)\b)"
       r"|\b(?:get back at|(?:get|want|take|getting|taking|wanting) revenge on|get even with|make (?:them|him|her) pay|pay (?:them|him|her) back)\b"
       r"(?: [\w'.,]+){0,16} (?:guns?|rifle|knife|knives|weapon|weapons|shotgun|pistol)\b"
       r"|\b(?:put|putting|slip|slipping|spike|spiking) (?:something|stuff|bleach|poison|rat poison|pills|tablets|antifreeze"
       r"|drugs|laxatives|crushed \w+|his meds|her meds) (?:in|into) (?:her|his|their"
       r"|my \w+'s) (?:drinks?|food|coffee|tea|dinner|water)\b(?=.*\b(?:planning|plan|bought|got the|tonight|tomorrow"
       r"|going to|gonna)\b)"
       r"|\b(?:rat poison|poison|antifreeze|bleach|cyanide|arsenic)\b.*\b(?:put|putting|slip|slipping) (?:it|some)"
       r" (?:in|into) (?:her|his|their|my \w+'s) (?:drinks?|food|coffee|tea|dinner|water)\b"
       r"|\bpoison (?:her|him|them|my \w+)\b(?=.*\b(?:planning|plan|bought|got the|tonight|tomorrow|going to|gonna)\b)"
       rf"|\b(?:with|brought|got|have) (?:a |my |the )?{_WEAPON}\b(?: [\w'.,]+){{0,6}} (?:sitting|sat|parked|waiting|standing)"
       r" (?:outside|in the car|across the road)\b"
       rf"|\b(?:sitting|sat|parked|waiting|standing) (?:outside|in the car)\b(?: [\w'.,]+){{0,6}} (?:with|got|have) (?:a |my |the )?"
       rf"{_WEAPON}\b"
       r"|\b(?:drive|driving|drove|plough|ploughing|plow|plowing|ram|ramming) (?:my car |the car |a car |the van |my van"
       r" |the truck )?(?:into|through) (?:the |a )?(?:crowd|crowds|people|protest\w*|march|marchers|pedestrians|queue)\b"
       r"(?=.*\b(?:serious|tomorrow|tonight|today|going to|gonna|want to|planning|thinking of|thinking about)\b)"
       r"|\b(?:thinking of|thinking about|want to|going to|gonna|planning to) (?:drive|plough|plow|ram) (?:my car |the car |a car"
       r" |the van |my van )?(?:into|through) (?:the |a )?(?:crowd|crowds|people|protest\w*|march|pedestrians|queue)\b"
       r"|\b(?:have to|need to|must|got to|gotta|going to) (?:stop|get|deal with|take out|silence|finish) (?:him|her|them"
       r"|my \w+)(?: [\w']+){0,4} before (?:he|she|they|morning|tonight|it's too late|dawn)\b"
       r"|\b(?:have|got|found) (?:his|her|their) (?:address|home address)\b(?: [\w'.,]+){0,4}"
       r" (?:nothing (?:left )?to lose|he'll pay|she'll pay|payback|tonight|and a (?:knife|gun))\b"
       r"|\b(?:know|found out) where (?:he|she|they) lives?\b(?=.*\b(?:parked|sitting|waiting|outside|not getting away"
       r"|won't get away|tonight|knife|gun|pay)\b)",
       unless=r"\b(?:lol|haha|lmao|film|movie|game|book|novel|episode|cake|birthday|surprise|hen|stag|party|gift|present"
              r"|presentation|snacks?|lunch|laptop|dog|in court|lawyer|solicitor|police|news|bet|bill|round|tab|rent|prank\w*"
              r"|water guns?|water pistols?|paintball|laser tag|monopoly|recipe)\b"),
    _p(MEDICAL_EMERGENCY, "r4b_symptoms_now",
       r"\b(?:fallen|fell|had a fall|slipped|collapsed)\b(?! asleep| in love| behind| for)(?: [\w'.,]+){0,8}"
       r" (?:can't|cannot|can not|unable to|couldn't) (?:get (?:up|back up|myself up)|move (?:my )?(?:legs?|hips?|arms?"
       r"|neck|back))\b"
       r"|\b(?:fallen|fell|had a fall|collapsed)\b(?: [\w'.,]+){0,8} (?:been lying|lying there|still on the floor"
       r"|on the floor for|hasn't moved|not moving)\b"
       r"|\b(?:half (?:of )?my face|one side of my face|the (?:left|right) side of my face)(?: has| is|'s)?(?: gone| went"
       r"| feels| looks)? (?:numb|droopy|drooping|dead|heavy|slack|paralysed|paralyzed)\b"
       r"|\b(?:had|having|just had|i think i had) (?:a |another )?(?:seizure|fit|convulsion)\b(?=.*\b(?:alone|blurry"
       r"|bit my tongue|can't see|confused|head|pounding|no one|nobody|again)\b)"
       r"|\b(?:face|mouth|smile)(?: feels| looks| is|'s)? (?:droopy|drooping|dropped|drooped|numb|slack|lopsided)"
       r" (?:on|down) one side\b"
       r"|\b(?:words|speech)(?: are| is|'s)? (?:coming out )?(?:wrong|slurred|slurring|jumbled|garbled)\b(?=.*\b(?:face|arm|one side"
       r"|numb|droop\w*)\b)"
       r"|\b(?:used|took|had|gave myself) (?:my |an |the |a )?(?:epipen|epi pen|adrenaline pen|auto injector)\b"
       r"(?=.*\b(?:worse|not working|still swelling|swelling|can't breathe|throat)\b)"
       r"|\b(?:inhaler|epipen|epi pen|nebuliser|nebulizer)(?:'s| is)? (?:not|isn't|didn't|doesn't) (?:helping|working|help"
       r"|work)\b(?=.*\b(?:lips|blue|can't breathe|can't talk|throat|chest|worse|tingling)\b)"
       r"|\b(?:inhaler|epipen|epi pen|nebuliser|nebulizer)\b(?: [\w'.,]+){0,4} (?:not|isn't|didn't|doesn't) (?:helping"
       r"|working)\b(?=.*\b(?:lips|blue|can't breathe|can't talk|throat|chest|worse|tingling)\b)",
       unless=r"\b(?:lol|haha|lmao|laughing|years ago|last year|as a kid|when i was|film|movie|book|dentist|anaesthetic|filler"
              r"|botox|diagnosed|training|course|first aid)\b"),
    _p(SOMEONE_ELSE_AT_RISK, "r4b_someone_else_signs",
       r"\b(?:see you on the other side|see you in the next life|this is goodbye|goodbye everyone|it's been a good run"
       r"|signing off for good|last post)\b(?=.*\b(?:can't reach|nobody can reach|no one can reach|not answering|isn't"
       r" answering|won't answer|phone off|not replying|no one has heard|nobody has heard)\b)"
       r"|\b(?:she|he|they)(?:'s| is| are|'re)? (?:taking|going to take|gonna take|going to swallow)\b(?: [\w']+){0,5}"
       r" (?:and|to) (?:not|never) (?:waking|wake|coming back|come back)(?: up)?\b(?! up\b)(?! (?:before|until|till|til|early|on time))"
       r"|\b(?:hasn't|haven't|has not|not) (?:answered|picked up|replied|been seen|opened the door|been out|been answering"
       r"|been picking up|answered the door)"
       r"(?: [\w']+){0,3} (?:in|for) (?:(?:two|three|four|\d+|a few|several) (?:days|weeks)|a week|over a week)\b"
       r"(?=.*\b(?:curtains|post|mail|lights|milk|\d\d|elderly|lives alone|on her own|on his own|fallen|worried|smell)\b)"
       r"|\blocked (?:herself|himself|themselves) in\b.*\b(?:blood|not answering|won't answer|silent|gone quiet|pills"
       r"|razor|knife|rope)\b"
       r"|\b(?:banging|knocking|calling|shouting|crying|screaming) (?:on the \w+ |out |for ages )?(?:for help)\b"
       r"(?: [\w'.,]+){0,6} (?:no sound|silent|silence|gone quiet|went quiet|nothing now|stopped)\b"
       r"|\b(?:posted|sent|shared|texted|put up) (?:\w+ ){0,3}(?:her|his|their) (?:plan|suicide note|goodbye|note)\b",
       unless=r"\b(?:lol|haha|lmao|film|movie|game|book|novel|episode|cruise|holiday|festival|camping|retreat|busy|lesson"
              r"|business|project|essay|revision|workout|diet|trip|show|series|thriller|short story|podcast|documentary"
              r"|character|case study)\b"),
)

# Misspellings are read as the words the patterns use (crisis_text.Speller).
def _words_of(pattern: CrisisPattern) -> set[str]:
    return {
        word
        for regex in (pattern.regex, pattern.unless)
        if regex is not None
        for word in re.findall(r"[a-z]{3,}", re.sub(r"\\[a-zA-Z]", " ", regex.pattern))
    }


_PATTERN_WORDS = set().union(*(_words_of(pattern) for pattern in PATTERNS))
# Words the patterns spell out (in every language) are known words too, never "corrected".
_SPELLER = Speller(
    {**dict.fromkeys(_PATTERN_WORDS, 10**6), **english_vocabulary()},
    _PATTERN_WORDS.difference(*(_words_of(p) for p in PATTERNS if p.category == NOT_IN_ENGLISH)),
)

# The clues' fragments (strings that are not whole words), looked for once per text for all patterns.
_CLUE_FRAGMENTS = tuple(sorted(frozenset().union(*(pattern.clue.fragments for pattern in PATTERNS))))
# How much crisis vocabulary a text has: how many of these it shows (see _crisis_vocabulary).
_ALL_CLUE_KEYS = frozenset().union(*(pattern.clue_keys for pattern in PATTERNS))

# --- when a match counts --------------------------------------------------------

_SENTENCE_BREAK = re.compile(r" \. |^\. | \.$")
_CLAUSE_BREAK = re.compile(r" [.,] |^[.,] | [.,]$| (?:and|but|so|because|though|although|yet|or|then|cause) ")

_NEGATORS = {
    "not", "never", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "wasn't",
    "weren't", "haven't", "hasn't", "hadn't", "nor", "neither", "non",
}
# Words a negation reaches across: "don't want to", "not really", "never even thought".
_NEGATION_CARRIES = {
    "want", "wanted", "wanting", "to", "going", "plan", "planning", "intend", "intending", "have", "ever",
    "really", "actually", "even", "think", "believe", "feel", "feeling", "saying", "mean", "that",
    "like", "i", "i'm", "i'd", "i'll", "i've", "am", "be", "being", "been", "at", "all", "so", "just",
    "remotely", "currently", "thought", "thinking", "of", "about", "consider", "considered", "considering", "would",
    "will", "a", "any", "had", "has", "felt", "seriously", "gonna", "having", "thoughts", "plans", "urges",
    "intention", "intentions", "desire", "said", "get", "getting", "anything", "gone", "gona", "gunna",
}
_NEGATION_REACH = 5
# Negations in the languages the detector reads, and the words they reach across (copulas, "thinking of",
# "i have", "thoughts"), for matches in another language and for "suicid..." (normalised from "suicidas").
_FOREIGN_NEGATORS = {"no", "nao", "non", "nicht", "niet", "nie", "pas", "jamais", "nunca", "mai", "kein", "keine",
                     "ikke", "inte", "nem"}
_FOREIGN_CARRIES = {
    "estoy", "estou", "sou", "soy", "sto", "sono", "ich", "bin", "je", "ne", "suis", "ben", "jestem", "pensando",
    "penso", "pienso", "em", "en", "di", "de", "a", "me", "mi", "ho", "tengo", "tenho", "habe", "intenzione",
    "intencion", "intencao", "vontade", "ganas", "quiero", "quero", "voglio", "veux", "voy", "vou", "vado", "will",
    "pensamientos", "pensamentos", "pensieri", "ideas", "ideias", "idee", "gedanken", "pensees", "pensamento",
    "pensamiento", "pensiero", "ninguna", "nenhum", "nessun", "nessuna", "aucune", "aucun", "ningun", "nenhuma",
    "hoor", "mas", "piu", "plus", "mehr", "meer", "realmente", "davvero", "vraiment", "wirklich",
}
# "no" denies what follows only right before the match ("no suicidal thoughts")
# or through one of these nouns ("no thoughts of hurting myself"); elsewhere
# it is usually an answer ("no i want to die").
_DENIABLE = {"thoughts", "thought", "plans", "plan", "urges", "urge", "intention", "intentions", "desire", "wish",
             "history"}

_DISTANT_PAST = re.compile(
    r"\b(?:(?:\d+|a few|a couple of|couple of|few|many|several|two|three|four|five|six|seven|eight|nine|ten"
    r"|fifteen|twenty) years? (?:ago|back|since)|years ago|years back|long ago|a long time ago|ages ago|decades"
    r" ago|a decade (?:ago|back)|over a decade|used to|when (?:i|we) (?:was|were) (?:a |an |in |at |little|young|younger|small|kids|children|teens|\d+"
    r"|(?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty)\b"
    r"|growing|still)|as a (?:kid|child"
    r"|teen|teenager|student|little (?:girl|boy)|young (?:girl|boy|man|woman))|(?:in|at|during) (?:high school"
    r"|middle school|secondary school|primary school|grade school|elementary school|college|uni|university|my"
    r" teens|my twenties|my childhood|my youth|school)|back (?:then|in (?:the day|school|college|uni|\d{4}|my))"
    r"|growing up|grew up|in my (?:teens|twenties|thirties|childhood|youth|early \w+)|in the past|childhood"
    r"|(?:all )?through (?:high school|secondary school|middle school|my teens|my twenties|uni|university|college)"
    r"|my (?:teens|twenties|thirties|childhood|youth|school days|uni days|student days|teenage years) (?:were|was)"
    r"|(?:in|back in|during|since|through) (?:sixth form|year (?:[5-9]|1[0-3])|yr (?:[5-9]|1[0-3])|grade (?:[5-9]|1[0-2])"
    r"|form [1-6]|freshman year|sophomore year|junior year|senior year|high school|middle school|primary|secondary)"
    r"|(?:at|aged) (?:eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)"
    r"|in (?:19|20)\d\d|(?:that|this|it) was (?:back )?(?:in )?(?:19|20)\d\d|my ex\b|i was in an abusive|i left (?:an|my) abusive|got out of (?:an|my) abusive"
    r"|escaped (?:an|my|from)|survivor|recovered|in recovery|behind me|from my past|in my past|grown up now"
    r"|(?:at|aged) (?:the age of )?(?:1\d|[2-9]\d)(?! (?:mg|pills|tablets|o'clock|am|pm|floors?|times?|percent|of)\b)"
    r")\b"
)
_RECENT = re.compile(
    r"\b(?:again|lately|recently|these days|right now|currently|at the moment|today|tonight|tomorrow"
    r"|next (?:week|month|weekend)|coming (?:to stay|back|home|over)|moving (?:back|in)|moved (?:back|in)"
    r"|(?:it's|they're|it is|they are|it has|they have|they've) (?:come |coming |creeping )?back"
    r"|this (?:morning|afternoon|evening|week|weekend|month|year)|last (?:night|week|weekend|month)|yesterday"
    r"|(?:urges|thoughts|feelings|cravings) (?:are|is|have been|have come|came) back"
    r"|(?:\d+|a few|few|a couple of|couple of|two|three|several|some) (?:minutes|mins|hours|hrs|days|weeks"
    r"|months) ago|an hour ago|earlier|just now|ever since|since then|relaps\w*|started again|back again"
    r"|keep (?:thinking|wanting|getting|having|doing|cutting)|can't stop|won't stop|soon"
    r"|(?:i have|i've got|i've made|i've got|have got) (?:a|the|the same|another|a new|my) plan|same plan"
    r"|(?:i|and|but) still (?:do|am|have|feel it|get it|get them|have them)(?= [.,]|$| (?:now|today|sometimes|though|too)\b)"
    r"|(?:on|this|next|for|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|now (?:i|it|they)(?:'s| is|'re| are)? (?:[\w']+ ){0,4}?(?:all the time|every day|every night|constantly|constant"
    r"|non stop|worse|more than ever)"
    r"|i've been (?!(?:\w+ )?(?:stable|better|fine|well|okay|ok|good|clean|free|sober|in recovery|recovered"
    r"|healthy|safe|in therapy)\b)"
    r"|still (?:think|thinking|want|wanting|feel like|have (?:thoughts|urges)|get (?:thoughts|urges)|cut|cutting"
    r"|hurt|hurting|happening|hits?|hitting|abus\w+|does|do it|threaten\w*|self harm|suicidal|live with"
    r"|lives with|there|scared of (?:him|her|them))"
    # Waiting outside someone's place is happening now, whatever "my ex" says about the past
    r"|(?:sitting|sat|parked|waiting) outside (?:in the car|(?:his|her|their|[a-z]+'s) (?:house|flat|place|work)))\b"
)
# A clause saying the person is well now ("today i'm doing well", "i'm okay now", "i'm 50 now"). Its "today"
# or "now" is not a sign of anything recent, so it is taken out before _RECENT is read; and it lets a past
# placed only by a life stage or a dated period (_PAST_WITH_NOW_OK) count as a calm past.
_NOW_OK = re.compile(
    r"\b(?:(?:today|these days|nowadays|now|at the moment|currently)(?: ,)? (?:i'm|i am|i feel|i've been|things are"
    r"|life is|everything is|everything's|life's)(?: (?:really|actually|genuinely|honestly|doing|feeling|so|much|pretty"
    r"|quite|mostly|in))* (?:well|fine|good|great|okay|ok|better|stable|happy|settled|safe|content|alright|all right"
    r"|thriving|a good place|a much better place|a better place|recovery)"
    r"|(?:i'm|i am|i feel|i've been|things are|life is)(?: (?:really|actually|genuinely|honestly|doing|feeling|so|much"
    r"|pretty|quite|mostly|in))* (?:well|fine|good|great|okay|ok|better|stable|happy|settled|safe|content|alright"
    r"|thriving|a good place|a much better place|a better place) (?:now|today|these days|nowadays)"
    r"|i'm (?:\d+|in my (?:\d0s|thirties|forties|fifties|sixties|seventies)) now|now i'm (?:\d+|in my \w+)"
    r"|(?:i'm|i am) (?:really |doing |so |very |mostly |pretty )*(?:well|fine|good|happy|okay|ok|thriving|content"
    r"|in a good place|settled|stable)(?= [.,]|$)"
    r"|(?:grateful|glad|happy|thankful) (?:that )?(?:i'm|i am|to be) (?:still )?(?:here|alive|around)"
    r"|(?:he's|she's|they're|he is|she is|they are) (?:\d+|[a-z]+teen|starting school|at school|in school|at uni"
    r"|grown up|an adult|all grown up) now|i'm (?:a|an) [a-z]+ now"
    r"|(?:\d+|a few|few|several|two|three|four|five|six|seven|eight|nine|ten|many) years (?:sober|clean|free|well)"
    r"|(?:i'm|i am|now|and) (?:doing|feeling) (?:so |much |so much |a lot |really |pretty |way |loads )?(?:better|well"
    r"|fine|good|great|okay|ok)(?! (?:with|at|in|on|about|than)\b))\b"
)
# A past placed by a life stage or a dated period, calm only beside a now-ok clause: "a dark period in my
# twenties", "that was 2018", "during my divorce", "my last therapist helped me through".
_PAST_WITH_NOW_OK = re.compile(
    r"\b(?:(?:that|this|it) was (?:back )?(?:in )?(?:19|20)\d\d|(?:through|during|in) (?:a|an|that|the) (?:really |very )?"
    r"(?:dark|rough|bad|difficult|hard|low|awful|terrible) (?:period|patch|time|phase|spell|chapter|year|place)"
    r"|(?:during|after|through) (?:my|the) (?:divorce|breakup|break up|first pregnancy|pregnancy|degree|first year"
    r"|lockdown|lockdowns|pandemic|redundancy|diagnosis|postnatal \w+|first baby|baby|first child|birth)"
    r"|post ?natal|there was a time|back when|at (?:my|the) old (?:job|school|work)|(?:my|a) (?:last|previous|old|former|first)"
    r" (?:therapist|counsell?or|counselor|psychiatrist|job|marriage|relationship)|got (?:help|better|treatment)"
    r"|(?:19|20)\d\d)\b"
)
# "again" marks a recurrence ("cutting again"), except after a recovery ("learning to trust again").
_RECOVERING_AGAIN = re.compile(
    r"\b(?:trust|trusting|love|loving|date|dating|open up|opening up|feel safe|feel normal|feel like myself|smile"
    r"|laugh|sleep|breathe|work|working|study|studying|live|living|hope|believe|enjoy|happy|myself)(?: \w+)? again\b"
)
# A thought that came once and was turned down ("crossed my mind once, i said
# no to it"), or a screening question answered no ("the nurse asked if i'd ever
# self harmed and i haven't"), with nothing recent in the message.
_ONCE = re.compile(r"\b(?:once|one time|a fleeting|fleeting|briefly|for a (?:moment|second)|crossed my mind)\b")
_RESOLUTION = re.compile(
    r"\b(?:didn't act on (?:it|them)|never acted on (?:it|them)|said no(?: to it)?|decided against it|it passed|they passed"
    r"|talked myself out of it|didn't do (?:it|anything)|(?:called|told|spoke to|talked to|saw) (?:my )?(?:gp|doctor))\b"
)
_ASKED_AND_DENIED = re.compile(
    r"\b(?:asked|asks|asking) (?:me )?(?:if|whether) i(?:'d|'ve|'m| had| have| was| am)? (?:ever )?[^.]*?(?:\b(?:and|but)"
    r"|(?<= )\.) (?:no (?:[.,] )?)?(?:i|the answer) (?:haven't|hadn't|said no|don't|didn't|wasn't|'m not|am not|never have"
    r"|is no|was no)(?= [.,]|$| (?:ever|never|at all|and|but|so|which)\b)"
)
# A question about crisis in general or in someone's care ("what do therapists do when a client says they
# want to die", "a paper on how therapists assess suicide risk"), and someone else who is safe now ("she got
# help and she's doing great now"). Either excuses a match only when its clause says nothing of "i" or "me".
_ASKING_IN_GENERAL = re.compile(
    r"\b(?:if|when|whenever) (?:someone|somebody|a client|a patient|a person|people|clients|patients|anyone|a friend"
    r"|a kid|a student|a child|a teen|a teenager)\b"
    r"|\b(?:a|one of my|my|the) (?:patient|client|caller|student|service user|customer|pupil|resident)s? (?:\w+ )?(?:said"
    r"|told me|mentioned|disclosed|says|tells me|admitted|wrote)\b"
    r"|\b(?:if|when) you (?:say|tell|mention|admit|disclose|report|ring|call)\b|\bis it true (?:that )?(?:you|they"
    r"|therapists?|counsell?ors?|doctors?)\b"
    r"|\b(?:how|what|why) (?:do|does|would|should|will|can|did) (?:therapists?|counsell?ors?|clinicians?|doctors?"
    r"|psychologists?|psychiatrists?|nurses?|gps?|services|they|you)\b"
    r"|\b(?:paper|essay|research|study|dissertation|lecture|module|course|training|article|assignment|thesis"
    r"|presentation|project) (?:on|about|into)\b|\b(?:protocol|confidentiality|duty of care|safeguarding policy)\b"
)
_SOMEONE_ELSE_RECOVERED = re.compile(
    r"\b(?:she|he|they)(?:'s|'re| is| are| has been| have been|'s been|'ve been)(?: \w+)? (?:doing (?:great|well|really"
    r" well|much better|better|fine|ok|okay)|safe now|fine now|okay now|ok now|better now|in recovery|recovered|sober"
    r"|clean|fine for (?:ages|years|months|a long time|a while)|safe)\b"
    r"|\b(?:she|he|they) got (?:help|better|treatment|support)\b|\b(?:is|are) safe now\b"
    r"|\bsober (?:for )?(?:\d+|a few|several|two|three|six|nine|ten) (?:months|years|weeks)\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|myself)\b")
_ME_TOO = re.compile(
    r"\b(?:(?:i'm|i am) (?:planning|going to|thinking of|thinking about|about to|ready to|tempted)|i (?:want|need|plan"
    r"|intend) to|the same(?: thing)?|me too|so do i|so am i|i do too|i'll do|i will do|like (?:him|her|them)"
    r"|same as (?:him|her|them))\b"
)
_FIRST_PERSON_OR_MINE = re.compile(r"\b(?:i|i'm|i've|i'd|i'll|me|myself|my|mine|we|we're|us|our)\b")
# A story about someone: "reading a novel about a man who plans to kill himself". Excuses a match whose clause
# says nothing of "i" or "me", in a message with nothing recent and nothing of the person's own crisis now.
_STORY_ABOUT = re.compile(
    r"\b(?:novels?|books?|films?|movies?|shows?|series|plays?|stor(?:y|ies)|songs?|podcasts?|documentar(?:y|ies)"
    r"|episodes?|memoirs?|poems?|comics?|games?|scenes?|chapters?|musicals?|operas?|biograph(?:y|ies)|sitcoms?"
    r"|dramas?) (?:about|where|in which|that has|whose|called|featuring)\b"
    r"|\b(?:the |a |my )?(?:main )?(?:character|protagonist|narrator|villain|heroine)s?\b"
)
# Intrusive thoughts named as such (OCD) and disowned: "intrusive thoughts about harming my baby, they're ocd, i've
# never come close to acting on them". Excuses a thought-of match in a message that names them and says they are
# not acted on, unless it says anything of acting, now or soon.
_INTRUSIVE = re.compile(
    r"\b(?:intrusive (?:thoughts?|images?|urges?|ideas?)|ocd|obsessive compulsive|harm ocd|pure o|unwanted thoughts?)\b"
)
_WONT_ACT = re.compile(
    r"\bnever (?:\w+ ){0,3}act(?:ed)? on (?:them|it|these|those|that)\b|\bnever (?:\w+ ){0,2}close to acting\b"
    r"|\bwould(?:n't| never) (?:ever )?(?:act on|do (?:it|that|anything)|actually (?:do|hurt|harm))\b"
    r"|\b(?:won't|will never|no (?:intention|desire|wish|plan) (?:to|of)|not going to) act(?:ing)? on\b"
    r"|\b(?:they're|it's|they are|it is|that's) (?:just |only )?(?:ocd|intrusive|intrusive thoughts|my ocd)\b"
    r"|\bego ?dystonic\b|\b(?:horrif|disgust|repuls|sicken)\w* (?:me|by them|by it)\b"
    r"|\b(?:they've|they have|they're|it's|it has|they|it) (?:mostly |largely |all |pretty much |since )?(?:gone|passed"
    r"|stopped|faded|settled|eased|went away|gone away)\b"
)
_MIGHT_ACT = re.compile(
    r"\b(?:i (?:might|could|will|'ll)|i'm (?:going|about) to|(?:afraid|scared|worried|terrified) (?:that )?i(?:'ll| will"
    r"| might| could|'m going to)) (?:actually |really )?(?:act|do it|do something|go through|hurt|harm|kill)\b"
    r"|\b(?:nearly|almost) (?:acted|did it|hurt|harmed)\b|\bcan't (?:trust|stop|control) myself\b|\btonight\b"
    r"|\bright now\b|\b(?:want|wanted|wanting) to (?:act|do it)\b|\bplan(?:ning)? (?:to|how)\b"
)
_THOUGHT_WORD = re.compile(r"\b(?:thoughts?|thinking|think|imagin\w*|picturing|picture|images?|urges?|visuali[sz]\w*)\b")

# Matches that only name a topic ("suicide", "self harm", "crisis line", "abusive home") rather than say what
# someone feels or does. Such a mention does not count when the message places it in the past ("a past
# suicide attempt", "self harm that stopped a long time ago", "i'm ok now") or frames it as a subject of study,
# media, work or general curiosity ("a novel where the character self harms", "for a psych class"), as long
# as the message says nothing of the person's own crisis now ("i'm suicidal", "again", "lately").
_TOPIC_PATTERNS = frozenset({"suicide", "self_harm", "asks_for_crisis_line", "domestic_abuse"})
# What in the match's own sentence makes the topic someone's live wish, plan or need, whatever the frame.
_TOPIC_IN_USE = re.compile(
    r"\bsuicid\w* (?:is|feels|seems|sounds|looks|has been|keeps|would be|might be|could be)\b"
    r"|\b(?<!used to )(?<!had )(?:plan|plans|planning|considering|contemplating|thinking|think|thought|urges?|want|wanting|tempted|close to"
    r"|closer to|ready for|going to|gonna)(?: [\w']+){0,2} (?:for |of |about |to |at )?(?:commit(?:ting)? )?suicid"
    r"|\b(?:attempt|commit)(?:ing)? suicide\b|\b(?:every (?:day|night|single day|morning|evening)|constant\w*"
    r"|all the time|on my mind|only (?:way|option)|the answer|way out|for me\b|all i think|can't stop|won't stop"
    r"|getting worse|worse and worse|more and more)"
    r"|\b(?:i need|i want|i'd like|give me|send me|get me|where(?:'s| is| can i find)|can i have|can you give"
    r"|is there|find me)(?: [\w']+){0,3} (?:a |the )?(?:crisis|suicide|emergency|samaritans|lifeline|hotline"
    r"|helpline)"
)
_PAST_TOPIC = re.compile(
    r"\b(?:(?:a |my |the )?(?:past|previous|old|former|prior) (?:suicid\w*|self harm\w*|attempts?|crisis|crises)"
    r"|(?:a |my )?history of|last year|in (?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)|in my (?:\d0s|teens|twenties|thirties|forties)|(?:gone|stopped|ended|over|passed)"
    r" (?:since|for|a long time|years|months|ages|long ago)|stopped (?:a|years|months|ages|long)"
    r"|(?:i'm|i am|i've been|i feel) (?:\w+ )?(?:ok|okay|fine|better|well|stable|safe|good) now|(?:now|well) managed"
    r"|managed now|under control now|(?:not|isn't) (?:the|an|a) (?:issue|problem|thing) any ?more"
    r"|haven't (?:needed|used|had|felt) (?:it|them|any|that)(?: \w+)? (?:in|for) (?:months|years|ages|a long time)"
    r"|(?:years|months) (?:clean|free|into recovery)|into recovery|all in the past|it's in the past"
    r"|(?:i )?once had|had (?:\w+ )?(?:suicidal|self harm\w*) (?:thoughts|urges|feelings|ideation) (?:once|before|in the"
    r" past|years ago|as a \w+))\b"
)
_GENERAL_FRAME = re.compile(
    r"\b(?:films?|movies?|shows?|series|episodes?|books?|novels?|stor(?:y|ies)|characters?|songs?|lyrics?"
    r"|documentar(?:y|ies)|podcasts?|plays?|hamlet|shakespeare|news|articles?|headlines?|studying|research\w*"
    r"|papers?|essays?|presentations?|thesis|dissertation|class|course|lectures?|modules?|training (?:to be|as)"
    r"|peer support|volunteer\w*|statistics|percent|percentage|rates?|warning signs|difference between"
    r"|barriers?|book club|creative writing|watched|handled|portray\w*|depict\w*|asking for (?:a|my) \w+|who answers"
    r"|polic(?:y|ies)|procedures?|protocols?|guidelines|what happens if|training|workshops?|seminars?|webinars?"
    r"|conferences?|memoirs?|biograph\w*|autobiograph\w*|translat\w*|poems?|poetry|case stud(?:y|ies)|textbooks?"
    r"|theatre|exhibition|i work (?:in|at|on|with|for)|my (?:job|ward|placement|caseload)"
    r"|(?:i'm|i am|as|work as) an? (?:nurse|doctor|paramedic|teacher|social worker|police officer|prison officer|support"
    r" worker|carer|counsell?or|therapist|psychologist|gp|medic|midwife|youth worker|chaplain|firefighter|pharmacist)"
    r"|how do (?:\w+ ){0,2}(?:lines?"
    r"|hotlines?|helplines?) (?:\w+ )?work|in general|generally)\b"
)
# The person's own crisis, now: blocks both excuses above.
_SELF_TOPIC_NOW = re.compile(
    r"\b(?:i'm|i am|i feel|i've been|i have been|been|feeling|makes me|making me|made me|getting|becoming|am i)"
    r"(?! not\b| never\b)(?: (?!not\b|never\b)[\w']+){0,2} suicidal\b|\bsuicidal (?:again|rn|right now|tonight|today|lately|these days|now)\b"
    r"|\bi (?:still |keep |sometimes |often )?(?:self harm|sh)\b|\b(?:i'm|i've been|been|started|start) self harming\b"
    r"|\bi (?:have|get|keep having|keep getting|'m having|am having|'ve been having) (?:\w+ )?suicidal\b"
    r"|\bi'm having (?:\w+ )?suicidal\b|\bmy suicidal (?:thoughts|feelings|urges) (?:are|have been|keep)\b"
    r"|\b(?:i'm|i've been|i keep|been|can't stop|always|constantly|started) thinking (?:about|of) (?:suicide"
    r"|killing myself|ending it|self harm)\b|\b(?:i'm|we're|i am) in an abusive\b|\bi live (?:in|with) an abusive\b"
    r"|\b(?:suicid\w*|self harm\w*|myself harm\w*|urges|thoughts)(?: [\w']+){0,2} since\b|\bnever (?:stops?|went away"
    r"|goes away|go away|ends?)\b|\bwon't (?:go away|stop|leave)\b|\bregret (?:surviving|waking up|being alive|that i"
    r" survived)\b|\bwish (?:it had|i had|they hadn't) (?:worked|died|succeeded|saved me|found me)\b"
    r"|\b(?:attempt|it|overdose) failed\b"
    r"|\b(?:i|me) (?:really |still |just )?(?:want|wanted|wanting|need|urge|urges) to (?:do it|try it|start)\b"
    r"(?! (?:justice|well|right|properly|sensitively|respectfully|carefully|differently|therapy|counsel\w*|seeing|a|an"
    r"|my|the|fresh|afresh|over|working|looking|journal\w*|medication|meds|treatment|uni|school|college|work)\b)"
    r"|\b(?:came|come|coming|creeping|crept) back\b|\breturned\b|\b(?:need|needing|call|calling|ring) (?:it|them"
    r"|the \w+ line|a hotline|a helpline) (?:now|tonight|right now)\b"
    r"|\bneed (?:[\w']+ ){0,3}(?:line|hotline|helpline|number|someone|help)(?: [\w']+){0,2} (?:now|tonight|asap|urgently)\b|\bnot safe\b|\bcan't (?:cope|go on|keep going)\b"
    r"|\b(?:but|though|although)(?: [\w']+){0,2} i (?:do|still|actually|really)(?: [\w']+)? (?:have|get|feel|think"
    r"|want)\b"
    r"|\b(?:i have|i've got|i've made|i made) (?:a |the |my )?(?:plan|date|method)\b(?! (?:for|to|with|of) )"
    # "is it true you get sectioned if you say you're suicidal? because i am"
    r"|\bsuicid\w*\b.*\b(?:i am|i'm|i think i am|i might be|i probably am|i definitely am|i really am)(?= [.,]|$)"
)
# In a study, media or work frame, a sentence that still owns the topic or gives it a present predicate:
# "i self harmed after the lecture", "self harm urges are bad since that show", "domestic violence at home".
_TOPIC_OWNED = re.compile(
    # with the "i" dropped: "had suicidal thoughts all day at work"
    r"(?:^|[.,] )(?:had|have|having|get|getting|got|feeling|felt|been|am|still)(?: [\w']+){0,2} (?:suicid|self harm)\w*|"
    r"\b(?:my|i|i'm|me|i've|i'd)(?: [\w']+){0,2} (?:self harm\w*|suicid\w*|sh|cut|cutting|abusive|violent)\b|\bmyself harm"
    r"|\b(?:self harm\w*|suicid\w*)(?: (?:urges|thoughts|feelings|ideation|stuff))? (?:is|are|has|have|helps|help|keeps"
    r"|keep|getting|got|since|to cope|feels|feel|again|worse|bad)\b"
    r"|\b(?:want|need|urge|urges|going|tempted|started|start|trying not|try not) to (?:self harm|sh|cut)\b"
    r"|\b(?:domestic (?:violence|abuse)|violence|abuse|abusive|violent)\b(?: [\w']+){0,2} (?:at home|in my|in our"
    r"|with my|from my)\b"
)
# "my therapist thinks i'm suicidal, i'm not": someone else's reading, denied. Taken out before _SELF_TOPIC_NOW.
_THOUGHT_SUICIDAL_BUT_NOT = re.compile(
    r"\b(?:thinks?|thought|assumes?|assumed|believes?|decided|might think|will think|would think|worried) (?:that )?"
    r"(?:i'm|i am|i was|i might be|i may be) suicidal\b(?=.*\b(?:i'm|i am|but i'm|but i am) (?:not|really not|honestly"
    r" not|definitely not)(?= [.,]|$| (?:just|at all|suicidal|really|though|btw|i'm just|i just)\b))"
)
_DENIES_CRISIS = re.compile(
    r"\b(?:i'm|i am) (?:not|definitely not|honestly not) (?:suicidal|in crisis|in danger|at risk|unsafe)\b"
    r"|" + _THOUGHT_SUICIDAL_BUT_NOT.pattern +
    # "...if you say you're suicidal? i'm not, just curious"
    r"|\bsuicidal (?:[.,] )?(?:i'm|i am) (?:not|definitely not|honestly not)(?= [.,]|$| (?:just|btw|by the way|i'm just))"
)
_STRONG_RECENT = re.compile(
    r"\b(?:again|lately|recently|these days|right now|currently|at the moment|tonight|keep (?:thinking|wanting"
    r"|getting|having)|can't stop|still)\b"
)
# Leaving a place, not life: "moving abroad next month, saying goodbye to everyone".
_GOODBYE_TO_ALL = re.compile(r"\b(?:saying |say |said )?(?:my )?goodbyes? to (?:everyone|everybody|all|my friends)\b")
_LEAVING_PLACE = re.compile(
    r"\b(?:leaving (?:the country|the city|town|the uk|the us|home|for|in \d|next|on)|moving (?:abroad|away|out"
    r"|house|country|cities|to|in \d|next)|emigrat\w*|relocat\w*|going (?:abroad|overseas|travelling|traveling)"
    r"|(?:new|start(?:ing)? a) job in|leaving do|farewell (?:party|drinks|do|lunch|dinner)|flight|visa"
    r"|(?:my )?last day (?:at|of|in|with) (?:this|my|the|our) (?:job|work|office|school|uni|company|placement|team"
    r"|firm|shop|store)|last day at work|leaving (?:this|my|the) (?:job|company|team|school|firm)|new job|retir\w*"
    r"|handing in my notice|handed in my notice|notice period)\b"
)

# A screening questionnaire's item quoted and answered no ("the phq 9 asks if you'd be better off dead, i
# ticked never"): excuses ideation and self-harm matches whose own clause names the questionnaire, when the
# message gives a "no" answer and nothing that says the answer was not the whole truth.
_SCREENING = re.compile(
    r"\b(?:questionnaires?|forms?|surveys?|screening|screener|phq(?: ?9)?|gad ?7|core ?10|intake|assessment"
    r"|items?|questions?|tick ?box(?:es)?|box|checklist|scale)\b"
)
_SCREENING_NO = re.compile(
    r"\b(?:ticked|tick|put|circled|circle|answered|answer|chose|picked|selected|marked|mark|scored|score|wrote"
    r"|clicked|click|gave it|went with|said|answer (?:was|is)|always (?:put|tick|answer|say))(?: [\w']+){0,2}?"
    r" (?:never|not at all|no|zero|0|none|nil|a zero|a 0|none of the (?:days|time))\b"
    r"|\b(?:never|not at all|zero|0|none) (?:for|on|to) (?:that|the|this|it)\b"
)
_SCREENING_NOT_WHOLE_TRUTH = re.compile(
    r"\b(?:several days|more than half|nearly every day|most days|every day|some days|yes|lied|lying|lie"
    r"|(?:wasn't|not|weren't) (?:honest|true|truthful|the truth|accurate)|should have (?:put|ticked|said|answered)"
    r"|(?:but|though|although) (?:honestly|really|actually|truthfully|in reality|the truth is|i do|i am|i have|i did"
    r"|i want|i feel|i think|i still|i kind of|i sort of)|the truth is|truthfully|again|lately|recently|these days"
    r"|right now|at the moment|tonight|keep|can't stop|still|ever since)\b"
)
# "will they still ask about it": a question about what the asker will do, not a sign the answer was untrue.
_ASKER_STILL = re.compile(
    r"\b(?:will|would|do|does|did|can|could|should|might|is|are) (?:they|she|he|you|we|the \w+|my \w+|a \w+)"
    r" still\b"
)
# An explicit disclaimer of the crisis reading: "not in a wanting to die way", "i don't mean it in a suicidal
# sense". Excuses the matches up to the disclaimer's end, in its sentence.
_DISCLAIMER = re.compile(
    r"\b(?:not|never|nothing|don't mean (?:it|that|this)|didn't mean (?:it|that|this)|doesn't mean|isn't|wasn't"
    r"|not that|not like)(?: [\w']+){0,2}? (?:in|like) (?:a|an|the|that|any) (?:[\w']+ ){0,2}?(?:suicidal|suicide"
    r"|self harm(?:y|ing)?|sh|wanting to die|want to die|die|dying|dead|kill (?:myself|me)|killing myself"
    r"|hurt(?:ing)? myself|harm(?:ing)? myself|end (?:it|it all|my life)|ending (?:it|it all|my life)|dark|scary"
    r"|dangerous|worrying|unsafe|crisis|literal|alarming|concerning|bad|morbid|not wanting to live|not being here)"
    r" (?:kind of |sort of |type of )?(?:way|sense)\b"
    r"|\b(?:not literally|figuratively(?: speaking)?|metaphorically(?: speaking)?|(?:obviously|clearly) not"
    r" (?:literally|serious|seriously))\b"
)
# Ending therapy is this bot's work: a goodbye, last message or farewell letter addressed to a therapist, or
# said beside the end of therapy or a new therapist, is not a farewell to life (unless the message says so).
_THERAPY_WORD = (
    r"(?:therap\w*|counsell?or\w*|counselor\w*|counselling|counseling|psycholog\w*|psychiatr\w*|clinician"
    r"|key ?worker|care co ?ordinator|speciali[sz]\w*|(?:support|therapy|group) sessions?|support group|therapy group"
    r"|sessions?|appointments?)"
)
_ENDING_THERAPY = re.compile(
    rf"\b(?:to|for|with|from|in|at) (?:(?:my|our|the|her|his|their|a|this|that|these) )?(?:[\w']+ ){{0,2}}?"
    rf"{_THERAPY_WORD}\b"
    rf"|\b(?:goodbye|bye|farewell|thanks?|thank you) (?:[\w']+ )?{_THERAPY_WORD}\b"
    rf"|\b(?:last|final|ending|end of|finish\w*|stop\w*|quit\w*|leav\w*|finished with|done with) (?:[\w']+ ){{0,2}}?"
    rf"{_THERAPY_WORD}\b"
    rf"|\b(?:new|another|different|next|other) (?:[\w']+ )?(?:therapist|counsell?or|counselor|psychologist"
    rf"|psychiatrist|specialist|service|clinic)\b"
    rf"|\b(?:switch\w*|moving|move|referred|transferr?\w*|going) to (?:a |an |another |someone|somebody)"
)
# The goodbyes that are only words of parting (not "i won't be around", "when i'm gone"): these alone can belong
# to ending therapy.
_GREETING_GOODBYES = frozenset({
    "before_i_go", "last_message", "goodbye_forever", "done_goodbye", "said_my_goodbyes", "this_is_it", "note_or_will",
})
_THERAPY_IN_SENTENCE = re.compile(rf"\b{_THERAPY_WORD}\b")
# What makes a goodbye a farewell to life whoever else it names.
_FAREWELL_TO_LIFE = re.compile(
    r"\b(?:(?:won't|will not|not going to|might not|wont) be (?:here|around|alive)|when i'm gone|after i'm gone"
    r"|once i'm gone|(?:i'm|i'll be|i will be) (?:gone|dead) by|forgive me|(?:not|isn't|wasn't) (?:her|his|their|your|anyone's|anybody's)"
    r" fault|(?:tried|did) (?:her|his|their|your) best|for trying|(?:tell|thank|hug|kiss) (?:[\w']+ ){1,3}for me"
    r"|tell (?:my (?:family|kids|children|parents|mum|mom|dad|partner|husband|wife|friends|sister|brother)|everyone"
    r"|everybody|them|him|her) (?:that )?(?:i love|i loved|i'm sorry|it's not|it wasn't)|love you all|love them all"
    r"|look after my|take care of my|world|kill (?:myself|me)|killing myself|suicid\w*|die|dying|dead|end(?:ing)?"
    r" (?:it all|my life|everything)|end it(?= [.,]|$| (?:tonight|today|now|soon)\b)|pills|rope|sorry for everything"
    r"|(?:can't|couldn't|cannot) (?:go on|cope|keep going|take (?:it|this) any ?more|do (?:it|this) any ?more)"
    r"|(?:to|from|with) (?:life|this life|living|existence)|it's (?:my )?time (?:for me )?to go|no more pain"
    r"|last (?:night|day|breath) (?:of my life|on earth|alive)|(?:letters?|notes?|goodbyes?) (?:to|for) (?:my )?"
    r"(?:family|kids|children|parents|mum|mom|dad|partner|husband|wife|friends|everyone|everybody|loved ones)"
    r"|find (?:me|my body|the letters?|the notes?)|don't (?:look for|try to find) me|won't need|nothing left)\b"
)


# "i didn't say i wish i could stop existing" is as often something kept from a therapist as a denial: "didn't
# say" negates only when the message corrects what was heard ("i didn't say i was suicidal, i said stressed").
_SAY = frozenset({"say"})
_SPEECH_CORRECTED = re.compile(
    r"\b(?:i (?:just )?said (?:i was|i'm|i am|that|it|i felt|i feel)|misheard|misunderstood|misread|i meant|what i said"
    r" was|(?:thought|think|thinks) i said|twisted my words|took it the wrong way|out of context)\b"
)


# "used to think about dying": past, whatever the verb.
# Fillers that are not the present tense of anything: "not going to lie", "i'll be honest".
_USED_TO = re.compile(
    # "after i mentioned wanting to die": a past report of wanting, not wanting now.
    r"\b(?:mentioned|admitted|admitted to|confessed|confessed to|disclosed|talked about|told (?:her|him|them|my \w+)"
    r"(?: about)?) (?:me )?wanting\b|"
    r"\bused to (?:[\w']+ )?[\w']+|\b(?:i'm )?not going to lie\b|\bnot gonna lie\b|\bi won't lie\b|\bi'll be honest\b"
    r"|\bi'll admit\b|\bi have to say\b|\bi must say\b|\bi'd say\b|\bi should say\b|\bi think\b(?= [.,]|$)"
)
# A domain right after the match scopes it: "i'm done with life (academically)", "dead (socially)".
_SCOPED_AFTER = re.compile(
    r"^ (?:academically|socially|professionally|financially|romantically|musically|athletically|fashion wise"
    r"|career wise|work wise|grade wise|gpa wise|school wise|uni wise|exam wise)(?= [.,]|$| lol| haha| jk| for| right now| at the moment| tbh)"
)
# A person saying something is not their thing: "never been one for self harm", "not the type for it".
_NOT_ONE_FOR = re.compile(
    r"\b(?:never|not|wasn't|isn't|i'm not|ain't)(?: really| ever| much)?(?: been)? (?:one|the (?:type|sort|kind)"
    r"(?: of (?:person|guy|girl))?) (?:for|to go in for|into) $"
)
# A match its own sentence goes on to deny: "suicide has never crossed my mind", "hurting myself has never been my
# thing", "self harm isn't something i do". Not "has never been so tempting".
_DENIED_AFTER = re.compile(
    r" (?:(?:has|have|had|was|were|is) never (?:once |really |ever )?(?:crossed my mind|entered my (?:mind|head)|come up"
    r"|occurred to me|been (?:an? (?:issue|problem|option|thing|concern)|my thing|something i(?:'ve)? (?:do|did|done"
    r"|considered|thought about|struggled with|wanted)|on my mind|part of (?:my|the) picture|for me|me))"
    r"|(?:isn't|is not|wasn't|was not|hasn't been|has not been|'s not) (?:really |ever )?(?:an? (?:issue|problem|option"
    r"|thing|concern)|my thing|something i (?:do|did|struggle with|think about|consider|want)|on my mind|for me"
    r"|part of it|me))\b"
)
# A clause that speaks in the present is never "just the past".
_PRESENT_IN_CLAUSE = re.compile(
    r"\b(?:i'm|am|is|are|he's|she's|they're|we're|want|wants|wanting|going to|will|i'll|keep|keeps|thinking"
    r"|think|feel|feels|(?<!\ba )(?<!\bthe )plan|planning|should|might|need|getting|starting|now)\b"
    r"|\b(?:have|has|got|i've) (?:a |the )?plan\b"
)


# A long message is read in overlapping pieces of at most PIECE_CHARS, so that
# no pattern ever scans more than a piece. The overlap is longer than a crisis
# sentence usually is, so each such sentence lies whole in some piece; a piece
# cut mid-sentence can only lose the context that would have excused a match
# (a negation, an idiom), which errs towards a false alarm, never a miss.
PIECE_CHARS = 600
PIECE_OVERLAP = 200
# Checking a piece costs up to about 3 ms (a piece dense with crisis words, none
# of which counts). To keep a 20,000-character message well under 100 ms, at
# most this many pieces are checked: every piece of a message up to about 4,000
# characters (Telegram's limit is 4,096), beyond that the pieces with the most
# crisis vocabulary. The ML intent classifier still reads the whole message.
MAX_PIECES_CHECKED = 10


def detect_crisis(text: str) -> CrisisMatch | None:
    """The first counted crisis match in `text`, or None."""
    return check_crisis(text).match


def check_crisis(text: str) -> CrisisCheck:
    """The first counted crisis match in `text`; when there is none, the first match that was excused."""
    pieces = [
        [(form, seen_in(form, _CLUE_FRAGMENTS)) for form in normalise(piece, _SPELLER)]
        for piece in dict.fromkeys(_pieces(text or ""))  # a message that repeats itself: each piece once
    ]
    if len(pieces) > MAX_PIECES_CHECKED:
        pieces = sorted(pieces, key=_crisis_vocabulary, reverse=True)[:MAX_PIECES_CHECKED]
    excused: Excused | None = None
    for forms in pieces:
        for form, seen in forms:
            found, excuse = _first_counted_match(form, seen)
            if found is not None:
                return CrisisCheck(found, None)
            excused = excused or excuse
    return CrisisCheck(None, excused)


def _crisis_vocabulary(forms: list[tuple[str, frozenset[str]]]) -> int:
    """How many of all the patterns' clue strings a piece shows, in its likeliest form."""
    return max(len(_ALL_CLUE_KEYS.intersection(seen)) for _, seen in forms)


def _pieces(text: str) -> Iterator[str]:
    """`text` cut into pieces of at most PIECE_CHARS, overlapping by PIECE_OVERLAP, at whitespace."""
    start = 0
    while True:
        if len(text) - start <= PIECE_CHARS:
            yield text[start:]
            return
        end = text.rfind(" ", start + PIECE_CHARS - PIECE_OVERLAP, start + PIECE_CHARS)
        end = end if end > start else start + PIECE_CHARS
        yield text[start:end]
        next_start = text.find(" ", end - PIECE_OVERLAP, end)
        start = next_start + 1 if next_start >= 0 else end - PIECE_OVERLAP


# A longer text is not scanned whole by every pattern whose clue it shows, but
# only around the sentences that show it (with one sentence either side).
SCAN_WHOLE_UP_TO = 300


def _first_counted_match(text: str, seen: frozenset[str]) -> tuple[CrisisMatch | None, Excused | None]:
    """The first match that counts, else (None, the first excused match). `seen`: seen_in(text, _CLUE_FRAGMENTS)."""
    context: _Context | None = None  # built on the first match only: most messages have none
    excused: Excused | None = None
    sentences = _ClueSentences(text) if len(text) > SCAN_WHOLE_UP_TO else None
    whole = ((0, len(text)),)
    for pattern in PATTERNS:
        if pattern.clue_keys and pattern.clue_keys.isdisjoint(seen):
            continue
        spans = sentences.around(pattern.clue_keys) if sentences is not None and pattern.clue_keys else whole
        for start, end in spans:
            for match in pattern.regex.finditer(text, start, end):
                context = context or _Context(text)
                reason = context.excuse(pattern, match)
                if reason is None:
                    return CrisisMatch(pattern.category, pattern.name), None
                excused = excused or Excused(pattern.category, pattern.name, reason)
    return None, excused


class _ClueSentences:
    """The sentences of a text, to find the spans where a pattern's clue strings occur."""

    def __init__(self, text: str) -> None:
        self._text = text
        breaks = list(_SENTENCE_BREAK.finditer(text))
        self._starts = [0] + [b.end() for b in breaks]
        self._ends = [b.start() for b in breaks] + [len(text)]

    def around(self, keys: frozenset[str]) -> list[tuple[int, int]]:
        """(start, end) spans covering each sentence where one of `keys` occurs, and its two neighbours."""
        marked: set[int] = set()
        for key in keys:
            position = self._text.find(key)
            while position >= 0:
                sentence = bisect.bisect_right(self._starts, position) - 1
                marked.update((sentence - 1, sentence, sentence + 1))
                position = self._text.find(key, position + 1)
        spans: list[tuple[int, int]] = []
        for sentence in sorted(s for s in marked if 0 <= s < len(self._starts)):
            if spans and sentence - 1 in marked:
                spans[-1] = (spans[-1][0], self._ends[sentence])
            else:
                spans.append((self._starts[sentence], self._ends[sentence]))
        return spans


class _Context:
    """What around a match can excuse it: its sentence, its clause, the message's tense."""

    def __init__(self, text: str) -> None:
        self._sentences = _Breaks(text, _SENTENCE_BREAK)
        self._clauses = _Breaks(text, _CLAUSE_BREAK)
        now_ok = _NOW_OK.search(text) is not None
        without_recoveries = _RECOVERING_AGAIN.sub(" ", text)
        strong_recent = _STRONG_RECENT.search(without_recoveries) is not None
        recent = _RECENT.search(_NOW_OK.sub(" ", without_recoveries))
        self._only_past = recent is None and (
            _DISTANT_PAST.search(text) is not None or (now_ok and _PAST_WITH_NOW_OK.search(text) is not None)
        )
        self._someone_else_recovered = _SOMEONE_ELSE_RECOVERED.search(text) is not None
        self._resolved = recent is None and (
            (_ONCE.search(text) is not None and _RESOLUTION.search(text) is not None)
            or _ASKED_AND_DENIED.search(text) is not None
        )
        self._screened_no = (
            _SCREENING_NO.search(text) is not None
            and _SCREENING_NOT_WHOLE_TRUTH.search(_ASKER_STILL.sub(" ", text)) is None
        )
        self._farewell_to_life = _FAREWELL_TO_LIFE.search(text) is not None
        self._speech_corrected = _SPEECH_CORRECTED.search(text) is not None
        self._self_topic_now = _SELF_TOPIC_NOW.search(_THOUGHT_SUICIDAL_BUT_NOT.sub(" ", text)) is not None
        self._past_topic = recent is None and (self._only_past or _PAST_TOPIC.search(text) is not None)
        self._general_frame = (
            _GENERAL_FRAME.search(text) is not None and not strong_recent
        )
        self._leaving_place = _LEAVING_PLACE.search(text) is not None and (
            _FAREWELL_TO_LIFE.search(_GOODBYE_TO_ALL.sub(" ", text)) is None
        )
        self._denies_crisis = _DENIES_CRISIS.search(text) is not None
        self._me_too = _ME_TOO.search(text) is not None
        self._story = (
            _STORY_ABOUT.search(text) is not None
            and not self._me_too
            and not strong_recent
            and not self._self_topic_now
        )
        self._intrusive_disowned = (
            _INTRUSIVE.search(text) is not None and _WONT_ACT.search(text) is not None and _MIGHT_ACT.search(text) is None
        )

    def excuse(self, pattern: CrisisPattern, match: re.Match[str]) -> str | None:
        """Why this match does not count, or None if it does."""
        if pattern.unless is not None and pattern.unless.search(self._sentences.around(match)) and not (
            # "a suicide prevention training, and now i'm suicidal myself": the topic's own crisis, now.
            pattern.name in _TOPIC_PATTERNS and self._self_topic_now
        ):
            return IDIOM
        if _is_negated(self._clauses.before(match), also_through=_SAY if self._speech_corrected else frozenset()):
            return NEGATED
        if (pattern.category == NOT_IN_ENGLISH or pattern.name == "suicide") and _foreign_negated(
            self._clauses.before(match)
        ):
            return NEGATED
        if self._disclaimed(match):
            return DISCLAIMED
        rest_of_clause = self._clauses.after(match)
        if _DENIED_AFTER.match(rest_of_clause):
            return NEGATED
        # "i'm done with life (academically)": a scope right after the words limits them to one domain.
        if _SCOPED_AFTER.match(rest_of_clause):
            return IDIOM
        # "never been one for self harm", "i'm not the type for cutting".
        if _NOT_ONE_FOR.search(" ".join(self._clauses.before(match)[-8:]) + " "):
            return NEGATED
        if (
            self._screened_no
            and pattern.category in (SUICIDAL_IDEATION, SELF_HARM)
            and _SCREENING.search(self._clauses.around(match))
        ):
            return RESOLVED
        if self._ending_therapy(pattern, match):
            return ENDING_THERAPY
        if self._resolved:
            return RESOLVED
        if self._intrusive_disowned and pattern.category in (HARM_TO_OTHERS, SELF_HARM, SUICIDAL_IDEATION) and (
            _THOUGHT_WORD.search(match.group()) or _INTRUSIVE.search(self._sentences.around(match))
        ):
            return RESOLVED
        if self._denies_crisis and pattern.name in _TOPIC_PATTERNS and not self._self_topic_now:
            return NEGATED
        if (
            pattern.name in _TOPIC_PATTERNS
            and not self._self_topic_now
            and not _TOPIC_IN_USE.search(self._sentences.around(match))
        ):
            if self._past_topic:
                return CALM_PAST
            if self._general_frame and not _TOPIC_OWNED.search(self._sentences.around(match)):
                return NOT_ABOUT_ME
        if self._only_past and not _PRESENT_IN_CLAUSE.search(_USED_TO.sub(" ", self._clauses.around(match))):
            return CALM_PAST
        if self._story and not _FIRST_PERSON_OR_MINE.search(self._clauses.around(match)):
            sentence_start, sentence = self._sentences.start_and_text(match)
            if _STORY_ABOUT.search(sentence[: match.start() - sentence_start]):
                return NOT_ABOUT_ME
        if not _FIRST_PERSON.search(self._clauses.around(match)) and not self._self_topic_now and not self._me_too and (
            _ASKING_IN_GENERAL.search(self._sentences.around(match)) or self._someone_else_recovered
        ):
            return NOT_ABOUT_ME
        return None


    def _disclaimed(self, match: re.Match[str]) -> bool:
        """The match's sentence disclaims the crisis reading at or after the match ("not in a wanting to die way")."""
        sentence_start, sentence = self._sentences.start_and_text(match)
        return any(
            disclaimer.end() + sentence_start >= match.end()
            for disclaimer in _DISCLAIMER.finditer(sentence)
        )

    def _ending_therapy(self, pattern: CrisisPattern, match: re.Match[str]) -> bool:
        """A goodbye or farewell letter that belongs to ending therapy, in a message that says nothing final."""
        if pattern.name not in _GREETING_GOODBYES or "suicid" in match.group():
            return False
        if self._leaving_place:
            return True
        if self._farewell_to_life:
            return False
        sentence = self._sentences.around(match)
        return _THERAPY_IN_SENTENCE.search(sentence) is not None and _ENDING_THERAPY.search(sentence) is not None


def _foreign_negated(words_before: Sequence[str]) -> bool:
    """A negation in another language governs the match: "nao estou pensando em me matar", "no tengo pensamientos"."""
    for word in reversed(words_before[-_NEGATION_REACH:]):
        if word in _FOREIGN_NEGATORS:
            return True
        if word not in _FOREIGN_CARRIES:
            return False
    return False


def _is_negated(words_before: Sequence[str], also_through: frozenset[str] = frozenset()) -> bool:
    """True if a negator governs what follows: "i'm not suicidal", "would never kill myself".

    Only the last few words of the clause count, and every word between the
    negator and the match must be one a negation reaches across, so that
    "i'm not ok i want to die" is not read as negated.
    """
    window = words_before[-_NEGATION_REACH:]
    for distance, word in enumerate(reversed(window)):
        previous = window[-distance - 2] if distance + 1 < len(window) else ""
        if word == "nothing" and distance > 0 and window[-distance] in ("like", "to"):
            return True  # "nothing like self harm", "nothing to do with wanting to die"
        if word in _NEGATORS or (word == "longer" and previous == "no"):
            # "i can't trust myself not to hurt myself" is a warning, not a denial.
            return previous not in ("myself", "yourself")
        if word in ("no", "zero") and (distance == 0 or window[-distance] in _DENIABLE):
            return True
        if word not in _NEGATION_CARRIES and word not in also_through:
            return False
    return False


class _Breaks:
    """Sentence or clause boundaries of a text, for locating a match's context."""

    def __init__(self, text: str, breaks: re.Pattern[str]) -> None:
        self._text = text
        spans = [(m.start(), m.end()) for m in breaks.finditer(text)]
        self._starts: list[int] = [start for start, _ in spans]
        self._ends: list[int] = [end for _, end in spans]

    def _start_of(self, position: int) -> int:
        index = bisect.bisect_right(self._ends, position) - 1
        return self._ends[index] if index >= 0 else 0

    def _end_of(self, position: int) -> int:
        index = bisect.bisect_left(self._starts, position)
        return self._starts[index] if index < len(self._starts) else len(self._text)

    def around(self, match: re.Match[str]) -> str:
        return self._text[self._start_of(match.start()):self._end_of(match.end())]

    def start_and_text(self, match: re.Match[str]) -> tuple[int, str]:
        start = self._start_of(match.start())
        return start, self._text[start:self._end_of(match.end())]

    def before(self, match: re.Match[str]) -> list[str]:
        return self._text[self._start_of(match.start()):match.start()].split()

    def after(self, match: re.Match[str]) -> str:
        return self._text[match.end():self._end_of(match.end())]
