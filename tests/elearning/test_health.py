import pytest


@pytest.mark.django_db
def test_healthz_reports_ok_when_database_and_broker_answer(client, settings):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["database"]["ok"] is True
    assert body["broker"]["ok"] is True
    assert body["broker"]["mode"] == ("broker" if settings.CELERY_BROKER_URL else "in-process")


@pytest.mark.django_db
def test_healthz_answers_503_when_the_broker_is_unreachable(client, settings):
    # Port 1 on the loopback refuses connections: a real, fast failure, not a mock.
    settings.CELERY_BROKER_URL = "redis://127.0.0.1:1/0"
    response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "unavailable"
    assert body["broker"]["ok"] is False
    assert body["database"]["ok"] is True


@pytest.mark.django_db
def test_livez_answers_ok_without_touching_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/livez")
    assert response.status_code == 200
    assert response.content == b"ok"
