"""Factories for people and their places. Regions and functions are reference data loaded by
migrations, so factories look them up instead of inventing new ones."""

from __future__ import annotations

import factory
from django.contrib.auth.hashers import make_password

from organisations.models import Background, Function, Membership, Region, Role, Team, User

PASSWORD = "Een-lang-wachtwoord-2026"
# Hashing once keeps factories fast; Argon2 on every user would cost ~50 ms each.
_PASSWORD_HASH = None


def password_hash() -> str:
    global _PASSWORD_HASH
    if _PASSWORD_HASH is None:
        _PASSWORD_HASH = make_password(PASSWORD)
    return _PASSWORD_HASH


def region(slug: str) -> Region:
    return Region.objects.get(slug=slug)


def function(slug: str) -> Function:
    return Function.objects.get(slug=slug)


class TeamFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Team

    region = factory.LazyFunction(lambda: Region.objects.get(slug="groningen"))
    name = factory.Sequence(lambda n: f"Team {n}")


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persoon{n}@vt.example")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    password = factory.LazyFunction(password_hash)


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    user = factory.SubFactory(UserFactory)
    region = factory.LazyFunction(lambda: Region.objects.get(slug="groningen"))
    team = None
    function = factory.LazyFunction(lambda: Function.objects.get(slug="onderzoeker"))
    background = Background.EX_AMK
    role = Role.EMPLOYEE


def make_person(
    *, role: str = Role.EMPLOYEE, region_slug: str | None = "groningen", team: Team | None = None, **user_fields
) -> User:
    """A user with a current membership, the common shape of every test person."""
    user = UserFactory(**user_fields)
    MembershipFactory(
        user=user,
        role=role,
        region=Region.objects.get(slug=region_slug) if region_slug else None,
        team=team,
        function=None if role == Role.PROGRAMME else Function.objects.get(slug="onderzoeker"),
    )
    user.__dict__.pop("current_membership", None)
    if role == Role.TRAINER:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name="Trainers"))
    return user


def make_catalogue():
    from courses.models import CourseCatalogPage, HomePage

    catalogue = CourseCatalogPage.objects.first()
    if catalogue is None:
        catalogue = CourseCatalogPage(title="Cursussen", slug="cursussen")
        HomePage.objects.get().add_child(instance=catalogue)
        catalogue.save_revision().publish()
    return catalogue


_course_counter = iter(range(1, 10_000))


def make_course(*, code: str | None = None, lessons: int = 3, prerequisites=(), for_all=True, functions=()):
    """A live course with `lessons` live lessons, each with a text, a reflection and a check."""
    from courses.models import CoursePage, LessonPage

    number = next(_course_counter)
    code = code or f"T{number:02d}"
    course = CoursePage(
        title=f"Cursus {code}",
        slug=f"cursus-{code.lower()}-{number}",
        code=code,
        summary="Een cursus om mee te testen.",
        study_load_hours=2,
        for_all_functions=for_all,
    )
    make_catalogue().add_child(instance=course)
    if prerequisites:
        course.prerequisites.set(prerequisites)
    if functions:
        course.target_functions.set(functions)
    course.save_revision().publish()
    for index in range(1, lessons + 1):
        lesson = LessonPage(
            title=f"Les {index} van {code}",
            slug=f"les-{index}",
            duration_minutes=10,
            body=[
                {"type": "text", "value": f"<p>Tekst van les {index}.</p>", "id": f"text-{index}"},
                {
                    "type": "reflection",
                    "value": {"question": "Wat neemt u mee?", "guidance": ""},
                    "id": f"refl-{index}",
                },
                {
                    "type": "knowledge_check",
                    "id": f"check-{index}",
                    "value": {
                        "question": "Welke stap komt eerst?",
                        "options": [
                            {"text": "Signalen in kaart brengen", "correct": True, "feedback": "Juist: stap 1."},
                            {"text": "Beslissen", "correct": False, "feedback": "Dat is stap 5."},
                        ],
                    },
                },
            ],
        )
        course.add_child(instance=lesson)
        lesson.save_revision().publish()
    return CoursePage.objects.get(pk=course.pk)


# --- Assessments ---------------------------------------------------------------------------------

_bank_counter = iter(range(1, 100_000))


def make_question(
    *,
    kind: str = "single",
    competences=("C1",),
    options: list[dict] | None = None,
    points: int = 1,
    rubric: list[dict] | None = None,
    difficulty: str = "medium",
    title: str | None = None,
):
    """A bank question through the same path as the demo content (validated with full_clean)."""
    from assessments.content import upsert_question

    number = next(_bank_counter)
    if options is None and kind != "open":
        options = [
            {"text": "Juist antwoord", "correct": True, "feedback": "Daarom juist.", "reference": "Meldcode"},
            {"text": "Fout antwoord", "correct": False, "feedback": "Daarom fout.", "reference": "Meldcode"},
        ]
    if kind == "open" and rubric is None:
        rubric = [
            {
                "criterion": "Benoemt de onveiligheid",
                "levels": [
                    {"label": "Onvoldoende", "points": 0},
                    {"label": "Voldoende", "points": 1},
                    {"label": "Goed", "points": 2},
                ],
            },
            {"criterion": "Kiest een route", "levels": [{"label": "Nee", "points": 0}, {"label": "Ja", "points": 2}]},
        ]
    return upsert_question(
        {
            "key": f"test-{number}",
            "kind": kind,
            "title": title or f"Testvraag {number}",
            "stem": f"<p>Testvraag {number}?</p>",
            "competences": list(competences),
            "forms": [],
            "difficulty": difficulty,
            "points": points,
            "options": options or [],
            "rubric": rubric or [],
            "model_answer": "<p>Een goed antwoord.</p>",
            "explanation": "Uitleg.",
        }
    )


def casus_data(**overrides) -> dict:
    """A small branching casus: 1 → (unsafe) 1b → 2; step 2 is critical."""

    def option(text, rating, points, next_step=""):
        return {
            "text": text,
            "rating": rating,
            "points": points,
            "feedback": f"Feedback {text}",
            "reference": "Handelingsprotocol",
            "next": next_step,
        }

    data = {
        "key": f"test-casus-{next(_bank_counter)}",
        "title": "Casus Test",
        "intro": "<p>Een verzonnen situatie.</p>",
        "competences": ["C1", "C3"],
        "forms": [],
        "steps": [
            {
                "key": "1",
                "title": "Advies of melding",
                "question": "Wat doet u?",
                "competence": "C1",
                "options": [
                    option("melding", "best", 2),
                    option("advies", "acceptable", 1),
                    option("politie", "unsafe", 0, "1b"),
                ],
            },
            {
                "key": "1b",
                "title": "Gevolg",
                "question": "En nu?",
                "competence": "C1",
                "consequence": True,
                "options": [option("herstel", "best", 1, "2"), option("niets", "unsafe", 0, "2")],
            },
            {
                "key": "2",
                "title": "Urgentie",
                "question": "Hoe snel?",
                "competence": "C3",
                "critical": True,
                "options": [option("vandaag", "best", 2), option("later", "unsafe", 0)],
            },
        ],
    }
    data.update(overrides)
    return data


def make_casus(**overrides):
    from assessments.content import upsert_casus

    return upsert_casus(casus_data(**overrides))


def make_assessment(*, course=None, casus=(), pools=None, **settings):
    from assessments.models import Assessment, AssessmentCasus, AssessmentPool
    from courses.models import Competence

    course = course or make_course(lessons=1)
    defaults = {"title": "Toets", "max_attempts": 3, "wait_hours": 24, "shuffle_options": False}
    assessment = Assessment.objects.create(course=course, **{**defaults, **settings})
    for order, item in enumerate(casus):
        AssessmentCasus.objects.create(assessment=assessment, casus=item, sort_order=order)
    for order, (code, count) in enumerate((pools or {}).items()):
        AssessmentPool.objects.create(
            assessment=assessment, competence=Competence.objects.get(code=code), question_count=count, sort_order=order
        )
    return assessment


def option_id(content, text: str, step: str | None = None) -> str:
    """The stable id of the option with `text` in a question (or in `step` of a casus)."""
    snapshot = content.snapshot()
    options = snapshot["options"] if step is None else next(s for s in snapshot["steps"] if s["key"] == step)["options"]
    return next(o["id"] for o in options if o["text"] == text)
