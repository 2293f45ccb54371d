"""Submit attempts whose time limit ran out. Celery beat does this every minute in production; in the
embedded mode (no broker, no beat) run it from cron, or rely on the next visit, which does the same."""

from django.core.management.base import BaseCommand

from assessments.services import close_expired_attempts


class Command(BaseCommand):
    help = "Lever pogingen in waarvan de tijd om is (voor cron in de embedded modus)."

    def handle(self, *args, **options):
        closed = close_expired_attempts()
        self.stdout.write(f"{closed} attempt(s) closed")
