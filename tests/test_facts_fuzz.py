"""The loader never crashes: any input gives Facts or a FactsError of Chinese messages."""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from drafter.facts import Facts, FactsError, facts_from_dict, load_facts
from drafter.facts._schema import FACT_FIELDS, TOP_FIELDS, TOPIC_FIELDS

SAMPLE = (Path(__file__).resolve().parent.parent / "examples" / "facts.yaml").read_text(encoding="utf-8")
HAN = re.compile(r"[\u4e00-\u9fff]")

keys = st.sampled_from(list(TOP_FIELDS) + list(TOP_FIELDS.values()) + list(FACT_FIELDS.values())
                       + list(TOPIC_FIELDS.values()) + ["x", ""])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.decimals(),
                    st.text(max_size=12),
                    st.sampled_from(["99.26%", "135万", "十二", "120余", "2024年1月26日", "区县", "件"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=5)), max_leaves=20)
fact_entries = st.dictionaries(st.sampled_from(list(FACT_FIELDS.values()) + list(FACT_FIELDS)),
                               scalars, max_size=7)
documents = st.one_of(
    values,
    st.fixed_dictionaries({"机关名称": scalars, "年度": scalars},
                          optional={"数据": st.lists(fact_entries, max_size=5),
                                    "工作事项": values, "层级": scalars, "成文日期": scalars}),
)


def check(call):
    try:
        result = call()
    except FactsError as exc:
        assert exc.problems
        for message in exc.problems:
            assert isinstance(message, str) and HAN.search(message), message
        return None
    assert isinstance(result, Facts)
    for fact in result.facts:
        assert isinstance(fact.value, Decimal) and fact.value.is_finite()
    assert facts_from_dict(result.to_dict()) == result
    return result


@settings(max_examples=300, deadline=None)
@given(documents)
def test_random_dicts(data):
    check(lambda: facts_from_dict(data))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=200))
def test_random_yaml_text(tmp_path, text):
    path = tmp_path / "random.yaml"
    path.write_text(text, encoding="utf-8")
    check(lambda: load_facts(path))
    json_path = tmp_path / "random.json"
    json_path.write_text(text, encoding="utf-8")
    check(lambda: load_facts(json_path))


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, len(SAMPLE) - 1), st.integers(0, 30), st.text(max_size=5))
def test_mutated_sample(tmp_path, start, length, insert):
    path = tmp_path / "mutated.yaml"
    path.write_text(SAMPLE[:start] + insert + SAMPLE[start + length:], encoding="utf-8")
    check(lambda: load_facts(path))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300))
def test_random_bytes_as_xlsx(tmp_path, blob):
    path = tmp_path / "random.xlsx"
    path.write_bytes(blob)
    check(lambda: load_facts(path))
