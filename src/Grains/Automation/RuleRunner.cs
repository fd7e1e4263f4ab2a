using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Judges a tenant's rules on a campaign (with its ad sets and creatives) or a segment, and plays the actions of those that hold.</summary>
/// <remarks>
/// The pure core of the grains' live evaluation. A rule fires at most once per cooldown per target;
/// status and budget changes respect the target's action budget per hour, and a firing that would overrun
/// it is deferred whole until the budget allows. Dry-run rules record what they would do and change nothing.
/// </remarks>
public sealed class RuleRunner(AutomationOptions options)
{
    public RuleRun Run(
        CampaignKey campaign, CampaignMetadata metadata, CampaignCells cells, RecentBuckets recent,
        AutomationState automation, RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        var pass = CampaignPass(campaign, metadata, automation, today, now);
        var targets = new CampaignTargets(campaign, cells, automation, today);
        foreach (var rule in rules.Rules)
        {
            foreach (var target in targets.For(rule.Definition, pass.Metadata))
            {
                var hours = target.Level == RuleLevel.Campaign ? recent : null;
                pass.Judge(rule, target, new WindowTotals(target.Days, hours, today, now, target.Control.DailyBudget));
            }
        }

        return Outcome(pass, metadata);
    }

    /// <summary>Plays <paramref name="instruction"/>'s actions now, without conditions (see <see cref="RuleSetPass.Play"/>), on the campaign itself or on the one ad set or creative its scope lists.</summary>
    public RuleRun Play(CampaignKey campaign, CampaignMetadata metadata, CampaignCells cells, AutomationState automation, RuleDetails instruction, DateOnly today, DateTimeOffset now)
    {
        var pass = CampaignPass(campaign, metadata, automation, today, now);
        var targets = new CampaignTargets(campaign, cells, automation, today);
        var (level, key) = instruction.Definition.Scope switch
        {
            { Level: RuleLevel.AdSet, AdSetIds: [var adSet] } => (RuleLevel.AdSet, CampaignTargets.Key(campaign, RuleLevel.AdSet, adSet)),
            { Level: RuleLevel.Creative, CreativeIds: [var creative] } => (RuleLevel.Creative, CampaignTargets.Key(campaign, RuleLevel.Creative, creative)),
            _ => (RuleLevel.Campaign, CampaignTargets.Key(campaign)),
        };
        pass.Play(instruction, new RuleTarget(key, level, targets.Control(key, metadata), targets.Days(key)));
        return Outcome(pass, metadata);
    }

    /// <summary>A pass over one campaign, after pruning what has aged out of its automation state; actions count against the platform's budget.</summary>
    private RuleSetPass CampaignPass(CampaignKey campaign, CampaignMetadata metadata, AutomationState automation, DateOnly today, DateTimeOffset now)
    {
        Prune(automation, now);
        return new RuleSetPass(campaign.Tenant, CampaignTargets.Key(campaign), metadata, automation, today, now,
            options.ActionBudget(campaign.Platform.ToString().ToLowerInvariant()));
    }

    private static RuleRun Outcome(RuleSetPass pass, CampaignMetadata metadata) =>
        new(pass.Metadata, pass.Firings, pass.Changes) { MetadataChanged = pass.Metadata != metadata };

    /// <summary>Judges the tenant's segment rules on one demographic segment.</summary>
    /// <remarks>
    /// Judges the tenant's segment rules on one demographic segment: those whose scope lists no segments or
    /// lists this one (<c>age:25-34</c>, <c>age:25-34|gender:female</c>). Segments only tag and notify.
    /// </remarks>
    public RuleRun RunSegment(
        SegmentKey segment, Func<DateOnly, DateOnly, MetricTotals> days, RecentBuckets recent,
        AutomationState automation, RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        Prune(automation, now);
        var key = SegmentTarget(segment);
        var pass = new RuleSetPass(segment.Tenant, key, new CampaignMetadata(), automation, today, now, options.ActionsPerHour);
        foreach (var rule in rules.Rules)
        {
            if (rule.Definition.Scope is { Level: RuleLevel.Segment } scope
                && (scope.Segments is not { Count: > 0 } listed || listed.Contains(key, StringComparer.OrdinalIgnoreCase)))
            {
                var control = automation.CampaignControl(pass.Metadata);
                pass.Judge(rule, new RuleTarget(key, RuleLevel.Segment, control, days), new WindowTotals(days, recent, today, now, null));
            }
        }

        return new RuleRun(pass.Metadata, pass.Firings, pass.Changes);
    }

    /// <summary>How rules and history name a segment: <c>age:25-34</c>, or <c>age:25-34|gender:female</c> for a cross.</summary>
    public static string SegmentTarget(SegmentKey segment) => segment.GenderValue is { } gender
        ? $"age:{segment.Value}|gender:{gender}"
        : $"{segment.Dimension.ToString().ToLowerInvariant()}:{segment.Value}";

    private static void Prune(AutomationState automation, DateTimeOffset now)
    {
        foreach (var (key, notBefore) in automation.NotBefore.Where(entry => entry.Value <= now).ToList())
        {
            automation.NotBefore.Remove(key);
        }

        foreach (var (target, times) in automation.ActionTimes.ToList())
        {
            times.RemoveAll(at => at <= now - RuleSetPass.BudgetPeriod);
            if (times.Count == 0)
            {
                automation.ActionTimes.Remove(target);
            }
        }
    }
}
