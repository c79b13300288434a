"""Each lint check on small banks built from real sentences of the seed article: it fires on a
broken question and stays quiet on a good one."""

from __future__ import annotations

import copy

import pytest

from quizgen.bank.io import load_bank
from quizgen.bank.model import Bank, Evidence, Question
from quizgen.lint import (
    ERROR,
    WARNING,
    Finding,
    lint_bank,
    option_shape,
    poisson_binomial_tail,
)
from tests.conftest import EXAMPLE_BANK, SEED

ARTICLE = SEED.read_text(encoding="utf-8")

S_SOLDIERS = (
    "One Department of Homeland Security official with knowledge of the planning said 5000 "
    "active-duty soldiers would be temporarily sent to the border, but two other US officials "
    "cautioned that the final number had yet to be determined by the Pentagon."
)
S_FIVEFOLD = (
    "It was not immediately clear why the scale of the mobilisation had increased five-fold from "
    "the 800 to 1000 troops that Defence officials were discussing last week."
)
S_WSJ = "The larger deployment was first reported by the Wall Street Journal."
S_CORE = (
    "But the core group of mostly Honduran migrants, which authorities estimate at 3000 to 4000, "
    "has rejected his entreaty and continued heading north toward the US border."
)
S_KM = "The caravan remains at least 1450km from US territory, so its arrival is not imminent."
S_TWEET = (
    'Trump said in a tweet that the caravan\'s plans to reach the border amounted to "an invasion".'
)
S_KILLED = "At least one man was killed as police fired rubber bullets and tear gas."
S_MATTIS = (
    "Defence Secretary Jim Mattis said yesterday that he was finalising the details of what rules "
    "American troops deploying to the border would be operating under."
)


def ev(sentence: str) -> Evidence:
    start = ARTICLE.index(sentence)
    return Evidence(sentence, start, start + len(sentence))


def mc(qid: str, prompt: str, choices: list[str], answer: str, sentence: str) -> Question:
    return Question(
        id=qid,
        kind="multiple_choice",
        prompt=prompt,
        choices=choices,
        answer=answer,
        evidence=ev(sentence),
    )


def num(qid: str, prompt: str, answer: float, sentence: str, **kw: object) -> Question:
    extra = {"answer_text": kw.pop("answer_text")} if "answer_text" in kw else {}
    return Question(
        id=qid,
        kind="numeric",
        prompt=prompt,
        answer=answer,
        evidence=ev(sentence),
        extra=extra,
        **kw,  # type: ignore[arg-type]
    )


def lint(*questions: Question, article: str | None = ARTICLE) -> list[Finding]:
    return lint_bank(Bank(title="t", questions=list(questions)), article).findings


def checks(findings: list[Finding]) -> list[tuple[str, str]]:
    return [(f.check, f.severity) for f in findings]


GOOD_WSJ = mc(
    "wsj",
    "Which newspaper first reported the larger deployment?",
    ["The New York Times", "The Wall Street Journal", "Reuters", "The Washington Post"],
    "The Wall Street Journal",
    S_WSJ,
)
GOOD_SOLDIERS = num(
    "soldiers",
    "How many active-duty soldiers would be temporarily sent to the border?",
    5000,
    S_SOLDIERS,
    tolerance=0,
    unit="soldiers",
)


def test_example_bank_is_clean() -> None:
    report = lint_bank(load_bank(EXAMPLE_BANK), ARTICLE)
    assert report.findings == []
    assert report.clean and report.clean_questions == report.total_questions == 8
    assert report.article_checked


def test_good_questions_are_clean() -> None:
    assert lint(GOOD_WSJ, GOOD_SOLDIERS) == []


# --- grounding ---------------------------------------------------------------------------


def test_grounding_wrong_offsets_names_the_right_ones() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    right = q.evidence.start
    q.evidence = Evidence(S_WSJ, right + 3, right + 3 + len(S_WSJ))
    (f,) = lint(q)
    assert (f.check, f.severity) == ("grounding", ERROR)
    assert f"at {right}:{right + len(S_WSJ)}" in f.message


def test_grounding_text_not_in_article() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    start = q.evidence.start
    edited = S_WSJ.replace("larger", "bigger")
    q.evidence = Evidence(edited, start, start + len(edited))
    found = lint(q)
    assert ("grounding", ERROR) in checks(found)
    assert "nowhere in the article" in found[0].message


def test_grounding_offsets_outside_article() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.evidence = Evidence(S_WSJ, len(ARTICLE) + 5, len(ARTICLE) + 5 + len(S_WSJ))
    assert checks(lint(q))[0] == ("grounding", ERROR)


def test_grounding_fragment_is_not_a_sentence() -> None:
    fragment = "5000 active-duty soldiers would be temporarily sent to the border"
    q = copy.deepcopy(GOOD_SOLDIERS)
    q.evidence = ev(fragment)
    messages = [f.message for f in lint(q) if f.check == "grounding"]
    assert any("start at a sentence boundary" in m for m in messages)
    assert any("sentence end" in m for m in messages)


def test_grounding_quote_ending_and_paragraph_start_pass() -> None:
    q = mc(
        "tweet",
        "Who said in a tweet that the caravan's plans amounted to an invasion?",
        ["Jim Mattis", "Donald Trump", "Mike Pence", "Enrique Peña Nieto"],
        "Donald Trump",
        S_TWEET,
    )
    assert lint(q) == []


def test_grounding_without_article_checks_shape_and_says_so_once() -> None:
    q = copy.deepcopy(GOOD_SOLDIERS)
    q.evidence = Evidence("active-duty soldiers would be sent to the border", 0, 48)
    report = lint_bank(Bank(title="t", questions=[q, GOOD_WSJ]), None)
    assert not report.article_checked
    assert len(report.notes) == 1 and "no article" in report.notes[0]
    assert [f.message for f in report.findings if f.check == "grounding"] == [
        "evidence does not start like a sentence",
        "evidence does not end with . ! ? or a closing quote",
    ]
    assert report.for_question("wsj") == []


def test_grounding_missing_evidence_is_a_warning() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.evidence = None
    assert checks(lint(q)) == [("grounding", WARNING)]


# --- key in evidence ---------------------------------------------------------------------


def test_key_in_evidence_mc_missing() -> None:
    q = mc(
        "mattis",
        "Which post does Jim Mattis hold?",
        ["Homeland Security Secretary", "Defence Secretary", "Secretary of State", "Army Chief"],
        "Army Chief",
        S_MATTIS,
    )
    assert ("key-in-evidence", ERROR) in checks(lint(q))
    q.answer = "Defence Secretary"
    assert "key-in-evidence" not in [f.check for f in lint(q)]


def test_key_in_evidence_allows_the_surname_and_a_demonym() -> None:
    honduras = mc(
        "honduras",
        "Most members of the caravan's core group came from which country?",
        ["Guatemala", "Honduras", "El Salvador", "Nicaragua"],
        "Honduras",
        S_CORE,
    )
    assert lint(honduras) == []
    honduras.answer = "Guatemala"
    assert ("key-in-evidence", ERROR) in checks(lint(honduras))


S_POSSESSIVE = (
    "The White House has sought to make immigration the top issue of the Midterm elections, "
    "confident that Trump's hardline enforcement message will continue to drive his "
    "conservative base to the polls and even draw some crossover appeal among more moderate "
    "voters."
)


def test_key_in_evidence_possessive_and_glued_unit() -> None:
    q = mc(
        "whose",
        "Whose hardline enforcement message is expected to drive a conservative base to the polls?",
        ["Jim Mattis", "Donald Trump", "Mike Pence", "Enrique Peña Nieto"],
        "Donald Trump",
        S_POSSESSIVE,
    )
    assert lint(q) == []
    q.answer = "Mike Pence"
    assert ("key-in-evidence", ERROR) in checks(lint(q))
    km = num("km", "The caravan remains at least ____ km from US territory.", 1450, S_KM, unit="km")
    km.extra["answer_text"] = "at least 1450"
    assert lint(km) == []
    km.extra["answer_text"] = "at most 1450"
    assert ("key-in-evidence", ERROR) in checks(lint(km))


def test_key_in_evidence_mc_quantity_option() -> None:
    q = mc(
        "km",
        "At least how far from US territory does the caravan remain?",
        ["900 km", "1,450 km", "2000 km", "2600 km"],
        "1,450 km",
        S_KM,
    )
    assert [f for f in lint(q) if f.check == "key-in-evidence"] == []
    q.answer = "2000 km"
    assert ("key-in-evidence", ERROR) in checks(lint(q))


@pytest.mark.parametrize(
    ("answer", "sentence", "extra", "ok"),
    [
        (5000, S_SOLDIERS, {}, True),
        (6000, S_SOLDIERS, {}, False),
        (1, S_KILLED, {}, True),  # "one" in words
        (5, S_FIVEFOLD, {}, True),  # "five-fold"
        (1450, S_KM, {}, True),  # "1450km"
        (3500, S_CORE, {"answer_text": "3000 to 4000", "tolerance": 500}, True),
        (3500, S_CORE, {"answer_text": "about 3500", "tolerance": 500}, False),
        (4500, S_CORE, {"answer_text": "3000 to 4000", "tolerance": 500}, False),
    ],
)
def test_key_in_evidence_numeric(answer: float, sentence: str, extra: dict, ok: bool) -> None:
    q = num("n", "How many were there?", answer, sentence, unit="things", **extra)
    found = [f for f in lint(q) if f.check == "key-in-evidence"]
    assert (found == []) is ok, found


# --- leakage -----------------------------------------------------------------------------


def test_leakage_mc_answer_in_prompt() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.prompt = "Which paper, the Wall Street Journal or another, first reported the deployment?"
    found = lint(q)
    assert checks(found) == [("leakage", ERROR)]
    assert "The Wall Street Journal" in found[0].message


def test_leakage_numeric_answer_in_prompt() -> None:
    q = copy.deepcopy(GOOD_SOLDIERS)
    q.prompt = "Were 5000 active-duty soldiers or more to be sent to the border? How many?"
    assert checks(lint(q)) == [("leakage", ERROR)]


def test_leakage_part_of_the_key_only_in_the_key_is_a_warning() -> None:
    q = mc(
        "mattis",
        "Which Defence post does Jim Mattis hold?",
        [
            "Homeland Security Secretary",
            "Defence Secretary",
            "Secretary of State",
            "Attorney General",
        ],
        "Defence Secretary",
        S_MATTIS,
    )
    found = lint(q)
    assert checks(found) == [("leakage", WARNING)]
    assert "'Defence'" in found[0].message
    q.prompt = "Which post does Jim Mattis hold?"
    assert lint(q) == []


S_DHS = (
    "A DHS official involved in the preparations said plans have yet to be finalised, but the "
    "troop levels that were in consideration last week were not realistic."
)


def test_leakage_acronym_of_the_answer_in_the_prompt() -> None:
    q = mc(
        "dhs",
        "An official of which department (DHS) said 5000 soldiers would be sent to the border?",
        ["Department of Defense", "Department of Homeland Security", "Department of State", "NSA"],
        "Department of Homeland Security",
        S_SOLDIERS,
    )
    found = [f for f in lint(q) if f.check == "leakage"]
    assert [f.message for f in found] == [
        "the prompt's 'DHS' abbreviates the answer 'Department of Homeland Security'"
    ]
    q.prompt = "An official of which department said 5000 soldiers would be sent to the border?"
    assert [f for f in lint(q) if f.check == "leakage"] == []


def test_leakage_prompt_spells_out_an_acronym_answer() -> None:
    q = mc(
        "dhs",
        "Which agency, the Department of Homeland Security, had an official involved in the "
        "preparations?",
        ["FBI", "DHS", "CIA", "NSA"],
        "DHS",
        S_DHS,
    )
    assert checks(lint(q)) == [("leakage", WARNING)]
    q.prompt = "An official of which agency was involved in the preparations?"
    assert lint(q) == []


def test_options_acronym_variant() -> None:
    q = mc(
        "dhs",
        "An official of which department said 5000 soldiers would be sent to the border?",
        ["Department of Defense", "Department of Homeland Security", "DHS", "Department of State"],
        "Department of Homeland Security",
        S_SOLDIERS,
    )
    found = [f.message for f in lint(q) if f.check == "options" and f.severity == ERROR]
    expected = "options 'Department of Homeland Security' and 'DHS' are variants of each other"
    assert found == [expected + " (the answer)"]


# --- options -----------------------------------------------------------------------------


def _wsj_with(choices: list[str]) -> Question:
    q = copy.deepcopy(GOOD_WSJ)
    q.choices = choices
    return q


def test_options_count() -> None:
    found = lint(_wsj_with(["The Wall Street Journal", "Reuters", "The Washington Post"]))
    assert checks(found) == [("options", WARNING)]
    assert "3 options" in found[0].message
    found = lint(_wsj_with(["The Wall Street Journal", "the wall street  journal"]))
    assert checks(found) == [("options", ERROR)]


def test_options_duplicates_and_variants() -> None:
    found = lint(
        _wsj_with(["The Wall Street Journal", "Reuters", "reuters ", "The Washington Post"])
    )
    assert ("options", ERROR) in checks(found)
    assert any("repeats" in f.message for f in found)
    found = lint(
        _wsj_with(["The Wall Street Journal", "Wall Street Journal", "Reuters", "The Times"])
    )
    assert any("variants" in f.message and "(the answer)" in f.message for f in found)


def test_options_substring_of_the_key() -> None:
    q = mc(
        "tweet",
        "Who said in a tweet that the caravan's plans amounted to an invasion?",
        ["Jim Mattis", "Donald Trump", "Trump", "Enrique Peña Nieto"],
        "Donald Trump",
        S_TWEET,
    )
    found = lint(q)
    assert [f.message for f in found if f.severity == ERROR] == [
        "options 'Donald Trump' and 'Trump' are variants of each other (the answer)"
    ]


def test_options_type_mismatch_person_vs_organisation_and_phrase() -> None:
    q = mc(
        "tweet",
        "Who said in a tweet that the caravan's plans amounted to an invasion?",
        ["Jim Mattis", "Donald Trump", "The Pentagon", "medical staff"],
        "Donald Trump",
        S_TWEET,
    )
    found = [f for f in lint(q) if f.check == "options"]
    assert checks(found) == [("options", WARNING)]
    assert "'The Pentagon' (not a person)" in found[0].message
    assert "'medical staff' (a lowercase phrase)" in found[0].message
    assert "Jim Mattis" not in found[0].message


def test_options_type_mismatch_units_and_numbers() -> None:
    q = mc(
        "km",
        "At least how far from US territory does the caravan remain?",
        ["1450 km", "900 km", "700 miles", "Mexico City"],
        "1450 km",
        S_KM,
    )
    (f,) = [f for f in lint(q) if f.check == "options"]
    assert "'700 miles' (unit" in f.message and "'Mexico City' (not a number)" in f.message
    assert "900 km" not in f.message


def test_options_numeric_duplicates_by_value() -> None:
    q = mc(
        "km",
        "At least how far from US territory does the caravan remain?",
        ["1450 km", "1,450 km", "700 km", "2000 km"],
        "1450 km",
        S_KM,
    )
    assert any("variants" in f.message for f in lint(q))


def test_options_length_giveaway() -> None:
    q = mc(
        "mattis",
        "Which post does Jim Mattis hold?",
        ["Aide", "Defence Secretary of the United States", "Envoy", "Mayor"],
        "Defence Secretary of the United States",
        S_MATTIS,
    )
    messages = [f.message for f in lint(q) if f.check == "options"]
    assert any("much longer than every distractor" in m for m in messages)


def test_option_shapes() -> None:
    assert option_shape("Donald Trump").kind == "person"
    assert option_shape("The Washington Post").not_person
    assert option_shape("Honduras").not_person
    assert option_shape("$2.5bn").unit == "$ billion"
    assert option_shape("3.5%").unit == "%"
    assert option_shape("construction brigades").kind == "phrase"
    # First names that also start organisations do not make a person.
    assert option_shape("Red Cross").kind == "name"
    assert option_shape("Welsh Liberal Democrats").not_person
    assert option_shape("Will Smith").kind == "person"


# --- key position ------------------------------------------------------------------------


LONGER = ["The New York Times", "The Wall Street Journal", "Reuters", "The Washington Post Weekly"]


def _bank_with_positions(positions: list[int], options: list[str] = LONGER) -> list[Question]:
    out = []
    for i, pos in enumerate(positions):
        others = [o for o in options if o != "The Wall Street Journal"]
        choices = others[:pos] + ["The Wall Street Journal"] + others[pos:]
        q = copy.deepcopy(GOOD_WSJ)
        q.id, q.choices = f"wsj-{i}", choices
        q.prompt = f"Question number {i} about the newspaper that first reported it?"
        out.append(q)
    return out


def test_key_position_bias_flagged() -> None:
    report = lint_bank(Bank(title="t", questions=_bank_with_positions([1] * 8)), ARTICLE)
    bias = [f for f in report.findings if f.check == "key-position"]
    assert any("option B in 8 of 8" in f.message for f in bias)
    assert all(f.question_id is None for f in bias)
    assert report.stats["key_positions"] == {"A": 0, "B": 8, "C": 0, "D": 0}


def test_key_position_balanced_is_clean() -> None:
    report = lint_bank(
        Bank(title="t", questions=_bank_with_positions([0, 1, 2, 3, 3, 2, 1, 0])), ARTICLE
    )
    assert [f for f in report.findings if f.check == "key-position"] == []


def test_key_position_key_always_longest_flagged() -> None:
    shorter = ["The New York Times", "The Wall Street Journal", "Reuters", "The Washington Post"]
    questions = _bank_with_positions([0, 1, 2, 3, 3, 2, 1, 0], shorter)
    report = lint_bank(Bank(title="t", questions=questions), ARTICLE)
    (f,) = [f for f in report.findings if f.check == "key-position"]
    assert "longest option in 8 of 8" in f.message
    assert report.stats["key_longest"] == 8


def test_key_position_longest_and_middle() -> None:
    questions = []
    for i in range(8):
        q = mc(
            f"km-{i}",
            f"Question {i}: how far from US territory does the caravan remain?",
            ["900 km", "1450 km", "2000 km", "2600 km"][:]
            if i % 2
            else ["2000 km", "900 km", "1450 km", "2600 km"],
            "1450 km",
            S_KM,
        )
        questions.append(q)
    report = lint_bank(Bank(title="t", questions=questions), ARTICLE)
    messages = [f.message for f in report.findings if f.check == "key-position"]
    assert any("middle value in 8 of 8" in m for m in messages)
    assert report.stats["key_middle"] == 8


def test_poisson_binomial_tail() -> None:
    assert poisson_binomial_tail([0.25] * 8, 0) == pytest.approx(1.0)
    assert poisson_binomial_tail([0.25] * 8, 8) == pytest.approx(0.25**8)
    assert poisson_binomial_tail([0.5, 0.5], 1) == pytest.approx(0.75)


# --- unit missing ------------------------------------------------------------------------


def test_unit_missing_counted_noun() -> None:
    q = copy.deepcopy(GOOD_SOLDIERS)
    q.unit = None
    found = lint(q)
    assert checks(found) == [("unit-missing", WARNING)]
    assert "active-duty soldiers" in found[0].message


def test_unit_missing_attached_unit() -> None:
    q = num("km", "At least how far from US territory does the caravan remain?", 1450, S_KM)
    assert checks(lint(q)) == [("unit-missing", WARNING)]
    q.unit = "km"
    assert lint(q) == []


def test_unit_not_needed_when_the_text_gives_none() -> None:
    q = num(
        "core",
        "How large do authorities estimate the core group of migrants to be?",
        3500,
        S_CORE,
        tolerance=500,
        answer_text="3000 to 4000",
    )
    assert lint(q) == []


# --- pronoun start -----------------------------------------------------------------------


@pytest.mark.parametrize("start", ["He", "It", "They", "This", "Their", "We"])
def test_pronoun_start(start: str) -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.prompt = f"{start} first reported the larger deployment in which newspaper?"
    assert checks(lint(q)) == [("pronoun-start", ERROR)]


def test_pronoun_like_words_are_fine() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.prompt = "Heading the coverage, which newspaper first reported the larger deployment?"
    assert lint(q) == []


# --- duplicates --------------------------------------------------------------------------


def test_duplicates_same_fact() -> None:
    other = copy.deepcopy(GOOD_SOLDIERS)
    other.id = "soldiers-2"
    other.prompt = "According to the official, what number of troops would go to the border?"
    found = lint(GOOD_SOLDIERS, other)
    assert checks(found) == [("duplicates", ERROR)]
    assert found[0].question_id == "soldiers-2" and "'soldiers'" in found[0].message


def test_duplicates_near_identical_wording() -> None:
    other = num(
        "km",
        "How many active-duty soldiers would be sent to the border temporarily?",
        1450,
        S_KM,
        unit="km",
    )
    found = lint(GOOD_SOLDIERS, other)
    assert checks(found) == [("duplicates", WARNING)]
    other.prompt = "At least how far from US territory does the caravan remain?"
    assert lint(GOOD_SOLDIERS, other) == []


# --- report ------------------------------------------------------------------------------


def test_report_summary_and_ignore() -> None:
    q = copy.deepcopy(GOOD_WSJ)
    q.prompt = "It was first reported by which newspaper?"
    bank = Bank(title="t", questions=[q, GOOD_SOLDIERS])
    report = lint_bank(bank, ARTICLE, lines=[10, 20])
    assert report.findings[0].line == 10
    summary = report.summary()
    assert summary["checks"]["pronoun-start"] == {"error": 1, "warning": 0}
    assert (summary["clean_questions"], summary["questions"]) == (1, 2)
    assert lint_bank(bank, ARTICLE, ignore=["pronoun-start"]).clean
    with pytest.raises(ValueError):
        lint_bank(bank, ARTICLE, ignore=["nonsense"])
