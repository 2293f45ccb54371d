"""Loaded by the fault tests' workers (`celery worker --include tests.faults.worker_mail`), never by
the platform: one file per mail connection with a name of its own.

Django's file backend names a file after the second and `id(backend)`. Two pool processes, forked
from one parent, can hold their backends at the same address and send in the same second: both then
append to one file, and a large message (a report with its PDF) of one can land between the other's
message and its separator line, so the test would miscount. Process id and a random part fix that.
"""

import os
import time
import uuid

from django.core.mail.backends import filebased


def _own_file_name(self):
    if self._fname is None:
        name = f"{time.strftime('%Y%m%d-%H%M%S')}-{os.getpid()}-{uuid.uuid4().hex}.log"
        self._fname = os.path.join(self.file_path, name)
    return self._fname


filebased.EmailBackend._get_filename = _own_file_name
