"""Reminders before certificates expire. Celery beat runs this daily in production; in the embedded
mode run it from cron (e.g. every morning at 07:00). Safe to run more than once a day."""

from django.core.management.base import BaseCommand

from certificates.services import open_recertification_windows, send_expiry_reminders


class Command(BaseCommand):
    help = "Stuur herinneringen 90 en 30 dagen voordat certificaten verlopen (voor cron in de embedded modus)."

    def handle(self, *args, **options):
        opened = open_recertification_windows()
        sent = send_expiry_reminders()
        self.stdout.write(
            f"{opened} recertification(s) opened; "
            f"{sent['holders']} reminder(s), {sent['digests']} manager digest(s) sent"
        )
