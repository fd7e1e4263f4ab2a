namespace GrainMarketing.Simulator;

/// <summary>
/// A campaign's true daily response to spend: conversions saturate with spend (a Hill curve of adstocked spend,
/// carry-over 0.3) through the point the live traffic sits on, (usual spend, usual spend / cost per conversion),
/// weekends convert less, and the history's budget moved every ten days until the last ten, which run at the usual
/// spend, so the response curves and the budget optimiser have something to find and today continues the history.
/// </summary>
/// <param name="Budget">The daily budget the campaign runs at now.</param>
/// <param name="Spend">What a usual day spends now: the budget times the campaign's delivery.</param>
/// <param name="CostPerConversion">The live traffic's cost per conversion at <paramref name="Spend"/> (drawn in its kind's range; the conversion rate follows as CPM / (1000 x CTR x CPA)).</param>
/// <param name="HalfSaturation">The adstocked daily spend that buys half the most conversions: from 0.4x the usual spend (far past saturation) to 2.5x (room to grow).</param>
public sealed record DailyResponse(double Budget, double Spend, double CostPerConversion, double HalfSaturation, double Shape, int Seed)
{
    public const double CarryOver = 0.3;

    private static readonly double[] Weekly = [1.05, 1.1, 1.05, 1.0, 0.95, 0.8, 1.05];

    /// <summary>The most conversions a day can buy: the curve's ceiling, set so that it passes through the usual day.</summary>
    public double MaxConversions => Spend / CostPerConversion * (1 + Math.Pow(HalfSaturation / Spend, Shape));

    /// <summary>A curve through the usual day, its saturation and shape drawn from <paramref name="random"/>.</summary>
    public static DailyResponse For(double budget, double spend, double costPerConversion, Random random)
    {
        var halfSaturation = spend * (0.4 + (2.1 * random.NextDouble()));
        var shape = 0.7 + (0.6 * random.NextDouble());
        return new DailyResponse(budget, spend, costPerConversion, halfSaturation, shape, random.Next());
    }

    /// <summary>How much more or less a date converts than the average day (Monday to Sunday: 1.05, 1.1, 1.05, 1.0, 0.95, 0.8, 1.05).</summary>
    public static double Weekday(DateOnly date) => Weekly[((int)date.DayOfWeek + 6) % 7];

    /// <summary>Conversions expected on an average weekday from <paramref name="adstock"/>, the carried-over spend.</summary>
    public double Conversions(double adstock) => adstock <= 0 ? 0 : MaxConversions / (1 + Math.Pow(HalfSaturation / adstock, Shape));

    /// <summary>How much of the usual rate per unit of spend today's traffic converts at when it spends <paramref name="today"/> after usual days.</summary>
    public double ConversionScale(double today)
    {
        var adstock = ((1 - CarryOver) * today) + (CarryOver * Spend);
        return today <= 0 ? 1 : Conversions(adstock) / (today / CostPerConversion);
    }

    /// <summary>Spend and conversions of each of the <paramref name="days"/> days up to <paramref name="last"/> (inclusive), oldest first.</summary>
    public IEnumerable<(DateOnly Date, double Spend, double Conversions)> History(DateOnly last, int days)
    {
        var random = new Random(Seed);
        var adstock = Spend;
        var level = Spend;
        for (var back = days - 1; back >= 0; back--)
        {
            var date = last.AddDays(-back);
            if (back % 10 == 9)
            {
                level = back < 10 ? Spend : Spend * (0.5 + random.NextDouble());
            }

            var spend = Math.Round(level * (0.9 + (0.2 * random.NextDouble())), 2);
            adstock = ((1 - CarryOver) * spend) + (CarryOver * adstock);
            var expected = Conversions(adstock) * Weekday(date);
            yield return (date, spend, Math.Max(0, Math.Round(expected * Math.Exp(0.1 * StandardNormal.Draw(random)))));
        }
    }
}
