"""Server time of the learner's pages at a chosen data size. Run by hand; prints figures.

    .venv/bin/python bench/learning_pages.py --courses 20 --lessons 8 --learners 1000 --requests 60

Builds a fresh SQLite database under var/bench/ (or uses DATABASE_URL when set — then point it at
an empty database), seeds N courses × M lessons and K learners with progress, then times
/mijn-leren/, a course page and a lesson page through Django's test client (in-process, so the
figure is server time without network or gunicorn). Prints median and p95 per page and the query
count of one request.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--courses", type=int, default=20)
    parser.add_argument("--lessons", type=int, default=8)
    parser.add_argument("--learners", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=60)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("REQUIRE_STAFF_MFA", "false")
    if "DATABASE_URL" not in os.environ:
        bench_dir = ROOT / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        for old in bench_dir.glob("bench.sqlite3*"):
            old.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{bench_dir / 'bench.sqlite3'}"
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)  # production-like manifest storage
    started = time.monotonic()
    learner, course, lesson = seed(args)
    print(f"seeded in {time.monotonic() - started:.1f} s")

    # Django clears the query log at the start of every request; keep it for the count below.
    from django.core.signals import request_started
    from django.db import reset_queries

    request_started.disconnect(reset_queries)
    client = Client()
    client.force_login(learner, backend="organisations.auth_backends.CachedPermissionsBackend")
    pages = {"/mijn-leren/": "/mijn-leren/", "course page": course.url, "lesson page": lesson.url}
    print(
        f"machine: {platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"{connection.vendor}"
    )
    print(f"data: {args.courses} courses × {args.lessons} lessons, {args.learners} learners")
    print(f"{'page':<14} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for name, url in pages.items():
        for _ in range(5):  # warm caches and the session refresh
            assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        timings = []
        for _ in range(args.requests):
            begin = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - begin) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        print(f"{name:<14} {statistics.median(timings):>10.1f} {p95:>8.1f} {len(queries):>8}")


def seed(args):
    import random

    from django.contrib.auth.hashers import make_password
    from django.utils import timezone

    from courses.models import CourseCatalogPage, CoursePage, Enrolment, HomePage, LessonCompletion, LessonPage
    from organisations.models import Function, Membership, Region, User

    rng = random.Random(1)
    catalogue = CourseCatalogPage(title="Cursussen", slug="cursussen")
    HomePage.objects.get().add_child(instance=catalogue)
    catalogue.save_revision().publish()
    courses, lessons = [], {}
    body = [{"type": "text", "value": "<p>" + "Tekst over de meldcode. " * 80 + "</p>"}]
    for c in range(args.courses):
        course = CoursePage(
            title=f"Cursus {c}",
            slug=f"cursus-{c}",
            code=f"B{c:02d}",
            summary="Bench.",
            study_load_hours=4,
            for_all_functions=True,
        )
        catalogue.add_child(instance=course)
        course.save_revision().publish()
        lessons[course.pk] = []
        for m in range(args.lessons):
            lesson = LessonPage(title=f"Les {m}", slug=f"les-{m}", body=body)
            course.add_child(instance=lesson)
            lesson.save_revision().publish()
            lessons[course.pk].append(lesson)
        courses.append(course)
    password = make_password("bench-wachtwoord-2026")
    regions = list(Region.objects.all())
    function = Function.objects.first()
    users = User.objects.bulk_create(
        [
            User(email=f"bench{n}@vt.example", first_name="Bench", last_name=str(n), password=password)
            for n in range(args.learners)
        ]
    )
    Membership.objects.bulk_create([Membership(user=u, region=rng.choice(regions), function=function) for u in users])
    enrolments = Enrolment.objects.bulk_create(
        [Enrolment(user=u, course=c, source="path") for u in users for c in rng.sample(courses, min(6, len(courses)))]
    )
    completions = []
    for enrolment in enrolments:
        for lesson in lessons[enrolment.course_id][: rng.randint(0, args.lessons)]:
            completions.append(LessonCompletion(enrolment=enrolment, lesson=lesson, completed_at=timezone.now()))
    LessonCompletion.objects.bulk_create(completions, batch_size=5000)
    learner = users[0]
    first = Enrolment.objects.filter(user=learner).select_related("course").first()
    course = CoursePage.objects.get(pk=first.course_id)
    return learner, course, LessonPage.objects.child_of(course).order_by("path").first()


if __name__ == "__main__":
    main()
