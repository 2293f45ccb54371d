"""Reconstruct the monthly readiness snapshots of past months (for the trend) from dates."""

from django.core.management.base import BaseCommand

from dashboards.services import backfill_snapshots


class Command(BaseCommand):
    help = "Reconstrueert de maandelijkse gereedheidsstanden van afgelopen maanden (voor het verloop)."

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=12, help="Hoeveel maanden terug (standaard 12).")

    def handle(self, *args, months, **options):
        written = backfill_snapshots(months=months, log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"{written} maandstanden gereconstrueerd."))
