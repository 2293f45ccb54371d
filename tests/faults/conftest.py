import pytest

# The cases and helpers assert outside the test modules: let pytest explain their failures too.
# (Here, not in __init__.py: the workers import tests.faults.worker_mail and must not import pytest.)
pytest.register_assert_rewrite("tests.faults.cases", "tests.faults.support")
