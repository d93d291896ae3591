"""Shared fixtures: a small multi-format corpus written by hand into a temp folder."""

import gzip
import json

import pytest

WIRE = """Harbor talks resume
12-02 Xinhua
MANILA, Dec. 1 (Xinhua) -- Ministers of the two coastal states agreed on Monday to share survey data on the Lantern Bank gas field.
"This is a first step," Deputy Foreign Minister Rosa Imbang told reporters.
Copyright © 2009-2025 Harbor Evening Post. All rights reserved.
"""

PAGE = """<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Flood toll rises to 41 | Valley Ledger</title>
<meta property="og:site_name" content="Valley Ledger">
<meta property="article:published_time" content="2025-11-18T08:00:00Z"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Flood toll rises to 41</h1>
<p>SARAJEVO, Nov. 17 (Reuters) - The death toll from floods in the river valley rose to 41 on Monday, rescue officials said, as water levels began to fall.</p>
<p>Rescue teams reached three villages that had been cut off since the weekend, the civil protection agency said in a statement.</p>
<p>"We are still searching for the missing," said agency spokesman Edin Karaga.</p>
</article><footer><p>Copyright © 2025 Valley Ledger. All rights reserved.</p></footer></body></html>
"""


@pytest.fixture
def corpus(tmp_path):
    """A folder with a text dump, an HTML page, a JSONL file, a gzip and broken inputs."""
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "wire.txt").write_text(WIRE, encoding="utf-8")
    (root / "sub" / "page.html").write_text(PAGE, encoding="utf-8")
    lines = [
        {
            "id": "j1",
            "title": "Tariff pause extended",
            "text": "GENEVA, Oct. 14 (dpa) -- Trade ministers extended the tariff pause by ninety days on Tuesday, officials said.",
            "date": "2025-10-14",
            "site": "Alpine Courier",
        },
        {
            "id": "j2",
            "title": "Curfew lifted",
            "text": "PARIS — The city lifted its night curfew on Sunday after a week of calm, the prefecture said.",
            "date": "2025-11-02",
        },
    ]
    body = "\n".join(json.dumps(x) for x in lines) + "\nnot json at all\n"
    (root / "exports.jsonl").write_text(body, encoding="utf-8")
    (root / "wire-copy.txt.gz").write_bytes(
        gzip.compress(WIRE.replace("Harbor talks resume", "Talks resume in Manila").encode())
    )
    (root / "empty.txt").write_bytes(b"")
    return root
