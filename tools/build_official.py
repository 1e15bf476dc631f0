"""Build ``knowledge/data/official.json.gz`` (the bundled official results) from an Ergast CSV dump.

Usage: ``python tools/build_official.py [ERGAST_DIR] [--out PATH]`` (default ``../shared/data/ergast``).
The dump is checked by the same loader the bot uses at run time (a bad file is refused with its row), then
written as compact, reproducible gzip JSON: every race, sprint, qualifying, drivers' and constructors'
standings row with statuses, points and fastest-lap ranks. An installed bot reads only this file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from knowledge.official import BUNDLE_PATH, DEFAULT_DIR, OfficialDataError, load_official, write_bundle  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Build the bundle; exit status 2 on a bad dump."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("ergast", nargs="?", type=Path, default=DEFAULT_DIR)
    ap.add_argument("--out", type=Path, default=BUNDLE_PATH)
    args = ap.parse_args(argv)
    try:
        official = load_official(args.ergast)
    except OfficialDataError as exc:
        print(f"build_official: {exc}", file=sys.stderr)
        return 2
    size = write_bundle(official, args.out)
    print(
        f"wrote {args.out} ({size / 1024:.0f} KiB): {len(official.races)} races, "
        f"{len(official.race)} race rows, "
        f"{len(official.sprint)} sprint rows, {len(official.qualifying)} qualifying rows, "
        f"{len(official.standing_rows)} standings rows, "
        f"{len(official.team_standing_rows)} constructors' standings rows"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
