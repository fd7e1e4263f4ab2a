"""Reference figures for HillstromReferenceTests, computed independently of the product with Python and mpmath.

Run: python3 tests/UnitTests/Experiments/hillstrom_reference.py /work/shared/data/hillstrom-email/hillstrom.csv
Sums are exact (fractions of the CSV's decimal strings); the statistics are evaluated with 40 significant digits.
The t distribution's tail is the regularized incomplete beta function, its quantile found by root finding.
"""
import csv
import sys
from fractions import Fraction

import mpmath as mp

mp.mp.dps = 40
ALPHA = mp.mpf("0.05")


def arms(path):
    data = {}
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            n, conv, s, ss = data.get(row["segment"], (0, 0, Fraction(0), Fraction(0)))
            value = Fraction(row["spend"])
            data[row["segment"]] = (n + 1, conv + int(row["conversion"]), s + value, ss + value * value)
    return data


def normal_quantile(p):
    return mp.sqrt(2) * mp.erfinv(2 * p - 1)


def normal_cdf(x):
    return mp.ncdf(x)


def t_two_sided(t, df):
    return mp.betainc(df / 2, mp.mpf(1) / 2, 0, df / (df + t * t), regularized=True)


def t_quantile(p, df):
    return mp.findroot(lambda x: 1 - t_two_sided(x, df) / 2 - p if x > 0 else t_two_sided(x, df) / 2 - p, 2)


def proportions(x1, n1, x0, n0):
    p1, p0 = mp.mpf(x1) / n1, mp.mpf(x0) / n0
    pooled = mp.mpf(x1 + x0) / (n1 + n0)
    z = (p1 - p0) / mp.sqrt(pooled * (1 - pooled) * (mp.mpf(1) / n1 + mp.mpf(1) / n0))
    se = mp.sqrt(p1 * (1 - p1) / n1 + p0 * (1 - p0) / n0)
    crit = normal_quantile(1 - ALPHA / 2)
    return p1 - p0, p1 - p0 - crit * se, p1 - p0 + crit * se, z, 2 * normal_cdf(-abs(z))


def welch(a, b):
    (n1, _, s1, ss1), (n0, _, s0, ss0) = a, b
    m1, m0 = mp.mpf(s1.numerator) / s1.denominator / n1, mp.mpf(s0.numerator) / s0.denominator / n0
    v1 = (ss1 - s1 * s1 / n1) / (n1 - 1)
    v0 = (ss0 - s0 * s0 / n0) / (n0 - 1)
    a1, a0 = mp.mpf(v1.numerator) / v1.denominator / n1, mp.mpf(v0.numerator) / v0.denominator / n0
    se = mp.sqrt(a1 + a0)
    t = (m1 - m0) / se
    df = (a1 + a0) ** 2 / (a1 ** 2 / (n1 - 1) + a0 ** 2 / (n0 - 1))
    crit = t_quantile(1 - ALPHA / 2, df)
    return m1 - m0, m1 - m0 - crit * se, m1 - m0 + crit * se, t, df, t_two_sided(t, df)


def main(path):
    data = arms(path)
    control = data["No E-Mail"]
    for arm in ("Mens E-Mail", "Womens E-Mail"):
        n1, x1, _, _ = data[arm]
        print(arm, "n", n1, "conversions", x1, "control n", control[0], "conversions", control[1])
        print("  conversion difference, low, high, z, p:", [mp.nstr(v, 17) for v in proportions(x1, n1, control[1], control[0])])
        print("  spend difference, low, high, t, df, p:", [mp.nstr(v, 17) for v in welch(data[arm], control)])


if __name__ == "__main__":
    main(sys.argv[1])
