"""Article analysis: NLTK resources loaded once, then sentences, entities, numbers and quotes.

Nothing is imported here, so light modules (``number_words``, ``markdown``) can be used
without paying for NLTK.
"""
