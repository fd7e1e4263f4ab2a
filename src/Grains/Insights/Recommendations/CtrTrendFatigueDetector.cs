using GrainMarketing.Automation;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds fatigued creatives: a least-squares regression of daily CTR on the day over the last <see cref="WindowDays"/> days whose slope is significantly negative, with a material decline while frequency rises.</summary>
/// <remarks>
/// The slope's one-sided t-test p-values are adjusted across every creative tested with Benjamini-Hochberg. A finding
/// also needs the fitted CTR to fall by at least <see cref="MinimumDecline"/> over the window and, where the platform
/// reports reach, the daily frequency (impressions ÷ reach) to rise. A creative with fewer than <see cref="MinimumDays"/>
/// days or <see cref="MinimumClicks"/> clicks in the window is not judged.
/// </remarks>
public sealed class CtrTrendFatigueDetector : ICreativeFatigueDetector
{
    public const int WindowDays = 14;
    public const int MinimumDays = 7;
    public const int MinimumClicks = 100;
    public const double MinimumDecline = 0.25;
    public const double FalseDiscoveryRate = 0.01;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var from = tenant.To.AddDays(1 - WindowDays);
        var tested = new List<CreativeTrend>();
        foreach (var campaign in tenant.Campaigns)
        {
            var conversionsPerClick = campaign.Totals.Clicks > 0 ? (double)campaign.Totals.Conversions / campaign.Totals.Clicks : 0;
            foreach (var creative in campaign.Creatives.Where(d => d.Date >= from && d.Totals.Impressions > 0).GroupBy(d => d.Creative, StringComparer.Ordinal))
            {
                var days = creative.OrderBy(d => d.Date).ToList();
                if (days.Count >= MinimumDays && days.Sum(d => d.Totals.Clicks) >= MinimumClicks)
                {
                    tested.Add(CreativeTrend.Of(campaign.Id, creative.Key, days, conversionsPerClick));
                }
            }
        }

        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(t => t.P)]);
        var findings = tested.Select((t, i) => (Trend: t, Adjusted: adjusted[i]))
            .Where(x => x.Adjusted <= FalseDiscoveryRate && x.Trend.Decline >= MinimumDecline && x.Trend.FrequencySlope is null or > 0)
            .Select(x => Finding(tenant, from, x.Trend, x.Adjusted, tested.Count))
            .ToList();
        return new DetectorRun(findings, new Dictionary<string, string>());
    }

    private static Finding Finding(TenantEvidence tenant, DateOnly from, CreativeTrend trend, double adjusted, int count)
    {
        var target = $"{trend.Campaign}/creative/{trend.Creative}";
        var perWeek = trend.WeeklyImpressions * trend.ConversionsPerClick * (trend.Days - 1);
        var z = Normal.InvCDF(0, 1, 0.9);
        var impact = new RecommendationImpact("conversions",
            -trend.Slope * perWeek, -(trend.Slope + (z * trend.SlopeError)) * perWeek, -(trend.Slope - (z * trend.SlopeError)) * perWeek,
            $"The CTR back at its fitted level of {from:yyyy-MM-dd} on the creative's {Figures.Count(trend.WeeklyImpressions)} impressions a week, at the campaign's {Figures.Percent(trend.ConversionsPerClick)} conversions per click.");
        var evidence = new RecommendationEvidence(
            $"Least-squares regression of daily CTR on the day, one-sided t-test of the slope (H0: slope ≥ 0), Benjamini-Hochberg over {count} creatives; a finding also needs a fitted decline of at least {Figures.Percent(MinimumDecline)} and rising frequency (impressions ÷ the day's reported reach) where reach is reported.",
            from, tenant.To, trend.P, adjusted, count,
            Figures.Of(("days", trend.Days), ("ctrStart", trend.FittedStart), ("ctrEnd", trend.FittedEnd), ("slopePerDay", trend.Slope), ("slopeStandardError", trend.SlopeError),
                ("decline", trend.Decline), ("frequencySlopePerDay", trend.FrequencySlope ?? double.NaN), ("weeklyImpressions", trend.WeeklyImpressions)));
        var frequency = trend.FrequencySlope is { } rising ? $" while its frequency rose by {rising:0.###} a day" : "";
        var explanation = $"Creative {trend.Creative} of {trend.Campaign} lost {Figures.Percent(trend.Decline)} of its click-through rate over the last {trend.Days} days "
            + $"(fitted {Figures.Percent(trend.FittedStart)} to {Figures.Percent(trend.FittedEnd)}){frequency}: the audience is tiring of it. "
            + $"The decline is very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} creatives). A fresh creative should win back about {Figures.Count(impact.Value)} conversions a week.";
        return new Finding(RecommendationKind.RefreshCreative, target, [trend.Campaign], $"Refresh creative {trend.Creative} of {trend.Campaign}: CTR down {Figures.Percent(trend.Decline)}",
            explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.Tag, Tag: Tags.Clean($"refresh creative {trend.Creative}"))]);
    }
}
