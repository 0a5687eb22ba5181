"""Comments are the newsroom's conversation: no API response carries them."""

import pytest

from claims.conversation import post_comment
from tests.api.conftest import token_client
from tests.api.factories import make_verdict

pytestmark = pytest.mark.django_db


def test_comments_never_appear_in_the_public_api(api, reviewer, editor):
    claim = make_verdict(reviewer, editor).claim
    post_comment(claim, editor, "Internal: the source's author is a relative of the speaker.")
    for client in (api, token_client(editor)):
        body = client.get(f"/api/v1/claims/{claim.pk}/").content.decode()
        assert claim.text[:20] in body and "Internal" not in body
