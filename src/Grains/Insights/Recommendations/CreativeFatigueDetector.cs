using GrainMarketing.Automation;
using GrainMarketing.Insights.Audience;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;
using FatigueDay = GrainMarketing.Insights.Creatives.CreativeDay;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds fatigued creatives with the creative insight's own model (<see cref="CreativeFatigue"/>, its defaults), over the window's days, and recommends refreshing them.</summary>
/// <remarks>
/// One model for the creative page and the recommendation, so they never disagree: a plateau, a change day and a
/// decline, fitted by weighted least squares, its F test against a flat CTR Bonferroni-adjusted over the candidate
/// change days, a fall of at least <see cref="CreativeFatigue.MinimumDrop"/> and exposure rising after the change day.
/// A creative is read as the creative insight reads it: its ad id's cells summed per day, frequency from true reach only.
/// A tenant has many creatives, so the recommendation also adjusts the model's p-values across them (Benjamini-Hochberg at
/// the model's alpha): at the model's alpha alone about one clean tenant in ten had a creative raised on noise.
/// </remarks>
public sealed class CreativeFatigueDetector : IRecommendationDetector
{
    public DetectorRun Detect(TenantEvidence tenant)
    {
        var assessed = new List<(CampaignEvidence Campaign, string Creative, List<FatigueDay> Days, FatigueAssessment Fatigue)>();
        foreach (var campaign in tenant.Campaigns)
        {
            foreach (var ad in campaign.Parts.Where(p => !string.IsNullOrEmpty(p.AdId)).GroupBy(p => p.AdId!, StringComparer.Ordinal))
            {
                var days = CostArm.SumDays(ad.SelectMany(p => p.Days))
                    .Select(d => new FatigueDay(d.Date, d.Totals.Impressions, d.Totals.Clicks, d.Totals.Conversions, d.Totals.Kpis.Frequency)).ToList();
                assessed.Add((campaign, ad.Key, days, CreativeFatigue.Assess(days)));
            }
        }

        var adjusted = BenjaminiHochberg.Adjust([.. assessed.Select(a => a.Fatigue.PValue ?? 1)]);
        var findings = assessed.Select((a, i) => (Assessed: a, Adjusted: adjusted[i]))
            .Where(x => x.Assessed.Fatigue.Fatigued && x.Adjusted <= CreativeFatigue.DefaultAlpha)
            .Select(x => Finding(tenant, x.Assessed.Campaign, x.Assessed.Creative, x.Assessed.Days, x.Assessed.Fatigue, x.Adjusted, assessed.Count)).ToList();
        return new DetectorRun(findings, new Dictionary<string, string>());
    }

    private static Finding Finding(TenantEvidence tenant, CampaignEvidence campaign, string creative, List<FatigueDay> days, FatigueAssessment fatigue, double adjusted, int count)
    {
        var target = $"{campaign.Id}/creative/{creative}";
        var (before, now, started, p) = (fatigue.CtrBefore ?? 0, fatigue.CtrNow ?? 0, fatigue.StartedOn ?? tenant.To, fatigue.PValue ?? 1);
        var impact = Impact(campaign.Totals, days, before, now, started);
        var evidence = new RecommendationEvidence(
            $"The creative insight's fatigue model: CTR on a plateau until a change day, then a straight decline, fitted by weighted least squares (each day weighted by its impressions); "
            + $"F test against a flat CTR, Bonferroni-adjusted over the candidate change days; fatigued below p {CreativeFatigue.DefaultAlpha} with a fall of at least {Figures.Percent(CreativeFatigue.MinimumDrop)} while {fatigue.Exposure} rose; the p-values Benjamini-Hochberg adjusted over the {count} creatives assessed, kept at {CreativeFatigue.DefaultAlpha}.",
            tenant.From, tenant.To, p, adjusted, count,
            Figures.Of(("days", days.Count(d => d.Impressions > 0)), ("ctrBefore", before), ("ctrNow", now), ("score", fatigue.Score),
                ("daysSinceChange", tenant.To.DayNumber - started.DayNumber), ("frequencyNow", (double?)days.LastOrDefault(d => d.Frequency is not null)?.Frequency ?? double.NaN),
                ("weeklyImpressions", Weekly(days))));
        var explanation = $"Creative {creative} of {campaign.Id} held a click-through rate of {Figures.Percent(before)} until {started:yyyy-MM-dd} and has declined since, to {Figures.Percent(now)} "
            + $"({Figures.Percent(fatigue.Score)} down) while its {(fatigue.Exposure == "frequency" ? "frequency" : "cumulative impressions")} rose: the audience is tiring of it. "
            + $"The decline is very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} creatives). A fresh creative should win back about {Figures.Count(impact.Value)} conversions a week.";
        return new Finding(RecommendationKind.RefreshCreative, target, [campaign.Id], $"Refresh creative {creative} of {campaign.Id}: CTR down {Figures.Percent(fatigue.Score)}",
            explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.Tag, Tag: Tags.Clean($"refresh creative {creative}"))]);
    }

    /// <summary>
    /// The clicks a week the plateau's CTR would win back on the last week's impressions, at the campaign's conversions per click. The 80% interval
    /// comes from the plateau's and the last <see cref="CreativeFatigue.MinDaysAfter"/> days' CTRs, each with its delta-method error from the daily variation.
    /// </summary>
    private static RecommendationImpact Impact(MetricTotals campaign, List<FatigueDay> days, double before, double now, DateOnly started)
    {
        var perClick = campaign.Clicks > 0 ? (double)campaign.Conversions / campaign.Clicks : 0;
        var scale = Weekly(days) * perClick;
        var value = (before - now) * scale;
        var plateau = Ctr(days.Where(d => d.Date <= started));
        var recent = Ctr(days.Where(d => d.Impressions > 0).TakeLast(CreativeFatigue.MinDaysAfter));
        var error = Math.Sqrt(Square(plateau?.StandardError) + Square(recent?.StandardError));
        var half = double.IsFinite(error) ? Normal.InvCDF(0, 1, 0.9) * error * scale : Math.Abs(value);
        return new RecommendationImpact("conversions", value, value - half, value + half,
            $"The CTR back at its plateau of {Figures.Percent(before)} on the creative's {Figures.Count(Weekly(days))} impressions a week, at the campaign's {Figures.Percent(perClick)} conversions per click.");
    }

    private static RatioOfSums? Ctr(IEnumerable<FatigueDay> days) => RatioOfSums.Of(days.Select(d => ((double)d.Clicks, (double)d.Impressions)));

    private static double Square(double? value) => value is { } v ? v * v : double.PositiveInfinity;

    private static double Weekly(List<FatigueDay> days)
    {
        var last = days.Where(d => d.Impressions > 0).TakeLast(7).ToList();
        return last.Count == 0 ? 0 : last.Sum(d => (double)d.Impressions) / last.Count * 7;
    }
}
