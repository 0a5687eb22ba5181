import pytest

from claims.matching.tasks import embed_claim
from claims.models import ClaimStatus, LinkClass
from tests.admin.pages import claim_url, open_claim
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


def buttons(response) -> list[str]:
    return [s.name for s in response.context["buttons"]]


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
    _, data = open_claim(client, claim)

    both = {"is_quote": "on", "is_reported": "on"}
    response = client.post(claim_url(claim), {**data, "speaker": "Changed", **both})

    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "A claim is a direct quote or reported speech, not both."
    ]
    claim.refresh_from_db()
    assert (claim.speaker, claim.is_quote, claim.is_reported, claim.version) == ("", False, False, 1)


def test_speaker_and_kind_are_fields_only_for_whoever_may_edit_them(client, reviewer, editor):
    mine, published = claim_in_review(reviewer), published_claim(reviewer, editor)
    client.force_login(reviewer)
    assert 'name="speaker"' in client.get(claim_url(mine)).content.decode()
    html = client.get(claim_url(published)).content.decode()
    assert "Speaker: <strong>" in html
    assert "field-speaker" not in html and "field-is_quote" not in html


def test_a_long_claim_is_titled_with_its_opening_and_an_ellipsis(client, reviewer):
    text = "Assad backed Putin’s call, as previously reported by Breitbart’s National Security team, " * 2
    claim = make_claim(make_article(body=text), text=text.strip())
    client.force_login(reviewer)
    html = client.get(claim_url(claim)).content.decode()
    assert "Assad backed Putin’s call, as previously reported by Breitbart’s National Secur…" in html


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
    assert '<strong class="flag-broken">⚠ link broken</strong>' in html


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
    earlier.transition("submit", reviewer)
    earlier.transition("publish", editor)
    reworded = "Since 2011 Russia has vetoed every UN resolution on Syria, he said."
    claim = make_claim(make_article(body=reworded), text=reworded)
    for stored in (earlier, claim):
        embed_claim(stored.pk)  # what Celery does after extraction
    client.force_login(reviewer)
    response = client.get(claim_url(claim))
    assert [c.pk for c in response.context["similar"]] == [earlier.pk]
    assert '<span class="badge rating">Mostly true</span>' in response.content.decode()


def test_a_reviewer_sees_only_the_buttons_they_may_press(client, reviewer, other_reviewer):
    claim = claim_in_review(reviewer)
    client.force_login(reviewer)
    assert buttons(client.get(claim_url(claim))) == ["release", "submit"]
    client.force_login(other_reviewer)
    response = client.get(claim_url(claim))
    assert buttons(response) == []
    assert response.context["has_change_permission"] is False


def test_an_editor_sees_sign_off_buttons_and_no_editable_draft(client, reviewer, editor):
    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert buttons(response) == ["send_back", "publish"]
    assert response.context["can_edit"] is False
    assert not response.context["inline_admin_formsets"][1].has_change_permission


def test_a_published_claim_shows_its_record_and_only_the_correction_button(client, reviewer, editor):
    claim = published_claim(reviewer, editor)
    client.force_login(editor)
    response = client.get(claim_url(claim))
    assert buttons(response) == ["correct"]
    assert response.context["published_verdicts"] == [claim.published_verdict()]


def test_the_audit_trail_lists_each_step_with_who_made_it_and_what_changed(client, reviewer, editor):
    from tests.admin.pages import open_claim

    claim = claim_awaiting_sign_off(reviewer)
    client.force_login(editor)
    _, data = open_claim(client, claim)
    client.post(claim_url(claim), {**data, "_step": "publish"})
    response = client.get(f"{claim_url(claim).removesuffix('change/')}history/")
    latest = response.context["page_obj"][0]
    assert (latest.history_user, latest.history_change_reason) == (editor, "publish")
    html = response.content.decode()
    assert "erin" in html and "publish" in html
    assert "awaiting_sign_off&nbsp;&rarr;&nbsp;&nbsp;published" in html.replace("\n", "").replace(" ", "")


def test_the_audit_trail_cannot_be_used_to_revert_a_claim_behind_the_workflow(client, reviewer):
    claim = claim_in_review(reviewer)
    first = claim.history.earliest("history_id")
    client.force_login(reviewer)
    url = f"{claim_url(claim).removesuffix('change/')}history/{first.history_id}/"
    assert client.get(url).status_code == 200
    assert client.post(url, {"speaker": "x"}).status_code == 403
