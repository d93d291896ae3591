"""dateline: turn raw news into a sourced, dated record of who did what to whom."""

import logging

from dateline.model import SCHEMA_VERSION

__version__ = "0.1.0"
__all__ = ["SCHEMA_VERSION", "__version__"]

logging.getLogger(__name__).addHandler(logging.NullHandler())
