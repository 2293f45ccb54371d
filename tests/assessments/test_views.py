"""The assessment pages as a learner and a trainer use them: forms, autosave (JSON), bad input."""

import pytest
from django.urls import reverse

from assessments import services
from assessments.models import Attempt, Response
from organisations.models import Role
from tests.factories import make_assessment, make_casus, make_person, make_question, option_id

pytestmark = pytest.mark.django_db

JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def assessment():
    for _ in range(3):
        make_question(competences=["C1"])
    return make_assessment(casus=[make_casus()], pools={"C1": 2}, feedback_mode="immediate")


def start(client, assessment):
    response = client.post(reverse("assessments:assessment", args=[assessment.pk]))
    assert response.status_code == 302
    return Attempt.objects.get(assessment=assessment)


def test_learner_takes_a_casus_and_questions_through_the_pages(login, employee, assessment):
    client = login(employee)
    page = client.get(reverse("assessments:assessment", args=[assessment.pk]))
    assert "Toets starten" in page.content.decode()
    attempt = start(client, assessment)
    resume = client.get(reverse("assessments:attempt", args=[attempt.pk]))
    assert resume.url == reverse("assessments:item", args=[attempt.pk, 1])
    casus = assessment.casus_items.get().casus
    page = client.get(resume.url).content.decode()
    assert "Casus Test" in page and "Advies of melding" in page and "Urgentie" not in page
    client.post(resume.url, {"step": "1", "option": option_id(casus, "politie", "1")})
    page = client.get(resume.url).content.decode()
    assert "Onveilige keuze" in page  # immediate feedback on the decision
    assert "Gevolg" in page  # the unsafe choice branched to its consequence
    client.post(resume.url, {"step": "1b", "option": option_id(casus, "herstel", "1b")})
    client.post(resume.url, {"step": "2", "option": option_id(casus, "vandaag", "2")})
    assert "U heeft deze casus afgerond" in client.get(resume.url).content.decode()
    for position in (2, 3):
        item = attempt.items.get(position=position)
        right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
        response = client.post(
            reverse("assessments:item", args=[attempt.pk, position]), {"option": right, "go": "next"}
        )
        assert response.status_code == 302
    assert client.get(reverse("assessments:attempt", args=[attempt.pk])).url == reverse(
        "assessments:submit", args=[attempt.pk]
    )
    client.post(reverse("assessments:submit", args=[attempt.pk]))
    client.post(reverse("assessments:submit", args=[attempt.pk]))  # double click
    result = client.get(reverse("assessments:result", args=[attempt.pk])).content.decode()
    attempt.refresh_from_db()
    # casus: 0 + 1 (detour) + 2 = 3 of 4; questions 2 of 2 → 5 of 6
    assert (attempt.score, attempt.max_score) == (5, 6)
    assert "Geslaagd" in result and "C3" in result and "Beste keuze:" in result


def test_autosave_answers_in_json_and_refuses_bad_input_with_dutch_messages(login, employee, assessment):
    assessment.feedback_mode = "after_submit"  # answers stay changeable until submission
    assessment.save()
    client = login(employee)
    attempt = start(client, assessment)
    url = reverse("assessments:item", args=[attempt.pk, 2])
    item = attempt.items.get(position=2)
    right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
    saved = client.post(url, {"option": right}, **JSON)
    assert saved.status_code == 200 and saved.json()["saved"] and "Opgeslagen om" in saved.json()["message"]
    bad = client.post(url, {"option": "geen-optie"}, **JSON)
    assert bad.status_code == 400 and bad.json()["error"] == "Kies één van de antwoorden."
    html_bad = client.post(url, {})
    assert html_bad.status_code == 400 and "Kies één van de antwoorden." in html_bad.content.decode()
    missing = client.post(reverse("assessments:item", args=[attempt.pk, 99]), {"option": right}, **JSON)
    assert missing.status_code == 404 and "hoort niet bij uw poging" in missing.json()["error"]
    casus_bad = client.post(reverse("assessments:item", args=[attempt.pk, 1]), {"step": "2", "option": "x"}, **JSON)
    assert casus_bad.status_code == 409  # not the step that waits for a decision
    assert Response.objects.filter(attempt=attempt).count() == 1
    client.post(reverse("assessments:submit", args=[attempt.pk]))
    late = client.post(url, {"option": right}, **JSON)
    assert late.status_code == 409 and "al ingeleverd" in late.json()["error"]


def test_nobody_opens_another_persons_attempt(login, employee, utrecht_employee, assessment, trainer):
    attempt = services.start_attempt(user=employee, assessment=assessment)
    item = attempt.items.get(position=2)
    option = item.snapshot["options"][0]["id"]
    for intruder in (utrecht_employee, trainer, make_person(role=Role.MANAGER, region_slug="groningen")):
        client = login(intruder)
        for name, args in (
            ("attempt", [attempt.pk]),
            ("item", [attempt.pk, 2]),
            ("submit", [attempt.pk]),
            ("result", [attempt.pk]),
        ):
            assert client.get(reverse(f"assessments:{name}", args=args)).status_code == 404
        posted = client.post(reverse("assessments:item", args=[attempt.pk, 2]), {"option": option}, **JSON)
        assert posted.status_code == 404
    assert not Response.objects.filter(attempt=attempt).exists()


def test_trainer_grades_an_open_answer_and_employees_cannot(login, employee, utrecht_employee):
    make_question(kind="open", competences=["C5"])
    assessment = make_assessment(pools={"C5": 1})
    attempt = services.start_attempt(user=utrecht_employee, assessment=assessment)
    services.save_answer(user=utrecht_employee, attempt_id=attempt.pk, position=1, answer={"text": "Mijn antwoord"})
    services.submit_attempt(user=utrecht_employee, attempt_id=attempt.pk)
    response = Response.objects.get(attempt=attempt)
    assert login(employee).get(reverse("assessments:grading_queue")).status_code == 403
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht")
    client = login(trainer)
    queue = client.get(reverse("assessments:grading_queue")).content.decode()
    assert "Beoordeel antwoord" in queue and utrecht_employee.last_name not in queue  # blind
    page = client.get(reverse("assessments:grade", args=[response.pk])).content.decode()
    assert "Mijn antwoord" in page and utrecht_employee.last_name not in page
    assert client.post(reverse("assessments:grade", args=[response.pk]), {"criterion-0": "9"}).status_code == 400
    client.post(reverse("assessments:grade", args=[response.pk]), {"criterion-0": "2", "criterion-1": "1"})
    attempt.refresh_from_db()
    assert attempt.status == "final" and attempt.score == 4
    groningen_trainer = make_person(role=Role.TRAINER, region_slug="groningen")
    assert login(groningen_trainer).get(reverse("assessments:grade", args=[response.pk])).status_code == 404


def _finished_attempts(assessment, count):
    for index in range(count):
        person = make_person(role=Role.EMPLOYEE, region_slug="utrecht")
        attempt = services.start_attempt(user=person, assessment=assessment)
        for item in attempt.items.filter(kind="question"):
            options = item.snapshot["options"]
            services.save_answer(
                user=person,
                attempt_id=attempt.pk,
                position=item.position,
                answer={"option": options[index % len(options)]["id"]},
            )
        services.submit_attempt(user=person, attempt_id=attempt.pk)


def test_statistics_page_for_trainers_with_constant_queries(login, trainer, employee):
    for _ in range(3):
        make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 3})
    _finished_attempts(assessment, 3)
    client = login(trainer)
    url = reverse("assessments:statistics", args=[assessment.pk])
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.get(url)  # the first request of a session writes the session; measure the ones after
    _finished_attempts(assessment, 1)  # makes the cached figures stale
    with CaptureQueriesContext(connection) as small:
        page = client.get(url)
    with CaptureQueriesContext(connection) as cached:
        client.get(url)
    assert len(cached) < len(small)  # nothing changed: served from the cache
    assert page.status_code == 200 and "Cronbachs" in page.content.decode()
    assert "minder dan de 30" in page.content.decode()  # the small-sample warning
    _finished_attempts(assessment, 9)  # a new attempt also makes the cached figures stale
    with CaptureQueriesContext(connection) as large:
        client.get(url)
    assert len(large) == len(small)
    assert "<dd>13" in client.get(url).content.decode()  # 3 + 1 + 9 finished attempts, recomputed
    assert login(employee).get(url).status_code == 403


def test_my_learning_shows_the_assessment_still_owed(login, employee):
    make_question(competences=["C1"])
    assessment = make_assessment(pools={"C1": 1}, title="Eindtoets meldcode")
    from courses.services import enrol_self

    enrol_self(user=employee, course=assessment.course)
    client = login(employee)
    assert (
        "Nog te doen: toets &#x27;Eindtoets meldcode&#x27; halen."
        in client.get(reverse("courses:my_learning")).content.decode()
    )
    attempt = services.start_attempt(user=employee, assessment=assessment)
    assert "bezig, u kunt verder" in client.get(reverse("courses:my_learning")).content.decode()
    item = attempt.items.get()
    right = next(o["id"] for o in item.snapshot["options"] if o["correct"])
    services.save_answer(user=employee, attempt_id=attempt.pk, position=1, answer={"option": right})
    services.submit_attempt(user=employee, attempt_id=attempt.pk)
    assert "Eindtoets meldcode" not in client.get(reverse("courses:my_learning")).content.decode()
