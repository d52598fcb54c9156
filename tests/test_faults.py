"""Kill a build at each stage with SIGKILL and show the release promises hold.

No half release is ever visible as a release, `latest` always names a complete release that passes
`verify_release`, and the next run finishes the work. Builds run as real processes; a small driver
patches one function of the pipeline so the process stops at an exact point (it writes
`<stage>.ready` and waits for `<stage>.go`), which keeps the timing free of fixed sleeps.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from entente.definitions import run_build
from entente.release import read_latest, read_manifest, verify_release

from .conftest import SEEDS

ROOT = Path(__file__).resolve().parents[1]
ENTENTE = Path(sys.executable).parent / "entente"
TIMEOUT = 60.0

# Runs `entente build` with one pipeline function wrapped so the process holds at FAULT_STAGE.
DRIVER = r'''
import os, sys, time
from pathlib import Path

stage, flags = os.environ["FAULT_STAGE"], Path(os.environ["FAULT_FLAGS"])


def hold() -> None:
    (flags / f"{stage}.ready").write_text(str(os.getpid()))
    deadline = time.monotonic() + 120  # never linger if the test that started us is gone
    while not (flags / f"{stage}.go").exists():
        if time.monotonic() > deadline:
            os._exit(3)
        time.sleep(0.01)


from entente import cli, release, store

if stage == "coding":  # mid-way through coding the articles
    code_article, coded = store.code_article, []

    def patched_code_article(codebook, article):
        coded.append(article)
        if len(coded) == 3:
            hold()
        return code_article(codebook, article)

    store.code_article = patched_code_article
elif stage == "write":  # three table files are in the staging folder, the manifest is not
    write_parquet, written = release._write_parquet, []

    def patched_write_parquet(frame, path):
        write_parquet(frame, path)
        written.append(path)
        if len(written) == 3:
            hold()

    release._write_parquet = patched_write_parquet
elif stage == "rename":  # the release folder is renamed in, `latest` not yet moved
    point_latest = release._point_latest

    def patched_point_latest(releases, release_id):
        hold()
        point_latest(releases, release_id)

    release._point_latest = patched_point_latest
elif stage == "lock":  # about to take the publish lock
    publish_lock = release.publish_lock

    def patched_publish_lock(releases):
        hold()
        return publish_lock(releases)

    release.publish_lock = patched_publish_lock
else:
    raise SystemExit(f"unknown FAULT_STAGE {stage!r}")
sys.exit(cli.main(sys.argv[1:]))
'''

EXTRA = """date 2025-06-0{n}

{a} and {b} signed a defence pact in Manila on Monday, officials said.

The two governments agreed to hold joint exercises next year.

Source: Test
"""
PAIRS = [("Japan", "the Philippines"), ("India", "Brazil"), ("France", "Germany"), ("Kenya", "Ethiopia")]


# ---------------------------------------------------------------------------------------------- helpers

def make_input(folder: Path, extra: int) -> Path:
    """seeds/ plus `extra` distinct articles, so a build over it has something new to publish."""
    shutil.copytree(SEEDS, folder)
    for n, (a, b) in enumerate(PAIRS[:extra], start=1):
        (folder / f"extra_{n}.txt").write_text(EXTRA.format(n=n, a=a, b=b))
    return folder


def visible(releases: Path) -> list[str]:
    """What a reader listing the folder would take for releases: every directory not hidden by a dot."""
    if not releases.exists():
        return []
    return sorted(p.name for p in releases.iterdir() if p.is_dir() and not p.name.startswith("."))


def staging_dirs(releases: Path) -> list[str]:
    return sorted(p.name for p in releases.iterdir() if p.name.startswith(".staging")) if releases.exists() else []


def pointer(releases: Path) -> bytes | None:
    path = releases / "latest"
    return path.read_bytes() if path.exists() else None


def assert_consistent(releases: Path) -> Path | None:
    """Every visible release verifies, parents form one line with no fork, and `latest` is its head."""
    names = visible(releases)
    latest = read_latest(releases)
    if not names:
        assert latest is None
        return None
    assert latest is not None, f"releases {names} but `latest` names none"
    for name in names:
        assert verify_release(releases / name) == [], name
        assert read_manifest(releases / name)["release_id"] == name
    parents = [read_manifest(releases / n)["parent"] for n in names]
    assert len(set(parents)) == len(parents), f"two releases share a parent: {dict(zip(names, parents, strict=True))}"
    chain, at = [], latest.name
    while at is not None:
        chain.append(at)
        at = read_manifest(releases / at)["parent"]
    assert sorted(chain) == names, f"chain from latest {chain} does not cover {names}"
    return latest


class Builds:
    """Starts `entente build` processes and kills any still running when the test ends."""

    def __init__(self, root: Path) -> None:
        self.root, self.procs = root, []

    def start(self, inbox: Path, releases: Path, *, stage: str | None = None) -> tuple[subprocess.Popen, Path]:
        """A build, either the real console script or, with `stage`, the driver holding at that stage.
        Returns the process and its flags folder (where `<stage>.ready` appears)."""
        flags = self.root / f"flags-{len(self.procs)}"
        flags.mkdir(parents=True)
        args = ["build", "--input", str(inbox), "--releases", str(releases)]
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        if stage is None:
            cmd = [str(ENTENTE), *args]
        else:
            (flags / "driver.py").write_text(DRIVER)
            env |= {"FAULT_STAGE": stage, "FAULT_FLAGS": str(flags)}
            cmd = [sys.executable, str(flags / "driver.py"), *args]
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.procs.append(proc)
        return proc, flags

    def close(self) -> None:
        for proc in self.procs:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGKILL)
            proc.communicate()


@pytest.fixture
def builds(tmp_path) -> Iterator[Builds]:
    launcher = Builds(tmp_path / "procs")
    yield launcher
    launcher.close()


def wait_for(path: Path, proc: subprocess.Popen) -> None:
    """Poll until `path` exists; fail at once, with the process's output, if it exits first."""
    deadline = time.monotonic() + TIMEOUT
    while not path.exists():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"build exited {proc.returncode} before {path.name}:\n{out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"{path.name} did not appear within {TIMEOUT}s")
        time.sleep(0.01)


def kill(proc: subprocess.Popen) -> None:
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=TIMEOUT)
    assert proc.returncode == -signal.SIGKILL


@pytest.fixture(scope="module")
def parent_template(tmp_path_factory) -> Path:
    """A releases folder holding one complete release built from seeds/."""
    releases = tmp_path_factory.mktemp("template") / "releases"
    run_build(SEEDS, releases)
    assert verify_release(read_latest(releases)) == []
    return releases


@pytest.fixture
def releases_with_parent(tmp_path, parent_template) -> Path:
    releases = tmp_path / "releases"
    shutil.copytree(parent_template, releases, symlinks=True)
    return releases


@dataclass
class Victim:
    """A build started over its own releases folder, to be killed at `stage`, and what it saw before."""

    stage: str
    inbox: Path
    releases: Path
    proc: subprocess.Popen
    flags: Path
    before_names: list[str]
    before_pointer: bytes | None
    before_latest: Path | None

    def kill_at_stage(self) -> None:
        wait_for(self.flags / f"{self.stage}.ready", self.proc)
        kill(self.proc)


VICTIMS = {  # name: (stage, start from a folder holding a release, extra articles)
    "coding-with-parent": ("coding", True, 3),
    "coding-first-build": ("coding", False, 3),
    "write": ("write", True, 2),
    "rename": ("rename", True, 2),
}


@pytest.fixture(scope="module")
def victims(tmp_path_factory, parent_template) -> Iterator[dict[str, Victim]]:
    """Every build to be killed, started at once so their start-up overlaps; each holds at its stage
    until its test kills it."""
    root = tmp_path_factory.mktemp("victims")
    launcher = Builds(root / "procs")
    started = {}
    for name, (stage, has_parent, extra) in VICTIMS.items():
        releases = root / name / "releases"
        if has_parent:
            shutil.copytree(parent_template, releases, symlinks=True)
        inbox = make_input(root / name / "inbox", extra=extra)
        before = (visible(releases), pointer(releases), read_latest(releases))
        proc, flags = launcher.start(inbox, releases, stage=stage)
        started[name] = Victim(stage, inbox, releases, proc, flags, *before)
    yield started
    launcher.close()


# ------------------------------------------------------------------------------------------------ tests

@pytest.mark.parametrize("name", ["coding-with-parent", "coding-first-build"])
def test_kill_during_coding_leaves_releases_untouched(victims, name):
    """A build killed mid-way through coding, over a folder with a release and over none."""
    v = victims[name]
    v.kill_at_stage()
    releases = v.releases
    assert visible(releases) == v.before_names
    assert pointer(releases) == v.before_pointer  # unchanged, or still absent
    assert read_latest(releases) == v.before_latest
    assert staging_dirs(releases) == []  # coding writes nothing into the releases folder
    assert_consistent(releases)

    run_build(v.inbox, releases)
    latest = assert_consistent(releases)
    assert latest is not None and latest != v.before_latest
    assert read_manifest(latest)["parent"] == (v.before_latest.name if v.before_latest else None)
    assert staging_dirs(releases) == []


def test_kill_while_writing_tables_hides_the_partial_release(victims):
    v = victims["write"]
    releases, parent = v.releases, v.before_latest
    assert parent is not None
    wait_for(v.flags / "write.ready", v.proc)
    # The half-written release exists on disk, but only under a hidden staging name.
    [staging] = staging_dirs(releases)
    written = sorted(p.name for p in (releases / staging).iterdir())
    assert len(written) >= 3 and all(n.endswith(".parquet") for n in written)  # no manifest yet
    kill(v.proc)

    assert visible(releases) == v.before_names
    assert pointer(releases) == v.before_pointer
    assert read_latest(releases) == parent
    assert_consistent(releases)

    run_build(v.inbox, releases)
    latest = assert_consistent(releases)
    assert latest is not None and latest != parent
    assert read_manifest(latest)["parent"] == parent.name
    assert staging_dirs(releases) == [], "the dead build's staging folder was left behind"


def test_kill_between_rename_and_latest_is_recognised_by_the_next_run(victims):
    v = victims["rename"]
    releases, parent = v.releases, v.before_latest
    assert parent is not None
    v.kill_at_stage()

    # The renamed-in release is complete, but `latest` still names the parent.
    [orphan] = [n for n in visible(releases) if n != parent.name]
    assert verify_release(releases / orphan) == []
    assert read_manifest(releases / orphan)["parent"] == parent.name
    assert pointer(releases) == v.before_pointer and read_latest(releases) == parent
    assert verify_release(parent) == []
    assert staging_dirs(releases) == []

    run_build(v.inbox, releases)
    latest = assert_consistent(releases)  # no second child of the parent beside the renamed-in one
    assert latest is not None
    assert orphan in (latest.name, read_manifest(latest)["parent"]), "the renamed-in release was not taken up"
    assert staging_dirs(releases) == []
    run_build(v.inbox, releases)  # the work is finished: the same input publishes nothing more
    assert read_latest(releases) == latest


def test_second_concurrent_build_fails_naming_the_lock(tmp_path, releases_with_parent, builds):
    releases = releases_with_parent
    inbox = make_input(tmp_path / "inbox", extra=1)
    parent = read_latest(releases)

    first, first_flags = builds.start(inbox, releases, stage="write")
    second, second_flags = builds.start(inbox, releases, stage="lock")
    wait_for(first_flags / "write.ready", first)  # the first holds the lock, half-way through writing
    wait_for(second_flags / "lock.ready", second)
    (second_flags / "lock.go").touch()  # the second asks for the lock while the first holds it
    out, err = second.communicate(timeout=TIMEOUT)
    assert second.returncode == 1, out + err
    assert "another build" in err and str(releases / ".lock") in err
    assert read_latest(releases) == parent and len(staging_dirs(releases)) == 1  # the second touched nothing

    (first_flags / "write.go").touch()
    out, err = first.communicate(timeout=TIMEOUT)
    assert first.returncode == 0, out + err
    latest = assert_consistent(releases)
    assert latest is not None and read_manifest(latest)["parent"] == parent.name
    assert staging_dirs(releases) == []


def test_two_builds_started_at_once_leave_a_verified_release(tmp_path, builds):
    releases = tmp_path / "releases"
    inbox = make_input(tmp_path / "inbox", extra=1)
    procs = [builds.start(inbox, releases)[0] for _ in range(2)]
    outputs = [p.communicate(timeout=TIMEOUT) for p in procs]
    results = [(p.returncode, out, err) for p, (out, err) in zip(procs, outputs, strict=True)]
    for code, out, err in results:
        assert code == 0 or (code == 1 and "another build" in err and ".lock" in err), out + err
    assert any(code == 0 for code, _, _ in results)
    latest = assert_consistent(releases)
    assert latest is not None and staging_dirs(releases) == []
    manifest = json.loads((latest / "manifest.json").read_text())
    assert manifest["files"]["articles.parquet"]["rows"] == len(list(inbox.glob("*.txt")))
