namespace GrainMarketing.Simulator;

/// <summary>
/// A campaign's true daily response to spend, for the demo's history: conversions saturate with spend (a Hill curve
/// of adstocked spend, carry-over 0.3), weekends convert less, and the daily budget moved every ten days, so the
/// response curves and the budget optimiser have something to find.
/// </summary>
/// <param name="Budget">The daily budget the campaign runs at now.</param>
/// <param name="HalfSaturation">The daily spend that buys half of <paramref name="MaxConversions"/>: from 0.4× the budget (far past saturation) to 2.5× (room to grow).</param>
public sealed record DailyResponse(double Budget, double HalfSaturation, double Shape, double MaxConversions, int Seed)
{
    public const double CarryOver = 0.3;

    private static readonly double[] Weekly = [1.05, 1.1, 1.05, 1.0, 0.95, 0.8, 1.05];

    /// <summary>The curve of the campaign numbered <paramref name="index"/>, from its own random stream so live traffic is unchanged.</summary>
    public static DailyResponse For(int seed, int index)
    {
        var random = new Random(seed * 7919 + index);
        var budget = Math.Round(40 + (160 * random.NextDouble()));
        var halfSaturation = budget * (0.4 + (2.1 * random.NextDouble()));
        var shape = 0.7 + (0.6 * random.NextDouble());
        var costPerConversion = 10 + (50 * random.NextDouble());
        var atBudget = budget / costPerConversion;
        return new DailyResponse(budget, halfSaturation, shape, atBudget * (1 + Math.Pow(halfSaturation / budget, shape)), random.Next());
    }

    /// <summary>Spend and conversions of each of the <paramref name="days"/> days before <paramref name="last"/> (inclusive), oldest first.</summary>
    public IEnumerable<(DateOnly Date, double Spend, double Conversions)> History(DateOnly last, int days)
    {
        var random = new Random(Seed);
        var adstock = Budget;
        var level = Budget;
        for (var back = days - 1; back >= 0; back--)
        {
            var date = last.AddDays(-back);
            if (back % 10 == 9)
            {
                level = Budget * (0.5 + random.NextDouble());
            }

            var spend = Math.Round(level * (0.9 + (0.2 * random.NextDouble())), 2);
            adstock = ((1 - CarryOver) * spend) + (CarryOver * adstock);
            var expected = MaxConversions / (1 + Math.Pow(HalfSaturation / adstock, Shape)) * Weekly[((int)date.DayOfWeek + 6) % 7];
            yield return (date, spend, Math.Max(0, Math.Round(expected * Math.Exp(0.1 * Gaussian(random)))));
        }
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
