"""Write the dossier of every bundled story (the example, each story under corpora/, the test
fixture stories) into one folder, minus what changes from run to run (the build time and the
engine's version). Two snapshots taken before and after a change, compared with `diff -r`, show
whether the change altered any output:

    PYTHONHASHSEED=0 python bench/snapshot.py /tmp/before
    ... change ...
    PYTHONHASHSEED=0 python bench/snapshot.py /tmp/after && diff -r /tmp/before /tmp/after
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from corroborate.pipeline import build

ROOT = Path(__file__).resolve().parent.parent
STORIES = [*sorted((ROOT / "examples").iterdir()), *sorted((ROOT / "corpora").iterdir()),
           *sorted((ROOT / "tests/fixtures/stories").iterdir())]


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as scratch:
        for story in STORIES:
            inputs = sorted(p for p in story.iterdir() if p.suffix in {".txt", ".html", ".htm", ".md", ".eml"})
            result = build(inputs, Path(scratch) / story.name, Path(scratch) / "runs.db", story=story.name)
            dossier = {k: v for k, v in result.dossier.items() if k not in {"generated_at", "engine"}}
            (out / f"{story.name}.json").write_text(json.dumps(dossier, indent=1, ensure_ascii=False, sort_keys=True))
            print(story.name, len(inputs))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
