"""MUC, B-cubed, CEAF-e, BLANC and CoNLL on hand-worked examples, published ones and edge cases.

Expected values are worked out by hand in the comments. Where a case is one of the CoNLL reference
scorer's test cases (conll/reference-coreference-scorers, test/TestCases.README and
CorefMetricTestConfig.pm), its name is given and its published values agree with ours.
"""

from __future__ import annotations

import itertools
import random

import pytest

from nlp.coref_metrics import Prf, b_cubed, blanc, ceaf_e, conll_f1, coref_scores, muc


def _c(*clusters: str) -> list[list[str]]:
    """Clusters written as strings, one letter a mention: _c("abc", "de") is {a,b,c} {d,e}."""
    return [list(c) for c in clusters]


def _check(score: Prf, precision: float, recall: float, f1: float) -> None:
    assert (score.precision, score.recall, score.f1) == pytest.approx((precision, recall, f1))


# Pradhan et al. 2014, "Scoring Coreference Partitions of Predicted Mentions" (ACL), worked example.
# Key K1={a,b,c} K2={d,e,f,g}; response R1={a,b} R2={c,d} R3={f,g,h,i}. e is missed, h and i are extra.
PRADHAN_KEY = _c("abc", "defg")
PRADHAN_RESPONSE = _c("ab", "cd", "fghi")


def test_pradhan_2014_muc() -> None:
    # Recall: K1 split by the response = {a,b}{c}: 3-2 = 1 link kept; K2 = {d}{e}{f,g} (e missing is a
    #   part of its own): 4-3 = 1. Key links (3-1)+(4-1) = 5. R = 2/5 = 0.40.
    # Precision: R1 by the key = {a,b}: 2-1 = 1; R2 = {c}{d}: 2-2 = 0; R3 = {f,g}{h}{i}: 4-3 = 1.
    #   Response links 1+1+3 = 5. P = 2/5 = 0.40.   F = 0.40.
    _check(muc(PRADHAN_KEY, PRADHAN_RESPONSE), 2 / 5, 2 / 5, 2 / 5)


def test_pradhan_2014_b_cubed() -> None:
    # Recall, per key mention |K∩R|/|K|: a 2/3, b 2/3, c 1/3, d 1/4, e 0, f 2/4, g 2/4.
    #   Sum = 5/3 + 5/4 = 35/12; over 7 key mentions R = 35/84 = 5/12 = 0.41667 (the paper: 0.42).
    # Precision, per response mention |K∩R|/|R|: a 2/2, b 2/2, c 1/2, d 1/2, f 2/4, g 2/4, h 0, i 0.
    #   Sum = 4; over 8 response mentions P = 4/8 = 0.5.
    # F = 2·(5/12)·(1/2) / (5/12 + 1/2) = (5/12) / (11/12) = 5/11 = 0.45455.
    _check(b_cubed(PRADHAN_KEY, PRADHAN_RESPONSE), 1 / 2, 5 / 12, 5 / 11)


def test_pradhan_2014_ceaf_e() -> None:
    # phi4(K,R) = 2|K∩R| / (|K|+|R|):
    #        R1={a,b}     R2={c,d}     R3={f,g,h,i}
    #   K1   2·2/5=0.8    2·1/5=0.4    0
    #   K2   0            2·1/6=1/3    2·2/8=0.5
    # Best alignment K1-R1, K2-R3: 0.8 + 0.5 = 1.3 (K1-R1,K2-R2 gives 1.133; K1-R2,K2-R3 gives 0.9).
    # R = 1.3 / 2 key entities = 0.65; P = 1.3 / 3 response entities = 0.43333; F = 2·1.3/(2+3) = 0.52.
    _check(ceaf_e(PRADHAN_KEY, PRADHAN_RESPONSE), 1.3 / 3, 0.65, 0.52)


def test_pradhan_2014_blanc() -> None:
    # Key coreference links C_k: 3 in K1 + 6 in K2 = 9. Key non-coreference links N_k: 3·4 = 12.
    # Response coreference links C_r: ab, cd, and 6 in R3 = 8. Response mentions 8 → 28 pairs, N_r = 20.
    # C_k ∩ C_r = {ab, fg} = 2 (cd crosses key entities; h, i are not in the key).
    # N_k ∩ N_r = {ad, af, ag, bd, bf, bg, cf, cg} = 8 (cd is coreferent in the response; e is missing).
    # R_c = 2/9, P_c = 2/8, F_c = 2·(2/9)(1/4)/(2/9+1/4) = (1/9)/(17/36) = 4/17.
    # R_n = 8/12, P_n = 8/20, F_n = 2·(2/3)(2/5)/(2/3+2/5) = (8/15)/(16/15) = 1/2.
    # BLANC R = (2/9 + 2/3)/2 = 4/9 = 0.44444; P = (1/4 + 2/5)/2 = 13/40 = 0.325;
    #       F = (4/17 + 1/2)/2 = 25/68 = 0.36765.
    _check(blanc(PRADHAN_KEY, PRADHAN_RESPONSE), 13 / 40, 4 / 9, 25 / 68)


def test_pradhan_2014_conll_is_the_mean_of_muc_b_cubed_and_ceaf_e() -> None:
    # (2/5 + 5/11 + 0.52) / 3 = (0.4 + 0.454545 + 0.52) / 3 = 0.458182
    expected = (2 / 5 + 5 / 11 + 0.52) / 3
    assert conll_f1(PRADHAN_KEY, PRADHAN_RESPONSE) == pytest.approx(expected)
    assert coref_scores(PRADHAN_KEY, PRADHAN_RESPONSE).conll == pytest.approx(expected)


# The reference scorer's TC-A cases: key {a} {b,c} {d,e,f}: 6 mentions, 3 entities, 3 MUC links,
# C_k = {bc, de, df, ef} (4), N_k = 15 - 4 = 11.
TC_A_KEY = _c("a", "bc", "def")


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        # TC-A-2, missed mentions. Response {a} {d,e}.
        # MUC   R: {a} 0, {bc} → {b}{c} 0, {def} → {de}{f} 1: 1/3. P: {de} 1 of 1 link: 1. F = 0.5.
        # B3    R: a 1, b 0, c 0, d 2/3, e 2/3, f 0 → (7/3)/6 = 7/18. P: a 1, d 1, e 1 → 1. F = 14/25.
        # CEAFe phi {a}{a} = 1, {def}{de} = 4/5 → 1.8. R = 1.8/3 = 0.6, P = 1.8/2 = 0.9, F = 3.6/5 = 0.72.
        # BLANC C_r = {de}, N_r = {ad, ae}. R_c = 1/4, P_c = 1/1, R_n = 2/11, P_n = 2/2.
        #       R = (1/4 + 2/11)/2 = 19/88; P = 1; F = (2/5 + 4/13)/2 = 23/65.
        (_c("a", "de"), {"muc": (1, 1 / 3, 0.5), "b_cubed": (1, 7 / 18, 14 / 25), "ceaf_e": (0.9, 0.6, 0.72),
                         "blanc": (1, 19 / 88, 23 / 65)}),
        # TC-A-3, extra mentions. Response {a} {b,c,x} {d,e,f,y} {z}.
        # MUC   R: every key entity whole: 3/3. P: {bcx} → {bc}{x} 1 of 2, {defy} → {def}{y} 2 of 3: 3/5.
        #       F = 2·(3/5)/(8/5) = 3/4.
        # B3    R = 1. P: a 1, b c 2/3 each, x 0, d e f 3/4 each, y 0, z 0 → (1 + 4/3 + 9/4)/9 = 55/108.
        #       F = 2·(55/108)/(163/108) = 110/163.
        # CEAFe phi 1, 2·2/5 = 4/5, 2·3/7 = 6/7 → 93/35. R = 93/105, P = 93/140, F = 2·(93/35)/7 = 186/245.
        # BLANC C_r = 3 + 6 = 9, C_k ∩ C_r = 4 → R_c = 1, P_c = 4/9. 9 response mentions → N_r = 36 - 9 = 27,
        #       N_k ∩ N_r = 11 → R_n = 1, P_n = 11/27. R = 1; P = (4/9 + 11/27)/2 = 23/54;
        #       F = (8/13 + 11/19)/2 = 295/494.
        (_c("a", "bcx", "defy", "z"), {"muc": (3 / 5, 1, 3 / 4), "b_cubed": (55 / 108, 1, 110 / 163),
                                       "ceaf_e": (93 / 140, 93 / 105, 186 / 245),
                                       "blanc": (23 / 54, 1, 295 / 494)}),
        # TC-A-4, missed and extra mentions. Response {a} {b,c,x} {d,y} {z}.
        # MUC   R: {bc} 1, {def} → {d}{e}{f} 0: 1/3. P: {bcx} 1 of 2, {dy} 0 of 1: 1/3. F = 1/3.
        # B3    R: a 1, b c 1 each, d 1/3, e f 0 → (10/3)/6 = 5/9. P: a 1, b c 2/3 each, d 1/2 → (17/6)/7 =
        #       17/42. F = 2·(5/9)(17/42)/(5/9 + 17/42) = (85/189)/(121/126) = 170/363.
        # CEAFe phi 1 + 4/5 + 2·1/5 = 2.2. R = 2.2/3, P = 2.2/4 = 0.55, F = 4.4/7.
        # BLANC C_r = {bc, bx, cx, dy}, C_k ∩ C_r = {bc}: R_c = P_c = 1/4. N_r = 21 - 4 = 17;
        #       N_k ∩ N_r = {ab, ac, ad, bd, cd} = 5: R_n = 5/11, P_n = 5/17, F_n = 50/140 = 5/14.
        #       R = (1/4 + 5/11)/2 = 31/88; P = (1/4 + 5/17)/2 = 37/136; F = (1/4 + 5/14)/2 = 17/56.
        (_c("a", "bcx", "dy", "z"), {"muc": (1 / 3, 1 / 3, 1 / 3), "b_cubed": (17 / 42, 5 / 9, 170 / 363),
                                     "ceaf_e": (0.55, 2.2 / 3, 4.4 / 7),
                                     "blanc": (37 / 136, 31 / 88, 17 / 56)}),
        # TC-A-10, same mentions, all singletons in the response.
        # MUC   R = 0/3; P = 0/0 → 0. F = 0.
        # B3    R: a 1, b c 1/2, d e f 1/3 → 3/6. P = 6/6. F = 2/3.
        # CEAFe phi {a}{a} 1, {bc}{b} 2/3, {def}{d} 2/4 → 13/6. R = 13/18, P = 13/36, F = (13/3)/9 = 13/27.
        # BLANC C_r empty: R_c = 0, P_c = 0/0 → 0, F_c = 0. N_r = 15, N_k ∩ N_r = 11: R_n = 1, P_n = 11/15,
        #       F_n = 22/26. R = 1/2; P = 11/30; F = 11/26.
        (_c("a", "b", "c", "d", "e", "f"), {"muc": (0, 0, 0), "b_cubed": (1, 1 / 2, 2 / 3),
                                            "ceaf_e": (13 / 36, 13 / 18, 13 / 27),
                                            "blanc": (11 / 30, 1 / 2, 11 / 26)}),
        # TC-A-11, same mentions, one entity in the response.
        # MUC   R = 3/3. P: {abcdef} → 3 key parts, 6-3 = 3 of 5 links: 3/5. F = 3/4.
        # B3    R = 1. P = (1² + 2² + 3²)/6 / 6 = 7/18. F = 14/25.
        # CEAFe one response entity: best phi {def}-{abcdef} = 6/9 = 2/3. R = (2/3)/3 = 2/9, P = 2/3,
        #       F = 2·(2/3)/4 = 1/3.
        # BLANC C_r = 15, C_k ∩ C_r = 4: R_c = 1, P_c = 4/15, F_c = 8/19.
        #       N_r empty: R_n = 0, P_n = 0, F_n = 0. R = 1/2; P = 2/15; F = 4/19.
        (_c("abcdef"), {"muc": (3 / 5, 1, 3 / 4), "b_cubed": (7 / 18, 1, 14 / 25),
                        "ceaf_e": (2 / 3, 2 / 9, 1 / 3), "blanc": (2 / 15, 1 / 2, 4 / 19)}),
        # TC-A-12, system mentions, all singletons. Response {a} {x} {y} {c} {d} {e} {z}.
        # MUC   0 everywhere (no response links; no key link kept).
        # B3    R: a 1, b 0, c 1/2, d e 1/3, f 0 → (13/6)/6 = 13/36. P: a c d e 1, x y z 0 → 4/7.
        #       F = 2·(13/36)(4/7)/(13/36 + 4/7) = (104/252)/(235/252) = 104/235.
        # CEAFe phi 1 + 2/3 + 1/2 = 13/6. R = 13/18, P = (13/6)/7 = 13/42, F = (13/3)/10 = 13/30.
        # BLANC C_r empty → coreference part 0. N_r = 21; key non-coreference pairs among a c d e:
        #       ac ad ae cd ce = 5 (de is a key link). R_n = 5/11, P_n = 5/21, F_n = 50/160 = 5/16.
        #       R = 5/22; P = 5/42; F = 5/32.
        (_c("a", "x", "y", "c", "d", "e", "z"), {"muc": (0, 0, 0), "b_cubed": (4 / 7, 13 / 36, 104 / 235),
                                                 "ceaf_e": (13 / 42, 13 / 18, 13 / 30),
                                                 "blanc": (5 / 42, 5 / 22, 5 / 32)}),
        # TC-A-13, system mentions, one entity. Response {a,x,y,c,d,e,z}.
        # MUC   R: {bc} → {b}{c} 0, {def} → {de}{f} 1: 1/3. P: response → {a}{x}{y}{c}{d,e}{z}: 7-6 = 1 of 6.
        #       F = 2·(1/3)(1/6)/(1/2) = 2/9.
        # B3    R: a 1, c 1/2, d e 2/3 → (17/6)/6 = 17/36. P = (1 + 1 + 2²)/7 / 7 = 6/49.
        #       F = 2·(17/36)(6/49)/(17/36 + 6/49) = (204/1764)/(1049/1764) = 204/1049.
        # CEAFe best phi {def}-R = 2·2/10 = 2/5 (vs 2/8, 2/9). R = 2/15, P = 2/5, F = 2·(2/5)/4 = 1/5.
        # BLANC C_r = 21, C_k ∩ C_r = {de}: R_c = 1/4, P_c = 1/21, F_c = (2/84)/(25/84) = 2/25. N_r empty.
        #       R = 1/8; P = 1/42; F = 1/25.
        (_c("axycdez"), {"muc": (1 / 6, 1 / 3, 2 / 9), "b_cubed": (6 / 49, 17 / 36, 204 / 1049),
                         "ceaf_e": (2 / 5, 2 / 15, 1 / 5), "blanc": (1 / 42, 1 / 8, 1 / 25)}),
    ],
    ids=["TC-A-2", "TC-A-3", "TC-A-4", "TC-A-10", "TC-A-11", "TC-A-12", "TC-A-13"],
)
def test_reference_scorer_cases(
    response: list[list[str]], expected: dict[str, tuple[float, float, float]]
) -> None:
    scores = coref_scores(TC_A_KEY, response)
    for metric, (precision, recall, f1) in expected.items():
        _check(getattr(scores, metric), precision, recall, f1)


@pytest.mark.parametrize(
    ("key", "response", "precision", "recall"),
    [
        # TC-F-1: key {ABCD} (3 links), response {AB}{CD}: key → 2 parts, 4-2 = 2 kept. R = 2/3, P = 2/2.
        (_c("ABCD"), _c("AB", "CD"), 1, 2 / 3),
        # TC-G-1: the reverse. R = 2/2; response {ABCD} → 2 key parts, 2 of 3 links: P = 2/3.
        (_c("AB", "CD"), _c("ABCD"), 2 / 3, 1),
        # TC-J-1: key {ABC} (2 links), response {AC} (1 link): key → {AC}{B}: 3-2 = 1, R = 1/2; P = 1/1.
        (_c("ABC"), _c("AC"), 1, 1 / 2),
        # TC-K-1: key {BCDEGHJ} (6 links) → {BC}{DE}{GH}{J}: 7-4 = 3, R = 3/6.
        #   Response {ABC}{DEF}{GHI} (6 links): each → 2 parts, 1 link kept each: P = 3/6.
        (_c("BCDEGHJ"), _c("ABC", "DEF", "GHI"), 1 / 2, 1 / 2),
        # TC-L-1, Pradhan's example with one extra mention less: key {ABC}{DEFG}, response {AB}{CD}{FGH}.
        #   R = 2/5 as above; P: {AB} 1, {CD} 0, {FGH} → {FG}{H} 1 of 2 → 2/4.
        (_c("ABC", "DEFG"), _c("AB", "CD", "FGH"), 2 / 4, 2 / 5),
        # TC-D-1 (Bagga & Baldwin): key {12345}{67}{89ABC}, response {12345}{6789ABC}.
        #   R = 9/9; P: 4 + (7-2) = 9 of 4 + 6 = 10 links.
        (_c("12345", "67", "89ABC"), _c("12345", "6789ABC"), 9 / 10, 1),
    ],
    ids=["TC-F-1", "TC-G-1", "TC-J-1", "TC-K-1", "TC-L-1", "TC-D-1"],
)
def test_muc_published_cases(
    key: list[list[str]], response: list[list[str]], precision: float, recall: float
) -> None:
    score = muc(key, response)
    assert (score.precision, score.recall) == pytest.approx((precision, recall))


def test_b_cubed_on_the_bagga_baldwin_merges() -> None:
    key = _c("12345", "67", "89ABC")
    # TC-D-1: the small entity merged into a big one: {12345}{6789ABC}. R = 1.
    #   P = (5²/5 + (2² + 5²)/7) / 12 = (5 + 29/7)/12 = (64/7)/12 = 16/21.
    _check(b_cubed(key, _c("12345", "6789ABC")), 16 / 21, 1, 2 * (16 / 21) / (1 + 16 / 21))
    # TC-E-1: the two big ones merged: {1234589ABC}{67}. P = ((5² + 5²)/10 + 2²/2) / 12 = 7/12.
    _check(b_cubed(key, _c("1234589ABC", "67")), 7 / 12, 1, 2 * (7 / 12) / (1 + 7 / 12))


@pytest.mark.parametrize(
    ("key", "response", "precision", "recall", "f1"),
    [
        # TC-B-1: key {ab}{cde}, response {bcx}{de}. C_k = {ab, cd, ce, de}, C_r = {bc, bx, cx, de}:
        #   1 shared, R_c = P_c = 1/4. N_k = {a,b}×{c,d,e} = 6, N_r = {b,c,x}×{d,e} = 6,
        #   shared {bd, be}: R_n = P_n = 2/6.
        #   Everything = (1/4 + 1/3)/2 = 7/24.
        (_c("ab", "cde"), _c("bcx", "de"), 7 / 24, 7 / 24, 7 / 24),
        # TC-C-1: as TC-B-1 plus {fg} on both sides. C_k = 5, C_r = 5, shared {de, fg}: 2/5 each.
        #   N_k = 16, N_r = 16, shared: bd be, and the 8 pairs of {b,c,d,e} with {f,g} = 10: 10/16 each.
        #   Everything = (2/5 + 10/16)/2 = 0.5125.
        (_c("ab", "cde", "fg"), _c("bcx", "de", "fg"), 0.5125, 0.5125, 0.5125),
        # TC-M-3: key one entity {abcdef}, so no N_k: BLANC is its coreference part alone.
        #   Response {ab}{cde}{f}: C_r = {ab, cd, ce, de} all right. R_c = 4/15, P_c = 4/4, F = 8/19.
        (_c("abcdef"), _c("ab", "cde", "f"), 1, 4 / 15, 8 / 19),
        # TC-M-4: key {abcdef}, response {abcxyz}: shared links ab ac bc. R_c = 3/15, P_c = 3/15, F = 1/5.
        (_c("abcdef"), _c("abcxyz"), 1 / 5, 1 / 5, 1 / 5),
        # TC-N-3: key all singletons, so no C_k: BLANC is its non-coreference part alone.
        #   Response {ab}{cde}{f}: N_r = 15 - 4 = 11, all in N_k. R_n = 11/15, P_n = 1, F = 22/26 = 11/13.
        (_c("a", "b", "c", "d", "e", "f"), _c("ab", "cde", "f"), 1, 11 / 15, 11 / 13),
        # TC-N-4: key singletons a..f, response singletons a b c x y z. Shared N: ab ac bc: 3/15 each.
        (_c("a", "b", "c", "d", "e", "f"), _c("a", "b", "c", "x", "y", "z"), 1 / 5, 1 / 5, 1 / 5),
        # TC-N-6: response {ab}{cxy}{z}: N_r = 15 - (1 + 3) = 11; shared ac bc (ab is coreferent there).
        #   R_n = 2/15, P_n = 2/11, F = (8/165)/(52/165) = 2/13.
        (_c("a", "b", "c", "d", "e", "f"), _c("ab", "cxy", "z"), 2 / 11, 2 / 15, 2 / 13),
    ],
    ids=["TC-B-1", "TC-C-1", "TC-M-3", "TC-M-4", "TC-N-3", "TC-N-4", "TC-N-6"],
)
def test_blanc_published_cases(
    key: list[list[str]], response: list[list[str]], precision: float, recall: float, f1: float
) -> None:
    _check(blanc(key, response), precision, recall, f1)


def test_identical_clusterings_score_one_everywhere() -> None:
    # {a,b,c}{d,e}{f}: 3 MUC links, 6 mentions, 3 entities, 4 coreference and 11 non-coreference links.
    clusters = _c("abc", "de", "f")
    scores = coref_scores(clusters, list(reversed(clusters)))  # cluster order does not matter
    for metric in (scores.muc, scores.b_cubed, scores.ceaf_e, scores.blanc):
        _check(metric, 1, 1, 1)
    assert scores.conll == pytest.approx(1)


def test_identical_all_singletons() -> None:
    # No links: MUC is 0/0 → 0 by convention (it cannot see singletons). B3: each mention 1/1 → 1.
    # CEAF-e: each singleton aligned with itself, phi 1 → 3/3. BLANC: no C_k, so N alone: 3/3 → 1.
    scores = coref_scores(_c("a", "b", "c"), _c("a", "b", "c"))
    _check(scores.muc, 0, 0, 0)
    _check(scores.b_cubed, 1, 1, 1)
    _check(scores.ceaf_e, 1, 1, 1)
    _check(scores.blanc, 1, 1, 1)
    assert scores.conll == pytest.approx(2 / 3)


def test_all_singletons_against_one_entity() -> None:
    # Key {a}{b}{c}, response {a,b,c}.
    # MUC: R = 0/0 → 0; P: response → 3 key parts, 3-3 = 0 of 2 → 0.
    # B3: R = 1 (each key singleton whole); P = (1 + 1 + 1)/3 / 3 = 1/3; F = 2·(1/3)/(4/3) = 1/2.
    # CEAF-e: phi of each singleton with {a,b,c} = 2/4 = 1/2, one response entity: 1/2.
    #   R = (1/2)/3 = 1/6, P = (1/2)/1 = 1/2, F = 2·(1/2)/(3+1) = 1/4.
    # BLANC: no C_k → N alone: N_k = 3, N_r = 0 → R_n = 0, P_n = 0/0 → 0.
    scores = coref_scores(_c("a", "b", "c"), _c("abc"))
    _check(scores.muc, 0, 0, 0)
    _check(scores.b_cubed, 1 / 3, 1, 1 / 2)
    _check(scores.ceaf_e, 1 / 2, 1 / 6, 1 / 4)
    _check(scores.blanc, 0, 0, 0)


def test_ceaf_e_alignment_is_optimal_not_greedy() -> None:
    # Key K1={a,b,c,d} K2={e,f}; response R1={a,b,c,e,f} R2={d}.
    #   phi K1R1 = 2·3/9 = 2/3, K1R2 = 2·1/5 = 2/5, K2R1 = 2·2/7 = 4/7, K2R2 = 0.
    # Greedy (largest first) takes K1R1 and is left with K2R2: 2/3. The optimum is K1R2 + K2R1 = 2/5 + 4/7
    # = 34/35. R = P = F = (34/35)/2 = 17/35.
    _check(ceaf_e(_c("abcd", "ef"), _c("abcef", "d")), 17 / 35, 17 / 35, 17 / 35)


def test_ceaf_e_matches_brute_force_on_random_partitions() -> None:
    rng = random.Random(7)
    for _ in range(50):
        key = _random_partition(rng, "abcdefgh")
        response = _random_partition(rng, "abcdefxyz")
        phi = [[2 * len(set(k) & set(r)) / (len(k) + len(r)) for r in response] for k in key]
        small, large = (len(key), len(response)) if len(key) <= len(response) else (len(response), len(key))
        best = 0.0
        for chosen in itertools.permutations(range(large), small):
            if len(key) <= len(response):
                best = max(best, sum(phi[i][j] for i, j in enumerate(chosen)))
            else:
                best = max(best, sum(phi[j][i] for i, j in enumerate(chosen)))
        _check(ceaf_e(key, response), best / len(response), best / len(key),
               2 * best / (len(key) + len(response)))


def _random_partition(rng: random.Random, mentions: str) -> list[list[str]]:
    chosen = [m for m in mentions if rng.random() < 0.8] or [mentions[0]]
    groups: dict[int, list[str]] = {}
    for m in chosen:
        groups.setdefault(rng.randrange(4), []).append(m)
    return list(groups.values())


def test_swapping_key_and_response_swaps_precision_and_recall() -> None:
    forward = coref_scores(PRADHAN_KEY, PRADHAN_RESPONSE)
    backward = coref_scores(PRADHAN_RESPONSE, PRADHAN_KEY)
    for a, b in [(forward.muc, backward.muc), (forward.b_cubed, backward.b_cubed),
                 (forward.ceaf_e, backward.ceaf_e), (forward.blanc, backward.blanc)]:
        assert (a.precision, a.recall, a.f1) == pytest.approx((b.recall, b.precision, b.f1))


def test_empty_inputs_score_zero_without_dividing_by_zero() -> None:
    zero = Prf(0.0, 0.0, 0.0)
    for key, response in [([], []), (_c("ab", "c"), []), ([], _c("ab", "c")), ([[], []], [[]])]:
        scores = coref_scores(key, response)
        assert (scores.muc, scores.b_cubed, scores.ceaf_e, scores.blanc) == (zero, zero, zero, zero)
        assert scores.conll == 0.0


def test_a_key_of_one_mention_gives_blanc_zero() -> None:
    # One mention has no pair at all: no C_k, no N_k, nothing to score (the reference scorer's convention).
    assert blanc(_c("a"), _c("a")) == Prf(0.0, 0.0, 0.0)
    # The other metrics see a perfect singleton: B3 1/1, CEAF-e phi 1 → 1/1.
    _check(b_cubed(_c("a"), _c("a")), 1, 1, 1)
    _check(ceaf_e(_c("a"), _c("a")), 1, 1, 1)


def test_mentions_may_be_any_hashable_and_repeats_inside_a_cluster_count_once() -> None:
    key = [(1, 2, 3), (4, 5)]
    response = [[1, 2, 2, 3], [4, 5]]
    _check(muc(key, response), 1, 1, 1)
    _check(b_cubed(key, response), 1, 1, 1)


def test_a_mention_in_two_clusters_is_an_error() -> None:
    with pytest.raises(ValueError, match="response"):
        muc(_c("ab"), _c("ab", "bc"))
    with pytest.raises(ValueError, match="key"):
        coref_scores(_c("ab", "a"), _c("ab"))


def test_ceaf_e_solved_per_group_of_overlapping_clusters_equals_the_full_alignment() -> None:
    from scipy.optimize import linear_sum_assignment

    def full(key: list[list[int]], response: list[list[int]]) -> float:
        """The textbook computation: one |key| x |response| phi4 matrix, one assignment."""
        phi = [[2 * len(set(a) & set(b)) / (len(a) + len(b)) for b in response] for a in key]
        rows, cols = linear_sum_assignment(phi, maximize=True)
        return sum(phi[i][j] for i, j in zip(rows.tolist(), cols.tolist(), strict=True)) / len(key)

    def partition(rng: random.Random, n: int) -> list[list[int]]:
        items = list(range(n))
        rng.shuffle(items)
        out = []
        while items:
            size = rng.randint(1, 5)
            out.append(items[:size])
            items = items[size:]
        return out

    rng = random.Random(7)
    for _ in range(150):
        n = rng.randint(1, 40)
        key = partition(rng, n)
        response = [c for c in ([m for m in c if rng.random() > 0.15] for c in partition(rng, n)) if c]
        response.append([999])  # a response mention the key does not have
        assert ceaf_e(key, response).recall == pytest.approx(full(key, response))
