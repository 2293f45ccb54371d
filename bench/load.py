"""Load benchmark: the platform under gunicorn against a bare view, in one run and one server set-up.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench \\
    CACHE_URL=redis://127.0.0.1:6379/12 CELERY_BROKER_URL=redis://127.0.0.1:6379/13 \\
        .venv/bin/python bench/load.py --seconds 20 --clients 16

Needs a database filled by `manage.py generate_bench_data --learners 100000` (it uses the bench
learners, their enrolments and the practice tests that command adds, and the demo managers). Starts
gunicorn on 127.0.0.1 (2 processes × 4 threads unless told otherwise), makes sessions the way login
does, then:

1. starts 500 attempts at once (every learner's start button pressed twice at the same moment, as a
   double click would) and counts errors and duplicate open attempts;
2. measures each page on its own for --seconds with --clients closed-loop clients: the bare view
   `/livez` (same middleware, no database), a lesson page, `/mijn-leren/`, saving an answer, the
   manager's dashboard, and submitting;
3. runs the mix of logged-in traffic (lesson pages, Mijn leren, answer saving, submitting, the
   dashboard) for --seconds and prints requests per second with p50/p95/p99 and errors.

The clients run in --client-processes processes so that Python's client is not what limits the bare
view. Only 127.0.0.1 is contacted. Messages for the tasks the server enqueues go to the broker's
queue and are purged at the end (no worker runs: this measures the web tier).
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import platform
import random
import secrets
import socket
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SYNC_STARTS = 500
#: The mix's shares of lesson pages, Mijn leren, answer saving and the dashboard; besides those, 100
#: submits are spread through it.
MIX_WEIGHTS = (45, 15, 35, 5)


@dataclass(frozen=True)
class Call:
    """One request a client may make: the page it belongs to, and what to send."""

    page: str
    method: str
    path: str
    session: str
    body: dict | None = None
    #: The statuses that count as success for this page.
    ok: tuple[int, ...] = (200,)
    #: For a redirect: where it must lead (a refused start goes back to the test's page instead).
    location: str = ""


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# --- The client ----------------------------------------------------------------------------------


class Client:
    """One keep-alive connection; the CSRF cookie and header are a fixed random token, as a browser
    that loaded a form would send."""

    def __init__(self, port: int, cookie_names: tuple[str, str]):
        self.port = port
        self.session_cookie, self.csrf_cookie = cookie_names
        self.token = secrets.token_hex(16)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)

    def send(self, call: Call) -> tuple[int, str]:
        headers = {
            "Cookie": f"{self.session_cookie}={call.session}; {self.csrf_cookie}={self.token}",
            "X-CSRFToken": self.token,
            "Accept": "application/json" if call.page == "save answer" else "text/html",
        }
        body = None
        if call.body is not None:
            body = urlencode(call.body)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        for attempt in (1, 2):
            try:
                self.connection.request(call.method, call.path, body=body, headers=headers)
                response = self.connection.getresponse()
                response.read()
                return response.status, response.getheader("Location", "")
            except (http.client.HTTPException, ConnectionError):
                # gunicorn closed an idle keep-alive connection: reconnect once.
                self.connection.close()
                self.connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
                if attempt == 2:
                    raise
        raise AssertionError("unreachable")


def _closed_loop(port, cookie_names, calls, once, seconds, threads, seed, results, rate=None):
    """In a client process: `threads` clients send `calls` (each once when `once`, else drawn at
    random) until the time is up; per page latencies and errors go to `results`.

    With `rate`, requests start on a fixed schedule of `rate` per second instead of as fast as
    answers come back (an open loop, as real visitors arrive), and a latency counts from the
    scheduled start: a request that had to wait for a free client is not flattered."""
    rng = random.Random(seed)
    lock = threading.Lock()
    tallies: dict[str, Tally] = {}
    pending = list(calls)
    deadline = time.perf_counter() + seconds
    schedule = {"next": time.perf_counter()}

    def work():
        client = Client(port, cookie_names)
        while time.perf_counter() < deadline:
            with lock:
                if once:
                    if not pending:
                        return
                    call = pending.pop()
                else:
                    call = rng.choice(calls)
                if rate:
                    slot = schedule["next"]
                    schedule["next"] += 1 / rate
            if rate:
                if slot >= deadline:
                    return
                time.sleep(max(0.0, slot - time.perf_counter()))
            started = slot if rate else time.perf_counter()
            try:
                status, location = client.send(call)
                error = None
                if status not in call.ok or not location.startswith(call.location):
                    error = f"{call.page}: {status} {call.path} {location}"
            except Exception as exc:  # noqa: BLE001  (every failure is an error to count)
                error = f"{call.page}: {type(exc).__name__} {call.path}"
            elapsed = time.perf_counter() - started
            with lock:
                tally = tallies.setdefault(call.page, Tally())
                tally.latencies.append(elapsed)
                if error:
                    tally.errors.append(error)

    pool = [threading.Thread(target=work) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    results.put({page: (tally.latencies, tally.errors) for page, tally in tallies.items()})


def run_phase(port, cookie_names, calls, *, seconds, clients, processes, once=False, rate=None):
    """Spread `clients` over `processes` client processes; returns {page: Tally} and the wall time.
    With `rate`, the processes together start `rate` requests per second (see `_closed_loop`)."""
    from django.db import connections

    # The client processes are forked: they must not inherit (and, exiting, close) a database socket.
    connections.close_all()
    processes = max(1, min(processes, clients))
    results = multiprocessing.Queue()
    shares = [calls[i::processes] for i in range(processes)] if once else [calls] * processes
    started = time.perf_counter()
    workers = [
        multiprocessing.Process(
            target=_closed_loop,
            args=(
                port,
                cookie_names,
                shares[i],
                once,
                seconds,
                clients // processes + (i < clients % processes),
                i,
                results,
                rate / processes if rate else None,
            ),
        )
        for i in range(processes)
    ]
    for worker in workers:
        worker.start()
    merged: dict[str, Tally] = {}
    for _ in workers:
        for page, (latencies, errors) in results.get().items():
            tally = merged.setdefault(page, Tally())
            tally.latencies.extend(latencies)
            tally.errors.extend(errors)
    for worker in workers:
        worker.join()
    return merged, time.perf_counter() - started


# --- Set-up: sessions and what each learner may request ------------------------------------------


def session_for(user) -> str:
    """A session as login makes it, without hashing a password per person."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    store = import_string(settings.SESSION_ENGINE + ".SessionStore")()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = "organisations.auth_backends.CachedPermissionsBackend"
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def pick_learners(count: int, rng: random.Random):
    """Bench learners enrolled in a course that has a practice test (unlimited attempts), with the
    lesson URLs of their courses."""
    from assessments.models import Assessment, Attempt
    from courses.models import Enrolment, LessonPage
    from courses.selectors import missing_prerequisites
    from dashboards.bench_data import bench_users
    from organisations.models import User

    practice = {a.course_id: a for a in Assessment.objects.filter(required=False, max_attempts__isnull=True)}
    if not practice:
        sys.exit("No practice tests: fill the database with `manage.py generate_bench_data` first.")
    lesson_urls: dict[int, list[str]] = {}
    for course_id in practice:
        lesson_urls[course_id] = [
            page.url for page in LessonPage.objects.live().descendant_of(practice[course_id].course)
        ]
    enrolments = list(
        Enrolment.objects.filter(user__in=bench_users().filter(is_active=True), course_id__in=practice)
        .exclude(completed_at__isnull=False)
        .values_list("user_id", "course_id")
        .order_by("user_id")[: count * 20]
    )
    rng.shuffle(enrolments)
    # A passed test cannot be taken again, practice tests included.
    passed = set(
        Attempt.objects.filter(
            user_id__in={user_id for user_id, _ in enrolments},
            assessment__in=practice.values(),
            passed=True,
        ).values_list("user_id", "assessment__course_id")
    )
    people = User.objects.in_bulk({user_id for user_id, _ in enrolments})
    courses = {course_id: practice[course_id].course for course_id in practice}
    chosen, seen = [], set()
    for user_id, course_id in enrolments:
        if user_id in seen or not lesson_urls[course_id] or (user_id, course_id) in passed:
            continue
        if missing_prerequisites(people[user_id], courses[course_id]):
            continue  # the lessons would answer 403 "locked"
        seen.add(user_id)
        chosen.append((user_id, practice[course_id], lesson_urls[course_id]))
        if len(chosen) == count:
            break
    if len(chosen) < count:
        sys.exit(f"Only {len(chosen)} suitable learners; generate more bench data.")
    return chosen


def answer_calls(session: str, attempt_id: int, rng: random.Random) -> list[Call]:
    """Autosave requests for the attempt's single-choice items (the commonest kind)."""
    from assessments.models import AttemptItem

    calls = []
    for position, snapshot in AttemptItem.objects.filter(attempt_id=attempt_id).values_list("position", "snapshot"):
        if snapshot.get("kind") == "single" and snapshot.get("options"):
            option = rng.choice(snapshot["options"])["id"]
            calls.append(
                Call(
                    "save answer",
                    "POST",
                    f"/toetsen/poging/{attempt_id}/vraag/{position}/",
                    session,
                    {"option": option},
                )
            )
    return calls


# --- Main ----------------------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=float, default=20.0, help="length of each measured phase")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients per phase")
    parser.add_argument("--client-processes", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per gunicorn worker")
    parser.add_argument("--sync-clients", type=int, default=100, help="clients pressing start at once")
    parser.add_argument("--mix-rate", type=float, default=50.0, help="requests per second of the paced mix")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ["DEBUG"] = "false"
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1")
    os.environ["REQUIRE_STAFF_MFA"] = "false"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("ACCESS_LOG_LEVEL", "WARNING")
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database filled by generate_bench_data.")
    if not os.environ.get("CELERY_BROKER_URL") or not os.environ.get("CACHE_URL"):
        sys.exit("Set CELERY_BROKER_URL and CACHE_URL (Redis), as production does.")

    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count

    from assessments.models import Assessment, Attempt, AttemptStatus, FeedbackMode
    from elearning.celery import app
    from organisations.models import User

    call_command("collectstatic", interactive=False, verbosity=0)
    rng = random.Random(8)
    learners = pick_learners(SYNC_STARTS, rng)
    people = User.objects.in_bulk([user_id for user_id, _, _ in learners])
    sessions = {user_id: session_for(people[user_id]) for user_id, _, _ in learners}
    managers = list(User.objects.filter(email__in=["manager.groningen@demo.example", "manager.utrecht@demo.example"]))
    if not managers:
        sys.exit("No demo managers: run `manage.py seed_demo` on this database first.")
    manager_sessions = [session_for(manager) for manager in managers]
    # Autosave re-saves an item as the learner changes their mind; with feedback shown at once an
    # answer is fixed after the first save, so the practice tests used here show it after submitting.
    Assessment.objects.filter(pk__in={a.pk for _, a, _ in learners}).update(feedback_mode=FeedbackMode.AFTER_SUBMIT)
    # Earlier runs' open practice attempts would turn the start into a resume: close them first.
    Attempt.objects.filter(user_id__in=sessions, status=AttemptStatus.OPEN, assessment__required=False).delete()
    cookie_names = (settings.SESSION_COOKIE_NAME, settings.CSRF_COOKIE_NAME)

    port = free_port()
    server = subprocess.Popen(  # noqa: S603 — our own gunicorn, bound to 127.0.0.1
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "elearning.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(args.workers),
            "--threads",
            str(args.threads),
            "--worker-class",
            "gthread",
            "--keep-alive",
            "30",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    rows = []
    try:
        for _ in range(150):
            try:
                if Client(port, cookie_names).send(Call("warm", "GET", "/livez", ""))[0] == 200:
                    break
            except OSError:
                time.sleep(0.2)

        # 1. A synchronised start: every learner presses start twice at the same moment.
        starts = [
            Call(
                "start attempt", "POST", f"/toetsen/{assessment.pk}/", sessions[user_id], {}, (302,), "/toetsen/poging/"
            )
            for user_id, assessment, _ in learners
            for _press in (1, 2)
        ]
        rng.shuffle(starts)
        result, wall = run_phase(
            port,
            cookie_names,
            starts,
            seconds=120,
            clients=args.sync_clients,
            processes=args.client_processes,
            once=True,
        )
        tally = result["start attempt"]
        open_attempts = Attempt.objects.filter(
            user_id__in=sessions, status=AttemptStatus.OPEN, assessment__required=False
        )
        duplicates = open_attempts.values("user_id", "assessment_id").annotate(n=Count("pk")).filter(n__gt=1).count()
        print(
            f"synchronised start: {len(starts)} presses by {len(learners)} learners ({args.sync_clients} clients) "
            f"in {wall:.1f} s; p95 {1000 * percentile(tally.latencies, 0.95):.0f} ms; errors {len(tally.errors)}; "
            f"open attempts {open_attempts.count()}; learners with more than one: {duplicates}"
            + (f"; first error: {tally.errors[0]}" if tally.errors else "")
        )

        # What each page's clients may ask for.
        attempts = dict(open_attempts.values_list("user_id", "pk"))
        order = [user_id for user_id, _, _ in learners if user_id in attempts]
        savers, mixed_submitters = order[:250], order[250:325]
        paced_submitters, submitters = order[325:400], order[400:]
        lesson_calls = [
            Call("lesson page", "GET", url, sessions[user_id]) for user_id, _, urls in learners for url in urls[:3]
        ]
        learning_calls = [Call("mijn leren", "GET", "/mijn-leren/", sessions[user_id]) for user_id in order]
        save_calls = [c for user_id in savers for c in answer_calls(sessions[user_id], attempts[user_id], rng)]
        dashboard_calls = [Call("dashboard", "GET", "/dashboard/", session) for session in manager_sessions]
        bare_calls = [Call("bare view", "GET", "/livez", "")]

        def submit_calls(user_ids):
            return [
                Call(
                    "submit",
                    "POST",
                    f"/toetsen/poging/{attempts[u]}/inleveren/",
                    sessions[u],
                    {},
                    (302,),
                    f"/toetsen/poging/{attempts[u]}/uitslag/",
                )
                for u in user_ids
            ]

        # 2. Each page on its own.
        for calls in (bare_calls, lesson_calls, learning_calls, save_calls, dashboard_calls):
            run_phase(port, cookie_names, calls, seconds=2, clients=args.clients, processes=args.client_processes)
            result, wall = run_phase(
                port,
                cookie_names,
                calls,
                seconds=args.seconds,
                clients=args.clients,
                processes=args.client_processes,
            )
            rows.append(("alone", calls[0].page, result[calls[0].page], wall))
        result, wall = run_phase(
            port,
            cookie_names,
            submit_calls(submitters),
            seconds=args.seconds,
            clients=args.clients,
            processes=args.client_processes,
            once=True,
        )
        rows.append(("alone", "submit", result["submit"], wall))

        # 3. The mix: shares as a day's traffic might have them; submits each once, spread out.
        pages = [lesson_calls, learning_calls, save_calls, dashboard_calls]
        mix = [rng.choice(rng.choices(pages, weights=MIX_WEIGHTS)[0]) for _ in range(20_000)]
        mixed_submits = submit_calls(mixed_submitters)
        for index, call in enumerate(mixed_submits):
            mix.insert(index * len(mix) // len(mixed_submits), call)
        result, wall = run_phase(
            port, cookie_names, mix, seconds=args.seconds, clients=args.clients, processes=args.client_processes
        )
        for page, tally in sorted(result.items()):
            rows.append(("mix", page, tally, wall))
        # The same mix offered at a steady --mix-rate per second: the latency people would see.
        paced_submits = submit_calls(paced_submitters)
        paced = list(mix)
        for index, call in enumerate(paced_submits):
            paced.insert(index * len(paced) // len(paced_submits), call)
        paced = [c for c in paced if c.page != "submit" or c in paced_submits]
        paced_result, _wall = run_phase(
            port,
            cookie_names,
            paced,
            seconds=args.seconds,
            clients=max(args.clients, 32),
            processes=args.client_processes,
            rate=args.mix_rate,
        )
    finally:
        server.terminate()
        server.wait(timeout=20)
        app.control.purge()

    bare = next(t for phase, page, t, _ in rows if phase == "alone" and page == "bare view")
    bare_rate = len(bare.latencies) / args.seconds
    print(
        f"\n{'phase':6} {'page':14} {'requests':>8} {'per s':>8} {'p50 ms':>7} {'p95 ms':>7} {'p99 ms':>7} "
        f"{'errors':>6} {'of bare':>8}"
    )
    for phase, page, tally, wall in rows:
        seconds = args.seconds if phase == "mix" or page != "submit" else wall
        rate = len(tally.latencies) / seconds
        print(
            f"{phase:6} {page:14} {len(tally.latencies):8} {rate:8.1f} "
            f"{1000 * statistics.median(tally.latencies):7.1f} {1000 * percentile(tally.latencies, 0.95):7.1f} "
            f"{1000 * percentile(tally.latencies, 0.99):7.1f} {len(tally.errors):6} "
            f"{100 * rate / bare_rate:7.1f}%" + (f"   first error: {tally.errors[0]}" if tally.errors else "")
        )
    mixed = [t for phase, _, t, _ in rows if phase == "mix"]
    latencies = [x for t in mixed for x in t.latencies]
    errors = sum(len(t.errors) for t in mixed)
    print(
        f"\nmix, all logged-in requests: {len(latencies) / args.seconds:.1f}/s, p95 "
        f"{1000 * percentile(latencies, 0.95):.0f} ms, p99 {1000 * percentile(latencies, 0.99):.0f} ms, errors {errors}"
    )
    paced_latencies = [x for t in paced_result.values() for x in t.latencies]
    paced_errors = sum(len(t.errors) for t in paced_result.values())
    print(
        f"mix offered at {args.mix_rate:.0f}/s (open loop): {len(paced_latencies) / args.seconds:.1f}/s served, "
        f"p50 {1000 * statistics.median(paced_latencies):.0f} ms, "
        f"p95 {1000 * percentile(paced_latencies, 0.95):.0f} ms, "
        f"p99 {1000 * percentile(paced_latencies, 0.99):.0f} ms, errors {paced_errors}"
    )
    for page, tally in sorted(paced_result.items()):
        print(
            f"   {page:14} {len(tally.latencies):6}  p50 {1000 * statistics.median(tally.latencies):6.0f} ms  "
            f"p95 {1000 * percentile(tally.latencies, 0.95):6.0f} ms  errors {len(tally.errors)}"
        )
    people_count = User.objects.count()
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, Python "
        f"{platform.python_version()}, Django {django.get_version()}, {connection.vendor} "
        f"{connection.pg_version // 10000}, {people_count:,} people; gunicorn {args.workers} × {args.threads} "
        f"threads; {args.clients} clients in {args.client_processes} processes on the same machine"
    )


if __name__ == "__main__":
    main()
