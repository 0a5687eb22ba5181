"""What a correction changed, in words readers see on the public correction note."""


def describe_change(before, after, claim) -> str:
    """Compare two verdicts (rating, summary, cited sources) and whom `claim` credits now with
    whom it credited when `before` was published; a query per side for sources, one for that."""
    parts = []
    credited = speaker_at(claim, before.published_at)
    if credited is not None and credited != claim.speaker:
        parts.append(f"Speaker changed from “{credited or 'unknown'}” to “{claim.speaker or 'unknown'}”.")
    if (
        worded := detail_at(claim, before.published_at, "checked_text")
    ) is not None and worded != claim.checked_text:
        parts.append(f"Claim reworded: now “{claim.as_checked}”.")
    if before.rating_id != after.rating_id:
        parts.append(f"Rating changed from “{before.rating.label}” to “{after.rating.label}”.")
    if before.summary.strip() != after.summary.strip():
        parts.append("Summary revised.")
    old_urls = set(before.sources.values_list("url", flat=True))
    new_urls = set(after.sources.values_list("url", flat=True))
    if added := sorted(new_urls - old_urls):
        parts.append("Sources added: " + ", ".join(added) + ".")
    if removed := sorted(old_urls - new_urls):
        parts.append("Sources removed: " + ", ".join(removed) + ".")
    return " ".join(parts) or "Verdict re-reviewed; rating, summary and sources unchanged."


def speaker_at(claim, moment) -> str | None:
    """Whom the claim's audit trail credited at `moment`; None if it holds nothing that old."""
    return detail_at(claim, moment, "speaker")


def detail_at(claim, moment, field: str):
    """A field of the claim as its audit trail held it at `moment`; None if it holds nothing that old."""
    kept = claim.history.filter(history_date__lte=moment).order_by("-history_date", "-history_id")
    return kept.values_list(field, flat=True).first()
