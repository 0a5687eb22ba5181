import base64
from urllib.parse import parse_qs, urlparse

import pytest

from claims import workflow
from claims.models import ClaimStatus
from tests.api.conftest import token_client
from tests.api.factories import make_claim, make_verdict
from tests.workflow.factories import add_source, draft_verdict, published_claim

pytestmark = pytest.mark.django_db
URL = "/api/v1/claims/"


@pytest.fixture
def claims(reviewer, editor):
    published = make_verdict(reviewer, editor).claim
    in_review = make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer, priority=0.7)
    make_verdict(reviewer, editor, claim=in_review, published=False)
    queued = make_claim(status=ClaimStatus.QUEUED)
    return {"published": published, "in_review": in_review, "queued": queued}


def test_anonymous_clients_see_only_published_claims(api, claims):
    ids = {item["id"] for item in api.get(URL).json()["results"]}

    assert ids == {claims["published"].pk}


@pytest.mark.parametrize("who", ["anonymous", "stranger"])
def test_an_unpublished_claim_is_a_404_for_outsiders_not_a_403(api, claims, stranger, who):
    client = api if who == "anonymous" else token_client(stranger)

    response = client.get(f"{URL}{claims['in_review'].pk}/")

    assert response.status_code == 404


def test_the_public_never_sees_workflow_details(api, claims):
    item = api.get(f"{URL}{claims['published'].pk}/").json()

    assert item["status"] == "published"
    assert item["verdict"]["rating"] == "False"
    assert (item["assignee"], item["priority"], item["dismissal_reason"]) == (None, None, None)


def test_the_public_is_not_told_who_set_a_claims_speaker(api, reviewer, editor):
    # The claim page keeps a reviewer's speaker as "set by <username>" (usernames stay in the newsroom).
    claim = make_claim(status=ClaimStatus.PUBLISHED, speaker="Jane Doe", speaker_reason="set by rita")
    make_verdict(reviewer, editor, claim=claim)

    item = api.get(f"{URL}{claim.pk}/").json()
    listed = api.get(URL).json()["results"][0]

    assert (item["speaker"], item["speaker_reason"]) == ("Jane Doe", None)
    assert "rita" not in str(item) + str(listed)
    assert token_client(editor).get(f"{URL}{claim.pk}/").json()["speaker_reason"] == "set by rita"


def cursor_of(link: str) -> str:
    """What a `next` link's cursor encodes (DRF: base64 of a query string)."""
    return base64.b64decode(parse_qs(urlparse(link).query)["cursor"][0]).decode()


def test_the_public_cannot_page_by_priority_and_read_it_from_the_cursor(api, reviewer, editor):
    for priority in (0.123456, 0.654321):
        make_verdict(reviewer, editor, claim=make_claim(status=ClaimStatus.PUBLISHED, priority=priority))

    refused = api.get(f"{URL}?ordering=priority&page_size=1")
    default = api.get(f"{URL}?page_size=1").json()
    newsroom = token_client(editor).get(f"{URL}?ordering=priority&page_size=1").json()

    assert refused.status_code == 400 and "priority" not in refused.json()["ordering"][0]
    assert "0.123456" not in cursor_of(default["next"])
    assert "0.123456" in cursor_of(newsroom["next"])  # the newsroom sees priorities anyway


@pytest.mark.parametrize("role", ["reviewer", "editor"])
def test_the_newsroom_sees_claims_in_every_state(claims, request, role):
    client = token_client(request.getfixturevalue(role))

    response = client.get(URL)

    assert {item["id"] for item in response.json()["results"]} == {c.pk for c in claims.values()}
    in_review = client.get(f"{URL}{claims['in_review'].pk}/").json()
    assert in_review["assignee"] == "rita"
    assert in_review["priority"] == 0.7
    assert in_review["verdict"]["published_at"] is None


def test_a_claim_says_whether_it_is_a_quote_or_reported_speech(editor):
    claim = make_claim(status=ClaimStatus.QUEUED, speaker="Vladimir Putin", is_reported=True)

    item = token_client(editor).get(f"{URL}{claim.pk}/").json()

    assert (item["speaker"], item["is_quote"], item["is_reported"]) == ("Vladimir Putin", False, True)


def test_a_claim_says_why_it_has_its_speaker(editor):
    claim = make_claim(status=ClaimStatus.QUEUED, speaker="Vladimir Putin", speaker_reason="turn label")

    item = token_client(editor).get(f"{URL}{claim.pk}/").json()

    assert (item["speaker"], item["speaker_reason"]) == ("Vladimir Putin", "turn label")


def test_a_quote_comes_with_the_sentence_that_introduces_it(editor):
    lead_in = "The minister backed the plan, saying:"
    claim = make_claim(status=ClaimStatus.QUEUED, is_quote=True, lead_in=lead_in)

    item = token_client(editor).get(f"{URL}{claim.pk}/").json()

    assert item["lead_in"] == lead_in


def test_claims_can_be_filtered_by_status_for_the_newsroom(claims, editor):
    response = token_client(editor).get(f"{URL}?status=queued&status=in_review")

    assert {item["id"] for item in response.json()["results"]} == {
        claims["queued"].pk,
        claims["in_review"].pk,
    }


def test_claims_can_be_filtered_by_the_rating_of_their_verdict(api, claims):
    assert len(api.get(f"{URL}?rating=false").json()["results"]) == 1
    assert api.get(f"{URL}?rating=true").json()["results"] == []


def test_an_unknown_status_is_a_field_error(api):
    response = api.get(f"{URL}?status=pending")

    assert response.status_code == 400
    assert "status" in response.json()


@pytest.mark.parametrize("rows", [2, 50])
def test_the_list_costs_the_same_queries_for_2_or_50_rows(reviewer, editor, rows, django_assert_num_queries):
    for _ in range(rows):
        make_verdict(
            reviewer,
            editor,
            claim=make_claim(status=ClaimStatus.IN_REVIEW, assignee=reviewer),
            published=False,
            sources=0,
        )
    client = token_client(editor)
    client.get(URL)  # the first request of a token may clean up expired ones
    # 1. the token, with its user (knox)
    # 2. the user's other tokens (knox's expiry clean-up)
    # 3. the user's own permissions   4. the user's group permissions
    # 5. the page: claims joined with article and assignee
    # 6. the current verdicts of those claims, with their ratings
    with django_assert_num_queries(6):
        response = client.get(f"{URL}?page_size=50")
    assert len(response.json()["results"]) == rows


def test_the_public_is_not_shown_a_claims_checkworthiness_nor_can_order_or_page_by_it(api, reviewer, editor):
    for score in (0.123456, 0.654321):
        make_verdict(reviewer, editor, claim=make_claim(status=ClaimStatus.PUBLISHED, checkworthiness=score))
    claim_id = api.get(URL).json()["results"][0]["id"]

    listed = api.get(f"{URL}?page_size=1").json()
    item = api.get(f"{URL}{claim_id}/").json()
    refused = api.get(f"{URL}?ordering=checkworthiness&page_size=1")
    newsroom = token_client(editor).get(f"{URL}?ordering=checkworthiness&page_size=1").json()

    assert (item["checkworthiness"], listed["results"][0]["checkworthiness"]) == (None, None)
    assert "0.123456" not in str(listed) + str(item)
    assert refused.status_code == 400 and "checkworthiness" not in refused.json()["ordering"][0]
    assert newsroom["results"][0]["checkworthiness"] == 0.123456
    assert "0.123456" in cursor_of(newsroom["next"])  # the newsroom ranks by it


def test_a_claim_being_corrected_is_shown_to_the_public_as_published_until_the_correction_is(
    api, reviewer, editor, other_editor
):
    claim = published_claim(reviewer, editor)
    record = api.get(f"{URL}{claim.pk}/").json()
    claim = workflow.apply(claim, "correct", other_editor, reason="New figures.")
    correcting = api.get(f"{URL}{claim.pk}/").json()
    draft_verdict(claim, reviewer, summary="Revised figures.", sources=[add_source(claim)])
    claim = workflow.apply(claim, "submit", reviewer)
    awaiting = api.get(f"{URL}{claim.pk}/").json()

    assert claim.status == ClaimStatus.AWAITING_SIGN_OFF
    for shown in (correcting, awaiting):
        assert (shown["status"], shown["verdict"]) == ("published", record["verdict"])
    assert [item["status"] for item in api.get(URL).json()["results"]] == ["published"]
    assert api.get(f"{URL}?status=correcting&status=awaiting_sign_off").json()["results"] == []
    assert [item["id"] for item in api.get(f"{URL}?status=published").json()["results"]] == [claim.pk]
    assert token_client(editor).get(f"{URL}{claim.pk}/").json()["status"] == "awaiting_sign_off"


def test_a_reviewer_who_lost_staff_status_reads_only_what_the_public_reads_with_their_old_token(
    claims, reviewer
):
    """The admin shuts them out at once; their token (valid for 90 days) must not keep the newsroom's view."""
    client = token_client(reviewer)
    reviewer.is_staff = False
    reviewer.save()

    response = client.get(URL)

    assert {item["id"] for item in response.json()["results"]} == {claims["published"].pk}
    assert client.get(f"{URL}{claims['in_review'].pk}/").status_code == 404
    assert client.get("/api/v1/articles/").status_code == 403
