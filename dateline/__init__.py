"""dateline: turn raw news into a sourced, dated record of who did what to whom."""

import logging
import os
import sys

# One BLAS thread per process: the NLP model's matrices are small, so a second BLAS
# thread costs about 15 % more CPU per article than it saves, and dateline scales out
# over processes (docs/language.md). Only before numpy loads, and never over a value
# the user set.
if "numpy" not in sys.modules:
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

from dateline.model import SCHEMA_VERSION

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
