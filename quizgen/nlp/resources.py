"""The one owner of NLTK data: where it is, whether it is there, and each model loaded once.

NLTK's convenience functions reload their models on every call (``ne_chunk`` costs
0.6 s a call), so everything here is cached for the life of the process. Missing data
raises :class:`MissingResourceError` telling the user to run ``quizgen setup``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from quizgen.errors import MissingResourceError


@dataclass(frozen=True)
class Resource:
    """An NLTK downloader package and the path inside nltk_data that proves it is present."""

    package: str
    probe: str
    folder: str
    purpose: str


RESOURCES: tuple[Resource, ...] = (
    Resource("punkt_tab", "tokenizers/punkt_tab/english/", "tokenizers", "sentence splitting"),
    Resource(
        "averaged_perceptron_tagger_eng",
        "taggers/averaged_perceptron_tagger_eng/",
        "taggers",
        "part-of-speech tags",
    ),
    Resource(
        "maxent_ne_chunker_tab",
        "chunkers/maxent_ne_chunker_tab/english_ace_binary/",
        "chunkers",
        "named-entity chunks",
    ),
    Resource("words", "corpora/words/en-basic", "corpora", "NE chunker word list"),
    Resource("stopwords", "corpora/stopwords/english", "corpora", "stop words"),
    Resource("names", "corpora/names/male.txt", "corpora", "first names (people)"),
    Resource("gazetteers", "corpora/gazetteers/countries.txt", "corpora", "places"),
    Resource("wordnet", "corpora/wordnet", "corpora", "distractors and entity types"),
)

BY_PACKAGE = {r.package: r for r in RESOURCES}


def _nltk_data() -> Any:
    import nltk.data

    return nltk.data


def search_path() -> list[str]:
    """Where NLTK looks, in order: NLTK_DATA first, then its usual folders."""
    return list(_nltk_data().path)


def locate(package: str) -> str | None:
    """The path of an installed resource, or None."""
    resource = BY_PACKAGE[package]
    data = _nltk_data()
    probes = [resource.probe]
    if package == "wordnet":
        probes = ["corpora/wordnet.zip/wordnet/", "corpora/wordnet/"]
    for probe in probes:
        try:
            return str(data.find(probe))
        except LookupError:
            continue
    return None


def require(package: str) -> str:
    path = locate(package)
    if path is None:
        resource = BY_PACKAGE[package]
        raise MissingResourceError(
            f"quizgen: NLTK data '{package}' ({resource.purpose}) is not installed; "
            "run `quizgen setup` (or `quizgen setup --from DIR` with an offline copy)"
        )
    return path


def status() -> dict[str, str | None]:
    return {r.package: locate(r.package) for r in RESOURCES}


@cache
def sentence_splitter() -> Any:
    require("punkt_tab")
    from nltk.tokenize.punkt import PunktTokenizer

    return PunktTokenizer("english")


@cache
def pos_tagger() -> Any:
    require("averaged_perceptron_tagger_eng")
    from nltk.tag.perceptron import PerceptronTagger

    return PerceptronTagger(lang="eng")


@cache
def ne_chunker() -> Any:
    """NLTK's maxent chunker, binary model: it marks entity spans but not their types."""
    require("maxent_ne_chunker_tab")
    require("words")
    from nltk.chunk.named_entity import Maxent_NE_Chunker

    return Maxent_NE_Chunker(fmt="binary")


@cache
def stopwords() -> frozenset[str]:
    require("stopwords")
    from nltk.corpus import stopwords as corpus

    return frozenset(corpus.words("english"))


@cache
def first_names() -> frozenset[str]:
    return male_names() | female_names()


@cache
def gazetteer(fileid: str) -> tuple[str, ...]:
    """One gazetteers list, e.g. ``countries.txt``, ``usstates.txt``, ``mexstates.txt``."""
    require("gazetteers")
    from nltk.corpus import gazetteers

    return tuple(gazetteers.words(fileid))


@cache
def english_words() -> frozenset[str]:
    require("words")
    from nltk.corpus import words

    return frozenset(w.lower() for w in words.words("en"))


@cache
def wordnet() -> Any:
    """WordNet takes about a second to load, so callers ask for it only when they need it."""
    require("wordnet")
    from nltk.corpus import wordnet as wn

    wn.ensure_loaded()
    return wn


@cache
def male_names() -> frozenset[str]:
    """First names of the names corpus's male list (gender of pronoun antecedents)."""
    require("names")
    from nltk.corpus import names

    return frozenset(names.words("male.txt"))


@cache
def female_names() -> frozenset[str]:
    require("names")
    from nltk.corpus import names

    return frozenset(names.words("female.txt"))
