"""Widget tests run on the offscreen Qt platform; records come from widget_fakes."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
