"""Small built-in lists of names by type: the last source of distractors."""

from __future__ import annotations

from quizgen.nlp import document as d

PEOPLE = (
    "Angela Merkel", "Tony Blair", "Gordon Brown", "Vladimir Putin", "Jacques Chirac",
    "George W Bush", "Barack Obama", "Hillary Clinton", "Kofi Annan", "Condoleezza Rice",
    "Silvio Berlusconi", "Nicolas Sarkozy", "Bill Gates", "Steve Jobs", "Rupert Murdoch",
    "Richard Branson", "Warren Buffett", "David Beckham", "Roger Federer", "Jose Mourinho",
    "Michael Howard", "Charles Kennedy", "John Prescott", "Jack Straw", "Alan Greenspan",
)  # fmt: skip

NEWSPAPERS = (
    "The New York Times", "The Washington Post", "The Wall Street Journal", "The Guardian",
    "The Times", "Financial Times", "The Daily Telegraph", "The Independent", "Reuters",
    "Associated Press", "BBC News", "Le Monde", "USA Today", "The Economist",
)  # fmt: skip

ORGANIZATIONS = (
    "United Nations", "European Union", "World Bank", "International Monetary Fund", "Nato",
    "World Health Organization", "Red Cross", "World Trade Organization", "Amnesty International",
    "Greenpeace", "Oxfam", "Interpol",
)  # fmt: skip

CITIES = (
    "London", "Paris", "Berlin", "Madrid", "Rome", "New York", "Washington", "Tokyo", "Beijing",
    "Moscow", "Sydney", "Toronto", "Mexico City", "Los Angeles", "Chicago", "Manchester",
    "Edinburgh", "Dublin", "Brussels", "Amsterdam",
)  # fmt: skip

MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


UK_PARTIES = (
    "Labour",
    "Conservatives",
    "Tories",
    "Liberal Democrats",
    "UKIP",
    "SNP",
    "Plaid Cymru",
)
US_PARTIES = ("Democrats", "Republicans")
GROUPS = (("England", "Scotland", "Wales", "Northern Ireland"), UK_PARTIES, US_PARTIES)

# Parties named without the word "party" ("the Tories said").
PARTIES = frozenset(
    name.casefold() for name in (*UK_PARTIES, *US_PARTIES, "Lib Dems", "Greens", "Green Party",
    "Scottish National Party", "Sinn Fein", "DUP", "SDLP", "Christian Democrats",
    "Social Democrats")
)  # fmt: skip


# Singular forms used as adjectives ("Liberal Democrat spokesman Menzies Campbell").
PARTY_FORMS = {
    "liberal democrat": UK_PARTIES, "lib dem": UK_PARTIES, "tory": UK_PARTIES,
    "conservative": UK_PARTIES, "democrat": US_PARTIES, "republican": US_PARTIES,
}  # fmt: skip


def is_party(name: str) -> bool:
    folded = name.casefold()
    return folded in PARTIES or folded in PARTY_FORMS or folded.endswith(" party")


def group_of(key: str) -> tuple[str, ...] | None:
    for group in GROUPS:
        if key in group:
            return group
    return PARTY_FORMS.get(key.casefold())


def builtin(entity_type: str, key: str) -> tuple[str, ...]:
    """The fallback list for a type; gazetteers for countries, nationalities and states."""
    from quizgen.nlp import resources

    if entity_type == d.PERSON:
        return PEOPLE
    if entity_type == d.NEWSPAPER:
        return NEWSPAPERS
    if entity_type == d.ORGANIZATION:
        return ORGANIZATIONS
    if entity_type == d.CITY:
        return CITIES
    if entity_type == d.COUNTRY:
        return resources.gazetteer("countries.txt")
    if entity_type == d.NATIONALITY:
        return resources.gazetteer("nationalities.txt")
    if entity_type == d.STATE:
        mexican = resources.gazetteer("mexstates.txt")
        if key in mexican:
            return mexican
        return resources.gazetteer("usstates.txt")
    if entity_type == d.DATE:
        if key in MONTHS:
            return MONTHS
        if key in WEEKDAYS:
            return WEEKDAYS
    return ()
