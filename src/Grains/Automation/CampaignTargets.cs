using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>The targets of a rule within one campaign: the campaign itself, or its ad sets or creatives, each with its control.</summary>
/// <remarks>
/// The campaign itself, or its ad sets or creatives (grouped from its cells once, on first need), each with
/// the control rules set on it. A part is a target when the campaign is in scope, the part is listed (if
/// the scope lists any) and it has a status asked for.
/// </remarks>
public sealed class CampaignTargets(CampaignKey campaign, CampaignCells cells, AutomationState automation, DateOnly today)
{
    /// <summary>Day windows reach back 30 days, and their previous windows 30 more.</summary>
    public const int LookbackDays = 60;

    private Dictionary<string, DaySeries>? _adSets;
    private Dictionary<string, DaySeries>? _creatives;

    /// <summary>How history names a campaign in its tenant: <c>meta:916</c>, as the API and rule scopes write it.</summary>
    public static string Key(CampaignKey campaign) => $"{campaign.Platform.ToString().ToLowerInvariant()}:{campaign.CampaignId}";

    /// <summary>An ad set or creative of a campaign: <c>meta:916/adset/12</c>, <c>meta:916/creative/77</c>.</summary>
    public static string Key(CampaignKey campaign, RuleLevel level, string id) =>
        $"{Key(campaign)}/{(level == RuleLevel.AdSet ? "adset" : "creative")}/{id}";

    public TargetControl Control(string target, CampaignMetadata metadata) =>
        target == Key(campaign) ? automation.CampaignControl(metadata) : automation.PartControl(target);

    /// <summary>The day sums of any target of this campaign, in scope or not (ad sets and creatives it no longer reports sum to zero).</summary>
    public Func<DateOnly, DateOnly, MetricTotals> Days(string target)
    {
        var prefix = Key(campaign);
        if (target == prefix)
        {
            return cells.Totals;
        }

        var parts = Parts(target.StartsWith($"{prefix}/adset/", StringComparison.Ordinal) ? RuleLevel.AdSet : RuleLevel.Creative);
        return parts.TryGetValue(target[(target.LastIndexOf('/') + 1)..], out var series) ? series.Sum : (_, _) => MetricTotals.Zero;
    }

    /// <summary>The rule's targets, judged against <paramref name="metadata"/> as it is when each is reached.</summary>
    public IEnumerable<RuleTarget> For(RuleDefinition rule, CampaignMetadata metadata)
    {
        var scope = rule.Scope ?? new RuleScope();
        switch (scope.Level)
        {
            case RuleLevel.Campaign when RuleScopes.Covers(scope, campaign, metadata):
                yield return new RuleTarget(Key(campaign), RuleLevel.Campaign, Control(Key(campaign), metadata), cells.Totals);
                break;
            case RuleLevel.AdSet or RuleLevel.Creative when RuleScopes.CoversPartsOf(scope, campaign, metadata):
                foreach (var (id, series) in Parts(scope.Level).OrderBy(part => part.Key, StringComparer.Ordinal))
                {
                    var key = Key(campaign, scope.Level, id);
                    var control = Control(key, metadata);
                    if (RuleScopes.CoversPart(scope, id, control.Status))
                    {
                        yield return new RuleTarget(key, scope.Level, control, series.Sum);
                    }
                }

                break;
        }
    }

    /// <summary>The campaign's ad sets or creatives with their day sums, grouped from its cells on first need.</summary>
    private Dictionary<string, DaySeries> Parts(RuleLevel level) => level == RuleLevel.AdSet
        ? _adSets ??= cells.SeriesBy(today.AddDays(1 - LookbackDays), today, cell => cell.AdSetId)
        : _creatives ??= cells.SeriesBy(today.AddDays(1 - LookbackDays), today, cell => cell.AdId);
}
