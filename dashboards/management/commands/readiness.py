"""Readiness upkeep for the embedded mode's cron (production runs the same through Celery beat):
`rebuild` nightly, `snapshot` on the first of the month."""

from django.core.management.base import BaseCommand

from dashboards.readiness import rebuild_all_requirements
from dashboards.services import take_snapshot


class Command(BaseCommand):
    help = "Bouwt de gereedheidsgegevens opnieuw op (rebuild) of legt de maandstand vast (snapshot)."

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "snapshot"])

    def handle(self, *args, action, **options):
        if action == "rebuild":
            rows = rebuild_all_requirements(log=self.stdout.write)
            self.stdout.write(self.style.SUCCESS(f"{rows} verplichte cursussen bijgewerkt."))
        else:
            regions = take_snapshot()
            self.stdout.write(self.style.SUCCESS(f"Maandstand vastgelegd voor {regions} regio's."))
