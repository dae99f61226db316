"""The language seam: outside `corroborate/lang/`, no module matches report text against words of
a language. What counts as matching, read from each module's syntax tree:
- a pattern given to `re` that spells a word (three letters or more, once escapes, character
  classes and group names are taken out), unless the word is a technical one (URL schemes, tags);
- a literal word list (`"a b c".split()`, `{"a", "b"}`);
- a token's or string's text compared with a literal word (`t.lemma_ == "say"`, `w.lower() in {...}`).
Docstrings and comments are not code, so they are free to quote English.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "corroborate"
# Not report text: the scorer reads gold files, and HTML's tag and class names ("aside", "sidebar",
# "comments", in clean/markup.py) are the markup's vocabulary, the same on a French or a Russian page.
EXEMPT = {PACKAGE / "lang", PACKAGE / "evaluate", PACKAGE / "clean" / "markup.py"}
OUTSIDE = sorted(p for p in PACKAGE.rglob("*.py") if not EXEMPT & {p, *p.parents})
RE_CALLS = {"compile", "search", "match", "fullmatch", "sub", "subn", "finditer", "findall", "split"}
TEXT_ATTRS = {"text", "lemma_", "lower_", "orth_", "norm_", "text_with_ws"}
TEXT_CALLS = {"lower", "casefold", "strip", "rstrip", "lstrip", "title", "upper"}
# Words a pattern may spell that belong to formats, not to a language.
TECHNICAL = {"http", "https", "www", "utf", "xml", "html", "doctype", "script", "style", "noscript", "iframe",
             "svg", "meta", "charset", "content", "type", "name", "property", "json", "ld", "com", "org", "net"}
WORD = re.compile(r"[a-z][a-z'-]+(?: [a-z][a-z'-]+)*")  # a word or phrase, as word sets hold them
REGEX_NOISE = re.compile(r"\(\?P[<=]\w+>?|\\[a-zA-Z]|\[[^\]]*\]|\{[^}]*\}")


def _strings(node: ast.AST) -> list[str]:
    """The literal text of a str constant, an f-string's literal parts, or a concatenation."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
    if isinstance(node, ast.BinOp):
        return _strings(node.left) + _strings(node.right)
    if isinstance(node, ast.Tuple | ast.List | ast.Set):
        return [s for e in node.elts for s in _strings(e)]
    return []


def _is_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Attribute):
        return node.attr in TEXT_ATTRS
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in TEXT_CALLS
    if isinstance(node, ast.Subscript):
        return _is_text(node.value)
    return False


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text("utf-8"))
    found = []
    for node in ast.walk(tree):
        line = getattr(node, "lineno", 0)
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in RE_CALLS
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args):
            for s in _strings(node.args[0]):
                words = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", REGEX_NOISE.sub(" ", s))} - TECHNICAL
                if words:
                    found.append(f"{line}: pattern spells {sorted(words)}")
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
              and not node.args and any(re.search("[A-Za-z]", s) for s in _strings(node.func.value))):
            found.append(f"{line}: word list {_strings(node.func.value)[0][:40]!r}")
        elif isinstance(node, ast.Set) and len(words := [w for w in _strings(node) if WORD.fullmatch(w)]) >= 2:
            found.append(f"{line}: word set {sorted(words)[:4]}")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            if any(_is_text(s) for s in sides):
                words = [s for side in sides for s in _strings(side) if WORD.fullmatch(s.lower())]
                if words:
                    found.append(f"{line}: text compared with {words[:4]}")
    return found


@pytest.mark.parametrize("path", OUTSIDE, ids=[str(p.relative_to(PACKAGE)) for p in OUTSIDE])
def test_no_language_words_outside_lang(path: Path) -> None:
    assert findings(path) == []


def test_the_seam_check_sees_each_kind_of_language_word(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\nA = re.compile(r"\\b(?:said|told)\\b")\nB = "say tell".split()\n'
                      'def f(t):\n    return t.lemma_ == "say" or t.text.lower() in {"yes", "no"}\n'
                      'C = re.compile(r"https?://(?P<host>[^/]+)\\s+\\d{4}")\n"""A docstring: said, told."""\n')
    assert [f.split(":")[0] for f in findings(module)] == ["2", "3", "5", "5", "5"]
