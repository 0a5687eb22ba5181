"""Fit the queue decision on a labelled extraction set and write its JSON:

    python -m training.queue_decision --labels tests/extraction/labelled/dev \\
        --out claims/extraction/queue_decision.json      # make fit-queue-decision

Extracts every article once with the trained check-worthiness model (cached under
var/queue_decision/ until the labels, the extraction code or the model change), chooses
features, regularisation and the weight of labelled furniture by group k-fold over articles,
and prints the out-of-fold recall, queued share and furniture queued beside the current
rule's. The JSON is written only when the decision beats the rule (a lower share at >= 97%
recall, no more furniture queued) out of fold and in the nested estimate, or with --force;
otherwise the command exits 1.
Exits 2 on a bad labels folder.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from claims.extraction.evaluation import LabelError

from .dataset import load_or_build
from .fit import FOLDS, TARGET_RECALL, fit

ISSUE_RECALL = 0.97  # issue #19's floor: the decision must reach it out of fold to ship


def beats_rule(cv: dict) -> bool:
    """A lower share than the rule's at >= 97% recall, and no more furniture queued, out of
    fold and in the nested estimate."""
    rule = cv["rule_same_articles"]
    return all(
        cv[name]["recall"] >= ISSUE_RECALL
        and cv[name]["share"] < rule["share"]
        and cv[name]["furniture_queued"] <= rule["furniture_queued"]
        for name in ("out_of_fold", "nested_out_of_fold")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m training.queue_decision")
    parser.add_argument("--labels", type=Path, required=True, help="a labelled extraction folder")
    parser.add_argument("--out", type=Path, required=True, help="write the decision's JSON here")
    parser.add_argument("--cache", type=Path, default=Path("var/queue_decision/dataset.json"))
    parser.add_argument("--folds", type=int, default=FOLDS)
    parser.add_argument("--target-recall", type=float, default=TARGET_RECALL)
    parser.add_argument(
        "--force", action="store_true", help="write the JSON even if it does not beat the rule"
    )
    args = parser.parse_args(argv)
    try:
        dataset = load_or_build(args.labels, args.cache)
    except (LabelError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    arrays = dataset.arrays()
    result = fit(arrays, dataset.features, args.folds, args.target_recall)
    cv = result["cv"]
    for name in ("rule_same_articles", "out_of_fold", "nested_out_of_fold", "queue_every_candidate"):
        o = cv[name]
        print(
            f"{name:<22} recall {o['found']}/{o['labelled']} ({o['recall']:.1%})"
            f"  queued share {o['queued']}/{o['extracted']} ({o['share']:.1%})"
            f"  furniture queued {o['furniture_queued']}"
        )
    low, high = cv["share_below_rule_95"]
    print(f"share below the rule's, out of fold: 95% interval {low:.1%} to {high:.1%} (articles resampled)")
    print(f"chosen: {cv['chosen']}, threshold {result['threshold']:.4f}")
    if not beats_rule(cv) and not args.force:
        print(f"not written: out of fold it does not beat the rule; {args.out} left as it was")
        return 1
    document = {
        "what": "queue decision for extracted sentences (claims/extraction/queue_decision.py)",
        "fitted": dt.date.today().isoformat(),
        "command": "python -m training.queue_decision " + " ".join(sys.argv[1:] if argv is None else argv),
        "scorer": dataset.scorer,
        "dev_set": {
            "labels": str(args.labels),
            "articles": len(dataset.articles),
            "labelled_claims": int(arrays["labelled"].sum()),
            "extracted_sentences": len(arrays["labels"]),
        },
        **result,
    }
    args.out.write_text(json.dumps(document, indent=1) + "\n", "utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
