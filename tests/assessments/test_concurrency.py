"""Real concurrency on PostgreSQL: threads with their own connections race on one attempt.

SQLite serialises writers on the whole database, so the race cannot happen there; these tests run
in the PostgreSQL leg of CI (`make test` with DATABASE_URL set)."""

import pytest
from django.db import connection

from assessments import services
from assessments.models import Attempt, Response
from tests.concurrency import race
from tests.factories import make_assessment, make_question

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
]


def test_concurrent_submits_of_one_attempt_give_one_result(employee):
    for _ in range(3):
        make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 3})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    right = next(o["id"] for o in attempt.items.get(position=1).snapshot["options"] if o["correct"])
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    finalised = []
    services.attempt_finalised.connect(lambda sender, attempt, **kw: finalised.append(attempt.pk), weak=False)
    try:
        results, errors = race(8, lambda i: services.submit_attempt(user=employee, attempt_id=attempt.pk))
    finally:
        services.attempt_finalised.receivers.clear()
    assert errors == []
    assert {(r.pk, r.submitted_at, r.score) for r in results} == {(attempt.pk, results[0].submitted_at, 1)}
    assert Response.objects.filter(attempt=attempt).count() == 3  # one answer + two explicit zeros, once
    assert finalised == [attempt.pk]


def test_concurrent_starts_give_one_open_attempt(employee):
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1})
    results, errors = race(6, lambda i: services.start_attempt(user=employee, assessment=assessment).pk)
    assert errors == []
    assert len(set(results)) == 1
    assert Attempt.objects.filter(user=employee, assessment=assessment).count() == 1


def test_an_answer_racing_the_submit_is_either_counted_or_refused(employee):
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1})
    attempt = services.start_attempt(user=employee, assessment=assessment)
    right = next(o["id"] for o in attempt.items.get().snapshot["options"] if o["correct"])

    def work(index):
        if index == 0:
            return services.submit_attempt(user=employee, attempt_id=attempt.pk).score
        try:
            services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
            return "saved"
        except services.AttemptRefused:
            return "refused"

    results, errors = race(2, work)
    assert errors == []
    attempt.refresh_from_db()
    # Never a saved answer that the final score ignores.
    assert (results[1], attempt.score) in {("saved", 1), ("refused", 0)}
