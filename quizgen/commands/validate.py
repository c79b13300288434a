"""``quizgen validate``: check banks and report every problem with its line."""

from __future__ import annotations

import argparse
import sys

from quizgen.errors import BankError, InputError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "validate",
        help="check quiz banks against the format",
        description=(
            "Check one or more quiz banks (format quizgen-bank/1): YAML syntax, the JSON Schema, "
            "unique ids, answers among choices, numeric answers and tolerances, and evidence "
            "offsets against the article when it is present. Prints one FILE:LINE: message per "
            "problem. Exit 0 when every bank is valid, 1 when one is not, 2 when a file "
            "cannot be read."
        ),
    )
    p.add_argument("banks", nargs="+", metavar="BANK", help="bank file(s) (.yaml)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing for valid banks")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from quizgen.bank.io import check_bank_file

    status = 0
    for path in args.banks:
        try:
            problems, data = check_bank_file(path)
        except BankError as exc:
            problems, data = exc.problems, None
        except InputError as exc:
            print(str(exc), file=sys.stderr)
            status = max(status, exc.exit_code)
            continue
        if problems:
            for line in problems:
                print(line, file=sys.stderr)
            status = max(status, 1)
        elif not args.quiet:
            count = len(data.get("questions") or [])
            print(f"{path}: valid ({count} question{'s' if count != 1 else ''})")
    return status
