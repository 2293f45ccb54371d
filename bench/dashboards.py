"""Readiness dashboards at national scale: server time of the region dashboard (largest region),
the national view and the CSV export. Run by hand on a database filled by `generate_bench_data`;
prints figures.

    DEBUG=true DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench .venv/bin/python manage.py migrate
    DEBUG=true DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench .venv/bin/python manage.py \\
        generate_bench_data --learners 100000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench .venv/bin/python bench/dashboards.py --requests 30

Requests go through the Django test client in this process with DEBUG off (the whole view:
middleware, selectors, templates, SVG), after one warm-up request each. The region's figures and
their rendering (until its readiness rows change), the competence strengths and the national
figures are cached in production; the script reports each page with the cache cleared before every
request (the computation) and with it kept. The exports run the export task's
work (`build_export`) in this process and report time and size.
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


def timed(client, url: str, n: int, before=None) -> tuple[list[float], int]:
    from django.db import connection, reset_queries

    client.get(url)  # warm-up
    times = []
    queries = 0
    for _ in range(n):
        if before:
            before()
        reset_queries()
        start = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
        queries = len(connection.queries)
    return times, queries


def describe(label: str, times: list[float], queries: int) -> None:
    ordered = sorted(times)
    p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
    print(f"{label:<44} median {statistics.median(times):7.0f} ms   p95 {p95:7.0f} ms   {queries} queries")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--skip-rebuild", action="store_true", help="requirement rows are already current")
    args = parser.parse_args()

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("ACCESS_LOG_LEVEL", "WARNING")
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    import django

    django.setup()
    from django.conf import settings
    from django.core.cache import cache
    from django.core.management import call_command
    from django.db import connection
    from django.db.models import Count
    from django.test import Client
    from django.test.utils import setup_test_environment

    from dashboards.models import Requirement
    from dashboards.readiness import rebuild_all_requirements
    from organisations.models import Membership, Role, User

    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off serves hashed names
    setup_test_environment()
    settings.DEBUG = False
    settings.REQUIRE_STAFF_MFA = False
    connection.force_debug_cursor = True  # count queries with DEBUG off

    people = Membership.objects.filter(valid_to__isnull=True, region__isnull=False).count()
    print(f"{people} people, {connection.vendor}, Python {platform.python_version()}, {platform.machine()}")
    if not args.skip_rebuild:
        start = time.perf_counter()
        rows = rebuild_all_requirements()
        print(f"rebuilt {rows} requirement rows in {time.perf_counter() - start:.1f} s")
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
    largest = (
        Requirement.objects.values("region_id", "region__name")
        .annotate(people=Count("user", distinct=True))
        .order_by("-people")
        .first()
    )
    print(f"largest region: {largest['region__name']} ({largest['people']} people)")
    manager = (
        User.objects.filter(
            memberships__region_id=largest["region_id"],
            memberships__role=Role.MANAGER,
            memberships__valid_to__isnull=True,
            is_active=True,
        )
        .order_by("pk")
        .first()
    )
    programme = User.objects.filter(memberships__role=Role.PROGRAMME, memberships__valid_to__isnull=True).first()
    if programme is None:
        programme = User.objects.filter(is_superuser=True).first()
    manager_client, programme_client = Client(), Client()
    manager_client.force_login(manager, backend="organisations.auth_backends.CachedPermissionsBackend")
    programme_client.force_login(programme, backend="organisations.auth_backends.CachedPermissionsBackend")

    describe(
        "region dashboard (every cache cleared: figures computed and rendered)",
        *timed(manager_client, "/dashboard/", args.requests, before=cache.clear),
    )
    describe(
        "region dashboard (cached until the region's readiness changes)",
        *timed(manager_client, "/dashboard/", args.requests),
    )
    describe(
        "national view (figures computed)",
        *timed(programme_client, "/dashboard/landelijk/", args.requests, before=cache.clear),
    )
    describe(
        "national view (figures cached, as beat keeps them)",
        *timed(programme_client, "/dashboard/landelijk/", args.requests),
    )
    from dashboards.models import ReadinessExport
    from dashboards.services import build_export
    from organisations.models import Region

    for fmt in ("csv", "xlsx"):
        export = ReadinessExport.objects.create(
            requested_by=manager, region=Region.objects.get(pk=largest["region_id"]), format=fmt
        )
        start = time.perf_counter()
        outcome = build_export(export_id=export.pk)
        elapsed = time.perf_counter() - start
        export.refresh_from_db()
        size = export.file.size if export.file else 0
        print(
            f"{fmt.upper()} export of the largest region: {outcome}, {export.total} rows, "
            f"{size / 1e6:.1f} MB in {elapsed:.2f} s"
        )
        export.file.delete(save=False)
        export.delete()


if __name__ == "__main__":
    main()
