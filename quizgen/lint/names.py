"""Telling people from places and organisations in capitalised names, and a country from
its demonym ("Honduras" / "Honduran").

Two checks need it: key-in-evidence accepts a person's surname or a country's demonym as
stating the answer, and the options check flags a person among distractors that are not
people. The word lists and gazetteers that decide it live here.
"""

from __future__ import annotations

from functools import cache

from quizgen.lint.matching import contains_phrase, norm_phrase, tokens, wordset

# Words that mark a capitalised name as an organisation, a place or a title, not a person.
NON_PERSON_WORDS = wordset(
    """
    agency airlines airport army association bank board bureau city club college commission
    committee company corporation council county court department district embassy federation
    force foundation government group guard herald institute island islands journal kingdom
    league ministry museum navy news office organisation organization parliament party
    police post press republic river school senate service society state states street
    studio team times tribune union university beach valley park bay lake mountain square
    centre center hospital church stadium hotel road avenue festival awards prize cup
    championship championships games records music media holdings inc ltd plc fc rovers
    athletic international national airways motors house hall palace cross aid fund trust
    alliance coalition network channel radio television democrats republicans conservatives
    labour liberals greens monday tuesday wednesday thursday friday saturday sunday
    """
)

# First names that more often start something else ("Red Cross", "Happy Mondays", "Welsh
# Liberal Democrats"): a name starting with one is left untyped rather than called a person.
AMBIGUOUS_FIRST_NAMES = wordset(
    """
    red happy major king prince royal grace hope faith joy sky christian welsh chelsea sydney
    victoria virginia georgia jordan israel chad washington lincoln paris florence carolina
    orange general lord young sunny summer august april june may golden star angel liberty
    """
)


@cache
def _first_names() -> frozenset[str]:
    from quizgen.nlp.resources import first_names

    return first_names()


@cache
def places() -> frozenset[str]:
    """Casefolded names of countries, US and Mexican states, Canadian provinces, US cities."""
    from quizgen.nlp.resources import gazetteer

    out: set[str] = set()
    for fileid in (
        "countries.txt",
        "usstates.txt",
        "mexstates.txt",
        "caprovinces.txt",
        "uscities.txt",
    ):
        out.update(w.casefold() for w in gazetteer(fileid))
    return frozenset(out)


@cache
def _nationalities() -> frozenset[str]:
    from quizgen.nlp.resources import gazetteer

    return frozenset(w.casefold() for w in gazetteer("nationalities.txt"))


def is_person(text: str) -> bool:
    """Two to four capitalised words starting with a first name, not an organisation or place."""
    words = tokens(text)
    if not 2 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return False
    if words[0] == "The" or any(w.casefold() in NON_PERSON_WORDS for w in words):
        return False
    first = words[0].casefold()
    if first in AMBIGUOUS_FIRST_NAMES or first in _nationalities():
        return False
    return words[0] in _first_names() and norm_phrase(text) not in places()


# Demonyms whose country name is not a prefix of them ("Honduras" -> "Honduran" is).
IRREGULAR_DEMONYMS = {
    "britain": ("british", "briton"),
    "united kingdom": ("british", "briton"),
    "uk": ("british", "briton"),
    "france": ("french",),
    "spain": ("spanish",),
    "netherlands": ("dutch",),
    "wales": ("welsh",),
    "switzerland": ("swiss",),
    "greece": ("greek",),
    "denmark": ("danish", "dane"),
    "sweden": ("swedish", "swede"),
    "finland": ("finnish", "finn"),
    "poland": ("polish", "pole"),
    "turkey": ("turkish", "turk"),
    "ireland": ("irish",),
    "scotland": ("scottish", "scot"),
    "england": ("english",),
    "philippines": ("filipino", "philippine"),
    "thailand": ("thai",),
    "portugal": ("portuguese",),
    "china": ("chinese",),
    "japan": ("japanese",),
    "vietnam": ("vietnamese",),
    "lebanon": ("lebanese",),
    "sudan": ("sudanese",),
    "yemen": ("yemeni",),
    "iraq": ("iraqi",),
    "israel": ("israeli",),
    "pakistan": ("pakistani",),
    "united states": ("american",),
    "us": ("american",),
    "usa": ("american",),
    "new zealand": ("new zealander", "kiwi"),
    "peru": ("peruvian",),
}


def demonym_in(key: str, evidence: str) -> bool:
    """'Honduras' is stated by 'mostly Honduran migrants': a country named by its adjective."""
    k = norm_phrase(key)
    words = [w.casefold() for w in tokens(evidence)]
    for form in IRREGULAR_DEMONYMS.get(k, ()):
        if contains_phrase(evidence, form) or contains_phrase(evidence, form + "s"):
            return True
    if " " in k or len(k) < 4 or k not in places():
        return False
    stem = k[:-1] if k[-1] in "aeiouys" else k
    return any(w.startswith(stem) and w != k and len(w) - len(stem) <= 4 for w in words)
