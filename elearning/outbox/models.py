import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """A task message waiting to be published to the broker, or published (kept a week for support)."""

    #: The Celery task id: redelivery and duplicate suppression refer to the same id.
    task_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    task_name = models.CharField(max_length=200)
    args = models.JSONField(default=list)
    kwargs = models.JSONField(default=dict)
    #: The web request that asked for the task: a message the relay publishes later still carries it.
    request_id = models.CharField(max_length=64, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    #: Set by whoever is publishing right now; a claim older than CLAIM_TIMEOUT is taken over (the
    #: claiming process died between the claim and the publish).
    claimed_at = models.DateTimeField(null=True, blank=True)
    published_at = models.DateTimeField(null=True, blank=True)
    failures = models.PositiveIntegerField(default=0)
    last_error = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("taakbericht")
        verbose_name_plural = _("taakberichten")
        indexes = [
            # The relay's and /healthz's query: only the (few) unpublished rows.
            models.Index(
                fields=["created_at"], name="outbox_pending_idx", condition=models.Q(published_at__isnull=True)
            ),
        ]

    def __str__(self) -> str:
        return f"{self.task_name} {self.task_id}"
