"""Fact-check memory: find the earlier claims and imported fact-checks a new claim repeats.

`matcher.Matcher` is the Django-free core (BM25 + all-MiniLM-L6-v2 vectors, fused); `store`
matches against the database, `tasks` keeps the vectors there, `evaluation` measures it on
CheckThat! 2022 Task 2A (docs/matching.md).
"""
