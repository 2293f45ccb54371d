import cProfile, pstats, time
import pytest
from django.core.management import call_command
pytestmark = pytest.mark.django_db(transaction=True)

def test_t(_reference_data):
    from tests.browser.conftest import _reload
    t=time.time(); call_command("flush", interactive=False, verbosity=0); print("FLUSH", time.time()-t)
    pr = cProfile.Profile(); pr.enable(); t=time.time(); _reload(_reference_data); print("RELOAD", time.time()-t); pr.disable()
    pstats.Stats(pr).sort_stats("tottime").print_stats(12)
