"""What announcing costs the step that announces: the same queries for one subscriber or fifty."""

import pytest

from claims.models import Verdict
from tests.webhooks.conftest import subscribe
from tests.workflow.factories import published_claim
from webhooks.events import announce
from webhooks.models import Delivery, EventType

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("subscribers", [1, 50])
def test_announcing_a_verdict_takes_ten_queries_whatever_the_number_of_subscribers(
    reviewer, editor, owner, subscribers, django_assert_num_queries
):
    for n in range(subscribers):
        subscribe(owner, f"http://127.0.0.1:9/{n}")
    verdict = Verdict.objects.get(pk=published_claim(reviewer, editor).published_verdict().pk)
    Delivery.objects.all().delete()

    # claim, the latest correction, rating, sources, article (the payload); savepoint, event,
    # subscriptions, deliveries, savepoint release
    with django_assert_num_queries(10):
        announce(EventType.VERDICT_PUBLISHED, verdict)
    assert Delivery.objects.filter(event__payload__data__verdict__id=verdict.pk).count() == subscribers
