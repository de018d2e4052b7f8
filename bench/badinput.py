"""Time and memory of bad input at scale: a folder of 10,000 files (one in a hundred a real note) and a
200 MB sparse file. Run: python bench/badinput.py"""
from __future__ import annotations

import resource
import tempfile
import time
from pathlib import Path

from reecheck.pipeline import check


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for i in range(10_000):
            (root / f"n{i:05d}.txt").write_bytes(b"" if i % 100 else f"Mine {i} shipped {i + 5},000 tonnes.\n".encode())
        with open(root / "huge.txt", "wb") as fh:
            fh.truncate(200 * 1000 * 1000)
        t = time.perf_counter()
        report = check(root)
        took = time.perf_counter() - t
        cov = report.coverage()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"{len(cov['files'])} files, {cov['sources_read']} read, {cov['files_skipped']} skipped "
              f"in {took:.2f} s; peak memory {peak:.0f} MB")


if __name__ == "__main__":
    main()
