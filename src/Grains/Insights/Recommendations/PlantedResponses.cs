using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>The planted tenant's campaigns whose budgets move (so response curves can be fitted to them), and any campaign's week spread over the hours of the day.</summary>
/// <remarks>
/// Each campaign's daily conversions follow a known Hill curve of its spend (shape 1, no carry-over) with Poisson noise;
/// its budget moves every fortnight (<see cref="Levels"/>), with ±10% daily jitter. Cells split the day by creative
/// and segment as the other campaigns' do, at the segments' relative rates, so the planted segment stays planted.
/// </remarks>
public sealed class PlantedResponses(Random random, bool planted, IReadOnlyList<(string Age, string Gender)> segments, double[] segmentShares, double[] relativeRates)
{
    public const int HistoryDays = 56;
    public const string Winner = "meta:winner";
    public const string Saturated = "meta:saturated";
    public const string Steady = "meta:steady";

    /// <summary>Traffic by hour of the day, midnight first: quiet nights, a plateau in the day, a peak in the evening.</summary>
    private static readonly double[] HourWeights =
        [0.2, 0.15, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 0.9, 1, 1, 1, 1, 1, 1, 1, 1, 1.1, 1.2, 1.3, 1.3, 1.2, 0.9, 0.5];

    private static readonly double[] CreativeShares = [0.5, 0.3, 0.2];

    /// <summary>The budget's level in each fortnight, against its usual: the last four weeks at 1.4 and 0.8, a mean of 1.1.</summary>
    private static readonly double[] Levels = [0.6, 1.0, 1.4, 0.8];

    /// <summary>Planted: a winner far below saturation (cost per conversion 12), one far past it (half-saturation 100 at 600: 24 on average, about 100 at the margin) and one at 25 on average, 31 at the margin; clean: all three at half-saturation, cost per conversion 25.</summary>
    private (string Id, double Budget, HillParameters Truth)[] Campaigns => planted
        ? [(Winner, 300, new HillParameters(442, 5000, 1, 0)), (Saturated, 600, new HillParameters(31.7, 100, 1, 0)), (Steady, 300, new HillParameters(60, 1200, 1, 0))]
        : [(Winner, 300, new HillParameters(24, 300, 1, 0)), (Saturated, 400, new HillParameters(32, 400, 1, 0)), (Steady, 300, new HillParameters(24, 300, 1, 0))];

    public IEnumerable<PlantedCell> Cells(DateOnly to)
    {
        foreach (var (id, budget, truth) in Campaigns)
        {
            var ctrs = CreativeShares.Select(_ => 0.015 + (0.01 * random.NextDouble())).ToArray();
            for (var day = 0; day < HistoryDays; day++)
            {
                var spend = budget * Levels[day / 14 % Levels.Length] * (0.9 + (0.2 * random.NextDouble()));
                var expected = truth.Value(spend);
                for (var creative = 0; creative < CreativeShares.Length; creative++)
                {
                    for (var segment = 0; segment < segments.Count; segment++)
                    {
                        var share = CreativeShares[creative] * segmentShares[segment];
                        var cellSpend = Math.Round(spend * share, 2);
                        var impressions = (long)Math.Round(cellSpend * 100);
                        var clicks = Binomial.Sample(random, ctrs[creative], (int)impressions);
                        var conversions = Draw(random, expected * share * relativeRates[segment]);
                        var totals = MetricTotals.Reported(impressions, (long)Math.Round(impressions / 1.3), clicks, (decimal)cellSpend, conversions, conversions * 40m);
                        yield return new PlantedCell(id, to.AddDays(day + 1 - HistoryDays), PlantedCell.AdSetOf(creative), $"a{creative + 1}", segments[segment].Age, segments[segment].Gender, totals);
                    }
                }
            }
        }
    }

    /// <summary>A campaign's <paramref name="week"/> spread over the hours of the day by the traffic profile, conversions drawn at its rate (twice it from 18:00 when <paramref name="evening"/>).</summary>
    public static MetricTotals[] Hours(Random random, MetricTotals week, bool evening)
    {
        var rate = week.Spend > 0 ? (double)(week.Conversions / week.Spend) : 0;
        var total = HourWeights.Sum();
        return [.. HourWeights.Select((weight, hour) =>
        {
            var share = weight / total;
            var spend = Math.Round((double)week.Spend * share, 2);
            var conversions = Draw(random, spend * rate * (evening && hour >= 18 ? 2 : 1));
            return MetricTotals.Reported((long)Math.Round(week.Impressions * share), null, (long)Math.Round(week.Clicks * share), (decimal)spend, conversions, conversions * 40m);
        })];
    }

    /// <summary>A Poisson count; none when nothing is expected (an hour without spend).</summary>
    private static int Draw(Random random, double mean) => mean > 0 ? Poisson.Sample(random, mean) : 0;
}
