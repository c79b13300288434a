"""Types for entity mentions by cheap rules (lists, titles, name corpus, context words).

The offline NE chunker is binary, so the type comes from here; WordNet is the slow last
resort (see :mod:`quizgen.nlp.wordnet_types`) for what these rules leave as OTHER.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizgen.nlp import gazetteers as gz
from quizgen.nlp import resources
from quizgen.nlp.document import (
    CITY,
    COUNTRY,
    DATE,
    EVENT,
    NATIONALITY,
    NEWSPAPER,
    ORGANIZATION,
    OTHER,
    PERSON,
    PLACE,
    STATE,
)

SPEECH_VERBS = frozenset(
    [
        "said",
        "says",
        "say",
        "told",
        "tells",
        "added",
        "adds",
        "tweeted",
        "tweets",
        "wrote",
        "writes",
        "admitted",
        "admits",
        "explained",
        "explains",
        "insisted",
        "insists",
        "warned",
        "warns",
        "claimed",
        "claims",
        "argued",
        "argues",
        "stated",
        "states",
        "noted",
        "notes",
        "replied",
        "replies",
        "revealed",
        "reveals",
        "announced",
        "announces",
        "asked",
        "asks",
        "confirmed",
        "confirms",
        "commented",
        "comments",
        "acknowledged",
        "acknowledges",
        "suggested",
        "suggests",
        "believes",
        "believed",
        "thinks",
        "thought",
        "described",
        "describes",
        "urged",
        "urges",
        "stressed",
        "stresses",
        "declared",
        "declares",
        "predicted",
        "predicts",
        "conceded",
        "concedes",
        "denied",
        "denies",
        "recalled",
        "recalls",
        "joked",
        "jokes",
        "agreed",
        "agrees",
    ]
)
PLACE_PREPOSITIONS = frozenset({"in", "near"})
_BROADCASTERS = frozenset({"BBC", "CNN", "ITV", "Sky", "NBC", "CBS", "ABC", "Fox", "RTE", "CNBC"})
_CITY_CONTEXT = frozenset({("city", "of"), ("town", "of"), ("village", "of")})
_REGION_CONTEXT = frozenset({("state", "of"), ("province", "of"), ("region", "of")})


@dataclass(frozen=True)
class Context:
    """What surrounds a mention: lower-cased words just before and after it."""

    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    sentence_initial: bool = False
    chunked: bool = False  # marked by the NE chunker
    org_hint: bool = False  # "rock band Muse", "media giant TimeWarner"
    apposition: tuple[str, ...] = ()  # ", Plaid Cymru health spokesman," after the name


def _strip_the(name: str) -> str:
    return name[4:] if name.startswith(("The ", "the ")) else name


def looks_like_person_name(words: list[str]) -> bool:
    """Two or three capitalised words, the first a known first name or not an English word."""
    words = [w for w in words if w not in gz.NAME_PARTICLES]  # "Ursula von der Leyen"
    if not 1 <= len(words) <= 4:
        return False
    if any(w in gz.ORG_HEADS or w in gz.OUTLET_HEADS or w in gz.EVENT_WORDS for w in words):
        return False
    if not all(w[:1].isupper() for w in words):
        return False
    if words[-1].rstrip("s") in gz.WEEKDAYS or words[-1] in gz.MONTH_NAMES:
        return False  # "Happy Mondays", "Sheffield Wednesday"
    first = words[0]
    if first in resources.first_names():
        return True
    english = resources.english_words()
    return len(words) >= 2 and first.lower() not in english and words[-1].lower() not in english


def _name_shaped(words: list[str]) -> bool:
    """Capitalised words with nothing that makes them an organisation, event or date."""
    words = [w for w in words if w not in gz.NAME_PARTICLES]
    if not 1 <= len(words) <= 4:
        return False
    for w in words:
        if not (w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha()):
            return False
        if w in gz.ORG_HEADS or w in gz.OUTLET_HEADS or w in gz.EVENT_WORDS:
            return False
        if w in gz.MONTH_NAMES or w in gz.WEEKDAYS:
            return False
    return True


def _surname_like(words: list[str]) -> bool:
    """One capitalised word that is not an English word or an acronym: "Claxton said"."""
    if len(words) != 1:
        return False
    w = words[0]
    if not (w.isalpha() and w[0].isupper() and not w.isupper()):
        return False  # "HSDPA" is not a surname
    if not w[1:].islower() and not w.startswith(("Mc", "Mac", "O'", "D'")):
        return False  # "McIlroy" is, "TimeWarner" is not
    return w.lower() not in resources.english_words()


def place_type(name: str) -> str | None:
    """COUNTRY/NATIONALITY/STATE/CITY/PLACE from the gazetteers, or None."""
    name = _strip_the(name)
    if name in gz.countries():
        return COUNTRY
    if name in gz.nationalities() or (name.endswith("s") and name[:-1] in gz.nationalities()):
        return NATIONALITY
    if name in gz.WORLD_CITIES:
        return CITY  # "New York" and "Washington" in the news are mostly the cities
    if name in gz.states():
        return STATE
    if name in gz.PLACES:
        return PLACE
    return None


def classify(words: list[str], title: str | None, ctx: Context) -> str:
    """The type of a mention made of ``words`` (its tokens), by the first rule that applies."""
    name = _strip_the(" ".join(words))
    last = words[-1]
    if name in gz.NEWS_OUTLETS:
        return NEWSPAPER
    if name in gz.ORGANIZATIONS:
        return ORGANIZATION
    for k in range(1, len(words)):  # "Welsh Liberal Democrats", "BBC World Service"
        tail = " ".join(words[k:])
        if tail in gz.ORGANIZATIONS and tail not in gz.countries():
            return ORGANIZATION
    if len(words) == 1 and (name.rstrip(".") in gz.MONTH_NAMES or name in gz.WEEKDAYS):
        return DATE
    if name in gz.HOLIDAYS:
        return EVENT
    no_org_word = not any(w in gz.ORG_HEADS for w in words[1:])
    if title is not None and no_org_word and place_type(name) is None:
        return PERSON
    found = place_type(name)
    if found is None and name.isupper() and len(name) >= 4:
        found = place_type(name.title())  # a dateline: "WASHINGTON (AP) -"
    if found is not None:
        return found
    if ctx.org_hint:
        return ORGANIZATION
    if ctx.before[-2:] in _CITY_CONTEXT:
        return CITY  # "the city of Bologna"
    if ctx.before[-2:] in _REGION_CONTEXT:
        return STATE  # "the state of Oaxaca", "the region of Emilia-Romagna"
    if len(words) >= 2 and words[0] in gz.WORLD_CITIES and place_type(words[-1]) is None:
        return ORGANIZATION  # "Sheffield Wednesday", "Norwich Union"
    if len(words) >= 2 and last in gz.OUTLET_HEADS and words[0] not in gz.MONTH_NAMES:
        return NEWSPAPER
    if len(words) >= 2 and words[0] in _BROADCASTERS:
        return NEWSPAPER  # "BBC Sport", "BBC World Service", "Sky Sports"
    if last in gz.EVENT_WORDS and len(words) >= 2:
        return EVENT
    if last in gz.ORG_HEADS or (len(words) >= 3 and words[0] in gz.ORG_HEADS):
        return ORGANIZATION
    if any(w in gz.ORG_HEADS for w in words[1:]) and len(words) >= 2:
        return ORGANIZATION
    if (
        len(words) >= 2
        and words[0] in resources.first_names()
        and words[0] not in gz.nationalities()
        and looks_like_person_name(words)
    ):
        return PERSON
    speech_next = bool(ctx.after) and ctx.after[0] in SPEECH_VERBS
    according = ctx.before[-2:] == ("according", "to")
    speech_before = bool(ctx.before) and ctx.before[-1] in SPEECH_VERBS
    if (speech_next or according or speech_before) and (
        looks_like_person_name(words) or _surname_like(words)
    ):
        return PERSON
    if name in gz.us_cities() and not ctx.sentence_initial:
        return CITY
    if len(words) == 1 and words[0].isupper() and len(words[0]) >= 2:
        return ORGANIZATION  # an acronym: "DHS", "KFB"
    if 2 <= len(words) <= 3 and all(w.isalpha() and w[1:].islower() for w in words):
        english = resources.english_words()
        if not any(w.lower() in english for w in words) and looks_like_person_name(words):
            return PERSON  # "Sunita Sharma": no word of it is an English word
    if any(w in gz.ROLE_NOUNS for w in ctx.apposition) and _name_shaped(words):
        return PERSON  # "Rhodri Glyn Thomas, Plaid Cymru health spokesman, said"
    if any(w in gz.ORG_ROLE_NOUNS for w in ctx.apposition[:3]):
        return ORGANIZATION  # "Koram, a rival bank"
    after_in = bool(ctx.before) and ctx.before[-1] in PLACE_PREPOSITIONS
    if after_in and len(words) <= 2 and not looks_like_person_name(words):
        return PLACE
    return OTHER
