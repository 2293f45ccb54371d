"""Reads about courses and a learner's progress. Query counts are constant in the number of courses,
lessons and learners: lessons are fetched per course tree in one query, counts are aggregated in the
database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.db import connection
from django.db.models import Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Substr
from django.utils import timezone

from courses.extensions import notes_for
from courses.models import (
    Assignment,
    Competence,
    CourseCatalogPage,
    CoursePage,
    Enrolment,
    FormOfViolence,
    LearningPath,
    LearningPathItem,
    LessonCompletion,
    LessonPage,
)
from organisations.models import Function, Membership


def lessons_of(course: CoursePage) -> QuerySet[LessonPage]:
    """Live lessons of a course in reading order (tree order, through modules)."""
    return LessonPage.objects.live().descendant_of(course).order_by("path")


def lesson_counts(course_ids) -> dict[int, int]:
    """Number of live lessons per course, counted in the database (one query per distinct course
    depth, which in practice is one)."""
    paths = dict(CoursePage.objects.filter(pk__in=list(course_ids)).values_list("path", "pk"))
    counts = dict.fromkeys(paths.values(), 0)
    for length in {len(path) for path in paths}:
        prefixes = [path for path in paths if len(path) == length]
        rows = (
            LessonPage.objects.live()
            .annotate(course_path=Substr("path", 1, length))
            .filter(course_path__in=prefixes)
            .order_by()  # no default ordering in the GROUP BY
            .values("course_path")
            .annotate(n=Count("pk"))
            .values_list("course_path", "n")
        )
        for course_path, n in rows:
            counts[paths[course_path]] = n
    return counts


@dataclass(frozen=True)
class PathRequirement:
    course_id: int
    mandatory: bool
    deadline: date | None
    source: str


def path_items() -> list[tuple]:
    """Every item of every learning path of a live course, as rows for `match_path`. One query."""
    return list(
        LearningPathItem.objects.filter(course__live=True).values_list(
            "course_id", "mandatory", "due_within_days", "path__function", "path__background", "sort_order"
        )
    )


def match_path(items: list[tuple], function_id: int | None, background: str) -> list[tuple[int, bool, int | None]]:
    """The (course, mandatory, due within days) a person with this function and background must
    follow, in order. The one definition of "which paths apply", shared by enrolment and the
    readiness dashboards.

    A path for the person's background comes first (an ex-SHG employee starts with child abuse,
    an ex-AMK employee with partner violence and elder abuse), then the path for their function,
    then the paths for everyone. A course that appears twice keeps its first place.
    """
    matching = [row for row in items if row[3] in (function_id, None) and row[4] in (background, "")]
    matching.sort(key=lambda row: (row[4] == "", row[3] is None, row[5]))
    seen: dict[int, tuple[int, bool, int | None]] = {}
    for course_id, mandatory, due_days, _function, _background, _order in matching:
        seen.setdefault(course_id, (course_id, mandatory, due_days))
    return list(seen.values())


def path_requirements(membership: Membership | None) -> list[PathRequirement]:
    """Courses of the learning paths that match the person's function and background, in order
    (see `match_path`), with their deadlines."""
    if membership is None or membership.region_id is None:
        return []
    # Counted from the start of the membership, or from today for people who were already
    # working when the course joined the path (enrolment keeps the earliest deadline it saw).
    base = max(membership.valid_from, timezone.localdate())
    return [
        PathRequirement(course_id, mandatory, base + timedelta(days=due_days) if due_days else None, "path")
        for course_id, mandatory, due_days in match_path(path_items(), membership.function_id, membership.background)
    ]


def assignments_for(user) -> QuerySet[Assignment]:
    membership = user.current_membership
    condition = Q(user=user)
    if membership and membership.team_id:
        condition |= Q(team_id=membership.team_id)
    return Assignment.objects.filter(condition, course__live=True)


def completed_course_ids(user) -> set[int]:
    return set(Enrolment.objects.filter(user=user, completed_at__isnull=False).values_list("course_id", flat=True))


def missing_prerequisites(user, course: CoursePage, *, prerequisites: list | None = None) -> list[CoursePage]:
    """The course's live prerequisites this person has not completed (a caller that has the
    prerequisites already, courses.pagecache, passes them in)."""
    if prerequisites is None:
        prerequisites = list(course.prerequisites.live().order_by("title"))
    if not prerequisites:
        return []  # most courses: no need to read what this person completed
    done = completed_course_ids(user) if user.is_authenticated else set()
    return [p for p in prerequisites if p.pk not in done]


def current_enrolment(user, course: CoursePage) -> Enrolment | None:
    if not user.is_authenticated:
        return None
    return Enrolment.objects.filter(user=user, course=course).order_by("-cycle").first()


@dataclass
class LessonState:
    """What a lesson page needs to know about the learner."""

    enrolment: Enrolment | None  # the current cycle's, None before the first visit
    done: set[int]  # lessons completed in it
    missing: list[CoursePage]  # prerequisites not completed
    warning_acknowledged: bool


def lesson_state(user, course: CoursePage, lesson: LessonPage, *, prerequisites: list, warning: bool) -> LessonState:
    """The learner's enrolment in the course with its completed lessons, their completed
    prerequisites and (with `warning`) whether they acknowledged the lesson's content warning:
    the four questions every lesson view asks, in one statement.

    Written in SQL because it is the most frequent read of the platform: at 100,000 learners
    PostgreSQL answers it in 0.06 ms, while building and compiling it with the ORM took 2.1 ms
    (bench/profile_page.py).
    """
    from courses.models import ContentWarningAcknowledgement

    prerequisite_ids = [p.pk for p in prerequisites]
    if connection.vendor == "postgresql":
        lesson_ids = "string_agg(c.lesson_id::text, ',')"
    else:
        lesson_ids = "group_concat(c.lesson_id, ',')"
    # Only table names and placeholders are put into the text; every value is a parameter.
    acknowledged = (
        f"EXISTS (SELECT 1 FROM {ContentWarningAcknowledgement._meta.db_table} a"  # noqa: S608
        " WHERE a.user_id = %s AND a.lesson_id = %s)"
        if warning
        else "FALSE"
    )
    prerequisite_filter = (
        f" OR (e.course_id IN ({', '.join(['%s'] * len(prerequisite_ids))}) AND e.completed_at IS NOT NULL)"
        if prerequisite_ids
        else ""
    )
    sql = (
        f"SELECT e.*, (SELECT {lesson_ids} FROM {LessonCompletion._meta.db_table} c WHERE c.enrolment_id = e.id)"  # noqa: S608
        f" AS done_lessons, {acknowledged} AS acknowledged"
        f" FROM {Enrolment._meta.db_table} e WHERE e.user_id = %s AND (e.course_id = %s{prerequisite_filter})"
        " ORDER BY e.cycle DESC"
    )
    params = [user.pk, lesson.pk] if warning else []
    params += [user.pk, course.pk, *prerequisite_ids]
    rows = list(Enrolment.objects.raw(sql, params))
    enrolment = next((row for row in rows if row.course_id == course.pk), None)
    done_courses = {row.course_id for row in rows if row.completed_at}
    if not warning:
        was_acknowledged = False
    elif rows:
        was_acknowledged = bool(rows[0].acknowledged)
    else:  # no enrolment yet: the question still needs its answer
        was_acknowledged = warning_acknowledged(user, lesson)
    return LessonState(
        enrolment=enrolment,
        done={int(pk) for pk in enrolment.done_lessons.split(",")} if enrolment and enrolment.done_lessons else set(),
        missing=[p for p in prerequisites if p.pk not in done_courses],
        warning_acknowledged=was_acknowledged,
    )


@dataclass
class LessonRow:
    lesson: LessonPage
    completed: bool
    current: bool


_UNSET = object()


def course_overview(
    user,
    course: CoursePage,
    *,
    enrolment=_UNSET,
    done: set[int] | None = None,
    missing=None,
    details: bool = True,
    lessons: list | None = None,
) -> dict:
    """Everything the course page shows: lessons with status, progress, lock and its reason.

    A caller that already has the enrolment (and its completed lessons), the missing
    prerequisites or the live lessons passes them in; the lesson page passes details=False to
    skip the taxonomy it does not show.
    """
    if enrolment is _UNSET:
        enrolment = current_enrolment(user, course)
    if lessons is None:
        lessons = list(lessons_of(course))  # LessonPage rows already: .specific() would add a query
    if done is None:
        done = set(enrolment.lesson_completions.values_list("lesson_id", flat=True)) if enrolment else set()
    rows = [
        LessonRow(lesson, lesson.pk in done, bool(enrolment and enrolment.last_lesson_id == lesson.pk))
        for lesson in lessons
    ]
    if missing is None:
        missing = missing_prerequisites(user, course)
    # Resume where the learner left off: the last lesson they opened, unless they finished it, in
    # which case the first unfinished lesson after it (or before it, if they skipped ahead).
    next_lesson = None
    if enrolment and enrolment.last_lesson_id and not enrolment.completed_at:
        index = next((i for i, row in enumerate(rows) if row.lesson.pk == enrolment.last_lesson_id), None)
        if index is not None:
            if not rows[index].completed:
                next_lesson = rows[index].lesson
            else:
                ordered = rows[index + 1 :] + rows[:index]
                next_lesson = next((row.lesson for row in ordered if not row.completed), None)
    if next_lesson is None:
        next_lesson = next((row.lesson for row in rows if not row.completed), None)
    return {
        "enrolment": enrolment,
        "lesson_rows": rows,
        "lessons_done": len(done & {lesson.pk for lesson in lessons}),
        "lessons_total": len(lessons),
        "progress_percent": round(100 * len(done) / len(lessons)) if lessons else 0,
        "missing_prerequisites": missing,
        "locked": bool(missing),
        "next_lesson": next_lesson,
        **(
            {
                "competence_list": list(course.competences.all()),
                "function_list": list(course.target_functions.all()),
                "violence_list": list(course.forms_of_violence.all()),
            }
            if details
            else {}
        ),
    }


@dataclass
class LearningItem:
    enrolment: Enrolment
    course: CoursePage
    lessons_done: int
    lessons_total: int
    locked_by: list[CoursePage] = field(default_factory=list)
    #: What upper apps say is still to do (e.g. a required assessment), see courses.extensions.
    still_to_do: list[str] = field(default_factory=list)

    @property
    def progress_percent(self) -> int:
        return round(100 * self.lessons_done / self.lessons_total) if self.lessons_total else 0

    @property
    def is_overdue(self) -> bool:
        return bool(
            self.enrolment.deadline
            and not self.enrolment.completed_at
            and self.enrolment.deadline < timezone.localdate()
        )

    @property
    def needs_recertification(self) -> bool:
        return bool(
            self.enrolment.completed_at
            and (self.enrolment.completed_version or 0) < self.course.recertify_below_version
        )


def learning_overview(user) -> dict:
    """The learner's home (/mijn-leren/): assigned, in progress, completed and overdue courses.

    A fixed number of queries whatever the number of courses: enrolments with courses, completed
    lesson counts, live lesson paths, prerequisites, and what upper apps add (courses.extensions).
    """
    enrolments = list(
        Enrolment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .annotate(done=Count("lesson_completions"))
        .order_by("deadline", "enrolled_at")
    )
    latest: dict[int, Enrolment] = {}
    for enrolment in enrolments:
        if enrolment.course_id not in latest or enrolment.cycle > latest[enrolment.course_id].cycle:
            latest[enrolment.course_id] = enrolment
    totals = lesson_counts(latest)
    completed = {cid for cid, e in latest.items() if e.completed_at}
    prerequisites: dict[int, list[CoursePage]] = {}
    for through in CoursePage.prerequisites.through.objects.filter(from_coursepage_id__in=list(latest)).select_related(
        "to_coursepage"
    ):
        if through.to_coursepage_id not in completed:
            prerequisites.setdefault(through.from_coursepage_id, []).append(through.to_coursepage)

    notes = notes_for([e for e in latest.values() if not e.completed_at])
    items = [
        LearningItem(
            e, e.course, e.done, totals.get(e.course_id, 0), prerequisites.get(e.course_id, []), notes.get(e.pk, [])
        )
        for e in latest.values()
    ]
    overdue = [i for i in items if i.is_overdue]
    return {
        "overdue": overdue,
        "in_progress": [i for i in items if not i.enrolment.completed_at and i.lessons_done and not i.is_overdue],
        "to_start": [i for i in items if not i.enrolment.completed_at and not i.lessons_done and not i.is_overdue],
        "completed": [i for i in items if i.enrolment.completed_at],
        "has_anything": bool(items),
    }


def catalogue_for(user, *, params, catalogue: CourseCatalogPage) -> dict:
    """Search and filter the live courses under the catalogue."""
    courses = CoursePage.objects.live().child_of(catalogue).order_by("code", "title")
    competence = params.get("competentie") or ""
    function = params.get("functie") or ""
    violence = params.get("vorm") or ""
    query = (params.get("q") or "").strip()
    if competence:
        courses = courses.filter(competences__code=competence)
    if function:
        courses = courses.filter(Q(target_functions__slug=function) | Q(for_all_functions=True))
    if violence:
        courses = courses.filter(forms_of_violence__slug=violence)
    courses = courses.distinct()
    if query:
        matching = [page.pk for page in CoursePage.objects.live().child_of(catalogue).search(query)]
        lesson_hits = LessonPage.objects.live().descendant_of(catalogue).search(query)
        course_path_length = len(catalogue.path) + CoursePage.steplen
        course_paths = {lesson.path[:course_path_length] for lesson in lesson_hits}
        courses = courses.filter(Q(pk__in=matching) | Q(path__in=course_paths))
    courses = courses.prefetch_related("competences", "forms_of_violence")
    if user.is_authenticated:
        courses = courses.annotate(
            is_enrolled=Exists(Enrolment.objects.filter(user=user, course=OuterRef("pk"))),
            is_completed=Exists(Enrolment.objects.filter(user=user, course=OuterRef("pk"), completed_at__isnull=False)),
        )
    courses = list(courses)
    counts = lesson_counts([c.pk for c in courses])
    for course in courses:
        course.lesson_count = counts.get(course.pk, 0)
    return {
        "courses": courses,
        "query": query,
        "competences": Competence.objects.all(),
        "functions": Function.objects.all(),
        "violence_forms": FormOfViolence.objects.all(),
        "selected": {"competentie": competence, "functie": function, "vorm": violence},
    }


def catalogue_page() -> CourseCatalogPage | None:
    return CourseCatalogPage.objects.live().first()


def catalogue_url() -> str | None:
    """The catalogue's address, which the menu shows on every page: cached with the page tree."""
    from courses.pagecache import TREE_VERSION
    from organisations import versions

    def url() -> str | None:
        page = catalogue_page()
        return page.url if page is not None else None

    return versions.remembered(f"courses:catalogue-url:{versions.current(TREE_VERSION)}", url)


def learning_paths_matching(membership: Membership) -> QuerySet[LearningPath]:
    return LearningPath.objects.filter(
        Q(function=membership.function_id) | Q(function__isnull=True),
        Q(background=membership.background) | Q(background=""),
    )


def is_lesson_completed(enrolment: Enrolment | None, lesson: LessonPage) -> bool:
    return bool(enrolment) and LessonCompletion.objects.filter(enrolment=enrolment, lesson=lesson).exists()


def next_lesson_after(course: CoursePage, lesson: LessonPage) -> LessonPage | None:
    return lessons_of(course).filter(path__gt=lesson.path).first()


def warning_acknowledged(user, lesson: LessonPage) -> bool:
    from courses.models import ContentWarningAcknowledgement

    return ContentWarningAcknowledgement.objects.filter(user=user, lesson=lesson).exists()


# --- The person's own data (organisations.personal_data) ----------------------------------------


def personal_data_labels() -> dict:
    """Dutch labels for the keys of `personal_data`, for the readable PDF."""
    from django.utils.translation import gettext_lazy as _

    return {
        "enrolments": _("Inschrijvingen"),
        "course": _("Cursus"),
        "course_code": _("Cursuscode"),
        "cycle": _("Cyclus"),
        "source": _("Hoe ingeschreven"),
        "mandatory": _("Verplicht"),
        "deadline": _("Deadline"),
        "enrolled_at": _("Ingeschreven op"),
        "last_activity_at": _("Laatst actief"),
        "completed_at": _("Afgerond op"),
        "completed_version": _("Afgeronde cursusversie"),
        "lesson_completions": _("Afgeronde lessen"),
        "lesson": _("Les"),
        "reflections": _("Uw reflecties"),
        "question": _("Vraag"),
        "text": _("Uw antwoord"),
        "updated_at": _("Laatst gewijzigd"),
        "content_warnings": _("Gelezen inhoudswaarschuwingen"),
        "acknowledged_at": _("Gelezen op"),
        "assignments": _("Toegewezen cursussen"),
        "assigned_to": _("Toegewezen aan"),
        "created_at": _("Toegewezen op"),
    }


def personal_data(user) -> dict:
    """Everything courses holds about `user`: enrolments, finished lessons, their own reflection
    answers, content warnings they confirmed, and courses assigned to them or their current team.

    For the person themselves (organisations.personal_data); nothing about other people, not even
    who assigned a course. Reads only; a fixed number of queries plus one per lesson with
    reflections (to show the question)."""
    from django.db.models import Q
    from django.utils.translation import gettext as _

    from courses.models import (
        Assignment,
        ContentWarningAcknowledgement,
        Enrolment,
        EnrolmentSource,
        LessonCompletion,
        ReflectionAnswer,
    )

    sources = dict(EnrolmentSource.choices)
    enrolments = [
        {
            "course": e.course.title,
            "course_code": e.course.code,
            "cycle": e.cycle,
            "source": sources.get(e.source, e.source),
            "mandatory": e.mandatory,
            "deadline": e.deadline,
            "enrolled_at": e.enrolled_at,
            "last_activity_at": e.last_activity_at,
            "completed_at": e.completed_at,
            "completed_version": e.completed_version,
        }
        for e in Enrolment.objects.filter(user=user).select_related("course").order_by("enrolled_at", "pk")
    ]
    completions = [
        {
            "course": c.enrolment.course.title,
            "cycle": c.enrolment.cycle,
            "lesson": c.lesson.title,
            "completed_at": c.completed_at,
        }
        for c in LessonCompletion.objects.filter(enrolment__user=user)
        .select_related("enrolment__course", "lesson")
        .order_by("completed_at", "pk")
    ]
    questions: dict[int, dict[str, str]] = {}
    reflections = []
    for answer in ReflectionAnswer.objects.filter(user=user).select_related("lesson").order_by("updated_at", "pk"):
        if answer.lesson_id not in questions:
            questions[answer.lesson_id] = {
                block.id: block.value["question"] for block in answer.lesson.body if block.block_type == "reflection"
            }
        reflections.append(
            {
                "lesson": answer.lesson.title,
                "question": questions[answer.lesson_id].get(answer.block_id, ""),
                "text": answer.text,
                "updated_at": answer.updated_at,
            }
        )
    warnings = [
        {"lesson": a.lesson.title, "acknowledged_at": a.acknowledged_at}
        for a in ContentWarningAcknowledgement.objects.filter(user=user)
        .select_related("lesson")
        .order_by("acknowledged_at", "pk")
    ]
    # A team assignment concerns whoever is in the team now, as on Mijn leren.
    membership = user.memberships.filter(valid_to__isnull=True).first()
    team_ids = [membership.team_id] if membership and membership.team_id else []
    assignments = [
        {
            "course": a.course.title,
            "assigned_to": _("u persoonlijk") if a.user_id == user.pk else _("uw team %(team)s") % {"team": a.team},
            "deadline": a.deadline,
            "created_at": a.created_at,
        }
        for a in Assignment.objects.filter(Q(user=user) | Q(team_id__in=team_ids))
        .select_related("course", "team")
        .order_by("created_at", "pk")
    ]
    return {
        "enrolments": enrolments,
        "lesson_completions": completions,
        "reflections": reflections,
        "content_warnings": warnings,
        "assignments": assignments,
    }
