"""The Redis broker transport, with one repair, registered for redis:// and rediss:// URLs.

Celery 5.7 with kombu 5.7 stops the worker when Redis goes away while a late-acknowledged task runs
and another pool slot is waiting for work (a pending BRPOP). On the connection error the consumer
first collects the broken connection, which detaches the transport from it (`transport.client =
None`), and then closes it. Closing the waiting channel restores its unacknowledged message, which
builds a new Redis connection pool from the detached transport and fails with AttributeError. Celery
does not count AttributeError as a connection error, so instead of reconnecting the worker logs
"Unrecoverable error" and exits: a Redis restart while a task ran and a pool slot was free took the
worker down (seen once in CI and in 1 of 5 local runs of the broker-down test; every time when a
task is held in the middle).

Here a channel whose connection is gone raises the connection error that kombu and Celery already
handle: the close goes on, the worker reconnects, and the message that could not be restored or
acknowledged stays in Redis' unacked index, from where kombu redelivers it after the visibility
timeout (every task is idempotent). `tests/faults/test_broker_down.py` stops Redis under a held task.
"""

from __future__ import annotations

from kombu import transport as kombu_transport
from kombu.transport import redis as kombu_redis
from redis.exceptions import ConnectionError as RedisConnectionError


class Channel(kombu_redis.Channel):
    def _connparams(self, asynchronous=False):
        if self.connection is None or self.connection.client is None:
            raise RedisConnectionError("the broker connection of this channel has been closed")
        return super()._connparams(asynchronous=asynchronous)


class Transport(kombu_redis.Transport):
    Channel = Channel


def install() -> None:
    """Resolve the redis schemes to this transport (kombu looks its aliases up once and caches)."""
    for scheme in ("redis", "rediss"):
        kombu_transport.TRANSPORT_ALIASES[scheme] = "elearning.broker:Transport"
        kombu_transport._transport_cache.pop(scheme, None)
