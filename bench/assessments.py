"""Answer saving and submission under concurrency, against a real gunicorn server; and the time of
the item-statistics page for an assessment with many finished attempts. Run by hand; prints figures.

    .venv/bin/python bench/assessments.py --learners 200 --threads 16 --statistics-attempts 10000

Uses DATABASE_URL when set (point it at an empty PostgreSQL database for production-like figures),
otherwise a fresh SQLite file under var/bench/. Seeds the demo question bank and casus, one
assessment (a casus + 8 drawn questions), N learners with a started attempt and a session each, then
starts gunicorn on 127.0.0.1 and lets T threads save every answer (the autosave request, JSON) and
submit, each learner in their own thread slot. Afterwards it bulk-inserts finished attempts for the
statistics page and times that page through the same server. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
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
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--learners", type=int, default=200)
    parser.add_argument("--threads", type=int, default=16)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn worker processes")
    parser.add_argument("--statistics-attempts", type=int, default=10_000)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,testserver")
    os.environ.setdefault("REQUIRE_STAFF_MFA", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    if "DATABASE_URL" not in os.environ:
        bench_dir = ROOT / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        for old in bench_dir.glob("assessments.sqlite3*"):
            old.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{bench_dir / 'assessments.sqlite3'}"
    import django

    django.setup()
    import requests
    from django.conf import settings
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    started = time.monotonic()
    assessment, sessions, trainer_session = seed(args.learners)
    print(f"seeded {args.learners} learners with an open attempt in {time.monotonic() - started:.1f} s")

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
            "4",
            "--log-level",
            "warning",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                requests.get(base + "/healthz", timeout=5)
                break
            except requests.RequestException:
                time.sleep(0.2)
        run_load(base, settings, sessions, args.threads)
        time_statistics(base, settings, assessment, trainer_session, args.statistics_attempts)
    finally:
        server.terminate()
        server.wait(timeout=10)
    from django.db import connection

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cpus, "
        f"Python {platform.python_version()}, Django {django.get_version()}, database {connection.vendor}, "
        f"gunicorn {args.workers} workers × 4 threads"
    )


def seed(learners: int):
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.module_loading import import_string

    from assessments import services
    from assessments.content import upsert_casus, upsert_question
    from assessments.demo_content.casus import CASUS
    from assessments.demo_content.questions import QUESTIONS
    from assessments.models import Assessment, AssessmentCasus, AssessmentPool
    from courses.models import Competence
    from organisations.models import Role
    from tests.factories import make_course, make_person

    for data in QUESTIONS:
        upsert_question(data)
    casus = upsert_casus(CASUS[0])
    course = make_course(code="B01", lessons=1)
    assessment = Assessment.objects.create(course=course, title="Benchtoets", max_attempts=None, wait_hours=0)
    AssessmentCasus.objects.create(assessment=assessment, casus=casus)
    for code in ("C1", "C2", "C3", "C4"):
        AssessmentPool.objects.create(
            assessment=assessment, competence=Competence.objects.get(code=code), question_count=2
        )
    store = import_string(settings.SESSION_ENGINE + ".SessionStore")

    def session_for(user) -> str:
        # A session as login would make it; no password hashing in the loop.
        session = store()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "organisations.auth_backends.CachedPermissionsBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        return session.session_key

    sessions = []
    regions = ["groningen", "utrecht", "rotterdam-rijnmond"]
    for index in range(learners):
        person = make_person(role=Role.EMPLOYEE, region_slug=regions[index % 3])
        attempt = services.start_attempt(user=person, assessment=assessment)
        sessions.append((session_for(person), attempt.pk, list(attempt.items.all())))
    trainer = make_person(role=Role.TRAINER, region_slug="utrecht")
    return assessment, sessions, session_for(trainer)


def answers_for(item, rng):
    from assessments import scoring

    snapshot = item.snapshot
    if item.kind == "casus":
        decisions: dict[str, str] = {}
        posts = []
        while True:
            _done, current = scoring.casus_path(snapshot, decisions)
            if current is None:
                return posts
            step = next(s for s in snapshot["steps"] if s["key"] == current)
            decisions[current] = rng.choice(step["options"])["id"]
            posts.append({"step": current, "option": decisions[current]})
    kind = snapshot["kind"]
    ids = [o["id"] for o in snapshot["options"]]
    if kind == "single":
        return [{"option": rng.choice(ids)}]
    if kind == "multiple":
        return [{"options": rng.sample(ids, 2)}]
    if kind == "ordering":
        order = rng.sample(ids, len(ids))
        return [{f"position-{option_id}": str(order.index(option_id) + 1) for option_id in ids}]
    if kind == "matching":
        targets = scoring.match_targets(snapshot)
        return [{f"match-{option_id}": rng.choice(targets) for option_id in ids}]
    return [{"text": "Ik beoordeel eerst de veiligheid en overleg met de gedragswetenschapper."}]


def run_load(base, settings, sessions, threads):
    import requests

    rng = random.Random(1)
    plans = [
        (key, pk, [(item.position, post) for item in items for post in answers_for(item, rng)])
        for key, pk, items in sessions
    ]
    saves, submits, errors = [], [], []
    lock = threading.Lock()
    queue = list(plans)

    def worker():
        http = requests.Session()
        while True:
            with lock:
                if not queue:
                    return
                key, pk, posts = queue.pop()
            token = secrets.token_hex(16)
            http.cookies.clear()
            http.cookies.set(settings.SESSION_COOKIE_NAME, key)
            http.cookies.set(settings.CSRF_COOKIE_NAME, token)
            headers = {"Accept": "application/json", "X-CSRFToken": token, "Referer": base + "/"}
            for position, post in posts:
                t0 = time.perf_counter()
                response = http.post(f"{base}/toetsen/poging/{pk}/vraag/{position}/", data=post, headers=headers)
                with lock:
                    saves.append(time.perf_counter() - t0)
                    if response.status_code != 200:
                        errors.append(("save", response.status_code, response.text[:120]))
            t0 = time.perf_counter()
            response = http.post(f"{base}/toetsen/poging/{pk}/inleveren/", headers=headers, allow_redirects=False)
            with lock:
                submits.append(time.perf_counter() - t0)
                if response.status_code != 302:
                    errors.append(("submit", response.status_code, response.text[:120]))

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    elapsed = time.perf_counter() - started
    print(
        f"{len(sessions)} attempts by {threads} concurrent clients in {elapsed:.1f} s "
        f"({(len(saves) + len(submits)) / elapsed:.0f} requests/s)"
    )
    for name, values in (("save answer", saves), ("submit", submits)):
        print(
            f"  {name:12} n={len(values):6}  {len(values) / elapsed:7.1f}/s  "
            f"p50 {1000 * statistics.median(values):6.1f} ms  p95 {1000 * percentile(values, 0.95):6.1f} ms"
        )
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))


def time_statistics(base, settings, assessment, trainer_session, count):
    """Bulk-insert finished attempts shaped like real ones (same items, random scores)."""
    import requests
    from django.utils import timezone

    from assessments.models import Attempt, AttemptItem, Response

    template = Attempt.objects.filter(assessment=assessment, status__in=["final", "grading"]).first()
    items = list(template.items.all())
    responses = list(Response.objects.filter(attempt=template))
    users = list(Attempt.objects.filter(assessment=assessment).values_list("user_id", "enrolment_id"))
    rng = random.Random(2)
    started = time.monotonic()
    now = timezone.now()
    made = 0
    while made < count:
        batch = min(1000, count - made)
        attempts = Attempt.objects.bulk_create(
            [
                Attempt(
                    user_id=users[i % len(users)][0],
                    assessment=assessment,
                    enrolment_id=users[i % len(users)][1],
                    number=1000 + made + i,
                    status="final",
                    seed=1,
                    feedback_mode="after_submit",
                    pass_mark_percent=70,
                    started_at=now,
                    submitted_at=now,
                    finalised_at=now,
                    score=Decimal(rng.randint(0, 20)),
                    max_score=Decimal(20),
                    percent=Decimal(rng.randint(0, 100)),
                    passed=rng.random() < 0.6,
                )
                for i in range(batch)
            ]
        )
        new_items = AttemptItem.objects.bulk_create(
            [
                AttemptItem(
                    attempt=a,
                    position=i.position,
                    kind=i.kind,
                    question_id=i.question_id,
                    casus_id=i.casus_id,
                    competence_id=i.competence_id,
                    version=i.version,
                    snapshot=i.snapshot,
                    option_order=i.option_order,
                )
                for a in attempts
                for i in items
            ]
        )
        by_key = {(it.attempt_id, it.position): it for it in new_items}
        position = {i.pk: i.position for i in items}
        Response.objects.bulk_create(
            [
                Response(
                    attempt=a,
                    item=by_key[(a.pk, position[r.item_id])],
                    step_key=r.step_key,
                    stat_key=r.stat_key,
                    competence_id=r.competence_id,
                    answer=r.answer,
                    score=Decimal(rng.randint(0, int(r.max_score))),
                    max_score=r.max_score,
                    rating=r.rating,
                )
                for a in attempts
                for r in responses
            ],
            batch_size=2000,
        )
        made += batch
    print(f"inserted {count} finished attempts for the statistics page in {time.monotonic() - started:.1f} s")
    http = requests.Session()
    http.cookies.set(settings.SESSION_COOKIE_NAME, trainer_session)
    timings = []
    for _ in range(4):
        t0 = time.perf_counter()
        response = http.get(f"{base}/toetsen/{assessment.pk}/statistiek/")
        timings.append(time.perf_counter() - t0)
        assert response.status_code == 200, response.status_code
    finished = Attempt.objects.filter(assessment=assessment, status="final").count()
    print(
        # The first request computes; later ones come from the cache (per process without Redis, so
        # the other gunicorn worker may compute once more).
        f"statistics page over {finished} finished attempts: first request (computed) {1000 * timings[0]:.0f} ms, "
        "then " + ", ".join(f"{1000 * t:.0f} ms" for t in timings[1:])
    )


if __name__ == "__main__":
    main()
