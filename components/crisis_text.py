"""Text normalisation for the crisis detector.

People in crisis rarely type clean sentences: "i wanna k1ll myslef",
"s.u.i.c.i.d.e", "kms", "sooo done". `normalise` turns such text into one
canonical form (lowercase, straight apostrophes, common contractions and chat
abbreviations spelled out, leetspeak and spaced-out letters joined, known
misspellings corrected) so that the curated patterns in crisis_patterns.py can
stay short and readable. Every step is a plain table or regex: deterministic
and explainable.
"""
from __future__ import annotations

import re
import unicodedata

from components.regex_clues import clue_of

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\ufe0f\ufe0e"), None)
# Emoji that stand for a means or for death ("want to \U0001f52a myself", "\U0001f48a\U0001f48a taking them all"), as the
# word the patterns know. The skull is left alone: "i'm dead \U0001f480" is laughter.
_EMOJI_WORDS = str.maketrans({
    "\U0001f48a": " pills ", "\U0001f52a": " knife ", "\U0001f5e1": " knife ", "\U0001f52b": " gun ",
    "\U0001faa2": " rope ", "\U0001fa78": " blood ", "\u26b0": " dead ", "\U0001faa6": " dead ",
    "\U0001f44b": " goodbye ",
})
_UNSPLIT_LETTERS = str.maketrans({"ß": "ss", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"})
_TYPOGRAPHY = str.maketrans(
    {
        "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
        "\u00b4": "'", "`": "'", "\u02bc": "'",
        "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"',
        "\u2013": "-", "\u2014": "-", "\u2212": "-",
    }
)

# Chat spellings of whole words, mapped to the form the patterns use.
_WORDS: dict[str, str] = {
    "im": "i'm", "ive": "i've", "dont": "don't", "cant": "can't", "wont": "won't",
    "didnt": "didn't", "doesnt": "doesn't", "isnt": "isn't", "wasnt": "wasn't",
    "arent": "aren't", "werent": "weren't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "ain't": "isn't", "aint": "isn't", "cannot": "can't", "whats": "what's",
    "thats": "that's", "theres": "there's", "its": "it's", "id": "i'd",
    "wanna": "want to", "wana": "want to", "wna": "want to", "wnat": "want", "wnt": "want", "wamt": "want", "gonna": "going to", "gunna": "going to",
    "finna": "going to", "tryna": "trying to", "gotta": "got to", "hafta": "have to",
    "u": "you", "ur": "your", "r": "are", "ppl": "people", "bc": "because",
    "cuz": "because", "coz": "because", "cos": "because", "bcs": "because",
    "rn": "right now", "tn": "tonight", "2nite": "tonight", "2night": "tonight",
    "tonite": "tonight", "2day": "today", "tmrw": "tomorrow", "tmr": "tomorrow",
    "tmrow": "tomorrow", "2moro": "tomorrow", "2morrow": "tomorrow", "4ever": "forever",
    "b4": "before", "every1": "everyone", "some1": "someone", "no1": "no one",
    "any1": "anyone", "noone": "no one", "nobodys": "nobody's", "idk": "i don't know",
    "idc": "i don't care", "ngl": "not going to lie", "pls": "please", "plz": "please",
    "rly": "really", "bf": "boyfriend", "gf": "girlfriend", "hubby": "husband",
    "mom's": "mum's", "mom": "mum", "mommy": "mum", "mam": "mum", "cud": "could",
    "wud": "would", "shud": "should",
    # Misspellings and euphemisms seen in crisis messages.
    "kil": "kill", "kll": "kill", "kiling": "killing", "killin": "killing",
    "myslef": "myself", "mysef": "myself", "myslf": "myself", "mysefl": "myself",
    "msyelf": "myself", "myelf": "myself", "mself": "myself", "meself": "myself",
    "myselfe": "myself", "overdoze": "overdose", "overdos": "overdose",
    "overdozed": "overdosed", "oded": "overdosed", "od'd": "overdosed",
    "od'ed": "overdosed", "sewerslide": "suicide",
    "selfharm": "self harm", "selfharming": "self harming",
    "thinkin": "thinking", "feelin": "feeling", "goin": "going", "tryin": "trying",
    "cuttin": "cutting", "hurtin": "hurting", "dyin": "dying", "plannin": "planning",
    "endin": "ending", "wantin": "wanting", "pils": "pills", "pillz": "pills",
    "tabs": "tablets", "alot": "a lot",
    # Chat spellings of pronoun contractions and of crisis verbs.
    "hes": "he's", "shes": "she's", "theyre": "they're", "gona": "going to", "gna": "going to", "cuting": "cutting",
    "cutin": "cutting", "sed": "said", "ansering": "answering", "anwsering": "answering", "answerin": "answering",
    "replyin": "replying", "sh'd": "self harmed", "sh'ed": "self harmed", "sh'ing": "self harming",
    "jst": "just", "jus": "just", "wil": "will", "dissapear": "disappear", "dissappear": "disappear",
    "disapear": "disappear", "forevr": "forever", "rists": "wrists", "ima": "i'm going to", "imma": "i'm going to",
    "ima'": "i'm going to", "tuk": "took", "tukk": "took", "dnt": "don't", "wuz": "was", "ded": "dead",
    "rist": "wrist", "wirsts": "wrists", "4eva": "forever", "foreva": "forever", "tabz": "tablets", "ctb'd": "ctb",
    "dnot": "don't", "dont'": "don't", "cnat": "can't", "beter": "better",
}

# Multi-word canonical forms, applied after the word table.
# Fixed multi-word spellings, replaced in one pass ("i will not" is "i won't").
_FIXED_PHRASES: dict[str, str] = {
    "i am": "i'm", "what is": "what's", "can not": "can't", "do not": "don't", "does not": "doesn't",
    "did not": "didn't", "will not": "won't", "would not": "wouldn't", "is not": "isn't", "are not": "aren't",
    "was not": "wasn't", "have not": "haven't", "i will": "i'll", "i would": "i'd", "i have been": "i've been",
    "sewer slide": "suicide", "un alive": "unalive",
}
_FIXED_PHRASE = re.compile(
    r"\b(?:" + "|".join(
        phrase + "(?! not)" if phrase in ("i will", "i would") else phrase
        for phrase in sorted(_FIXED_PHRASES, key=len, reverse=True)
    ) + r")\b"
)
_PHRASE_RULES: tuple[tuple[str, str], ...] = (
    (r"\b(going|want|need|have|got|ready|about|trying|plan|planning|decided|wish) 2\b", r"\1 to"),
    # Chat letters for words: "wanna b alive", "wud b happier", "done w life", "a hole bottle".
    (r"\b(to|will|won't|can't|don't|would|could|should|might|must|i'd|i'll|not|never) b\b", r"\1 be"),
    (r"\b(done|bored|finished|fed up|sick|tired|over) w\b", r"\1 with"),
    (r"\ba hole (bottle|box|pack|packet|strip|load|tub|blister|sheet)\b", r"a whole \1"),
    # "it all 2 end", "2 die": "2" before a verb is "to".
    (r"\b2 (end|die|stop|kill|hurt|cut|be|live|exist|jump|take|wake|sleep|overdose|od)\b", r"to \1"),
    (r"\bover dose", "overdose"),
    # "want to dye" is "want to die" unless something is being dyed.
    (r"\b(to|wanna|i) (?:dye|dy|dei)\b(?! (?:my|your|her|his|their|the|it|them|hair|clothes|fabric|a|some|eggs|wool"
     r"|blue|red|black|pink|green|purple|blonde|brown)\b)", r"\1 die"),
    # "my self" is "myself" except in self-esteem and friends.
    (r"\bmy self\b(?! (?:esteem|worth|image|confidence|respect|care|doubt|love|belief))", "myself"),
    # Misspellings of suicide/suicidal that keep the letters' order:
    # suicde, sucide, suiside, suicied, sucidal, suicidel, suicidial ...
    (r"\bsu[iy]?[cs][iey]{0,2}d[iey]{0,2}[ae]?l+e?\b", "suicidal"),
    (r"\bsu[iy]?[cs][iey]{0,2}de?\b", "suicide"),
    (r"\bs(?:ui|iu)cide\b", "suicide"),
)
# With the strings each rule needs (regex_clues): most texts need few of the rules.
_PHRASES: tuple[tuple[re.Pattern, str, frozenset[str]], ...] = tuple(
    (re.compile(pattern), replacement, clue_of(re.compile(pattern)).keys) for pattern, replacement in _PHRASE_RULES
)

# Leetspeak inside a word ("k1ll", "su1c1de", "0verdose", "$uicide", "k*ll").
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "i", "*": "i"})
_LEET_CHARS = re.compile(r"[013457@$!|*]")
# Tokens with digits that are real measurements or times, never leetspeak.
_MEASURE = re.compile(
    r"^(?:\d*1st|\d*2nd|\d*3rd|\d+th|\d+(?:am|pm|s|mg|mcg|ml|g|kg|k|x|h|hr|hrs|min|mins|yo|yr|yrs|lb|lbs|ish|m|km|kms))$"
)
_TOKENS = re.compile(r"(\S+)")  # split keeps the tokens at odd positions
_EDGE_CHARS = "\"'([.,!?;:)]"
_EDGE_PUNCT = re.compile(r"^([\"'(\[]*)(.*?)([.,!?;:)\]\"']*)$")

# Letters spelled out with spaces or dots: "k i l l", "s.u.i.c.i.d.e", "d-i-e".
_SPACED = re.compile(r"(?<![a-z0-9])(?:[a-z0134@$](?:\s*[.\-_*]\s*|\s+)){2,}[a-z0134@$](?![a-z0-9])")
_SPACED_SEPARATORS = re.compile(r"[\s.\-_*]+")
# Runs made only of these are ordinary chat ("i m a", "u r a"), not spelled-out words.
_CHAT_LETTERS = set("iaumry")

# Words a glued run ("killmyself", "wanttodie") is split into. A run is only
# split when every piece is one of these and one piece is a crisis word.
_GLUE_WORDS = {
    "i", "i'm", "im", "want", "to", "kill", "killing", "myself", "my", "self", "end",
    "ending", "it", "all", "life", "die", "dying", "dead", "be", "hurt", "hurting",
    "harm", "cut", "cutting", "going", "am", "me", "just", "should", "unalive",
    "suicide", "suicidal", "kms", "kys", "hang", "overdose", "take", "own", "wanna",
    "gonna", "not", "alive", "anymore",
}
_GLUE_CORE = {
    "kill", "killing", "myself", "die", "dying", "dead", "hurt", "hurting", "harm",
    "cut", "cutting", "unalive", "suicide", "suicidal", "kms", "kys", "hang", "overdose",
}
_GLUE_CANDIDATE = re.compile(r"^[a-z']{6,30}$")
_HAS_GLUE_CORE = re.compile("|".join(sorted(_GLUE_CORE, key=len, reverse=True)))

_ONE_FOR_ONE = re.compile(r"^[a-z]{2,}1$")
_ELONGATED = re.compile(r"([a-z])\1{2,}")
_SENTENCE_PUNCT = re.compile(r"\s*(?:[.!?;:]+[.!?;:,]*|\s-+\s|\n|\r)\s*")
_COMMA = re.compile(r"\s*,+\s*")
# "I. want. to. die." written one word at a time.
_ONE_WORD_SENTENCES = re.compile(r"(?:^|[.,] )[a-z']+ [.,] [a-z']+ [.,]")
_BREAK = re.compile(r" [.,] ")
_APOSTROPHE_EDGES = re.compile(r"(?<![a-z])'|'(?![a-z])")
_OTHER = re.compile(r"[^a-z0-9' .,]+")
_SPACES = re.compile(r" {2,}")


class Speller:
    """Reads a misspelt word as the word the patterns use ("alvie" -> "alive", "wthout" -> "without").

    Only a word that is not English as far as the sentence encoder's vocabulary
    knows is changed, and only into one of `targets` that is a single edit away
    (a letter added, dropped or changed, or two neighbours swapped). When several
    targets are that close, the one earlier in the vocabulary (the commoner word)
    wins. Deterministic and explainable like the tables above.
    """

    def __init__(self, known_words: dict[str, int], targets: set[str]) -> None:
        self._known = known_words
        self._by_deletion: dict[str, list[str]] = {}
        for target in sorted(t for t in targets if len(t) >= 4 and t in known_words):
            for key in {target, *_deletions(target)}:
                self._by_deletion.setdefault(key, []).append(target)

    def knows(self, word: str) -> bool:
        """Whether `word` or a form of it ("starve" from "starved", "slitting" from "slit") is a known word."""
        known = self._known
        if word in known or word + "d" in known or word + "s" in known:
            return True
        for suffix, stems in _SUFFIX_STEMS:
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                stem = word[: -len(suffix)]
                if any(make(stem) in known for make in stems):
                    return True
        return False

    def correct(self, word: str) -> str | None:
        if len(word) < 3 or not word.isalpha() or self.knows(word):
            return None
        candidates = {
            target
            for key in (word, *_deletions(word))
            for target in self._by_deletion.get(key, ())
            if target[0] == word[0] and _one_edit_apart(word, target)  # typos rarely hit the first letter
        }
        return min(candidates, key=lambda target: (self._known[target], target)) if candidates else None


# A suffix, and how the word it was added to may be spelt: "bleeds", "starved", "slitting", "hoping".
_SUFFIX_STEMS = (
    ("s", (str,)),
    ("es", (str,)),
    ("ed", (str, lambda stem: stem + "e", lambda stem: stem[:-1])),
    ("ing", (str, lambda stem: stem + "e", lambda stem: stem[:-1])),
    ("er", (str, lambda stem: stem + "e")),
    ("ly", (str,)),
)


def _deletions(word: str) -> list[str]:
    return [word[:i] + word[i + 1:] for i in range(len(word))]


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b:
        return False
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        return len(diffs) == 1 or (
            len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]
        )
    if abs(len(a) - len(b)) != 1:
        return False
    shorter, longer = (a, b) if len(a) < len(b) else (b, a)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


# Everyday words younger than the encoder's vocabulary, which must not be "corrected".
_NEWER_WORDS = (
    "wifi", "typo", "typos", "emoji", "emojis", "selfie", "selfies", "vape", "vaping", "meme", "memes", "app", "apps",
    "ngl", "tbh", "smh", "lmao", "omg", "btw", "imo", "fyi", "rlly", "kart", "podcast", "podcasts", "zoom", "texting",
)


def english_vocabulary() -> dict[str, int]:
    """The whole words of the sentence encoder's vocabulary (about 22,000), with their rank."""
    from components.sentence_encoder import bundled_model_dir

    lines = (bundled_model_dir() / "vocab.txt").read_text(encoding="utf-8").splitlines()
    words = {word: rank for rank, word in enumerate(lines) if word.isalpha() and word.isascii()}
    for rank, word in enumerate([*_WORDS, *" ".join(_WORDS.values()).split(), *_GLUE_WORDS, *_NEWER_WORDS]):
        words.setdefault(word, len(lines) + rank)
    return words


def normalise(text: str, speller: Speller | None = None) -> tuple[str, ...]:
    """The canonical forms of `text` to match patterns against (one to three).

    Stretched letters are ambiguous ("sooo" is "so", "killll" is "kill",
    "feeeel" is "feel"), so a text with a run of three or more identical
    letters yields two forms: runs cut to two letters and runs cut to one.
    A text written one word per sentence ("kill. myself.") also yields a
    form without those full stops.
    """
    text = _prepare(text)
    if _ELONGATED.search(text):
        forms = [_canonical(_ELONGATED.sub(r"\1\1", text), speller), _canonical(_ELONGATED.sub(r"\1", text), speller)]
    else:
        forms = [_canonical(text, speller)]
    forms += [_BREAK.sub(" ", form) for form in forms if _ONE_WORD_SENTENCES.search(form)]
    return tuple(dict.fromkeys(forms))


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text or "").translate(_INVISIBLE).translate(_TYPOGRAPHY).lower()
    if text.isascii():
        return text
    text = text.translate(_EMOJI_WORDS)
    if text.isascii():
        return text
    # Accents dropped ("más" -> "mas", "möchte" -> "mochte") so that the other
    # languages' patterns stay plain ASCII and survive the cleanup below.
    # Letters NFKD does not split into a base and an accent (German "ß", Polish "ł", Nordic "ø", "æ").
    folded = unicodedata.normalize("NFKD", text.translate(_UNSPLIT_LETTERS))
    return "".join(char for char in folded if not unicodedata.combining(char))


def _canonical(text: str, speller: Speller | None) -> str:
    text = _SPACED.sub(_join_spaced, text)
    text = "".join(
        _canonical_token(part, speller) if index % 2 else part for index, part in enumerate(_TOKENS.split(text))
    )
    text = _SENTENCE_PUNCT.sub(" . ", text)
    text = _COMMA.sub(" , ", text)
    text = _APOSTROPHE_EDGES.sub(" ", text)
    text = _OTHER.sub(" ", text)
    text = _SPACES.sub(" ", text).strip()
    text = _FIXED_PHRASE.sub(lambda match: _FIXED_PHRASES[match.group(0)], text)
    for pattern, replacement, needs in _PHRASES:
        if not needs or any(needed in text for needed in needs):
            text = pattern.sub(replacement, text)
    return text


def _join_spaced(match: re.Match) -> str:
    letters = _SPACED_SEPARATORS.sub("", match.group(0))
    if set(letters) <= _CHAT_LETTERS or len(re.findall(r"[a-z]", letters)) < 2:
        return match.group(0)
    return letters.translate(_LEET)


def _canonical_token(token: str, speller: Speller | None) -> str:
    plain = token.strip(_EDGE_CHARS)
    if (
        plain.isalpha() and plain not in _WORDS and not (len(plain) >= 6 and _HAS_GLUE_CORE.search(plain))
        and (speller is None or speller.knows(plain))
    ):
        return token  # an ordinary word, which none of the rules below would change: the common, fast case
    lead, core, trail = _EDGE_PUNCT.match(token).groups()
    return lead + _canonical_word(core, speller) + trail


def _canonical_word(word: str, speller: Speller | None) -> str:
    # Deliberately not cached: words people type must not outlive their message.
    if word in _WORDS:
        return _WORDS[word]
    if _ONE_FOR_ONE.match(word):  # "evry1", "sum1": the digit is "one"
        word = word[:-1] + "one"
        if word in _WORDS:
            return _WORDS[word]
    if _LEET_CHARS.search(word) and re.search(r"[a-z]", word) and not _MEASURE.match(word):
        word = word.translate(_LEET)
        if word in _WORDS:
            return _WORDS[word]
    if _GLUE_CANDIDATE.match(word) and word not in _GLUE_WORDS and any(core in word for core in _GLUE_CORE):
        pieces = _split_glued(word)
        if pieces and len(pieces) > 1 and _GLUE_CORE.intersection(pieces):
            return " ".join(_WORDS.get(piece, piece) for piece in pieces)
    corrected = speller.correct(word) if speller is not None else None
    if corrected is not None:
        return _WORDS.get(corrected, corrected)
    return word


def _split_glued(word: str) -> tuple[str, ...] | None:
    """Split `word` into _GLUE_WORDS, preferring the fewest pieces, or None."""
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(1, len(word) + 1):
        for start in range(max(0, end - 9), end):
            if start in best and word[start:end] in _GLUE_WORDS:
                candidate = best[start] + (word[start:end],)
                if end not in best or len(candidate) < len(best[end]):
                    best[end] = candidate
    return best.get(len(word))
