"""organisations.versions: answers cached under versions, kept by each process, never stale."""

import pytest
from django.core.cache import cache
from django.core.signals import request_finished, request_started

from organisations import versions

# The handler's request_finished closes database connections: the tests need the database.
pytestmark = pytest.mark.django_db

KEY = versions.shared("tests:version")


def _request():
    """What the handler does around each request."""
    request_finished.send(sender=None)
    request_started.send(sender=None)


@pytest.fixture
def in_a_request():
    request_started.send(sender=None)
    yield
    request_finished.send(sender=None)


def test_an_answer_is_computed_once_per_version(in_a_request):
    computed = []

    def compute():
        computed.append(1)
        return {"figures": [1, 2, 3]}

    assert versions.remembered(f"tests:answer:{versions.current(KEY)}", compute) == {"figures": [1, 2, 3]}
    _request()
    assert versions.remembered(f"tests:answer:{versions.current(KEY)}", compute) == {"figures": [1, 2, 3]}
    assert len(computed) == 1

    versions.replace([KEY])
    _request()
    versions.remembered(f"tests:answer:{versions.current(KEY)}", compute)
    assert len(computed) == 2


def test_a_caller_changing_its_answer_changes_nobody_elses(in_a_request):
    key = f"tests:answer:{versions.current(KEY)}"
    first = versions.remembered(key, lambda: {"names": ["Groningen"]})
    first["names"].append("Utrecht")
    assert versions.remembered(key, lambda: None) == {"names": ["Groningen"]}


def test_a_version_replaced_by_another_machine_counts_from_the_next_request(in_a_request):
    assert versions.remembered(f"tests:answer:{versions.current(KEY)}", lambda: "oud") == "oud"
    cache.set(KEY, "elders-vervangen", None)  # what replace() on another machine leaves behind
    # Within one request the version it read holds; the next request reads the new one.
    assert versions.remembered(f"tests:answer:{versions.current(KEY)}", lambda: "nieuw") == "oud"
    _request()
    assert versions.remembered(f"tests:answer:{versions.current(KEY)}", lambda: "nieuw") == "nieuw"


def test_a_request_reads_its_own_replacement_at_once(in_a_request):
    before = versions.current(KEY)
    versions.replace([KEY])
    assert versions.current(KEY) != before


def test_outside_a_request_every_call_asks_the_cache():
    before = versions.current(KEY)
    cache.set(KEY, "elders-vervangen", None)
    assert versions.current(KEY) == "elders-vervangen" != before


def test_none_is_remembered_too(in_a_request):
    computed = []
    key = f"tests:nothing:{versions.current(KEY)}"
    assert versions.remembered(key, lambda: computed.append(1)) is None
    assert versions.remembered(key, lambda: computed.append(1)) is None
    assert computed == [1]


def test_each_process_keeps_a_bounded_number_of_answers(in_a_request, monkeypatch):
    monkeypatch.setattr(versions, "LOCAL_ENTRIES", 5)
    for n in range(20):
        versions.remembered(f"tests:many:{n}", lambda n=n: n)
    assert len(versions._local) == 5
