"""Plain mutation fuzzing of the parsers for a fixed time: reports crashes and hangs (not run in CI).

Seeds are made here (a text, a web page, PDFs from tests/pdf_factory.py and the hostile cases of
tests/hostile.py). Each round takes a seed, applies a few random mutations (flip, insert, delete,
duplicate a run, splice with another seed, insert a PDF or HTML token) and hands the bytes to
``reportmine.parsers.parse_bytes`` in a worker process. A **crash** is any exception other than
DocumentError (or a worker that dies); a **hang** is an input that takes longer than ``--hang``
seconds. Each crashing or hanging input is saved under ``--out`` for replay.

    python tools/fuzz.py [--seconds 300] [--hang 10] [--seed 1] [--out fuzz-findings]
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

TOKENS = [
    b"%PDF-1.7\n",
    b"obj",
    b"endobj",
    b"stream\n",
    b"endstream",
    b"xref",
    b"trailer",
    b"<<",
    b">>",
    b"/Length 99999999",
    b"/Filter /FlateDecode",
    b"%%EOF",
    b"<html>",
    b"<p>",
    b"</p>",
    b"<script>",
    b"<div>" * 50,
    b"<meta charset='utf-16'>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\x00",
    b"\n\n",
    b"&#x0;",
]


def seeds() -> list[bytes]:
    from hostile import GOOD, cases
    from pdf_factory import table_pdf, text_pdf

    folder = Path(tempfile.mkdtemp(prefix="reportmine-fuzz-"))
    out = [
        GOOD.encode(),
        f"<html><body><article><h1>Report</h1><p>{GOOD}</p></article></body></html>".encode(),
    ]
    out.append(
        text_pdf(folder / "a.pdf", [GOOD, "However, we are concerned about call handling."]).read_bytes()
    )
    out.append(table_pdf(folder / "t.pdf", [["Area", "Grade"], ["Calls", "Good"]]).read_bytes())
    for make, _ in cases(bomb_bytes=4 << 20).values():
        try:
            path = make(folder)
            if path.is_file() and not path.is_symlink():
                out.append(path.read_bytes())
        except OSError:
            continue
    return [s for s in out if s]


def mutate(rng: random.Random, data: bytes, pool: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        pos = rng.randrange(len(buf) + 1)
        op = rng.randrange(6)
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] = rng.randrange(256)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del buf[pos : pos + rng.randint(1, 512)]
        elif op == 3:
            run = buf[pos : pos + rng.randint(1, 256)]
            buf[pos:pos] = run * rng.randint(1, 20)
        elif op == 4:
            other = rng.choice(pool)
            cut = rng.randrange(len(other) + 1)
            buf = buf[:pos] + other[cut:]
        else:
            buf[pos:pos] = rng.choice(TOKENS)
    return bytes(buf[: 4 << 20])


def _worker(conn) -> None:
    """Parse each input it is sent; answer (outcome, detail, this process's peak RSS in MiB)."""
    import resource

    from reportmine.errors import DocumentError
    from reportmine.parsers import parse_bytes

    while True:
        data = conn.recv()
        try:
            parse_bytes(data, "fuzzed")
            outcome = ("ok", "")
        except DocumentError:
            outcome = ("refused", "")
        except Exception:  # noqa: BLE001 - what we hunt for
            outcome = ("crash", traceback.format_exc(limit=6))
        conn.send((*outcome, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024))


class Runner:
    """A worker process fed one input at a time, restarted after a crash or hang."""

    def __init__(self) -> None:
        self.ctx = multiprocessing.get_context("fork")
        self.peak_mib = 0.0  # the largest peak RSS of a worker that answered
        self.start()

    def start(self) -> None:
        self.conn, child = self.ctx.Pipe()
        self.proc = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        self.proc.start()

    def run(self, data: bytes, hang: float) -> tuple[str, str]:
        self.conn.send(data)
        if not self.conn.poll(hang):
            self.proc.kill()
            self.proc.join()
            self.start()
            return "hang", f"no answer in {hang:g} s"
        try:
            outcome, detail, peak = self.conn.recv()
            self.peak_mib = max(self.peak_mib, peak)
            return outcome, detail
        except EOFError:
            code = self.proc.exitcode
            self.proc.join()
            self.start()
            return "crash", f"worker died (exit {code})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=300)
    parser.add_argument("--hang", type=float, default=10)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=Path("fuzz-findings"))
    args = parser.parse_args()
    rng = random.Random(args.seed)
    pool = seeds()
    runner = Runner()
    counts = {"ok": 0, "refused": 0, "crash": 0, "hang": 0}
    slowest = 0.0
    started = time.monotonic()
    while time.monotonic() - started < args.seconds:
        data = mutate(rng, rng.choice(pool), pool)
        t = time.monotonic()
        outcome, detail = runner.run(data, args.hang)
        slowest = max(slowest, time.monotonic() - t)
        counts[outcome] += 1
        if outcome in ("crash", "hang"):
            args.out.mkdir(parents=True, exist_ok=True)
            name = args.out / f"{outcome}-{sum(counts.values()):06d}.bin"
            name.write_bytes(data)
            print(
                f"{outcome}: {name}: {detail.strip().splitlines()[-1] if detail.strip() else ''}", flush=True
            )
    runner.proc.kill()
    total = sum(counts.values())
    print(
        f"fuzzed {total} inputs in {time.monotonic() - started:.0f} s ({len(pool)} seeds): "
        f"{counts['ok']} parsed, {counts['refused']} refused with a reason, "
        f"{counts['crash']} crashes, {counts['hang']} hangs; slowest input {slowest:.1f} s; "
        f"peak RSS of a parsing worker {runner.peak_mib:.0f} MiB"
    )
    sys.exit(1 if counts["crash"] or counts["hang"] else 0)


if __name__ == "__main__":
    main()
