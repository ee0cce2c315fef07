"""Hypothesis settings of the fuzz tests: few examples each, so that the suite stays fast
(``benchmarks/fuzz.py`` runs thousands); on CI (``CI`` set) derandomized, so that a run
there is reproducible, and without the example database of earlier runs."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from hypothesis import HealthCheck, settings

# The fuzzers live beside the benchmark that runs them at length.
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example]
settings.register_profile("anmc", max_examples=50, deadline=None, suppress_health_check=_QUIET)
settings.register_profile(
    "anmc-ci",
    max_examples=50,
    deadline=None,
    suppress_health_check=_QUIET,
    derandomize=True,
    database=None,
    print_blob=True,
)
settings.load_profile("anmc-ci" if os.environ.get("CI") else "anmc")
