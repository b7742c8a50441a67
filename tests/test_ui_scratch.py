"""Files made for download live in one scratch folder that forgets what is a day old."""

from __future__ import annotations

import os
import time

from drafter.ui._downloads import SCRATCH_KEEP_SECONDS, scratch_folder


def test_a_new_export_folder_removes_those_older_than_a_day_and_keeps_the_rest(tmp_path):
    old = scratch_folder("export", parent=tmp_path)
    (old / "报告.docx").write_bytes(b"x")
    recent = scratch_folder("verify", parent=tmp_path)
    (recent / "报告（核验批注）.docx").write_bytes(b"y")
    two_days_ago = time.time() - 2 * SCRATCH_KEEP_SECONDS
    os.utime(old, (two_days_ago, two_days_ago))

    fresh = scratch_folder("export", parent=tmp_path)

    assert not old.exists()
    assert (recent / "报告（核验批注）.docx").read_bytes() == b"y"
    assert fresh.is_dir() and fresh.parent == tmp_path and fresh.name.startswith("export-")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([recent.name, fresh.name])
