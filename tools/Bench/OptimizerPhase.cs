using System.Diagnostics;
using GrainMarketing.Insights.Budget;

namespace GrainMarketing.Bench;

/// <summary>
/// The budget optimiser in process: the planner (water-filling split, outcomes and the paired gain over 100 bootstrap
/// draws per campaign) on 50 and 500 generated campaigns with cached curves, and one curve fit (120 days, both its
/// grid search and 100 bootstrap refits), the work a cold cache adds per campaign and outcome.
/// </summary>
internal static class OptimizerPhase
{
    private const int Runs = 7;
    private const int Draws = 100;

    public static void Run(ulong seed, Report report)
    {
        var random = new Random((int)seed);
        foreach (var count in new[] { 50, 500 })
        {
            var inputs = Enumerable.Range(0, count).Select(i => Input($"meta:c{i}", random)).ToList();
            var total = (decimal)Math.Round(inputs.Sum(i => i.Current), 2);
            var request = new BudgetRequest(total, BudgetObjective.Conversions, [], new Dictionary<string, BudgetBounds>(), 30);
            var times = Enumerable.Range(0, Runs).Select(_ =>
            {
                var clock = Stopwatch.StartNew();
                BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), DateTimeOffset.UtcNow, TimeSpan.FromHours(1));
                return clock.Elapsed.TotalMilliseconds;
            }).Order().ToList();
            report.Add("optimizer", $"plan of {count} campaigns, curves cached ({Draws} draws each, maxChangePercent 30), {Runs} runs",
                $"median {times[Runs / 2]:N1} ms, max {times[^1]:N1} ms");
        }

        var fits = Enumerable.Range(0, 3).Select(_ =>
        {
            var data = History(new HillParameters(50, 300, 1.1, 0.3), random);
            var clock = Stopwatch.StartNew();
            ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, data, 300, 1);
            return clock.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        report.Add("optimizer", "one response curve fitted on 120 days (grid + Nelder-Mead over 8 carry-overs, hold-out refit, 100 bootstrap refits), 3 runs",
            $"median {fits[1]:N0} ms, max {fits[^1]:N0} ms");
    }

    /// <summary>A campaign with a random true curve and draws scattered ±10% around it, as a cached fit would hand the planner.</summary>
    private static PlanInput Input(string id, Random random)
    {
        var curve = new HillParameters(20 + (100 * random.NextDouble()), 50 + (500 * random.NextDouble()), 0.6 + (0.8 * random.NextDouble()), 0.3);
        var draws = Enumerable.Range(0, Draws)
            .Select(_ => curve with { Max = curve.Max * (0.9 + (0.2 * random.NextDouble())), HalfSaturation = curve.HalfSaturation * (0.9 + (0.2 * random.NextDouble())) })
            .ToList();
        var estimate = new Estimate(0, 0, 0);
        var parameters = new CurveParameters(estimate, estimate, estimate, estimate, [1, 1, 1, 1, 1, 1, 1]);
        var response = new ResponseCurve(BudgetObjective.Conversions, parameters, new FitQuality(0, 0, 0, 0, 0, Draws), [], estimate, estimate, curve, draws);
        return new PlanInput(id, 50 + (400 * random.NextDouble()), response, null);
    }

    private static CurveData History(HillParameters truth, Random random)
    {
        var spend = Enumerable.Range(0, 120).Select(day => 300 * (0.5 + random.NextDouble())).ToArray();
        var adstock = Adstock.Apply(spend, truth.CarryOver);
        var weekday = Enumerable.Range(0, 120).Select(day => day % 7).ToArray();
        return new CurveData(spend, [.. adstock.Select(a => truth.Value(a) * (0.9 + (0.2 * random.NextDouble())))], weekday);
    }
}
