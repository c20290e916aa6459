"""Views of a record for people: the terminal (rich) and a standalone HTML page (displaCy)."""
