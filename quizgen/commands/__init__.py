"""One module per ``quizgen`` subcommand, each with ``register(subparsers)``."""
