"""One module per screen of the quiz app."""
