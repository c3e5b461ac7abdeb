"""The names of the main window's pages, as remembered between starts ("last/page")."""

LIBRARY, SETUP, RUN, OVERVIEW = "library", "setup", "run", "overview"
