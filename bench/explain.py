"""Query plans of the key pages and tasks at 100,000 learners: every SQL statement of each page,
explained, with the sequential scans on large tables. Run by hand on a database filled by
`generate_bench_data`; prints a report and leaves the data as it found it.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench .venv/bin/python bench/explain.py
    … bench/explain.py --save var/explain-before.json          # keep the figures
    … bench/explain.py --compare var/explain-before.json       # and show the difference after a change
    … bench/explain.py --only dashboard --plans 2              # one page, with the plans of its 2 slowest statements

Each page is requested through the Django test client in this process with DEBUG off (middleware,
selectors, templates), logged in with `force_login`, after `cache.clear()`: the cold case, so the
competence strengths, the national figures and the item statistics are computed, not read from the
cache. Tasks (the readiness export build, the readiness refresh of one person) are called in
process. Every statement is captured (CaptureQueriesContext), and each distinct one is run again
under `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)`; writes are explained inside a savepoint that is
rolled back. Statement counts leave out the SAVEPOINT/RELEASE bookkeeping of nested atomic blocks.
Each scenario runs inside one transaction that is rolled back at the end, so the pages
that write (lesson visit, starting an attempt, saving an answer, submitting, the export, the
refresh) leave nothing behind — except the export's file, which is deleted afterwards.

"time" is the statement's time as the page ran it (first, colder run); "plan" is the execution time
EXPLAIN ANALYZE reports when it is run again, the fastest of --runs (warm buffers, plus the
instrumentation's overhead). A Seq Scan is listed when its table holds more than --large rows
(10,000). Plans (--plans) show per node the rows × loops, time, and shared buffers hit/read.

Index-only scans need the visibility map that VACUUM keeps; a freshly loaded database where
autovacuum is off has none, and the covering indexes then still visit the table.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import warnings
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BENCH_DATABASE = "postgres://postgres@127.0.0.1:5432/amhk_bench"


@dataclass
class SeqScan:
    table: str
    table_rows: int
    rows_read: int
    rows_kept: int
    filter: str
    parallel: bool


@dataclass
class Statement:
    sql: str
    time_ms: float
    executions: int = 1
    plan_ms: float | None = None
    plan_error: str = ""
    seq_scans: list[SeqScan] = field(default_factory=list)
    plan: dict | None = None

    @property
    def slowest_ms(self) -> float:
        """The plan's time where there is one: steadier than the page's single run on a busy machine."""
        return self.plan_ms if self.plan_ms is not None else self.time_ms


@dataclass
class PageResult:
    name: str
    target: str
    status: int | str
    count: int
    distinct: int
    sql_ms: float
    wall_ms: float
    statements: list[Statement]
    repeated: list[tuple[str, int]]


# --- Capturing and explaining --------------------------------------------------------------------

EXPLAINABLE = ("select", "with", "insert", "update", "delete")
#: A server-side cursor (QuerySet.iterator() on PostgreSQL) declares its SELECT; that SELECT is explained.
DECLARE = re.compile(r"^\s*DECLARE\s+\S+\s+(?:[A-Z ]+?\s)?CURSOR\s+(?:WITH(?:OUT)?\s+HOLD\s+)?FOR\s+(.*)$", re.S | re.I)
LITERALS = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b")


def template_of(sql: str) -> str:
    """The statement without its values: repeated templates on one page hint at an N+1."""
    return re.sub(r"\((?:%s|\?)(?:, (?:%s|\?))*\)", "(…)", LITERALS.sub("?", sql))


def table_sizes() -> dict[str, int]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT c.relname, GREATEST(c.reltuples, COALESCE(s.n_live_tup, 0))::bigint
            FROM pg_class c LEFT JOIN pg_stat_user_tables s ON s.relid = c.oid
            WHERE c.relkind IN ('r', 'p') AND c.relnamespace = 'public'::regnamespace
            """
        )
        return dict(cursor.fetchall())


def walk(node: dict):
    yield node
    for child in node.get("Plans", []):
        yield from walk(child)


def seq_scans(plan: dict, sizes: dict[str, int], large: int) -> list[SeqScan]:
    found = []
    for node in walk(plan["Plan"]):
        if node.get("Node Type") != "Seq Scan":
            continue
        table = node.get("Relation Name", "?")
        if sizes.get(table, 0) <= large:
            continue
        loops = node.get("Actual Loops", 1) or 1
        kept = int(node.get("Actual Rows", 0) * loops)
        removed = int(node.get("Rows Removed by Filter", 0) * loops)
        found.append(
            SeqScan(
                table=table,
                table_rows=sizes[table],
                rows_read=kept + removed,
                rows_kept=kept,
                filter=node.get("Filter", ""),
                parallel=bool(node.get("Parallel Aware")),
            )
        )
    return found


def explain(statement: Statement, sizes: dict[str, int], large: int, runs: int = 1) -> None:
    from django.db import DatabaseError, connection, transaction

    sql = statement.sql
    if declared := DECLARE.match(sql):
        sql = declared.group(1)
    head = sql.lstrip().split(None, 1)[0].lower() if sql.strip() else ""
    if head not in EXPLAINABLE:
        statement.plan_error = "not explained"
        return
    plan = None
    for _run in range(runs):  # the fastest of the runs: the least disturbed by the other processes
        try:
            # A savepoint rolled back: EXPLAIN ANALYZE executes the statement, and a write must not
            # stay (nor an error abort the scenario's transaction).
            with transaction.atomic():
                with connection.cursor() as cursor:
                    cursor.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)
                    (document,) = cursor.fetchone()
                transaction.set_rollback(True)
        except DatabaseError as error:
            statement.plan_error = str(error).splitlines()[0][:200]
            return
        candidate = (json.loads(document) if isinstance(document, str) else document)[0]
        if plan is None or candidate.get("Execution Time", 0) < plan.get("Execution Time", 0):
            plan = candidate
    statement.plan = plan
    statement.plan_ms = round(plan.get("Execution Time", 0.0), 2)
    statement.seq_scans = seq_scans(plan, sizes, large)


def is_bookkeeping(sql: str) -> bool:
    return sql.lstrip().upper().startswith(("SAVEPOINT", "RELEASE SAVEPOINT", "ROLLBACK TO SAVEPOINT"))


class Runner:
    def __init__(self, args, sizes: dict[str, int]):
        self.args = args
        self.sizes = sizes
        self.results: list[PageResult] = []

    def wanted(self, name: str) -> bool:
        return not self.args.only or any(word in name for word in self.args.only)

    def page(self, name: str, client, url: str, *, user=None, method: str = "get", data=None, expect=200, **extra):
        """A request with cold caches, its statements captured and explained."""

        def run():
            from django.core.cache import cache

            cache.clear()
            if user is not None:
                client.force_login(user, backend="organisations.auth_backends.CachedPermissionsBackend")
            return None

        return self.measure(
            name,
            f"{method.upper()} {url}",
            lambda: getattr(client, method)(url, data or {}, **extra),
            before=run,
            expect=expect,
        )

    def measure(self, name: str, target: str, action, *, before=None, expect=None):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        if not self.wanted(name):
            # Still done (later steps may need it), just not reported.
            if before:
                before()
            return action()
        if before:
            before()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            outcome = action()
            wall_ms = (time.perf_counter() - start) * 1000
        status = getattr(outcome, "status_code", outcome if isinstance(outcome, (int, str)) else "ok")
        if expect is not None and status != expect:
            raise SystemExit(f"{name}: expected {expect}, got {status} for {target}")
        queries = [q for q in captured.captured_queries if not is_bookkeeping(q["sql"])]
        distinct: dict[str, Statement] = {}
        for query in queries:
            ms = float(query["time"]) * 1000
            known = distinct.get(query["sql"])
            if known is None:
                distinct[query["sql"]] = Statement(sql=query["sql"], time_ms=round(ms, 2))
            else:
                known.executions += 1
                known.time_ms = round(max(known.time_ms, ms), 2)
        for statement in distinct.values():
            explain(statement, self.sizes, self.args.large, self.args.runs)
        templates = Counter(template_of(q["sql"]) for q in queries)
        result = PageResult(
            name=name,
            target=target,
            status=status,
            count=len(queries),
            distinct=len(distinct),
            sql_ms=round(sum(float(q["time"]) * 1000 for q in queries), 1),
            wall_ms=round(wall_ms, 1),
            statements=sorted(distinct.values(), key=lambda s: s.slowest_ms, reverse=True),
            repeated=[(t, n) for t, n in templates.most_common() if n > 2],
        )
        self.results.append(result)
        report_page(result, self.args)
        return outcome


# --- Printing ------------------------------------------------------------------------------------


def short(sql: str, width: int) -> str:
    flat = " ".join(sql.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def plan_lines(node: dict, depth: int = 0) -> list[str]:
    """A compact plan tree: node, relation and index, actual rows × loops, time, filter."""
    label = node.get("Node Type", "?")
    if node.get("Parallel Aware"):
        label = "Parallel " + label
    where = node.get("Relation Name") or ""
    if node.get("Index Name"):
        where = f"{where} using {node['Index Name']}".strip()
    loops = node.get("Actual Loops", 1)
    line = (
        f"{'  ' * depth}-> {label}{' on ' + where if where else ''}"
        f"  rows={node.get('Actual Rows', '?')}{f' ×{loops}' if loops and loops > 1 else ''}"
        f"  time={node.get('Actual Total Time', '?')} ms"
        f"  buffers={node.get('Shared Hit Blocks', 0)}/{node.get('Shared Read Blocks', 0)}"
    )
    if "Heap Fetches" in node:
        line += f"  heap fetches={node['Heap Fetches']}"
    details = [node[key] for key in ("Index Cond", "Filter", "Hash Cond", "Sort Key") if node.get(key)]
    if details:
        line += "  [" + "; ".join(str(d) for d in details)[:160] + "]"
    lines = [line]
    for child in node.get("Plans", []):
        lines.extend(plan_lines(child, depth + 1))
    return lines


def report_page(result: PageResult, args) -> None:
    print(f"\n== {result.name}  ({result.target})")
    outcome = "status" if result.target.split()[0] in ("GET", "POST") else "returned"
    print(
        f"   {outcome} {result.status}, {result.count} statements ({result.distinct} distinct), "
        f"SQL {result.sql_ms:.0f} ms of {result.wall_ms:.0f} ms"
    )
    for statement in result.statements[: args.top]:
        plan = f"plan {statement.plan_ms:8.1f} ms" if statement.plan_ms is not None else f"({statement.plan_error})"
        times = f" ×{statement.executions}" if statement.executions > 1 else ""
        print(f"   {statement.time_ms:8.1f} ms  {plan}{times}  {short(statement.sql, args.width)}")
    scans = [(s, scan) for s in result.statements for scan in s.seq_scans]
    for statement, scan in scans:
        print(
            f"   SEQ SCAN {scan.table} ({scan.table_rows:,} rows){' parallel' if scan.parallel else ''}: "
            f"read {scan.rows_read:,}, kept {scan.rows_kept:,}"
            f"{'; filter ' + short(scan.filter, 110) if scan.filter else ''}"
        )
        print(f"            in: {short(statement.sql, args.width - 12)}")
    for template, n in result.repeated:
        print(f"   repeated ×{n}: {short(template, args.width - 14)}")
    if args.plans:
        for statement in result.statements[: args.plans]:
            if statement.plan:
                print(f"   plan of: {short(statement.sql, args.width - 12)}")
                for line in plan_lines(statement.plan["Plan"]):
                    print("     " + line)


def as_json(results: list[PageResult]) -> list[dict]:
    out = []
    for result in results:
        data = asdict(result)
        for statement in data["statements"]:
            statement.pop("plan", None)
        out.append(data)
    return out


def summary(results: list[PageResult]) -> None:
    print("\n== Summary")
    print(f"   {'page':<42} {'stmts':>5} {'SQL ms':>8} {'slowest plan ms':>15} {'seq scans':>9}")
    for r in results:
        slowest = r.statements[0].slowest_ms if r.statements else 0.0
        scans = sum(len(s.seq_scans) for s in r.statements)
        print(f"   {r.name:<42} {r.count:>5} {r.sql_ms:>8.0f} {slowest:>15.1f} {scans:>9}")


def compare(results: list[PageResult], path: Path) -> None:
    before = {page["name"]: page for page in json.loads(path.read_text())}
    print(f"\n== Compared with {path}")
    print(f"   {'page':<42} {'stmts':>11} {'slowest plan ms':>19} {'seq scans':>11}")
    for r in results:
        old = before.get(r.name)
        if old is None:
            continue
        old_slowest = max(
            (s["plan_ms"] if s["plan_ms"] is not None else s["time_ms"] for s in old["statements"]), default=0.0
        )
        old_scans = sum(len(s["seq_scans"]) for s in old["statements"])
        slowest = r.statements[0].slowest_ms if r.statements else 0.0
        scans = sum(len(s.seq_scans) for s in r.statements)
        print(
            f"   {r.name:<42} {old['count']:>4} → {r.count:<4} {old_slowest:>8.1f} → {slowest:<8.1f} "
            f"{old_scans:>4} → {scans:<4}"
        )


# --- The scenarios -------------------------------------------------------------------------------


@dataclass
class Cast:
    """Who plays which part, chosen from the data: the largest region and its people."""

    region: object
    manager: object
    programme: object
    statistician: object
    learner: object
    enrolment: object
    lesson: object
    assessment: object
    team: object
    statistics_assessment: object


def choose_cast():
    from django.contrib.auth.models import Permission
    from django.db.models import Count, Q

    from assessments.models import Assessment, Attempt, AttemptStatus
    from assessments.selectors import eligibility
    from courses.models import Enrolment
    from courses.selectors import lessons_of, missing_prerequisites
    from dashboards.models import Requirement
    from organisations.models import Region, Role, User

    largest = (
        Requirement.objects.values("region_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("region_id", flat=True)
    ).first()
    region = Region.objects.get(pk=largest)
    current = {"memberships__valid_to__isnull": True, "is_active": True}
    manager = User.objects.filter(memberships__region=region, memberships__role=Role.MANAGER, **current).order_by("pk")
    programme = User.objects.filter(memberships__role=Role.PROGRAMME, **current).order_by("pk").first()
    permission = Permission.objects.get(codename="view_item_statistics")
    statistician = (
        User.objects.filter(Q(groups__permissions=permission) | Q(user_permissions=permission), is_active=True)
        .order_by("pk")
        .first()
        or User.objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    )
    team = (
        Requirement.objects.filter(region=region, team__isnull=False)
        .values("team_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("team_id", flat=True)
        .first()
    )
    # A learner of that region with an unfinished course they may open and a test they may start.
    enrolments = (
        Enrolment.objects.filter(
            completed_at__isnull=True,
            course__live=True,
            user__memberships__region=region,
            user__memberships__role=Role.EMPLOYEE,
            user__memberships__valid_to__isnull=True,
            user__is_active=True,
        )
        .select_related("user", "course")
        .order_by("pk")[:300]
    )
    chosen = None
    for enrolment in enrolments:
        if missing_prerequisites(enrolment.user, enrolment.course):
            continue
        lesson = lessons_of(enrolment.course).first()
        if lesson is None:
            continue
        for assessment in Assessment.objects.filter(course=enrolment.course, is_active=True).order_by("pk"):
            if eligibility(enrolment.user, assessment, enrolment).can_start:
                chosen = (enrolment, lesson, assessment)
                break
        if chosen:
            break
    if chosen is None:
        raise SystemExit("no learner with an open course and a test to start found in the largest region")
    enrolment, lesson, assessment = chosen
    busiest = (
        Attempt.objects.filter(status=AttemptStatus.FINAL)
        .values("assessment_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("assessment_id", flat=True)
        .first()
    )
    from organisations.models import Team

    return Cast(
        region=region,
        manager=manager.first(),
        programme=programme,
        statistician=statistician,
        learner=enrolment.user,
        enrolment=enrolment,
        lesson=lesson,
        assessment=assessment,
        team=Team.objects.get(pk=team),
        statistics_assessment=Assessment.objects.get(pk=busiest),
    )


def answer_for(item) -> dict:
    """A valid answer to an attempt item, as the form posts it."""
    snapshot = item.snapshot
    if item.kind == "casus":
        step = snapshot["steps"][0]
        return {"step": step["key"], "option": step["options"][0]["id"]}
    options = snapshot.get("options", [])
    kind = snapshot["kind"]
    if kind == "single":
        return {"option": options[0]["id"]}
    if kind == "multiple":
        return {"options": [options[0]["id"]]}
    if kind == "ordering":
        return {f"position-{o['id']}": str(i + 1) for i, o in enumerate(options)}
    if kind == "matching":
        return {f"match-{o['id']}": o["match"] for o in options}
    return {"text": "Ik bespreek het met mijn aandachtsfunctionaris."}


def learner_scenario(run: Runner, cast: Cast) -> None:
    from django.test import Client

    from assessments.models import Attempt

    client = Client()
    learner = cast.learner
    run.page("learner: /mijn-leren/", client, "/mijn-leren/", user=learner)
    run.page("learner: lesson page", client, cast.lesson.url, user=learner)
    run.page(
        "learner: start attempt",
        client,
        f"/toetsen/{cast.assessment.pk}/",
        user=learner,
        method="post",
        expect=302,
    )
    attempt = Attempt.objects.filter(user=learner, assessment=cast.assessment, status="open").get()
    items = list(attempt.items.order_by("position"))
    run.page("learner: attempt item page", client, f"/toetsen/poging/{attempt.pk}/vraag/1/", user=learner)
    run.page(
        "learner: answer save (autosave)",
        client,
        f"/toetsen/poging/{attempt.pk}/vraag/1/",
        user=learner,
        method="post",
        data=answer_for(items[0]),
        HTTP_ACCEPT="application/json",
    )
    for item in items[1:]:  # the rest unmeasured, so the submit scores a whole attempt
        client.post(
            f"/toetsen/poging/{attempt.pk}/vraag/{item.position}/", answer_for(item), HTTP_ACCEPT="application/json"
        )
    run.page(
        "learner: submit", client, f"/toetsen/poging/{attempt.pk}/inleveren/", user=learner, method="post", expect=302
    )


def refresh_scenario(run: Runner, cast: Cast) -> None:
    from dashboards.tasks import refresh_requirements_task

    run.measure(
        "task: readiness refresh (one person)",
        "refresh_requirements_task",
        lambda: refresh_requirements_task([cast.learner.pk]),
    )


def manager_scenario(run: Runner, cast: Cast) -> None:
    from django.test import Client

    client = Client()
    manager = cast.manager
    run.page("manager: dashboard", client, "/dashboard/", user=manager)
    run.page("manager: team page", client, f"/dashboard/team/{cast.team.pk}/", user=manager)
    run.page("manager: person page", client, f"/dashboard/medewerker/{cast.learner.pk}/", user=manager)
    for status in ("overdue", "expiring", "due_soon"):
        run.page(f"manager: action list {status}", client, f"/dashboard/actie/{status}/", user=manager)
    run.page("manager: action list overdue p.20", client, "/dashboard/actie/overdue/?pagina=20", user=manager)
    run.page("manager: certificates", client, "/certificaten/", user=manager)
    for status in ("expiring", "expired", "revoked"):
        run.page(f"manager: certificates status={status}", client, f"/certificaten/?status={status}", user=manager)
    run.page("manager: certificates course", client, f"/certificaten/?course={cast.enrolment.course_id}", user=manager)
    run.page("manager: certificates search name", client, f"/certificaten/?q={cast.learner.last_name}", user=manager)
    from certificates.models import Certificate

    code = Certificate.objects.filter(region=cast.region).order_by("pk").values_list("code", flat=True).first()
    run.page("manager: certificates search code", client, f"/certificaten/?q={code}", user=manager)
    run.page("manager: people list", client, "/mensen/", user=manager)
    run.page("manager: people search", client, f"/mensen/?q={cast.learner.last_name}", user=manager)


def export_scenario(run: Runner, cast: Cast) -> list[str]:
    from dashboards.models import ReadinessExport
    from dashboards.services import build_export

    export = ReadinessExport.objects.create(requested_by=cast.manager, region=cast.region, format="csv")
    run.measure("task: readiness export build (csv)", "build_export", lambda: build_export(export_id=export.pk))
    export.refresh_from_db()
    return [export.file.name] if export.file else []


def programme_scenario(run: Runner, cast: Cast) -> None:
    from django.test import Client

    client = Client()
    staff = cast.programme
    run.page("programme: national dashboard (cold)", client, "/dashboard/landelijk/", user=staff)
    run.page("programme: national region (cold)", client, f"/dashboard/landelijk/{cast.region.slug}/", user=staff)
    run.page("programme: people search", client, f"/mensen/?q={cast.learner.last_name}", user=staff)
    run.page("programme: people search e-mail", client, f"/mensen/?q={cast.learner.email.split('@')[0]}", user=staff)
    run.page("programme: people list", client, "/mensen/", user=staff)


def statistics_scenario(run: Runner, cast: Cast) -> None:
    from django.test import Client

    run.page(
        "trainer: item statistics (cold)",
        Client(),
        f"/toetsen/{cast.statistics_assessment.pk}/statistiek/",
        user=cast.statistician,
    )


SCENARIOS = [
    ("learner", learner_scenario),
    ("refresh", refresh_scenario),
    ("manager", manager_scenario),
    ("export", export_scenario),
    ("programme", programme_scenario),
    ("statistics", statistics_scenario),
]


class Rollback(Exception):
    pass


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", default=[], help="pages whose name contains one of these words")
    parser.add_argument("--top", type=int, default=3, help="slowest statements listed per page")
    parser.add_argument("--plans", type=int, default=0, help="print the plans of the N slowest statements")
    parser.add_argument("--runs", type=int, default=3, help="EXPLAIN ANALYZE runs per statement (the fastest counts)")
    parser.add_argument("--large", type=int, default=10_000, help="a table with more rows than this is large")
    parser.add_argument("--width", type=int, default=150)
    parser.add_argument("--save", type=Path, help="write the results as JSON")
    parser.add_argument("--compare", type=Path, help="a --save file of an earlier run, to compare with")
    args = parser.parse_args()

    os.environ.setdefault("DATABASE_URL", BENCH_DATABASE)
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("ACCESS_LOG_LEVEL", "WARNING")
    # STATIC_ROOT may not exist (nothing is collected; see the storage below): whitenoise's warning is noise.
    warnings.filterwarnings("ignore", message="No directory at")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ["CELERY_BROKER_URL"] = ""  # tasks in process; nothing of a rolled-back page leaves it
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.files.storage import default_storage
    from django.db import connection, transaction
    from django.test.utils import override_settings, setup_test_environment

    if connection.vendor != "postgresql":
        raise SystemExit("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) needs PostgreSQL: set DATABASE_URL")
    setup_test_environment()  # the test client's hooks, and the locmem mail backend
    settings.DEBUG = False
    settings.REQUIRE_STAFF_MFA = False
    # DEBUG off serves hashed static names from a manifest; the plain storage needs no collectstatic.
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    override_settings(STORAGES={**settings.STORAGES, "staticfiles": plain}).enable()

    sizes = table_sizes()
    big = sorted(((n, t) for t, n in sizes.items() if n > args.large), reverse=True)
    print(f"PostgreSQL {connection.pg_version}, database {connection.settings_dict['NAME']}; large tables:")
    print("   " + ", ".join(f"{t} {n:,}" for n, t in big))
    cast = choose_cast()
    print(
        f"region {cast.region.name}; manager {cast.manager.email}; learner #{cast.learner.pk} "
        f"(course {cast.enrolment.course.title!r}, test #{cast.assessment.pk}); team {cast.team.name!r}; "
        f"programme {cast.programme.email if cast.programme else '-'}; "
        f"statistics of test #{cast.statistics_assessment.pk} as {cast.statistician.email}"
    )
    run = Runner(args, sizes)
    leftovers: list[str] = []
    for _name, scenario in SCENARIOS:
        try:
            with transaction.atomic():
                outcome = scenario(run, cast)
                if isinstance(outcome, list):
                    leftovers.extend(outcome)
                raise Rollback
        except Rollback:
            pass
    for file_name in leftovers:
        if default_storage.exists(file_name):
            default_storage.delete(file_name)
    summary(run.results)
    if args.compare:
        compare(run.results, args.compare)
    if args.save:
        args.save.parent.mkdir(parents=True, exist_ok=True)
        args.save.write_text(json.dumps(as_json(run.results), indent=1, default=str))
        print(f"\nsaved to {args.save}")


if __name__ == "__main__":
    main()
