"""Small widgets the quiz screens share."""
