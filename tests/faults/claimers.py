"""Processes that work on the same claims at the same moment (test_concurrency_on_postgres).

    python -m tests.faults.claimers setup CLAIMS REVIEWERS      queued claims and reviewers
    python -m tests.faults.claimers take USERNAME START_FILE     take until the queue is empty
    python -m tests.faults.claimers edit TAG EDITS START_FILE    edit one claim EDITS times

Each waits for START_FILE, so every process starts together, then prints one JSON
line: `take` the ids it got, how often the queue was busy, and its seconds; `edit` the
edits that landed and how many met a conflict.
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


def _wait_for(start_file: str) -> None:
    while not Path(start_file).exists():
        time.sleep(0.01)


EDITED = "edit-target"


def setup_edit() -> None:
    from claims.models import Article, Claim

    article = Article.objects.create(body="y" * 100, content_hash=EDITED)
    Claim.objects.create(article=article, text="Edited claim", start=0, end=1, normalized_hash=EDITED)


def edit(tag: str, edits: int, start_file: str) -> None:
    """Each edit loads the claim, appends a line to its note and saves: a read-modify-write
    that loses a concurrent edit unless the versioned save refuses the stale one."""
    from claims.models import Claim
    from claims.models.versioning import EditConflict

    _wait_for(start_file)
    landed, conflicts = [], 0
    for n in range(edits):
        claim = Claim.objects.get(normalized_hash=EDITED)
        line = f"{tag}-{n}"
        claim.review_note += line + "\n"
        try:
            claim.save()
        except EditConflict:
            conflicts += 1
        else:
            landed.append(line)
    print(json.dumps({"landed": landed, "conflicts": conflicts}))


def take(username: str, start_file: str) -> None:
    from django.contrib.auth import get_user_model

    from claims.workflow import TransitionError, take_next

    user = get_user_model().objects.get(username=username)
    _wait_for(start_file)
    started, ids, busy = time.monotonic(), [], 0
    while True:
        try:
            claim = take_next(user)
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
        setup_edit()
    elif command == "edit":
        edit(args[0], int(args[1]), args[2])
    else:
        take(*args)
