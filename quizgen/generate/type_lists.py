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


GROUPS = (
    ("England", "Scotland", "Wales", "Northern Ireland"),
    ("Labour", "Conservatives", "Liberal Democrats", "UKIP", "SNP", "Plaid Cymru"),
)


def group_of(key: str) -> tuple[str, ...] | None:
    for group in GROUPS:
        if key in group:
            return group
    return None


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
