namespace GrainMarketing.Insights.Budget;

/// <summary>Geometric adstock: each day's effective spend is the day's spend plus a carried-over share of the day before's.</summary>
/// <remarks>
/// Normalised, a_t = (1 - r) s_t + r a_(t-1), so spend held at s for long has adstock s: a curve of adstock reads as a
/// curve of the daily spend a budget holds. The first day starts at its own spend (the campaign is taken as settled).
/// </remarks>
public static class Adstock
{
    public static double[] Apply(IReadOnlyList<double> spend, double carryOver)
    {
        var adstock = new double[spend.Count];
        var carried = spend.Count > 0 ? spend[0] : 0;
        for (var day = 0; day < spend.Count; day++)
        {
            carried = ((1 - carryOver) * spend[day]) + (carryOver * carried);
            adstock[day] = carried;
        }

        return adstock;
    }
}
