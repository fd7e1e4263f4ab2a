using System.Globalization;
using GrainMarketing.Campaigns;
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
    /// <summary>Day windows reach back 30 days, and their previous windows 30 more.</summary>
    public const int LookbackDays = 60;

    private static readonly TimeSpan BudgetPeriod = TimeSpan.FromHours(1);

    public RuleRun Run(
        CampaignKey campaign, CampaignMetadata metadata, CampaignCells cells, RecentBuckets recent,
        CampaignAutomationState automation, RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        Prune(automation, now);
        var pass = new Pass(campaign, metadata, automation, today, now, options.ActionBudget(campaign.Platform.ToString().ToLowerInvariant()));
        Dictionary<string, DaySeries>? adSets = null, creatives = null;
        foreach (var rule in rules.Rules)
        {
            var level = rule.Definition.Scope?.Level ?? RuleLevel.Campaign;
            switch (level)
            {
                case RuleLevel.Campaign:
                    if (RuleScopes.Covers(rule.Definition.Scope, campaign, pass.Metadata))
                    {
                        pass.Judge(rule, level, Target(campaign), new WindowTotals(cells.Totals, recent, today, now, pass.Metadata.DailyBudget));
                    }

                    break;
                case RuleLevel.AdSet:
                    adSets ??= cells.SeriesBy(today.AddDays(1 - LookbackDays), today, cell => cell.AdSetId);
                    JudgeParts(pass, rule, level, adSets);
                    break;
                case RuleLevel.Creative:
                    creatives ??= cells.SeriesBy(today.AddDays(1 - LookbackDays), today, cell => cell.AdId);
                    JudgeParts(pass, rule, level, creatives);
                    break;
            }
        }

        return new RuleRun(pass.Metadata, pass.Firings, pass.Changes) { MetadataChanged = pass.Metadata != metadata };
    }

    /// <summary>Ad sets or creatives: the campaign must be in scope; each part must be listed (if the scope lists any) and have the status asked.</summary>
    private static void JudgeParts(Pass pass, RuleDetails rule, RuleLevel level, Dictionary<string, DaySeries> parts)
    {
        var scope = rule.Definition.Scope!;
        if (!RuleScopes.CoversPartsOf(scope, pass.Campaign, pass.Metadata))
        {
            return;
        }

        foreach (var (id, series) in parts.OrderBy(part => part.Key, StringComparer.Ordinal))
        {
            var target = Target(pass.Campaign, level, id);
            var control = pass.Control(target);
            if (RuleScopes.CoversPart(scope, id, control.Status))
            {
                pass.Judge(rule, level, target, new WindowTotals(series.Sum, null, pass.Today, pass.Now, control.DailyBudget));
            }
        }
    }

    /// <summary>How history names a campaign in its tenant: <c>meta:916</c>, as the API and rule scopes write it.</summary>
    public static string Target(CampaignKey campaign) => $"{campaign.Platform.ToString().ToLowerInvariant()}:{campaign.CampaignId}";

    /// <summary>An ad set or creative of a campaign: <c>meta:916/adset/12</c>, <c>meta:916/creative/77</c>.</summary>
    public static string Target(CampaignKey campaign, RuleLevel level, string id) =>
        $"{Target(campaign)}/{(level == RuleLevel.AdSet ? "adset" : "creative")}/{id}";

    private static void Prune(CampaignAutomationState automation, DateTimeOffset now)
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

    private sealed class Pass(CampaignKey campaign, CampaignMetadata metadata, CampaignAutomationState automation, DateOnly today, DateTimeOffset now, int actionBudget)
    {
        public CampaignKey Campaign => campaign;

        public CampaignMetadata Metadata { get; private set; } = metadata;

        public DateOnly Today => today;

        public DateTimeOffset Now => now;

        public List<RuleFiring> Firings { get; } = [];

        public List<PendingPlatformChange> Changes { get; } = [];

        public TargetControl Control(string target) =>
            target == Target(campaign) ? automation.CampaignControl(Metadata) : automation.PartControl(target);

        public void Judge(RuleDetails rule, RuleLevel level, string target, IWindowTotals totals)
        {
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

            var control = Control(target);
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
                Guid.NewGuid(), campaign.Tenant, rule.Id, rule.Version, definition.Name!, level, target, kind, definition.DryRun,
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

            if (target != Target(campaign))
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
            automation.Recent.Add(firing);
            if (automation.Recent.Count > CampaignAutomationState.MaxRecent)
            {
                automation.Recent.RemoveAt(0);
            }
        }
    }
}
