using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>
/// Judges a tenant's rules on one campaign and its ad sets and creatives, and plays the actions of
/// those that hold: the pure core of the campaign grain's live evaluation. A rule fires at most once
/// per cooldown per target; status and budget changes respect the target's action budget per hour,
/// and a firing that would overrun it is deferred whole until the budget allows. Dry-run rules record
/// what they would do and change nothing.
/// </summary>
public sealed class RuleRunner(AutomationOptions options)
{
    private static readonly TimeSpan BudgetPeriod = TimeSpan.FromHours(1);

    public RuleRun Run(
        CampaignKey campaign, CampaignMetadata metadata, CampaignCells cells, RecentBuckets recent,
        AutomationState automation, RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        Prune(automation, now);
        var targets = new CampaignTargets(campaign, cells, automation, today);
        var pass = new Pass(campaign.Tenant, CampaignTargets.Key(campaign), metadata, automation, today, now, options.ActionBudget(campaign.Platform.ToString().ToLowerInvariant()));
        foreach (var rule in rules.Rules)
        {
            foreach (var target in targets.For(rule.Definition, pass.Metadata))
            {
                var hours = target.Level == RuleLevel.Campaign ? recent : null;
                pass.Judge(rule, target, new WindowTotals(target.Days, hours, today, now, target.Control.DailyBudget));
            }
        }

        return new RuleRun(pass.Metadata, pass.Firings, pass.Changes) { MetadataChanged = pass.Metadata != metadata };
    }

    /// <summary>
    /// Judges the tenant's segment rules on one demographic segment: those whose scope lists no segments
    /// or lists this one (<c>age:25-34</c>, <c>age:25-34|gender:female</c>). Segments only tag and notify.
    /// </summary>
    public RuleRun RunSegment(
        SegmentKey segment, Func<DateOnly, DateOnly, MetricTotals> days, RecentBuckets recent,
        AutomationState automation, RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        Prune(automation, now);
        var key = SegmentTarget(segment);
        var pass = new Pass(segment.Tenant, key, new CampaignMetadata(), automation, today, now, options.ActionsPerHour);
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
            times.RemoveAll(at => at <= now - BudgetPeriod);
            if (times.Count == 0)
            {
                automation.ActionTimes.Remove(target);
            }
        }
    }

    /// <param name="owner">The target whose control lives in <paramref name="metadata"/> and the state's tags: the campaign or the segment.</param>
    private sealed class Pass(string tenant, string owner, CampaignMetadata metadata, AutomationState automation, DateOnly today, DateTimeOffset now, int actionBudget)
    {
        public CampaignMetadata Metadata { get; private set; } = metadata;

        public List<RuleFiring> Firings { get; } = [];

        public List<PendingPlatformChange> Changes { get; } = [];

        public void Judge(RuleDetails rule, RuleTarget candidate, IWindowTotals totals)
        {
            var target = candidate.Key;
            var cooldownKey = $"{rule.Id}|{target}";
            if (automation.NotBefore.ContainsKey(cooldownKey))
            {
                return;
            }

            var definition = rule.Definition;
            var evaluation = RuleEvaluator.Evaluate(definition, totals);
            if (!evaluation.Holds)
            {
                return;
            }

            var control = candidate.Control;
            var (outcomes, after, changes) = TargetActions.Play(definition.Actions!, control, definition.DryRun);
            var kind = FiringKind.Fired;
            var times = automation.ActionTimes.GetValueOrDefault(target) ?? [];
            if (!definition.DryRun && changes > 0 && times.Count + changes > actionBudget)
            {
                kind = FiringKind.Deferred;
                outcomes = [.. outcomes.Select(outcome => outcome with { Result = ActionResult.Deferred, Detail = $"The target's budget of {actionBudget} changes an hour is spent." })];
                automation.NotBefore[cooldownKey] = times.Count > 0 ? times.Min() + BudgetPeriod : now + BudgetPeriod;
            }
            else
            {
                RuleWindows.TryParse(definition.Cooldown ?? "24h", out var cooldown);
                automation.NotBefore[cooldownKey] = now + cooldown;
            }

            var firing = new RuleFiring(
                Guid.NewGuid(), tenant, rule.Id, rule.Version, definition.Name!, candidate.Level, target, kind, definition.DryRun,
                now, today, evaluation.Conditions, outcomes);
            if (kind == FiringKind.Fired && !definition.DryRun)
            {
                Apply(firing, control, after, changes, times);
            }

            Remember(firing);
        }

        /// <summary>Changes the target as the firing's actions left it, queues status and budget for the platform and counts them against the budget.</summary>
        private void Apply(RuleFiring firing, TargetControl before, TargetControl after, int changes, List<DateTimeOffset> times)
        {
            var target = firing.Target;
            if (changes > 0)
            {
                times.AddRange(Enumerable.Repeat(now, changes));
                automation.ActionTimes[target] = times;
            }

            if (after.Status != before.Status)
            {
                Change(firing, "status", Name(before.Status), Name(after.Status), forPlatform: true);
            }

            if (after.DailyBudget != before.DailyBudget)
            {
                Change(firing, "dailyBudget", Money(before.DailyBudget), Money(after.DailyBudget)!, forPlatform: true);
            }

            foreach (var tag in after.Tags.Except(before.Tags, StringComparer.Ordinal))
            {
                Change(firing, "tags", null, tag, forPlatform: false);
            }

            if (target != owner)
            {
                automation.Targets[target] = after;
                return;
            }

            automation.Tags = [.. after.Tags];
            if (after.Status != before.Status)
            {
                Metadata = Metadata with { Status = after.Status };
            }

            if (after.DailyBudget != before.DailyBudget)
            {
                Metadata = Metadata with { DailyBudget = after.DailyBudget };
            }
        }

        private void Change(RuleFiring firing, string field, string? from, string to, bool forPlatform)
        {
            var change = new PendingPlatformChange(firing.Target, field, from, to, now, firing.RuleId, firing.Id);
            Changes.Add(change);
            if (forPlatform)
            {
                automation.Pending[$"{firing.Target}|{field}"] = change;
            }
        }

        private static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();

        private static string? Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);

        private void Remember(RuleFiring firing)
        {
            Firings.Add(firing);
            automation.Remember(firing);
        }
    }
}
