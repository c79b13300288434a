"""Unit tests of the generator's modules on real sentences from the seed article.

Documents are built by hand here (tokens tagged by NLTK, entities and quantities marked by
the test), so these tests pin the generator's own rules whatever the NLP pipeline decides.
"""

from __future__ import annotations

import random
import re

import pytest

from quizgen.generate import distractors, ids, numeric, ranking, select, text, wordnet_groups
from quizgen.generate.candidates import MULTIPLE_CHOICE, NUMERIC, Candidate
from quizgen.generate.multiple_choice import mc_candidates
from quizgen.nlp import document as d
from quizgen.nlp import resources


def make_doc(sentence: str, entities=(), quantities=(), *, prefix: str = "") -> d.Document:
    """One-sentence Document; ``entities`` are (text, type, canonical), ``quantities``
    (text, kind, unit, modifier, low, high), each found by its first occurrence."""
    full = prefix + sentence
    base = len(prefix)
    spans = [
        (m.start() + base, m.end() + base)
        for m in re.finditer(r"\d[\d,.]*|\w+(?:-\w+)*|'s|[^\w\s]", sentence)
    ]
    # glue number+unit tokens the way the pipeline does: "1450km" -> "1450", "km"
    tokens_text = [full[a:b] for a, b in spans]
    tags = resources.pos_tagger().tag(tokens_text)
    tokens = [d.Token(t, a, b, pos) for (a, b), (t, pos) in zip(spans, tags, strict=True)]
    s = d.Sentence(
        index=0, text=sentence, start=base, end=base + len(sentence), paragraph=0, tokens=tokens
    )

    def token_range(start: int, end: int) -> tuple[int, int]:
        idx = [i for i, t in enumerate(tokens) if t.start < end and t.end > start]
        return idx[0], idx[-1]

    for name, etype, canonical, *rest in entities:
        start = full.index(name, base)
        first, last = token_range(start, start + len(name))
        title = rest[0] if rest else None
        s.entities.append(
            d.Entity(name, start, start + len(name), etype, 0, first, last, canonical, title)
        )
    for qtext, kind, unit, modifier, low, high in quantities:
        start = full.index(qtext, base)
        first, last = token_range(start, start + len(qtext))
        value = numeric.parse_number(re.findall(r"[\d,.]+|\w+", qtext.split()[-1])[0]) or 0
        s.quantities.append(
            d.Quantity(
                qtext,
                start,
                start + len(qtext),
                value,
                0,
                first,
                last,
                kind,
                unit,
                modifier,
                low,
                high,
            )
        )
    return d.Document(text=full, title=None, sentences=[s])


SOLDIERS = (
    "One Department of Homeland Security official with knowledge of the planning said 5000 "
    "active-duty soldiers would be temporarily sent to the border, but two other US officials "
    "cautioned that the final number had yet to be determined by the Pentagon."
)
CARAVAN = "The caravan remains at least 1450km from US territory, so its arrival is not imminent."
CORE = (
    "But the core group of mostly Honduran migrants, which authorities estimate at 3000 to 4000, "
    "has rejected his entreaty and continued heading north toward the US border."
)
WSJ = "The larger deployment was first reported by the Wall Street Journal."
TWEET = (
    'Trump said in a tweet that the caravan\'s plans to reach the border amounted to "an invasion".'
)
FOLD = (
    "It was not immediately clear why the scale of the mobilisation had increased five-fold from "
    "the 800 to 1000 troops that Defence officials were discussing last week."
)


# ids -----------------------------------------------------------------------------------


def test_slugify_folds_accents_and_punctuation():
    assert ids.slugify("Enrique Peña Nieto") == "enrique-pena-nieto"
    assert ids.slugify("$1.13bn!") == "1-13bn"
    assert ids.slugify("   ") == "x"


def test_question_id_is_stable_and_separates_equal_keys_by_offset():
    a = ids.question_id("numeric", "5000", 300)
    assert a == ids.question_id("numeric", "5000", 300)
    assert a != ids.question_id("numeric", "5000", 301)
    assert re.fullmatch(r"q-5000-[0-9a-f]{6}", a)


def test_unique_ids_suffixes_repeats_in_order():
    assert ids.unique_ids(["q-a", "q-b", "q-a", "q-a"]) == ["q-a", "q-b", "q-a-2", "q-a-3"]


# numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("surface", "value"),
    [
        ("5,000", 5000),
        ("1450", 1450),
        ("3.5", 3.5),
        ("five", 5),
        ("twenty-five", 25),
        ("two hundred", 200),
    ],
)
def test_parse_number(surface, value):
    assert numeric.parse_number(surface) == value


def test_nice_tolerance_two_significant_digits():
    assert numeric.nice_tolerance(2000, 0.10) == 200
    assert numeric.nice_tolerance(7000, 0.05) == 350
    assert numeric.nice_tolerance(16, 0.10) == 1.6
    assert numeric.nice_tolerance(0, 0.10) == 0


def test_how_many_question_keeps_the_attribution():
    doc = make_doc(
        SOLDIERS,
        entities=[
            ("Department of Homeland Security", d.ORGANIZATION, "Department of Homeland Security")
        ],
        quantities=[("5000", "count", "soldiers", None, None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.form == "wh"
    assert cand.prompt == (
        "How many active-duty soldiers would be temporarily sent to the border, "
        "according to a Department of Homeland Security official?"
    )
    assert (cand.answer, cand.tolerance, cand.unit) == (5000, 0, "soldiers")
    assert ranking.rejection(cand) is None


def test_cloze_with_glued_unit_and_at_least_hedge():
    doc = make_doc(
        CARAVAN, quantities=[("at least 1450km", "distance", "km", "at least", None, None)]
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.form == "cloze"
    assert cand.prompt == "The caravan remains at least ____ km from US territory."
    assert (cand.answer, cand.tolerance, cand.unit) == (1450, 0, "km")
    assert cand.answer_text == "at least 1450"


def test_range_becomes_midpoint_with_half_width_tolerance():
    doc = make_doc(CORE, quantities=[("3000 to 4000", "count", None, None, 3000, 4000)])
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.tolerance, cand.answer_text) == (3500, 500, "3000 to 4000")
    assert "3000" not in cand.prompt and "____" in cand.prompt
    assert not cand.prompt.lower().startswith("but")
    # what the estimate counts is the noun the clause describes, not the clause's subject
    assert cand.unit == "migrants"


def test_a_number_that_a_subject_numbered_counts_the_subject():
    sentence = "On Sunday the protesters numbered 3000, police said."
    doc = make_doc(sentence, quantities=[("3000", "count", None, None, None, None)])
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.unit == "protesters"


def test_roughly_gives_ten_percent_and_nearly_five():
    doc = make_doc(
        "The additional personnel would join roughly 2000 National Guard troops assigned to the border since April.",
        quantities=[("roughly 2000", "count", "troops", "roughly", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.tolerance) == (2000, 200)
    doc = make_doc(
        "The group has diminished from a peak of nearly 7000 migrants, as some travellers dropped out.",
        quantities=[("nearly 7000", "count", "migrants", "nearly", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.tolerance, cand.unit) == (7000, 350, "migrants")


def test_multi_word_hedges_are_read_whole_and_bounds_stay_exact():
    doc = make_doc(
        "Police said an estimated 3000 protesters marched through the city centre on Sunday.",
        quantities=[("an estimated 3000", "count", "protesters", "an estimated", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.tolerance) == (3000, 300)
    doc = make_doc(
        "Jane Hutt said no patient would wait more than 12 months for an outpatient appointment.",
        quantities=[("more than 12 months", "duration", "months", "more than", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.tolerance) == (12, 0)  # a bound in the text is an exact number


def test_multiplier_unit_is_times_and_expletive_it_is_cut():
    doc = make_doc(FOLD, quantities=[("five-fold", "multiplier", "times", None, None, None)])
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.unit) == (5, "times")
    assert cand.prompt.startswith("The scale of the mobilisation had increased ____-fold")
    assert not text.starts_with_pronoun(cand.prompt)


def test_years_and_numbers_inside_names_are_skipped():
    doc = make_doc(
        'Andre 3000 thanked fans in 2004 "for supporting OutKast".',
        quantities=[
            ("3000", "count", None, None, None, None),
            ("2004", "year", None, None, None, None),
        ],
    )
    assert numeric.numeric_candidates(doc, doc.sentences[0]) == []


def test_money_answer_is_the_number_as_written_with_currency_unit():
    doc = make_doc(
        "For the full-year, TimeWarner posted a profit of $3.36bn, up 27% from its 2003 performance.",
        quantities=[("$3.36bn", "money", "$", None, None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert (cand.answer, cand.unit) == (3.36, "$bn")
    assert "$____bn" in cand.prompt.replace(" ", "")


# text ----------------------------------------------------------------------------------


def test_finish_ends_cloze_and_question_properly():
    assert (
        text.finish("the caravan remains ____ km away,", ".") == "The caravan remains ____ km away."
    )
    assert (
        text.finish('Who said it amounted to "an invasion."', "?")
        == 'Who said it amounted to "an invasion"?'
    )


def test_split_attribution_turns_speech_tag_into_according_to():
    assert text.split_attribution("she had panicked about her children, Greer said.") == (
        "she had panicked about her children",
        "Greer",
    )
    assert text.split_attribution("no attribution here.")[1] is None


def test_starts_with_pronoun():
    assert text.starts_with_pronoun("He said his staff had been meeting")
    assert text.starts_with_pronoun('"It was a close race," admitted Gardener.')
    assert not text.starts_with_pronoun("Mattis said he would")


def test_clause_bounds_cut_at_but_and_keep_main_clause():
    doc = make_doc(SOLDIERS, quantities=[("two", "count", "officials", None, None, None)])
    s = doc.sentences[0]
    start = doc.text.index("two other")
    lo, hi = text.clause_for(s, start, start + 3)
    clause = doc.text[s.tokens[lo].start : s.tokens[hi].end]
    assert clause.startswith("two other US officials cautioned")


# distractors ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("option", "key"),
    [
        ("Department of Homeland Security", "DHS"),
        ("United States", "US"),
        ("Warner Bros", "Time Warner"),
        ("the Wall Street Journal", "Wall Street Journal"),
        ("Downing Street", "Number 10"),
        ("Mattis", "Jim Mattis"),
    ],
)
def test_variants_are_recognised(option, key):
    assert distractors.is_variant(option, [key])


def test_different_names_are_not_variants():
    assert not distractors.is_variant("Guatemala", ["Honduras"])
    assert not distractors.is_variant("Pentagon", ["White House"])


def test_surname_drops_first_names():
    assert distractors.surname("Donald Trump") == "Trump"
    assert distractors.surname("Enrique Peña Nieto") == "Peña Nieto"


def test_wordnet_groups_give_co_instances_and_demonyms():
    assert {"Guatemala", "El Salvador", "Nicaragua"} <= set(wordnet_groups.co_instances("Honduras"))
    assert "Monaco" not in wordnet_groups.co_instances("Wales", ("country",))
    assert wordnet_groups.country_of_adjective("Honduran") == "Honduras"
    assert wordnet_groups.adjective_of("Guatemala") == "Guatemalan"


def test_country_distractors_come_from_wordnet_when_the_article_has_none():
    doc = make_doc(CORE, entities=[("Honduran", d.NATIONALITY, "Honduran")])
    picked = distractors.choose_distractors(doc, "Honduras", None, d.COUNTRY, random.Random(0))
    assert picked is not None
    options, tier = picked
    assert tier == 1 and len(options) == 3
    assert set(options) <= set(wordnet_groups.co_instances("Honduras"))


def test_person_distractors_prefer_article_people_and_never_the_coordinated_one():
    sentence = (
        "Trump and Pence said the caravan was an invasion, while Mattis and Obrador disagreed."
    )
    doc = make_doc(
        sentence,
        entities=[
            ("Trump", d.PERSON, "Donald Trump"),
            ("Pence", d.PERSON, "Mike Pence"),
            ("Mattis", d.PERSON, "Jim Mattis"),
            ("Obrador", d.PERSON, "Andres Obrador"),
        ],
    )
    key = doc.sentences[0].entities[0]
    from quizgen.generate.multiple_choice import coordinated

    also = coordinated(doc.sentences[0], key)
    assert [e.text for e in also] == ["Pence"]
    options, tier = distractors.choose_distractors(
        doc, "Donald Trump", key, d.PERSON, random.Random(0), also_true=also
    )
    assert tier == 2  # two from the article, one from the built-in list
    assert "Mike Pence" not in options
    assert {"Jim Mattis", "Andres Obrador"} <= set(options)


def test_shuffle_is_seeded_and_keeps_all_options():
    a = distractors.shuffle_choices("K", ["A", "B", "C"], 0, "q-k")
    assert a == distractors.shuffle_choices("K", ["A", "B", "C"], 0, "q-k")
    assert sorted(a) == ["A", "B", "C", "K"]
    positions = {
        distractors.shuffle_choices("K", ["A", "B", "C"], 0, f"q-{i}").index("K") for i in range(40)
    }
    assert positions == {0, 1, 2, 3}


# multiple choice -----------------------------------------------------------------------


def test_passive_by_becomes_which_news_organisation():
    doc = make_doc(WSJ, entities=[("Wall Street Journal", d.NEWSPAPER, "Wall Street Journal")])
    made = [c for c, _ in mc_candidates(doc, doc.sentences[0])]
    passive = [c for c in made if c.form == "passive"]
    assert [c.prompt for c in passive] == [
        "Which news organisation first reported the larger deployment?"
    ]
    assert passive[0].answer == "Wall Street Journal"


def test_subject_person_becomes_who_question():
    doc = make_doc(TWEET, entities=[("Trump", d.PERSON, "Donald Trump")])
    made = {c.form: c for c, _ in mc_candidates(doc, doc.sentences[0])}
    assert made["wh"].prompt == (
        'Who said in a tweet that the caravan\'s plans to reach the border amounted to "an invasion"?'
    )
    assert made["wh"].answer == "Trump"
    assert made["cloze"].prompt.startswith("____ said in a tweet")


def test_title_before_the_name_is_allowed_but_not_a_subordinator():
    doc = make_doc(
        "Defence Secretary Jim Mattis said yesterday that he was finalising the details.",
        entities=[("Jim Mattis", d.PERSON, "Jim Mattis")],
    )
    forms = {c.form for c, _ in mc_candidates(doc, doc.sentences[0])}
    assert "wh" in forms
    doc = make_doc(
        "If Ken wants to give them up that is up to him.", entities=[("Ken", d.PERSON, "Ken Bates")]
    )
    forms = {c.form for c, _ in mc_candidates(doc, doc.sentences[0])}
    assert "wh" not in forms


def test_parenthesised_acronym_of_the_key_is_removed_from_a_cloze():
    sentence = (
        "TimeWarner has to restate results following a probe by the Securities Exchange "
        "Commission (SEC), which is close to concluding."
    )
    doc = make_doc(
        sentence,
        entities=[
            ("Securities Exchange Commission", d.ORGANIZATION, "Securities Exchange Commission")
        ],
    )
    [cloze] = [c for c, _ in mc_candidates(doc, doc.sentences[0]) if c.form == "cloze"]
    assert "(SEC)" not in cloze.prompt and "____" in cloze.prompt


# ranking and selection -----------------------------------------------------------------


def _cand(kind, prompt, answer, sentence, fact, score=1.0, form="cloze"):
    return Candidate(
        kind=kind, prompt=prompt, answer=answer, sentence=sentence, key_start=sentence * 10,
        key_end=sentence * 10 + 2, form=form, fact=fact, score=score,
    )  # fmt: skip


def test_rejection_catches_leaks_pronouns_and_length():
    c = _cand(NUMERIC, "The caravan remains at least ____ km from the 1450 border.", 1450, 0, "f")
    assert ranking.rejection(c) == "answer in prompt"
    c = _cand(MULTIPLE_CHOICE, "He said the caravan was heading to the border.", "Trump", 0, "f")
    assert ranking.rejection(c) == "starts with a pronoun"
    c = _cand(MULTIPLE_CHOICE, "Who said it?", "Trump", 0, "f", form="wh")
    assert ranking.rejection(c) == "too short"
    c = _cand(
        MULTIPLE_CHOICE, "Who said Trump was wrong about the border?", "Trump", 0, "f", form="wh"
    )
    c.forbidden = ["Trump"]
    assert ranking.rejection(c).startswith("key")


WORDS = [
    "alpha",
    "bravo",
    "charlie",
    "delta",
    "echo",
    "foxtrot",
    "golf",
    "hotel",
    "india",
    "juliet",
    "kilo",
    "lima",
    "mike",
]


def _distinct(i: int) -> str:
    return " ".join(WORDS[(i * 3 + k) % len(WORDS)] + str(i) for k in range(4))


def test_select_alternates_kinds_and_never_repeats_a_fact():
    pool = [
        _cand(
            NUMERIC,
            f"How many {_distinct(i)}?",
            i + 10,
            i,
            f"n{i}",
            3 - i / 10,
        )
        for i in range(6)
    ] + [
        _cand(
            MULTIPLE_CHOICE,
            f"Who {_distinct(10 + i)}?",
            w,
            i,
            f"m{i}",
            2 - i / 10,
        )
        for i, w in enumerate(["Ann", "Bob", "Cy", "Di"])
    ]
    pool.append(
        _cand(
            NUMERIC,
            f"How many {_distinct(0)}?",
            10,
            0,
            "n0",
            5,
        )
    )
    chosen = select.select(pool, [NUMERIC, MULTIPLE_CHOICE], 6, 10)
    assert len(chosen) == 6
    assert len({c.fact for c in chosen}) == 6
    assert sum(c.kind == NUMERIC for c in chosen) == 3
    assert [c.sentence for c in chosen] == sorted(c.sentence for c in chosen)


def test_select_drops_candidates_finalize_rejects():
    pool = [
        _cand(MULTIPLE_CHOICE, f"Who {_distinct(20 + i)}?", w, i, f"m{i}")
        for i, w in enumerate("ABC")
    ]
    chosen = select.select(pool, [MULTIPLE_CHOICE], 5, 3, finalize=lambda c: c.answer != "B")
    assert [c.answer for c in chosen] == ["A", "C"]


def test_passive_needs_a_real_subject_and_a_whole_agent():
    doc = make_doc(
        "OutKast did lose out in the contest for best album - which was won by Usher, another award favourite.",
        entities=[("Usher", d.PERSON, "Usher")],
    )
    assert "passive" not in {c.form for c, _ in mc_candidates(doc, doc.sentences[0])}
    doc = make_doc(
        "Media observers had been surprised by Greer's initial decision to join the show.",
        entities=[("Greer", d.PERSON, "Germaine Greer")],
    )
    assert "passive" not in {c.form for c, _ in mc_candidates(doc, doc.sentences[0])}


def test_which_question_takes_a_singular_verb():
    doc = make_doc(
        "Muse were also named best UK and Ireland act, ahead of Franz Ferdinand.",
        entities=[("Muse", d.ORGANIZATION, "Muse")],
    )
    wh = [c.prompt for c, _ in mc_candidates(doc, doc.sentences[0]) if c.form == "wh"]
    assert wh and wh[0].startswith("Which organisation was also named")


def test_speech_without_quote_marks_is_rejected():
    assert text.speaker_voice("In the last four months I never saw any cheques.")
    assert not text.speaker_voice("The caravan remains at least ____ km from US territory.")
    assert not text.speaker_voice('Who said: "We are preparing"?'.replace("Who said: ", "X: "))


def test_spelling_variants_of_one_name():
    assert distractors.is_variant("Time Warner", ["TimeWarner"])
    assert distractors.is_variant("Korea First Bank", ["KFB"])
    # The OutKast article spells one singer both ways; she must not be her own distractor.
    assert distractors.is_variant("Anastacia", ["Anastasia"])
    assert not distractors.is_variant("Morris", ["Mattis"])
    assert not distractors.is_variant("Austria", ["Australia"])


def test_negative_who_question_is_rejected_but_a_negative_cloze_is_not():
    c = _cand(
        MULTIPLE_CHOICE,
        "Who is not a computer programmer, unlike his friends?",
        "Curry",
        0,
        "f",
        form="wh",
    )
    assert ranking.rejection(c) == "negative question"
    c = _cand(
        MULTIPLE_CHOICE,
        "Which organisation didn't rule out an earlier date for the launch?",
        "Siemens",
        0,
        "f",
        form="wh",
    )
    assert ranking.rejection(c) == "negative question"
    c = _cand(
        MULTIPLE_CHOICE,
        "Kelly Holmes' time was not good enough to qualify for ____ this winter.",
        "Madrid",
        0,
        "f",
        form="cloze",
    )
    assert ranking.rejection(c) is None


def test_which_word_follows_the_article_s_own_noun_for_an_organisation():
    doc = make_doc(
        "UK-based bank Standard Chartered said it would spend $3.3bn to buy one of the banks.",
        entities=[("Standard Chartered", d.ORGANIZATION, "Standard Chartered")],
    )
    from quizgen.generate.multiple_choice import wh_word

    assert wh_word(doc, doc.sentences[0].entities[0]) == "Which bank"
    doc = make_doc(
        "The White House has sought to make immigration the top issue of the elections.",
        entities=[("White House", d.ORGANIZATION, "White House")],
    )
    assert wh_word(doc, doc.sentences[0].entities[0]) == "Which organisation"


def test_a_party_is_asked_as_a_party_with_parties_as_distractors():
    from quizgen.generate.multiple_choice import wh_word

    doc = make_doc(
        "The Tories say ministers must respond, while Downing Street and the UN said nothing.",
        entities=[
            ("Tories", d.ORGANIZATION, "Tories"),
            ("Downing Street", d.ORGANIZATION, "Downing Street"),
            ("UN", d.ORGANIZATION, "UN"),
        ],
    )
    key = doc.sentences[0].entities[0]
    assert wh_word(doc, key) == "Which party"
    options, _ = distractors.choose_distractors(
        doc, "Tories", key, d.ORGANIZATION, random.Random(0)
    )
    assert not {"Downing Street", "UN", "Conservatives"} & set(options)  # no non-party, no alias
    assert set(options) <= {"Labour", "Liberal Democrats", "UKIP", "SNP", "Plaid Cymru"}


def test_no_question_states_the_answer_of_another_from_the_same_sentence():
    number = _cand(
        NUMERIC, "Jane Hutt said no patient would wait more than ____ months.", 12, 3, "n3", 3
    )
    number.forbidden = ["12"]
    who = _cand(
        MULTIPLE_CHOICE,
        "Who said no patient would wait more than 12 months?",
        "Jane Hutt",
        3,
        "m3",
        2,
    )
    who.forbidden = ["Jane Hutt", "Hutt"]
    chosen = select.select([number, who], [NUMERIC, MULTIPLE_CHOICE], 5, 10)
    assert [c.answer for c in chosen] == [12]


def test_sentences_inside_a_quotation_over_several_sentences_are_found():
    from quizgen.generate.bank_builder import _inside_long_quotes
    from quizgen.nlp.pipeline import analyse

    text = (
        'Gerald Krasner said: "We worked hard to solve the problems at the club. '
        'If Ken wants to give them up that is up to him." Bates bought his stake in May.\n\n'
        '"We are turning the corner," she said. Waiting lists fell from 785 to 708.'
    )
    doc = analyse(text)
    spoken = {doc.sentences[i].text[:10] for i in _inside_long_quotes(doc)}
    assert spoken == {"If Ken wan"}


def test_a_blank_in_parentheses_is_rejected():
    c = _cand(
        MULTIPLE_CHOICE,
        "Some mobile operators are opting for a technology called Evolution, Data Optimised (____).",
        "EV-DO",
        0,
        "m0",
    )
    assert ranking.rejection(c) == "blank is an abbreviation of the words before it"


def test_percentage_change_becomes_by_what_percentage_with_attribution():
    doc = make_doc(
        "TimeWarner said fourth quarter sales rose 2% to $11.1bn from $10.9bn.",
        entities=[("TimeWarner", d.ORGANIZATION, "TimeWarner")],
        quantities=[("2%", "percent", "%", None, None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.prompt == (
        "By what percentage did fourth quarter sales rise to $11.1bn from $10.9bn, "
        "according to TimeWarner?"
    )
    assert (cand.answer, cand.unit, cand.form) == (2, "%", "wh")


def test_hedged_percentage_keeps_the_hedge_and_more_than_is_a_cloze():
    doc = make_doc(
        "Standard Chartered's shares fell nearly 3% in London.",
        quantities=[("nearly 3%", "percent", "%", "nearly", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.prompt == "By about what percentage did Standard Chartered's shares fall in London?"
    doc = make_doc(
        "Standard Chartered's shares fell more than 3% in London.",
        quantities=[("more than 3%", "percent", "%", "more than", None, None)],
    )
    [cand] = numeric.numeric_candidates(doc, doc.sentences[0])
    assert cand.form == "cloze"


def test_month_cloze_gets_months_as_options():
    doc = make_doc(
        "Statistics to the end of November showed a decline since October, officials said last month.",
        entities=[
            ("November", d.DATE, "November"),
            ("October", d.DATE, "October"),
            ("last month", d.DATE, "last month"),
        ],
    )
    cands = [(c, e) for c, e in mc_candidates(doc, doc.sentences[0]) if c.answer == "November"]
    assert cands
    cand, entity = cands[0]
    options, _ = distractors.choose_distractors(
        doc, "November", entity, d.DATE, random.Random(1), prompt=cand.prompt
    )
    assert set(options) <= set(distractors.type_lists.MONTHS) - {"November", "October"}


def test_a_pronoun_is_not_replaced_by_a_name_that_is_not_the_previous_subject():
    text_ = (
        "Usher also beat Justin Timberlake and Robbie Williams to take the best male crown. "
        "He had four nominations going into the ceremony."
    )
    first, second = text_.split(". ")
    doc = make_doc(
        first + ".",
        entities=[
            ("Usher", d.PERSON, "Usher"),
            ("Justin Timberlake", d.PERSON, "Justin Timberlake"),
            ("Robbie Williams", d.PERSON, "Robbie Williams"),
        ],
    )
    later = make_doc(second, prefix=first + ". ")
    later.sentences[0].index = 1
    doc.sentences.append(later.sentences[0])
    doc.text = later.text
    robbie = doc.sentences[0].entities[2]
    usher = doc.sentences[0].entities[0]
    s = doc.sentences[1]
    assert text.resolve_leading_pronoun(doc, s, 0, s.text, lambda *_: robbie) is None
    resolved = text.resolve_leading_pronoun(doc, s, 0, s.text, lambda *_: usher)
    assert resolved is not None and resolved[0].startswith("Usher had four nominations")


def test_vague_pronouns_but_not_the_person_asked_about_or_a_quote():
    c = _cand(
        MULTIPLE_CHOICE,
        "Who also denied them, saying he was not leaned on?",
        "Goldsmith",
        0,
        "f",
        form="wh",
    )
    c.key_type = d.PERSON
    assert ranking.vague_pronouns(c) == ["them"]
    c = _cand(MULTIPLE_CHOICE, 'Who said: "It was a close race"?', "Gardener", 0, "f", form="quote")
    assert ranking.vague_pronouns(c) == []
    c = _cand(MULTIPLE_CHOICE, "____ had featured alongside her in that contest.", "Keys", 0, "f")
    assert ranking.vague_pronouns(c) == ["her"]
