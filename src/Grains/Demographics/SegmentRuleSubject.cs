using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using GrainMarketing.Metrics;

namespace GrainMarketing.Demographics;

/// <summary>A segment's day totals as its tenant's segment rules see them; a judgement changes nothing beyond the automation state.</summary>
/// <remarks>
/// Money in the tenant's currency: days of campaigns in another currency are converted at their day's rate, and a day
/// without a rate is left out. Windows of minutes see the tenant's currency only.
/// </remarks>
public sealed class SegmentRuleSubject(IPersistentState<SegmentState> state, IPersistentState<AutomationState> automation, AutomationOptions options, IGrainFactory grains)
    : IRuleSubject
{
    public string? Tenant => state.State.Key?.Tenant;

    public bool Judges(RuleSet rules) => rules.Rules.Any(rule => rule.Definition.Scope?.Level == RuleLevel.Segment);

    public async Task<RuleJudgement> JudgeAsync(TenantRules tenant, DateTimeOffset now)
    {
        var segment = state.State;
        var key = segment.Key ?? throw new InvalidOperationException("A segment is only judged once it has data.");
        var days = segment.Foreign.IsEmpty ? segment.Days : await WithConvertedAsync(key.Tenant, segment);
        var run = new RuleRunner(options).RunSegment(
            key, (from, to) => DaySeries.Sum(days, from, to), segment.Recent, automation.State, tenant.Rules, tenant.Today(now), now);
        return new RuleJudgement(run, []);
    }

    /// <summary>The segment's days with the converted days of other currencies added.</summary>
    private async Task<SortedDictionary<DateOnly, MetricTotals>> WithConvertedAsync(string tenant, SegmentState segment)
    {
        List<CurrencySlice> foreign = [.. segment.Foreign.InRange(new(DateOnly.MinValue, DateOnly.MaxValue), DateOnly.MinValue)];
        var converted = MoneyConversion.ConvertDays(segment.Days.Select(d => new DayTotals(d.Key, d.Value)), foreign, await RateBooks.ForAsync(grains, tenant, foreign));
        return new SortedDictionary<DateOnly, MetricTotals>(converted.Days.ToDictionary(d => d.Date, d => d.Totals));
    }

    public Task StoreAsync(RuleJudgement judgement, CancellationToken cancellationToken) => Task.CompletedTask;
}
