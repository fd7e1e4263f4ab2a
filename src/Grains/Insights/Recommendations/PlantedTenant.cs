using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A generated tenant, seeded: campaigns × creatives × age-gender segments × days of spend, impressions, reach, clicks and conversions, with or without planted truths.</summary>
/// <remarks>
/// The noise is what real accounts have: campaigns' costs per conversion differ (log-normal, sd 0.15), creatives'
/// CTRs differ (1.5-2.5%), segments' conversion rates differ (log-normal, sd 0.08), and every count is drawn
/// (binomial clicks, Poisson conversions). Planted: <see cref="BadCampaign"/> pays three times the cost per conversion
/// with enough spend to be sure; <see cref="SmallCampaign"/> is as bad but too small to judge; creative
/// <see cref="FatiguedCreative"/> loses half its CTR over the last ten days while its frequency rises from 1.3 to 3;
/// segment <see cref="StrongSegment"/> converts exactly twice as well as the spend-weighted rest; <see cref="RoasCampaign"/>
/// converts at an ordinary cost but each conversion is worth a third of the others'; ad set <see cref="BadAdSet"/> of
/// <see cref="AdSetCampaign"/> and creative <see cref="BadCreative"/> of <see cref="CreativeCampaign"/> pay three times their
/// siblings' cost per conversion, the siblings a little less, so their campaigns' costs stay ordinary; both campaigns spend
/// 600 a day (planted or clean), so a part a fifth of one has the conversions to be sure. Creatives a1 and a2
/// are in ad set s1, a3 in s2 (<see cref="PlantedCell.AdSetOf"/>). Three campaigns' budgets
/// move every fortnight over <see cref="PlantedResponses.HistoryDays"/> days, so their response curves can be fitted:
/// planted, <see cref="PlantedResponses.Winner"/> is far below saturation at a cost per conversion of 12 and
/// <see cref="PlantedResponses.Saturated"/> far past it, so budget gains moving from it to the others; clean, all three sit
/// at their half-saturation with one marginal return. <see cref="EveningCampaign"/> spends 1,500 a day and, planted, converts
/// twice as well per unit of spend from 18:00 to midnight. Every campaign's last week comes by hour of the day too.
/// A clean tenant has the noise, the small campaign and nothing else.
/// </remarks>
public sealed class PlantedTenant
{
    public const string BadCampaign = "meta:c03";
    public const string SmallCampaign = "meta:small";
    public const string FatiguedCampaign = "meta:c05";
    public const string FatiguedCreative = "a1";
    public const string StrongSegment = "25-34|female";
    public const string EveningCampaign = "meta:evening";
    public const string RoasCampaign = "meta:c07";
    public const string AdSetCampaign = "meta:c09";
    public const string BadAdSet = "s2";
    public const string CreativeCampaign = "meta:c11";
    public const string BadCreative = "a2";

    private static readonly string[] Ages = ["18-24", "25-34", "35-44", "45-54", "55-64", "65+"];
    private static readonly string[] Genders = ["female", "male"];
    private static readonly double[] CreativeShares = [0.5, 0.3, 0.2];

    private readonly Random _random;
    private readonly bool _planted;
    private readonly Dictionary<string, MetricTotals[]> _hours = new(StringComparer.Ordinal);

    private PlantedTenant(int seed, bool planted, int campaigns, int days, DateOnly to)
    {
        _random = new Random(seed);
        _planted = planted;
        To = to;
        From = to.AddDays(1 - days);
        Cells = Generate(campaigns, days);
        foreach (var campaign in Cells.Where(c => c.Date > To.AddDays(-7)).GroupBy(c => c.Campaign, StringComparer.Ordinal))
        {
            _hours[campaign.Key] = PlantedResponses.Hours(_random, campaign.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals), planted && campaign.Key == EveningCampaign);
        }
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public IReadOnlyList<PlantedCell> Cells { get; }

    /// <summary>The fingerprints (<see cref="Finding.Fingerprint"/>) every run must find; empty for a clean tenant.</summary>
    public IReadOnlySet<string> Truths => _planted
        ? new HashSet<string>(StringComparer.Ordinal)
        {
            $"{RecommendationKind.PauseCampaign}|{BadCampaign}",
            $"{RecommendationKind.RefreshCreative}|{FatiguedCampaign}/creative/{FatiguedCreative}",
            $"{RecommendationKind.TargetSegment}|{SegmentDetector.Target(StrongSegment)}",
            $"{RecommendationKind.ScaleCampaign}|{PlantedResponses.Winner}",
            $"{RecommendationKind.ShiftBudget}|{ShiftBudgetDetector.Target}",
            $"{RecommendationKind.Daypart}|{EveningCampaign}",
            $"{RecommendationKind.PauseCampaign}|{RoasCampaign}",
            $"{RecommendationKind.PauseAdSet}|{AdSetCampaign}/adset/{BadAdSet}",
            $"{RecommendationKind.PauseCreative}|{CreativeCampaign}/creative/{BadCreative}",
        }
        : new HashSet<string>(StringComparer.Ordinal);

    public static PlantedTenant Generate(int seed, bool planted, DateOnly to, int campaigns = 12, int days = 28) => new(seed, planted, campaigns, days, to);

    /// <summary>The cells summed as the recommendations grain reads them from the campaign grains (the window's days), with curves fitted to every day as the curve grain fits them.</summary>
    public TenantEvidence Evidence() =>
        new(From, To, [.. Cells.GroupBy(c => c.Campaign, StringComparer.Ordinal).Select(c => Campaign(c.Key, c.Where(d => d.Date >= From).ToList(), Curves(c)))], []);

    private CampaignResponseCurves Curves(IGrouping<string, PlantedCell> cells)
    {
        var days = cells.GroupBy(c => c.Date).Select(g => new DayTotals(g.Key, g.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals))).OrderBy(d => d.Date).ToList();
        var key = new CampaignKey("planted", AdPlatform.Meta, cells.Key.Split(':')[1]);
        return CampaignCurveFit.Fit(key, null, days, To.AddDays(1 - CampaignCurveFit.HistoryDays), To, DateTimeOffset.UnixEpoch);
    }

    private CampaignEvidence Campaign(string id, List<PlantedCell> cells, CampaignResponseCurves curves)
    {
        var totals = cells.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals);
        var segments = cells.GroupBy(c => $"{c.Age}|{c.Gender}", StringComparer.Ordinal)
            .Select(g => new BreakdownRow(g.Key, g.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals))).ToList();
        var parts = cells.GroupBy(c => (c.AdSet, c.Creative))
            .Select(g => new PartSeries(g.Key.AdSet, g.Key.Creative, CostArm.SumDays(g.Select(c => new DayTotals(c.Date, c.Totals))))).ToList();
        return new CampaignEvidence(id, CampaignStatus.Active, totals, segments, CostArm.SumDays(cells.Select(c => new DayTotals(c.Date, c.Totals))), parts,
            curves, _hours.GetValueOrDefault(id) ?? []);
    }

    private List<PlantedCell> Generate(int campaigns, int days)
    {
        var segmentShares = Normalised([.. Enumerable.Range(0, Ages.Length * Genders.Length).Select(_ => 0.5 + _random.NextDouble())]);
        var noise = Enumerable.Range(0, segmentShares.Length).Select(_ => Math.Exp(Normal.Sample(_random, 0, 0.08))).ToArray();
        var segmentRates = noise.Select((rate, i) => _planted && $"{Ages[i / 2]}|{Genders[i % 2]}" == StrongSegment ? 2 * Average(noise, segmentShares, i) : rate).ToArray();
        var cells = new List<PlantedCell>();
        var ids = Enumerable.Range(1, campaigns).Select(i => $"meta:c{i:00}").Append(SmallCampaign).Append(EveningCampaign);
        foreach (var id in ids)
        {
            var small = id == SmallCampaign;
            var dailySpend = small ? 5 : id == EveningCampaign ? 1500 : id is AdSetCampaign or CreativeCampaign ? 600 : 150 + (150 * _random.NextDouble());
            var cpa = 25 * Math.Exp(Normal.Sample(_random, 0, 0.15)) * ((_planted && id == BadCampaign) || small ? 3 : 1);
            var ctrs = CreativeShares.Select(_ => 0.015 + (0.01 * _random.NextDouble())).ToArray();
            var costs = PartCosts(id);
            var value = _planted && id == RoasCampaign ? 40m / 3 : 40m;
            for (var day = 0; day < days; day++)
            {
                var fatigue = _planted && id == FatiguedCampaign ? Math.Max(0, day - (days - 11)) / 10.0 : 0;
                for (var creative = 0; creative < CreativeShares.Length; creative++)
                {
                    var faded = creative == 0 ? fatigue : 0;
                    var ctr = ctrs[creative] * (1 - (0.5 * faded));
                    var frequency = 1.3 + (1.7 * faded) + (0.05 * Normal.Sample(_random, 0, 1));
                    for (var segment = 0; segment < segmentShares.Length; segment++)
                    {
                        var spend = Math.Round(dailySpend * CreativeShares[creative] * segmentShares[segment], 2);
                        var impressions = (long)Math.Round(spend * 100);
                        var clicks = Binomial.Sample(_random, ctr, (int)impressions);
                        var conversions = Poisson.Sample(_random, spend / (cpa * costs[creative]) * segmentRates[segment]);
                        var totals = MetricTotals.Reported(impressions, (long)Math.Round(impressions / frequency), clicks, (decimal)spend, conversions, conversions * value);
                        cells.Add(new PlantedCell(id, From.AddDays(day), PlantedCell.AdSetOf(creative), $"a{creative + 1}", Ages[segment / 2], Genders[segment % 2], totals));
                    }
                }
            }
        }

        var mean = segmentShares.Zip(segmentRates, (share, rate) => share * rate).Sum();
        var segments = Enumerable.Range(0, segmentShares.Length).Select(i => (Ages[i / 2], Genders[i % 2])).ToList();
        cells.AddRange(new PlantedResponses(_random, _planted, segments, segmentShares, [.. segmentRates.Select(r => r / mean)]).Cells(To));
        return cells;
    }

    /// <summary>
    /// Each creative's cost per conversion against its campaign's: planted, the bad part (ad set s2 = creative a3, or creative a2) pays three
    /// times its siblings' and the siblings pay <c>share / 3 + 1 − share</c> of the campaign's, so the campaign converts at its own rate.
    /// </summary>
    private double[] PartCosts(string campaign)
    {
        var bad = !_planted ? -1 : campaign == AdSetCampaign ? 2 : campaign == CreativeCampaign ? 1 : -1;
        if (bad < 0)
        {
            return [.. CreativeShares.Select(_ => 1.0)];
        }

        var siblings = (CreativeShares[bad] / 3) + 1 - CreativeShares[bad];
        return [.. CreativeShares.Select((_, i) => i == bad ? 3 * siblings : siblings)];
    }

    /// <summary>The spend-weighted mean rate of the other segments: the planted one converts exactly twice as well as the rest.</summary>
    private static double Average(double[] rates, double[] shares, int except) =>
        rates.Where((_, i) => i != except).Zip(shares.Where((_, i) => i != except), (r, s) => r * s).Sum() / shares.Where((_, i) => i != except).Sum();

    private static double[] Normalised(double[] weights) => [.. weights.Select(w => w / weights.Sum())];
}
