from __future__ import annotations

import pytest

from tests.servers import MODEL_PATH, running_bot


@pytest.fixture(scope="session")
def bot(tmp_path_factory):
    """One real Rasa server + action server shared by the integration tests."""
    if not MODEL_PATH.exists():
        pytest.fail(f"{MODEL_PATH} is missing: run `make train` (make test trains it first)")
    with running_bot(tmp_path_factory.mktemp("bot")) as servers:
        yield servers


def pytest_addoption(parser):
    # Here rather than in tests/fuzz/conftest.py: pytest only reads options from conftests it loads first.
    parser.addoption("--fuzz-cases", type=int, default=210,
                     help="fuzz cases over all public endpoints (make test: a few hundred; make fuzz: 10,000)")
