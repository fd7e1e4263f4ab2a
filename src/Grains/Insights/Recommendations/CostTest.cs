namespace GrainMarketing.Insights.Recommendations;

/// <summary>One target's cost judged against its siblings: the cost-per-conversion test, the ROAS test where conversion value is reported, and the one p-value they make.</summary>
/// <param name="P">The smaller of the two p-values doubled (Bonferroni over the two measures), or the cost test's alone without ROAS.</param>
public sealed record CostTest(CostArm Arm, Rates Rates, double CpaP, RoasComparison? Roas, double P)
{
    /// <summary>
    /// Whether each measure judges the target on its own: its doubled p-value scaled as Benjamini-Hochberg scaled the target's
    /// (<paramref name="adjusted"/> over <see cref="P"/>) is within <paramref name="rate"/>. At least one does when the target was found.
    /// </summary>
    public (bool Cpa, bool Roas) JudgedBy(double adjusted, double rate)
    {
        var scale = P > 0 ? adjusted / P : 1;
        var roas = Roas is not null && 2 * Roas.P * scale <= rate;
        return (Roas is null ? adjusted <= rate : 2 * CpaP * scale <= rate || !roas, roas);
    }
}
