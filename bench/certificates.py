"""Certificate rendering: time per PDF, memory over many renders, and the end-to-end issuing rate
through real Celery workers. Run by hand; prints figures.

    .venv/bin/python bench/certificates.py --renders 500
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench CELERY_BROKER_URL=redis://127.0.0.1:6379/11 \\
        .venv/bin/python bench/certificates.py --renders 500 --issue 500 --workers 2

Part 1 calls the pure renderer `render_certificate_pdf` in this process: the first render is
reported apart (fonts and templates load), then median and p95, and the peak resident memory after
the 100th and after the last render. Part 2 (with --issue and a broker) issues N certificates for
completed enrolments and starts a `celery worker --concurrency W` against the same database; it
prints how long until every PDF is stored and e-mailed (file backend), and the rate.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--renders", type=int, default=500)
    parser.add_argument("--issue", type=int, default=0, help="certificates to issue end to end (needs a broker)")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    mail_dir = Path(tempfile.mkdtemp(prefix="bench-mail-"))
    os.environ.setdefault("EMAIL_URL", f"file://{mail_dir}")
    if "DATABASE_URL" not in os.environ:
        bench_dir = ROOT / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        for old in bench_dir.glob("certificates.sqlite3*"):
            old.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{bench_dir / 'certificates.sqlite3'}"
    import django

    django.setup()
    import weasyprint

    from certificates.pdf import render_certificate_pdf

    context = {
        "holder_name": "Fleur Bakker-de Vries",
        "course_title": "Meldcode, afwegingskader en radarfunctie",
        "course_code": "M02",
        "course_version": 2,
        "study_load_hours": 4,
        "accreditation_body": "SKJ",
        "accreditation_number": "VT-2026-M02",
        "accreditation_points": 4,
        "competences": ["C1 Wettelijk en methodisch kader toepassen", "C2 Signaleren en duiden"],
        "assessment_results": [{"title": "Eindtoets meldcode en afwegingskader", "percent": 86}],
        "region_name": "Groningen",
        "issued_on": date(2026, 11, 26),
        "expires_on": date(2029, 11, 26),
        "grouped_code": "T94D-0B9V-9V7Y-7W31-5Z5H",
        "verification_url": "https://academie.example/certificaten/verifieer/T94D0B9V9V7Y7W315Z5H/",
    }
    t0 = time.perf_counter()
    size = len(render_certificate_pdf(context))
    first = time.perf_counter() - t0
    timings, after_100 = [], None
    for index in range(1, args.renders):
        t0 = time.perf_counter()
        render_certificate_pdf({**context, "holder_name": f"Medewerker {index}"})
        timings.append(time.perf_counter() - t0)
        if index + 1 == 100:  # the 100th render: the first one was timed apart
            after_100 = peak_mb()
    timings.sort()
    print(
        f"render: first {1000 * first:.0f} ms, then median {1000 * statistics.median(timings):.0f} ms, "
        f"p95 {1000 * timings[int(0.95 * (len(timings) - 1))]:.0f} ms over {len(timings)} renders; "
        f"{size / 1024:.0f} KiB per PDF"
    )
    if after_100 is not None:
        print(f"peak memory: {after_100:.0f} MiB after 100 renders, {peak_mb():.0f} MiB after {args.renders}")
    print(f"WeasyPrint {weasyprint.__version__}, Python {platform.python_version()}, {os.cpu_count()} cpus")
    if args.issue:
        issue_end_to_end(args.issue, args.workers, mail_dir)


def issue_end_to_end(count: int, workers: int, mail_dir: Path) -> None:
    from django.conf import settings
    from django.core.management import call_command
    from django.utils import timezone

    from certificates.models import Certificate
    from certificates.services import issue_certificate
    from courses.models import Enrolment
    from organisations.models import Role
    from tests.factories import make_course, make_person

    if not settings.CELERY_BROKER_URL:
        sys.exit("--issue needs CELERY_BROKER_URL (and a DATABASE_URL the worker can reach)")
    from elearning.celery import app

    call_command("migrate", verbosity=0)
    app.control.purge()
    course = make_course(code="B99", lessons=1)
    enrolments = []
    for index in range(count):
        person = make_person(role=Role.EMPLOYEE, region_slug=("groningen", "utrecht")[index % 2])
        enrolments.append(
            Enrolment.objects.create(
                user=person, course=course, source="self", completed_at=timezone.now(), completed_version=1
            )
        )
    worker = subprocess.Popen(  # noqa: S603 — our own worker
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "elearning",
            "worker",
            f"--concurrency={workers}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=os.environ.copy(),
    )
    try:
        time.sleep(5)  # worker start-up, not part of the rate
        started = time.perf_counter()
        for enrolment in enrolments:
            issue_certificate(enrolment_id=enrolment.pk)  # enqueues on commit (autocommit: at once)
        done = 0
        while done < count and time.perf_counter() - started < 30 * 60:
            time.sleep(1)
            done = Certificate.objects.filter(course=course, emailed_at__isnull=False).count()
        elapsed = time.perf_counter() - started
    finally:
        worker.terminate()
        worker.wait(timeout=30)
    # The file backend appends the messages one connection sends within a second to one file.
    mails = sum(path.read_text(errors="replace").count("\nSubject: ") for path in mail_dir.iterdir())
    print(
        f"issue end to end: {done} of {count} certificates rendered, stored and mailed in {elapsed:.1f} s "
        f"({done / elapsed:.1f}/s) with {workers} worker processes; {mails} e-mails"
    )


if __name__ == "__main__":
    main()
