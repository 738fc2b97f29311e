"""When two stories count as the same story, from their MinHash signatures.

Jaccard resemblance alone punishes the commonest duplicate of all, the update
that adds paragraphs: a six-paragraph story and its twelve-paragraph update
share every shingle of the first yet resemble each other at about 0.5. The score
is therefore the larger of resemblance and containment (the share of the
shorter story found in the longer), estimated from the resemblance and the two
shingle counts: |A∩B| = J(|A| + |B|) / (1 + J).
"""

from __future__ import annotations


def story_similarity(jaccard: float, shingles_a: int, shingles_b: int, min_shingles: int) -> float:
    """max(resemblance, containment); resemblance only when the shorter story is tiny."""
    shorter = min(shingles_a, shingles_b)
    if jaccard <= 0.0 or shorter < min_shingles:
        return jaccard
    overlap = jaccard * (shingles_a + shingles_b) / (1.0 + jaccard)
    return min(1.0, max(jaccard, overlap / shorter))
