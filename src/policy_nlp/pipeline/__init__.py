"""Pipeline components, one module each; `factories` registers them with spaCy."""
