"""``quizgen generate``: articles in, YAML quiz banks out."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from quizgen.errors import InputError

DESCRIPTION = """\
Read news articles (plain text, UTF-8; cp1252 is accepted with a warning) and write a
reading-comprehension quiz bank for each: numeric questions from the article's numbers and
multiple-choice questions about its people, organisations and places, each with the
sentence that proves it. The same article and seed always give the same bank, byte for byte.
"""

EPILOG = """\
output:
  one article,   -o bank.yaml    write that file
  many articles, -o banks/       write banks/<article-stem>.yaml each (the folder is created)
  no -o                          one article: print the YAML on stdout; many: an error
  Files are written whole or not at all. A bad article is reported on stderr and the
  others are still written; the exit code is then 1 (2 for bad usage or missing NLTK data).

examples:
  quizgen generate seeds/000_14a0cfa724519c44.txt -o bank.yaml
  quizgen generate articles/*.txt -o banks/ --jobs 2
  quizgen generate article.txt -o bank.yaml --seed 7 --max-questions 12 --kinds numeric
  cat article.txt | quizgen generate - -o bank.yaml
"""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "generate",
        help="make a quiz bank (YAML) from news articles",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("articles", nargs="+", metavar="ARTICLE", help="text file(s), or - for stdin")
    p.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="bank file for one article, or a folder (ending in / or existing) for several",
    )
    p.add_argument(
        "--seed", type=int, default=0, help="seed for the choice and order of options (default 0)"
    )
    p.add_argument(
        "--max-questions",
        type=int,
        default=20,
        metavar="N",
        help="at most N questions per bank (default 20)",
    )
    p.add_argument(
        "--kinds",
        default="numeric,multiple_choice",
        help="comma-separated question kinds: numeric, multiple_choice (default both)",
    )
    p.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes for many articles (default 1; 0 = one per CPU)",
    )
    p.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary line")
    p.set_defaults(func=run)


def _outputs(args: argparse.Namespace, labels: list[str]) -> list[Path | None]:
    """Where each article's bank goes (None = stdout); raises for impossible combinations."""
    out = args.output
    many = len(labels) > 1
    if out is None:
        if many:
            raise InputError(
                "quizgen generate: several articles need -o FOLDER (one bank file each)",
                exit_code=2,
            )
        return [None]
    target = Path(out)
    as_dir = many or out.endswith(("/", "\\")) or target.is_dir()
    if not as_dir:
        if not target.parent.is_dir():
            raise InputError(f"{out}: folder {target.parent} does not exist", exit_code=2)
        return [target]
    if target.exists() and not target.is_dir():
        raise InputError(f"{out}: is a file; several articles need a folder", exit_code=2)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(
            f"{out}: cannot create folder: {exc.strerror or exc}", exit_code=2
        ) from None
    paths = [target / f"{'stdin' if label == '-' else Path(label).stem}.yaml" for label in labels]
    seen: dict[Path, str] = {}
    for label, path in zip(labels, paths, strict=True):
        if path in seen:
            raise InputError(
                f"quizgen generate: {seen[path]} and {label} would both write {path}; "
                "rename one or generate them separately",
                exit_code=2,
            )
        seen[path] = label
    return paths


class Progress:
    """A one-line bar on stderr, only when stderr is a terminal (never in logs or pipes)."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled and total > 1 and sys.stderr.isatty()
        self.start = time.perf_counter()

    def update(self, done: int, label: str) -> None:
        if not self.enabled:
            return
        width = 28
        filled = int(width * done / self.total)
        rate = done / max(1e-9, time.perf_counter() - self.start)
        name = Path(label).name[:30]
        line = (
            f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {rate:4.1f}/s {name}"
        )
        sys.stderr.write(line.ljust(80)[:100])
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            sys.stderr.write("\r" + " " * 100 + "\r")
            sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from quizgen.atomic import atomic_write_text
    from quizgen.generate.bank_builder import check_kinds
    from quizgen.generate.batch import STDIN, Job, Settings, default_workers, run_jobs

    if args.max_questions < 1:
        raise InputError("--max-questions must be at least 1", exit_code=2)
    if args.jobs < 0:
        raise InputError("--jobs must be 0 (one per CPU) or more", exit_code=2)
    try:
        kinds = check_kinds(args.kinds.split(","))
    except InputError as exc:
        raise InputError(f"quizgen generate: --kinds: {exc}", exit_code=2) from None
    labels = list(args.articles)
    if labels.count(STDIN) > 1:
        raise InputError("quizgen generate: '-' (stdin) can be given only once", exit_code=2)
    outputs = _outputs(args, labels)
    jobs = []
    for label in labels:
        if label == STDIN:
            jobs.append(Job("<stdin>", raw=sys.stdin.buffer.read()))
        else:
            jobs.append(Job(label, path=label))
    settings = Settings(seed=args.seed, max_questions=args.max_questions, kinds=kinds)
    workers = args.jobs or default_workers()
    progress = Progress(len(jobs), not args.quiet)
    started = time.perf_counter()
    written = failed = questions = 0
    for index, outcome in enumerate(run_jobs(jobs, settings, workers)):
        for warning in outcome.warnings:
            progress.close()
            print(f"warning: {warning}", file=sys.stderr)
        if outcome.error is not None:
            progress.close()
            message = outcome.error
            print(
                message if message.startswith("quizgen:") else f"quizgen: {message}",
                file=sys.stderr,
            )
            failed += 1
            if outcome.fatal:
                return 2
        else:
            target = outputs[index]
            if target is None:
                sys.stdout.write(outcome.yaml_text or "")
                sys.stdout.flush()
            else:
                try:
                    atomic_write_text(target, outcome.yaml_text or "")
                except OSError as exc:
                    progress.close()
                    print(
                        f"quizgen: {target}: cannot write: {exc.strerror or exc}", file=sys.stderr
                    )
                    failed += 1
                    continue
            written += 1
            questions += outcome.questions
        progress.update(index + 1, outcome.label)
    progress.close()
    elapsed = time.perf_counter() - started
    if not args.quiet and written and (outputs[0] is not None or len(jobs) > 1):
        where = f" in {args.output}" if len(jobs) > 1 else f" to {args.output}"
        banks = "bank" if written == 1 else "banks"
        summary = (
            f"quizgen: wrote {written} {banks} ({questions} question{'' if questions == 1 else 's'})"
            f"{where} in {elapsed:.1f} s"
        )
        if failed:
            summary += f"; {failed} article{'s' if failed != 1 else ''} failed"
        print(summary, file=sys.stderr)
    return 1 if failed else 0
