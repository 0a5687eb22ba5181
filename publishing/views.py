"""Public fact-check pages: no log-in, the same page for every reader, so caches may keep it.

Each view answers conditional requests first (ETag and Last-Modified from
publishing.queries.freshness, one query, plus the scale), so a reader whose copy is
current gets a 304 without the page being built.
"""

from __future__ import annotations

import functools
import hashlib

from django.conf import settings
from django.core.paginator import InvalidPage, Paginator
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from claims.models import LinkClass, Verdict
from publishing import queries
from publishing.forms import CheckSearch
from publishing.markup import page_claim_review, scale_of, script_body
from publishing.people import credits
from publishing.scale import colour

PAGE_SIZE = 20
# Part of every ETag: a new deployment may render the same rows differently.
TEMPLATE_VERSION = "2"


def _state(request, slug: str | None = None) -> dict:
    """What a cached copy depends on, worked out once per request: the verdicts' last
    change and count, the scale, the settings the page prints, and on a fact-check page
    who may be named (two queries, three on a fact-check page)."""
    if not hasattr(request, "_public_state"):
        verdicts = Verdict.objects.public()
        if slug is not None:
            verdicts = verdicts.filter(claim__public_slug=slug)
        changed, count = queries.freshness(verdicts)
        ratings = queries.active_ratings()
        scale = ";".join(f"{r.slug}={r.value}:{r.label}" for r in ratings)
        people = queries.people_shown(slug) if slug is not None else ()
        config = (settings.FACTCHECK_ORGANISATION, settings.SITE_URL, settings.CLAIMREVIEW_URL_TEMPLATE)
        basis = f"{TEMPLATE_VERSION}|{changed}|{count}|{scale}|{people}|{config}"
        digest = hashlib.sha256(basis.encode()).hexdigest()[:32]
        request._public_state = {"changed": changed, "etag": f'"{digest}"', "ratings": ratings}
    return request._public_state


def _etag(request, **kwargs) -> str:
    return _state(request, kwargs.get("slug"))["etag"]


def _last_modified(request, **kwargs):
    return _state(request, kwargs.get("slug"))["changed"]


def shared_cache(view):
    """Marks the view's answers cacheable by anyone for PUBLIC_PAGE_MAX_AGE seconds (read
    per request, so a changed setting applies at once)."""

    @functools.wraps(view)
    def cacheable(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        patch_cache_control(response, public=True, max_age=settings.PUBLIC_PAGE_MAX_AGE)
        return response

    return cacheable


def public_page(view):
    """GET/HEAD only, answered from the validators when the reader's copy is current, and
    cacheable by anyone for PUBLIC_PAGE_MAX_AGE seconds."""
    return require_safe(shared_cache(condition(etag_func=_etag, last_modified_func=_last_modified)(view)))


def _render(request, template: str, context: dict, status: int = 200):
    context = {"organisation": settings.FACTCHECK_ORGANISATION, **context}
    return render(request, template, context, status=status)


def _badge(verdict: Verdict, ratings) -> str:
    """The rating's colour on the scale the verdict was published under."""
    scale = scale_of(verdict, ratings)
    return colour(verdict.rating.value, (scale.worst, scale.best))


@public_page
def check_list(request, speaker: str = "", outlet: str = ""):
    """/checks/ (and a speaker's or an outlet's checks): newest first, filtered, paginated."""
    ratings = _state(request)["ratings"]
    search = CheckSearch(request.GET, ratings=ratings)
    if not search.is_valid():
        context = {"search": search, "ratings": ratings, "speaker": speaker, "outlet": outlet}
        return _render(request, "publishing/check_list.html", context, status=400)
    verdicts = queries.matching(
        queries.public_verdicts(),
        rating=search.cleaned_data["rating"],
        speaker=speaker or search.cleaned_data["speaker"],
        outlet=outlet,
        q=search.cleaned_data["q"],
    )
    try:
        page = Paginator(verdicts, PAGE_SIZE).page(request.GET.get("page") or 1)
    except InvalidPage as exc:
        raise Http404("No such page of fact-checks.") from exc
    narrowed = search.cleaned_data["rating"] or search.cleaned_data["q"]
    if (speaker or outlet) and not page.object_list and not narrowed:
        raise Http404("No published fact-checks by this name.")
    items = [(verdict, _badge(verdict, ratings)) for verdict in page.object_list]
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "search": search,
        "page": page,
        "items": items,
        "speaker": speaker,
        "outlet": outlet,
        "query": query.urlencode(),
    }
    return _render(request, "publishing/check_list.html", context)


@public_page
def check_page(request, slug: str):
    """/checks/<slug>/: one fact-check with its evidence and corrections."""
    verdict = queries.public_verdict(slug)
    if verdict is None:
        raise Http404("No published fact-check at this address.")
    ratings = _state(request, slug)["ratings"]
    review = page_claim_review(verdict, page_path=request.path, ratings=ratings)
    context = {
        "verdict": verdict,
        "claim": verdict.claim,
        "article": verdict.claim.article,
        "badge": _badge(verdict, ratings),
        "claimreview": script_body(review),
        "credits": credits(verdict),
        "link_words": dict(LinkClass.choices),
    }
    return _render(request, "publishing/check_page.html", context)


@public_page
def archived_source(request, slug: str, source_id: int):
    """The text of a cited page as the link check last kept it, for when the page changes or dies."""
    snapshot = queries.archived_copy(slug, source_id)
    if snapshot is None:
        raise Http404("No archived copy of this source.")
    return _render(request, "publishing/archived_source.html", {"snapshot": snapshot, "slug": slug})
