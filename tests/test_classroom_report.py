"""Gradebook and item analysis checked against a class worked out by hand.

The class (1 point per question; q2 is numeric with partial credit):

    student   q1 (MC, key B)   q2 (numeric)   q3 (MC, key P)   q4 (MC, key yes)   total
    ann       B   1            5000  1         Q   0             yes 1              3
    ben       B   1            5000  1         Q   0             yes 1              3
    cat       C   0            5400  0.5       R   0             yes 1              1.5
    dan       C   0            9     0         P   1             yes 1              2
    eve       C   0            12    0         (timed out) 0     yes 1              1
    fay       B   1            -- still in progress, excluded from the item analysis --

Rest-of-test score y = total - x (q4 adds 1 to everybody, which shifts y and changes no r).

q1: x = [1, 1, 0, 0, 0], y = [2, 2, 1.5, 2, 1]  (write y' = y - 1 = [1, 1, .5, 1, 0])
    mean x = 0.4, mean y' = 3.5 / 5 = 0.7
    dx = [.6, .6, -.4, -.4, -.4], dy = [.3, .3, -.2, .3, -.7]
    S(dx dy) = .18 + .18 + .08 - .12 + .28 = 0.60
    S(dx^2) = 2(.36) + 3(.16) = 1.20;  S(dy^2) = .09 + .09 + .04 + .09 + .49 = 0.80
    r = 0.60 / sqrt(1.20 * 0.80) = 0.60 / sqrt(0.96) = 0.612372   facility = 0.4
    options: B 2 (key), C 3 -> a distractor beats the key
q2: x = [1, 1, .5, 0, 0], y' = [1, 1, 0, 1, 0]
    mean x = 0.5, mean y' = 0.6
    dx = [.5, .5, 0, -.5, -.5], dy = [.4, .4, -.6, .4, -.6]
    S(dx dy) = .2 + .2 + 0 - .2 + .3 = 0.5;  S(dx^2) = 4(.25) = 1.0;  S(dy^2) = 3(.16) + 2(.36) = 1.2
    r = 0.5 / sqrt(1.2) = 0.456435   facility = 2.5 / 5 = 0.5
q3: x = [0, 0, 0, 1, 0], y' = [2, 2, .5, 0, 0]
    mean x = 0.2, mean y' = 0.9
    dx = [-.2, -.2, -.2, .8, -.2], dy = [1.1, 1.1, -.4, -.9, -.9]
    S(dx dy) = -.22 - .22 + .08 - .72 + .18 = -0.90
    S(dx^2) = 4(.04) + .64 = 0.8;  S(dy^2) = 1.21 + 1.21 + .16 + .81 + .81 = 4.2
    r = -0.9 / sqrt(3.36) = -0.490990   facility = 0.2 -> negative discrimination;
    options P 1 (key), Q 2, R 1 -> a distractor beats the key
q4: x = [1, 1, 1, 1, 1]: Var(x) = 0, r undefined (blank); facility 1.0 -> too easy.

Times: each answer takes the elapsed_ms given below; q1's are 4, 6, 10, 8, 2 s -> median 6 s.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest

from quizgen.bank.model import Bank
from quizgen.report import (
    FLAG_DISTRACTOR_BEATS_KEY,
    FLAG_NEGATIVE_DISCRIMINATION,
    FLAG_TOO_EASY,
    class_summary,
    correlation,
    csv_safe,
    gradebook,
    grades_csv,
    item_analysis,
    items_csv,
    render_text,
)
from quizgen.results import ResultStore

QIDS = ["q1", "q2", "q3", "q4"]
BANK = Bank.from_dict(
    {
        "title": "Hand example",
        "questions": [
            {
                "id": "q1",
                "kind": "multiple_choice",
                "prompt": "Which?",
                "choices": ["A", "B", "C", "D"],
                "answer": "B",
            },
            {"id": "q2", "kind": "numeric", "prompt": "How many?", "answer": 5000, "tolerance": 0},
            {
                "id": "q3",
                "kind": "multiple_choice",
                "prompt": "Who?",
                "choices": ["P", "Q", "R"],
                "answer": "P",
            },
            {
                "id": "q4",
                "kind": "multiple_choice",
                "prompt": "Yes?",
                "choices": ["yes", "no"],
                "answer": "yes",
            },
        ],
    }
)

# student -> [(question, response, correct, points, elapsed_ms)]
CLASS = {
    "ann": [
        ("q1", "B", True, 1, 4000),
        ("q2", "5000", True, 1, 9000),
        ("q3", "Q", False, 0, 5000),
        ("q4", "yes", True, 1, 1000),
    ],
    "ben": [
        ("q1", "B", True, 1, 6000),
        ("q2", "5000", True, 1, 7000),
        ("q3", "Q", False, 0, 5000),
        ("q4", "yes", True, 1, 1000),
    ],
    "cat": [
        ("q1", "C", False, 0, 10000),
        ("q2", "5400", False, 0.5, 8000),
        ("q3", "R", False, 0, 5000),
        ("q4", "yes", True, 1, 1000),
    ],
    "dan": [
        ("q1", "C", False, 0, 8000),
        ("q2", "9", False, 0, 6000),
        ("q3", "P", True, 1, 5000),
        ("q4", "yes", True, 1, 1000),
    ],
    "eve": [
        ("q1", "C", False, 0, 2000),
        ("q2", "12", False, 0, 6000),
        ("q3", None, None, 0, 30000),
        ("q4", "yes", True, 1, 1000),
    ],
}


class Clock:
    """Deterministic timestamps: each call is one second after the previous one."""

    def __init__(self) -> None:
        self.t = 0

    def __call__(self) -> str:
        self.t += 1
        return f"2026-01-05T09:{self.t // 60:02d}:{self.t % 60:02d}.000+00:00"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ResultStore]:
    with ResultStore(tmp_path / "class.sqlite", now=Clock()) as s:
        for student, answers in CLASS.items():
            attempt = s.start_attempt(
                student=student,
                bank_title=BANK.title,
                bank_sha256="abc",
                mode="exam",
                seed=1,
                question_ids=QIDS,
                max_score=4,
                session="5B",
            )
            for qid, response, correct, points, elapsed in answers:
                s.record_response(
                    attempt,
                    qid,
                    response=response,
                    correct=correct,
                    points=points,
                    elapsed_ms=elapsed,
                    max_points=1,
                )
            total = sum(a[3] for a in answers)
            s.finish_attempt(attempt, score=total, max_score=4)
        fay = s.start_attempt(
            student="fay",
            bank_title=BANK.title,
            bank_sha256="abc",
            mode="exam",
            seed=1,
            question_ids=QIDS,
            max_score=4,
            session="5B",
        )
        s.record_response(
            fay, "q1", response="B", correct=True, points=1, elapsed_ms=3000, max_points=1
        )
        yield s


def test_correlation_matches_the_definition() -> None:
    assert correlation([1, 1, 0, 0, 0], [1, 1, 0.5, 1, 0]) == pytest.approx(0.612372, abs=1e-6)
    assert correlation([1, 1, 1], [0, 1, 2]) is None  # no variance: undefined, not 0
    assert correlation([1], [1]) is None


def test_item_analysis_matches_the_hand_computed_class(store: ResultStore) -> None:
    items = {
        i.question_id: i for i in item_analysis(store.attempts(), store.all_responses(), [BANK])
    }
    assert list(items) == QIDS
    expected = {  # question: (facility, discrimination)
        "q1": (0.4, 0.612372),
        "q2": (0.5, 0.456435),
        "q3": (0.2, -0.490990),
    }
    for qid, (facility, discrimination) in expected.items():
        assert items[qid].facility == pytest.approx(facility), qid
        assert items[qid].discrimination == pytest.approx(discrimination, abs=1e-6), qid
        assert items[qid].attempts == 5  # fay is still working: not counted
    assert items["q4"].facility == 1.0
    assert items["q4"].discrimination is None
    assert items["q1"].median_ms == 6000
    assert items["q3"].answered == 4  # eve timed out

    q1 = {o.text: (o.count, o.is_key) for o in items["q1"].options}
    assert q1 == {"A": (0, False), "B": (2, True), "C": (3, False), "D": (0, False)}
    q3 = {o.text: (o.count, o.is_key) for o in items["q3"].options}
    assert q3 == {"P": (1, True), "Q": (2, False), "R": (1, False)}

    assert items["q1"].flags == [FLAG_DISTRACTOR_BEATS_KEY]
    assert items["q2"].flags == []
    assert items["q3"].flags == [FLAG_NEGATIVE_DISCRIMINATION, FLAG_DISTRACTOR_BEATS_KEY]
    assert items["q4"].flags == [FLAG_TOO_EASY]


def test_item_analysis_without_the_bank_lists_the_answers_seen(store: ResultStore) -> None:
    items = {i.question_id: i for i in item_analysis(store.attempts(), store.all_responses())}
    assert items["q1"].facility == pytest.approx(0.4)
    q1 = {o.text: (o.count, o.is_key) for o in items["q1"].options}
    assert q1 == {"C": (3, False), "B": (2, True)}
    assert items["q1"].kind is None and items["q1"].prompt is None
    # Without the bank the kind is unknown, so the distractor flag is not guessed.
    assert FLAG_DISTRACTOR_BEATS_KEY not in items["q1"].flags


def test_gradebook_rows(store: ResultStore) -> None:
    rows = {g.student: g for g in gradebook(store.attempts(), store.all_responses())}
    assert [rows[s].score for s in ("ann", "ben", "cat", "dan", "eve")] == [3, 3, 1.5, 2, 1]
    assert rows["cat"].percent == pytest.approx(37.5)
    assert (rows["eve"].answered, rows["eve"].unanswered) == (3, 1)
    # The clock ticks once per call: start, 4 answers, finish -> 5 s from start to finish.
    assert rows["ann"].seconds == 5
    assert rows["fay"].status == "in progress"
    assert (rows["fay"].score, rows["fay"].answered, rows["fay"].unanswered) == (1, 1, 3)


def test_csv_columns_and_values(store: ResultStore) -> None:
    grades = list(
        csv.DictReader(io.StringIO(grades_csv(gradebook(store.attempts(), store.all_responses()))))
    )
    assert [g["student"] for g in grades] == ["ann", "ben", "cat", "dan", "eve", "fay"]
    assert (grades[2]["score"], grades[2]["max_score"], grades[2]["percent"]) == (
        "1.5",
        "4",
        "37.5",
    )
    items = list(
        csv.DictReader(
            io.StringIO(items_csv(item_analysis(store.attempts(), store.all_responses(), [BANK])))
        )
    )
    by_id = {i["question_id"]: i for i in items}
    assert by_id["q1"]["facility"] == "0.4"
    assert by_id["q1"]["discrimination"] == "0.612"
    assert by_id["q3"]["discrimination"] == "-0.491"  # a number, not neutralised
    assert by_id["q4"]["discrimination"] == ""
    assert by_id["q1"]["key"] == "B"
    assert by_id["q2"]["key"] == "5000"  # from the bank (numeric: with tolerance and unit if any)
    assert by_id["q1"]["options"] == "A: 0; *B: 2; C: 3; D: 0"
    assert by_id["q3"]["flags"] == "negative-discrimination distractor-beats-key"


@pytest.mark.parametrize(
    "name", ['=HYPERLINK("http://x")', "+cmd", "-2+3", "@SUM(A1)", "\tx", "\rx"]
)
def test_csv_neutralises_formulas(name: str) -> None:
    assert csv_safe(name) == "'" + name
    assert csv_safe("Ann =1") == "Ann =1"
    assert csv_safe(-0.5) == -0.5


def test_render_text_shows_both_tables(store: ResultStore) -> None:
    text = render_text(
        gradebook(store.attempts(), store.all_responses()),
        item_analysis(store.attempts(), store.all_responses(), [BANK]),
    )
    assert "Gradebook (6 attempts)" in text
    assert "finished 5/6" in text
    lines = {line.split()[0]: line for line in text.splitlines() if line.startswith("q")}
    assert "+0.61" in lines["q1"] and "-0.49" in lines["q3"]
    assert "distractor-beats-key: a wrong option" in text


def test_class_summary_counts_work_in_progress(store: ResultStore) -> None:
    summary = class_summary(store.attempts(), store.all_responses())
    assert len(summary.joined) == 6 and len(summary.finished) == 5
    # Finished percents: 75, 75, 37.5, 50, 25 -> bands 7, 7, 3, 5, 2.
    assert summary.histogram == [0, 0, 1, 1, 0, 1, 0, 2, 0, 0]
    assert summary.leaderboard[0].student in {"ann", "ben"}
    q1 = next(i for i in summary.items if i.question_id == "q1")
    assert (q1.attempts, q1.correct) == (6, 3)  # fay's answer to q1 counts live


# --- the command -----------------------------------------------------------------------------


def test_report_command_writes_both_csv_files(
    store: ResultStore, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quizgen.bank.io import save_bank
    from quizgen.cli import main

    bank = tmp_path / "bank.yaml"
    save_bank(BANK, bank)
    grades, items = tmp_path / "grades.csv", tmp_path / "items.csv"
    code = main(
        [
            "report",
            "--db",
            str(store.path),
            "--csv",
            str(grades),
            "--items",
            str(items),
            "--bank",
            str(bank),
            "--session",
            "5B",
        ]
    )
    assert code == 0
    out = capsys.readouterr().out
    assert "Gradebook (6 attempts)" in out and f"wrote gradebook to {grades}" in out
    rows = list(csv.DictReader(io.StringIO(grades.read_text(encoding="utf-8"))))
    assert {"student", "score", "max_score"} <= set(rows[0])
    assert [(r["student"], r["score"], r["max_score"]) for r in rows][:3] == [
        ("ann", "3", "4"),
        ("ben", "3", "4"),
        ("cat", "1.5", "4"),
    ]
    stats = {r["question_id"]: r for r in csv.DictReader(io.StringIO(items.read_text("utf-8")))}
    assert (stats["q2"]["facility"], stats["q2"]["discrimination"]) == ("0.5", "0.456")
    assert stats["q1"]["prompt"] == "Which?"


def test_report_neutralises_a_formula_name_end_to_end(tmp_path: Path) -> None:
    from quizgen.cli import main

    db = tmp_path / "class.sqlite"
    with ResultStore(db) as s:
        a = s.start_attempt(
            student='=HYPERLINK("http://evil","x")',
            bank_title="+cmd|' /C calc'!A0",
            bank_sha256="x",
            mode="exam",
            seed=1,
            question_ids=["q1"],
            max_score=1,
        )
        s.record_response(a, "q1", response="@SUM(1)", correct=False, points=0, elapsed_ms=1)
        s.finish_attempt(a, score=0, max_score=1)
    grades, items = tmp_path / "g.csv", tmp_path / "i.csv"
    assert main(["report", "--db", str(db), "--csv", str(grades), "--items", str(items), "-q"]) == 0
    row = next(csv.DictReader(io.StringIO(grades.read_text("utf-8"))))
    assert row["student"] == '\'=HYPERLINK("http://evil","x")'
    assert row["bank_title"].startswith("'+cmd")
    item = next(csv.DictReader(io.StringIO(items.read_text("utf-8"))))
    assert item["bank_title"].startswith("'+cmd")
    assert item["options"] == "'@SUM(1): 1"  # a student's answer starts the cell


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "no such file"), (b"hello", "not a quizgen results database")],
)
def test_report_bad_database_is_one_clear_line(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    import subprocess
    import sys

    db = tmp_path / "class.sqlite"
    if content is not None:
        db.write_bytes(content * 100)
    result = subprocess.run(
        [sys.executable, "-m", "quizgen", "report", "--db", str(db), "--csv", str(tmp_path / "g")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode in (1, 2)
    assert message in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "g").exists()


def test_report_unknown_session_lists_the_known_ones(store: ResultStore) -> None:
    from quizgen.cli import main

    assert main(["report", "--db", str(store.path), "--session", "6C"]) == 1


def test_two_banks_are_analysed_apart(tmp_path: Path) -> None:
    with ResultStore(tmp_path / "c.sqlite") as s:
        for sha, title in (("a", "Bank A"), ("b", "Bank B")):
            for student, right in (("ann", True), ("ben", False)):
                attempt = s.start_attempt(
                    student=student,
                    bank_title=title,
                    bank_sha256=sha,
                    mode="exam",
                    seed=1,
                    question_ids=["q1"],
                    max_score=1,
                )
                s.record_response(
                    attempt, "q1", response="x", correct=right, points=int(right), elapsed_ms=1
                )
                s.finish_attempt(attempt, score=int(right), max_score=1)
        items = item_analysis(s.attempts(), s.all_responses())
        text = render_text(gradebook(s.attempts(), s.all_responses()), items)
    assert [(i.bank_title, i.question_id, i.attempts) for i in items] == [
        ("Bank A", "q1", 2),
        ("Bank B", "q1", 2),
    ]
    assert "Bank A/q1" in text and "Bank B/q1" in text


def test_game_points_are_analysed_as_right_or_wrong(tmp_path: Path) -> None:
    """Speed and streak bonuses measure speed, not the question: in game mode an item scores
    1 when right. ann 950 + 1600 (q1 fast, q2 with streak), ben 600 + 0, cat 0 + 1000:
    q1 x = [1, 1, 0] -> facility 2/3; rest-of-test y = [1, 0, 1] ->
    mean x = 2/3, mean y = 2/3, S(dx dy) = (1/3)(1/3) + (1/3)(-2/3) + (-2/3)(1/3) = -1/3,
    S(dx^2) = S(dy^2) = 2/3 -> r = (-1/3) / (2/3) = -0.5."""
    with ResultStore(tmp_path / "c.sqlite") as s:
        for student, answers in {
            "ann": [("q2", True, 1600), ("q1", True, 950)],
            "ben": [("q1", True, 600), ("q2", False, 0)],
            "cat": [("q1", False, 0), ("q2", True, 1000)],
        }.items():
            attempt = s.start_attempt(
                student=student,
                bank_title=BANK.title,
                bank_sha256="g",
                mode="game",
                seed=1,
                question_ids=[q for q, _, _ in answers],
                max_score=4000,
            )
            for qid, right, points in answers:
                s.record_response(
                    attempt,
                    qid,
                    response="x",
                    correct=right,
                    points=points,
                    elapsed_ms=1,
                    max_points=1500,
                )
            s.finish_attempt(attempt, score=sum(p for _, _, p in answers), max_score=4000)
        items = item_analysis(s.attempts(), s.all_responses(), [BANK])
    assert [i.question_id for i in items] == ["q1", "q2"]  # bank order, not ann's order
    q1 = items[0]
    assert q1.bank_title == "Hand example (game)"
    assert (q1.facility, q1.max_points) == (pytest.approx(2 / 3), 1.0)
    assert q1.discrimination == pytest.approx(-0.5)


def test_session_responses_are_the_session_attempts_rows_in_all_responses_order(
    store: ResultStore,
) -> None:
    other = store.start_attempt(
        student="gus", bank_title="t", bank_sha256="abc", mode="exam", seed=1, question_ids=QIDS
    )  # no session: a plain `quizgen take`
    store.record_response(other, "q1", response="B", correct=True, points=1, elapsed_ms=1)
    store.record_response(  # answered again: the row moves to the end of all_responses
        store.attempts(student="ann")[0].id,
        "q1",
        response="B",
        correct=True,
        points=1,
        elapsed_ms=4000,
    )
    every = store.all_responses()
    for session in ("5B", None, "6C"):
        ids = {a.id for a in store.attempts() if a.session == session}
        assert store.session_responses(session) == [r for r in every if r.attempt_id in ids]
    assert len(store.session_responses("5B")) == 21 and len(store.session_responses(None)) == 1


def test_report_of_a_session_leaves_other_sessions_out(store: ResultStore, capsys) -> None:
    from quizgen.cli import main

    other = store.start_attempt(
        student="zed",
        bank_title=BANK.title,
        bank_sha256="abc",
        mode="exam",
        seed=1,
        question_ids=QIDS,
        max_score=4,
        session="5A",
    )
    store.record_response(other, "q1", response="C", correct=False, points=0, elapsed_ms=1)
    assert main(["report", "--db", str(store.path), "--session", "5B"]) == 0
    out = capsys.readouterr().out
    assert "Gradebook (6 attempts)" in out and "zed" not in out
