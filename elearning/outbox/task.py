"""The Celery task class of this project (`Celery(task_cls=…)`): with a broker configured, tasks
are queued through the outbox, so that a broker that is down never hangs or fails a request."""

from __future__ import annotations

from celery.contrib.django.task import DjangoTask


class OutboxTask(DjangoTask):
    def delay_on_commit(self, *args, **kwargs) -> None:
        """Queue the task when the current transaction commits (at once outside a transaction)."""
        if self.app.conf.task_always_eager:
            # Embedded mode and most tests: run in-process after commit, as Celery's own method does.
            return super().delay_on_commit(*args, **kwargs)
        from elearning.outbox.services import publish_on_commit

        publish_on_commit(self.name, args, kwargs)
        return None

    def enqueue_now(self, *args, **kwargs) -> None:
        """Queue the task now, for a caller with no change of its own to wait for (a page asking for
        a file that is missing). In the embedded mode the task runs here and now."""
        if self.app.conf.task_always_eager:
            self.delay(*args, **kwargs)
            return
        from elearning.outbox.services import publish_now

        publish_now(self.name, args, kwargs)
