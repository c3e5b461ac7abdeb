"""Across sessions: recurring categories, theme suggestions, the follow-up register and
participation figures. Qt-free: the command line, the overview and the report use it."""
