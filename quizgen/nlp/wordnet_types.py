"""WordNet instance hypernyms for names the cheap rules left as OTHER ("Bologna" -> CITY).

Loading WordNet costs two to four seconds, more than analysing an article, so the hypernyms
come first from the table the generator ships (``quizgen/data/wordnet_groups.json``: every
non-person WordNet instance with its instance hypernyms, extracted once from WordNet). Live
WordNet is asked only when that table is missing and WordNet is already loaded. People are
not in the table; single-word person senses would be wrong anyway ("Siemens" the engineer).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources as importlib_resources
from typing import Any

from quizgen.nlp import resources
from quizgen.nlp.coref import Mention
from quizgen.nlp.document import (
    CITY,
    COUNTRY,
    EVENT,
    NEWSPAPER,
    ORGANIZATION,
    OTHER,
    PLACE,
    STATE,
)

TABLE = "wordnet_groups.json"
_PLACE_TYPES = frozenset({CITY, COUNTRY, STATE})
# Words of WordNet hypernym names, in the order that decides ("port city": CITY).
_KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("newspaper", "news_agency", "magazine"), NEWSPAPER),
    (("city", "capital", "town", "port", "village", "borough", "suburb", "conurbation"), CITY),
    (("country", "kingdom", "republic", "sultanate", "principality", "empire"), COUNTRY),
    (("state", "province", "county", "canton", "region", "district", "colony"), STATE),
    (
        (
            "organization",
            "agency",
            "company",
            "party",
            "college",
            "university",
            "group",
            "exchange",
            "government",
            "movement",
            "force",
            "cartel",
            "society",
            "search_engine",
        ),
        ORGANIZATION,
    ),
    (("war", "battle", "revolution", "rebellion", "crusade", "siege", "conference"), EVENT),
    (
        (
            "river",
            "sea",
            "ocean",
            "lake",
            "mountain",
            "island",
            "isle",
            "desert",
            "continent",
            "peninsula",
            "bay",
            "gulf",
            "strait",
            "canal",
            "valley",
            "park",
            "forest",
            "area",
            "land",
            "range",
            "hill",
            "street",
            "square",
            "building",
            "bridge",
            "palace",
            "cathedral",
            "museum",
            "airport",
            "site",
            "channel",
            "estuary",
            "highland",
            "plain",
            "reservoir",
            "dam",
        ),
        PLACE,
    ),
)


def worth_asking(words: list[str]) -> bool:
    """Only capitalised names; plain English words capitalised in a quote never are."""
    return all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words)


@cache
def shipped_table() -> dict[str, Any]:
    """The shipped table, parsed once per process (the generator's distractors read it too)."""
    text = importlib_resources.files("quizgen.data").joinpath(TABLE).read_text("utf-8")
    return json.loads(text)


@cache
def _table() -> dict[str, list[str]] | None:
    try:
        return shipped_table()["member_of"]
    except (FileNotFoundError, ModuleNotFoundError, KeyError, ValueError, OSError):
        return None


def type_of_hypernyms(hypernyms: list[str]) -> str | None:
    for words, etype in _KEYWORDS:
        if any(w in h.split("_") or h == w for h in hypernyms for w in words):
            return etype
    return None


@cache
def wordnet_type(name: str) -> str | None:
    """The entity type WordNet's instance hypernyms give ``name``, or None."""
    table = _table()
    if table is not None:
        return type_of_hypernyms(table.get(name.casefold(), []))
    if not resources.wordnet.cache_info().currsize:
        return None  # not worth two seconds of loading
    wn = resources.wordnet()
    hypernyms: list[str] = []
    for synset in wn.synsets(name.replace(" ", "_"), pos="n")[:3]:
        hypernyms.extend(h.name().split(".")[0] for h in synset.instance_hypernyms())
    return type_of_hypernyms(hypernyms)


def type_others(mentions: list[Mention]) -> bool:
    """Type OTHER (and vague PLACE) mentions through WordNet, in place; True on any change."""
    changed = False
    for m in mentions:
        if m.type not in (OTHER, PLACE) or not worth_asking(m.words):
            continue
        etype = wordnet_type(m.name)
        # a PLACE guessed from "in X" may become a CITY/COUNTRY/STATE, but not something else
        if etype is not None and (m.type == OTHER or etype in _PLACE_TYPES):
            m.type = etype
            changed = True
    return changed
