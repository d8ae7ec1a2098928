"""3-fold NLU cross-validation of the shipped pipeline; prints the intent macro F1 and fails below 0.90."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "results" / "nlu-cv"
MIN_MACRO_F1 = 0.90


def main() -> int:
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "rasa"), "test", "nlu",
            "--nlu", "data/nlu",
            "--config", "config.yml",
            "--cross-validation", "--folds", "3",
            "--out", str(OUT),
        ],
        cwd=ROOT,
        check=True,
    )
    report = json.loads((OUT / "intent_report.json").read_text())
    macro_f1 = report["macro avg"]["f1-score"]
    weakest = sorted(
        ((name, scores["f1-score"]) for name, scores in report.items() if isinstance(scores, dict) and "support" in scores
         and name not in ("macro avg", "weighted avg", "micro avg")),
        key=lambda item: item[1],
    )[:5]
    print(f"NLU cross-validation (3 folds): intent macro F1 = {macro_f1:.3f} (floor {MIN_MACRO_F1})")
    print("weakest intents: " + ", ".join(f"{name} {f1:.2f}" for name, f1 in weakest))
    if macro_f1 < MIN_MACRO_F1:
        print("FAIL: intent macro F1 is below the floor", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
