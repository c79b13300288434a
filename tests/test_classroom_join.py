"""Roster files, names and the join decisions a served quiz makes (no terminal needed)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from quizgen.classroom import (
    BadName,
    Classroom,
    Roster,
    default_session,
    load_roster,
    name_key,
    normalise_name,
    parse_roster,
)
from quizgen.errors import InputError
from quizgen.results import ResultStore


def test_names_are_trimmed_and_compared_without_case() -> None:
    assert normalise_name("  Ana   María  ") == "Ana María"
    assert normalise_name("Zoe\u0301") == "Zoé"  # combining accent composed (NFC)
    assert name_key("ANA maría") == name_key(" ana  María ")
    for bad, message in [("   ", "type your name"), ("a\x07b", "cannot be used"), ("x" * 41, "40")]:
        with pytest.raises(BadName, match=message):
            normalise_name(bad)


def test_default_session_names_bank_and_day() -> None:
    assert default_session("banks/seed-bank.yaml", date(2026, 3, 2)) == "seed-bank 2026-03-02"


def test_roster_with_header_and_codes(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_text("name,code\nAna María,k7q\n\n# absent today\nBen Ng , 42 \n", encoding="utf-8")
    roster = load_roster(path)
    assert roster.names == ["Ana María", "Ben Ng"]
    assert roster.has_codes
    assert roster.check_code("ana maría", " K7Q ")
    assert not roster.check_code("Ana María", "k7")
    assert not roster.check_code("Nobody", "k7q")
    assert roster.find("BEN NG").line == 5


def test_roster_without_header_or_codes() -> None:
    roster = parse_roster("Ana\nBen\n", "r.csv")
    assert roster.names == ["Ana", "Ben"] and not roster.has_codes
    assert roster.check_code("Ana", "")


def test_roster_problems_name_file_and_line() -> None:
    text = "name,code\nAna,1\nana,2\nBen,3,extra\nCat,\n\x07,5\n"
    with pytest.raises(InputError) as info:
        parse_roster(text, "roster.csv")
    lines = str(info.value).splitlines()
    assert lines == [
        "roster.csv:3: duplicate name 'ana' (first on line 2)",
        "roster.csv:4: too many columns (expected name[,code])",
        "roster.csv:6: bad name '\\x07': Your name contains characters that cannot be used.",
        "roster.csv:5: 'Cat' has no code",
    ]


def test_empty_roster_and_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"r.csv:1: roster has no names"):
        parse_roster("name,code\n", "r.csv")
    with pytest.raises(InputError, match="no such file"):
        load_roster(tmp_path / "nope.csv")


# --- decisions ---------------------------------------------------------------------------------


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ResultStore]:
    with ResultStore(tmp_path / "class.sqlite") as s:
        yield s


def _attempt(store: ResultStore, student: str, *, session: str = "5B", sha: str = "bank") -> int:
    return store.start_attempt(
        student=student,
        bank_title="T",
        bank_sha256=sha,
        mode="exam",
        seed=1,
        question_ids=["q1", "q2"],
        max_score=2,
        session=session,
    )


def test_new_name_starts_and_is_claimed(store: ResultStore) -> None:
    room = Classroom(store, session="5B", bank_sha256="bank", pid=111, alive=lambda pid: True)
    decision = room.join("  ana ")
    assert (decision.kind, decision.name) == ("start", "ana")
    # Another browser (another process) typing the same name while Ana's quiz runs:
    other = Classroom(store, session="5B", bank_sha256="bank", pid=222, alive=lambda pid: True)
    clash = other.join("ANA")
    assert clash.kind == "in_use" and "another screen" in clash.message


def test_claim_itself_refuses_a_live_holder_and_takes_over_a_dead_one(
    store: ResultStore,
) -> None:
    """The check inside the write transaction, for two browsers that both passed decide()."""
    alive = {111, 222}
    first = Classroom(store, session="5B", bank_sha256="bank", pid=111, alive=alive.__contains__)
    second = Classroom(store, session="5B", bank_sha256="bank", pid=222, alive=alive.__contains__)
    assert first.claim("Ana")
    assert first.claim("ana")  # our own claim does not block us
    assert not second.claim("ANA")
    alive.discard(111)
    assert second.claim("Ana")
    assert not first.claim("Ana")
    elsewhere = Classroom(
        store, session="5B", bank_sha256="bank", pid=111, alive=alive.__contains__
    )
    elsewhere.host = "another-machine"  # a pid on another host cannot be checked: not a holder
    assert elsewhere.claim("Ana")


def test_blank_name_is_refused_with_a_message(store: ResultStore) -> None:
    room = Classroom(store, session="5B", bank_sha256="bank")
    decision = room.join("   ")
    assert decision.kind == "refused" and decision.message == "Please type your name."


def test_reload_resumes_after_the_old_process_died(store: ResultStore) -> None:
    alive = {111}
    first = Classroom(store, session="5B", bank_sha256="bank", pid=111, alive=alive.__contains__)
    assert first.join("Ana").kind == "start"
    attempt = _attempt(store, "Ana")
    store.record_response(attempt, "q1", response="x", correct=True, points=1, elapsed_ms=5)
    alive.discard(111)  # the page was reloaded: textual-serve stopped the old app process
    second = Classroom(store, session="5B", bank_sha256="bank", pid=222, alive=alive.__contains__)
    ask = second.join("ana")
    assert ask.kind == "resume" and ask.attempt is not None and ask.attempt.id == attempt
    assert "1 of 2 answered" in ask.message and "Continue as Ana?" in ask.message
    assert second.join("ana", confirmed=True).kind == "resume"
    alive.add(222)
    third = Classroom(store, session="5B", bank_sha256="bank", pid=333, alive=alive.__contains__)
    assert third.join("Ana").kind == "in_use"


def test_finished_name_cannot_take_it_again(store: ResultStore) -> None:
    attempt = _attempt(store, "Ana")
    store.finish_attempt(attempt, score=1, max_score=2)
    room = Classroom(store, session="5B", bank_sha256="bank")
    decision = room.join("ana")
    assert decision.kind == "finished" and "already finished" in decision.message


def test_other_sessions_and_banks_do_not_count(store: ResultStore) -> None:
    store.finish_attempt(_attempt(store, "Ana", session="5A"), score=1, max_score=2)
    store.finish_attempt(_attempt(store, "Ana", sha="other"), score=1, max_score=2)
    room = Classroom(store, session="5B", bank_sha256="bank")
    assert room.join("Ana").kind == "start"


def test_roster_and_codes_gate_the_join(store: ResultStore) -> None:
    roster = parse_roster("name,code\nAna María,k7q\n", "r.csv")
    room = Classroom(store, session="5B", bank_sha256="bank", roster=roster)
    assert room.join("Zed", "k7q").kind == "refused"
    assert room.join("ana maría", "").message == "Please type your code."
    assert room.join("ana maría", "nope").message == "That code is not right. Try again."
    ok = room.join("ana maría", "K7Q")
    assert (ok.kind, ok.name) == ("start", "Ana María")  # the roster's spelling is kept


def test_release_frees_the_name(store: ResultStore) -> None:
    room = Classroom(store, session="5B", bank_sha256="bank", pid=1, alive=lambda pid: True)
    other = Classroom(store, session="5B", bank_sha256="bank", pid=2, alive=lambda pid: True)
    assert room.claim("Ana") and not other.claim("ana")
    room.release("Ana")
    assert other.claim("ana")


def test_an_empty_roster_finds_nobody() -> None:
    roster = Roster(())
    assert roster.names == [] and not roster.has_codes and roster.find("x") is None


def test_markup_characters_are_refused_in_names() -> None:
    for bad in ("[b]Ana", "Ana[/]", "<script>", "a\\b"):
        with pytest.raises(BadName, match="leave out these characters"):
            normalise_name(bad)
    assert normalise_name("O'Brien-Núñez") == "O'Brien-Núñez"


def test_seconds_since_reads_stored_stamps() -> None:
    from datetime import UTC, datetime

    from quizgen.classroom import seconds_since

    now = datetime(2026, 1, 5, 9, 0, 30, tzinfo=UTC)
    assert seconds_since("2026-01-05T09:00:00.000+00:00", now) == 30
    assert seconds_since("2026-01-05T09:00:00", now) == 30  # naive stamps are UTC
    assert seconds_since("2026-01-05T09:01:00+00:00", now) == 0  # never negative
    assert seconds_since(None, now) is None and seconds_since("soon", now) is None


def test_pid_alive_tells_a_running_process_from_an_ended_one() -> None:
    import os
    import subprocess
    import sys

    from quizgen.classroom import pid_alive

    assert pid_alive(os.getpid())
    ended = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert not pid_alive(int(ended.stdout))


def test_serve_start_forgets_claims_left_by_a_crash(store: ResultStore) -> None:
    from quizgen.classroom import clear_claims

    # After a power cut the old pid may belong to another program: it looks alive.
    old = Classroom(store, session="5B", bank_sha256="bank", pid=4242, alive=lambda pid: True)
    assert old.claim("Ana")
    Classroom(store, session="5A", bank_sha256="bank", pid=4242, alive=lambda pid: True).claim(
        "Ana"
    )
    new = Classroom(store, session="5B", bank_sha256="bank", pid=7, alive=lambda pid: True)
    assert new.join("Ana").kind == "in_use"
    assert clear_claims(store, "5B") == 1  # only this session's
    assert new.join("Ana").kind == "start"
