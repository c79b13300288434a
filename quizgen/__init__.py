"""quizgen: turn a news article into a reading-comprehension quiz.

The library never imports Textual; the terminal app in ``tui`` builds on it.
"""

from quizgen.bank import Bank, Evidence, Question, Source, load_bank, save_bank

__version__ = "0.1.0"

__all__ = ["Bank", "Evidence", "Question", "Source", "__version__", "load_bank", "save_bank"]
