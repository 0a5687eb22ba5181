"""Fit the queue decision (claims/extraction/queue_decision.py) on a labelled extraction set."""
