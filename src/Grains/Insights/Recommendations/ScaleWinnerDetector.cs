using GrainMarketing.Automation;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.Statistics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds campaigns below saturation whose next unit of spend buys significantly more conversions than the tenant's average unit, and recommends raising their budget.</summary>
/// <remarks>
/// Reads each live campaign's fitted conversions curve at its current daily spend. The test is on the bootstrap refits'
/// marginal returns, taken as log-normal: H0 "the marginal return is at most <see cref="Margin"/> times the tenant's
/// conversions per unit of spend". A finding also needs the refits' 10th percentile above that line, and the p-values are
/// adjusted across the campaigns tested with Benjamini-Hochberg. The proposed budget is where the fitted curve's marginal
/// return falls to the tenant's average, at most <see cref="MaxIncrease"/> above the current spend (the curve is known
/// only near the spend it saw). A campaign without a conversions curve is not judged, and the run says why.
/// </remarks>
public sealed class ScaleWinnerDetector : IRecommendationDetector
{
    public const double Margin = 1.1;
    public const double MaxIncrease = 0.5;
    public const double FalseDiscoveryRate = 0.05;
    private const int SearchSteps = 100;

    public bool ComparesCampaigns => true;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var live = tenant.Campaigns.Where(c => c.Status != CampaignStatus.Paused && c.Totals.Spend > 0).ToList();
        var spend = live.Sum(c => (double)c.Totals.Spend);
        var average = spend > 0 ? live.Sum(c => (double)c.Totals.Conversions) / spend : 0;
        var unjudged = new Dictionary<string, string>(StringComparer.Ordinal);
        var tested = new List<Tested>();
        foreach (var campaign in live.Where(c => c.Curves is not null))
        {
            var curves = campaign.Curves!;
            if (curves.Conversions is not { } curve)
            {
                unjudged[campaign.Id] = $"Insufficient data to judge scaling it: no response curve ({string.Join("; ", curves.Unfitted.Select(m => $"{m.Key}: {m.Value}"))}).";
            }
            else if (average > 0 && curves.CurrentDailySpend > 0)
            {
                tested.Add(Test(campaign, curves, curve, average));
            }
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        var findings = tested.Select((t, i) => (Tested: t, Adjusted: adjusted[i]))
            .Where(x => x.Adjusted <= FalseDiscoveryRate && x.Tested.Marginal.Lower80 > Margin * average)
            .Select(x => Finding(tenant, x.Tested, average, x.Adjusted, tested.Count))
            .ToList();
        return new DetectorRun(findings, unjudged);
    }

    /// <summary>The one-sided p-value of the marginal return against <see cref="Margin"/> × the tenant's average, from the refits' log marginal returns.</summary>
    private static Tested Test(CampaignEvidence campaign, CampaignResponseCurves curves, ResponseCurve curve, double average)
    {
        var current = curves.CurrentDailySpend;
        var logs = curve.Draws.Select(d => Math.Log(Math.Max(d.Marginal(current), 1e-12))).ToArray();
        var (mean, sd) = (logs.Mean(), logs.StandardDeviation());
        var line = Math.Log(Margin * average);
        var p = sd > 0 ? Normal.CDF(mean, sd, line) : (mean > line ? 0 : 1);
        return new Tested(campaign.Id, curves, curve, Percentiles.Of(curve.Fitted.Marginal(current), curve.Draws.Select(d => d.Marginal(current))), p);
    }

    /// <summary>The spend where the fitted marginal return falls to the tenant's average, searched up to <see cref="MaxIncrease"/> above the current spend.</summary>
    private static double Proposed(HillParameters curve, double current, double average)
    {
        var step = current * MaxIncrease / SearchSteps;
        for (var i = 1; i <= SearchSteps; i++)
        {
            if (curve.Marginal(current + (i * step)) < average)
            {
                return current + (i * step);
            }
        }

        return current * (1 + MaxIncrease);
    }

    private static Finding Finding(TenantEvidence tenant, Tested tested, double average, double adjusted, int count)
    {
        var (curves, curve) = (tested.Curves, tested.Curve);
        var current = curves.CurrentDailySpend;
        var proposed = (double)Math.Round((decimal)Proposed(curve.Fitted, current, average), 2, MidpointRounding.AwayFromZero);
        var gain = Percentiles.Of(7 * (curve.Fitted.Value(proposed) - curve.Fitted.Value(current)), curve.Draws.Select(d => 7 * (d.Value(proposed) - d.Value(current))));
        var marginal = tested.Marginal;
        var evidence = new RecommendationEvidence(
            $"Response curve (adstock + Hill) fitted to the campaign's days with {curve.Quality.BootstrapDraws} block-bootstrap refits; one-sided test on the refits' log marginal returns at the current spend, H0: the next unit of spend buys at most {Margin} times the tenant's conversions per unit of spend. The refits' 10th percentile must lie above that line too. Benjamini-Hochberg over {count} campaigns with a curve.",
            curves.From, curves.To, tested.P, adjusted, count,
            Figures.Of(("currentDailySpend", current), ("proposedDailySpend", proposed), ("marginalConversionsPerSpend", marginal.Value), ("marginalLower80", marginal.Lower80),
                ("marginalUpper80", marginal.Upper80), ("tenantConversionsPerSpend", average), ("marginalCpa", 1 / marginal.Value), ("tenantCpa", 1 / average),
                ("halfSaturation", curve.Parameters.HalfSaturation.Value), ("rSquared", curve.Quality.RSquared), ("holdoutWape", curve.Quality.HoldoutWape), ("baselineHoldoutWape", curve.Quality.BaselineHoldoutWape)));
        var impact = new RecommendationImpact("conversions", gain.Value, gain.Lower80, gain.Upper80,
            $"The daily budget raised from {Figures.Money(current)} to {Figures.Money(proposed)} ({Figures.Money(7 * (proposed - current))} more a week), read off the fitted curve and its refits.");
        var explanation = $"{tested.Campaign} is still well below saturation: at its {Figures.Money(current)} a day the next unit of spend buys {marginal.Value:0.####} conversions "
            + $"(80% interval {marginal.Lower80:0.####}-{marginal.Upper80:0.####}), a marginal cost per conversion of {Figures.Money(1 / marginal.Value)} against the tenant's average {Figures.Money(1 / average)} over the {tenant.Days} days to {tenant.To:yyyy-MM-dd}. "
            + $"That is very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} campaigns with a response curve). "
            + $"Raising its daily budget to {Figures.Money(proposed)} should bring about {Figures.Count(gain.Value)} more conversions a week (80% interval {Figures.Count(gain.Lower80)} to {Figures.Count(gain.Upper80)}).";
        return new Finding(RecommendationKind.ScaleCampaign, tested.Campaign, [tested.Campaign],
            $"Scale {tested.Campaign}: marginal cost per conversion {Figures.Money(1 / marginal.Value)} against the tenant's {Figures.Money(1 / average)}",
            explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.SetBudget, Amount: (decimal)proposed)]);
    }

    private sealed record Tested(string Campaign, CampaignResponseCurves Curves, ResponseCurve Curve, Estimate Marginal, double P);
}
