#!/usr/bin/env python3
"""Recompute every expected number in Tests/EvidentAnalysisTests/Statistics from established
packages, so a reviewer can check the literals in the Swift tests.

Run: python3 Tests/EvidentAnalysisTests/Statistics/reference_values.py
Needs (all from PyPI): numpy scipy statsmodels scikit-learn pingouin krippendorff mpmath.
Reads and writes nothing; prints one line per expected value, grouped by Swift test file.
Versions used for the committed literals are printed first.
"""
from importlib.metadata import version

import krippendorff
import mpmath as mp
import numpy as np
import pingouin
import scipy
import sklearn
import statsmodels
from scipy import special, stats
from sklearn.metrics import cohen_kappa_score
from statsmodels.stats.proportion import (confint_proportions_2indep,
                                          proportion_confint,
                                          proportions_ztest)

NAN = float("nan")


def r(x):
    """Full-precision repr, as written into the Swift literals."""
    return repr(float(x))


def section(name):
    print(f"\n## {name}")


print("numpy", np.__version__, "scipy", scipy.__version__, "statsmodels", statsmodels.__version__,
      "scikit-learn", sklearn.__version__, "pingouin", pingouin.__version__,
      "krippendorff", version("krippendorff"))

# ---------------------------------------------------------------- SummaryTests.swift
section("SummaryTests: np.mean, np.std(ddof=1), np.percentile (linear = Hyndman-Fan 7), stats.t.interval")
SUMMARY_SAMPLES = {
    "confidence": [71, 85, 60, 90, 45, 75, 80, 100, 55, 70],
    "decimals": [3.2, 1.5, 4.8, 2.2, 5.0, 3.3, 2.9],
    "two": [1, 2],
    "equal": [7, 7, 7, 7],
}
for name, xs in SUMMARY_SAMPLES.items():
    a = np.array(xs, dtype=float)
    sd = a.std(ddof=1)
    q1, med, q3 = np.percentile(a, [25, 50, 75])
    if sd > 0:
        lo, hi = stats.t.interval(0.95, len(a) - 1, loc=a.mean(), scale=stats.sem(a))
    else:
        lo = hi = a.mean()
    print(name, "n", len(a), "mean", r(a.mean()), "sd", r(sd), "median", r(med), "q1", r(q1), "q3", r(q3),
          "min", r(a.min()), "max", r(a.max()), "ci95", r(lo), r(hi))
a = np.array(SUMMARY_SAMPLES["confidence"], dtype=float)
print("confidence ci90", [r(v) for v in stats.t.interval(0.90, len(a) - 1, loc=a.mean(), scale=stats.sem(a))])
print("quantile p=0.1, 0.9 of 'decimals'", [r(v) for v in np.percentile(SUMMARY_SAMPLES["decimals"], [10, 90])])

# ---------------------------------------------------------------- NormalTests.swift
section("NormalTests: stats.norm.cdf / norm.ppf / 2*norm.sf(|z|)")
for z in [-8, -3, -1.96, 0, 0.5, 1.2345, 5]:
    print("cdf", z, r(stats.norm.cdf(z)))
for p in [1e-300, 1e-20, 1e-10, 0.001, 0.025, 0.3, 0.5, 0.7, 0.975, 0.999, 1 - 1e-12]:
    print("ppf", repr(p), r(stats.norm.ppf(p)))
for z in [0, 1.96, -3.5, 10]:
    print("twoSidedP", z, r(2 * stats.norm.sf(abs(z))))

# ---------------------------------------------------------------- StudentTTests.swift
section("StudentTTests: stats.t.cdf / t.ppf / special.gammaln / special.betaln / special.betainc")
for t, df in [(-3, 1), (0.5, 1), (2, 2), (-2.5, 3.5), (1.7, 9), (-4, 30), (2.1, 100), (0.3, 1000),
              (-5, 1e5), (3, 1e6), (-40, 5), (0, 7)]:
    print("cdf", t, df, r(stats.t.cdf(t, df)))
for p in [0.975, 0.995, 0.6, 1e-6]:
    for df in [1, 2, 3, 4.5, 9, 29, 159, 1000, 1e5]:
        print("ppf", p, df, r(stats.t.ppf(p, df)))
mp.mp.dps = 50
print("mpmath", mp.__version__, "log beta(5e5, 0.5)", mp.nstr(mp.log(mp.beta(500000, mp.mpf("0.5"))), 20),
      "(scipy betaln loses ~2e-10 here)")
print("mpmath ncdf(-8)", mp.nstr(mp.ncdf(-8), 20), "(scipy norm.cdf is ~7e-15 off here)")
for x in [0.5, 1, 1.5, 3.7, 10, 25.3, 1e4, 1e6]:
    print("gammaln", x, r(special.gammaln(x)))
for a_, b_ in [(0.5, 0.5), (2, 3), (10, 0.5), (50, 60), (5e5, 0.5), (3e4, 2e4)]:
    print("betaln", a_, b_, r(special.betaln(a_, b_)))
for a_, b_, x in [(0.5, 0.5, 0.3), (2, 3, 0.4), (10, 0.5, 0.9), (50, 60, 0.45), (5e5, 0.5, 0.999998),
                  (1, 1, 0.25)]:
    print("betainc", a_, b_, x, r(special.betainc(a_, b_, x)))



def t_tail(t, df):
    """P(T > t), t >= 0, in 50-digit arithmetic: (1/2) I_x(df/2, 1/2), x = df/(df + t^2)."""
    t, df = mp.mpf(t), mp.mpf(df)
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True) / 2


section("StudentTTests, large df and far tails: mpmath 50 digits (scipy agrees where it is accurate)")
for t, df in [(2, 1e8), (8.5, 1e10), (37, 1e10), (5, 3000)]:
    print("mpmath P(T > %s), df=%s" % (t, df), mp.nstr(t_tail(t, df), 17), " scipy", r(stats.t.sf(t, df)))
for p, df in [(0.975, 1e8), (0.975, 1e10)]:
    print("t.ppf", p, df, r(stats.t.ppf(p, df)),
          " mpmath", mp.nstr(mp.findroot(lambda t: t_tail(t, df) - (1 - mp.mpf(p)), stats.t.ppf(p, df)), 17))
print("Cauchy (df=1) quantile of 1e-300 = -cot(pi p):", mp.nstr(-mp.cot(mp.pi * mp.mpf(1e-300)), 17))

# ---------------------------------------------------------------- ProportionTests.swift
section("ProportionTests: statsmodels proportion_confint(method='wilson')")
for x, n, conf in [(0, 10, 0.95), (1, 10, 0.95), (10, 10, 0.95), (118, 160, 0.95), (81, 263, 0.95),
                   (15, 148, 0.95), (0, 20, 0.95), (1, 29, 0.95), (0, 1, 0.95), (1, 1, 0.95), (118, 160, 0.90)]:
    lo, hi = proportion_confint(x, n, alpha=1 - conf, method="wilson")
    print("wilson", x, n, conf, r(lo), r(hi))

# ---------------------------------------------------------------- TwoProportionTests.swift
section("TwoProportionTests: statsmodels proportions_ztest / confint_proportions_2indep(method='newcomb')")
for x1, n1, x2, n2 in [(118, 160, 95, 150), (56, 70, 48, 80), (0, 10, 5, 10), (3, 40, 9, 35)]:
    z, p = proportions_ztest([x1, x2], [n1, n2])
    print("ztest", x1, n1, x2, n2, "z", r(z), "p", r(p))
for x1, n1, x2, n2 in [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (0, 10, 0, 20),
                       (0, 10, 0, 10), (10, 10, 0, 20), (10, 10, 0, 10), (118, 160, 95, 150),
                       (7, 34, 1, 34)]:
    lo, hi = confint_proportions_2indep(x1, n1, x2, n2, method="newcomb", compare="diff")
    print("newcomb", x1, n1, x2, n2, r(lo), r(hi))

# ---------------------------------------------------------------- MannWhitneyTests.swift
section("MannWhitneyTests: stats.mannwhitneyu(x, y, method='asymptotic', use_continuity=False)")
LARGE_X = [float((i * 7 + 3) % 11) for i in range(200)]   # 0-10 scores, heavy ties
LARGE_Y = [float((j * 5 + 1) % 11 if j % 3 else (j * 5 + 1) % 9) for j in range(180)]
MWU = {
    "confidence": ([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], [60, 65, 50, 70, 45, 80, 55, 40]),
    "likert": ([1, 2, 2, 3, 3, 3, 4, 4, 5, 5, 5, 5], [1, 1, 2, 2, 2, 3, 3, 4, 4, 5]),
    "noTies": ([1.1, 2.2, 3.3], [0.5, 4.4, 5.5, 6.6]),
    "single": ([3], [1, 2, 4, 5]),
    "separated": ([10, 11, 12, 13, 14], [1, 2, 3, 4]),
    "large": (LARGE_X, LARGE_Y),
}
for name, (x, y) in MWU.items():
    res = stats.mannwhitneyu(x, y, method="asymptotic", use_continuity=False)
    print("mwu", name, "U", r(res.statistic), "p", r(res.pvalue))
with np.errstate(all="ignore"):
    res = stats.mannwhitneyu([4, 4, 4], [4, 4], method="asymptotic", use_continuity=False)
print("mwu allTied U", r(res.statistic), "p", r(res.pvalue), "(nan: undefined)")

# ---------------------------------------------------------------- TTestTests.swift
section("TTestTests: stats.ttest_ind(equal_var=False), stats.ttest_1samp, .confidence_interval(0.95)")
WELCH = {
    "confidence": ([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], [60, 65, 50, 70, 45, 80, 55, 40]),
    "itemVsComposite": ([3, 2, 4, 2, 3, 1, 2, 3], [3.6, 3.8, 4.0, 3.2, 3.4, 3.9, 4.1, 3.5, 3.7, 3.3]),
    "oneConstant": ([5, 5, 5], [1, 2, 3, 4]),
}
for name, (x, y) in WELCH.items():
    res = stats.ttest_ind(x, y, equal_var=False)
    ci = res.confidence_interval(0.95)
    print("welch", name, "t", r(res.statistic), "df", r(res.df), "p", r(res.pvalue), "ci95", r(ci.low), r(ci.high))
res = stats.ttest_1samp([71, 85, 60, 90, 45, 75, 80, 100, 55, 70], 65)
ci = res.confidence_interval(0.95)
print("onesample mu=65 t", r(res.statistic), "df", r(res.df), "p", r(res.pvalue), "ci95(diff)", r(ci.low - 65),
      r(ci.high - 65))

# ---------------------------------------------------------------- CronbachTests.swift
section("CronbachTests: pingouin.cronbach_alpha(pd.DataFrame(rows), nan_policy='listwise')")
import pandas as pd  # noqa: E402  (pingouin's dependency)

CRONBACH = {
    "fiveItems": [[4, 5, 4, 3, 4], [2, 3, 3, 2, 2], [5, 5, 4, 5, 5], [3, 3, 2, 3, 4], [4, 4, 5, 4, 3],
                  [1, 2, 2, 1, 2], [3, 4, 3, 3, 3]],
    "withMissing": [[4, 5, 4], [2, None, 3], [5, 5, 4], [3, 3, 2], [None, 4, 5], [1, 2, 2], [3, 4, 3]],
    "negative": [[3, 2], [2, 4], [4, 3], [1, 3]],
}
for name, rows in CRONBACH.items():
    frame = pd.DataFrame([[NAN if v is None else v for v in row] for row in rows], dtype=float)
    alpha, _ = pingouin.cronbach_alpha(frame, nan_policy="listwise")
    print("cronbach", name, "n", int(frame.dropna().shape[0]), "alpha", r(alpha))

# ---------------------------------------------------------------- KappaTests.swift
section("KappaTests: sklearn.metrics.cohen_kappa_score")
KAPPA = {
    "binary": ([1, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0, 1, 0, 0, 1], [1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0]),
    "rareCode": ([0] * 18 + [1, 1], [0] * 17 + [1, 1, 0]),
    "oneCoderNever": ([0, 1, 0, 1, 1, 0], [0, 0, 0, 0, 0, 0]),
    "perfect": ([1, 0, 1, 0], [1, 0, 1, 0]),
    "threeCategories": (list("aabbccabcaab"), list("abbbccaacaab")),
}
for name, (a, b) in KAPPA.items():
    n = len(a)
    po = sum(x == y for x, y in zip(a, b)) / n
    print("kappa", name, "kappa", r(cohen_kappa_score(a, b)), "po", r(po))
with np.errstate(all="ignore"):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print("kappa bothNever", cohen_kappa_score([0, 0, 0], [0, 0, 0]), "(nan: undefined)")

# ---------------------------------------------------------------- KrippendorffTests.swift
section("KrippendorffTests: krippendorff.alpha(reliability_data=coders x units, level_of_measurement='nominal')")
# Krippendorff (2011) section C: 4 coders (rows) x 12 units (columns); published nominal alpha 0.743.
PAPER = [[1, 2, 3, 3, 2, 1, 4, 1, 2, NAN, NAN, NAN],
         [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NAN, 3],
         [NAN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NAN],
         [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NAN]]
print("alpha paper", r(krippendorff.alpha(reliability_data=PAPER, level_of_measurement="nominal")))
BINARY = [[1, 0, 0, 1, NAN, 1, 0, 0],
          [1, 0, 1, 1, 0, NAN, 0, 0],
          [NAN, 0, 1, 1, 0, 1, NAN, 1]]
print("alpha binaryMissing", r(krippendorff.alpha(reliability_data=BINARY, level_of_measurement="nominal")))
TWO = [[1, 0, 0, 1, 1, 0, 1, 0, 0, 0], [1, 0, 1, 1, 1, 0, 0, 0, 0, 0]]
print("alpha twoCoders", r(krippendorff.alpha(reliability_data=TWO, level_of_measurement="nominal")))

# ---------------------------------------------------------------- WilcoxonSignedRankTests.swift
section("WilcoxonSignedRankTests: stats.wilcoxon (zero_method='wilcox'); exact, exhaustive permutation, asymptotic")
WILCOXON = {
    "noTies": [1.5, -0.3, 2.2, 0.7, 3.1, -1.1, 0.4, 2.9, 1.8, -0.6],
    "tiesAndZeros": [2, 1, 0, -1, 3, 2, 0, 1, 1, -2, 4, 2],
    "ties17": [1, 2, 0, -1, 1, 3, 2, -1, 1, 0, 2, 1, -2, 1, 2, 3, 0, 1, -1, 2],
    "allUp": [1, 2, 3, 4, 5, 6],
}
for name, d in WILCOXON.items():
    d = np.array(d, dtype=float)
    nz = d[d != 0]
    if len(set(np.abs(nz))) == len(nz):
        res = stats.wilcoxon(d, method="exact")
    else:
        res = stats.wilcoxon(d, method=stats.PermutationMethod(n_resamples=np.inf))
    ranks = stats.rankdata(np.abs(nz))
    # the same p by enumerating every sign assignment
    signs = ((np.arange(2 ** len(nz))[:, None] >> np.arange(len(nz))) & 1).astype(float)
    w_all = signs @ ranks
    w = ranks[nz > 0].sum()
    brute = min(1.0, 2 * min((w_all <= w + 1e-9).mean(), (w_all >= w - 1e-9).mean()))
    print("wilcoxon", name, "n", len(nz), "W+", r(w), "statistic", r(res.statistic), "p", r(res.pvalue), "enumerated", r(brute))
LARGE_D = np.array([(i * 7) % 11 - 3 for i in range(80)], dtype=float)
res = stats.wilcoxon(LARGE_D, method="asymptotic", correction=False)
print("wilcoxon large statistic", r(res.statistic), "p", r(res.pvalue), "z", r(res.zstatistic))

# ---------------------------------------------------------------- FunnelLimitsTests.swift
section("FunnelLimitsTests: Spiegelhalter (2005) A.1.1 with stats.binom.ppf / binom.cdf")


def funnel_limit(n, p0, q):
    r_ = stats.binom.ppf(q, n, p0)
    F = stats.binom.cdf(r_, n, p0)
    Fm = stats.binom.cdf(r_ - 1, n, p0)
    return (r_ - (F - q) / (F - Fm)) / n


for n, p0 in [(20, 0.6), (150, 0.6), (1000, 0.72), (7, 0.3)]:
    print("funnel", n, p0, [r(funnel_limit(n, p0, q)) for q in (0.001, 0.025, 0.975, 0.999)])
