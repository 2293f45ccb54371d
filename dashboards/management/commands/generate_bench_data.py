"""`manage.py generate_bench_data --learners N`: a large, realistic data set for the dashboard
benchmarks (see dashboards/bench_data.py for what it builds and what it leaves out)."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from dashboards import bench_data


class Command(BaseCommand):
    help = (
        "Bouwt benchmarkgegevens: N verzonnen mensen (@bench.example) over de regio's, met teams, leerpaden, "
        "toetspogingen en certificaten. Weigert als er al benchgegevens zijn (gebruik --reset)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--learners", type=int, help="Aantal mensen (100000 geeft ongeveer 2 miljoen pogingen).")
        parser.add_argument("--seed", type=int, default=1, help="Startwaarde van het toeval (standaard 1).")
        parser.add_argument(
            "--reset",
            action="store_true",
            help="Verwijder eerst de benchmensen en alles wat aan hen hangt; zonder --learners alleen dat.",
        )
        parser.add_argument("--force", action="store_true", help="Ook uitvoeren als DEBUG uit staat.")

    def handle(self, *args, learners=None, seed=1, reset=False, force=False, **options):
        # Thousands of invented people with one known password do not belong in production.
        if not settings.DEBUG and not force:
            raise CommandError("DEBUG staat uit: dit lijkt een productieomgeving. Gebruik --force als u dit echt wilt.")
        if learners is None and not reset:
            raise CommandError("Geef het aantal mensen op met --learners N.")
        log = self.stdout.write
        if reset:
            bench_data.reset(log=log)
        if learners is None:
            return
        try:
            bench_data.generate(learners=learners, seed=seed, log=log)
        except bench_data.BenchDataError as error:
            raise CommandError(str(error)) from error
