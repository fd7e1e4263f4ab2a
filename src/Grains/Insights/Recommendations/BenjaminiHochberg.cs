namespace GrainMarketing.Insights.Recommendations;

/// <summary>The Benjamini-Hochberg step-up adjustment: p-values whose adjusted value is at most q control the false discovery rate at q.</summary>
public static class BenjaminiHochberg
{
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        var m = pValues.Count;
        var order = Enumerable.Range(0, m).OrderByDescending(i => pValues[i]).ToArray();
        var adjusted = new double[m];
        var running = 1.0;
        for (var rank = 0; rank < m; rank++)
        {
            var i = order[rank];
            running = Math.Min(running, pValues[i] * m / (m - rank));
            adjusted[i] = running;
        }

        return adjusted;
    }
}
