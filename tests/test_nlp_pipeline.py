"""analyse() on the seed article and on news-style sentences: types, titles, numbers, quotes."""

from __future__ import annotations

import pytest

from quizgen.nlp.coref import resolve_pronoun
from quizgen.nlp.document import Document
from quizgen.nlp.pipeline import analyse

from .conftest import SEED, python_output


@pytest.fixture(scope="module")
def seed_doc() -> Document:
    return analyse(SEED.read_text(encoding="utf-8"))


def spans_exact(doc: Document) -> None:
    text = doc.text
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text
        assert s.text == s.text.strip() and s.text
        for t in s.tokens:
            assert text[t.start : t.end] == t.text
        for e in s.entities:
            assert text[e.start : e.end] == e.text and e.text.strip()
            assert s.tokens[e.first_token].start == e.start
            assert s.tokens[e.last_token].end == e.end
        for q in s.quantities:
            assert text[q.start : q.end] == q.text
        for q in s.quotes:
            assert text[q.start : q.end] == q.text


def entity(doc: Document, text: str):
    found = [e for e in doc.entities if e.text == text]
    assert found, f"{text!r} not among {[e.text for e in doc.entities]}"
    return found[0]


def quantity(doc: Document, text: str):
    found = [q for q in doc.quantities if q.text == text]
    assert found, f"{text!r} not among {[q.text for q in doc.quantities]}"
    return found[0]


def test_seed_offsets_map_back(seed_doc):
    spans_exact(seed_doc)
    assert len(seed_doc.sentences) >= 25


@pytest.mark.parametrize(
    ("text", "etype", "title"),
    [
        ("Donald Trump", "PERSON", "President"),
        ("Jim Mattis", "PERSON", "Defence Secretary"),
        ("Enrique Peña Nieto", "PERSON", "President"),
        ("Mexico", "COUNTRY", None),
        ("Guatemala", "COUNTRY", None),
        ("Honduran", "NATIONALITY", None),
        ("Chiapas", "STATE", None),
        ("Oaxaca", "STATE", None),
        ("Wall Street Journal", "NEWSPAPER", None),
        ("Department of Homeland Security", "ORGANIZATION", None),
        ("Pentagon", "ORGANIZATION", None),
        ("White House", "ORGANIZATION", None),
        ("April", "DATE", None),
    ],
)
def test_seed_entity_types_and_titles(seed_doc, text, etype, title):
    e = entity(seed_doc, text)
    assert e.type == etype
    assert e.title == title


def test_surnames_take_the_full_name_and_type(seed_doc):
    trumps = [e for e in seed_doc.entities if e.text == "Trump"]
    assert trumps and all(e.canonical == "Donald Trump" and e.type == "PERSON" for e in trumps)
    mattis = [e for e in seed_doc.entities if e.text == "Mattis"]
    assert mattis and all(e.canonical == "Jim Mattis" for e in mattis)
    assert entity(seed_doc, "Donald Trump").gender == "male"


def test_partial_org_names_and_acronyms_join_the_full_name():
    doc = analyse(
        "The Department of Homeland Security said it would act. "
        "Homeland Security officials met on Monday. A DHS spokesman declined to comment."
    )
    assert entity(doc, "Homeland Security").canonical == "Department of Homeland Security"
    assert entity(doc, "DHS").canonical == "Department of Homeland Security"
    assert entity(doc, "DHS").type == "ORGANIZATION"


@pytest.mark.parametrize(
    ("text", "value", "kind", "unit", "modifier", "phrase"),
    [
        ("5000", 5000, "count", "soldiers", None, "active-duty soldiers"),
        ("roughly 2000", 2000, "count", "troops", "roughly", "National Guard troops"),
        ("nearly 7000", 7000, "count", "migrants", "nearly", "migrants"),
        ("At least 1000", 1000, "count", "members", "at least", "caravan members"),
        ("at least 1450km", 1450, "distance", "km", "at least", None),
        ("five-fold", 5, "multiplier", "times", None, None),
    ],
)
def test_seed_quantities(seed_doc, text, value, kind, unit, modifier, phrase):
    q = quantity(seed_doc, text)
    assert (q.value, q.kind, q.unit, q.modifier, q.noun_phrase) == (
        value,
        kind,
        unit,
        modifier,
        phrase,
    )


def test_seed_ranges(seed_doc):
    q = quantity(seed_doc, "800 to 1000")
    assert (q.low, q.high, q.value, q.unit) == (800, 1000, 900, "troops")
    q = quantity(seed_doc, "3000 to 4000")
    assert (q.low, q.high, q.value) == (3000, 4000, 3500)


def test_quantity_tokens_cover_the_number(seed_doc):
    for q in seed_doc.quantities:
        tokens = seed_doc.sentences[q.sentence].tokens
        assert tokens[q.first_token].start <= q.start < tokens[q.first_token].end + 1
        assert tokens[q.last_token].start < q.end <= tokens[q.last_token].end


def test_tweeted_quote_resolves_he_to_trump(seed_doc):
    tweets = [q for q in seed_doc.quotes if q.verb == "tweeted"]
    assert len(tweets) == 2  # the tweet spans two sentences
    assert tweets[0].text.startswith("Many Gang Members")
    assert all(q.speaker is not None and q.speaker.canonical == "Donald Trump" for q in tweets)
    assert tweets[0].speaker_text == "he"


def test_said_the_official_and_name_said(seed_doc):
    official = [q for q in seed_doc.quotes if q.text.startswith("We've asked")]
    assert official[0].speaker_text == "the official" and official[0].verb == "said"
    assert official[0].speaker is None
    last = seed_doc.quotes[-1]
    assert last.text.startswith("On the border")
    assert last.speaker.canonical == "Jim Mattis"


def test_speaker_before_a_colon():
    doc = analyse('Eminem told the crowd: "We finally won an award, thank you very much."')
    (q,) = doc.quotes
    assert q.speaker.text == "Eminem" and q.verb == "told"
    assert q.text == "We finally won an award, thank you very much."


def test_continued_quote_keeps_its_speaker():
    doc = analyse(
        'Jane Hutt said: "We are turning the corner on long waits. "Now we need to go '
        'further and faster than before."'
    )
    assert [q.speaker.text for q in doc.quotes] == ["Jane Hutt", "Jane Hutt"]


def test_resolve_pronoun_by_gender_and_for_organisations():
    doc = analyse(
        "Germaine Greer met John McCririck in London on Monday. She said he was wrong. "
        "UK-based bank Standard Chartered said its shares fell."
    )
    s1 = doc.sentences[1]
    she = next(i for i, t in enumerate(s1.tokens) if t.text == "She")
    he = next(i for i, t in enumerate(s1.tokens) if t.text == "he")
    assert resolve_pronoun(doc, 1, she).canonical == "Germaine Greer"
    assert resolve_pronoun(doc, 1, he).canonical == "John McCririck"
    s2 = doc.sentences[2]
    its = next(i for i, t in enumerate(s2.tokens) if t.text == "its")
    assert resolve_pronoun(doc, 2, its).text == "Standard Chartered"
    assert resolve_pronoun(doc, 1, 1) is None  # "said" is not a pronoun


def test_pronoun_without_antecedent_is_none():
    doc = analyse("He said the plan would fail.")
    assert resolve_pronoun(doc, 0, 0) is None


def test_curly_quotes_and_crlf_keep_offsets():
    text = (
        "Border plan\r\n\r\n\u201cPlease go back,\u201d he tweeted \u2013 "
        "Defence Secretary Jim Mattis said roughly 2,000 troops\u2019 families\u2026 "
        "were waiting.\r\n\r\nMattis said: \u201cWe are ready.\u201d\r\n"
    )
    doc = analyse(text)
    spans_exact(doc)
    assert doc.title == "Border plan"
    assert all("Border plan" not in s.text for s in doc.sentences)
    assert entity(doc, "Jim Mattis").title == "Defence Secretary"
    assert quantity(doc, "roughly 2,000").value == 2000
    assert [q.text for q in doc.quotes] == ["Please go back,", "We are ready."]
    assert doc.quotes[1].speaker.canonical == "Jim Mattis"


def test_headline_needs_a_short_line_and_a_blank_line():
    assert analyse("A whole first sentence ends here.\n\nNext.").title is None
    assert analyse("Ad sales boost Time Warner profit\n\nProfits rose.").title == (
        "Ad sales boost Time Warner profit"
    )


def test_sentences_do_not_split_after_a_title_with_an_exclamation():
    doc = analyse("They won best song for hit Hey Ya! after getting five nominations. Then more.")
    assert [s.text for s in doc.sentences] == [
        "They won best song for hit Hey Ya! after getting five nominations.",
        "Then more.",
    ]


def test_sentences_never_cross_paragraphs():
    doc = analyse("First paragraph without a full stop\n\nSecond paragraph here. And more.")
    assert [s.paragraph for s in doc.sentences] == [0, 1, 1] or doc.title is not None


def test_empty_and_blank_texts():
    for text in ("", "   \n\n  ", "\ufeff"):
        doc = analyse(text)
        assert doc.sentences == [] and doc.text == text


def test_numbers_inside_names_count_nothing():
    doc = analyse(
        "The Channel 4 reality TV show drew 6,000 people, and Andre 3000 thanked fans at No 10."
    )
    kinds = {q.text: q.kind for q in doc.quantities}
    assert kinds == {"4": "other", "6,000": "count", "3000": "other", "10": "other"}
    assert quantity(doc, "6,000").noun_phrase == "people"


def test_noun_phrase_runs_through_a_proper_name_with_of():
    doc = analyse("One Department of Homeland Security official said 5000 soldiers would go.")
    q = quantity(doc, "One")
    assert (q.value, q.unit, q.noun_phrase) == (
        1,
        "official",
        "Department of Homeland Security official",
    )
    assert quantity(doc, "5000").noun_phrase == "soldiers"


def test_time_words_are_not_counted_nouns():
    doc = analyse("There were 305,775 people waiting, down from 311,764 last month.")
    assert quantity(doc, "305,775").noun_phrase == "people"
    assert quantity(doc, "311,764").noun_phrase is None


def test_context_words_type_places_and_organisations():
    doc = analyse(
        "Prime Minister Giorgia Meloni visited the city of Bologna in the Emilia-Romagna "
        "region. Farmers' association Coldiretti said Seattle-based Microsoft would help, "
        "and Ursula von der Leyen agreed."
    )
    assert entity(doc, "Giorgia Meloni").title == "Prime Minister"
    assert entity(doc, "Bologna").type == "CITY"
    assert entity(doc, "Coldiretti").type == "ORGANIZATION"
    assert entity(doc, "Ursula von der Leyen").type == "PERSON"
    assert not [e for e in doc.entities if e.text.endswith("-based")]


def test_wordnet_hypernyms_type_what_the_lists_do_not_know():
    doc = analyse("Crowds gathered in Cannes while the Danube flooded near Oaxaca.")
    assert entity(doc, "Cannes").type == "CITY"
    assert entity(doc, "Danube").type == "PLACE"
    plain = analyse("Crowds gathered in Cannes while the Danube flooded.", wordnet=False)
    assert entity(plain, "Danube").type == "OTHER"


def test_attribution_after_a_conjunction_and_broadcasters():
    doc = analyse(
        'Arsenal boss Mikel Arteta said his side had "lost control" after the break. '
        'The defeat was "a lesson", and he told BBC Sport the club would improve.'
    )
    lesson = next(q for q in doc.quotes if q.text == "a lesson")
    assert lesson.speaker_text == "he" and lesson.speaker.canonical == "Mikel Arteta"
    assert entity(doc, "Mikel Arteta").title == "boss"
    assert entity(doc, "BBC Sport").type == "NEWSPAPER"


def test_listed_names_share_a_type_and_appositions_type_names():
    doc = analyse(
        "Usher beat competition from Justin Timberlake, Jay-Z, Nelly and Robbie Williams. "
        "Rhodri Glyn Thomas, Plaid Cymru health spokesman, said the target was weak."
    )
    assert entity(doc, "Jay-Z").type == "PERSON"
    assert entity(doc, "Nelly").type == "PERSON"
    assert entity(doc, "Rhodri Glyn Thomas").type == "PERSON"
    assert entity(doc, "Plaid Cymru").type == "ORGANIZATION"


def test_a_known_name_inside_a_longer_one_keeps_its_own_type():
    doc = analyse(
        "OutKast won at the MTV Europe Music Awards in Rome. MTV also organised a concert."
    )
    mtv = [e for e in doc.entities if e.text == "MTV"]
    assert mtv and mtv[0].type == "ORGANIZATION" and mtv[0].canonical == "MTV"


def test_its_is_not_a_country_used_as_a_modifier(seed_doc):
    s = next(s for s in seed_doc.sentences if "so its arrival" in s.text)
    its = next(i for i, t in enumerate(s.tokens) if t.text == "its")
    assert resolve_pronoun(seed_doc, s.index, its) is None


def test_us_style_titles_datelines_and_descriptions():
    doc = analyse(
        "WASHINGTON (AP) - The bill passed 74-24 after Senate Majority Leader Chuck Schumer "
        "struck a deal on Thursday. Sen. Mitch McConnell, R-Ky., called it "
        '"a good outcome for the American people." House Speaker Mike Johnson agreed.'
    )
    assert entity(doc, "WASHINGTON").type == "CITY"
    assert entity(doc, "AP").type == "NEWSPAPER"
    assert entity(doc, "Chuck Schumer").title == "Senate Majority Leader"
    assert entity(doc, "Mike Johnson").title == "House Speaker"
    assert entity(doc, "Mitch McConnell").title == "Sen."
    assert not [e for e in doc.entities if e.text.startswith("R-")]
    (q,) = doc.quotes
    assert q.speaker.canonical == "Mitch McConnell" and q.verb == "called"
    assert quantity(doc, "74-24").kind == "score"


def test_dates_are_whole_date_entities():
    doc = analyse(
        "On 17 March 2003 the answer was published. Officials met last week and again "
        "on Friday morning, and the deal should close by April 2005, as it has since 2004. "
        "In 2000 troops were sent."
    )
    dates = [e.text for e in doc.entities if e.type == "DATE"]
    assert dates == ["17 March 2003", "last week", "Friday morning", "April 2005", "2004"]


def test_analyse_never_loads_wordnet(tmp_path):
    """WordNet costs 2-4 s to load: the pipeline types names from the shipped table instead."""

    code = (
        "import sys\n"
        "from quizgen.nlp import resources\n"
        "from quizgen.nlp.pipeline import analyse\n"
        "doc = analyse(open(sys.argv[1], encoding='utf-8').read()"
        " + ' Crowds gathered in Cannes near the Danube.')\n"
        "assert any(e.text == 'Cannes' and e.type == 'CITY' for e in doc.entities)\n"
        "import nltk.corpus\n"
        "print(resources.wordnet.cache_info().currsize, type(nltk.corpus.wordnet).__name__)\n"
    )
    assert python_output(code, str(SEED), cwd=tmp_path).split() == ["0", "LazyCorpusLoader"]


def test_a_description_in_quotes_is_attributed_to_who_made_it(seed_doc):
    first = seed_doc.sentences[0].quotes
    assert [q.text for q in first] == ["an invasion"]
    assert first[0].speaker.canonical == "Donald Trump" and first[0].verb == "likened"


def test_no_sentence_break_after_no_dot():
    doc = analyse("He lives at No. 10 Downing Street. She does not.")
    assert [s.text for s in doc.sentences] == [
        "He lives at No. 10 Downing Street.",
        "She does not.",
    ]


def test_a_name_keeps_the_type_most_of_its_mentions_have():
    doc = analyse(
        "Profits at US media giant TimeWarner jumped. TimeWarner said sales rose. "
        "Analysts expect TimeWarner to grow."
    )
    assert {e.type for e in doc.entities if e.text == "TimeWarner"} == {"ORGANIZATION"}


def test_gender_from_the_pronouns_that_follow_a_name():
    # Kelly and Jordan are in both lists of the names corpus
    doc = analyse(
        "Kelly Holmes won the 1500m title and she set a personal best. "
        'Jordan Smith said: "She was brilliant."'
    )
    assert entity(doc, "Kelly Holmes").gender == "female"
    assert entity(doc, "Jordan Smith").gender is None  # "She" in the quote is someone else
