"""The embedded SQLite mode under concurrent use: eight threads, each a few employees answering and
submitting through the web views at the same time, give no "database is locked" and lose nothing.

SQLite lets one writer at a time; WAL, IMMEDIATE transactions and the busy timeout (settings.py)
make writers queue instead of failing. What PostgreSQL does with row locks (one result for racing
submits, tests/assessments/test_concurrency.py) is not repeated here; this is about the lock of the
whole database file. Tasks run in-process after commit, as they do in this mode, and add their own
writes (readiness refreshes) to the queue.
"""

from __future__ import annotations

import threading
from collections import Counter

import pytest
from django.db import connection
from django.test import Client

from assessments import services
from assessments.models import Attempt, Response
from tests.concurrency import race
from tests.factories import make_assessment, make_person, make_question

pytestmark = [
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(connection.vendor != "sqlite", reason="the SQLite (embedded) mode only"),
]

THREADS = 8
PEOPLE_PER_THREAD = 3
QUESTIONS = 8
JSON = {"HTTP_ACCEPT": "application/json"}


def test_threads_answering_and_submitting_at_once_lose_nothing_and_never_see_a_locked_database(no_staff_mfa):
    for _ in range(QUESTIONS):
        make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": QUESTIONS})
    people = [
        [make_person(email=f"draad{thread}-{n}@groningen.example") for n in range(PEOPLE_PER_THREAD)]
        for thread in range(THREADS)
    ]
    finalised = Counter()
    lock = threading.Lock()

    def count(sender, attempt, **kwargs):
        with lock:
            finalised[attempt.pk] += 1

    services.attempt_finalised.connect(count, weak=False, dispatch_uid="sqlite-concurrency")

    def work(index):
        """One thread: its people in turn start, answer every question, change half of the answers
        (an autosave after a second thought), and submit — all through the views."""
        expected = {}
        for person in people[index]:
            client = Client()
            client.force_login(person, backend="organisations.auth_backends.CachedPermissionsBackend")
            response = client.post(f"/toetsen/{assessment.pk}/")
            assert response.status_code == 302, response.status_code
            attempt = Attempt.objects.get(user=person, assessment=assessment)
            answers = {}
            for item in attempt.items.order_by("position"):
                right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
                wrong = next(o["id"] for o in item.snapshot["options"] if not o["correct"])
                choices = [wrong, right] if item.position % 2 else [right]  # odd positions: changed to right
                for option in choices:
                    saved = client.post(
                        f"/toetsen/poging/{attempt.pk}/vraag/{item.position}/", {"option": option}, **JSON
                    )
                    assert saved.status_code == 200 and saved.json()["saved"] is True, saved.content
                answers[item.position] = choices[-1]
            submitted = client.post(f"/toetsen/poging/{attempt.pk}/inleveren/")
            assert submitted.status_code == 302, submitted.status_code
            expected[attempt.pk] = answers
        return expected

    try:
        results, errors = race(THREADS, work)
    finally:
        services.attempt_finalised.disconnect(dispatch_uid="sqlite-concurrency")

    # No thread failed — in particular none with OperationalError("database is locked").
    assert errors == [], [repr(error) for error in errors]
    expected = {pk: answers for result in results for pk, answers in result.items()}
    assert len(expected) == THREADS * PEOPLE_PER_THREAD
    # Every answer is stored as last saved; every attempt is final, finalised exactly once.
    for attempt in Attempt.objects.filter(pk__in=expected):
        stored = {
            r.item.position: r.answer["option"] for r in Response.objects.filter(attempt=attempt).select_related("item")
        }
        assert stored == expected[attempt.pk]
        assert attempt.status == "final" and attempt.score == QUESTIONS  # every final answer is right
    assert finalised == dict.fromkeys(expected, 1)
    print(f"{THREADS} threads × {PEOPLE_PER_THREAD} people: {Response.objects.count()} answers, no lock errors")
