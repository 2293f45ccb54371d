"""Trainers keep the question bank, casus and assessments in the Wagtail admin."""

import json

import pytest
from django.test import Client

from assessments.models import Question
from courses.models import Competence
from organisations.models import Role
from tests.factories import make_assessment, make_casus, make_person, make_question

pytestmark = pytest.mark.django_db


@pytest.fixture
def trainer_client(settings):
    settings.REQUIRE_STAFF_MFA = False
    client = Client()
    client.force_login(
        make_person(role=Role.TRAINER, region_slug="utrecht"),
        backend="organisations.auth_backends.CachedPermissionsBackend",
    )
    return client


def draftail(text: str) -> str:
    return json.dumps(
        {
            "blocks": [
                {"key": "a", "text": text, "type": "unstyled", "depth": 0, "inlineStyleRanges": [], "entityRanges": []}
            ],
            "entityMap": {},
        }
    )


def question_form(*, correct: tuple[bool, bool]) -> dict:
    data = {
        "title": "Termijn veiligheidsbeoordeling",
        "code": "c1-termijn",
        "kind": "single",
        "difficulty": "easy",
        "points": "1",
        "stem": draftail("Binnen welke termijn moet de veiligheidsbeoordeling klaar zijn?"),
        "explanation": "",
        "model_answer": draftail(""),
        "competences": [str(Competence.objects.get(code="C1").pk)],
        "is_active": "on",
        "options-count": "2",
        "rubric-count": "0",
    }
    for index, (text, right) in enumerate((("Uiterlijk vijf werkdagen", correct[0]), ("Tien weken", correct[1]))):
        prefix = f"options-{index}"
        data.update(
            {
                f"{prefix}-type": "option",
                f"{prefix}-deleted": "",
                f"{prefix}-order": str(index),
                f"{prefix}-id": f"opt-{index}",
                f"{prefix}-value-text": text,
                f"{prefix}-value-match": "",
                f"{prefix}-value-feedback": "Zie het Handelingsprotocol.",
                f"{prefix}-value-reference": "Handelingsprotocol",
            }
        )
        if right:
            data[f"{prefix}-value-correct"] = "on"
    return data


def test_trainer_opens_the_bank_casus_and_assessment_editors(trainer_client):
    question, casus, assessment = make_question(), make_casus(), make_assessment()
    for url in (
        "/cms/snippets/assessments/question/",
        "/cms/snippets/assessments/question/add/",
        f"/cms/snippets/assessments/question/edit/{question.pk}/",
        f"/cms/snippets/assessments/casus/edit/{casus.pk}/",
        "/cms/snippets/assessments/assessment/add/",
        f"/cms/snippets/assessments/assessment/edit/{assessment.pk}/",
    ):
        assert trainer_client.get(url).status_code == 200, url


def test_trainer_adds_a_question_and_a_broken_key_is_refused_in_dutch(trainer_client):
    url = "/cms/snippets/assessments/question/add/"
    refused = trainer_client.post(url, question_form(correct=(True, True)))
    assert refused.status_code == 200
    assert "juiste optie" in refused.content.decode()  # (inside the StreamField's JSON, é escaped)
    assert not Question.objects.filter(code="c1-termijn").exists()
    saved = trainer_client.post(url, question_form(correct=(True, False)))
    assert saved.status_code == 302, saved.content.decode()[:3000]
    question = Question.objects.get(code="c1-termijn")
    assert [o["correct"] for o in question.snapshot()["options"]] == [True, False]
    assert list(question.competences.values_list("code", flat=True)) == ["C1"]


def test_a_casus_whose_branches_lead_nowhere_cannot_be_saved():
    from django.core.exceptions import ValidationError

    casus = make_casus()
    casus.steps[0].value["options"][0]["next"] = "7"
    with pytest.raises(ValidationError, match="stap '7', die niet bestaat"):
        casus.full_clean()
