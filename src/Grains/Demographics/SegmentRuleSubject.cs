using GrainMarketing.Automation;

namespace GrainMarketing.Demographics;

/// <summary>A segment's day totals as its tenant's segment rules see them; a judgement changes nothing beyond the automation state.</summary>
public sealed class SegmentRuleSubject(IPersistentState<SegmentState> state, IPersistentState<AutomationState> automation, AutomationOptions options)
    : IRuleSubject
{
    public string? Tenant => state.State.Key?.Tenant;

    public bool Judges(RuleSet rules) => rules.Rules.Any(rule => rule.Definition.Scope?.Level == RuleLevel.Segment);

    public Task<RuleJudgement> JudgeAsync(TenantRules tenant, DateTimeOffset now)
    {
        var segment = state.State;
        var key = segment.Key ?? throw new InvalidOperationException("A segment is only judged once it has data.");
        var run = new RuleRunner(options).RunSegment(
            key, (from, to) => DaySeries.Sum(segment.Days, from, to), segment.Recent, automation.State, tenant.Rules, tenant.Today(now), now);
        return Task.FromResult(new RuleJudgement(run, []));
    }

    public Task StoreAsync(RuleJudgement judgement, CancellationToken cancellationToken) => Task.CompletedTask;
}
