"""A rating published verdicts carry keeps its words: renaming or re-describing it would
reword every one of them with nobody signing it off, so the admin refuses and suggests a
new rating. Retiring or reordering it stays possible, and deleting it is refused."""

import lxml.html
import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from claims import workflow
from claims.models import Rating
from tests.admin.pages import claim_url, errors_of, messages_of, submit
from tests.workflow.factories import claim_awaiting_sign_off, claim_in_review

pytestmark = pytest.mark.django_db

REFUSED = (
    "Published verdicts are rated “False”: changing its {} would change what they say. "
    "Add a new rating instead, and untick “is active” here to retire this one."
)

AWAITING = (
    "A verdict awaiting sign-off is rated “False”: changing its {} would change what its editor "
    "approves. Add a new rating instead, and untick “is active” here to retire this one."
)


@pytest.fixture
def published(reviewer, editor):
    """A claim published as "False"."""
    claim = workflow.apply(claim_in_review(reviewer), "submit", reviewer)
    claim = workflow.apply(claim, "publish", editor)
    claim.refresh_from_db()
    return claim


def rating_page(client, slug: str):
    return client.get(reverse("admin:claims_rating_change", args=[Rating.objects.get(slug=slug).pk]))


def public_rating(client, claim) -> str:
    page = lxml.html.fromstring(client.get(f"/checks/{claim.public_slug}/").content.decode())
    return page.xpath("string(//span[@class='rating'])").strip()


def test_renaming_a_rating_published_verdicts_carry_is_refused_beside_the_box(
    client, newsroom_admin, published
):
    client.force_login(newsroom_admin)

    response = submit(client, rating_page(client, "false"), "Save", {"label": "Not quite right"})

    assert response.status_code == 200
    assert errors_of(response) == [REFUSED.format("label")]
    client.logout()
    assert public_rating(client, published) == "False"


def test_re_describing_or_renumbering_a_rating_in_use_names_each_field_refused(
    client, newsroom_admin, published
):
    client.force_login(newsroom_admin)
    changes = {"definition": "Roughly right.", "value": "42"}

    response = submit(client, rating_page(client, "false"), "Save", changes)

    assert errors_of(response) == [REFUSED.format("value"), REFUSED.format("definition")]
    rating = Rating.objects.get(slug="false")
    assert (rating.value, rating.definition) != (42, "Roughly right.")


def test_a_rating_in_use_can_still_be_retired_and_moved_in_the_scale(client, newsroom_admin, published):
    client.force_login(newsroom_admin)

    submit(client, rating_page(client, "false"), "Save", {"is_active": False, "order": "99"})

    rating = Rating.objects.get(slug="false")
    assert (rating.is_active, rating.order) == (False, 99)
    client.logout()
    assert public_rating(client, published) == "False"


def test_a_rating_no_published_verdict_carries_can_be_renamed(client, newsroom_admin, published):
    client.force_login(newsroom_admin)

    submit(client, rating_page(client, "misleading"), "Save", {"label": "Missing context"})

    assert Rating.objects.get(slug="misleading").label == "Missing context"


def test_deleting_a_rating_in_use_is_refused(client, newsroom_admin, published):
    client.force_login(newsroom_admin)
    rating = Rating.objects.get(slug="false")
    url = reverse("admin:claims_rating_delete", args=[rating.pk])

    page = client.get(url)
    client.post(url, {"post": "yes"})  # what the page would send, had it offered the button

    shown = " ".join(lxml.html.fromstring(page.content.decode()).text_content().split())
    refused = "Deleting the rating 'False' would require deleting the following protected related objects"
    assert refused in shown
    assert f"False — claim #{published.pk}" in shown
    assert "Yes, I’m sure" not in shown
    assert Rating.objects.filter(pk=rating.pk).exists()


def test_code_that_renames_a_rating_in_use_is_refused_too(published):
    rating = Rating.objects.get(slug="false")
    rating.label = "Untrue"

    with pytest.raises(ValidationError):
        rating.save()

    assert Rating.objects.get(pk=rating.pk).label == "False"


def test_a_rating_a_verdict_awaiting_sign_off_carries_keeps_its_words_until_it_is_signed_off(
    client, newsroom_admin, reviewer, editor
):
    claim = claim_awaiting_sign_off(reviewer)  # rated "False", which no published verdict carries
    client.force_login(editor)
    sign_off_page = client.get(claim_url(claim))
    client.force_login(newsroom_admin)

    refused = submit(client, rating_page(client, "false"), "Save", {"label": "Untrue"})

    assert refused.status_code == 200 and errors_of(refused) == [AWAITING.format("label")]
    client.force_login(editor)
    approved = submit(client, sign_off_page, "Approve and publish", follow=True)
    assert "Approve and publish: done" in messages_of(approved)[0]
    client.logout()
    claim.refresh_from_db()
    assert public_rating(client, claim) == "False"
