"""What a correction changed, in words readers see on the public correction note."""


def describe_change(before, after) -> str:
    """Compare two verdicts (rating, summary, cited sources); one query per side for sources."""
    parts = []
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
