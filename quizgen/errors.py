"""Errors the CLI turns into one clear line and an exit code, never a traceback."""

from __future__ import annotations


class QuizgenError(Exception):
    """A problem the user can fix; ``exit_code`` 1 for bad content, 2 for bad usage or I/O."""

    exit_code = 1

    def __init__(self, message: str, exit_code: int | None = None) -> None:
        super().__init__(message)
        if exit_code is not None:
            self.exit_code = exit_code


class InputError(QuizgenError):
    """A file that cannot be read or is not what it should be."""


class BankError(QuizgenError):
    """A bank that fails validation; carries every problem, each ``FILE:LINE: message``."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("\n".join(problems), exit_code=1)


class MissingResourceError(QuizgenError):
    """An NLTK resource is not installed."""

    exit_code = 2
