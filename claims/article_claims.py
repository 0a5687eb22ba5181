"""An article's claims: what one article may cost to extract, and storing the claims extraction
finds, linked to earlier claims saying the same.

`extract_claims` is run by the `extract_article` task (claims.tasks), which `claims.ingest`
enqueues; `claims.ingest` refuses input with the same errors and the same `check_cost`.
"""

from django.conf import settings
from django.db import transaction

from claims.extraction import dedupe
from claims.extraction.paragraphs import lay_out
from claims.extraction.pipeline import extract
from claims.matching.tasks import embed_article_claims
from claims.models import Article, Claim, ClaimStatus
from claims.models.article import ArticleStatus, shortened
from claims.workflow import DismissalKind
from factcheck.enqueue import enqueue_on_commit
from webhooks.events import announce
from webhooks.models import EventType


class IngestError(ValueError):
    """Input that cannot become an article; the message is shown to the user as is."""


class ArticleTooLong(IngestError):
    """Input over INGEST_MAX_CHARS characters, or article text over what one article may cost
    (ARTICLE_MAX_CHARS, ARTICLE_MAX_PARAGRAPHS): the API answers 413."""


def check_cost(body: str) -> None:
    """IngestError when normalised text is more than one article may cost to extract
    (ARTICLE_MAX_CHARS, ARTICLE_MAX_PARAGRAPHS as the pipeline lays them out)."""
    if len(body) > settings.ARTICLE_MAX_CHARS:
        raise ArticleTooLong(
            f"article is longer than the {settings.ARTICLE_MAX_CHARS:,}-character limit ({len(body):,})"
        )
    paragraphs = len(lay_out(body).paragraphs)
    if paragraphs > settings.ARTICLE_MAX_PARAGRAPHS:
        raise ArticleTooLong(
            f"article has more than the {settings.ARTICLE_MAX_PARAGRAPHS:,}-paragraph limit ({paragraphs:,})"
        )


def extract_claims(article: Article) -> int:
    """Run the extraction pipeline on a stored article and write its claims; returns how many are new.

    Check-worthy claims are queued; the rest stay `new` (a reviewer can promote them).
    A claim identical to one already in another article is linked to it and not queued
    again; a near-duplicate is linked and queued, so the reviewer sees the earlier verdict.
    Safe to run twice: claims are unique per article span. IngestError when the article is
    over the size caps now in force (it may have been stored under larger ones).
    """
    check_cost(article.body)
    extraction = extract(article.body)
    existing = list(article.claims.values_list("pk", "start", "end"))
    existing_spans = {(start, end) for _pk, start, end in existing}
    new_claims = []
    for candidate in extraction.claims:
        if (candidate.start, candidate.end) in existing_spans:
            continue
        claim = Claim(
            article=article,
            text=candidate.text,
            # A name as long as a paragraph is rare, but would fail the whole article's save.
            speaker=shortened(candidate.speaker or "", Claim._meta.get_field("speaker").max_length),
            speaker_reason=candidate.speaker_reason[: Claim._meta.get_field("speaker_reason").max_length],
            lead_in=candidate.lead_in,
            is_quote=candidate.is_quote,
            is_reported=candidate.is_reported,
            start=candidate.start,
            end=candidate.end,
            paragraph_index=candidate.paragraph_index,
            paragraph=candidate.paragraph_text,
            checkworthiness=min(max(candidate.score, 0.0), 1.0),
            priority=candidate.score,
            normalized_hash=dedupe.content_hash(candidate.text),
            status=ClaimStatus.QUEUED if candidate.check_worthy else ClaimStatus.NEW,
        )
        _link_duplicate(claim)
        new_claims.append(claim)
    with transaction.atomic():
        # Not the fields people edit: a title saved since this worker read the row stands, and
        # an editor's page open meanwhile may still be saved (fill_blanks bumps `version` only
        # when it fills one).
        Article.objects.filter(pk=article.pk).update(
            body=extraction.text,
            skipped_text=[
                {"text": s.text, "reason": s.reason, "start": s.start, "end": s.end}
                for s in extraction.skipped
            ],
            status=ArticleStatus.EXTRACTED,
            error="",
            extraction_started_at=None,
        )
        detected = {"title": extraction.title, "author": extraction.author, "outlet": extraction.outlet}
        Article.objects.fill_blanks(article.pk, detected | {"published_on": extraction.published})
        Claim.objects.bulk_create(new_claims, ignore_conflicts=True)
        # A claim repeated across articles ranks higher, here and where it appeared before.
        Claim.objects.filter(normalized_hash__in={c.normalized_hash for c in new_claims}).refresh_priorities()
        if new_claims:
            enqueue_on_commit(embed_article_claims, article.pk)
        _announce_extraction(article.pk, already=[pk for pk, _start, _end in existing])
    return len(new_claims)


def _announce_extraction(article_id: int, *, already: list[int]) -> None:
    """Webhooks: the article is extracted, and each claim it newly queued is queued."""
    article = Article.objects.defer("body", "html", "skipped_text").get(pk=article_id)
    announce(EventType.ARTICLE_EXTRACTED, article)
    queued = (
        article.claims.filter(status=ClaimStatus.QUEUED).exclude(pk__in=already).select_related("article")
    )
    for claim in queued.order_by("pk"):
        announce(EventType.CLAIM_QUEUED, claim)


def _link_duplicate(claim: Claim) -> None:
    """Point `claim.duplicate_of` at an earlier claim from another article saying the same."""
    others = Claim.objects.exclude(article=claim.article).filter(duplicate_of__isnull=True)
    identical = others.filter(normalized_hash=claim.normalized_hash).order_by("pk").first()
    if identical is not None:
        claim.duplicate_of = identical
        if claim.status == ClaimStatus.QUEUED:
            claim.status = ClaimStatus.DISMISSED
            claim.dismissal_reason = f"{DismissalKind.DUPLICATE.label}: same as claim {identical.pk}"
        return
    # Near-duplicates share their rarest (longest) content words; compare those few by overlap.
    words = sorted(dedupe.similar_key(claim.text).split(), key=len, reverse=True)[:2]
    if len(words) < 2:
        return
    candidates = others.filter(text__icontains=words[0]).filter(text__icontains=words[1])
    for other in candidates.only("pk", "text").order_by("pk")[:200]:
        if dedupe.is_near_duplicate(claim.text, other.text):
            claim.duplicate_of = other
            return
