import contextvars, threading
import greenlet
import pytest
from django.db import connections

def info(tag):
    c = connections["default"]
    print(tag, id(c), hasattr(c, "_test_serialized_contents"), threading.get_ident(), greenlet.getcurrent(), id(contextvars.copy_context()))

@pytest.fixture(scope="session")
def sess(django_db_setup):
    info("SESS")

@pytest.fixture(scope="session")
def sess2(sess, playwright):
    info("SESS2-after-playwright")

@pytest.fixture
def fx(sess2, _django_db_helper):
    info("FX")

@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_a(fx):
    info("T")
