import lxml.html
import pytest

from claims import workflow
from claims.matching.tasks import embed_claim
from claims.models import ClaimStatus, LinkClass
from tests.admin.pages import buttons, claim_url, errors_of, form_data, submit
from tests.workflow.factories import (
    add_source,
    claim_awaiting_sign_off,
    claim_in_review,
    draft_verdict,
    make_article,
    make_claim,
    published_claim,
)

pytestmark = pytest.mark.django_db


def page_of(response):
    return lxml.html.fromstring(response.content.decode())


def heading_of(response) -> str:
    """The claim page's heading under "Claim #n"."""
    (heading,) = page_of(response).xpath('//div[@id="content"]/h2')
    return heading.text_content()


def test_the_claim_is_highlighted_inside_its_paragraph(client, reviewer):
    body = "Intro line.\n\nThe minister said unemployment fell to 3 percent. Others disagree.\n\nEnd."
    text = "unemployment fell to 3 percent"
    claim = make_claim(make_article(body=body), text=text, speaker="Jane Minister")
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    highlighted = "The minister said <mark>unemployment fell to 3 percent</mark>. Others disagree."
    assert f'<p class="claim-context">{highlighted}</p>' in html
    assert "Speaker: <strong>Jane Minister</strong>" in html


def test_reported_speech_is_labelled_next_to_its_speaker(client, reviewer):
    claim = make_claim(text="Russia is giving technical support", speaker="Vladimir Putin", is_reported=True)
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    assert "Speaker: <strong>Vladimir Putin</strong> · reported speech" in html


def test_a_claim_marked_both_quote_and_reported_speech_is_refused_with_a_form_error(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    page = client.get(claim_url(claim))

    response = submit(client, page, "Save", {"speaker": "Changed", "is_quote": True, "is_reported": True})

    assert response.status_code == 200
    assert errors_of(response) == ["A claim is a direct quote or reported speech, not both."]
    claim.refresh_from_db()
    assert (claim.speaker, claim.is_quote, claim.is_reported, claim.version) == ("", False, False, 1)


def test_speaker_and_kind_are_fields_only_for_whoever_may_edit_them(client, reviewer, editor):
    mine, published = claim_in_review(reviewer), published_claim(reviewer, editor)
    client.force_login(reviewer)
    assert 'name="speaker"' in client.get(claim_url(mine)).content.decode()
    html = client.get(claim_url(published)).content.decode()
    assert "Speaker: <strong>" in html
    assert "field-speaker" not in html and "field-is_quote" not in html


def test_a_long_claim_is_headed_by_its_whole_text_and_only_a_very_long_one_is_cut(client, reviewer):
    text = (
        "Assad backed Putin’s call, as previously reported by Breitbart’s National Security team, " * 2
    ).strip()
    longer = " ".join([text] * 4)
    claims = [make_claim(make_article(body=body), text=body) for body in (text, longer)]
    client.force_login(reviewer)
    headings = [heading_of(client.get(claim_url(claim))) for claim in claims]
    assert headings[0] == text
    assert len(headings[1]) == 400 and headings[1].endswith("…")


def test_script_in_article_or_claim_text_renders_inert(client, reviewer):
    evil = '<script>alert("claim")</script>'
    body = f"<img src=x onerror=alert(1)> Before. {evil} After."
    claim = make_claim(
        make_article(body=body, title='<script>alert("title")</script>'), text=evil, speaker=evil
    )
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "<mark>&lt;script&gt;alert(&quot;claim&quot;)&lt;/script&gt;</mark>" in html


def test_sources_show_their_link_status_and_broken_ones_are_flagged_in_the_verdict_form(client, reviewer):
    claim = claim_in_review(reviewer, with_source=False, with_draft=False)
    add_source(claim, reviewer, url="https://ok.example.org/", link_status=LinkClass.OK)
    add_source(claim, reviewer, url="https://gone.example.org/", link_status=LinkClass.BROKEN)
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    assert '<span class="badge link-ok" title="https://ok.example.org/">OK</span>' in html
    assert '<span class="badge link-bad" title="https://gone.example.org/">⚠ Broken</span>' in html
    assert '<strong class="flag-broken">⚠ Broken</strong>' in html


def test_the_verdict_form_shows_the_scale_with_its_definitions(client, reviewer):
    claim = claim_in_review(reviewer, with_draft=False)
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    assert "Pants on fire / Ridiculous — Not accurate and makes a ridiculous claim." in html


def test_earlier_claims_that_look_the_same_are_shown_with_their_verdict(client, reviewer, editor):
    text = "Russia has vetoed every UN resolution on Syria since 2011."
    earlier = make_claim(make_article(body=text), text=text)
    earlier.assignee = reviewer
    earlier.status = ClaimStatus.IN_REVIEW
    earlier.save()
    draft_verdict(
        earlier, reviewer, slug="mostly-true", summary="Nearly all of them.", sources=[add_source(earlier)]
    )
    earlier = workflow.apply(earlier, "submit", reviewer)
    earlier = workflow.apply(earlier, "publish", editor)
    reworded = "Since 2011 Russia has vetoed every UN resolution on Syria, he said."
    claim = make_claim(make_article(body=reworded), text=reworded)
    for stored in (earlier, claim):
        embed_claim(stored.pk)  # what Celery does after extraction
    client.force_login(reviewer)
    response = client.get(claim_url(claim))
    assert page_of(response).xpath("//ul[@class='similar']/li/a/@href") == [claim_url(earlier)]
    assert '<span class="badge rating">Mostly true</span>' in response.content.decode()


def test_a_reviewer_sees_only_the_buttons_they_may_press(client, reviewer, other_reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    assert buttons(client.get(claim_url(claim))) == [
        "Save",
        "Release to the queue",
        "Submit for sign-off",
        "Submit and take next",
    ]
    client.force_login(other_reviewer)
    response = client.get(claim_url(claim))
    assert buttons(response) == []
    assert not {"speaker", "is_quote", "sources-0-url", "verdicts-0-summary"} & set(form_data(response))


def test_an_editor_sees_sign_off_buttons_and_the_draft_read_only(client, reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert buttons(response) == ["Send back", "Approve and publish"]
    assert "Reason" in page_of(response).xpath("//div[@class='workflow-input']/label/text()")[0]
    assert not {"verdicts-0-summary", "verdicts-0-rating", "sources-0-url"} & set(form_data(response))
    assert claim.draft_verdict().summary in page_of(response).xpath("string(//div[@id='verdicts-group'])")


def test_a_published_claim_shows_its_record_and_only_the_correction_button(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert buttons(response) == ["Reopen for correction"]
    [record] = [
        " ".join(item.text_content().split()) for item in page_of(response).xpath("//ul[@class='record']/li")
    ]
    assert record.startswith(
        f"False {claim.published_verdict().summary} by rita, approved by erin, published "
    )


def test_the_audit_trail_lists_each_step_with_who_made_it_and_what_changed(client, reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    submit(client, client.get(claim_url(claim)), "Approve and publish")
    response = client.get(f"{claim_url(claim).removesuffix('change/')}history/")
    table = page_of(response).xpath("//table[@id='change-history']")[0]
    headers = [" ".join(th.text_content().split()) for th in table.xpath("thead/tr/th")]
    cells = [" ".join(td.text_content().split()) for td in table.xpath("tbody/tr[1]/td")]
    latest = dict(zip(headers, cells, strict=True))
    assert (latest["Changed by"], latest["Change reason"]) == ("erin", "publish")
    assert "Status: awaiting_sign_off → published" in " ".join(latest["Changes"].replace("\xa0", " ").split())


def test_the_audit_trail_cannot_be_used_to_revert_a_claim_behind_the_workflow(client, reviewer):
    claim = claim_in_review(reviewer)
    first = claim.history.earliest("history_id")
    client.force_login(reviewer)
    url = f"{claim_url(claim).removesuffix('change/')}history/{first.history_id}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"speaker": "x"}).status_code == 403


def test_an_editor_corrects_the_speaker_of_a_claim_they_do_not_hold_with_save(client, reviewer, editor):
    from tests.admin.pages import messages_of

    claim = claim_in_review(reviewer)
    client.force_login(editor)
    response = submit(client, client.get(claim_url(claim)), "Save", {"speaker": "Jane Minister"}, follow=True)
    assert messages_of(response) == ["Saved."]
    claim.refresh_from_db()
    assert (claim.speaker, claim.status) == ("Jane Minister", ClaimStatus.IN_REVIEW)


def test_the_sign_off_page_shows_the_speaker_read_only_so_the_approver_cannot_change_what_they_approve(
    client, reviewer, editor
):
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    page = client.get(claim_url(claim))
    assert not {"speaker", "is_quote", "is_reported"} & set(form_data(page))
    forged = {**form_data(page), "speaker": "Someone Else", "_step": "publish"}  # not on the page

    client.post(claim_url(claim), forged)

    claim.refresh_from_db()
    assert (claim.speaker, claim.status) == ("", ClaimStatus.PUBLISHED)


def speaker_line(client, claim) -> str:
    page = lxml.html.fromstring(client.get(claim_url(claim)).content.decode())
    return " ".join(page.xpath("//p[@class='speaker']")[0].text_content().split())


@pytest.mark.parametrize(
    "trace, sentence",
    [
        (
            "pronoun -> nearest preceding female person",
            "The pronoun refers to the nearest woman named before it.",
        ),
        (
            "turn label 'TANVIR:' -> Tanvir Hossain Chowdhury, named in full earlier",
            "The turn label “TANVIR:” refers to Tanvir Hossain Chowdhury, named in full earlier.",
        ),
        (
            "'the ministry' -> the organisation named earlier (Ministry of Water)",
            "“the ministry” refers to the organisation named earlier (Ministry of Water).",
        ),
    ],
)
def test_the_reason_for_the_speaker_reads_as_a_sentence_next_to_it(client, reviewer, trace, sentence):
    claim = make_claim(text="Unemployment fell", speaker="Jane Doe", speaker_reason=trace)
    client.force_login(reviewer)
    assert speaker_line(client, claim) == f"Speaker: Jane Doe. Why: {sentence}"
    claim.refresh_from_db()
    assert claim.speaker_reason == trace  # stored as extraction wrote it (the API serves it)


def test_why_no_speaker_was_found_reads_as_a_sentence(client, reviewer):
    claim = make_claim(
        text="Unemployment fell", speaker="", speaker_reason="none: no one is named as its source"
    )
    client.force_login(reviewer)
    assert speaker_line(client, claim) == "Speaker: not identified. Why: No one is named as its source."


def test_correcting_the_speaker_replaces_the_reason_with_who_set_it(client, reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    submit(client, client.get(claim_url(claim)), "Save", {"speaker": "Jane Doe"})

    claim.refresh_from_db()
    assert (claim.speaker, claim.speaker_reason) == ("Jane Doe", f"set by {reviewer.get_username()}")
