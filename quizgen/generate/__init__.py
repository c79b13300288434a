"""Question generation: article text -> candidate questions -> ranked, diverse bank."""

from quizgen.generate.bank_builder import build_questions, generate_bank

__all__ = ["build_questions", "generate_bank"]
