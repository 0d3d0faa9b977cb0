"""The wheel carries every subpackage and data file, and installs no top-level lint/rules module."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
                             "-w", str(out), str(ROOT)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {result.stderr[-300:]}")
    return next(out.glob("postlint-*.whl"))


def test_wheel_contents(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith((".dist-info", ".data"))}
    assert tops == {"postlint"}
    assert "postlint/rules/presets.yml" in names
    assert "postlint/formatters/json.py" in names
    rules_in_tree = {p.name for p in (ROOT / "rules").glob("*.py")}
    assert rules_in_tree <= {n.rsplit("/", 1)[1] for n in names if n.startswith("postlint/rules/")}
    dicts = {p.name for p in (ROOT / "rules" / "dict").glob("*.yml")}
    assert dicts <= {n.rsplit("/", 1)[1] for n in names if n.startswith("postlint/rules/dict/")}


def test_wheel_imports_from_outside_the_repo(wheel, tmp_path):
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True)
    code = "import postlint, postlint.rules, postlint.engine as e; print(len(e.rule_ids()))"
    result = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True,
                            env={"PYTHONPATH": str(target), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) >= 5
