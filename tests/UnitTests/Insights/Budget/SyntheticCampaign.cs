using GrainMarketing.Insights.Budget;

namespace GrainMarketing.UnitTests.Insights.Budget;

/// <summary>A generated campaign whose true response curve is known: daily spend around a budget that moves, weekly seasonality and noise on the outcome.</summary>
public sealed record SyntheticCampaign(string Id, HillParameters Truth, double[] Weekly, double Budget, CurveData Data)
{
    public static readonly double[] Weekly7 = [1.05, 1.1, 1.05, 1.0, 0.95, 0.8, 1.05];

    /// <summary>
    /// <paramref name="days"/> days ending on a Sunday: spend follows a budget that steps every fortnight within ±<paramref name="swing"/>
    /// of <paramref name="budget"/>, with ±10% daily jitter; the outcome is the true curve of the adstocked spend times the weekday
    /// multiplier, with multiplicative noise of <paramref name="noise"/> (log-normal).
    /// </summary>
    public static SyntheticCampaign Generate(string id, HillParameters truth, double budget, Random random, int days = 120, double swing = 0.5, double noise = 0.12)
    {
        var spend = new double[days];
        var level = budget;
        for (var day = 0; day < days; day++)
        {
            if (day % 14 == 0)
            {
                level = budget * (1 + (swing * ((2 * random.NextDouble()) - 1)));
            }

            spend[day] = level * (0.9 + (0.2 * random.NextDouble()));
        }

        var adstock = Adstock.Apply(spend, truth.CarryOver);
        var first = new DateOnly(2026, 9, 7).AddDays(-days);
        var weekday = Enumerable.Range(0, days).Select(d => ((int)first.AddDays(d).DayOfWeek + 6) % 7).ToArray();
        var outcome = adstock.Select((a, d) => truth.Value(a) * Weekly7[weekday[d]] * Math.Exp((noise * Gaussian(random)) - (noise * noise / 2))).ToArray();
        return new SyntheticCampaign(id, truth, Weekly7, budget, new CurveData(spend, outcome, weekday));
    }

    /// <summary>Eight campaigns with known curves and different spend histories, one far past saturation (budget 8× its half-saturation).</summary>
    public static List<SyntheticCampaign> Portfolio()
    {
        var random = new Random(2026);
        return
        [
            Generate("search", new HillParameters(90, 300, 1.0, 0.2), 150, random),
            Generate("social", new HillParameters(60, 500, 1.3, 0.4), 300, random),
            Generate("video", new HillParameters(40, 200, 0.8, 0.1), 250, random),
            Generate("saturated", new HillParameters(25, 60, 1.2, 0.2), 480, random),
            Generate("brand", new HillParameters(120, 800, 1.1, 0.3), 200, random),
            Generate("retarget", new HillParameters(35, 90, 0.9, 0.0), 100, random),
            Generate("display", new HillParameters(20, 400, 1.0, 0.5), 150, random),
            Generate("shopping", new HillParameters(75, 250, 1.0, 0.2), 120, random),
        ];
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
