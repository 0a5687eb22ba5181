"""'Same claim' on the claim page: link a match, list the links, reuse our earlier verdict."""

import lxml.html
import pytest

from claims.matching.tasks import embed_claim, embed_fact_check
from claims.models import ClaimStatus, SameClaimLink, Source, Verdict
from tests.admin.pages import buttons, claim_url, messages_of, submit
from tests.matching.test_embed_tasks import make_fact_check
from tests.workflow.factories import make_article, make_claim, published_claim

pytestmark = pytest.mark.django_db

REWORDED = "A viral post says the Eiffel Tower is being moved to Las Vegas."


def same_claim_buttons(response) -> list[str]:
    return buttons(response, "same-claim-form")


def confirmed_list(response) -> list[str]:
    page = lxml.html.fromstring(response.content.decode())
    return [li.text_content() for li in page.xpath("//ul[@class='same-claim-links']/li")]


@pytest.fixture
def imported():
    check = make_fact_check(
        claim_text="The Eiffel Tower will be moved to Las Vegas.", rating_text="Fabricated"
    )
    embed_fact_check(check.pk)
    return check


def test_a_reviewer_links_an_imported_fact_check_with_one_click(client, reviewer, imported):
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    embed_claim(claim.pk)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    assert same_claim_buttons(page) == ["Same claim"]
    done = submit(
        client, page, "Same claim", form_id="same-claim-form", value=f"fact_check:{imported.pk}", follow=True
    )
    assert messages_of(done) == [
        "Linked: the same claim as “The Eiffel Tower will be moved to Las Vegas.” (Example Checks)."
    ]
    link = SameClaimLink.objects.get()
    assert (link.claim, link.fact_check, link.confirmed_by) == (claim, imported, reviewer)
    (listed,) = confirmed_list(done)
    assert "The Eiffel Tower will be moved to Las Vegas." in listed and "Fabricated" in listed
    assert same_claim_buttons(done) == []  # the match now shows "same claim ✓" instead


def test_confirming_twice_stores_one_link(client, reviewer, imported):
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    embed_claim(claim.pk)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    for _ in range(2):
        submit(client, page, "Same claim", form_id="same-claim-form", value=f"fact_check:{imported.pk}")
    assert SameClaimLink.objects.count() == 1


def test_someone_who_cannot_act_on_the_claim_gets_no_button_and_a_refusal(
    client, reviewer, stranger, imported
):
    claim = make_claim(text=REWORDED, status=ClaimStatus.PUBLISHED)
    embed_claim(claim.pk)
    client.force_login(reviewer)  # may view a published claim, but takes no step on it
    assert same_claim_buttons(client.get(claim_url(claim))) == []
    for user in (reviewer, stranger):
        client.force_login(user)
        url = claim_url(claim).replace("/change/", "/same-claim/")
        assert client.post(url, {"target": f"fact_check:{imported.pk}"}).status_code == 403
    assert not SameClaimLink.objects.exists()


def test_a_get_or_a_made_up_target_links_nothing(client, reviewer, imported):
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    client.force_login(reviewer)
    url = claim_url(claim).replace("/change/", "/same-claim/")
    assert client.get(url).status_code == 403
    for target in ("fact_check:999999", "claim:abc", f"claim:{claim.pk}", "verdict:1"):
        response = client.post(url, {"target": target}, follow=True)
        assert len(messages_of(response)) == 1 and "Linked" not in messages_of(response)[0]
    assert not SameClaimLink.objects.exists()


def test_our_earlier_verdict_becomes_the_draft_and_still_needs_sign_off(
    client, reviewer, editor, other_reviewer
):
    earlier = published_claim(other_reviewer, editor)
    earlier_verdict = earlier.published_verdict()
    claim = make_claim(
        text="A reworded version of the earlier claim.", status=ClaimStatus.IN_REVIEW, assignee=reviewer
    )
    SameClaimLink.objects.create(claim=claim, earlier_claim=earlier, confirmed_by=reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))
    label = f"Reuse its verdict ({earlier_verdict.rating.label}) as the draft"
    assert buttons(page, "reuse-verdict-form") == [label]
    done = submit(client, page, label, form_id="reuse-verdict-form", follow=True)
    assert "check it, then submit it for sign-off" in messages_of(done)[0]
    draft = claim.draft_verdict()
    assert (draft.rating, draft.summary, draft.author) == (
        earlier_verdict.rating,
        earlier_verdict.summary,
        reviewer,
    )
    assert draft.published_at is None
    assert sorted(s.url for s in draft.sources.all()) == sorted(s.url for s in earlier_verdict.sources.all())
    assert {s.claim_id for s in draft.sources.all()} == {claim.pk}
    claim.refresh_from_db()
    assert claim.status == ClaimStatus.IN_REVIEW
    assert buttons(client.get(claim_url(claim)), "reuse-verdict-form") == []  # a draft exists now


def test_only_the_claims_reviewer_may_reuse_a_verdict(client, reviewer, editor, other_reviewer):
    earlier = published_claim(other_reviewer, editor)
    claim = make_claim(text="A reworded version.", status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    link = SameClaimLink.objects.create(claim=claim, earlier_claim=earlier, confirmed_by=reviewer)
    client.force_login(editor)
    page = client.get(claim_url(claim))
    assert buttons(page, "reuse-verdict-form") == []
    url = claim_url(claim).replace("/change/", "/reuse-verdict/")
    response = client.post(url, {"link": link.pk}, follow=True)
    assert "Only the claim's reviewer" in messages_of(response)[0]
    assert not Verdict.objects.filter(claim=claim).exists()
    assert not Source.objects.filter(claim=claim).exists()


def test_reusing_a_link_that_is_not_this_claims_does_nothing(client, reviewer, editor, other_reviewer):
    earlier = published_claim(other_reviewer, editor)
    other = make_claim(text="Another claim.", status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    foreign = SameClaimLink.objects.create(claim=other, earlier_claim=earlier, confirmed_by=reviewer)
    claim = make_claim(text="A reworded version.", status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    client.force_login(reviewer)
    url = claim_url(claim).replace("/change/", "/reuse-verdict/")
    for chosen in (str(foreign.pk), "x1", ""):
        response = client.post(url, {"link": chosen}, follow=True)
        assert messages_of(response) == ["Choose a confirmed link to reuse."]
    assert not Verdict.objects.filter(claim__in=[claim, other]).exists()


def claim_with_a_far_match(reviewer):
    """A claim in review and an imported fact-check sharing "Las Vegas" with it, but not its
    meaning (cosine 0.31, below 0.40); both with vectors."""
    unrelated = make_fact_check(
        claim_text="Las Vegas casinos reported record revenue in 2023.",
        headline="Did Las Vegas casinos break records?",
        url="https://checks.example.org/vegas-revenue",
    )
    embed_fact_check(unrelated.pk)
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    embed_claim(claim.pk)
    return claim


def test_a_match_far_in_meaning_is_folded_away_with_no_same_claim_button(client, reviewer, imported):
    claim = claim_with_a_far_match(reviewer)
    client.force_login(reviewer)

    page = client.get(claim_url(claim))

    assert same_claim_buttons(page) == ["Same claim"]  # the Eiffel Tower fact-check's only
    html = lxml.html.fromstring(page.content.decode())
    (folded,) = html.xpath("//details[@class='weak-matches']")
    assert folded.xpath("string(summary)") == "1 weaker match hidden"
    assert "Las Vegas casinos reported record revenue in 2023." in folded.text_content()
    assert "Eiffel" not in folded.text_content()


def claim_and_sibling(reviewer):
    """A claim in review and another of its article saying the same, both with vectors."""
    article = make_article(body=f"{REWORDED}\n\nThe Eiffel Tower is moving to Las Vegas, a post says.")
    claim = make_claim(article, text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    sibling = make_claim(article, text="The Eiffel Tower is moving to Las Vegas, a post says.")
    for each in (claim, sibling):
        embed_claim(each.pk)
    return claim, sibling


def test_the_claims_own_article_is_not_offered_as_an_earlier_claim(client, reviewer):
    claim, _ = claim_and_sibling(reviewer)
    elsewhere = make_claim(text="The Eiffel Tower will be moved to Las Vegas, a blog says.")
    embed_claim(elsewhere.pk)
    client.force_login(reviewer)

    page = client.get(claim_url(claim))

    assert same_claim_buttons(page) == ["Same claim"]
    html = lxml.html.fromstring(page.content.decode())
    (button,) = html.xpath("//button[@form='same-claim-form']")
    assert button.get("value") == f"claim:{elsewhere.pk}"


def test_a_claim_of_the_only_article_says_there_is_nothing_to_compare_it_with(client, reviewer):
    claim, _ = claim_and_sibling(reviewer)
    client.force_login(reviewer)

    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())

    heading = page.xpath("//h2[starts-with(., 'Best matches')]")[0]
    assert (
        heading.getnext()
        .text_content()
        .startswith("None yet: no claim of another article and no imported fact-check to compare with")
    )


def test_a_claim_with_only_far_matches_says_none_is_close_before_folding_them(client, reviewer):
    claim = claim_with_a_far_match(reviewer)
    client.force_login(reviewer)

    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())

    heading = page.xpath("//h2[starts-with(., 'Best matches')]")[0]
    assert heading.getnext().text_content() == "None close enough to be the same claim."
    assert heading.getnext().getnext().xpath("string(summary)") == "1 weaker match hidden"


def test_same_claim_links_only_a_match_the_claim_page_offered(client, reviewer, imported):
    unrelated = make_fact_check(
        claim_text="Las Vegas casinos reported record revenue in 2023.",
        headline="Did Las Vegas casinos break records?",
        url="https://checks.example.org/vegas-revenue",
    )
    embed_fact_check(unrelated.pk)  # weak: listed apart, with no button
    never_matched = make_fact_check(claim_text="Bus fares doubled.", url="https://checks.example.org/bus")
    claim, sibling = claim_and_sibling(reviewer)
    client.force_login(reviewer)
    url = claim_url(claim).replace("/change/", "/same-claim/")

    for target in (f"fact_check:{unrelated.pk}", f"fact_check:{never_matched.pk}", f"claim:{sibling.pk}"):
        response = client.post(url, {"target": target}, follow=True)
        assert messages_of(response) == [
            "Only a match this claim's page offers can be confirmed: reload the page and choose one."
        ], target

    assert not SameClaimLink.objects.exists()


def test_a_malformed_match_id_is_refused_on_the_page_not_a_server_error(client, reviewer, imported):
    claim = make_claim(text=REWORDED, status=ClaimStatus.IN_REVIEW, assignee=reviewer)
    client.force_login(reviewer)
    url = claim_url(claim).replace("/change/", "/same-claim/")

    for target in ("fact_check:²", "fact_check:99999999999999999999999999", "fact_check:-1", "claim: 1"):
        response = client.post(url, {"target": target}, follow=True)
        assert response.status_code == 200, target
        assert messages_of(response) == ["Choose a match from the list to confirm."], target

    assert not SameClaimLink.objects.exists()
