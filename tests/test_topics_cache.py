"""The topic table is read once per change of the file, and a clerk's edit is seen at once."""

from __future__ import annotations

from drafter.corpus import load_topics


def test_an_edited_topics_file_is_read_again_and_callers_cannot_spoil_the_cache(tmp_path):
    (tmp_path / "topics.yaml").write_text("topics:\n  古籍保护: [古籍]\n", encoding="utf-8")
    first = load_topics(tmp_path)
    assert first["古籍保护"] == ["古籍"]
    first["古籍保护"].append("被调用方改动")
    first["行政复议"].append("被调用方改动")
    again = load_topics(tmp_path)
    assert again["古籍保护"] == ["古籍"] and "被调用方改动" not in again["行政复议"]
    (tmp_path / "topics.yaml").write_text("topics:\n  古籍保护: [古籍, 善本修复]\n", encoding="utf-8")
    assert load_topics(tmp_path)["古籍保护"] == ["古籍", "善本修复"]
