"""Who sees reports in the admin: editors build them, reviewers read them, strangers see nothing."""

import pytest

pytestmark = pytest.mark.django_db
REPORTS = "/admin/reports/report/"


@pytest.mark.parametrize(
    ("who", "list_status", "add_status"),
    [("editor", 200, 200), ("reviewer", 200, 403), ("stranger", 403, 403)],
)
def test_report_pages_follow_the_newsroom_roles(client, request, who, list_status, add_status):
    client.force_login(request.getfixturevalue(who))
    assert client.get(REPORTS).status_code == list_status
    assert client.get(REPORTS + "add/").status_code == add_status


def test_only_editors_see_subscriptions_and_deliveries(client, editor, reviewer):
    client.force_login(editor)
    assert client.get("/admin/reports/subscription/").status_code == 200
    assert client.get("/admin/reports/delivery/").status_code == 200
    client.force_login(reviewer)
    assert client.get("/admin/reports/subscription/").status_code == 403
