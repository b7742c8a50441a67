"""YAML and JSON facts files, read with the line of every entry kept for messages.

PyYAML's composer gives each node its start mark; walking the node tree next to the
constructed data maps ("facts", 3, "value") to "facts.yaml 第12行". JSON goes through the
json module (the authority on JSON syntax, with parse_float=Decimal so 99.26 never drifts)
and then, best effort, through the same YAML composer for line numbers, since JSON is
nearly always valid YAML.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal, InvalidOperation

import yaml

from ._schema import FACT_ALIASES, TOP_ALIASES, TOPIC_ALIASES


class _Loader(yaml.SafeLoader):
    """SafeLoader whose floats are Decimals taken from the text as typed (12.50 stays 12.50)."""

    def construct_yaml_float(self, node):  # noqa: D102 - see class docstring
        text = self.construct_scalar(node).replace("_", "")
        try:
            value = Decimal(text)
        except InvalidOperation:
            return super().construct_yaml_float(node)  # .inf, .nan, 1:30 sexagesimal
        return value if value.is_finite() else super().construct_yaml_float(node)


    def construct_yaml_timestamp(self, node):  # noqa: D102
        """A date YAML recognises but that does not exist (2024-02-30) stays text, so the
        validator names its line and says why, instead of the whole file failing."""
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


_Loader.add_constructor("tag:yaml.org,2002:float", _Loader.construct_yaml_float)
_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def _key_path_name(section: tuple, key: str) -> str:
    """The canonical name of a key at this depth, so paths match the validator's."""
    if not section:
        return TOP_ALIASES.get(key, key)
    if section[0] == "facts" and len(section) == 2:
        return FACT_ALIASES.get(key, key)
    if section[0] == "topics" and len(section) == 2:
        return TOPIC_ALIASES.get(key, key)
    return key


def _marks(node, name: str) -> tuple[dict, list[str]]:
    """path -> "facts.yaml 第N行" for every node; also duplicate-key problems PyYAML ignores."""
    places: dict = {}
    dupes: list[str] = []

    visited: set[int] = set()

    def walk(node, path, by_line=True):
        if id(node) in visited:  # an alias (*a) points at a node already walked, maybe an ancestor
            return
        visited.add(id(node))
        if isinstance(node, yaml.MappingNode):
            seen: set = set()
            for key_node, value_node in node.value:
                if not isinstance(key_node, yaml.ScalarNode):
                    continue
                key = _key_path_name(path, key_node.value.strip())
                line = key_node.start_mark.line + 1
                if key in seen:
                    dupes.append(f"{name} 第{line}行「{key_node.value}」：同一位置重复出现，后面的会覆盖前面的，请只保留一个")
                seen.add(key)
                if by_line:
                    places[path + (key,)] = f"{name} 第{line}行"
                walk(value_node, path + (key,), by_line)
        elif isinstance(node, yaml.SequenceNode):
            # entries written on one line ([{...}, {...}], a JSON file saved by a program) share
            # a line number that names none of them: they are named by position (第3条数据) instead
            lines = [item.start_mark.line for item in node.value]
            by_line = by_line and len(set(lines)) == len(lines)
            for i, item in enumerate(node.value):
                if by_line:
                    places[path + (i,)] = f"{name} 第{item.start_mark.line + 1}行"
                walk(item, path + (i,), by_line)

    walk(node, ())
    return places, dupes


_YAML_HINTS = (
    ("found character '\\t'", "不能用 Tab 键缩进，请改用空格"),
    ("mapping values are not allowed here", "这里不能出现“: ”（冒号后面的内容如含冒号，请用引号括起来；或检查缩进）"),
    ("could not find expected ':'", "缺少“: ”（字段名后要有英文冒号和空格）"),
    ("did not find expected key", "缩进不对齐，或上一行少了引号"),
    ("did not find expected '-' indicator", "列表缩进不对齐（每条以“- ”开头且对齐）"),
    ("found unexpected end of stream", "文件意外结束，可能缺少右引号或右括号"),
    ("while scanning a quoted scalar", "引号没有成对出现"),
    ("found unhashable key", "字段名不能是列表或映射"),
    ("expected ',' or '}'", "花括号 {…} 中缺少逗号或右花括号"),
    ("expected ',' or ']'", "方括号 […] 中缺少逗号或右方括号"),
    ("found undefined alias", "使用了未定义的锚点别名（*…）"),
    ("while parsing a block collection", "列表或字段的缩进不一致"),
)


def _yaml_problem(exc: yaml.YAMLError, name: str) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    if "simple key" in (getattr(exc, "context", "") or "") and getattr(exc, "context_mark", None):
        mark = exc.context_mark  # the key missing its colon, not the line after it
    where = f"{name} 第{mark.line + 1}行第{mark.column + 1}列" if mark else name
    detail = f"{getattr(exc, 'context', '') or ''} {getattr(exc, 'problem', '') or ''}".strip() or str(exc)
    for needle, hint in _YAML_HINTS:
        if needle in detail:
            return f"{where}：YAML 格式错误，{hint}"
    return f"{where}：YAML 格式错误（{detail}），请检查这一行及上一行的缩进、冒号和引号"


def parse_yaml(text: str, name: str):
    """(data, places, problems); data is None when the text cannot be read."""
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                return None, {}, [f"{name}：文件没有内容（只有空行或注释）"]
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return None, {}, [_yaml_problem(exc, name)]
    except Exception as exc:  # noqa: BLE001
        # PyYAML's own constructors fail with ValueError, AttributeError, RecursionError… on odd
        # tagged scalars (!!timestamp x, !!int x); to the clerk it is all one broken file.
        return None, {}, [f"{name}：YAML 内容无法解析（{type(exc).__name__}），请检查格式"]
    places, dupes = _marks(node, name)
    return data, places, dupes


def parse_json(text: str, name: str):
    """(data, places, problems) for JSON; line numbers come from the YAML composer when it can."""
    try:
        data = json.loads(text, parse_float=Decimal)
    except json.JSONDecodeError as exc:
        return None, {}, [f"{name} 第{exc.lineno}行第{exc.colno}列：JSON 格式错误（{_json_hint(exc.msg)}）"]
    except RecursionError:
        return None, {}, [f"{name}：JSON 嵌套过深，无法读取"]
    places: dict = {}
    dupes: list[str] = []
    try:
        loader = _Loader(text)
        try:
            node = loader.get_single_node()
        finally:
            loader.dispose()
        if node is not None:
            places, dupes = _marks(node, name)
    except Exception:  # line numbers are a nicety; json has already read the data
        places, dupes = {}, []
    return data, _by_position(places, name), dupes


def _by_position(places: dict, name: str) -> dict:
    """JSON entries are named by position first (第3条数据（第12行）): a JSON file is mostly
    written by a program, and its clerk finds the third entry sooner than the twelfth line."""
    from ._validate import Locator

    positional = Locator(name)
    out = {}
    for path, place in places.items():
        index = max((i for i, key in enumerate(path) if isinstance(key, int)), default=None)
        if index is None:
            out[path] = place
            continue
        line = place[len(name):].strip() if place.startswith(name) else place
        out[path] = f"{positional.at(path[:index + 1])}（{line}）"
    return out


_JSON_HINTS = {
    "Expecting ',' delimiter": "缺少逗号",
    "Expecting ':' delimiter": "缺少冒号",
    "Expecting value": "此处应有一个值，可能多了逗号或缺少引号",
    "Expecting property name enclosed in double quotes": "字段名要用英文双引号括起来，或最后一项后面多了逗号",
    "Unterminated string starting at": "引号没有成对出现",
    "Extra data": "内容结束后还有多余的字符",
    "Invalid control character at": "字符串中有换行等控制字符",
}


def _json_hint(msg: str) -> str:
    for needle, hint in _JSON_HINTS.items():
        if msg.startswith(needle):
            return hint
    return re.sub(r"\s+", " ", msg)
