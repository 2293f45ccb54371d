"""Bank content from plain dicts (the format of demo_content/FORMAT.md): used by the demo seed and
by tests, and the shape an import from another system would take."""

from __future__ import annotations

import uuid

from assessments.models import Casus, Question
from courses.models import Competence, FormOfViolence


def _raw_question_fields(data: dict) -> dict:
    options = [
        {
            "type": "option",
            "id": str(uuid.uuid4()),
            "value": {
                "text": o["text"],
                "correct": bool(o.get("correct", False)),
                "match": o.get("match", ""),
                "feedback": o.get("feedback", ""),
                "reference": o.get("reference", ""),
            },
        }
        for o in data.get("options", [])
    ]
    rubric = [
        {
            "type": "criterion",
            "id": str(uuid.uuid4()),
            "value": {
                "criterion": c["criterion"],
                "levels": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "label": level["label"],
                            "points": level["points"],
                            "description": level.get("description", ""),
                        },
                    }
                    for level in c["levels"]
                ],
            },
        }
        for c in data.get("rubric", [])
    ]
    return {
        "title": data["title"],
        "kind": data["kind"],
        "stem": data["stem"],
        "difficulty": data["difficulty"],
        "points": data.get("points", 1),
        "options": options,
        "rubric": rubric,
        "model_answer": data.get("model_answer", ""),
        "explanation": data.get("explanation", ""),
    }


def upsert_question(data: dict) -> Question:
    """Create the question `data["key"]` if missing (an existing one is left as trainers edited it)."""
    question = Question.objects.filter(code=data["key"]).first()
    if question is not None:
        return question
    question = Question(code=data["key"], **_raw_question_fields(data))
    question.full_clean()
    question.save()
    question.competences.set(Competence.objects.filter(code__in=data["competences"]))
    question.forms_of_violence.set(FormOfViolence.objects.filter(slug__in=data.get("forms", [])))
    return question


def upsert_casus(data: dict) -> Casus:
    casus = Casus.objects.filter(code=data["key"]).first()
    if casus is not None:
        return casus
    competences = dict(Competence.objects.values_list("code", "pk"))
    steps = [
        {
            "type": "step",
            "id": str(uuid.uuid4()),
            "value": {
                "key": step["key"],
                "title": step["title"],
                "info": step.get("info", ""),
                "question": step["question"],
                "competence": competences[step["competence"]],
                "critical": bool(step.get("critical")),
                "consequence": bool(step.get("consequence")),
                "options": [
                    {
                        "type": "item",
                        "id": str(uuid.uuid4()),
                        "value": {
                            "text": o["text"],
                            "rating": o["rating"],
                            "points": o["points"],
                            "feedback": o["feedback"],
                            "reference": o.get("reference", ""),
                            "next": o.get("next", ""),
                        },
                    }
                    for o in step["options"]
                ],
            },
        }
        for step in data["steps"]
    ]
    casus = Casus(code=data["key"], title=data["title"], intro=data["intro"], steps=steps)
    casus.full_clean()
    casus.save()
    casus.competences.set(Competence.objects.filter(code__in=data["competences"]))
    casus.forms_of_violence.set(FormOfViolence.objects.filter(slug__in=data.get("forms", [])))
    return casus
