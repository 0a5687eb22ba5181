"""Processes that take claims from the queue at the same moment (test_concurrent_take_next).

    python -m tests.faults.claimers setup CLAIMS REVIEWERS   queued claims and reviewers
    python -m tests.faults.claimers take USERNAME START_FILE  take until the queue is empty

`take` waits for START_FILE, so every process starts together, then prints one JSON
line: the ids it got, how often the queue was busy, and its seconds.
"""

import json
import os
import sys
import time
from pathlib import Path


def setup(claims: int, reviewers: int) -> None:
    from django.contrib.auth import get_user_model

    from claims.models import Article, Claim
    from reviewers.models import Reviewer, Role

    article = Article.objects.create(body="x" * 100, content_hash="claimers")
    Claim.objects.bulk_create(
        Claim(
            article=article,
            text=f"Claim {n}",
            start=n,
            end=n + 1,
            status="queued",
            priority=(n * 7919) % 1000 / 1000,
            normalized_hash=f"claimers-{n}",
        )
        for n in range(claims)
    )
    for n in range(reviewers):
        user = get_user_model().objects.create_user(f"claimer{n}", f"claimer{n}@example.org", is_staff=True)
        Reviewer.objects.create(user=user, role=Role.REVIEWER, max_open_assignments=claims)


def take(username: str, start_file: str) -> None:
    from django.contrib.auth import get_user_model

    from claims.models import Claim
    from claims.workflow import TransitionError

    user = get_user_model().objects.get(username=username)
    while not Path(start_file).exists():
        time.sleep(0.01)
    started, ids, busy = time.monotonic(), [], 0
    while True:
        try:
            claim = Claim.take_next(user)
        except TransitionError:  # every claim offered was taken in between: ask again
            busy += 1
            continue
        if claim is None:
            break
        ids.append(claim.pk)
    print(json.dumps({"ids": ids, "busy": busy, "seconds": time.monotonic() - started}))


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "factcheck.settings")
    import django

    django.setup()
    command, *args = sys.argv[1:]
    if command == "setup":
        setup(int(args[0]), int(args[1]))
    else:
        take(*args)
