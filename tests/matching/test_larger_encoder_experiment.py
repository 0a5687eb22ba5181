"""python -m training.matching mpnet: the three-way fusion grid behind docs/matching.md's MPNet figures."""

import numpy as np

from claims.matching.checkthat import Split
from claims.matching.matcher import Matcher
from training.matching.larger_encoder import grid

# No word in common with the query, so BM25 cannot pick between them: only the vectors decide.
CLAIMS = ["alpha beta", "gamma delta"]
SPLIT = Split({"q": "epsilon zeta"}, {"q": {"second"}})


def unit(*values):
    vector = np.array(values, dtype=np.float32)
    return vector / np.linalg.norm(vector)


def test_the_grid_ranks_by_minilm_at_share_zero_and_by_mpnet_at_share_one():
    # MiniLM finds the first claim closer to the query, MPNet the second (the right one).
    minilm = (np.stack([unit(1, 0), unit(0, 1)]), np.stack([unit(1, 0.2)]))
    mpnet = (np.stack([unit(1, 0, 0), unit(0, 1, 0)]), np.stack([unit(0.1, 1, 0)]))
    matcher = Matcher(["first", "second"], CLAIMS, minilm[0])

    results = grid(matcher, SPLIT, minilm, mpnet, lexical_weights=(0.0, 0.25), shares=(0.0, 1.0))

    assert results[0.0, 0.0].map_5 == results[0.0, 0.25].map_5 == 0.5
    assert results[1.0, 0.0].map_5 == results[1.0, 0.25].map_5 == 1.0
