"""Test configuration shared by the whole suite."""

from __future__ import annotations

import os

from hypothesis import settings

# On CI the machine is shared and the first call of a test pays for compiling patterns: a timing
# deadline there would report load, not a bug. Locally the default deadline stays on.
settings.register_profile("ci", deadline=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
