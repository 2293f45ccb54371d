"""Where one page's server time goes, in-process, on the load benchmark's database. Run by hand.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/amhk_bench CACHE_URL=redis://127.0.0.1:6379/12 \\
        .venv/bin/python bench/profile_page.py --page lesson --requests 200 [--profile]

Requests one page through Django's test client (the whole middleware stack and the view, no
network and no gunicorn) as the people bench/load.py uses: bench learners with an open enrolment
for the lesson page and Mijn leren, a Groningen manager for the dashboard, nobody for /livez.
Prints the median and p95 of the server time, the queries of one request and their database time,
and with --profile a pyinstrument profile of all requests (`pip install pyinstrument`).
This is the figure to compare before and after a change; bench/load.py gives the throughput.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = ("livez", "lesson", "mijn-leren", "dashboard")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--page", choices=PAGES, default="lesson")
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--people", type=int, default=20, help="distinct learners (or managers) to rotate")
    parser.add_argument("--profile", action="store_true", help="print a pyinstrument profile")
    parser.add_argument("--show-all", action="store_true", help="with --profile: library frames too")
    parser.add_argument("--flat", action="store_true", help="with --profile: self time per function")
    parser.add_argument("--queries", action="store_true", help="print the SQL of one request")
    parser.add_argument("--seed", type=int, default=8)
    args = parser.parse_args()

    if "DATABASE_URL" not in os.environ:
        sys.exit("Set DATABASE_URL to the load benchmark's database (see bench/load.py).")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "elearning.settings")
    os.environ.setdefault("DEBUG", "false")
    os.environ.setdefault("SECRET_KEY", "bench-only-not-secret-" + "x" * 40)
    os.environ.setdefault("ALLOWED_HOSTS", "testserver")
    os.environ.setdefault("REQUIRE_STAFF_MFA", "false")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    os.environ.setdefault("ACCESS_LOG_LEVEL", "WARNING")
    import django

    django.setup()

    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from bench.load import pick_learners
    from organisations.models import Membership, Role

    call_command("collectstatic", interactive=False, verbosity=0)  # DEBUG off serves the manifest's names
    rng = random.Random(args.seed)
    clients: list[tuple[Client, str]] = []
    if args.page == "livez":
        clients = [(Client(), "/livez")]
    elif args.page == "dashboard":
        managers = Membership.objects.current().filter(role=Role.MANAGER, region__slug__in=["groningen", "utrecht"])
        for membership in managers.select_related("user")[: args.people]:
            client = Client()
            client.force_login(membership.user)
            clients.append((client, "/dashboard/"))
    else:
        from organisations.models import User

        for user_id, _practice, urls in pick_learners(args.people, rng):
            client = Client()
            client.force_login(User.objects.get(pk=user_id))
            for url in urls[:3] if args.page == "lesson" else ["/mijn-leren/"]:
                clients.append((client, url))
    if not clients:
        sys.exit("Nobody to make the requests as: fill the database with `manage.py generate_bench_data`.")

    def request(client: Client, url: str) -> None:
        response = client.get(url)
        if response.status_code != 200:
            sys.exit(f"{url} answered {response.status_code}")

    for client, url in clients:  # warm caches and connections, as a running server has them
        request(client, url)
    with CaptureQueriesContext(connection) as queries:
        request(*clients[0])
    captured = list(queries.captured_queries)
    database_ms = sum(float(q["time"]) for q in captured) * 1000

    profiler = None
    if args.profile:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
        profiler.start()
    timings = []
    for i in range(args.requests):
        client, url = clients[i % len(clients)]
        started = time.perf_counter()
        request(client, url)
        timings.append((time.perf_counter() - started) * 1000)
    if profiler:
        profiler.stop()

    timings.sort()
    print(f"# {platform.node()}, Python {platform.python_version()}, {connection.vendor}, page {args.page}")
    print(
        f"{args.page}: {args.requests} requests, median {statistics.median(timings):.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1]:.1f} ms, {len(captured)} queries "
        f"({database_ms:.1f} ms in the database)"
    )
    if args.queries:
        for query in captured:
            print(f"  {float(query['time']) * 1000:5.1f} ms  {query['sql'][:240]}")
    if profiler:
        from pyinstrument.renderers import ConsoleRenderer

        renderer = ConsoleRenderer(unicode=True, color=False, show_all=args.show_all, flat=args.flat)
        print(profiler.output(renderer))


if __name__ == "__main__":
    main()
