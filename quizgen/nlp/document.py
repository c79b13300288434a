"""What the NLP pipeline finds in an article: the contract between ``nlp`` and ``generate``.

All offsets are character offsets into the *original* article text (``Document.text``),
so ``document.text[x.start:x.end]`` is always the verbatim span, whatever normalisation
the pipeline did internally.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Entity types produced by the project's own typing rules (the offline NE chunker is binary).
PERSON = "PERSON"
ORGANIZATION = "ORGANIZATION"
NEWSPAPER = "NEWSPAPER"  # a news outlet: newspaper, agency, broadcaster
COUNTRY = "COUNTRY"
NATIONALITY = "NATIONALITY"  # "Honduran", "Mexican": adjectives of a country
STATE = "STATE"  # US / Mexican states and similar regions
CITY = "CITY"
PLACE = "PLACE"  # any other location
EVENT = "EVENT"
DATE = "DATE"  # weekdays, months, "last week", years used as dates
OTHER = "OTHER"  # a proper name whose type the rules could not decide

ENTITY_TYPES = (
    PERSON,
    ORGANIZATION,
    NEWSPAPER,
    COUNTRY,
    NATIONALITY,
    STATE,
    CITY,
    PLACE,
    EVENT,
    DATE,
    OTHER,
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    pos: str


@dataclass(frozen=True)
class Entity:
    """A named entity mention. ``canonical`` is the fullest name the article uses for it
    ("Trump" -> "Donald Trump"); ``title`` a role word attached to it ("President")."""

    text: str
    start: int
    end: int
    type: str
    sentence: int
    first_token: int
    last_token: int  # inclusive, index into the sentence's tokens
    canonical: str
    title: str | None = None
    gender: str | None = None  # "male"/"female" for a PERSON when the name or title tells


@dataclass(frozen=True)
class Quantity:
    """A number found in the text, with what it counts and how exactly the text states it.

    ``value`` is the number as written ("5,000" -> 5000, "five-fold" -> 5, "$2.5bn" -> 2.5e9
    with unit "$"); a range "3000 to 4000" has ``low``/``high`` and ``value`` the midpoint;
    ``modifier`` is the hedge before it ("nearly", "roughly", "at least", "more than", ...);
    ``unit`` is the unit or counted noun ("soldiers", "km", "%", "$", "times", "years");
    ``kind`` is one of count, money, percent, distance, duration, year, multiplier, ordinal,
    measure, time, score, age ("the 22-year-old"), date ("17 March": value the day, unit the
    month), fraction ("two thirds" -> 0.667), other (a number inside a name: "Channel 4")."""

    text: str
    start: int
    end: int
    value: float
    sentence: int
    first_token: int
    last_token: int
    kind: str
    unit: str | None = None
    modifier: str | None = None
    low: float | None = None
    high: float | None = None
    noun_phrase: str | None = None  # "active-duty soldiers", "National Guard troops"


@dataclass(frozen=True)
class Quote:
    """Direct speech and who said it (``speaker`` None when the text does not say)."""

    text: str  # the words inside the quotation marks
    start: int  # offsets of the quoted words, without the marks
    end: int
    sentence: int
    speaker: Entity | None = None
    speaker_text: str | None = None  # "the official", "he" resolved or not
    verb: str | None = None  # "said", "tweeted", "told"


@dataclass
class Sentence:
    index: int
    text: str  # verbatim: Document.text[start:end]
    start: int
    end: int
    paragraph: int
    tokens: list[Token] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass
class Document:
    text: str  # the original article text, exactly as read
    title: str | None  # the headline when the article starts with one
    sentences: list[Sentence] = field(default_factory=list)

    @property
    def entities(self) -> list[Entity]:
        return [e for s in self.sentences for e in s.entities]

    @property
    def quantities(self) -> list[Quantity]:
        return [q for s in self.sentences for q in s.quantities]

    @property
    def quotes(self) -> list[Quote]:
        return [q for s in self.sentences for q in s.quotes]
