"""Train the model only when its inputs changed since the last training.

The fingerprint covers everything `rasa train` reads: config, domain and the
training data. It is stored next to the model, so a fresh clone (no models/)
always trains and a warm tree starts in seconds.
"""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODEL_DIR = ROOT / "models"
MODEL_NAME = "companion"
MODEL_PATH = MODEL_DIR / f"{MODEL_NAME}.tar.gz"
FINGERPRINT_PATH = MODEL_DIR / f"{MODEL_NAME}.fingerprint"


def training_inputs() -> list[Path]:
    files = [ROOT / "config.yml", ROOT / "domain.yml"]
    files += sorted((ROOT / "data").rglob("*.yml"))
    return files


def fingerprint() -> str:
    digest = hashlib.sha256()
    for path in training_inputs():
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def is_stale() -> bool:
    if not MODEL_PATH.exists() or not FINGERPRINT_PATH.exists():
        return True
    return FINGERPRINT_PATH.read_text().strip() != fingerprint()


def train() -> None:
    print("train: data, domain or config changed since the last model; training", flush=True)
    current = fingerprint()
    subprocess.run(
        [
            str(ROOT / ".venv" / "bin" / "rasa"),
            "train",
            "--out", str(MODEL_DIR),
            "--fixed-model-name", MODEL_NAME,
        ],
        cwd=ROOT,
        check=True,
    )
    FINGERPRINT_PATH.write_text(current + "\n")


def main() -> int:
    if is_stale():
        train()
    else:
        print(f"train: {MODEL_PATH.relative_to(ROOT)} is up to date", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
