"""The sources stage: read saved pages, text dumps, JSONL, WARC and feeds into documents.

`read_documents` expands inputs (files, folders, globs, ``-``), detects each one's
format, and yields a `dateline.model.Document` per article, or a
`dateline.errors.Reject` for each bad file, record or line. See docs/sources.md.
"""

from dateline.sources.reader import read_documents
from dateline.sources.sniff import detect_format

__all__ = ["detect_format", "read_documents"]
