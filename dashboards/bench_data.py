"""A large, believable data set for benchmarking the readiness dashboards.

`generate(learners=N)` adds N invented people (e-mail `…@bench.example`) spread over the active
regions, with teams, memberships, learning-path enrolments, team assignments, lesson progress,
assessment attempts with competence results, and certificates; N = 100,000 gives about 2 million
attempt rows. `reset()` removes those people and every row that hangs off them, and nothing else.

What it builds on: the course catalogue, learning paths and assessments that exist. Without a live
course it runs `seed_demo` first. It adds one thing to the catalogue: an "Oefentoets" (practice
test: not required, unlimited attempts) for each course with a required assessment that has no
practice test yet, because the assessment rules allow at most a few attempts per enrolment and
none after a pass; retakes of a practice test are where most of the attempt rows come from. Teams
are looked up by name and created when missing; `reset()` leaves them (and the practice tests).

What it leaves out, on purpose: AttemptItem and Response rows (tens of millions of rows that the
dashboards never read; attempts carry their totals and `competence_scores`), lesson completions
of *completed* enrolments (the dashboards read `Enrolment.completed_at`; only unfinished
enrolments get lesson rows, so "in progress" can be counted), invitations, e-mail addresses,
reflections, sessions and PDFs.

How it stays fast: rows are built as tuples in Python, people in chunks, and each chunk is written
in one transaction: with COPY on PostgreSQL, `bulk_create(batch_size=5000)` elsewhere. Primary keys
of the parent tables are handed out here (from the current maximum), so children can point at
them without reading anything back; the sequences are moved past them at the end. That assumes
nobody else writes these tables during the run — a benchmark database, not a live one.

Reproducible: one `random.Random(seed)` drives every choice, so a run on the same catalogue and
day gives the same rows and counts (certificate codes excepted: they come from `secrets`, like
the real ones).
"""

from __future__ import annotations

import io
import queue
import random
import secrets
import threading
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from time import perf_counter

from django.apps import apps
from django.contrib.auth.hashers import make_password
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import DatabaseError, connection, models, transaction
from django.utils import timezone

from assessments.models import (
    Assessment,
    AssessmentCasus,
    AssessmentPool,
    Attempt,
    AttemptStatus,
    CompetenceResult,
    FeedbackMode,
    Question,
)
from certificates.models import CODE_ALPHABET, CODE_LENGTH, Certificate
from certificates.services import add_months
from courses.models import (
    Assignment,
    Competence,
    CoursePage,
    Enrolment,
    EnrolmentSource,
    LearningPathItem,
    LessonCompletion,
    LessonPage,
)
from organisations.demo import FIRST_NAMES, LAST_NAMES
from organisations.models import (
    AuditAction,
    AuditEvent,
    Background,
    Function,
    Membership,
    Region,
    Role,
    Team,
    User,
)
from organisations.services import TRAINERS_GROUP

BENCH_DOMAIN = "bench.example"
BENCH_PASSWORD = "Bench-wachtwoord-2026"  # noqa: S105  (benchmark accounts only)

#: People per transaction: small enough to keep a chunk's rows (≈ 20 attempts each) in memory.
CHUNK_PEOPLE = 2000

#: Inhabitants (thousands) per Veilig Thuis region, rounded; a region's staff grows less than
#: linearly with its population (`** 0.66`), so the largest region gets about 3× the smallest.
REGION_POPULATION = {
    "groningen": 590,
    "friesland": 655,
    "drenthe": 500,
    "ijsselland": 535,
    "twente": 630,
    "noord-en-oost-gelderland": 830,
    "gelderland-midden": 680,
    "gelderland-zuid": 560,
    "flevoland": 440,
    "utrecht": 1370,
    "gooi-en-vechtstreek": 260,
    "amsterdam-amstelland": 1070,
    "zaanstreek-waterland": 345,
    "kennemerland": 545,
    "noord-holland-noord": 680,
    "haaglanden": 1130,
    "hollands-midden": 820,
    "rotterdam-rijnmond": 1300,
    "zuid-holland-zuid": 450,
    "zeeland": 390,
    "west-brabant": 730,
    "midden-brabant": 480,
    "brabant-noordoost": 660,
    "brabant-zuidoost": 780,
    "limburg-noord": 520,
    "zuid-limburg": 600,
}

#: Share of employees per function (slug); functions not listed here get weight 4.
FUNCTION_WEIGHTS = {
    "advies-en-meldingen": 18,
    "veiligheidsbeoordeling": 16,
    "onderzoeker": 26,
    "vv-monitoring": 16,
    "gedragswetenschapper": 12,
    "vertrouwensarts": 4,
    "jurist": 3,
    "teamleider": 0,  # managers
}

#: A region's teams in the order they are added as the region grows (4 to 9), with the function
#: most of their members have; "{x}" becomes a number or a compass point, as regions name them.
TEAM_LINEUP = [
    ("Advies en Meldingen", "advies-en-meldingen"),
    ("Veiligheidsbeoordeling", "veiligheidsbeoordeling"),
    ("Onderzoek {x}", "onderzoeker"),
    ("Voorwaarden & Vervolg", "vv-monitoring"),
    ("Onderzoek {x}", "onderzoeker"),
    ("Triage {x}", "advies-en-meldingen"),
    ("Spoed en Crisis", None),
    ("Monitoring", "vv-monitoring"),
    ("Onderzoek {x}", "onderzoeker"),
]
TEAM_LABELS = {"nummers": ["1", "2", "3"], "windstreken": ["Noord", "Zuid", "Oost"]}

#: Practice-test attempts per started enrolment: 1 + the whole part of an exponential with this
#: mean (1 + 1.06 on average), for 4 in 5 learners. With the demo catalogue (and its major revision
#: of M05) this gives about 22 attempt rows per person.
PRACTICE_MEAN_EXTRA = 1.5

FINAL = AttemptStatus.FINAL.value

REVOCATION_REASONS = [
    "Toets bleek door een ander gemaakt; de medewerker doet de cursus opnieuw.",
    "Certificaat op de verkeerde naam uitgegeven; een nieuw certificaat volgt.",
    "Cursus afgerond tijdens een storing in de toetsafname; de toets wordt herhaald.",
]


class BenchDataError(Exception):
    """The generator refuses: bench people exist already, or the request makes no sense."""


def verification_code() -> str:
    """A code like certificates.models.new_verification_code() makes — same alphabet, length and
    100 random bits — from one call to the system's randomness instead of twenty: that function
    would take a minute for the half million certificates of a large run."""
    bits = secrets.randbits(5 * CODE_LENGTH)
    return "".join(CODE_ALPHABET[(bits >> (5 * i)) & 31] for i in range(CODE_LENGTH))


def bench_users() -> models.QuerySet[User]:
    return User.objects.filter(email__endswith=f"@{BENCH_DOMAIN}")


# --- Removing ------------------------------------------------------------------------------------


def reset(*, log: Callable[[str], object] = print) -> dict[str, int]:
    """Delete the bench people and every row that points at them, children first, in bulk.

    Follows every foreign key in the project (installed apps included) instead of a fixed list, so a
    table added later is not forgotten: rows that would cascade or are protected are deleted, nullable
    SET_NULL references are cleared. One DELETE or UPDATE per table and path, whatever the number of
    rows. One transaction. Returns the deleted rows per table. Safe to run when there is nothing to
    delete. Teams and practice tests stay (see the module docstring).
    """
    started = perf_counter()
    qn = connection.ops.quote_name
    referencing = _referencing_fields()
    deleted: Counter[str] = Counter()
    where = f"{qn(User._meta.get_field('email').column)} LIKE %s"
    with transaction.atomic(), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            _bulk_session()
        _purge(cursor, User, where, [f"%@{BENCH_DOMAIN}"], referencing, deleted, trail=())
    counts = {table: n for table, n in deleted.items() if n}
    log(
        f"reset: {counts.get(User._meta.db_table, 0):,} bench people and "
        f"{sum(counts.values()) - counts.get(User._meta.db_table, 0):,} rows hanging off them deleted "
        f"in {perf_counter() - started:.1f} s"
    )
    return counts


def _referencing_fields() -> dict[type[models.Model], list[tuple[type[models.Model], models.Field]]]:
    """model → [(model with a foreign key to it, that field)], for every table in the database."""
    referencing = defaultdict(list)
    # A model whose migration has not run yet has no table, hence no rows to delete.
    tables = set(connection.introspection.table_names())
    for model in apps.get_models(include_auto_created=True):
        if model._meta.proxy or not model._meta.managed or model._meta.db_table not in tables:
            continue
        for model_field in model._meta.local_concrete_fields:
            if model_field.is_relation and (model_field.many_to_one or model_field.one_to_one):
                target = model_field.remote_field.model._meta.concrete_model
                referencing[target].append((model, model_field))
    return referencing


def _purge(cursor, model, where: str, params: list, referencing, deleted: Counter, trail: tuple) -> None:
    # Only table and column names from the models' metadata (quoted) go into the SQL text; the one
    # value, the e-mail pattern, stays a parameter.
    qn = connection.ops.quote_name
    table = qn(model._meta.db_table)
    for child, fk in referencing.get(model, ()):
        on_delete = fk.remote_field.on_delete
        if on_delete is models.DO_NOTHING and not fk.db_constraint:
            continue  # no constraint, nothing to keep consistent (e.g. Wagtail's log entries)
        selected = f"SELECT {qn(fk.target_field.column)} FROM {table} WHERE {where}"  # noqa: S608
        condition = f"{qn(fk.column)} IN ({selected})"
        clears = on_delete in (models.SET_NULL, models.SET_DEFAULT) or (
            getattr(on_delete, "__name__", "") == "set_on_delete"
        )
        if clears and fk.null:
            update = f"UPDATE {qn(child._meta.db_table)} SET {qn(fk.column)} = NULL WHERE {condition}"  # noqa: S608
            cursor.execute(update, params)
        elif child is not model and child not in trail:
            _purge(cursor, child, condition, params, referencing, deleted, trail + (model,))
    cursor.execute(f"DELETE FROM {table} WHERE {where}", params)  # noqa: S608
    deleted[model._meta.db_table] += max(cursor.rowcount, 0)


# --- The catalogue as plain data ---------------------------------------------------------------


@dataclass
class AssessmentInfo:
    pk: int
    title: str
    required: bool
    pass_mark: int
    feedback_mode: str
    time_limit: int | None
    max_attempts: int | None
    wait_hours: int
    has_casus: bool
    #: (competence code, competence id, maximum points); code None: a test without competences.
    competences: list[tuple[str | None, int | None, float]]

    @property
    def max_total(self) -> float:
        return sum(maximum for _code, _pk, maximum in self.competences)


@dataclass
class CourseInfo:
    pk: int
    title: str
    code: str
    version: int
    study_load_hours: Decimal
    accreditation_body: str
    accreditation_number: str
    accreditation_points: int | None
    validity_months: int
    #: Completions of versions below this one must be renewed by `renewal_deadline`.
    recertify_below: int
    renewal_deadline: date | None
    #: The day of the last major revision (courses past version 1): completions before it are of
    #: the previous version.
    revised_on: date | None
    competences: list[str]
    lessons: list[int]
    required: list[AssessmentInfo] = field(default_factory=list)
    practice: AssessmentInfo | None = None


@dataclass
class Catalogue:
    courses: dict[int, CourseInfo]
    #: (function id, background) → [(course id, mandatory, due within days)], as path_requirements orders them.
    requirements: dict[tuple[int | None, str], list[tuple[int, bool, int | None]]]


def _ensure_practice_tests(log) -> int:
    """An "Oefentoets" per course that has a required assessment and no practice test yet: the
    same competences as the first two pools of the required test, unlimited attempts, no wait."""
    made = 0
    required = (
        Assessment.objects.filter(required=True, course__live=True)
        .exclude(course__assessments__required=False)
        .order_by("course_id", "pk")
    )
    seen: set[int] = set()
    for assessment in required:
        if assessment.course_id in seen:
            continue
        seen.add(assessment.course_id)
        practice = Assessment.objects.create(
            course_id=assessment.course_id,
            title=f"Oefentoets: {assessment.title}"[:200],
            introduction="Oefen zo vaak als u wilt. De uitslag telt niet mee voor het afronden van de cursus.",
            required=False,
            pass_mark_percent=60,
            max_attempts=None,
            wait_hours=0,
            feedback_mode=FeedbackMode.IMMEDIATE,
        )
        for order, pool in enumerate(assessment.pools.order_by("sort_order")[:2]):
            AssessmentPool.objects.create(
                assessment=practice,
                competence_id=pool.competence_id,
                question_count=min(pool.question_count, 3),
                sort_order=order,
            )
        made += 1
    if made:
        log(f"catalogue: {made} practice tests added")
    return made


def _load_catalogue() -> Catalogue:
    """Everything the generator needs from the catalogue, in a fixed number of queries (plus one
    per course for its lessons and one per casus for its steps)."""
    competence_codes = dict(Competence.objects.values_list("pk", "code"))
    points: dict[int, list[int]] = defaultdict(list)
    for competence_id, question_points in Question.objects.filter(is_active=True).values_list("competences", "points"):
        if competence_id:
            points[competence_id].append(question_points)
    courses: dict[int, CourseInfo] = {}
    for course in CoursePage.objects.live().prefetch_related("competences").order_by("path"):
        courses[course.pk] = CourseInfo(
            pk=course.pk,
            title=course.title,
            code=course.code,
            version=course.version,
            study_load_hours=course.study_load_hours,
            accreditation_body=course.accreditation_body,
            accreditation_number=course.accreditation_number,
            accreditation_points=course.accreditation_points,
            validity_months=course.certificate_validity_months or 36,
            recertify_below=course.recertify_below_version,
            renewal_deadline=course.renewal_deadline,
            revised_on=_revised_on(course),
            competences=[str(c) for c in sorted(course.competences.all(), key=lambda c: c.code)],
            lessons=list(LessonPage.objects.live().descendant_of(course).order_by("path").values_list("pk", flat=True)),
        )
    assessments = list(Assessment.objects.filter(course_id__in=courses, is_active=True).order_by("pk"))
    maxima: dict[int, dict[int, float]] = defaultdict(dict)
    for pool in AssessmentPool.objects.filter(assessment__in=assessments).order_by("assessment_id", "sort_order"):
        per_question = points.get(pool.competence_id) or [1]
        average = max(0.5, round(2 * sum(per_question) / len(per_question)) / 2)
        table = maxima[pool.assessment_id]
        table[pool.competence_id] = table.get(pool.competence_id, 0.0) + pool.question_count * average
    with_casus: set[int] = set()
    by_code = {code: pk for pk, code in competence_codes.items()}
    for link in AssessmentCasus.objects.filter(assessment__in=assessments).select_related("casus"):
        with_casus.add(link.assessment_id)
        for step in link.casus.snapshot()["steps"]:
            competence_id = step["competence_id"] or by_code.get(step["competence"])
            best = max((option["points"] or 0 for option in step["options"]), default=0)
            if competence_id and best:
                table = maxima[link.assessment_id]
                table[competence_id] = table.get(competence_id, 0.0) + float(best)
    for assessment in assessments:
        competences = [
            (competence_codes[pk], pk, float(maximum))
            for pk, maximum in sorted(maxima[assessment.pk].items(), key=lambda item: competence_codes[item[0]])
        ] or [(None, None, 10.0)]
        info = AssessmentInfo(
            pk=assessment.pk,
            title=assessment.title,
            required=assessment.required,
            pass_mark=assessment.pass_mark_percent,
            feedback_mode=assessment.feedback_mode,
            time_limit=assessment.time_limit_minutes,
            max_attempts=assessment.max_attempts,
            wait_hours=assessment.wait_hours,
            has_casus=assessment.pk in with_casus,
            competences=competences,
        )
        course = courses[assessment.course_id]
        if info.required:
            course.required.append(info)
        elif course.practice is None:
            course.practice = info

    # courses.selectors.path_requirements, once per (function, background) instead of per person.
    items = list(
        LearningPathItem.objects.filter(course_id__in=courses).values_list(
            "course_id", "mandatory", "due_within_days", "path__function", "path__background", "sort_order"
        )
    )
    requirements = {}
    for function_id in [None, *Function.objects.values_list("pk", flat=True)]:
        for background in Background.values:
            matching = [row for row in items if row[3] in (None, function_id) and row[4] in ("", background)]
            matching.sort(key=lambda row: (row[4] == "", row[3] is None, row[5]))
            seen: dict[int, tuple[int, bool, int | None]] = {}
            for course_id, mandatory, due_days, _function, _background, _order in matching:
                seen.setdefault(course_id, (course_id, mandatory, due_days))
            requirements[(function_id, background)] = list(seen.values())
    return Catalogue(courses=courses, requirements=requirements)


def _revised_on(course: CoursePage) -> date | None:
    """When the version last went up: the publication that raised it, when recorded; otherwise a
    year before the renewal date (demo data sets the version without a revision), at most today."""
    if course.version <= 1:
        return None
    today = timezone.localdate()
    if course.major_revision_id:
        from wagtail.models import Revision

        created = Revision.objects.filter(pk=course.major_revision_id).values_list("created_at", flat=True).first()
        if created:
            return min(today, timezone.localdate(created))
    if course.renewal_deadline:
        return min(today, course.renewal_deadline - timedelta(days=365))
    return today - timedelta(days=365)


# --- Writing rows -------------------------------------------------------------------------------


class _Table:
    """Rows of one table as tuples in `columns` order: `add()` collects, `take()` hands a batch to
    `write()`, which stores it with COPY on PostgreSQL and bulk_create elsewhere.

    Model fields not in `columns` get their default (called per row when it is callable), so a
    field another app adds to the model later does not break COPY.
    """

    def __init__(self, model: type[models.Model], columns: Iterable[str]):
        self.model = model
        self.columns = list(columns)
        self.types: list[int] | None = None  # PostgreSQL type oids of the columns, for binary COPY
        self.extra = [f for f in model._meta.concrete_fields if f.attname not in self.columns and not f.primary_key]
        self.rows: list[tuple] = []
        self.built = 0
        #: Updated by whoever writes (the writer thread on PostgreSQL); read after it finished.
        self.written = 0
        self.seconds = 0.0

    def add(self, row: tuple) -> None:
        self.rows.append(row)

    def take(self) -> list[tuple]:
        rows, self.rows = self.rows, []
        self.built += len(rows)
        return rows

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        started = perf_counter()
        if connection.vendor == "postgresql":
            self._copy(rows)
        else:
            self.model.objects.bulk_create(
                [self.model(**dict(zip(self.columns, row, strict=True))) for row in rows], batch_size=5000
            )
        self.written += len(rows)
        self.seconds += perf_counter() - started

    def _extra_values(self) -> Callable[[], tuple]:
        now = timezone.now()
        constant, per_row = [], []
        for position, model_field in enumerate(self.extra):
            if getattr(model_field, "auto_now", False) or getattr(model_field, "auto_now_add", False):
                constant.append((position, now))
            elif model_field.has_default() and callable(model_field.default):
                per_row.append((position, model_field))
            else:
                constant.append((position, model_field.get_default()))
        template = [None] * len(self.extra)
        for position, value in constant:
            template[position] = value
        if not per_row:
            fixed = tuple(template)
            return lambda: fixed

        def values() -> tuple:
            row = list(template)
            for position, model_field in per_row:
                row[position] = model_field.get_default()
            return tuple(row)

        return values

    def _copy(self, rows: list[tuple]) -> None:
        # Binary COPY: the server need not parse timestamps, numbers and names from text, which
        # was more than half of its time per attempt row. Binary needs each column's type: read
        # from the catalogue, so it follows whatever the migrations made.
        qn = connection.ops.quote_name
        table = qn(self.model._meta.db_table)
        columns = [self.model._meta.get_field(name).column for name in self.columns]
        columns += [f.column for f in self.extra]
        extra = self._extra_values()
        with connection.cursor() as cursor:
            if self.types is None:
                cursor.execute(
                    "SELECT attname, atttypid FROM pg_attribute WHERE attrelid = %s::regclass AND attnum > 0",
                    [table],
                )
                oids = dict(cursor.fetchall())
                self.types = [oids[column] for column in columns]
            copy_sql = f"COPY {table} ({', '.join(qn(c) for c in columns)}) FROM STDIN (FORMAT BINARY)"
            with cursor.cursor.copy(copy_sql) as copy:
                copy.set_types(self.types)
                write_row = copy.write_row
                if self.extra:
                    for row in rows:
                        write_row((*row, *extra()))
                else:
                    for row in rows:
                        write_row(row)


def _bulk_session(*, try_replica: bool = True) -> bool:
    """Settings for one bulk transaction on PostgreSQL; returns whether foreign-key triggers are off.

    A benchmark database: losing the last second of a crashed run is fine, so commits do not wait
    for the disk. The foreign-key checks are row triggers (run at commit when inserting, at once
    when deleting), one index lookup and row lock per row: half of the database's time. Our rows
    point only at rows that exist (the SQLite tests check every key) and reset() deletes children
    first, so with the right to do so — a superuser, as for pg_restore — the triggers are skipped.
    """
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL synchronous_commit TO OFF")
        if not try_replica:
            return False
        try:
            with transaction.atomic():
                cursor.execute("SET LOCAL session_replication_role TO replica")
        except DatabaseError:
            return False
    return True


class _Writer:
    """Writes batches — [(table, rows), …], one transaction each, in the order given.

    On PostgreSQL a thread with its own connection does it, so the database parses, indexes and
    checks foreign keys (at commit: they are deferred) while Python builds the next chunk; on a
    two-core machine that halves the time. Elsewhere (SQLite, or inside a caller's transaction as in
    the tests, which another connection could not see) it writes at once. Batches only point at rows of earlier
    batches or of the same one.
    """

    def __init__(self):
        # Inside a caller's transaction (a test) another connection would wait for that transaction's
        # locks for ever, and skipped key checks would outlive this run: write in place, checked.
        self.nested = connection.in_atomic_block
        self.threaded = connection.vendor == "postgresql" and not self.nested
        self.error: BaseException | None = None
        self.skip_fk_triggers: bool | None = None  # decided on the first PostgreSQL batch
        self.busy = 0.0  # seconds spent writing and committing
        if self.threaded:
            self.queue: queue.Queue = queue.Queue(maxsize=2)  # bounds the memory: two chunks waiting
            self.thread = threading.Thread(target=self._work, name="bench-writer", daemon=True)
            self.thread.start()

    def put(self, batch: list[tuple[_Table, list[tuple]]]) -> None:
        if not self.threaded:
            self._write(batch)
            return
        while True:
            if self.error is not None:
                raise BenchDataError(f"Schrijven mislukte: {self.error}") from self.error
            try:
                self.queue.put(batch, timeout=1)
                return
            except queue.Full:
                continue

    def close(self) -> None:
        """Wait until everything is written; re-raise what went wrong in the thread."""
        if self.threaded:
            while self.thread.is_alive():
                try:
                    self.queue.put(None, timeout=1)
                    break
                except queue.Full:
                    continue
            self.thread.join()
        if self.error is not None:
            raise BenchDataError(f"Schrijven mislukte: {self.error}") from self.error

    def _write(self, batch) -> None:
        started = perf_counter()
        with transaction.atomic():
            if connection.vendor == "postgresql":
                self.skip_fk_triggers = _bulk_session(
                    try_replica=self.skip_fk_triggers is not False and not self.nested
                )
            for table, rows in batch:
                table.write(rows)
        self.busy += perf_counter() - started

    def _work(self) -> None:
        try:
            while (batch := self.queue.get()) is not None:
                if self.error is None:
                    self._write(batch)
        except BaseException as error:  # noqa: BLE001 — handed to the main thread, which raises it
            self.error = error
            while self.queue.get() is not None:  # let the producer finish its put()s
                pass
        finally:
            connection.close()


# --- Planning people ----------------------------------------------------------------------------


@dataclass
class TeamPlan:
    team: Team
    focus_function_id: int | None
    weight: float
    maturity: float
    assignments: list[tuple[int, date, datetime]] = field(default_factory=list)  # (course, deadline, created)


@dataclass
class RegionPlan:
    region: Region
    size: int
    teams: list[TeamPlan]
    #: When the region started on the platform: its people were enrolled in their paths then.
    onboarded: date
    managers: list[int] = field(default_factory=list)
    trainers: list[int] = field(default_factory=list)


@dataclass
class PersonPlan:
    region: RegionPlan
    team: TeamPlan | None
    role: str
    function_id: int | None
    background: str
    valid_from: date
    #: (earlier region, earlier team, day of the move) for people who moved region.
    moved: tuple[RegionPlan, TeamPlan, date] | None = None
    user_id: int = 0
    first_name: str = ""
    last_name: str = ""

    def region_on(self, day: date) -> RegionPlan:
        if self.moved and day < self.moved[2]:
            return self.moved[0]
        return self.region


@dataclass
class Run:
    """What one enrolment came to."""

    enrolment_id: int
    cycle: int
    done_at: datetime | None = None
    version: int | None = None
    last_activity: datetime | None = None
    #: assessment id → percent of the passing attempt (required tests), for the certificate.
    results: dict[int, int] = field(default_factory=dict)


def _latest(a: datetime | None, b: datetime | None) -> datetime | None:
    return b if a is None or (b is not None and b > a) else a


def _spread(total: int, weights: list[float]) -> list[int]:
    """`total` over `weights`, at least one each, largest remainders first."""
    rest = total - len(weights)
    shares = [rest * w / sum(weights) for w in weights]
    sizes = [1 + int(s) for s in shares]
    order = sorted(range(len(weights)), key=lambda i: shares[i] - int(shares[i]), reverse=True)
    for i in order[: total - sum(sizes)]:
        sizes[i] += 1
    return sizes


def _email_part(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(ch for ch in ascii_text.lower() if ch.isalnum())


def _next_id(model: type[models.Model]) -> int:
    return (model.objects.aggregate(top=models.Max("pk"))["top"] or 0) + 1


# --- The generator ------------------------------------------------------------------------------


def generate(*, learners: int, seed: int = 1, log: Callable[[str], object] = print) -> dict[str, int]:
    """Add `learners` bench people with everything the dashboards read; return row counts per table.

    Refuses (BenchDataError) when bench people exist already — call `reset()` first — or when there
    are fewer people than active regions. Runs `seed_demo` first when there is no live course. Writes
    in chunks of CHUNK_PEOPLE people, one transaction each: a run that fails halfway leaves the
    chunks written so far, which `reset()` removes. Not for a live database (see the module docstring).
    """
    if bench_users().exists():
        raise BenchDataError(
            "Er staan al benchgegevens in de database (e-mailadressen op @bench.example). "
            "Gebruik --reset om ze eerst te verwijderen."
        )
    regions = list(Region.objects.active().order_by("slug"))
    if learners < len(regions):
        raise BenchDataError(f"Geef minstens {len(regions)} mensen op: één per regio.")
    started = perf_counter()
    if not CoursePage.objects.live().exists():
        log("no live course: running seed_demo first")
        call_command("seed_demo", stdout=_LogStream(log))
    _ensure_practice_tests(log)
    builder = _Builder(learners=learners, seed=seed, regions=regions, catalogue=_load_catalogue(), log=log)
    counts = builder.run()
    # The dashboards read requirement rows; build them as the nightly task would, then give the
    # planner statistics for tables that grew by millions of rows at once, and set the visibility
    # map that index-only scans need (autovacuum would in time; it may be off, as on these machines).
    from dashboards.readiness import rebuild_all_requirements

    counts["requirements"] = rebuild_all_requirements(log=log)
    if connection.vendor == "postgresql" and not connection.in_atomic_block:
        with connection.cursor() as cursor:
            cursor.execute("VACUUM (ANALYZE)")
    log(f"done: {learners:,} people in {perf_counter() - started:.1f} s")
    return counts


class _LogStream(io.TextIOBase):
    """Lets a management command's output go to `log`, line by line."""

    def __init__(self, log):
        self.log = log

    def write(self, text: str) -> int:
        for line in text.splitlines():
            if line.strip():
                self.log(line)
        return len(text)

    def isatty(self) -> bool:
        return False


class _Builder:
    def __init__(self, *, learners: int, seed: int, regions: list[Region], catalogue: Catalogue, log):
        self.learners = learners
        self.rng = random.Random(seed)
        self.catalogue = catalogue
        self.log = log
        self.tz = timezone.get_current_timezone()
        self.today = timezone.localdate()
        self.now = timezone.now()
        self.functions = {f.slug: f.pk for f in Function.objects.all()}
        self.password = make_password(BENCH_PASSWORD)  # hashed once: Argon2 per person would take hours
        self.regions = regions
        self.decimals: dict[float, Decimal] = {}
        self.percents: dict[float, Decimal] = {}
        self.stats: Counter[str] = Counter()
        self.ids = {model: _next_id(model) for model in (User, Membership, Enrolment, Attempt, Certificate, Assignment)}
        self.tables = {
            "users": _Table(
                User,
                [
                    "id",
                    "password",
                    "last_login",
                    "is_superuser",
                    "first_name",
                    "last_name",
                    "email",
                    "is_staff",
                    "is_active",
                    "date_joined",
                    "deactivated_at",
                ],
            ),
            "memberships": _Table(
                Membership,
                [
                    "id",
                    "user_id",
                    "region_id",
                    "team_id",
                    "function_id",
                    "background",
                    "role",
                    "valid_from",
                    "valid_to",
                    "created_at",
                ],
            ),
            "enrolments": _Table(
                Enrolment,
                [
                    "id",
                    "user_id",
                    "course_id",
                    "cycle",
                    "source",
                    "mandatory",
                    "deadline",
                    "enrolled_at",
                    "last_lesson_id",
                    "last_activity_at",
                    "completed_at",
                    "completed_version",
                ],
            ),
            "lesson_completions": _Table(LessonCompletion, ["enrolment_id", "lesson_id", "completed_at"]),
            "attempts": _Table(
                Attempt,
                [
                    "id",
                    "user_id",
                    "assessment_id",
                    "enrolment_id",
                    "number",
                    "status",
                    "seed",
                    "feedback_mode",
                    "pass_mark_percent",
                    "started_at",
                    "deadline_at",
                    "extensions_used",
                    "submitted_at",
                    "submitted_by_timer",
                    "finalised_at",
                    "score",
                    "max_score",
                    "percent",
                    "passed",
                    "critical_errors",
                    "competence_scores",
                    "graded_notified_at",
                    "updated_at",
                ],
            ),
            "competence_results": _Table(
                CompetenceResult, ["attempt_id", "user_id", "competence_id", "score", "max_score", "finalised_at"]
            ),
            "certificates": _Table(
                Certificate,
                [
                    "id",
                    "user_id",
                    "course_id",
                    "enrolment_id",
                    "cycle",
                    "region_id",
                    "code",
                    "holder_name",
                    "course_title",
                    "course_code",
                    "course_version",
                    "study_load_hours",
                    "accreditation_body",
                    "accreditation_number",
                    "accreditation_points",
                    "competences",
                    "assessment_results",
                    "region_name",
                    "issued_on",
                    "expires_on",
                    "emailed_at",
                    "reminded_90_at",
                    "reminded_30_at",
                    "revoked_at",
                    "revoked_reason",
                    "revoked_by_id",
                ],
            ),
            "audit_events": _Table(AuditEvent, ["at", "actor_id", "action", "subject_id", "region_id", "details"]),
            "assignments": _Table(
                Assignment,
                ["id", "course_id", "region_id", "user_id", "team_id", "deadline", "assigned_by_id", "created_at"],
            ),
        }

    # -- helpers --

    def _take_id(self, model) -> int:
        value = self.ids[model]
        self.ids[model] = value + 1
        return value

    def _moment(self, day: date, minute: int | None = None) -> datetime:
        if minute is None:
            minute = self.rng.randint(8 * 60, 17 * 60)
        return datetime(day.year, day.month, day.day, minute // 60, minute % 60, tzinfo=self.tz)

    def _decimal(self, value: float) -> Decimal:
        cached = self.decimals.get(value)
        if cached is None:
            cached = self.decimals[value] = Decimal(f"{value:.2f}")
        return cached

    # -- organisation --

    def _plan_regions(self) -> list[RegionPlan]:
        rng = self.rng
        weights = [(REGION_POPULATION.get(r.slug, 600) / 1000) ** 0.66 for r in self.regions]
        sizes = _spread(self.learners, weights)
        low, high = min(weights), max(weights)
        # Regions joined the platform over two and a half years; the early ones have certificates
        # that expire now, the late ones are still catching up.
        joined = list(range(len(self.regions)))
        rng.shuffle(joined)
        plans = []
        for region, size, weight, rank in zip(self.regions, sizes, weights, joined, strict=True):
            months_ago = 40 - 28 * rank / max(1, len(self.regions) - 1)
            onboarded = self.today - timedelta(days=round(months_ago * 30.4))
            count = 4 + round(5 * (weight - low) / (high - low or 1))
            labels = TEAM_LABELS[rng.choice(sorted(TEAM_LABELS))]
            lineup = TEAM_LINEUP[:count]
            research = sum(1 for name, _f in lineup if name.startswith("Onderzoek"))
            offset = rng.gauss(0, 0.06)  # some regions are further along than others
            teams, used = [], Counter()
            for name, focus in lineup:
                if "{x}" in name:
                    kind = name.split()[0]
                    label = (labels if kind == "Onderzoek" else TEAM_LABELS["windstreken"])[used[kind]]
                    used[kind] += 1
                    name = name.replace(" {x}", "") if kind == "Onderzoek" and research == 1 else name.format(x=label)
                team = Team(region=region, name=f"Team {name}")
                maturity = min(0.97, max(0.2, rng.betavariate(5, 3) + offset))
                teams.append(TeamPlan(team, self.functions.get(focus), rng.uniform(0.6, 1.4), maturity))
            plans.append(RegionPlan(region, size, teams, onboarded))
        # Teams are looked up by name (a rerun after reset() finds them) and made when missing.
        wanted = [plan for region in plans for plan in region.teams]
        existing = {(t.region_id, t.name): t for t in Team.objects.filter(region__in=self.regions)}
        Team.objects.bulk_create(
            [p.team for p in wanted if (p.team.region_id, p.team.name) not in existing], ignore_conflicts=True
        )
        existing = {(t.region_id, t.name): t for t in Team.objects.filter(region__in=self.regions)}
        for plan in wanted:
            plan.team = existing[(plan.team.region_id, plan.team.name)]
        return plans

    def _plan_people(self, regions: list[RegionPlan]) -> list[PersonPlan]:
        rng = self.rng
        employee_functions = [pk for slug, pk in sorted(self.functions.items()) if FUNCTION_WEIGHTS.get(slug, 4)]
        function_weights = [
            FUNCTION_WEIGHTS.get(slug, 4) for slug in sorted(self.functions) if FUNCTION_WEIGHTS.get(slug, 4)
        ]
        founded = date(2015, 1, 1)
        three_years_ago = self.today - timedelta(days=3 * 365)
        people = []
        for plan in regions:
            managers = max(1, round(plan.size / 40))
            trainers = min(plan.size - managers, plan.size // 150 + (1 if plan.size >= 20 else 0))
            for index in range(plan.size):
                if index < managers:
                    role, team, function_id = Role.MANAGER.value, None, self.functions.get("teamleider")
                elif index < managers + trainers:
                    role, team = Role.TRAINER.value, None
                    function_id = self.functions.get("gedragswetenschapper") or rng.choice(employee_functions)
                else:
                    role = Role.EMPLOYEE.value
                    team = rng.choices(plan.teams, weights=[t.weight for t in plan.teams])[0]
                    if team.focus_function_id and rng.random() < 0.7:
                        function_id = team.focus_function_id
                    else:
                        function_id = rng.choices(employee_functions, weights=function_weights)[0]
                # A third has been there since before the platform (many since Veilig Thuis began in
                # 2015, from the AMK or the SHG); the rest joined over the last three years.
                if rng.random() < 0.35:
                    veteran_days = (three_years_ago - founded).days
                    valid_from = founded if rng.random() < 0.5 else founded + timedelta(rng.randint(0, veteran_days))
                else:
                    valid_from = three_years_ago + timedelta(days=rng.randint(0, 3 * 365 - 7))
                if valid_from < date(2016, 1, 1):
                    background = Background.EX_AMK.value if rng.random() < 0.55 else Background.EX_SHG.value
                else:
                    background = rng.choices(
                        [Background.NEW.value, Background.EX_AMK.value, Background.EX_SHG.value], weights=[7, 1.5, 1.5]
                    )[0]
                people.append(PersonPlan(plan, team, role, function_id, background, valid_from))
        # About 2 % moved here from another region; their earlier membership is closed.
        for person in people:
            span = (self.today - person.valid_from).days
            if person.role == Role.EMPLOYEE and span > 200 and rng.random() < 0.02:
                others = [r for r in regions if r is not person.region]
                earlier = rng.choices(others, weights=[r.size for r in others])[0]
                move_day = person.valid_from + timedelta(days=rng.randint(90, span - 30))
                person.moved = (earlier, rng.choice(earlier.teams), move_day)
        rng.shuffle(people)  # ids interleave regions, as sign-ups would
        for person in people:
            person.user_id = self._take_id(User)
            person.first_name, person.last_name = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            if person.role == Role.MANAGER:
                person.region.managers.append(person.user_id)
            elif person.role == Role.TRAINER:
                person.region.trainers.append(person.user_id)
        return people

    def _plan_assignments(self, regions: list[RegionPlan]) -> None:
        """Two to four team assignments per region, by one of its managers; some deadlines passed."""
        rng = self.rng
        courses = sorted(pk for pk, course in self.catalogue.courses.items() if course.required) or sorted(
            self.catalogue.courses
        )
        if not courses:
            return
        table = self.tables["assignments"]
        for plan in regions:
            for team in rng.sample(plan.teams, min(len(plan.teams), rng.randint(2, 4))):
                course_id = rng.choice(courses)
                if any(course_id == c for c, _d, _at in team.assignments):
                    continue
                created = self._moment(self.today - timedelta(days=rng.randint(20, 330)))
                deadline = created.date() + timedelta(days=rng.choice([30, 60, 90, 120]))
                team.assignments.append((course_id, deadline, created))
                table.add(
                    (
                        self._take_id(Assignment),
                        course_id,
                        plan.region.pk,
                        None,
                        team.team.pk,
                        deadline,
                        rng.choice(plan.managers),
                        created,
                    )
                )

    # -- one person --

    def _first_day(self, person: PersonPlan) -> date:
        """When the person's learning began: joining, or their region's start on the platform."""
        start_region = person.moved[0] if person.moved else person.region
        return max(person.valid_from, start_region.onboarded)

    def _user(self, person: PersonPlan, index: int) -> None:
        # Written before anything else, so any later row may point at any bench person; last_login
        # follows from the activity at the end (_finish).
        email = f"{_email_part(person.first_name)}.{_email_part(person.last_name)}.{index}@{BENCH_DOMAIN}"
        self.tables["users"].add(
            (
                person.user_id,
                self.password,
                None,
                False,
                person.first_name,
                person.last_name,
                email,
                False,
                True,
                self._moment(self._first_day(person), 8 * 60),
                None,
            )
        )

    def _person(self, person: PersonPlan) -> None:
        rng = self.rng
        tables = self.tables
        holder = f"{person.first_name} {person.last_name}"
        region = person.region
        first_day = self._first_day(person)
        team = person.team or (person.moved[1] if person.moved else None)
        maturity = team.maturity if team else 0.75  # managers and trainers set the example
        diligence = min(0.98, max(0.05, maturity + rng.gauss(0, 0.12)))

        if person.moved:
            earlier, earlier_team, move_day = person.moved
            tables["memberships"].add(
                (
                    self._take_id(Membership),
                    person.user_id,
                    earlier.region.pk,
                    earlier_team.team.pk,
                    person.function_id,
                    person.background,
                    person.role,
                    person.valid_from,
                    move_day - timedelta(days=1),
                    self._moment(person.valid_from, 9 * 60),
                )
            )
            tables["audit_events"].add(
                (
                    self._moment(move_day, 9 * 60 + 5),
                    rng.choice(region.managers),
                    AuditAction.MOVED.value,
                    person.user_id,
                    region.region.pk,
                    {"old_region": earlier.region.pk, "old_team": earlier_team.team.pk},
                )
            )
        current_from = person.moved[2] if person.moved else person.valid_from
        tables["memberships"].add(
            (
                self._take_id(Membership),
                person.user_id,
                region.region.pk,
                person.team.team.pk if person.team else None,
                person.function_id,
                person.background,
                person.role,
                current_from,
                None,
                self._moment(current_from, 9 * 60),
            )
        )

        # What the person is enrolled in: the path (in order), the team's assignments, now and then
        # a course of their own choice. [source, mandatory, deadline, enrolled, position in the path]
        requirements = self.catalogue.requirements.get((person.function_id, person.background), ())
        wanted: dict[int, list] = {}
        for position, (course_id, mandatory, due_days) in enumerate(requirements):
            enrolled = self._past(
                self._moment(first_day + timedelta(days=rng.randint(0, 14)), rng.randint(6 * 60, 20 * 60))
            )
            deadline = enrolled.date() + timedelta(days=due_days) if due_days else None
            wanted[course_id] = [EnrolmentSource.PATH.value, mandatory, deadline, enrolled, position]
        if person.team:
            for course_id, deadline, created in person.team.assignments:
                if course_id in wanted:
                    entry = wanted[course_id]
                    entry[1] = True
                    entry[2] = min(d for d in (entry[2], deadline) if d)
                else:
                    enrolled = max(created, self._past(self._moment(first_day)))
                    wanted[course_id] = [EnrolmentSource.ASSIGNMENT.value, True, deadline, enrolled, 2]
        if rng.random() < 0.08:
            others = [pk for pk in self.catalogue.courses if pk not in wanted]
            if others:
                day = first_day + timedelta(days=rng.randint(0, (self.today - first_day).days))
                wanted[rng.choice(others)] = [EnrolmentSource.SELF.value, False, None, self._past(self._moment(day)), 3]

        newest: dict[int, tuple[date, bool]] = {}  # course → (valid until, revoked) of the newest certificate
        overdue = False
        for course_id, (source, mandatory, deadline, enrolled, position) in wanted.items():
            course = self.catalogue.courses[course_id]
            run = self._enrolment(person, course, 1, source, mandatory, deadline, enrolled, diligence, position)
            if run.done_at is None:
                overdue = overdue or bool(mandatory and deadline and deadline < self.today)
                continue
            expires, valid_until, revoked = self._certificate(person, course, run, holder)
            newest[course_id] = (valid_until, revoked)
            if revoked:
                continue
            # The next cycle opens at the earlier of two moments, as the platform's tasks do it: 90
            # days before expiry (open_recertification_windows), or at a major revision for holders
            # of an older version (open_revision_renewals; deadline the renewal date).
            renewals = []
            if expires - timedelta(days=90) <= self.today:
                renewals.append((expires - timedelta(days=90), expires))
            if run.version < course.recertify_below and course.revised_on and expires >= course.revised_on:
                renewals.append((course.revised_on, valid_until))
            if not renewals:
                continue
            opened_on, renewal_deadline = min(renewals)
            renewal = self._enrolment(
                person,
                course,
                2,
                EnrolmentSource.RECERTIFICATION.value,
                True,
                renewal_deadline,
                self._past(self._moment(opened_on, 6 * 60)),
                min(0.98, diligence + 0.1),
                0,
            )
            if renewal.done_at is None:
                overdue = overdue or renewal_deadline < self.today
            else:
                _expires, valid_until, revoked = self._certificate(person, course, renewal, holder)
                newest[course_id] = (valid_until, revoked)

        mandatory_courses = [course_id for course_id, mandatory, _days in requirements if mandatory]
        valid = {c for c, (until, revoked) in newest.items() if not revoked and until >= self.today}
        soon = self.today + timedelta(days=90)
        self.stats["ready"] += all(c in valid for c in mandatory_courses)
        self.stats["overdue"] += overdue
        self.stats["expiring"] += any(not revoked and self.today <= until <= soon for until, revoked in newest.values())

    def _past(self, moment: datetime) -> datetime:
        """`moment`, or a little before now when it would lie in the future (today's enrolments)."""
        return moment if moment < self.now else self.now - timedelta(minutes=self.rng.randint(5, 300))

    def _enrolment(
        self,
        person: PersonPlan,
        course: CourseInfo,
        cycle: int,
        source: str,
        mandatory: bool,
        deadline: date | None,
        enrolled: datetime,
        diligence: float,
        position: int,
    ) -> Run:
        """One enrolment with its lesson progress and attempts, as the plan for this person decides."""
        rng = self.rng
        run = Run(enrolment_id=self._take_id(Enrolment), cycle=cycle)
        available = (self.today - enrolled.date()).days
        # Some never begin (more often when it is optional); the others take a while that depends
        # on their team, and finish unless that while reaches beyond today.
        ignore = (1 - diligence) * (0.15 if mandatory else 0.6)
        state, fraction = "untouched", 0.0
        if rng.random() >= ignore and available > 0:
            mean = 20 + 170 * (1 - diligence) + 10 * position if cycle == 1 else 20 + 90 * (1 - diligence)
            delay = max(1.0, rng.expovariate(1 / mean))
            if delay < available:
                state = "completed"
                run.done_at = self._moment(enrolled.date() + timedelta(days=int(delay)))
                if run.done_at <= enrolled:
                    run.done_at = enrolled + timedelta(minutes=rng.randint(30, 180))
            else:
                fraction = available / delay
                state = "started" if fraction >= 0.15 else "untouched"
        done_at = run.done_at

        lessons = course.lessons
        last_lesson = None
        if state == "started" and lessons:
            count = min(len(lessons), max(1, round(fraction * len(lessons))))
            latest_moment = self.now - timedelta(minutes=1)
            moments = sorted(
                min(
                    latest_moment,
                    enrolled + timedelta(days=rng.uniform(0, available * 0.9), minutes=rng.randint(0, 600)),
                )
                for _ in range(count)
            )
            for lesson_id, moment in zip(lessons, moments, strict=False):
                self.tables["lesson_completions"].add((run.enrolment_id, lesson_id, moment))
            last_lesson, run.last_activity = lessons[count - 1], moments[-1]
        elif state == "completed":
            last_lesson, run.last_activity = (lessons[-1] if lessons else None), done_at
        if state == "completed":
            old = course.revised_on is not None and done_at.date() < course.revised_on
            run.version = course.version - 1 if old else course.version

        # Required tests: fails, then the pass that completes the course; unfinished, a fail or two.
        for assessment in course.required:
            number = 0
            limit = assessment.max_attempts or 5
            if state == "completed":
                fails = 0
                while fails < limit - 1 and rng.random() < 0.42 - 0.3 * diligence:
                    fails += 1
                gap = timedelta(hours=max(assessment.wait_hours, 1), days=rng.uniform(0.5, 8))
                for attempt in range(fails):
                    finish = done_at - gap * (fails - attempt)
                    if finish <= enrolled:
                        finish = enrolled + timedelta(minutes=60 * (attempt + 1))
                    number += 1
                    self._attempt(person, assessment, run, number, finish, diligence, False)
                number += 1
                self._attempt(person, assessment, run, number, done_at, diligence, True)
            elif state == "started" and fraction > 0.6 and rng.random() < 0.5:
                tries = min(limit, limit if rng.random() < 0.03 else rng.choice([1, 1, 1, 2]))
                for _ in range(tries):
                    number += 1
                    finish = self._past(enrolled + timedelta(days=rng.uniform(0, max(1, available - 1))))
                    self._attempt(person, assessment, run, number, finish, diligence, False)
                    run.last_activity = _latest(run.last_activity, finish)

        # Practice tests: most learners who got going retake them a few times.
        practice = course.practice
        if practice and state != "untouched" and rng.random() < 0.8:
            count = 1 + int(rng.expovariate(1 / PRACTICE_MEAN_EXTRA))
            window = max(60.0, ((done_at or self.now) - enrolled).total_seconds() - 60)
            finishes = sorted(enrolled + timedelta(seconds=rng.uniform(0, window)) for _ in range(count))
            for number, finish in enumerate(finishes, start=1):
                self._attempt(person, practice, run, number, finish, diligence + 0.04 * number, None)
            if state == "started":
                run.last_activity = _latest(run.last_activity, finishes[-1])

        self.tables["enrolments"].add(
            (
                run.enrolment_id,
                person.user_id,
                course.pk,
                cycle,
                source,
                mandatory,
                deadline,
                enrolled,
                last_lesson,
                run.last_activity,
                done_at,
                run.version,
            )
        )
        return run

    def _attempt(
        self,
        person: PersonPlan,
        assessment: AssessmentInfo,
        run: Run,
        number: int,
        finish: datetime,
        ability: float,
        outcome: bool | None,
    ) -> None:
        """A final attempt and its competence results, consistent with each other. `outcome` True
        or False forces a pass or a fail (the plan decided it); None lets the scores decide."""
        rng = self.rng
        pass_fraction = assessment.pass_mark / 100
        if outcome is True:
            target = pass_fraction + (1 - pass_fraction) * min(1.0, max(0.0, rng.gauss(0.2 + 0.6 * ability, 0.2)))
        elif outcome is False:
            target = pass_fraction - rng.uniform(0.05, 0.35)
        else:
            target = rng.gauss(0.35 + 0.5 * min(ability, 1.0), 0.15)
        competences = assessment.competences
        scores = []
        for _code, _pk, maximum in competences:
            ratio = target + rng.gauss(0, 0.1)
            ratio = 0.0 if ratio < 0 else 1.0 if ratio > 1 else ratio
            scores.append(round(ratio * maximum * 2) / 2)
        max_total = assessment.max_total
        need = assessment.pass_mark * max_total  # compared with score × 100: exact for half points
        critical = 0
        if outcome is True:
            slot = 0
            while sum(scores) * 100 < need:
                scores[slot] = min(competences[slot][2], scores[slot] + 0.5)
                slot = (slot + 1) % len(scores)
        elif outcome is False and sum(scores) * 100 >= need:
            if assessment.has_casus and rng.random() < 0.5:
                critical = 1  # a good score with one unsafe decision at a critical step still fails
            else:
                slot = 0
                while sum(scores) * 100 >= need:
                    scores[slot] = max(0.0, scores[slot] - 0.5)
                    slot = (slot + 1) % len(scores)
        elif outcome is None and assessment.has_casus and rng.random() < 0.08:
            critical = 1
        total = sum(scores)
        passed = critical == 0 and total * 100 >= need
        percent_value = round(total * 100 / max_total, 2)
        percent = self.percents.get(percent_value)
        if percent is None:
            percent = self.percents[percent_value] = Decimal(f"{percent_value:.2f}")
        started = finish - timedelta(minutes=rng.randint(8, 45))
        attempt_id = self._take_id(Attempt)
        competence_scores = {}
        results = self.tables["competence_results"]
        decimal = self._decimal
        for (code, competence_id, maximum), score in zip(competences, scores, strict=True):
            if code is not None:
                competence_scores[code] = {"score": score, "max": maximum}
                results.add((attempt_id, person.user_id, competence_id, decimal(score), decimal(maximum), finish))
        self.tables["attempts"].add(
            (
                attempt_id,
                person.user_id,
                assessment.pk,
                run.enrolment_id,
                number,
                FINAL,
                rng.randrange(2**31),
                assessment.feedback_mode,
                assessment.pass_mark,
                started,
                started + timedelta(minutes=assessment.time_limit) if assessment.time_limit else None,
                0,
                finish,
                bool(assessment.time_limit) and rng.random() < 0.04,
                finish,
                decimal(total),
                decimal(max_total),
                percent,
                passed,
                critical,
                competence_scores,
                None,
                finish,
            )
        )
        if outcome is True:
            run.results[assessment.pk] = int(percent)

    def _certificate(self, person: PersonPlan, course: CourseInfo, run: Run, holder: str) -> tuple[date, date, bool]:
        """The certificate of a completed enrolment, as issue_certificate makes it: issued on the
        completion day by the region the person was in then. Returns (expires on, valid until, revoked):
        a certificate of a version before the last major revision counts until the renewal date."""
        rng = self.rng
        issued = run.done_at.astimezone(self.tz).date()
        expires = add_months(issued, course.validity_months)
        valid_until = expires
        if run.version < course.recertify_below:
            valid_until = min(expires, course.renewal_deadline or course.revised_on or issued)
        region = person.region_on(issued)
        revoked_at = revoked_by = None
        reason = ""
        if rng.random() < 0.005:
            revoked_day = max(issued, min(self.today - timedelta(days=1), issued + timedelta(days=rng.randint(3, 200))))
            revoked_at = self._moment(revoked_day)
            revoked_by = rng.choice(region.trainers) if region.trainers else None
            reason = rng.choice(REVOCATION_REASONS)
        certificate_id = self._take_id(Certificate)
        # Reminders went out 90 and 30 days before expiry, so the reminder task starts without a backlog.
        reminders = [
            self._moment(expires - timedelta(days=days), 7 * 60)
            if not revoked_at and expires - timedelta(days=days) < self.today
            else None
            for days in (90, 30)
        ]
        self.tables["certificates"].add(
            (
                certificate_id,
                person.user_id,
                course.pk,
                run.enrolment_id,
                run.cycle,
                region.region.pk,
                verification_code(),
                holder,
                course.title,
                course.code,
                run.version,
                course.study_load_hours,
                course.accreditation_body,
                course.accreditation_number,
                course.accreditation_points,
                course.competences,
                [{"title": a.title, "percent": run.results[a.pk]} for a in course.required if a.pk in run.results],
                region.region.name,
                issued,
                expires,
                run.done_at,
                *reminders,
                revoked_at,
                reason,
                revoked_by,
            )
        )
        if revoked_at:
            self.tables["audit_events"].add(
                (
                    revoked_at,
                    revoked_by,
                    AuditAction.CERTIFICATE_REVOKED.value,
                    person.user_id,
                    region.region.pk,
                    {"certificate": certificate_id, "reason": reason},
                )
            )
        return expires, valid_until, bool(revoked_at)

    # -- the run --

    def run(self) -> dict[str, int]:
        started = perf_counter()
        regions = self._plan_regions()
        people = self._plan_people(regions)
        self._plan_assignments(regions)
        sizes = sorted(plan.size for plan in regions)
        self.log(
            f"plan: {len(people):,} people in {len(regions)} regions ({sizes[0]:,} to {sizes[-1]:,} a region), "
            f"{sum(len(p.teams) for p in regions)} teams, "
            f"{sum(len(p.managers) for p in regions)} managers, {sum(len(p.trainers) for p in regions)} trainers"
        )
        order = [
            "memberships",
            "enrolments",
            "lesson_completions",
            "attempts",
            "competence_results",
            "certificates",
            "audit_events",
        ]
        report_every = max(CHUNK_PEOPLE, (len(people) // 10) // CHUNK_PEOPLE * CHUNK_PEOPLE)
        writer = _Writer()
        waited = 0.0
        try:
            try:
                # Everybody first, so that any later row may point at any bench person.
                for index, person in enumerate(people, start=1):
                    self._user(person, index)
                    if index % (5 * CHUNK_PEOPLE) == 0 or index == len(people):
                        writer.put([(self.tables["users"], self.tables["users"].take())])
                for index, person in enumerate(people, start=1):
                    self._person(person)
                    if index % CHUNK_PEOPLE == 0 or index == len(people):
                        put_at = perf_counter()
                        writer.put([(self.tables[name], self.tables[name].take()) for name in order])
                        waited += perf_counter() - put_at
                        if index % report_every == 0 or index == len(people):
                            self.log(
                                f"  {index:,}/{len(people):,} people built · "
                                f"{self.tables['attempts'].built:,} attempts · {perf_counter() - started:.0f} s"
                            )
                built = perf_counter() - started - waited
            finally:
                closing = perf_counter()
                writer.close()
                waited += perf_counter() - closing
            finishing = perf_counter()
            self._finish(people)
        finally:
            self._reset_sequences()
        self.log(
            f"Python built the rows in {built:.1f} s; the writer was busy {writer.busy:.1f} s "
            f"(foreign-key triggers {'skipped' if writer.skip_fk_triggers else 'on'}); "
            f"waiting for it: {waited:.1f} s; last logins and assignments: {perf_counter() - finishing:.1f} s"
        )
        self._report(len(people))
        return {
            "regions": len(regions),
            "teams": sum(len(p.teams) for p in regions),
            **{name: table.written for name, table in self.tables.items()},
        }

    def _finish(self, people: list[PersonPlan]) -> None:
        """Rows that point at people of any chunk: team assignments and the trainers' group."""
        from django.contrib.auth.models import Group

        with transaction.atomic():
            assignments = self.tables["assignments"]
            assignments.write(assignments.take())
            last_activity = (
                Enrolment.objects.filter(user=models.OuterRef("pk"))
                .order_by()
                .values("user")
                .annotate(latest=models.Max("last_activity_at"))
                .values("latest")
            )
            bench_users().update(last_login=models.Subquery(last_activity))
            trainers = [p.user_id for p in people if p.role == Role.TRAINER]
            group = Group.objects.filter(name=TRAINERS_GROUP).first()
            if group and trainers:
                through = User.groups.through
                through.objects.bulk_create([through(user_id=pk, group_id=group.pk) for pk in trainers])

    def _reset_sequences(self) -> None:
        statements = connection.ops.sequence_reset_sql(no_style(), list(self.ids))
        if statements:
            with connection.cursor() as cursor:
                for sql in statements:
                    cursor.execute(sql)

    def _report(self, people: int) -> None:
        # COPY time per table, without the commits (which check what the triggers still check).
        self.log(f"{'table':<20}{'rows':>12}{'write s':>10}{'rows/s':>12}")
        for name, table in self.tables.items():
            rate = table.written / table.seconds if table.seconds else 0
            self.log(f"{name:<20}{table.written:>12,}{table.seconds:>10.1f}{rate:>12,.0f}")
        share = {key: 100 * value / people for key, value in self.stats.items()}
        self.log(
            f"people: {share.get('ready', 0):.0f} % ready (valid certificate for every mandatory path course), "
            f"{share.get('expiring', 0):.0f} % with a certificate expiring within 90 days, "
            f"{share.get('overdue', 0):.0f} % overdue on a mandatory course"
        )
