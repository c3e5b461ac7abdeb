"""The organiser's overview across sessions: recurring barriers, ideas by their share of the
votes, participation, and the follow-up register."""
