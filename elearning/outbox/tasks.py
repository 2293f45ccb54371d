from celery import shared_task


@shared_task
def relay_outbox_task() -> dict:
    """Publish the messages that waited for the broker (beat, every 30 s). Safe to run twice at once:
    every message is claimed before it is published."""
    from elearning.outbox.services import relay

    return relay()
