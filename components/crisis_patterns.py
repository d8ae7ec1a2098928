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
    says nothing in the present ("i want", "i'm", "keep"...).

When in doubt a pattern fires: a false alarm shows crisis lines to someone
who did not need them, a miss leaves someone in danger without them.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from components.crisis_text import normalise

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


@dataclass(frozen=True)
class CrisisMatch:
    category: str
    pattern: str


def _p(category: str, name: str, regex: str, unless: str | None = None) -> CrisisPattern:
    return CrisisPattern(category, name, re.compile(regex), re.compile(unless) if unless else None)


def _words(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


# --- shared vocabulary --------------------------------------------------------

# "die" except in idioms: die of embarrassment, die laughing, dying to start.
DIE = (
    r"die(?! (?:of|from) (?:embarrassment|shame|cringe|laughter|laughing|boredom|jealousy|envy|"
    r"curiosity|excitement|happiness|cuteness|old age)| laughing| a little)"
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
PERPETRATOR = rf"(?:\b(?:he|she|they|someone|somebody|a man|a guy)\b|\bmy (?:[\w']+ )?{KIN}\b)"
YOUNG = _words(
    "kids?", "children", "child", "baby", "babies", "toddler", "son", "daughter", "little brother",
    "little sister", "siblings", "step ?son", "step ?daughter", "step ?kids?", "niece", "nephew",
)
DRUGS = _words(
    "pills", "pill", "tablets", "tablet", "meds", "medication", "medications", "medicine", "painkillers", "pain killers",
    "paracetamol", "tylenol", "acetaminophen", "ibuprofen", "aspirin", "xanax", "valium", "diazepam",
    "benzos", "sleeping pills", "sleeping tablets", "antidepressants", "sertraline", "fluoxetine",
    "citalopram", "insulin", "oxy", "oxycodone", "opioids", "codeine", "co codamol", "cocodamol",
    "tramadol", "lithium", "quetiapine", "seroquel", "zopiclone", "amitriptyline", "sleepers",
)
LOTS_OF = _words(
    r"[5-9]", r"[1-9]\d+", "too many", "way too many", "a lot of", "lots of", "loads of", "a load of",
    "a bunch of", "a handful of", "handfuls of", "a bottle of", "a whole bottle of", "a box of",
    "a packet of", "a pack of", "a whole pack of", "all of", "all", "the rest of", "an entire",
    "the whole", "heaps of", "a ton of", "tons of", "several", "dozens of", "ten", "fifteen",
    "twenty", "thirty", "forty", "fifty", "a hundred", "every",
)
WHOSE = r"(?:(?:my|his|her|the|these|those|some of my|some of the) )?(?:(?:\w+'s|my \w+'s) )?"
HIGH_PLACE = _words(
    "bridge", "building", "roof", "rooftop", "cliff", "balcony", "ledge", "overpass", "tower",
    "car park", "parking garage", "parking structure", "multi storey", "window", "skyscraper",
    "top floor", "flyover", "motorway bridge", "dam",
)
VEHICLE = _words("train", "bus", "car", "truck", "lorry", "tram", "traffic", "subway", "tube")
THERAPY = r"\b(?:therap\w*|counsel\w*|psycholog\w*|psychiatr\w*|sessions?|appointments?)\b"

# --- the patterns ---------------------------------------------------------------

PATTERNS: tuple[CrisisPattern, ...] = (
    # Suicidal ideation, direct.
    _p(SUICIDAL_IDEATION, "kill_myself", r"\bkill(?:ing)? myself\b",
       unless=r"\bcould (?:\w+ )?kill myself (?:for|over|because|when)\b|\bkill(?:ing)? myself laughing\b"
              r"|\bkill(?:ing)? myself (?:with|over|at) (?:work|homework|studying|revision|training|"
              r"deadlines|overtime|the gym|exercise)"),
    _p(SUICIDAL_IDEATION, "slang_kms", r"\bkms\b", unless=r"\d ?kms\b|\bkms (?:away|from|per|an hour|a day|of)\b"),
    _p(SUICIDAL_IDEATION, "slang_kys_self",
       r"\bi(?:'m going to|'m about to|'ll| should| might| could| want to| need to| have to| just| literally"
       r"| really| honestly| gotta| got to)(?: just| literally| really| honestly| actually| probably)? kys\b"
       r"|\bkys myself\b|\btime to kys\b"),
    _p(SUICIDAL_IDEATION, "slang_unalive", r"\bunaliv(?:e|ing|ed)\b",
       unless=r"\bunalived (?:himself|herself|themselves)\b"),
    _p(SUICIDAL_IDEATION, "slang_off_myself",
       r"\b(?:to|going to|want to|i'll|will|should|might|gonna) (?:just )?off myself\b"),
    _p(SUICIDAL_IDEATION, "slang_delete_myself",
       r"\b(?:want to|going to|should|wish i could|i'll) (?:just )?delete myself\b(?! from)"),
    _p(SUICIDAL_IDEATION, "slang_rope",
       r"\b(?:want to|going to|should|might|i'll|about to|time to|gonna) (?:just )?rope(?: myself)?\b(?! \w)"),
    _p(SUICIDAL_IDEATION, "end_my_life", r"\b(?:end|ending|ended|take|taking|took) my (?:own )?life\b",
       unless=r"\b(?:tak(?:e|ing)|took) my (?:own )?life (?:back|in (?:a|another|a new) direction|into my own hands"
              r"|seriously|more seriously)"),
    _p(SUICIDAL_IDEATION, "suicide",
       r"\bsuicid(?:e|al|ally)\b",
       unless=r"\bsuicid\w* (?:isn't|is not|has never been|was never|wasn't) (?:something|an issue|a thing|a"
              r" concern|what|part of|on my mind)|(?:died|death|dying|lost (?:\w+ ){0,3}to|committed|commited|took (?:his|her|their) (?:own )?life)"
              r"(?: by| of| from| to)? suicide\b(?! (?:too|as well))"
              r"|\bsuicide (?:prevention|awareness|squad|rates?|statistics|bombers?|doors?|mission|loss|survivors? of)"
              r"|\bask(?:s|ed|ing)?(?: me| you| clients| people| patients| everyone)? (?:if|whether|about)\b"
              r"(?: i| you| we| they)?(?:'m| am| was| were| are| have| had| feel| felt| ever)?(?: \w+)? suicid"
              r"|\b(?:screening|questionnaire|forms?|assessment) (?:\w+ ){0,3}suicid"
              r"|\bsuicid\w* (?:screening|questions?|questionnaire|assessment|risk assessment)"),
    _p(SUICIDAL_IDEATION, "lied_about_suicidal",
       r"suicid\w*(?: [a-z']+){0,8} (?:i|and i|but i) (?:lied|didn't tell (?:her|him|them)|said no but|wasn't honest)"),
    _p(SUICIDAL_IDEATION, "want_to_die",
       rf"\b(?:want|wanted|wanting|wish|wished|wishing|need|ready|going|deserve|deserved|hope|hoping|pray"
       rf"|praying|long|longing|'d like|would like|'d rather|rather|prefer|plan|planning|about|decided) to"
       rf" (?:just |simply |finally |quietly |all |really |actually )?(?:{DIE}|be dead|not be alive|stop living"
       rf"|not exist|stop existing|cease to exist|not be here|not be around|no longer exist|be unalive"
       rf"|be gone(?! (?:from|by|before|for|on|in|at|when|till|until|so))|go to sleep forever"
       rf"|stop breathing(?! (?:so|too) (?:fast|quickly|heavily)| like this| through| heavily))\b",
       unless=r"\b(?:we|we're|everyone|everybody|all of us|people|you|we all)\b(?: \w+){0,3} going to die"
              r"|to die (?:eventually|someday|some day|one day|at some point|in my sleep at|peacefully at)"
              r"|going to die if i (?:have to|need to|don't get (?:a|my|some) (?:coffee|snack|nap))"),
    _p(SUICIDAL_IDEATION, "wish_dead",
       rf"\bwish (?:that )?i (?:was|were|could be|'d be|would be) dead\b|\bwish (?:that )?i (?:could |would |'d )?"
       rf"(?:just )?{DIE}\b|\bwish (?:that )?i(?:'d| had)? never (?:been born|existed|woken up|woke up)\b"
       rf"|\bwish i (?:wasn't|weren't) (?:alive|here|born)\b|\bwish (?:that )?i (?:was|were) never born\b"),
    _p(SUICIDAL_IDEATION, "hope_i_die",
       rf"\b(?:hope|hoping|pray|praying|wish) (?:that )?i (?:just )?(?:{DIE}|don't wake up|won't wake up"
       rf"|never wake up|get hit by|don't make it|don't survive|wouldn't wake up)"
       rf"|\b(?:hope|hoping|pray|praying|wish) (?:that )?(?:a|some|the) (?:car|bus|truck|train|lorry|plane)"
       rf" (?:would |will |just )?(?:hits?|runs? me over|kills?|crash(?:es)?) (?:me|into me)?"),
    _p(SUICIDAL_IDEATION, "should_die",
       rf"\bi (?:should|deserve to|ought to|need to|might as well|may as well) (?:just )?(?:{DIE}|be dead"
       rf"|not be here|not exist|not be alive|disappear forever)\b"),
    _p(SUICIDAL_IDEATION, "better_off_dead",
       r"\bbetter off dead\b|\b(?:'d|would) rather (?:be dead|{die})\b".replace("{die}", DIE),
       unless=r"(?:better off dead|rather (?:be dead|die)) than (?:go|going|see|seeing|tell|telling|talk|"
              r"talking|sit|sitting|do|doing|ask|asking|admit|admitting|call|calling|say|saying|share|sharing|"
              r"email|text|book|wear|eat|listen)"),
    _p(SUICIDAL_IDEATION, "dont_want_to_live",
       r"\b(?:don't|never|no longer|not sure (?:if |whether )?i|don't know (?:if|whether|why) i|don't think i"
       r"|can't say i|not certain i|barely) (?:even |really |actually |still |honestly )?(?:want|wish|care)"
       r" to (?:live(?! (?:with|in|at|there|here|near|alone|together|under|on|by|close|so far|next|abroad"
       r"|somewhere|that close))|be alive|exist|keep living|go on living|carry on living|continue living|wake up"
       r"|be here (?:anymore|any more|any longer|now|on this earth|in this world)|be around (?:anymore|any more"
       r"|any longer)|go on (?:anymore|any more|any longer)|be on this earth|be in this world)\b",
       unless=r"wake up (?:early|at \d|at [a-z]+ ?(?:am|o'clock)|so early|that early|before|for (?!ever\b)|in time"
              r"|on time|to (?:go|do)|and go)"),
    _p(SUICIDAL_IDEATION, "dont_care_if_i_die",
       rf"\b(?:don't|wouldn't|won't|no longer) (?:care|mind) (?:if|whether) i (?:{DIE}|died|live|wake up|make"
       rf" it|'m alive|exist|get hurt|get killed|didn't wake up|never woke up|got hit|was gone|wasn't here"
       rf"|never wake up)\b"),
    _p(SUICIDAL_IDEATION, "no_reason_to_live",
       r"\b(?:no|nothing|zero|not a single|not one|not any) (?:\w+ )?(?:reason|point|purpose|will) (?:to|in|of|for)"
       r" (?:live|living|being alive|going on|carrying on|keep going|keeping going|existing|staying alive"
       r"|be alive|wake up|waking up|life)\b"
       r"|\bnothing (?:left )?to live for\b|\bno will to live\b|\blost (?:the|my|all) will to live\b"
       r"|\bwhat's (?:even |really |actually )?the point (?:of|in) (?:living|life|being alive|going on|carrying on|staying alive|existing"
       r"|it all|anything anymore)\b"
       r"|\b(?:don't|can't|no longer) see (?:the|any) (?:point|reason) (?:in|of|to) (?:living|life|going on"
       r"|carrying on|being alive|anything anymore|existing|trying anymore|keep going|staying alive)\b",
       unless=r"(?:going on|carrying on|keep going) (?:with|seeing|to) (?:therapy|her|him|them|sessions|this"
              r"|that|the)"),
    _p(SUICIDAL_IDEATION, "life_not_worth_living",
       r"\blife (?:isn't|is no longer|doesn't feel|doesn't seem|hasn't been|isn't even) (?:\w+ )?worth"
       r" (?:living|it)\b|\bnot worth living\b|\bno longer worth living\b"),
    _p(SUICIDAL_IDEATION, "tired_of_living",
       r"\b(?:tired|sick|exhausted|done|finished) (?:of|with) (?:living|being alive|life|existing|this life"
       r"|being here|everything and everyone|it all)\b",
       unless=r"\b(?:life|my life) (?:admin|stuff|chores|coach|coaching|insurance)"),
    _p(SUICIDAL_IDEATION, "cant_go_on",
       r"\bcan't (?:go on|keep going|carry on|keep living|live like this|live anymore|do life|keep doing life"
       r"|stay alive|survive this|go on living)\b",
       unless=r"(?:go on|keep going|carry on) (?:with|seeing|paying|pretending|going|to|like that with)"
              r"|live like this (?:with|in (?:this|my) (?:flat|house|job))"),
    _p(SUICIDAL_IDEATION, "want_it_to_end",
       r"\bwant (?:it all|everything|all of it|all this|all of this|the pain|my life|life|it) to (?:end|stop|be over)"
       r" (?:for good|forever|permanently|now)\b"
       r"|\bwant (?:it all|everything|all of it|all this|all of this|my life|life) to (?:end|stop|be over)\b"
       r"|\bwant it to (?:end|be over)\b(?! (?:well|nicely|on good terms|soon so|properly|without|with))",
       unless=THERAPY),
    _p(SUICIDAL_IDEATION, "end_it_all",
       r"\bend(?:ing|ed)? (?:it all|everything|things for good|it for good|it once and for all|it tonight"
       r"|it today|it now|it right now|my suffering|the pain for good|things tonight|things today|things this"
       r" weekend|it this weekend|it soon)\b",
       unless=r"\bend(?:ing)? (?:everything|things|it)(?: for good| now| tonight| today| this weekend| soon)?"
              r" (?:with|between)"),
    _p(SUICIDAL_IDEATION, "end_it",
       r"\b(?:to|about|of|just|i'll|i will|should i|i should) end(?:ing)? it\b",
       unless=r"end(?:ing)? it (?:with|off|there|here|for (?:today|now|tonight|the day)|early|on (?:a|good)|politely"
              r"|nicely|properly|kindly|respectfully|gracefully|well|by (?:email|text|message|phone|letter)"
              r"|over (?:email|text|the phone)|via|in person|in (?:our|the|my) (?:next |last )?session"
              r"|at (?:our|the|my) (?:next |last )?(?:session|appointment)|after (?:\w+ ){0,2}(?:sessions?"
              r"|weeks?|months?|appointments?)|before (?:our|the|my) next)"
              r"|how (?:do|should|can|would|could|did) (?:i|you|we) (?:\w+ )?end(?:ing)? it"),
    _p(SUICIDAL_IDEATION, "not_wake_up",
       r"\b(?:sleep|go to sleep|fall asleep|close my eyes|go to bed) and (?:never|not) (?:wake up|open them)"
       r"|\bsleep forever\b|\bnever wake up\b|\bnot (?:to )?wake up\b(?! (?:late|early|on time|in time))",
       unless=r"never wake up (?:before|early|on time|in time|without|until|till)"),
    _p(SUICIDAL_IDEATION, "better_off_without_me",
       r"\b(?:better off|better|happier|easier|fine|lighter) (?:\w+ ){0,3}without me\b(?! (?:as a|in (?:the|her|his)"
       r"|there|at|on the))"
       r"|\b(?:better off|easier|better|happier|relieved|glad|happy|fine|lighter|free) (?:for (?:everyone|everybody|all of them|my family|them|people"
       r"|the world) )?if i (?:just )?(?:died|was dead|were dead|wasn't here|wasn't around|weren't here"
       r"|disappeared|was gone|were gone|didn't exist|killed myself|never existed|wasn't alive|weren't alive)\b",
       unless=r"(?:disappeared|was gone|were gone|wasn't here) (?:from|for the|for a|for the weekend|on holiday"
              r"|at|to)|\b(?:therapist|counsellor|counselor|group|class|team)\b(?: \w+){0,4} without me"),
    _p(SUICIDAL_IDEATION, "nobody_would_care",
       r"\b(?:no one|nobody) (?:would|will|'d|is going to|even) (?:\w+ )?(?:care|notice|miss me|mind|cry)"
       r"(?: \w+){0,2} if i (?:died|was dead|were dead|killed myself|disappeared|was gone|were gone|wasn't here"
       r"|weren't here|ended it|didn't wake up|wasn't alive)\b"
       r"|\b(?:no one|nobody) (?:would|will) (?:even )?(?:miss me|notice i'm gone|come to my funeral)\b"
       r"|\b(?:no one|nobody) (?:\w+ )?(?:cares|gives a \w+|would care) (?:if|whether) i (?:live or die|lived or"
       r" died|die|died|exist)\b",
       unless=r"if i (?:stopped|quit|left|skipped|didn't (?:go|show|come)|cancelled)|(?:disappeared|was gone) from"),
    _p(SUICIDAL_IDEATION, "thoughts_of_dying",
       r"\b(?:thought|thoughts|thinking|think|thinks|fantasi[sz]e|fantasi[sz]ing|dream|dreaming|obsess|obsessing"
       r"|urges?|imagine|imagining)(?: a lot| so much| constantly| all the time| more and more| non stop| often)?"
       r" (?:about|of) (?:killing myself|dying|ending my life|not being here|not being"
       r" alive|not existing|disappearing forever|hanging myself|overdosing|taking my life|taking all my"
       r" \w+|being dead|my (?:own )?death|my (?:own )?funeral|my suicide|how i'd die|how to die|ways to die"
       r"|dying in my sleep)\b|\b(?:imagin(?:e|ing)|picturing|planning|plan) my (?:own )?funeral\b",
       unless=r"dying (?:my|her|his|their) hair"),
    _p(SUICIDAL_IDEATION, "death_as_way_out",
       r"\b(?:only|best|easiest|last|one) (?:way out|escape|option|answer|solution|way to stop (?:this|the pain))"
       r" (?:left )?(?:is|would be|seems to be|feels like) (?:death|dying|to die|suicide|killing myself|ending it"
       r"|ending my life)\b|\bno (?:other )?way out (?:except|but|other than|apart from) (?:dying|death|suicide|to"
       r" die|killing myself|ending it)\b|\bdeath (?:is|seems like|feels like|would be) (?:the|my) (?:only|best|easiest)"
       r" (?:way out|option|escape|answer)\b|\bdeath would be (?:a )?(?:relief|a release|peaceful|better than"
       r" this)\b"),
    _p(SUICIDAL_IDEATION, "feel_like_dying",
       r"\bfeel (?:like|as if) (?:dying|ending it|ending my life|giving up on (?:life|living)|i (?:want|need)"
       r" to die)\b(?! (?:my|her|his) hair)|\bwant out of (?:life|this life|living|existence|this world)\b"
       r"|\bgiv(?:e|ing|en) up on (?:life|living|staying alive)\b"),
    _p(SUICIDAL_IDEATION, "will_be_dead",
       r"\b(?:i'll|ill|i will|i'm going to|i might|i may|i could|i'd) (?:soon )?be dead (?:by|before|soon|tomorrow"
       r"|tonight|in a|within|this time)\b"),
    _p(SUICIDAL_IDEATION, "cant_stay_safe",
       r"\bcan't (?:keep|stay) (?:myself )?safe\b|\bdon't (?:think|know if) i can (?:keep|stay) (?:myself )?safe"
       r"\b|\b(?:might|going to|afraid i'll|scared i'll|worried i'll|about to|i'll) do something (?:stupid"
       r"|drastic|dangerous|to myself|i can't take back|permanent)\b",
       unless=r"something (?:stupid|drastic|dangerous) (?:like|such as) (?!kill|hurt|cut|end|overdos|jump)"
              r"|(?:text|call|message|email|buy|quit|say) (?:\w+ ){0,3}something stupid"),
    _p(SUICIDAL_IDEATION, "no_future",
       r"\b(?:don't|can't) (?:see|imagine|picture) myself (?:being |still )?(?:alive|living|surviving|around)"
       r" (?:next|in|by|much|for|past|at|this time)\b"
       r"|\btonight(?:'s| is) (?:the night|when i (?:finally )?do it)\b|\bfinally (?:do it|go through with it)"
       r" (?:tonight|today|this weekend)\b",
       unless=r"\b(?:date|party|game|concert|premiere|show|match|finale|gig|exciting|excited|proposal|propose"
              r"|ask (?:her|him|them) out|tell (?:her|him|them|my therapist)|book|booking)\b"),
    _p(SUICIDAL_IDEATION, "what_if_i_was_gone",
       r"\bwhat if i (?:just )?(?:didn't exist|wasn't here|weren't here|died|was gone|were gone|ended it|killed"
       r" myself|wasn't alive|weren't alive|never woke up|didn't wake up)\b"),
    _p(SUICIDAL_IDEATION, "disappear_forever",
       r"\b(?:disappear|disappearing|disappeared|vanish|vanishing) (?:for good|forever|permanently|off the face"
       r" of the earth)\b|\bdisappear and never come back\b",
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
       rf"|hiding|counted out|lined up|set aside|put aside) (?:up )?(?:all )?(?:of )?(?:my |some |enough |the"
       rf" |a lot of |loads of |lots of |a bunch of |a stash of |a stack of )?(?:(?:sleeping|pain|heart|"
       rf"anxiety|old|spare|prescription|leftover|mum's|dad's) )?{DRUGS}\b"
       rf"|\b{DRUGS} (?:\w+ ){{0,2}}(?:saved|saved up|stockpiled|stashed|hoarded|hidden away|lined up|set aside"
       rf"|counted out)\b"
       rf"|\b(?:have|got|bought|buying|getting|found|collected|enough) enough (?:\w+ )?{DRUGS} (?:to|for)\b"
       rf"(?! last)"),
    _p(PLAN_OR_MEANS, "means_at_hand",
       rf"\b(?:{DRUGS}|rope|knife|blade|blades|razor|razors|gun|noose|pill bottle|bottle of pills)"
       rf" (?:are |is )?(?:in front of me|in my hand|next to me|right here|beside me|ready|laid out"
       rf"|on the table in front of me|all lined up)\b",
       unless=r"ready (?:at|for) (?:the )?(?:pharmacy|chemist|collection|pick ?up)"),
    _p(PLAN_OR_MEANS, "rope_noose",
       r"\b(?:bought|buy|buying|got|have|found|tied|tying|tie|made|making|set up|setting up|put up|checked"
       r"|testing|tested|hung|hanging) (?:a |the |some |my )?(?:rope|noose|ligature)\b|\bnoose\b"
       r"|\bhang(?:ing|ed)? myself\b|\bhang myself\b|\bbelt (?:round|around) my neck\b",
       unless=r"rope (?:for|to) (?:camping|climbing|the boat|sailing|the gym|skipping|my dog|the tent|tie|the garden"
              r"|swing)|jump rope|skipping rope|climbing rope|rope swing|tow rope|tighten\w* the noose"),
    _p(PLAN_OR_MEANS, "jump_from_height",
       rf"\bjump(?:ing|ed)? (?:off|from|of|out of) (?:a |the |this |that |my |our |an )?(?:\w+ ){{0,2}}{HIGH_PLACE}s?\b"
       rf"|\b(?:throw|throwing|threw|fling) myself (?:off|from|out of|under|in front of)\b",
       unless=r"bungee|cliff (?:diving|jumping)|into (?:the|a) (?:water|lake|sea|river|pool|ocean)|parachut"
              r"|if (?:your|my|all your|all my) friends|jump(?:ing|ed)? (?:off|from) (?:a |the )?(?:plane|diving)"
              r"|\b(?:he|she|they|it|nephew|niece|son|daughter|brother|sister|kid|kids|dog|cat|friend|cousin)\b"
              r"(?: [\w']+){0,3} jumped (?:off|from|out)"),
    _p(PLAN_OR_MEANS, "traffic_or_train",
       rf"\b(?:jump|jumping|step|stepping|throw myself|throwing myself|walk|walking|lie|lying|lay|stand"
       rf"|standing) (?:out )?in front of (?:a |the |an |oncoming )?{VEHICLE}\b"
       rf"|\b(?:walk|walking|step|stepping|run|running) (?:out )?into (?:traffic|the road|oncoming traffic)"
       rf"|\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:my car |the car |myself )?"
       rf"(?:into|off) (?:a |the )?(?:tree|wall|oncoming|traffic|bridge|cliff|river|lamppost|lorry|truck|road)"
       rf"|\bcrash(?:ing)? (?:my|the) car on purpose\b|\b(?:want|wanting|wanted|going|urge|urges|tempted"
       rf"|thinking about|think about) (?:to )?crash(?:ing)? (?:my|the) car\b"),
    _p(PLAN_OR_MEANS, "jump_from_there",
       rf"\b{HIGH_PLACE}s?\b.*\bjump(?:ing)? (?:off|from) (?:it|there|the top)\b"),
    _p(PLAN_OR_MEANS, "means_on_myself",
       r"\b(?:use|using|turn|turning|point|pointing) (?:it|the gun|his gun|a gun|the knife|a knife|them)"
       r" on myself\b|\b(?:knife|gun|blade|razor|pills|rope|tablets)\b(?: [\w']+){0,6} (?:going to|i'll|want to"
       r"|about to|ready to|plan to) use (?:it|them)\b"),
    _p(PLAN_OR_MEANS, "researching_method",
       rf"\bhow many {DRUGS} (?:it would take|would (?:it take|kill|do it)|to (?:die|kill|overdose)|does it take"
       rf"|is (?:lethal|fatal|deadly|too many to survive)|would be (?:lethal|fatal|deadly))"
       rf"|\b(?:lethal|fatal|deadly) (?:dose|amount)\b"
       rf"|\b(?:painless|easy|easiest|quick|quickest|best|surest|peaceful) ways? to (?:die|kill myself|end it"
       rf"|end my life|go)\b|\b(?:looking up|look up|looked up|googling|googled|searching|searched|researching"
       rf"|researched|reading about|read about) (?:\w+ )?(?:ways|how|methods) to (?:die|kill myself|end it|end my"
       rf" life|commit suicide|overdose)\b|\bhow to (?:kill myself|end my life|die painlessly|die quickly|commit suicide"
       rf"|hang myself|overdose)\b"),
    _p(PLAN_OR_MEANS, "at_the_edge",
       r"\b(?:standing|sitting|stood|sat|i'm|i'm standing|i'm sitting) (?:on|at) (?:the )?(?:edge of (?:the |a )?"
       r"(?:roof|bridge|cliff|building|platform|balcony)|(?:a |the )?(?:bridge|ledge|roof|rooftop|railing|train tracks"
       r"|tracks))\b(?! of (?:my|the|his|her|your) (?:nose|ship|boat|song)| to (?:success|recovery)| for| with)"),
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
       r"|locked in my room|alone) (?:\w+ ){0,2}with (?:a |the |my |some |all my )?(?:razor|razors|blade|blades"
       r"|knife|pills|rope|gun|tablets|belt)\b"),
    _p(PLAN_OR_MEANS, "car_exhaust",
       r"\b(?:car|garage) with the engine (?:running|on)\b|\bengine running in the garage\b|\bhose (?:from|to|on)"
       r" the exhaust\b|\bcharcoal (?:in|burning in) (?:my|the) (?:room|car|tent)\b",
       unless=r"\b(?:outside|waiting|parked|before (?:my|the) (?:session|appointment)|to (?:warm|cool)|heater|air con"
              r"|pick (?:up|him|her|them)|drop (?:off|him|her|them)|school run|traffic)\b"),
    _p(PLAN_OR_MEANS, "blade_to_body",
       r"\b(?:slit|slice|slash|cut open|open) my (?:wrists?|throat|veins)\b"
       r"|\b(?:knife|blade|razor) (?:to|against|on) my (?:wrists?|throat|skin|neck)\b"),
    _p(PLAN_OR_MEANS, "drown",
       r"\bdrown(?:ing)? myself\b|\b(?:going to|want to|i'll|about to|gonna|ready to) (?:just )?walk into the"
       r" (?:sea|ocean|river|lake|water)\b|\b(?:drink|drinking) myself to death\b|\b(?:drink|drinking) (?:until"
       r"|till) i (?:die|pass out and die|don't wake up)\b|\bwalk(?:ing)? into the (?:sea|ocean|river|lake) and (?:not|never) (?:come|coming)"
       r" back\b"),
    _p(PLAN_OR_MEANS, "has_a_plan",
       r"\b(?:a|the|my) plan (?:to|for how to|on how to|of how to|for when i|for ending|for killing) (?:kill|end"
       r"|die|take my|hang|overdose|jump|do it|ending|killing|go through with it|not be here)\b"
       r"|\bi (?:know|decided|figured out|worked out|planned) (?:exactly )?(?:how|when|where) (?:i'm going to|i'll"
       r"|i'd|i will|to) (?:do it|end it|kill myself|die|end my life)\b(?! (?:in person|by|over|via|with|at))"
       r"|\b(?:picked|chosen|chose|set|decided on|planned) (?:a |the )?(?:date|day|time|place|spot|method|way)"
       r" (?:to|for|when i'll|when i) (?:die|do it|end it|kill myself|end my life|jump|hang)\b"
       r"|\bi (?:have|'ve got|made|'ve made) a plan\b.*\b(?:going to|will|'ll|gonna) do it\b"
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

    # Goodbye messages.
    _p(GOODBYE, "last_message",
       r"\b(?:this|it) (?:is|will be|'s|might be) (?:going to be )?my (?:very )?(?:last|final) (?:message|text"
       r"|words|post|goodbye|note|night)\b|\bthis is (?:my )?(?:last|final) (?:message|goodbye)\b",
       unless=r"(?:last|final) (?:message|text|post|night)(?: \w+){0,3} (?:for (?:today|tonight|now|the (?:day|night"
              r"|week))|before (?:i|bed|my|the)|until|till|tonight|today|about|on this|here today|of (?:the|my)"
              r"|in (?:the|this|my)|at (?:the|my)|as a)|(?:for|until|till) (?:tomorrow|next time|later|the morning)"
              r"|(?:go|going to|i'll|'m going to) (?:sleep|bed)|log(?:ging)? off|sign(?:ing)? off|good ?night"
              r"|talk (?:tomorrow|soon|later)|see you|bye for now|promise|in (?:london|town|the city|my flat"
              r"|this (?:job|house|flat))"),
    _p(GOODBYE, "goodbye_forever",
       r"\b(?:goodbye|good bye|bye|farewell) (?:forever|for good|for ever|for the last time|everyone|world|cruel"
       r" world|to everyone|to all|to this world|to the world)\b|\bthis is (?:my )?goodbye\b"
       r"|\b(?:saying|say|said|writing|wrote) (?:my )?(?:final )?(?:goodbyes?|farewells?) (?:to everyone|to my"
       r" (?:family|friends|kids|children)|for good|forever)\b|\b(?:i'm )?sorry for everything (?:[.,] )?(?:goodbye"
       r"|bye|i love you)\b",
       unless=r"see you|talk (?:soon|later|tomorrow)|for now|next (?:time|week|session)|goodbye (?:to|forever to)"
              r" (?:my|this|that|the) (?:therapist|counsellor|counselor|old|job|habit|ex|bad)|bye for now"),
    _p(GOODBYE, "tell_them_i_love_them",
       rf"\b(?:please|can you|could you|would you|will you|someone|somebody|make sure you)(?: please)? (?:tell|let)"
       rf" (?:my |everyone|all )?(?:{KIN}s?|kids|children|friends|everyone)?(?: and (?:my )?\w+)?(?: know)?"
       rf"(?: that)? (?:i (?:love|loved) (?:them|her|him|you|all|everyone|you all)|i'm sorry|it's not (?:their|her"
       rf"|his|your) fault|it wasn't (?:their|her|his|your) fault)\b"
       rf"|\btell (?:my )?(?:{KIN}s?|kids|children|friends|everyone)(?: and (?:my )?\w+)? (?:that )?i (?:love|loved)"
       rf" (?:them|her|him)(?: all| so much)? (?:[.,] )?(?:goodbye|bye|forever|i'm sorry|and goodbye)\b"),
    _p(GOODBYE, "said_my_goodbyes",
       r"\b(?:said|saying|say|made) (?:all )?my (?:final |last )?goodbyes\b",
       unless=r"goodbyes? to (?:my |the |our )?(?:old |last |former )?(?:therapist|counsellor|counselor|team"
              r"|colleagues|coworkers|class|house|flat|school|uni|job|office|students|clients|home|town|city)"),
    _p(GOODBYE, "goodbye_before_i_go",
       r"\b(?:say|said|saying) (?:my )?goodbyes? (?:to [\w']+ (?:[\w']+ )?)?before i (?:go|die|leave this world|do"
       r" it|end it)\b(?! (?:to|on|out|home|away|back|into|for|and get|shopping|abroad|travelling|traveling))"),
    _p(GOODBYE, "love_you_goodbye",
       r"\b(?:i love (?:you|you all|them|everyone|you guys)(?: all)?(?: so much)?|i'm (?:so )?sorry)"
       r" (?:[.,] )?(?:goodbye|farewell)\b"),
    _p(GOODBYE, "wont_be_a_burden_soon",
       r"\b(?:won't|will never|not going to|never going to) (?:be a|have to be a) (?:problem|burden) (?:for|to)"
       r" (?:anyone|anybody|you|them|my family|everyone|you all) (?:anymore|any more|much longer|after (?:tonight"
       r"|today)|soon|for much longer)\b|\bafter (?:tonight|today|this weekend) i won't be a (?:problem|burden)"),
    _p(GOODBYE, "by_the_time_you_read",
       r"\bby the time (?:you|anyone|someone|somebody|they|my \w+) (?:read|reads|see|sees|find|finds|get|gets)"
       r" (?:this|these|my (?:message|note|letter))\b(?!(?: \w+){0,4} (?:i'll have|i will have) (?:booked|sent"
       r"|emailed|left for|arrived|finished|told))"),
    _p(GOODBYE, "when_im_gone",
       r"\b(?:when|after|once) i'm (?:gone|dead|not here anymore|no longer here|not around anymore|no longer"
       r" around)\b(?! (?:on|for|to|next|away|at|the weekend|this weekend|travelling|traveling|for work"
       r"|on holiday|on vacation))",
       unless=r"\bi'm gone (?:\w+ ){0,3}(?:holiday|vacation|trip|work|travel)"),
    _p(GOODBYE, "giving_things_away",
       r"\b(?:giving|gave|give|given) away (?:all )?(?:of )?(?:my |of my )?(?:stuff|things|belongings"
       r"|possessions|pets?|cat|dog|clothes|savings|everything i own)\b|\b(?:giving|gave|give|given) (?:all )?(?:of )?"
       r"my (?:stuff|things|belongings|possessions) away\b",
       unless=r"charity|declutter|moving|move (?:house|out|abroad|away)|minimalis|garage sale|yard sale"
              r"|car boot|old clothes|spring clean|(?:clothes|stuff|things) i don't"),
    _p(GOODBYE, "wont_be_around",
       r"\b(?:won't|not going to|might not) be (?:here|around|alive) (?:much longer|for much longer|for long"
       r"|after tonight|after today|by morning|to see (?:it|them|that|christmas|my birthday))\b"),
    _p(GOODBYE, "wont_be_here_tomorrow",
       r"\b(?:won't|not going to|might not) be (?:here|around|alive) (?:tomorrow|anymore|any more|by tomorrow)\b",
       unless=r"\b(?:holiday|vacation|work|working|travel\w*|trip|away|busy|conference|wedding|visit|visiting|camp"
              r"|abroad|moving|shift|appointment|exams?|app|chat|site|clinic|practice|job|school|uni|office|town)\b"),

    # Self-harm.
    _p(SELF_HARM, "cut_self",
       r"\b(?:cut|cutting|cuts|slash(?:ed|ing)?|slice|sliced|slicing) (?:myself|my (?:wrists?|arms?|thighs?|legs?"
       r"|skin|stomach|body|hips?|forearms?))\b(?! (?:off|short|some slack|a break|out of|loose|free|open on"
       r"|on (?:a|the|some) (?!purpose)))",
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
       r"\b(?:going to|want to|need to|about to|i'll|urge to|tempted to|have to) (?:\w+ )?cut (?:tonight|again"
       r"|today|right now|when i get home|later|so bad|so badly|deeper)\b"),
    _p(SELF_HARM, "burn_self",
       r"\bburn(?:ing|ed|t|s)? myself\b(?! (?:out|on (?:the|a) (?:stove|oven|pan|iron|kettle|hob|toaster|tray)"
       r"|cooking|while|making|in the sun|sunbathing|at the beach|at work))"
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
       r"|mutilating)\b|\bsh (?:urges|again|wounds|cuts)\b|\b(?:my|did|doing|do|relapsed on|relapse on"
       r"|urges to|urge to) sh\b",
       unless=r"(?:self harm|self injury|sh) scars?\b|(?:clean|free) (?:from|of) (?:self harm|self injury)"
              r"|self harm(?:ing)? free|(?:days|weeks|months|years) (?:clean|free) (?:from|of)"
              r"|\bask(?:s|ed|ing)? (?:me |you |us |clients |people )?(?:about|if|whether) (?:\w+ )?self harm"
              r"|(?:questions?|questionnaire|screening|assessment|forms?) (?:\w+ ){0,5}self harm"),
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
       r"|pills|tablets|meds|rope|knife) out\b",
       unless=r"(?:pills|tablets|meds) out (?:of|for) (?:the|my) (?:cupboard|organi[sz]er|bag|pharmacy|morning|week)"
              r"|(?:took|take|taking) (?:the|my) (?:\w+ )?out (?:of|for) (?:the|my) (?:dishwasher|drawer|sink|wash)"),
    _p(SELF_HARM, "carve_skin",
       r"\bcarv(?:e|ed|ing) (?:\w+ ){0,4}(?:into )?my (?:skin|arms?|legs?|thighs?|wrists?|stomach)\b"
       r"|\bmake myself bleed\b|\b(?:scratch|scratching|scratched|pick|picking) (?:myself|my (?:skin|arms?|legs?|face"
       r"|wrists?|thighs?)) (?:until|till) (?:i|it|they) (?:bleed|bleeds|bled)\b|\bpunch(?:ed|ing)? (?:the )?walls? (?:until|till) (?:my )?(?:knuckles"
       r"|hands?) (?:bleed|bled|break|broke)\b"),
    _p(SELF_HARM, "starve_self",
       r"\bstarv(?:e|ing|ed) myself\b",
       unless=r"starv(?:e|ing) myself (?:before|for|until) (?:dinner|lunch|the party|tonight's|the buffet)"),

    # Overdose and poisoning.
    _p(OVERDOSE, "took_many_pills",
       rf"\b(?:took|taken|take|taking|swallowed|swallow|swallowing|downed|necked|ate|had|popped|popping|taking)"
       rf" (?:like |about |around |maybe |over |almost |nearly |half |a full |probably |at least )?{LOTS_OF}"
       rf"(?: of)? {WHOSE}(?:(?:sleeping|pain|anxiety|blood pressure|heart|prescription|old|allergy) )?{DRUGS}\b",
       unless=r"(?:take|taking|took) all (?:of )?my (?:meds|medication|pills|tablets) (?:\w+ ){0,2}(?:as prescribed"
              r"|every|each|on time|properly|regularly|correctly|daily|in the morning|at night|with food)"
              r"|\ball my (?:meds|pills|tablets) (?:like|as) (?:i'm|i was|my doctor)"
              r"|(?:take|taking|took) (?:all|the whole course of) (?:of )?my (?:antibiotics|meds)(?: \w+)? (?:course"
              r"|as)"),
    _p(OVERDOSE, "whole_supply",
       rf"\b(?:took|taken|swallowed|downed|taking|take|swallow) (?:my|the|a|her|his|mum's|my mum's) (?:whole"
       rf"|entire|full|week's|month's) (?:\w+ )?(?:prescription|bottle|packet|box|supply|strip|blister pack"
       rf"|pack|stash)\b|\b(?:took|taken|swallowed|downed) (?:a|two|three) (?:week's|weeks'|month's|months')"
       rf" (?:worth of|supply of) (?:my )?{DRUGS}"),
    _p(OVERDOSE, "overdose",
       r"\b(?:i|i've|i just|i've just|just|i think i|i might have|i may have|i'm going to|i'll|going to|want to"
       r"|plan to|planning to|thinking about|think about|thought about|tried to|try to|about to|tempted to"
       r"|decided to|i'm|i am|nearly|almost)(?: \w+)? (?:overdose|overdosed|overdosing|od|overdoes)\b"
       r"(?! on (?:coffee|caffeine|sugar|chocolate|tv|netflix|youtube|podcasts|self help|positivity|memes|tiktok"
       r"|reality tv|cake|candy|sweets|energy drinks|work|love|therapy|advice|information))"
       r"|\b(?:took|take|taken|taking) (?:an|a|the) (?:overdose|overdoes|od)\b"),
    _p(OVERDOSE, "poisoning",
       r"\b(?:drank|drink|drinking|swallowed|swallow|ate|took|taking) (?:some |a bottle of |a cup of |the |a glass"
       r" of )?(?:bleach|antifreeze|poison|weedkiller|weed killer|rat poison|drain cleaner|pesticide|paraquat"
       r"|dishwasher tablets)\b|\bpoison(?:ed|ing)? myself\b"),
    _p(OVERDOSE, "pills_with_alcohol",
       rf"\bmix(?:ed|ing)? (?:my |all my |the |some )?{DRUGS} (?:with|and) (?:alcohol|vodka|wine|booze|whiskey"
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
       rf"|my mum)\b|{PERPETRATOR}(?:'s| is| keeps| was| started)? (?:\w+ ){{0,2}}(?:throwing|throws|threw) (?:things"
       rf"|stuff|plates|bottles|glasses|furniture|chairs|knives|\w+) at (?:me|us|my)\b",
       unless=r"\b(?:hit|hits) (?:me|us) (?:up|hard|like|that|how|when i realised|with (?:a|the|this|that"
              r"|another) (?:\w+ ){0,2}(?:deadline|question|comment|news|realisation|realization|bill|request|guilt trip|truth"
              r"|fact|list|email|project|task|curveball|surprise|joke|compliment))|\bit (?:hit|hits|really hit)"
              r"|(?:words|comment|comments|that|this|what (?:she|he|they) said) (?:really )?(?:hit|hits) me"
              r"|grabbed (?:me|us) (?:a|some|coffee|lunch|a drink|dinner)|locked (?:me|us) out of (?:my|the|our)"
              r" (?:account|app|phone|laptop)|touch(?:ed|es) (?:me|us) (?:deeply|so much|with|by|emotionally)"
              r"|touched (?:me )?on (?:the )?(?:shoulder|arm|hand|back)|pushed me (?:a bit|a little|too far|too"
              r" much|too hard)\b(?! (?:down|into|against|over|off|out))|pushed me (?:to|into) (?:talk|try|open"
              r"|go|do|book|see|start|therapy|be)|pushes me (?:to|into) (?:talk|try|open|go|do|book|see|start"
              r"|therapy|be)|threw me (?:off|a party|a curveball|a bone|under the bus)|beat me (?:at|in|to)"
              r"|bit me (?:on the|when he was a puppy)|(?:dog|cat|puppy|kitten) (?:\w+ )?(?:bit|bites|scratched)"),
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
       r"|\b(?:he|she|they|my \w+) (?:just |keeps |has been |is |always |still )?threaten(?:ing|ed|s)? (?:me|us)\b"
       r"|\b(?:said|says|told me|tells me|threatened|threatens|swore|promised) (?:that )?(?:if i [\w' ]{1,30}? )?"
       r"(?:he|she|they)(?:'d| would|'ll| will| is going to| was going to| were going to) (?:kill|hurt|beat"
       r"|shoot|stab|strangle|find) (?:me|us|my \w+|himself|herself|themselves)\b"
       r"|\b(?:pulled|pulls|held|holds|pointed|points|came at me with|comes at me with) (?:a |his |her |the )?"
       r"(?:knife|gun|blade|bat|hammer)(?: (?:on|at|to) (?:me|us|my)\b)?",
       unless=r"threaten\w* (?:me|us) with (?:firing|the sack|a (?:bad|poor) (?:review|grade)|disciplinary"
              r"|detention|eviction|legal action|a fine)|kill me if i (?:was|were|am|'m|get|got|come|came) (?:late"
              r"|home late|back late)|kill me if i (?:fail|failed|forget|forgot|lose|lost|break|broke|crash|crashed"
              r"|eat|ate|miss|missed|skip|skipped|quit|dropped|spend|spent|touch|touched|use|used|borrow|borrowed|take|took"
              r"|wear|wore|read)"),
    _p(DANGER_FROM_OTHERS, "night_visits",
       rf"{PERPETRATOR}(?: keeps| always| still| has been| sometimes)? (?:comes|coming|came|gets|getting|climbs"
       rf"|climbing|sneaks|sneaking) (?:into|in) (?:my|our) (?:room|bed|bedroom)(?: at night| when)"),
    _p(DANGER_FROM_OTHERS, "at_my_door",
       rf"{PERPETRATOR}(?:'s| is| keeps| has been| won't stop)? (?:outside|at|banging on|trying to get into|breaking"
       rf" into|trying to break into) my (?:house|door|flat|window|home|apartment|room|car|work)\b",
       unless=r"(?:pick|picking|drop|dropping|collect|collecting|deliver|delivering) (?:me|us|the kids|my \w+|it|up"
              r"|off)|give (?:me|us) a lift|to fix|for (?:dinner|lunch|coffee|a visit|the party)"),
    _p(DANGER_FROM_OTHERS, "armed",
       rf"{PERPETRATOR}(?:'s| has| is) (?:got )?(?:a |the |his |her )?(?:knife|gun|weapon|machete|bat|hammer)\b",
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
       rf"|my {YOUNG})\b",
       unless=r"(?:when|if|once) (?:he|she|they) (?:\w+ ){0,2}(?:sees?|finds? out|hears?|learns?|notices?|realis"
              r"|realiz|knows?|reads?|gets?)|kill me (?:for|when)|(?:hurt|hurting) (?:me|us) (?:by|emotionally"
              r"|when)|hurt my feelings"),
    _p(DANGER_FROM_OTHERS, "unsafe_at_home",
       rf"\b(?:not safe|unsafe|don't feel safe|never feel safe|no longer feel safe|afraid to go|scared to go|can't"
       rf" go|terrified to go|frightened to go|too scared to go|afraid to be|scared to be) (?:at |in my |in our"
       rf" |to go |back )?(?:home|my house|my home|our house|our home)\b"
       rf"|\b(?:i'm|we're|my {YOUNG} (?:are|is)|i don't feel|i never feel|i no longer feel) (?:not )?safe"
       rf" (?:at home|in my (?:own )?(?:home|house)|with (?:my )?(?:{KIN}|him|her|them)|around (?:him|her"
       rf"|them|my {KIN}))\b",
       unless=r"(?:train|bus|flight|locked out|keys|traffic|snow|storm|strike|lost my keys|go home and (?:tell"
              r"|face|admit|explain)|till|until|before (?:the|my) (?:session|appointment|meeting|class|shift))"
              r"|" + THERAPY),
    _p(DANGER_FROM_OTHERS, "im_not_safe",
       r"\b(?:i'm|i feel|i don't think i'm|we're) not safe\b(?! (?:to drive|driving|behind the wheel|in (?:therapy"
       r"|sessions?)|sharing|telling|opening up|being honest|with (?:my|this) (?:therapist|counsellor"
       r"|counselor)|enough))|\bi'm in danger\b|\bwe're in danger\b"),
    _p(DANGER_FROM_OTHERS, "domestic_abuse",
       r"\b(?:domestic (?:violence|abuse)|violence at home|violent (?:partner|husband|wife|boyfriend|girlfriend"
       r"|home|household|dad|father|stepdad|mum|mother)|abusive (?:relationship|partner|husband|wife|boyfriend"
       r"|girlfriend|marriage|home|household|dad|father|stepdad|parent|parents|mum|mother))\b"),
    _p(DANGER_FROM_OTHERS, "sexual_abuse",
       r"\b(?:being|been|was|were|getting|got|i'm|just) (?:sexually |physically )?(?:abused|assaulted|molested"
       r"|raped|groomed)\b|\b(?:sexual|physical) (?:abuse|assault)\b|\brap(?:e|ed|ing)\b|\bmolest\w*"
       r"|\bforc(?:es|ed|ing) me to (?:have sex|do (?:sexual|things)|touch)",
       unless=r"\b(?:rape|sexual assault|sexual abuse) (?:scene|joke|jokes|culture|case|trial|statistics"
              r"|awareness|crisis centre volunteer)|\bgrapes?\b|\bdrape"),
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
       r"|\b(?:locked|locks|keeps) me (?:in|inside|in my room|locked)\b"),
    _p(DANGER_FROM_OTHERS, "hiding_from_someone",
       r"^(?=.*\b(?:scared|afraid|terrified|hit|hits|hurt|hurting|kill|threw|throwing|screaming|yelling|shouting"
       r"|violent|banging|drunk|angry|rage|raging|smashing|knife)\b).*?\bi'm (?:hiding|locked) (?:in|from)"
       r" (?:the|my) (?:bathroom|room|bedroom|closet|car|wardrobe)\b|\bhiding from (?:him|her|them|my [\w']+)\b"),

    # Intent to harm others.
    _p(HARM_TO_OTHERS, "harm_someone",
       rf"\b(?:want|wanted|going|plan|planning|about|ready|urge|urges|tempted|need|feel like|thinking about"
       rf"|think about|thoughts? (?:about|of)|fantasi[sz]e about|fantasi[sz]ing about|dream about|dreaming about"
       rf"|i'll|i will|i might|i'm going|scared i'll|afraid i'll|worried i'll|scared i might|afraid i might"
       rf"|afraid i'm going|scared i'm going|worried i'm going|feel like i could)"
       rf"(?: to)? (?:\w+ ){{0,3}}(?:kill|killing|murder|murdering|hurt|hurting|harm|harming|stab|stabbing|shoot"
       rf"|shooting|strangle|strangling|attack|attacking|beat up|beating up|poison|poisoning|smother|smothering"
       rf"|shake|shaking) (?:him|her|them|someone|somebody|people|other people|others|strangers|everyone"
       rf"|anybody|anyone|my (?:\w+ )?(?:{KIN}"
       rf"|{YOUNG}|classmates?|coworkers?|colleagues?)|the (?:baby|kids|children|neighbou?rs?))\b",
       unless=r"\bcould (?:\w+ )?(?:kill|murder|strangle) (?:him|her|them|my [\w']+)\b(?! right now| tonight)"
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
              r"|have)|(?:when|whenever|every time) i"),
    _p(MEDICAL_EMERGENCY, "bleeding",
       r"\bbleeding (?:a lot|heavily|badly|so much|everywhere|loads|really bad|a ton|out|won't stop|and it won't"
       r" stop|through)\b|\bwon't stop bleeding\b|\bcan't stop (?:the )?bleeding\b|\b(?:lost|losing) (?:a lot"
       r"|so much) of blood\b(?! (?:donors?|donations?|tests?|work|drives?|banks?|samples?))|\bblood (?:everywhere|won't stop)\b|\bi'm bleeding\b",
       unless=r"bleeding (?:money|cash|dry|out money|heart)|bleeding (?:a lot )?(?:on|from) my period"
              r"|heavy period"),
    _p(MEDICAL_EMERGENCY, "acute_event",
       r"\b(?:i'm|i think i'm|i might be|i may be|i could be|he's|she's|they're|my \w+ is|my \w+'s)"
       r" (?:having|in the middle of) (?:a |an )?(?:heart attack|stroke|seizure|anaphylactic|allergic reaction"
       r"|asthma attack|fit)\b"
       r"|\b(?:passed out|unconscious|not breathing|isn't breathing|stopped breathing|unresponsive|collapsed"
       r"|won't wake up|can't wake (?:him|her|them))\b|\bcan't feel my (?:arm|arms|legs|face|left side)\b"
       r"|\b(?:my )?face is drooping\b",
       unless=r"passed out (?:on the (?:couch|sofa)|watching|asleep|after (?:a long|the party|work)|drunk|from"
              r" (?:exhaustion|tiredness))|won't wake up (?:for school|in the morning|on time|before|till|until"
              r"|early)|(?:economy|market|talks|negotiations|business|project|plan|company) collapsed"),

    # Asking for the crisis lines themselves.
    _p(CRISIS_LINE_REQUEST, "asks_for_crisis_line",
       r"\b(?:crisis|suicide|emergency|samaritans|lifeline) (?:lines?|numbers?|hotlines?|helplines?|phone line"
       r"|text lines?|number you|text service|services?)\b|\b(?:hotline|helpline)s?\b|\bsamaritans\b|\bcall 988\b"
       r"|\btext (?:home|shout|hello) to\b|\b(?:text|phone|help) line for (?:crisis|suicide|people in crisis)\b"
       r"|\bwho (?:can|could|do|should) i (?:call|text|ring|contact|talk to) (?:right now|now|tonight|at this time)\b",
       unless=r"emergency (?:number|line) (?:for|of) (?:the|this|your) (?:clinic|practice|office)"
              r"|(?:volunteer|volunteering|work|working|training) (?:\w+ ){0,3}(?:at|for|on) (?:a |the )?(?:crisis"
              r"|suicide|samaritans|helpline|hotline)|\b(?:book|booking|appointment|reschedule|cancel|clinic's"
              r"|opening hours)\b"),
    # Someone else in danger of harming themselves.
    _p(SOMEONE_ELSE_AT_RISK, "someone_else_suicidal",
       r"\b(?:going to|gonna|about to|planning to|plans to|wants to|want to|threatening to|threatened to|trying to"
       r"|might|will|'ll|talking about|talks about|keeps saying (?:he|she|they)(?:'ll| will| wants? to))"
       r" (?:kill|hurt|harm|cut|hang|shoot|overdose) (?:himself|herself|themselves|themself)\b"),
    # Unambiguous phrases in a few other languages; anything subtler is left to DIET.
    _p(NOT_IN_ENGLISH, "not_in_english",
       r"\b(?:quiero morir(?:me)?|me quiero morir|quiero matarme|me quiero matar|suicidarme|no quiero vivir"
       r"|je veux mourir|je vais me tuer|me suicider|envie de mourir|ich will nicht mehr leben|ich will sterben"
       r"|mich umbringen|suizid\w*|voglio morire|voglio uccidermi|quero morrer|quero me matar|vou me matar)\b"),
)

# --- when a match counts --------------------------------------------------------

_SENTENCE_BREAK = re.compile(r" \. |^\. | \.$")
_CLAUSE_BREAK = re.compile(r" [.,] |^[.,] | [.,]$| (?:and|but|so|because|though|although|yet|or|then|cause) ")

_NEGATORS = {
    "not", "never", "don't", "doesn't", "didn't", "won't", "wouldn't", "isn't", "aren't", "wasn't",
    "weren't", "haven't", "hasn't", "hadn't", "nor", "neither",
}
# Words a negation reaches across: "don't want to", "not really", "never even thought".
_NEGATION_CARRIES = {
    "want", "wanted", "wanting", "to", "going", "plan", "planning", "intend", "intending", "have", "ever",
    "really", "actually", "even", "think", "believe", "feel", "feeling", "say", "saying", "mean", "that",
    "like", "i", "i'm", "i'd", "i'll", "i've", "am", "be", "being", "been", "at", "all", "so", "just",
    "remotely", "currently", "thought", "thinking", "of", "about", "consider", "considered", "considering", "would",
    "will", "a", "any", "had", "has", "felt", "seriously", "gonna", "having", "thoughts", "plans", "urges",
    "intention", "intentions", "desire", "said", "get", "getting", "anything",
}
_NEGATION_REACH = 5

_DISTANT_PAST = re.compile(
    r"\b(?:(?:\d+|a few|a couple of|couple of|few|many|several|two|three|four|five|six|seven|eight|nine|ten"
    r"|fifteen|twenty) years? (?:ago|back|since)|years ago|years back|long ago|a long time ago|ages ago|decades"
    r" ago|used to|when i was (?:a |an |in |at |little|young|younger|small|\d+|growing|still)|as a (?:kid|child"
    r"|teen|teenager|student|little (?:girl|boy)|young (?:girl|boy|man|woman))|(?:in|at|during) (?:high school"
    r"|middle school|secondary school|primary school|grade school|elementary school|college|uni|university|my"
    r" teens|my twenties|my childhood|my youth|school)|back (?:then|in (?:the day|school|college|uni|\d{4}|my))"
    r"|growing up|grew up|in my (?:teens|twenties|thirties|childhood|youth|early \w+)|in the past|childhood"
    r"|in (?:19|20)\d\d|my ex\b|i was in an abusive|i left (?:an|my) abusive|got out of (?:an|my) abusive"
    r"|escaped (?:an|my|from)|survivor|recovered|in recovery|behind me)\b"
)
_RECENT = re.compile(
    r"\b(?:again|lately|recently|these days|right now|currently|at the moment|today|tonight|tomorrow"
    r"|this (?:morning|afternoon|evening|week|weekend|month|year)|last (?:night|week|weekend|month)|yesterday"
    r"|(?:\d+|a few|few|a couple of|couple of|two|three|several|some) (?:minutes|mins|hours|hrs|days|weeks"
    r"|months) ago|an hour ago|earlier|just now|ever since|since then|relaps\w*|started again|back again"
    r"|keep (?:thinking|wanting|getting|having|doing|cutting)|can't stop|won't stop|soon"
    r"|i've been (?!(?:\w+ )?(?:stable|better|fine|well|okay|ok|good|clean|free|sober|in recovery|recovered"
    r"|healthy|safe|in therapy)\b)"
    r"|still (?:think|thinking|want|wanting|feel like|have (?:thoughts|urges)|get (?:thoughts|urges)|cut|cutting"
    r"|hurt|hurting|happening|hits?|hitting|abus\w+|does|do it|threaten\w*|self harm|suicidal|live with"
    r"|lives with|there|scared of (?:him|her|them)))\b"
)
# A clause that speaks in the present is never "just the past".
_PRESENT_IN_CLAUSE = re.compile(
    r"\b(?:i'm|am|is|are|he's|she's|they're|we're|want|wants|wanting|going to|will|i'll|keep|keeps|thinking"
    r"|think|feel|feels|plan|planning|should|might|need|getting|starting|now)\b"
)


def detect_crisis(text: str) -> CrisisMatch | None:
    """The first counted crisis match in `text`, or None."""
    for form in normalise(text):
        found = _first_counted_match(form)
        if found is not None:
            return found
    return None


def _first_counted_match(text: str) -> CrisisMatch | None:
    sentences = _Breaks(text, _SENTENCE_BREAK)
    clauses = _Breaks(text, _CLAUSE_BREAK)
    only_past = _DISTANT_PAST.search(text) is not None and _RECENT.search(text) is None
    for pattern in PATTERNS:
        for match in pattern.regex.finditer(text):
            if pattern.unless is not None and pattern.unless.search(sentences.around(match)):
                continue
            if _is_negated(clauses.before(match)):
                continue
            if only_past and not _PRESENT_IN_CLAUSE.search(clauses.around(match)):
                continue
            return CrisisMatch(pattern.category, pattern.name)
    return None


def _is_negated(words_before: Sequence[str]) -> bool:
    """True if a negator governs what follows: "i'm not suicidal", "would never kill myself".

    Only the last few words of the clause count, and every word between the
    negator and the match must be one a negation reaches across, so that
    "i'm not ok i want to die" is not read as negated.
    """
    window = words_before[-_NEGATION_REACH:]
    for distance, word in enumerate(reversed(window)):
        previous = window[-distance - 2] if distance + 1 < len(window) else ""
        if word in _NEGATORS or (word == "longer" and previous == "no"):
            # "i can't trust myself not to hurt myself" is a warning, not a denial.
            return previous not in ("myself", "yourself")
        if word == "no" and distance == 0:
            return True
        if word not in _NEGATION_CARRIES:
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

    def before(self, match: re.Match[str]) -> list[str]:
        return self._text[self._start_of(match.start()):match.start()].split()
