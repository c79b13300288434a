"""Generate banks for many articles, in this process or over a pool of worker processes.

Workers load the NLTK models once (in the pool initializer) and each returns the finished
YAML text, so the parent writes every file itself, atomically and in input order.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from quizgen.errors import MissingResourceError, QuizgenError

STDIN = "-"


@dataclass(frozen=True)
class Job:
    """One article: a path to read, or the bytes already read (stdin)."""

    label: str
    path: str | None = None
    raw: bytes | None = None


@dataclass
class Outcome:
    label: str
    yaml_text: str | None = None
    questions: int = 0
    numeric: int = 0
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    fatal: bool = False  # the environment is broken (NLTK data missing): stop the batch


@dataclass(frozen=True)
class Settings:
    seed: int = 0
    max_questions: int | None = None
    kinds: tuple[str, ...] = ("numeric", "multiple_choice")


def preload() -> None:
    """Load every model a generation needs, so the first article is not slower than the rest."""
    from quizgen.nlp import resources

    for loader in (
        resources.sentence_splitter,
        resources.pos_tagger,
        resources.ne_chunker,
        resources.stopwords,
        resources.first_names,
    ):
        loader()
    from quizgen.generate import wordnet_groups
    from quizgen.nlp import pipeline  # noqa: F401  (imports the pipeline's own modules)

    wordnet_groups.table()


def _init_worker() -> None:
    # A worker whose initializer raises breaks the whole pool; generate_one meets the same
    # problem again and reports it per article, in one line.
    with contextlib.suppress(Exception):
        preload()


def generate_one(job: Job, settings: Settings) -> Outcome:
    """Never raises: every failure becomes an :class:`Outcome` with a one-line error."""
    from quizgen.bank.io import dumps_bank
    from quizgen.generate.bank_builder import generate_bank
    from quizgen.textfile import decode_text, read_bytes

    warnings: list[str] = []
    try:
        raw = job.raw if job.raw is not None else read_bytes(job.path or job.label)
        if not raw.strip():
            return Outcome(job.label, error=f"{job.label}: empty file, nothing to ask about")
        text = decode_text(raw, job.label, allow_cp1252=True, warn=warnings.append).text
        bank = generate_bank(
            text,
            source_path=job.path,
            source_bytes=raw,
            seed=settings.seed,
            max_questions=settings.max_questions,
            kinds=settings.kinds,
        )
    except MissingResourceError as exc:
        return Outcome(job.label, error=str(exc), warnings=warnings, fatal=True)
    except QuizgenError as exc:
        return Outcome(job.label, error=str(exc), warnings=warnings)
    except Exception as exc:  # noqa: BLE001
        # A bug on one odd article must not cost the user the rest of the batch, nor show
        # them a traceback: one line naming the article and the error.
        message = f"{job.label}: could not generate questions ({type(exc).__name__}: {exc})"
        return Outcome(job.label, error=message, warnings=warnings)
    if not bank.questions:
        return Outcome(
            job.label,
            error=f"{job.label}: no questions could be made (no usable numbers or names found)",
            warnings=warnings,
        )
    numeric = sum(1 for q in bank.questions if q.is_numeric)
    return Outcome(
        job.label,
        yaml_text=dumps_bank(bank),
        questions=len(bank.questions),
        numeric=numeric,
        warnings=warnings,
    )


def _run_chunk(args: tuple[list[Job], Settings]) -> list[Outcome]:
    jobs, settings = args
    return [generate_one(job, settings) for job in jobs]


def run_jobs(jobs: Sequence[Job], settings: Settings, workers: int = 1) -> Iterator[Outcome]:
    """Outcomes in input order, as they become ready."""
    if workers <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield generate_one(job, settings)
        return
    workers = min(workers, len(jobs))
    # Small chunks keep both workers busy to the end (with chunks of 8, one worker could
    # finish a second before the other); two or more per chunk save round trips.
    size = max(1, min(4, len(jobs) // (workers * 20)))
    chunks = [(list(jobs[i : i + size]), settings) for i in range(0, len(jobs), size)]
    # Load the models once here and fork: the workers inherit them instead of each loading
    # its own copy (a second of CPU per worker that a busy machine cannot spare).
    context = None
    if "fork" in multiprocessing.get_all_start_methods():
        _init_worker()
        context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(
            max_workers=workers, initializer=_init_worker, mp_context=context
        ) as pool:
            for outcomes in pool.map(_run_chunk, chunks):
                yield from outcomes
    except BrokenProcessPool:
        raise QuizgenError(
            "quizgen generate: a worker process died (out of memory?); "
            "banks written so far are complete; try --jobs 1",
            exit_code=1,
        ) from None


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


ProgressCallback = Callable[[int, int, str], None]
