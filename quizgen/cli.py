"""The ``quizgen`` command: a thin shell over the library.

Each subcommand lives in ``quizgen/commands/<name>.py`` with ``register(subparsers)``;
heavy imports happen inside the command, so ``quizgen --help`` stays instant.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from quizgen import __version__
from quizgen.errors import QuizgenError

# Order here is the order in `quizgen --help`.
COMMANDS = (
    "setup",
    "generate",
    "lint",
    "validate",
    "take",
    "history",
    "export",
    "serve",
    "dashboard",
    "report",
)

DESCRIPTION = """\
Turn a news article into a reading-comprehension quiz, take it in the terminal,
export it to school platforms and run it in a classroom.

typical use:
  quizgen setup                              get the NLTK data once
  quizgen generate article.txt -o bank.yaml  write a quiz bank
  quizgen take bank.yaml                     take it in the terminal
  quizgen export bank.yaml -f moodle-xml -o quiz.xml
  quizgen serve bank.yaml --db class.sqlite  run it in a classroom
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quizgen",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"quizgen {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for name in COMMANDS:
        module = importlib.import_module(f"quizgen.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except QuizgenError as exc:
        print(str(exc), file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("quizgen: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
