"""WordNet instance hypernyms for names the cheap rules left as OTHER ("Cannes" -> CITY).

Loading WordNet costs one to three seconds, so it is asked for only when some OTHER name
could be in it: a name none of whose words is an ordinary English word ("Gang Members" and
"Southern Border" never are). Single-word person senses are ignored: "Siemens" the engineer
is rarely the Siemens of a news article.
"""

from __future__ import annotations

from functools import cache

from quizgen.nlp import resources
from quizgen.nlp.coref import Mention
from quizgen.nlp.document import (
    CITY,
    COUNTRY,
    EVENT,
    NEWSPAPER,
    ORGANIZATION,
    OTHER,
    PERSON,
    PLACE,
    STATE,
)

# Checked in order: the first hypernym found in the closure decides.
_HYPERNYM_TYPES = (
    ("newspaper.n.01", NEWSPAPER),
    ("news_agency.n.01", NEWSPAPER),
    ("city.n.01", CITY),
    ("town.n.01", CITY),
    ("country.n.02", COUNTRY),
    ("state.n.01", STATE),
    ("province.n.01", STATE),
    ("person.n.01", PERSON),
    ("organization.n.01", ORGANIZATION),
    ("event.n.01", EVENT),
    ("location.n.01", PLACE),
    ("body_of_water.n.01", PLACE),
    ("geological_formation.n.01", PLACE),
)


def worth_asking(words: list[str]) -> bool:
    english = resources.english_words()
    for w in words:
        low = w.lower()
        if not w.isalpha() or low in english or low.rstrip("s") in english or w.isupper():
            return False
    return True


@cache
def wordnet_type(name: str) -> str | None:
    """The entity type WordNet's instance hypernyms give ``name``, or None."""
    wn = resources.wordnet()
    for synset in wn.synsets(name.replace(" ", "_"), pos="n")[:3]:
        parents = synset.instance_hypernyms()
        if not parents:
            continue
        closure = {p.name() for p in parents}
        for p in parents:
            closure.update(h.name() for h in p.closure(lambda s: s.hypernyms()))
        for hypernym, etype in _HYPERNYM_TYPES:
            if hypernym in closure:
                if etype == PERSON and " " not in name:
                    break
                return etype
    return None


def type_others(mentions: list[Mention]) -> bool:
    """Type OTHER mentions through WordNet (in place); True when any type changed."""
    names = sorted({m.name for m in mentions if m.type == OTHER and worth_asking(m.words)})
    if not names:
        return False
    found = {n: wordnet_type(n) for n in names}
    changed = False
    for m in mentions:
        etype = found.get(m.name) if m.type == OTHER else None
        if etype is not None:
            m.type = etype
            changed = True
    return changed
