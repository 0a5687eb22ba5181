"""A failed extraction in the admin: found with the status filter, its reason on its page,
and "Retry extraction" (button or list action) puts it back in the extraction queue."""

import re

import pytest
from django.urls import reverse

from claims.models import Article
from claims.tasks import extract_article

pytestmark = pytest.mark.django_db
REASON = "attempt 3 of 3: took longer than EXTRACTION_SOFT_TIME_LIMIT (180 s)"


@pytest.fixture
def failed(seed_text):
    return Article.objects.create(
        body=seed_text, content_hash="failed", status="failed", error=REASON, extraction_attempts=3
    )


@pytest.fixture
def extraction_runs_inline(monkeypatch):
    monkeypatch.setattr(extract_article, "delay", lambda pk: extract_article(pk))


def _retry_form_action(html: str) -> str | None:
    match = re.search(
        r'<form method="post" action="([^"]+)"[^>]*>\s*<input[^>]*csrfmiddlewaretoken[^>]*>\s*'
        r"<button[^>]*>Retry extraction</button>",
        html,
    )
    return match.group(1) if match else None


def test_the_status_filter_lists_failed_articles(client, editor, failed):
    Article.objects.create(body="Other.", content_hash="other", status="extracted", title="Fine article")
    client.force_login(editor)
    page = client.get("/admin/claims/article/?status__exact=failed").content.decode()
    assert "Extraction failed" in page
    assert f"/admin/claims/article/{failed.pk}/change/" in page
    assert "Fine article" not in page


def test_a_failed_article_shows_why_and_retrying_it_extracts_it_again(
    client, editor, failed, extraction_runs_inline, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    page = client.get(reverse("admin:claims_article_change", args=[failed.pk])).content.decode()
    assert REASON in page
    action = _retry_form_action(page)
    assert action

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(action)

    assert response.status_code == 302
    failed.refresh_from_db()
    assert (failed.status, failed.error, failed.extraction_attempts) == ("extracted", "", 1)
    assert failed.claims.count() > 10


def test_the_retry_action_resets_only_failed_articles(
    client, editor, failed, extraction_runs_inline, django_capture_on_commit_callbacks
):
    done = Article.objects.create(body="Done.", content_hash="done", status="extracted")
    client.force_login(editor)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/admin/claims/article/",
            {"action": "retry_extraction", "_selected_action": [failed.pk, done.pk]},
            follow=True,
        )
    assert "Extraction of 1 article(s) is being retried." in response.content.decode()
    failed.refresh_from_db()
    assert failed.status == "extracted"


def test_an_article_that_did_not_fail_has_no_retry_button(client, editor, seed_text):
    article = Article.objects.create(body=seed_text, content_hash="pending")
    client.force_login(editor)
    page = client.get(reverse("admin:claims_article_change", args=[article.pk])).content.decode()
    assert _retry_form_action(page) is None


def test_a_reviewer_cannot_retry_an_extraction(client, reviewer, failed):
    client.force_login(reviewer)
    page = client.get(reverse("admin:claims_article_change", args=[failed.pk])).content.decode()
    assert _retry_form_action(page) is None
    response = client.post(reverse("admin:claims_article_retry_extraction", args=[failed.pk]))
    assert response.status_code == 403
    failed.refresh_from_db()
    assert failed.status == "failed"
