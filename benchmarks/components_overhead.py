"""Cost of reportmine's inspection components against the statistical model's own time on the same text.

    python benchmarks/components_overhead.py [--corpus ../shared/corpus] [--repeat 3]

Parses every report of the development corpus (or, without it, the sample corpus in
corpora/) once, then times, over the same Docs: the statistical model alone (its own
components, in order) and each reportmine inspection component. Prints per-component
milliseconds and the ratio of the inspection components' time to the model's.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from reportmine import parse
from reportmine.metadata import describe
from reportmine.nlp.pipeline import get_pipeline, make_doc

REPO = Path(__file__).resolve().parents[1]
INSPECTION = ("reportmine_findings", "reportmine_recommendations", "reportmine_outcomes")


def _sources(corpus: Path) -> list[Path]:
    folder = corpus / "docs" if (corpus / "docs").is_dir() else corpus
    return sorted(p for p in folder.iterdir() if p.suffix in {".pdf", ".html", ".txt"})


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = args.corpus if args.corpus.is_dir() else REPO / "corpora"
    nlp = get_pipeline()
    parsed = [parse(p) for p in _sources(corpus)]
    infos = [describe(p) for p in parsed]
    timings: dict[str, float] = {name: 0.0 for name in nlp.pipe_names}
    words = 0
    for _ in range(args.repeat):
        for p, info in zip(parsed, infos):
            doc = make_doc(nlp, p, info)
            words += len(doc)
            for name, proc in nlp.pipeline:
                t0 = time.perf_counter()
                doc = proc(doc)
                timings[name] += time.perf_counter() - t0
    ours = [n for n in nlp.pipe_names if n.startswith("reportmine_")]
    model = sum(t for n, t in timings.items() if n not in ours)
    inspection = sum(timings[n] for n in INSPECTION if n in timings)
    print(f"{len(parsed)} documents x {args.repeat}, {words // args.repeat} tokens per pass")
    for name, t in timings.items():
        print(f"  {name:30s} {1000 * t / args.repeat:8.1f} ms per pass")
    print(f"statistical model:           {1000 * model / args.repeat:8.1f} ms per pass")
    print(f"inspection components:       {1000 * inspection / args.repeat:8.1f} ms per pass")
    print(f"ratio inspection / model:    {inspection / model:.3f}  (budget 0.333)")
    print(f"ratio all reportmine / model: {sum(timings[n] for n in ours) / model:.3f}")


if __name__ == "__main__":
    main()
