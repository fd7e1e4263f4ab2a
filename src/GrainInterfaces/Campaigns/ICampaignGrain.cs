using GrainMarketing.Automation;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>One campaign of one tenant on one platform, keyed by <see cref="CampaignKey"/>.</summary>
/// <remarks>Receives <see cref="MetricBatch"/>es on its stream (namespace <see cref="MetricStreams.Namespace"/>) and answers queries over its cells.</remarks>
public interface ICampaignGrain : IGrainWithStringKey
{
    /// <summary>Applies a batch directly (the stream consumer calls the same code).</summary>
    Task ApplyAsync(MetricBatch batch);

    /// <summary>Merges metadata set apart from the data (null fields keep their value); registers the campaign if it is new.</summary>
    /// <remarks>Durable when the task completes; answers the metadata before and after, for the audit trail.</remarks>
    Task<MetadataChange> UpdateMetadataAsync(CampaignMetadata update);

    [ReadOnly]
    Task<CampaignSummary> GetSummaryAsync(QueryWindow window);

    /// <summary>Judges <paramref name="rule"/> against <paramref name="target"/> now, without acting.</summary>
    /// <remarks>
    /// Judges <paramref name="rule"/> against <paramref name="target"/> (this campaign, <c>meta:916</c>, or one
    /// of its ad sets or creatives, <c>meta:916/creative/77</c>) now, <paramref name="today"/> being the
    /// tenant's local date: the evaluation the live path acts on, without acting.
    /// </remarks>
    [ReadOnly]
    Task<RuleEvaluation> EvaluateAsync(RuleDefinition rule, DateOnly today, string target);

    /// <summary>Replays <paramref name="rule"/> on each day of <paramref name="range"/> over this campaign's stored days, without acting.</summary>
    /// <remarks>The stored days are in memory and in history; each day is judged and acted on as the live path would have.</remarks>
    [ReadOnly]
    Task<CampaignBacktest> BacktestAsync(RuleDefinition rule, DateRange range);

    /// <summary>A hint to judge the tenant's rules soon (a rule changed, or the schedule came round): one-way, may be lost.</summary>
    [OneWay]
    Task EvaluateRulesAsync();

    /// <summary>Plays a one-off instruction's actions on the campaign now (an applied budget proposal), through the rules' path: action budget, pending platform changes, history and audit.</summary>
    Task<RuleFiring> PlayAsync(RuleDetails instruction);

    /// <summary>What rules have done to this campaign: tags, ad set and creative controls, changes waiting for the platform, recent firings.</summary>
    [ReadOnly]
    Task<CampaignAutomation> GetAutomationAsync();

    /// <summary>Records where a change's push to the platform stands (from the account's write-back grain); durable when the task completes.</summary>
    /// <returns>False when the change is no longer the campaign's (a newer one to the same field replaced it): nothing is recorded.</returns>
    Task<bool> RecordPlatformChangeAsync(PendingPlatformChange change);

    [ReadOnly]
    Task<IReadOnlyList<DayTotals>> GetDailySeriesAsync(DateRange range);

    /// <summary>Arrivals over the last <paramref name="minutes"/>: minute buckets up to two hours, hour buckets beyond.</summary>
    [ReadOnly]
    Task<IReadOnlyList<BucketTotals>> GetRecentSeriesAsync(int minutes);

    /// <summary>Each creative's (ad id's) day totals over the range, with its format: what the creative insight is computed from.</summary>
    [ReadOnly]
    Task<IReadOnlyList<CreativeSeries>> GetCreativeSeriesAsync(DateRange range);

    /// <summary>Each (ad set, ad) pair's day totals over the range: the campaign's parts and which ad set each ad belongs to, in one read.</summary>
    [ReadOnly]
    Task<IReadOnlyList<PartSeries>> GetPartSeriesAsync(DateRange range);

    /// <summary>Sums grouped by the given dimensions (joined with '|'), or by creative (ad id) when <paramref name="byCreative"/>.</summary>
    [ReadOnly]
    Task<BreakdownResult> GetBreakdownAsync(DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative);
}
