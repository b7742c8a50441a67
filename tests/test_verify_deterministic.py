"""The same text and facts give the same findings in every process.

Label scores are float sums over sets of bigrams, whose order changes with Python's hash seed;
a comparison that treats the last bits of such a sum as a difference made a planted slip in a
real excerpt (bench/number_eval/dev/p03.yaml, 执法人员3人 changed to 4人) caught in some
processes and missed in others, and a tie between two labels (ma01: 由原先的6361项压减到5979项)
charged in some processes only. Scores are now summed in a fixed order."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SCRIPT = """
import json, sys
from decimal import Decimal
import yaml
from drafter.facts import Fact
from drafter.verify import verify_text
doc = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
facts = [Fact(id=f["id"], label=f["label"], value=Decimal(str(f["value"])), unit=f["unit"] or "",
              approx=f["approx"]) for f in doc["facts"]]
text = doc["text"].replace(sys.argv[2], sys.argv[3])
assert text != doc["text"] or sys.argv[2] == sys.argv[3]
result = verify_text(text, facts, year=doc["year"])
print(json.dumps([[f.kind, f.severity, f.start, f.fact_id] for f in result.findings]))
"""


def _findings(seed: str, excerpt: str, old: str, new: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    out = subprocess.run([sys.executable, "-c", _SCRIPT, str(ROOT / f"bench/number_eval/dev/{excerpt}.yaml"), old, new],
                         cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def test_findings_do_not_depend_on_the_hash_seed():
    old, new = "林木种苗管理站执法岗位设置1个，执法人员3人", "林木种苗管理站执法岗位设置1个，执法人员4人"
    runs = [_findings(seed, "p03", old, new) for seed in ("0", "8", "20")]
    assert runs[0], "there are findings to compare"
    assert runs[0] == runs[1] == runs[2]


def test_a_tie_between_two_labels_is_decided_alike_in_every_process():
    # hash seeds 15 and 16 once gave a 张冠李戴 warning on 6361项 in one and nothing in the other
    assert [_findings(seed, "ma01", "6361项", "6361项") for seed in ("15", "16")] == [[], []]
