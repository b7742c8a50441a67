"""A corpus folder never leads the indexer outside itself."""

from __future__ import annotations

from drafter.index._scan import scan

TEXT = "2023年法治政府建设年度报告\n一、主要举措和成效\n全年办理行政复议案件。\n"


def test_symlinks_that_leave_the_corpus_folder_are_skipped_and_named(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    corpus.mkdir()
    (outside / "deep").mkdir(parents=True)
    (corpus / "a.txt").write_text(TEXT, encoding="utf-8")
    (outside / "secret.txt").write_text("不应被读取的文件。", encoding="utf-8")
    (outside / "deep" / "more.txt").write_text("也不应被读取。", encoding="utf-8")
    (corpus / "link.txt").symlink_to(outside / "secret.txt")
    (corpus / "linked-folder").symlink_to(outside / "deep", target_is_directory=True)
    (corpus / "inside-link.txt").symlink_to(corpus / "a.txt")          # inside, but the same file again

    candidates, roots, problems = scan([corpus])
    found = sorted(c.path.name for c in candidates)
    assert found == ["a.txt"]
    assert all(str(c.path.resolve()).startswith(str(corpus.resolve())) for c in candidates)
    assert any("link.txt" in p and "语料目录以外" in p for p in problems)
