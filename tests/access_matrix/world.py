"""The access matrix's data set: two regions whose every person, team, certificate and open answer
carries a distinctive marker string, so a response can be searched for another region's data.

Region A is Groningen, region B is Utrecht. The six roles of the matrix are people of this world
(anonymous excepted): the employee and the trainer of region A, the manager of A, the manager of B
and programme staff. Everyone else exists to be seen, or not: a colleague, a deputy manager and
the role holders themselves in both regions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from organisations.models import Region, Role, Team, User

ROLES = ("anonymous", "employee", "trainer", "manager_a", "manager_b", "programme")

#: The person each role logs in as (anonymous: nobody).
ROLE_PERSON = {
    "anonymous": None,
    "employee": "A.employee",
    "trainer": "A.trainer",
    "manager_a": "A.manager",
    "manager_b": "B.manager",
    "programme": "programme",
}

#: The region a role belongs to; roles without one look at region A's objects as "same region".
ROLE_REGION = {
    "anonymous": None,
    "employee": "A",
    "trainer": "A",
    "manager_a": "A",
    "manager_b": "B",
    "programme": None,
}

REGION_SLUGS = {"A": "groningen", "B": "utrecht"}
REGION_WORDS = {"A": "Groningen", "B": "Utrecht"}

#: (key, role, team member?, word in the marker)
PEOPLE = (
    ("employee", Role.EMPLOYEE, True, "Leerling"),
    ("colleague", Role.EMPLOYEE, True, "Collega"),
    ("deputy", Role.MANAGER, False, "Plaatsvervanger"),
    ("manager", Role.MANAGER, False, "Manager"),
    ("trainer", Role.TRAINER, False, "Trainer"),
)


@dataclass
class Person:
    key: str
    region: str | None
    user: User
    #: Name and e-mail: who someone is.
    identity: set[str] = field(default_factory=set)
    #: Certificate codes and open-answer texts: what someone achieved or wrote.
    results: set[str] = field(default_factory=set)


@dataclass
class World:
    regions: dict[str, Region]
    teams: dict[str, Team]
    people: dict[str, Person]
    courses: dict[str, object]
    assessment: object
    practice: object
    question: object
    certificates: dict[str, object]
    #: The open answer (Response) of each person who has one, waiting for a trainer.
    open_answers: dict[str, object]
    attempts: dict[str, object]
    document: object
    #: The text of each open answer, by person.
    answers: dict[str, str]

    def person(self, role: str) -> Person | None:
        key = ROLE_PERSON[role]
        return self.people[key] if key else None

    def user(self, role: str) -> User | None:
        person = self.person(role)
        return person.user if person else None

    def region_of(self, role: str) -> str:
        """The role's own region; region A for those without one."""
        return ROLE_REGION[role] or "A"

    def other_region(self, role: str) -> str:
        return "B" if self.region_of(role) == "A" else "A"

    def team_marker(self, region: str) -> str:
        return self.teams[region].name

    def markers(self, *, region: str | None = None, kinds=("identity", "results", "team")) -> set[str]:
        """Every marker of a region (or of everyone), of the given kinds."""
        found = set()
        for person in self.people.values():
            if region is not None and person.region != region:
                continue
            if "identity" in kinds:
                found |= person.identity
            if "results" in kinds:
                found |= person.results
        if "team" in kinds:
            for key, team in self.teams.items():
                if region is None or key == region:
                    found.add(team.name)
        return found


def _marked_person(key: str, region: str | None, role: str, team: Team | None, word: str) -> Person:
    from tests.factories import make_person

    place = REGION_WORDS[region] if region else "Landelijk"
    last_name = f"Mrk{place}{word}"
    email = f"mrk.{place}.{word}@vt.example".lower()
    user = make_person(
        role=role,
        region_slug=REGION_SLUGS[region] if region else None,
        team=team,
        first_name="Sanne",
        last_name=last_name,
        email=email,
    )
    return Person(key=key, region=region, user=user, identity={last_name, email})


def build_world() -> World:
    """Two marked regions with people, teams, certificates, open answers, readiness and a document.
    A few seconds of work (nine certificate PDFs): the matrix builds it once per module."""
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    from assessments import services as assessment_services
    from certificates.models import group_code
    from certificates.services import store_certificate_pdf
    from courses.models import Assignment, LearningPath, LearningPathItem
    from dashboards.readiness import rebuild_all_requirements
    from tests.dashboards.test_readiness import certify
    from tests.factories import make_assessment, make_casus, make_course, make_question

    regions = {key: Region.objects.get(slug=slug) for key, slug in REGION_SLUGS.items()}
    teams = {key: Team.objects.create(region=regions[key], name=f"MrkTeam{REGION_WORDS[key]}") for key in regions}
    people: dict[str, Person] = {}
    for region in ("A", "B"):
        for key, role, in_team, word in PEOPLE:
            if region == "B" and key == "trainer":
                continue  # one trainer, of region A: region B's answers are the ones they must not see
            people[f"{region}.{key}"] = _marked_person(
                f"{region}.{key}", region, role, teams[region] if in_team else None, word
            )
    people["programme"] = _marked_person("programme", None, Role.PROGRAMME, None, "Programma")

    # MX1 is what people hold certificates for (everyone must have it), MX2 is assigned to both
    # teams with a deadline that has passed, and its final assessment has one open question.
    certified = make_course(code="MX1", lessons=1)
    assigned = make_course(code="MX2", lessons=1)
    everyone = LearningPath.objects.create(name="Iedereen")
    LearningPathItem.objects.create(path=everyone, course=certified, mandatory=True, due_within_days=30, sort_order=0)
    for region in ("A", "B"):
        Assignment.objects.create(
            course=assigned,
            region=regions[region],
            team=teams[region],
            deadline=timezone.localdate() - timedelta(days=10),
            assigned_by=people[f"{region}.manager"].user,
        )
    make_casus()  # for the CMS's casus pages
    question = make_question(kind="open", competences=["C5"])
    assessment = make_assessment(course=assigned, pools={"C5": 1}, wait_hours=0, max_attempts=10)
    # A second assessment of one closed question, for the open attempts the roles start themselves.
    make_question(competences=["C1"])
    practice = make_assessment(course=assigned, pools={"C1": 1}, wait_hours=0, max_attempts=10, title="Oefentoets")

    certificates = {}
    for key, person in people.items():
        if person.region is None:
            continue
        # The learners' certificates end within 90 days: they appear on the "expiring" lists.
        learner = key.endswith((".employee", ".colleague"))
        certificate = certify(person.user, certified, issued_days_ago=1080 if learner else 100)
        store_certificate_pdf(certificate)
        certificates[key] = certificate
        person.results |= {certificate.code, group_code(certificate.code)}

    open_answers, attempts, answers = {}, {}, {}
    for key in ("A.employee", "A.colleague", "B.employee", "B.colleague"):
        person = people[key]
        text = f"MrkAntwoord{REGION_WORDS[person.region]}{key.split('.')[1].title()}"
        attempt = assessment_services.start_attempt(user=person.user, assessment=assessment)
        assessment_services.save_answer(user=person.user, attempt_id=attempt.pk, position=1, answer={"text": text})
        attempt = assessment_services.submit_attempt(user=person.user, attempt_id=attempt.pk)
        attempts[key] = attempt
        open_answers[key] = attempt.responses.get()
        person.results.add(text)
        answers[key] = text

    rebuild_all_requirements()
    document = Document(title="Werkblad kindcheck")
    document.file.save("werkblad-kindcheck.txt", ContentFile(b"Werkblad: de kindcheck in vijf stappen.\n"))
    return World(
        regions=regions,
        teams=teams,
        people=people,
        courses={"certified": certified, "assigned": assigned},
        assessment=assessment,
        practice=practice,
        question=question,
        certificates=certificates,
        open_answers=open_answers,
        attempts=attempts,
        document=document,
        answers=answers,
    )
