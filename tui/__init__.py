"""The Textual quiz runner; builds on the ``quizgen`` library, never the reverse."""
