"""`entente build | verify | eval`: the command line."""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from entente.release import read_latest, read_manifest, verify_release


def cmd_build(args: argparse.Namespace) -> int:
    from entente.definitions import run_build

    releases = Path(args.releases)
    result = run_build(Path(args.input), releases, mirror_to=args.mirror)
    meta = result.asset_materializations_for_node("release")[0].metadata
    release_id = meta["release_id"].value
    latest = read_latest(releases)
    if release_id == "unchanged":
        print(f"no new release: the tables equal those of {latest.name if latest else '?'} (nothing changed)")
    else:
        print(f"published release {release_id} at {meta['path'].value}")
    if "mirrored_to" in meta:
        print(f"mirrored to {meta['mirrored_to'].value}")
    manifest = read_manifest(latest)
    for name, info in manifest["files"].items():
        print(f"  {name:24} {info['rows']:>8} rows")
    return 0


def release_path(arg: str) -> Path:
    """The release an argument names: a release folder, a releases folder's `latest`, or the releases folder."""
    path = Path(arg)
    if path.name == "latest":
        return read_latest(path.parent) or path
    if not (path / "manifest.json").exists():
        return read_latest(path) or path
    return path


def cmd_verify(args: argparse.Namespace) -> int:
    path = release_path(args.release)
    problems = verify_release(path)
    if problems:
        print(f"release {path} FAILED verification:", file=sys.stderr)
        for p in problems:
            print(f"  - {p}", file=sys.stderr)
        return 1
    print(f"release {path.name} verified: every file's sha256, size, rows and schema match")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from entente.evaluate import evaluate_release, format_report

    with tempfile.TemporaryDirectory() as scratch:
        if args.input:
            from entente.definitions import run_build

            run_build(Path(args.input), Path(scratch))
            release = read_latest(Path(scratch))
        else:
            release = release_path(args.release)
        report = evaluate_release(release, Path(args.gold))
    print(format_report(report, verbose=args.verbose))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2, default=str))
    return 0


def cmd_mirror(args: argparse.Namespace) -> int:
    from entente.mirror import mirror_release

    path = release_path(args.release)
    print(f"mirrored release {path.name} to {mirror_release(path, args.to)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="entente", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    b = sub.add_parser("build", help="run the whole Dagster graph over a folder of articles and publish a release")
    b.add_argument("--input", default="seeds", help="folder of .txt / .jsonl articles (default: seeds)")
    b.add_argument("--releases", default="data/releases", help="releases folder (default: data/releases)")
    b.add_argument("--mirror", default=os.environ.get("ENTENTE_MIRROR", ""), metavar="URL",
                   help="also copy the release to object storage, any fsspec URL (default: $ENTENTE_MIRROR)")
    b.set_defaults(func=cmd_build)
    v = sub.add_parser("verify", help="re-check a release's files, rows and schemas")
    v.add_argument("release", help="a release folder, or the releases folder's 'latest'")
    v.set_defaults(func=cmd_verify)
    e = sub.add_parser("eval", help="score a release against gold files, per table and per event type")
    e.add_argument("--gold", required=True, help="folder of gold YAML files")
    e.add_argument("--release", default="data/releases/latest", help="the release to score")
    e.add_argument("--input", help="instead, build a scratch release from this folder of articles and score it")
    e.add_argument("--verbose", action="store_true", help="list every missed and extra item")
    e.add_argument("--json", help="also write the figures to this file")
    e.set_defaults(func=cmd_eval)
    m = sub.add_parser("mirror", help="copy a verified release to object storage (any fsspec URL) and move its latest")
    m.add_argument("--to", required=True, help="e.g. s3://bucket/entente/releases (credentials as fsspec finds them)")
    m.add_argument("release", nargs="?", default="data/releases/latest", help="the release to copy")
    m.set_defaults(func=cmd_mirror)
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except Exception as err:  # noqa: BLE001 - the command line reports, it does not trace back
        if getattr(args, "debug", False):
            raise
        print(f"entente {args.command}: {type(err).__name__}: {err}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
