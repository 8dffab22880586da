"""Coreference metrics over clusters of mention ids: MUC, B-cubed, CEAF-e, BLANC and the CoNLL average."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass

from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

# Clusters of mention ids; the key is the reference (gold, or the first annotator), the response the other.
# Singletons count, and mentions may be in one side only: no metric adds or drops mentions to make the two
# sides agree (Pradhan et al. 2014). Any ratio with nothing under it is 0.0, as in the CoNLL reference scorer.
Clusters = Iterable[Iterable[Hashable]]
Partition = list[frozenset[Hashable]]


@dataclass(frozen=True)
class Prf:
    """Precision, recall and F1 (for BLANC the F1 is its own average, not the harmonic mean of P and R)."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class CorefScores:
    """The four metrics, and the CoNLL score: the mean F1 of MUC, B-cubed and CEAF-e."""

    muc: Prf
    b_cubed: Prf
    ceaf_e: Prf
    blanc: Prf

    @property
    def conll(self) -> float:
        return (self.muc.f1 + self.b_cubed.f1 + self.ceaf_e.f1) / 3


def muc(key: Clusters, response: Clusters) -> Prf:
    """MUC (Vilain et al. 1995): links kept. Recall = sum(|k| - |p(k)|) / sum(|k| - 1) over key
    clusters k, p(k) being k split by the response (a mention the response lacks is a part of its own);
    precision swaps the sides. Singletons have no links, so all-singleton clusterings score 0.
    """
    k, r = _pair(key, response)
    return _prf(*_muc_counts(k, r), *_muc_counts(r, k))


def b_cubed(key: Clusters, response: Clusters) -> Prf:
    """B-cubed (Bagga & Baldwin 1998), per mention: recall = sum over k, r of |k∩r|² / |k|, divided
    by the key's mention count; precision the same with |r| and the response's mention count.
    """
    k, r = _pair(key, response)
    shared = _intersections(k, r)
    recall_sum = sum(n * n / len(k[i]) for (i, _), n in shared.items())
    precision_sum = sum(n * n / len(r[j]) for (_, j), n in shared.items())
    return _prf(recall_sum, sum(map(len, k)), precision_sum, sum(map(len, r)))


def ceaf_e(key: Clusters, response: Clusters) -> Prf:
    """Entity-based CEAF (Luo 2005): key and response clusters aligned one-to-one to maximise the total
    phi4 similarity 2|k∩r| / (|k| + |r|) (Hungarian algorithm, scipy's linear_sum_assignment);
    recall = total / number of key clusters, precision = total / number of response clusters.
    """
    k, r = _pair(key, response)
    total = 0.0
    shared = _intersections(k, r)
    if shared:
        # phi is zero between clusters that share no mention, so the best alignment is the best one
        # within each connected group of overlapping clusters: small matrices, not one of |k| x |r|
        # (a project's singletons alone would make that millions squared).
        pairs = list(shared)
        graph = coo_matrix(([1] * len(pairs), ([i for i, _ in pairs], [len(k) + j for _, j in pairs])),
                           shape=(len(k) + len(r),) * 2)
        _, group = connected_components(graph, directed=False)
        members: dict[int, list[tuple[int, int]]] = defaultdict(list)
        for i, j in pairs:
            members[int(group[i])].append((i, j))
        for edges in members.values():
            if len(edges) == 1:  # two clusters overlapping only each other: no choice to make
                (i, j), = edges
                total += 2 * shared[i, j] / (len(k[i]) + len(r[j]))
                continue
            at_row = {i: n for n, i in enumerate(sorted({i for i, _ in edges}))}
            at_col = {j: n for n, j in enumerate(sorted({j for _, j in edges}))}
            phi = [[0.0] * len(at_col) for _ in at_row]
            for i, j in edges:
                phi[at_row[i]][at_col[j]] = 2 * shared[i, j] / (len(k[i]) + len(r[j]))
            rows, cols = linear_sum_assignment(phi, maximize=True)
            total += sum(phi[a][b] for a, b in zip(rows.tolist(), cols.tolist(), strict=True))
    return _prf(total, len(k), total, len(r))


def blanc(key: Clusters, response: Clusters) -> Prf:
    """BLANC (Recasens & Hovy 2011) as extended to differing mention sets (Luo et al. 2014).

    Coreference links are the mention pairs inside a cluster, non-coreference links the pairs across
    clusters, each side over its own mentions. R_c = |C_k ∩ C_r| / |C_k|, P_c = |C_k ∩ C_r| / |C_r|,
    likewise R_n, P_n for non-coreference links; BLANC is the mean of the two recalls, of the two
    precisions and of the two F1s. As in the reference scorer, a key with no coreference link (all
    singletons) is scored on non-coreference links alone, a key with no non-coreference link (one
    cluster) on coreference links alone, and a key with fewer than two mentions scores 0.
    """
    k, r = _pair(key, response)
    both = sum(_links(n) for n in _intersections(k, r).values())  # coreferent on both sides
    key_coref, response_coref = sum(_links(len(c)) for c in k), sum(_links(len(c)) for c in r)
    key_non = _links(sum(map(len, k))) - key_coref
    response_non = _links(sum(map(len, r))) - response_coref
    # Non-coreferent on both sides: pairs of mentions both sides have, less those coreferent on either.
    common = set().union(*k) & set().union(*r)
    non_both = (_links(len(common)) - sum(_links(len(c & common)) for c in k)
                - sum(_links(len(c & common)) for c in r) + both)
    coref = _prf(both, key_coref, both, response_coref)
    non = _prf(non_both, key_non, non_both, response_non)
    if not key_coref and not key_non:
        return Prf(0.0, 0.0, 0.0)
    if not key_coref:
        return non
    if not key_non:
        return coref
    return Prf((coref.precision + non.precision) / 2, (coref.recall + non.recall) / 2,
               (coref.f1 + non.f1) / 2)


def coref_scores(key: Clusters, response: Clusters) -> CorefScores:
    """All four metrics of one key against one response."""
    k, r = _pair(key, response)
    return CorefScores(muc(k, r), b_cubed(k, r), ceaf_e(k, r), blanc(k, r))


def conll_f1(key: Clusters, response: Clusters) -> float:
    """The CoNLL-2011/2012 score: the mean F1 of MUC, B-cubed and CEAF-e."""
    return coref_scores(key, response).conll


def _partition(clusters: Clusters, side: str) -> Partition:
    """The clusters as disjoint frozensets; empty clusters dropped, a repeat inside a cluster ignored."""
    out: Partition = []
    seen: set[Hashable] = set()
    for cluster in clusters:
        members = frozenset(cluster)
        if clash := members & seen:
            raise ValueError(f"{side}: mention(s) {sorted(map(repr, clash))} in more than one cluster")
        seen |= members
        if members:
            out.append(members)
    return out


def _pair(key: Clusters, response: Clusters) -> tuple[Partition, Partition]:
    return _partition(key, "key"), _partition(response, "response")


def _intersections(k: Partition, r: Partition) -> Counter[tuple[int, int]]:
    """|k_i ∩ r_j| for every pair of clusters that share a mention."""
    where = {m: j for j, cluster in enumerate(r) for m in cluster}
    return Counter((i, where[m]) for i, cluster in enumerate(k) for m in cluster if m in where)


def _muc_counts(k: Partition, r: Partition) -> tuple[int, int]:
    """Links of k kept by r, and links of k: sum(|k| - |p(k)|) and sum(|k| - 1)."""
    where = {m: j for j, cluster in enumerate(r) for m in cluster}
    kept = 0
    for cluster in k:
        inside = {where[m] for m in cluster if m in where}
        missing = sum(m not in where for m in cluster)
        kept += len(cluster) - (len(inside) + missing)
    return kept, sum(len(c) - 1 for c in k)


def _links(n: int) -> int:
    return n * (n - 1) // 2


def _prf(recall_num: float, recall_den: float, precision_num: float, precision_den: float) -> Prf:
    recall = recall_num / recall_den if recall_den else 0.0
    precision = precision_num / precision_den if precision_den else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Prf(precision, recall, f1)
