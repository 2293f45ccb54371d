"""Query discipline on every page: the number of queries a page makes does not grow with its data.

Generated from the URL configuration, like the access matrix: every GET URL pattern of our apps
(organisations, courses, assessments, certificates, dashboards and elearning's own routes) has an
entry in CASES — the role that views it, a builder that brings the data behind the page to a size n
(n people in the region, n certificates, n attempts, n lessons, …) and the URL's arguments — or a
reason in EXEMPT (POST-only views, plain redirects, static files, health probes). The pages Wagtail
serves are covered by page type: every Page model of our apps has an entry in PAGES, measured at the
URL of a live instance. A URL or page type without an entry fails `test_every_*_has_an_entry`.

Each case builds size SMALL, requests the page once (per-process caches — Wagtail's site root, the
ContentType cache, the session — settle on the first request), clears the cache (our dashboard,
statistics and rate-limit caches: the measurement is of the computation, never of a cached figure
that would hide an N+1), and counts the queries of a second request with CaptureQueriesContext; then
it grows the data to LARGE and does the same. The two counts must be equal. The files built by
services and tasks (readiness CSV/XLSX, the certificate ZIP, the monthly report PDF) are measured
the same way in `test_export_queries_do_not_grow`; the personal-data JSON/PDF, the certificate
overview PDF and the on-demand report PDF are built inside their GET and measured as pages.

Timings are never asserted; query counts are. The data set shared by the module is built once and
every test runs in a savepoint inside it (as in tests/test_access_matrix.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from tests.module_data import built_once

PROJECT_APPS = ("organisations", "courses", "assessments", "certificates", "dashboards", "elearning")

#: The two data sizes every page is measured at.
SMALL, LARGE = 2, 7

#: Our GET-less or workless URL patterns, with the reason they have no query-count case.
EXEMPT = {
    "healthz": "health probe: SELECT 1 and, with a broker, one COUNT of the outbox; no data-sized work",
    "livez": "liveness probe: no database at all",
    "wagtail_serve": "Wagtail's pages, measured per page type in PAGES (courses/routing.py serves them)",
    "cms/login/": "a RedirectView to allauth's login form: no queries",
    "_util/login/": "a RedirectView to allauth's login form: no queries",
    "^media/(?P<path>.*)$": "DEBUG's static file server: files, no database",
    "organisations:person_deactivate": "POST only (GET is 405)",
    "organisations:person_reactivate": "POST only (GET is 405)",
    "organisations:person_resend_invitation": "POST only (GET is 405)",
    "assessments:extend": "POST only (GET is 405)",
    "certificates:reissue": "POST only (GET is 405)",
    "certificates:bundle_request": "POST only (GET is 405)",
    "dashboards:remind": "POST only (GET is 405)",
    "dashboards:export_request": "POST only (GET is 405)",
}


# --- The URL configuration ------------------------------------------------------------------------


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            namespace = f"{prefix}{entry.namespace}:" if entry.namespace else prefix
            yield from _walk(entry.url_patterns, namespace)
        elif isinstance(entry, URLPattern):
            yield (f"{prefix}{entry.name}" if entry.name else str(entry.pattern)), entry


def our_url_keys() -> set[str]:
    """The name (or route, when unnamed) of every pattern of our apps: elearning/urls.py's own
    routes and everything our apps' URLconfs include. Third-party includes (Wagtail's admin and
    page serving, allauth, i18n) are left out; Wagtail's pages are covered by type (PAGES)."""
    keys = set()
    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLPattern):
            keys.add(entry.name or str(entry.pattern))
        elif isinstance(entry, URLResolver):
            module = getattr(entry.urlconf_module, "__name__", "")
            if module.split(".")[0] in PROJECT_APPS:
                keys |= {key for key, _pattern in _walk([entry])}
    return keys


def our_page_types() -> set[str]:
    from wagtail.models import get_page_models

    return {model.__name__ for model in get_page_models() if model._meta.app_label in PROJECT_APPS}


# --- The data set shared by the module --------------------------------------------------------------


@dataclass
class World:
    region: object
    team: object
    employee: object
    colleagues: list
    manager: object
    trainer: object
    programme: object
    eraser: object
    #: Two mandatory courses everyone must hold (the readiness figures are about these).
    certified: object
    second: object
    #: Seven live one-lesson courses, each (but the first) requiring the one before it.
    pool: list
    #: A course with SMALL lessons and one with LARGE lessons.
    lessons: dict
    module: object
    #: Assessments: one closed question (attempts, statistics, regrading); SMALL and LARGE items
    #: (a casus, an open and a multiple-choice question and n single-choice questions); one open
    #: question (grading).
    practice: object
    question: object
    sized: dict
    grading: object


def _person(key: str, **fields):
    from tests.factories import make_person

    return make_person(first_name="Test", last_name=key.title(), email=f"{key}@vragen.example", **fields)


def build_world() -> World:
    from django.contrib.auth.models import Permission

    from courses.models import LearningPath, LearningPathItem, ModulePage
    from dashboards.readiness import rebuild_all_requirements
    from organisations.models import Region, Role, Team
    from tests.factories import make_assessment, make_casus, make_course, make_question

    region = Region.objects.get(slug="groningen")
    team = Team.objects.create(region=region, name="Team Noord")
    employee = _person("leerling", team=team)
    # Five in the team and in Utrecht: above the small-number threshold at both sizes, so the
    # suppression of small groups (which skips queries) is the same in both measurements.
    colleagues = [_person(f"collega{i}", team=team) for i in range(4)]
    for index in range(5):
        _person(f"utrechter{index}", region_slug="utrecht")
    manager = _person("manager", role=Role.MANAGER)
    trainer = _person("trainer", role=Role.TRAINER)
    programme = _person("programma", role=Role.PROGRAMME, region_slug=None)
    eraser = _person("wisser", role=Role.PROGRAMME, region_slug=None)
    eraser.user_permissions.add(
        Permission.objects.get(codename="erase_person", content_type__app_label="organisations")
    )

    certified = make_course(code="Q1", lessons=1)
    second = make_course(code="Q2", lessons=1)
    path = LearningPath.objects.create(name="Iedereen")
    for order, course in enumerate((certified, second)):
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=order)
    pool = []
    for index in range(LARGE):
        pool.append(make_course(code=f"P{index}", lessons=1, prerequisites=pool[-1:]))
    lessons = {size: make_course(code=f"L{size}", lessons=size) for size in (SMALL, LARGE)}
    module_course = make_course(code="MOD", lessons=0)
    module = ModulePage(title="Module 1", slug="module-1")
    module_course.add_child(instance=module)
    module.save_revision().publish()

    toets = make_course(code="TOETS", lessons=0)
    question = make_question(competences=["C1"])
    practice = make_assessment(course=toets, pools={"C1": 1}, wait_hours=0, max_attempts=30, title="Oefentoets")
    for _ in range(LARGE):
        make_question(competences=["C2"])
    make_question(kind="open", competences=["C3"])
    make_question(
        kind="multiple",
        competences=["C4"],
        options=[
            {"text": "Eén", "correct": True, "feedback": "Ja.", "reference": "Meldcode"},
            {"text": "Twee", "correct": True, "feedback": "Ja.", "reference": "Meldcode"},
            {"text": "Drie", "correct": False, "feedback": "Nee.", "reference": "Meldcode"},
        ],
    )
    casus = make_casus()
    sized = {
        size: make_assessment(
            course=toets,
            casus=[casus],
            pools={"C2": size, "C3": 1, "C4": 1},
            wait_hours=0,
            max_attempts=30,
            title=f"Toets van {size}",
        )
        for size in (SMALL, LARGE)
    }
    make_question(kind="open", competences=["C5"])
    grading = make_assessment(course=toets, pools={"C5": 1}, wait_hours=0, max_attempts=30, title="Open vraag")
    rebuild_all_requirements()
    return World(
        region=region,
        team=team,
        employee=employee,
        colleagues=colleagues,
        manager=manager,
        trainer=trainer,
        programme=programme,
        eraser=eraser,
        certified=certified,
        second=second,
        pool=pool,
        lessons=lessons,
        module=module,
        practice=practice,
        question=question,
        sized=sized,
        grading=grading,
    )


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """Built once and rolled back after the module; each test runs in a savepoint inside it."""
    yield from built_once(
        build_world, django_db_blocker=django_db_blocker, media_root=str(tmp_path_factory.mktemp("query-media"))
    )


@dataclass
class Ctx:
    """One test's view of the world, and what its builders made so far."""

    w: World
    made: dict = field(default_factory=dict)
    #: Set by builders that make a fresh object per size (an attempt of n items, a bundle of n).
    current: dict = field(default_factory=dict)

    def grow(self, key: str, n: int, make: Callable[[int], object]) -> list:
        """The list `key` grown to n items, `make(index)` making each new one."""
        items = self.made.setdefault(key, [])
        while len(items) < n:
            items.append(make(len(items)))
        return items


# --- Builders: bring the data behind a page to size n -------------------------------------------------

TODAY = timezone.localdate()


def _certify(person, course, **kwargs):
    from tests.dashboards.test_readiness import certify

    return certify(person, course, **kwargs)


def people(ctx: Ctx, n: int) -> None:
    """n more people in the manager's region and team, of varied function and background, with
    certificates (valid, expiring) or none (overdue: they joined 100 days ago)."""
    from dashboards.readiness import rebuild_all_requirements
    from organisations.models import Background, Function

    functions = list(Function.objects.order_by("pk")[:3])
    backgrounds = [Background.EX_AMK, Background.NEW]

    def make(index: int):
        person = _person(f"groei{index}", team=ctx.w.team)
        person.memberships.update(
            function=functions[index % len(functions)],
            background=backgrounds[index % len(backgrounds)],
            valid_from=TODAY - timedelta(days=100),
        )
        if index % 2 == 0:
            _certify(person, ctx.w.certified)
        if index % 3 == 0:
            _certify(person, ctx.w.second, issued_days_ago=1080, valid_days=1095)
        return person

    ctx.grow("people", n, make)
    rebuild_all_requirements()


def teams(ctx: Ctx, n: int) -> None:
    """n more teams in the region (choices in the people forms), each with a member."""
    from organisations.models import Team

    def make(index: int):
        team = Team.objects.create(region=ctx.w.region, name=f"Team Groei {index}")
        _person(f"teamlid{index}", team=team)
        return team

    ctx.grow("teams", n, make)


def history(ctx: Ctx, n: int) -> None:
    """n earlier memberships (moves between teams and functions) and invitations of a colleague."""
    from organisations.models import Function, Invitation, Membership, Team

    person = ctx.w.colleagues[0]
    functions = list(Function.objects.order_by("pk")[:3])

    def make(index: int):
        start = TODAY - timedelta(days=1000 + 100 * index)
        team = Team.objects.create(region=ctx.w.region, name=f"Oud team {index}")
        Invitation.objects.create(
            user=person,
            invited_by=ctx.w.manager,
            created_at=timezone.now() - timedelta(days=index + 1),
            expires_at=timezone.now() - timedelta(days=index),
            revoked_at=timezone.now() - timedelta(days=index),
        )
        return Membership.objects.create(
            user=person,
            region=ctx.w.region,
            team=team,
            function=functions[index % len(functions)],
            valid_from=start,
            valid_to=start + timedelta(days=50),
        )

    ctx.grow("history", n, make)


def _answer_all(user, attempt, *, right: bool = False) -> None:
    """Answer every item of the attempt: casus step by step, questions wrong (or right)."""
    from assessments import scoring, services

    for item in attempt.items.order_by("position"):
        snapshot = item.snapshot
        if item.kind == "casus":
            decisions: dict = {}
            while True:
                _done, current = scoring.casus_path(snapshot, decisions)
                if current is None:
                    break
                step = next(s for s in snapshot["steps"] if s["key"] == current)
                decisions[current] = step["options"][0]["id"]
                answer = {"step": current, "option": decisions[current]}
                services.save_answer(user=user, attempt_id=attempt.pk, position=item.position, answer=answer)
            continue
        kind = snapshot["kind"]
        options = [o for o in snapshot.get("options", []) if o.get("correct") == right] or snapshot.get("options")
        if kind == "single":
            answer = {"option": options[0]["id"]}
        elif kind == "multiple":
            answer = {"options": [options[0]["id"]]}
        else:
            answer = {"text": "Een open antwoord."}
        services.save_answer(user=user, attempt_id=attempt.pk, position=item.position, answer=answer)


def _finished_attempt(user, assessment, *, right: bool = False):
    from assessments import services

    attempt = services.start_attempt(user=user, assessment=assessment)
    _answer_all(user, attempt, right=right)
    return services.submit_attempt(user=user, attempt_id=attempt.pk)


def own_attempts(ctx: Ctx, n: int) -> None:
    """n failed attempts of the employee at the practice assessment."""
    ctx.grow("own attempts", n, lambda index: _finished_attempt(ctx.w.employee, ctx.w.practice))


def attempts_by_others(ctx: Ctx, n: int) -> None:
    """n finished attempts by n people (statistics, regrading candidates)."""

    def make(index: int):
        person = _person(f"kandidaat{index}", region_slug="utrecht")
        return _finished_attempt(person, ctx.w.practice, right=index % 2 == 0)

    ctx.grow("attempts by others", n, make)


def open_answers(ctx: Ctx, n: int) -> None:
    """n open answers waiting for a trainer of the region, and n the trainer graded."""
    from assessments import services

    def make(index: int):
        person = _person(f"schrijver{index}")
        attempt = _finished_attempt(person, ctx.w.grading)
        return attempt.responses.get()

    waiting = ctx.grow("open answers", 2 * n, make)
    for response in waiting[: 2 * n : 2]:
        if response.graded_at is None:
            services.grade_response(grader=ctx.w.trainer, response_id=response.pk, levels=[1, 1], comment="Goed.")
            response.refresh_from_db()
    ctx.current["response"] = waiting[1]


def attempt_of(*, answered: bool, submitted: bool):
    """A builder: the employee's attempt of the assessment with n single-choice items (plus a casus,
    an open and a multiple-choice question), fresh for each size."""

    def build(ctx: Ctx, n: int) -> None:
        from assessments import services

        for attempt in ctx.made.get("attempts", []):
            if attempt.status == "open":
                services.submit_attempt(user=ctx.w.employee, attempt_id=attempt.pk)
        attempt = services.start_attempt(user=ctx.w.employee, assessment=ctx.w.sized[n])
        if answered:
            _answer_all(ctx.w.employee, attempt)
        if submitted:
            attempt = services.submit_attempt(user=ctx.w.employee, attempt_id=attempt.pk)
        ctx.made.setdefault("attempts", []).append(attempt)
        ctx.current["attempt"] = attempt

    return build


def regional_certificates(ctx: Ctx, n: int) -> None:
    """n certificates of n people in the region (valid, expiring, expired, revoked, renewal due)."""

    def make(index: int):
        person = _person(f"houder{index}", team=ctx.w.team)
        course = ctx.w.certified if index % 2 == 0 else ctx.w.second
        kwargs = [
            {},
            {"issued_days_ago": 1080, "valid_days": 1095},
            {"issued_days_ago": 1300, "valid_days": 1095},
            {"revoked": True},
        ][index % 4]
        certificate = _certify(person, course, **kwargs)
        certificate.pdf.save(f"test-{certificate.pk}.pdf", ContentFile(b"%PDF-1.4 test\n"), save=True)
        return certificate

    ctx.grow("regional certificates", n, make)


def learner_record(ctx: Ctx, n: int) -> None:
    """The employee's own record at size n: n assigned courses (every other completed with a
    certificate, one in progress), n reflections, n failed attempts, n record views by the manager,
    n reminders, and the readiness rows that follow from them."""
    from courses.models import Assignment, Enrolment, ReflectionAnswer
    from dashboards.models import ReadinessReminder
    from dashboards.readiness import refresh_requirements
    from dashboards.services import record_view

    employee = ctx.w.employee
    lessons = list(ctx.w.lessons[LARGE].get_children().specific().order_by("path"))

    def make(index: int):
        course = ctx.w.pool[index]
        Assignment.objects.create(
            course=course,
            region=ctx.w.region,
            user=employee,
            deadline=TODAY + timedelta(days=30 - 20 * (index % 3)),
            assigned_by=ctx.w.manager,
        )
        certificate = None
        if index % 2 == 0:
            certificate = _certify(employee, course, issued_days_ago=100 + 400 * (index % 3))
            certificate.pdf.save(f"eigen-{certificate.pk}.pdf", ContentFile(b"%PDF-1.4 test\n"), save=True)
        else:
            Enrolment.objects.create(user=employee, course=course, source="assignment", deadline=TODAY)
        ReflectionAnswer.objects.create(
            user=employee, lesson=lessons[index], block_id=f"refl-{index + 1}", text=f"Reflectie {index}"
        )
        _finished_attempt(employee, ctx.w.practice)
        record_view(actor=ctx.w.manager, person=employee)
        ReadinessReminder.objects.create(
            user=employee, region=ctx.w.region, sent_by=ctx.w.manager, day=TODAY - timedelta(days=index)
        )
        return certificate

    made = ctx.grow("learner record", n, make)
    ctx.current["certificate"] = next(c for c in made if c is not None)
    refresh_requirements([employee.pk])


def requirements_of(ctx: Ctx, n: int) -> None:
    """n mandatory courses for everyone (learning-path items), the colleague certified in half."""
    from courses.models import LearningPath, LearningPathItem
    from dashboards.readiness import rebuild_all_requirements

    path = LearningPath.objects.get(name="Iedereen")
    person = ctx.w.colleagues[0]

    def make(index: int):
        course = ctx.w.pool[index]
        LearningPathItem.objects.create(path=path, course=course, mandatory=True, due_within_days=30, sort_order=9)
        if index % 2 == 0:
            _certify(person, course)
        return course

    ctx.grow("requirements", n, make)
    rebuild_all_requirements()


def catalogue(ctx: Ctx, n: int) -> None:
    """n live courses in the pool (the rest unpublished), the employee enrolled in them and holding
    certificates of half."""
    from courses.models import CoursePage, Enrolment

    live = ctx.w.pool[:n]
    CoursePage.objects.filter(pk__in=[c.pk for c in ctx.w.pool[n:]]).update(live=False)
    CoursePage.objects.filter(pk__in=[c.pk for c in live]).update(live=True)

    def make(index: int):
        course = ctx.w.pool[index]
        if index % 2 == 0:
            return _certify(ctx.w.employee, course)
        return Enrolment.objects.create(user=ctx.w.employee, course=course, source="self")

    ctx.grow("catalogue", n, make)


def course_progress(ctx: Ctx, n: int) -> None:
    """The course of n lessons, the employee enrolled with all but the last lesson completed and a
    reflection on each; for the lesson page, the last lesson."""
    from courses.models import Enrolment, LessonCompletion, ReflectionAnswer

    course = ctx.w.lessons[n]
    lessons = list(course.get_children().specific().order_by("path"))
    enrolment = Enrolment.objects.create(user=ctx.w.employee, course=course, source="self")
    for index, lesson in enumerate(lessons[:-1]):
        LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson)
        ReflectionAnswer.objects.create(
            user=ctx.w.employee, lesson=lesson, block_id=f"refl-{index + 1}", text=f"Reflectie {index}"
        )
    ctx.current["course"] = course
    ctx.current["lesson"] = lessons[-1]


def module_lessons(ctx: Ctx, n: int) -> None:
    """n lessons in the module (whose page sends the learner on to its course)."""
    from courses.models import LessonPage

    def make(index: int):
        lesson = LessonPage(title=f"Moduleles {index}", slug=f"moduleles-{index}", body=[])
        ctx.w.module.add_child(instance=lesson)
        lesson.save_revision().publish()
        return lesson

    ctx.grow("module lessons", n, make)


def bundle_of(*, done: bool):
    """A builder: the manager's bundle of the region's n certificates (fresh for each size);
    built to a ZIP when `done`."""

    def build(ctx: Ctx, n: int) -> None:
        from certificates.services import build_bundle, request_bundle

        regional_certificates(ctx, n)
        ids = [c.pk for c in ctx.made["regional certificates"] if c.revoked_at is None]
        bundle = request_bundle(actor=ctx.w.manager, certificate_ids=ids)
        if done:
            build_bundle(bundle_id=bundle.pk)
        ctx.current["bundle"] = bundle

    return build


def export_of(*, done: bool, format: str = "csv"):
    """A builder: n people in the region and the manager's readiness export of them (fresh for each
    size); built to a file when `done`."""

    def build(ctx: Ctx, n: int) -> None:
        from dashboards.models import ReadinessExport
        from dashboards.services import build_export

        people(ctx, n)
        # One open export per requester and format (a partial unique constraint): the previous
        # size's waiting export gives way.
        ReadinessExport.objects.filter(requested_by=ctx.w.manager, status="pending").update(status="failed")
        export = ReadinessExport.objects.create(requested_by=ctx.w.manager, region=ctx.w.region, format=format)
        if done:
            build_export(export_id=export.pk)
        ctx.current["export"] = export

    return build


def invitation(ctx: Ctx, n: int) -> None:
    """An open invitation of a new person, with n earlier (revoked) invitations of other people."""
    from organisations.models import Invitation
    from organisations.services import issue_invitation_token

    def make(index: int):
        person = _person(f"genodigde{index}")
        return Invitation.objects.create(
            user=person, expires_at=timezone.now() + timedelta(days=7), revoked_at=timezone.now()
        )

    ctx.grow("invitations", n, make)
    person = _person(f"nieuw{n}")
    fresh = Invitation.objects.create(user=person, expires_at=timezone.now() + timedelta(days=7))
    ctx.current["token"] = issue_invitation_token(invitation=fresh)


# --- The cases ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    #: Who views the page: an attribute of World (a user), or "anonymous".
    viewer: str
    #: What n counts.
    what: str
    grow: Callable[[Ctx, int], None]
    #: The URL's kwargs (or the URL itself, for Wagtail pages).
    kwargs: Callable[[Ctx], dict] | None = None
    url: Callable[[Ctx], str] | None = None
    #: The query string, when the page needs one.
    query: Callable[[Ctx], dict] | None = None
    status: int = 200


def _pk(attribute: str) -> Callable[[Ctx], dict]:
    return lambda ctx: {"pk": ctx.current[attribute].pk}


def _colleague(ctx: Ctx) -> dict:
    return {"pk": ctx.w.colleagues[0].pk}


CASES: dict[str, Case] = {
    # Organisations.
    "organisations:privacy": Case("anonymous", "people in the region", people),
    "organisations:accept_invitation": Case(
        "anonymous", "invitations", invitation, kwargs=lambda ctx: {"token": ctx.current["token"]}
    ),
    "organisations:people_list": Case("manager", "people in the region", people),
    "organisations:person_create": Case("manager", "teams in the region", teams),
    "organisations:person_detail": Case("manager", "earlier memberships and invitations", history, _colleague),
    "organisations:person_edit": Case(
        "manager", "earlier memberships and teams", lambda ctx, n: (history(ctx, n), teams(ctx, n)), _colleague
    ),
    "organisations:person_erase": Case("eraser", "earlier memberships and invitations", history, _colleague),
    "organisations:my_data": Case("employee", "items of the learner's record", learner_record),
    "organisations:my_data_json": Case("employee", "items of the learner's record", learner_record),
    "organisations:my_data_pdf": Case("employee", "items of the learner's record", learner_record),
    # Courses.
    "courses:my_learning": Case("employee", "items of the learner's record", learner_record),
    "courses:assign": Case(
        "manager", "teams and recent assignments", lambda ctx, n: (teams(ctx, n), learner_record(ctx, n))
    ),
    # Assessments.
    "assessments:assessment": Case("employee", "earlier attempts", own_attempts, lambda ctx: {"pk": ctx.w.practice.pk}),
    "assessments:statistics": Case(
        "trainer", "finished attempts", attempts_by_others, lambda ctx: {"pk": ctx.w.practice.pk}
    ),
    "assessments:attempt": Case(
        "employee", "items in the attempt", attempt_of(answered=False, submitted=False), _pk("attempt"), status=302
    ),
    "assessments:item": Case(
        "employee",
        "items in the attempt",
        attempt_of(answered=True, submitted=False),
        lambda ctx: {"pk": ctx.current["attempt"].pk, "position": 2},
    ),
    "assessments:submit": Case(
        "employee", "items in the attempt", attempt_of(answered=True, submitted=False), _pk("attempt")
    ),
    "assessments:result": Case(
        "employee", "items in the attempt", attempt_of(answered=True, submitted=True), _pk("attempt")
    ),
    "assessments:regrade": Case(
        "trainer",
        "attempts with the question",
        attempts_by_others,
        lambda ctx: {"kind": "vraag", "pk": ctx.w.question.pk},
    ),
    "assessments:grading_queue": Case("trainer", "open answers waiting and graded", open_answers),
    "assessments:grade": Case("trainer", "open answers waiting and graded", open_answers, _pk("response")),
    # Certificates.
    "certificates:list": Case("manager", "certificates in the region", regional_certificates),
    "certificates:download": Case("employee", "certificates of the holder", learner_record, _pk("certificate")),
    "certificates:my_overview": Case("employee", "certificates of the holder", learner_record),
    "certificates:revoke": Case(
        "programme",
        "certificates of the holder",
        learner_record,
        query=lambda ctx: {"code": ctx.current["certificate"].code},
    ),
    "certificates:verify": Case("anonymous", "certificates in the region", regional_certificates),
    "certificates:verify_code": Case(
        "anonymous", "certificates of the holder", learner_record, lambda ctx: {"code": ctx.current["certificate"].code}
    ),
    "certificates:bundle": Case("manager", "certificates in the bundle", bundle_of(done=False), _pk("bundle")),
    "certificates:bundle_status": Case("manager", "certificates in the bundle", bundle_of(done=False), _pk("bundle")),
    "certificates:bundle_download": Case("manager", "certificates in the bundle", bundle_of(done=True), _pk("bundle")),
    # Dashboards.
    "dashboards:dashboard": Case("manager", "people in the region", people),
    "dashboards:team": Case("manager", "people in the team", people, lambda ctx: {"pk": ctx.w.team.pk}),
    "dashboards:person": Case("manager", "the person's mandatory courses", requirements_of, _colleague),
    "dashboards:actions": Case("manager", "people in the region", people, lambda ctx: {"status": "overdue"}),
    "dashboards:national": Case("programme", "people in the region", people),
    "dashboards:national_region": Case("programme", "people in the region", people, lambda ctx: {"slug": "groningen"}),
    "dashboards:export": Case("manager", "people in the export", export_of(done=False), _pk("export")),
    "dashboards:export_status": Case("manager", "people in the export", export_of(done=False), _pk("export")),
    "dashboards:export_download": Case("manager", "people in the export", export_of(done=True), _pk("export")),
    "dashboards:report": Case("manager", "people in the region", people),
}

#: The pages Wagtail serves, by page type, at the URL of a live instance.
PAGES: dict[str, Case] = {
    "HomePage": Case("employee", "items of the learner's record", learner_record, url=lambda ctx: "/"),
    "CourseCatalogPage": Case(
        "employee", "live courses, enrolments and certificates", catalogue, url=lambda ctx: _catalogue_url()
    ),
    "CoursePage": Case(
        "employee", "lessons in the course, completed", course_progress, url=lambda ctx: ctx.current["course"].url
    ),
    "LessonPage": Case(
        "employee", "lessons in the course, completed", course_progress, url=lambda ctx: ctx.current["lesson"].url
    ),
    "ModulePage": Case(
        "employee", "lessons in the module", module_lessons, url=lambda ctx: ctx.w.module.url, status=302
    ),
}


def _catalogue_url() -> str:
    from courses.models import CourseCatalogPage

    return CourseCatalogPage.objects.get().url


# --- Completeness ------------------------------------------------------------------------------------


def test_every_url_of_our_apps_has_an_entry():
    keys = our_url_keys()
    missing = sorted(keys - set(CASES) - set(EXEMPT))
    assert not missing, f"URLs without a query-count case in CASES (or a reason in EXEMPT): {missing}"
    both = sorted(set(CASES) & set(EXEMPT))
    assert not both, f"URLs both measured and exempt: {both}"
    stale = sorted(set(CASES) - keys) + sorted(key for key in EXEMPT if key not in keys and not key.startswith("^"))
    assert not stale, f"Entries for URLs that no longer exist: {stale}"


def test_every_page_type_of_our_apps_has_an_entry():
    types = our_page_types()
    assert types, "no Wagtail page models found in our apps"
    assert types == set(PAGES), (
        f"page types without a case: {sorted(types - set(PAGES))}; stale: {sorted(set(PAGES) - types)}"
    )


# --- Measuring ---------------------------------------------------------------------------------------


def _client(ctx: Ctx, viewer: str) -> Client:
    client = Client()
    if viewer != "anonymous":
        client.force_login(getattr(ctx.w, viewer), backend="organisations.auth_backends.CachedPermissionsBackend")
    return client


def _url(ctx: Ctx, key: str, case: Case) -> str:
    if case.url is not None:
        return case.url(ctx)
    return reverse(key, kwargs=case.kwargs(ctx) if case.kwargs else None)


def _read(response) -> None:
    if getattr(response, "streaming", False):
        b"".join(response.streaming_content)
    else:
        response.content  # noqa: B018  (a lazy response renders here)


def measure(client: Client, url: str, query: dict, status: int) -> list[str]:
    """The SQL of one GET, after a warm-up request and with our caches cleared."""
    client.get(url, query)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, query)
        _read(response)
    assert response.status_code == status, f"{url}: expected {status}, got {response.status_code}"
    return [q["sql"] for q in queries.captured_queries]


def _difference(small: list[str], large: list[str]) -> str:
    """The queries the larger measurement made more often, for the failure message."""
    import re
    from collections import Counter

    def shape(sql: str) -> str:
        # Literals (ids, timestamps) and the length of IN lists differ between the two runs; the
        # statement's shape does not.
        sql = re.sub(r"'[^']*'", "?", re.sub(r'SAVEPOINT "[^"]*"', "SAVEPOINT ?", sql))
        return re.sub(r"\?(, \?)+", "?", re.sub(r"\b\d+\b", "?", sql))

    extra = Counter(map(shape, large)) - Counter(map(shape, small))
    return "\n".join(f"  +{count}× {sql[:300]}" for sql, count in extra.most_common(5))


def assert_constant(world: World, key: str, case: Case) -> None:
    ctx = Ctx(w=world)
    counts = []
    for size in (SMALL, LARGE):
        case.grow(ctx, size)
        url = _url(ctx, key, case)
        query = case.query(ctx) if case.query else {}
        counts.append((url, measure(_client(ctx, case.viewer), url, query, case.status)))
    (small_url, small), (large_url, large) = counts
    assert len(small) == len(large), (
        f"{key} as {case.viewer}: {len(small)} queries with {SMALL} {case.what}, {len(large)} with {LARGE} "
        f"({small_url} → {large_url}): an N+1\n{_difference(small, large)}"
    )


@pytest.mark.parametrize("key", sorted(CASES))
def test_page_queries_do_not_grow(key, world, db, no_staff_mfa):
    assert_constant(world, key, CASES[key])


@pytest.mark.parametrize("page_type", sorted(PAGES))
def test_wagtail_page_queries_do_not_grow(page_type, world, db, no_staff_mfa):
    assert_constant(world, page_type, PAGES[page_type])


# --- Files built by services and tasks -----------------------------------------------------------------


def _build_export(format: str):
    def run(ctx: Ctx) -> None:
        from dashboards.models import ReadinessExport
        from dashboards.tasks import build_readiness_export_task

        export = ReadinessExport.objects.create(requested_by=ctx.w.manager, region=ctx.w.region, format=format)
        assert build_readiness_export_task.apply(args=[export.pk]).get() == "done"
        export.refresh_from_db()
        assert export.total == export.done > 0 and export.file

    return run


def _build_bundle(ctx: Ctx) -> None:
    from certificates.models import CertificateBundle
    from certificates.tasks import build_certificate_bundle_task

    # A new bundle each run (request_bundle would hand out the ZIP it just built).
    ids = ctx.current["bundle ids"]
    bundle = CertificateBundle.objects.create(
        requested_by=ctx.w.manager,
        region=ctx.w.region,
        certificate_ids=ids,
        fingerprint=f"meting-{CertificateBundle.objects.count()}",
        total=len(ids),
    )
    assert build_certificate_bundle_task.apply(args=[bundle.pk]).get() == "done"
    bundle.refresh_from_db()
    assert bundle.done == len(ids) and bundle.file


def _send_report(ctx: Ctx) -> None:
    from dashboards.models import MonthlyReport
    from dashboards.tasks import send_region_report_task

    month = date(2000 + len(ctx.made.setdefault("reports", [])), 1, 1)
    ctx.made["reports"].append(month)
    assert send_region_report_task.apply(args=[ctx.w.region.pk, month.isoformat()]).get() == "sent"
    assert MonthlyReport.objects.get(region=ctx.w.region, month=month).sent_at is not None


def bundle_certificates(ctx: Ctx, n: int) -> None:
    """The region's certificates grown until n of them are valid (revoked ones have no place in a
    ZIP); those n are the bundle's."""
    grown = len(ctx.made.get("regional certificates", []))
    while True:
        regional_certificates(ctx, grown)
        valid = sorted(c.pk for c in ctx.made.get("regional certificates", []) if c.revoked_at is None)
        if len(valid) >= n:
            ctx.current["bundle ids"] = valid[:n]
            return
        grown += 1


def _bundle_sizes() -> tuple[int, int]:
    # The ZIP build reports progress every BUNDLE_PROGRESS_EVERY certificates (one UPDATE each, by
    # design): both sizes hold the same number of progress steps, so any difference is per certificate.
    from certificates.services import BUNDLE_PROGRESS_EVERY

    return BUNDLE_PROGRESS_EVERY + 1, 2 * BUNDLE_PROGRESS_EVERY - 1


#: name → (grow, run, what n counts, sizes)
EXPORTS = {
    "readiness export CSV": (people, _build_export("csv"), "people in the region", (SMALL, LARGE)),
    "readiness export XLSX": (people, _build_export("xlsx"), "people in the region", (SMALL, LARGE)),
    "certificate ZIP": (bundle_certificates, _build_bundle, "certificates in the bundle", None),
    "monthly report PDF": (people, _send_report, "people in the region", (SMALL, LARGE)),
}


@pytest.mark.parametrize("name", sorted(EXPORTS))
def test_export_queries_do_not_grow(name, world, db, mailoutbox):
    grow, run, what, sizes = EXPORTS[name]
    sizes = sizes or _bundle_sizes()
    ctx = Ctx(w=world)
    counts = []
    for size in sizes:
        grow(ctx, size)
        run(ctx)  # warm-up: per-process caches (content types, fonts) settle
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            run(ctx)
        counts.append([q["sql"] for q in queries.captured_queries])
    small, large = counts
    assert len(small) == len(large), (
        f"{name}: {len(small)} queries with {sizes[0]} {what}, {len(large)} with {sizes[1]}: an N+1\n"
        f"{_difference(small, large)}"
    )
    if name == "monthly report PDF":
        assert len(mailoutbox) == 4  # warm-up and measured run at both sizes: the work really ran


def test_an_n_plus_one_is_caught(world, db, no_staff_mfa, monkeypatch):
    """The measurement can fail: the people list without its prefetch of current memberships reads
    each person's membership on its own, and the case says so."""
    from organisations import selectors

    people_visible_to = selectors.people_visible_to

    def without_prefetch(*args, **kwargs):
        people = people_visible_to(*args, **kwargs)
        return people.prefetch_related(None)

    monkeypatch.setattr(selectors, "people_visible_to", without_prefetch)
    with pytest.raises(AssertionError, match=r"organisations:people_list as manager: (\d+) queries with 2 .*an N\+1"):
        assert_constant(world, "organisations:people_list", CASES["organisations:people_list"])
