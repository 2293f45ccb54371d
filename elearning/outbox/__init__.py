"""A transactional outbox between the database and the Celery broker.

A task queued with `delay_on_commit` is written as an `OutboxMessage` in the same transaction as the
change that needs it, then published after commit with a short connect timeout and without retries.
When the broker is down, the request goes on (the row waits) instead of hanging in kombu's retry
loop or losing the task; `relay_outbox_task` (beat, every 30 s) publishes what waits once the broker
is back. Each message is claimed with a conditional UPDATE before it is published, so two relays, or
a relay and the web process, never publish one message twice.

In the embedded mode (no broker) tasks run in-process after commit as before: there is nothing to
wait for.
"""
