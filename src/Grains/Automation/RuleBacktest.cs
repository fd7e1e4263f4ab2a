using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Replays a rule over a campaign's stored days as the live path would have judged and played it: the pure core of backtests.</summary>
/// <remarks>
/// Each day of the range is judged as at its end, with the evaluator and window sums the live path uses,
/// and the actions that hold play on a simulated copy of each target as the live path plays them.
/// <see cref="Assumptions"/> says what it simplifies.
/// </remarks>
public static class RuleBacktest
{
    /// <summary>Backtests <paramref name="rule"/> on <paramref name="campaign"/> (or its ad sets or creatives) over <paramref name="range"/>.</summary>
    /// <remarks>
    /// <paramref name="cells"/> must hold its cells from <see cref="CampaignTargets.LookbackDays"/> days
    /// before the range to its end. Targets start as <paramref name="metadata"/> and
    /// <paramref name="automation"/> hold them now, neither of which is changed.
    /// </remarks>
    public static CampaignBacktest Run(
        RuleDefinition rule, CampaignKey campaign, CampaignMetadata metadata, AutomationState automation,
        IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells, DateRange range)
    {
        var level = rule.Scope?.Level ?? RuleLevel.Campaign;
        var firstDay = range.From.AddDays(-CampaignTargets.LookbackDays);
        var targets = Targets(level, campaign, metadata, automation, cells, firstDay, range.To);
        var cooldown = CooldownDays(rule);
        var firings = new List<BacktestFiring>();
        var omitted = 0;
        for (var day = range.From; day <= range.To; day = day.AddDays(1))
        {
            foreach (var target in targets)
            {
                target.Count(day);
                var reported = target.Days.Has(target.PartId is null ? firstDay : day.AddDays(1 - CampaignTargets.LookbackDays), day);
                if (!reported || !target.MayFire(day) || !InScope(rule.Scope, campaign, metadata, target))
                {
                    continue;
                }

                var windows = new WindowTotals(target.Days.Sum, null, day, EndOf(day), target.Control.DailyBudget);
                var evaluation = RuleEvaluator.Evaluate(rule, new DayWindows(windows));
                if (!evaluation.Holds)
                {
                    continue;
                }

                var (outcomes, after, _) = TargetActions.Play(rule.Actions!, target.Control, dryRun: true);
                target.Fired(day, after, cooldown);
                if (firings.Count < BacktestValidation.MaxFirings)
                {
                    firings.Add(new BacktestFiring(day, target.Name, evaluation.Conditions, outcomes));
                }
                else
                {
                    omitted++;
                }
            }
        }

        return new CampaignBacktest(firings, omitted, [.. targets.Select(target => target.Effects()).OfType<BacktestEffects>()]);
    }

    /// <summary>Several campaigns' backtests as one: firings by day, then target (the earliest <see cref="BacktestValidation.MaxFirings"/>), targets by name.</summary>
    public static CampaignBacktest Merge(IEnumerable<CampaignBacktest> backtests)
    {
        var all = backtests.ToList();
        var firings = all.SelectMany(b => b.Firings).OrderBy(f => f.Day).ThenBy(f => f.Target, StringComparer.Ordinal).ToList();
        var listed = firings.Take(BacktestValidation.MaxFirings).ToList();
        return new CampaignBacktest(
            listed,
            all.Sum(b => b.FiringsOmitted) + firings.Count - listed.Count,
            [.. all.SelectMany(b => b.Targets).OrderBy(t => t.Target, StringComparer.Ordinal)]);
    }

    /// <summary>What a backtest of <paramref name="rule"/> takes for granted, for its readers.</summary>
    public static IReadOnlyList<string> Assumptions(RuleDefinition rule)
    {
        List<string> assumptions =
        [
            "Each day of the range is judged as at the end of that day in the tenant's time zone, over complete days, by the evaluation code live rules use.",
            "Numbers are the daily totals stored now (memory and history, restatements included); simulated actions do not change the numbers later days are judged on.",
            "Targets are every campaign the scope may cover, or their ad sets or creatives: a campaign is judged from its first reported day (looking back 60 days before the range), an ad set or creative on days it has numbers in the 60 days up to the day, as live.",
            "Each target starts from its status, daily budget and tags as they are today (their history is not kept) and changes only by the rule's simulated actions; the scope's statuses are checked against that simulated status.",
            "Cooldowns count in whole days: after a firing the rule may fire again for that target on the first day at or after the firing day plus the cooldown (up to 24h means the next day).",
            "Hourly action budgets and deferrals are not simulated; a dry-run rule is simulated like any other, and every action that would change something reads wouldApply.",
            "spendSaved, conversionsForgone and valueForgone are the actual numbers of the days after a simulated pause, until a simulated resume or the end of the range.",
            "spendAdded, conversionsAdded and valueAdded are estimates assuming spend and results scale with the budget: each day after a simulated budget change, the actual numbers times (simulated budget / today's budget - 1), rounded to hundredths; no estimate without a budget today.",
            $"At most {BacktestValidation.MaxFirings} firings are listed, the earliest; the per-target summaries and totals count them all.",
        ];
        if (rule.Conditions?.Any(c => c?.Window == "24h") == true)
        {
            assumptions.Insert(1, "24h windows are judged as the day itself (today), since history keeps days, not arrival times.");
        }

        return assumptions;
    }

    private static List<BacktestTarget> Targets(
        RuleLevel level, CampaignKey campaign, CampaignMetadata metadata, AutomationState automation,
        IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells, DateOnly from, DateOnly to)
    {
        if (level == RuleLevel.Campaign)
        {
            var name = CampaignTargets.Key(campaign);
            return [.. DaySeries.By(cells, from, to, _ => name).Values.Select(days => new BacktestTarget(name, null, days, automation.CampaignControl(metadata)))];
        }

        Func<MetricCell, string?> part = level == RuleLevel.AdSet ? cell => cell.AdSetId : cell => cell.AdId;
        return [.. DaySeries.By(cells, from, to, part)
            .Select(p => (Name: CampaignTargets.Key(campaign, level, p.Key), Id: p.Key, Days: p.Value))
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => new BacktestTarget(p.Name, p.Id, p.Days, automation.PartControl(p.Name)))];
    }

    /// <summary>The campaign with its simulated status; a part of a campaign the scope reaches, with its simulated status.</summary>
    private static bool InScope(RuleScope? scope, CampaignKey campaign, CampaignMetadata metadata, BacktestTarget target) =>
        target.PartId is not { } id
            ? RuleScopes.Covers(scope, campaign, metadata with { Status = target.Control.Status })
            : RuleScopes.CoversPartsOf(scope!, campaign, metadata) && RuleScopes.CoversPart(scope!, id, target.Control.Status);

    /// <summary>Whole days until the rule may fire again: the first day at or after the firing day plus the cooldown, at least the next.</summary>
    private static int CooldownDays(RuleDefinition rule)
    {
        var cooldown = RuleWindows.TryParse(rule.Cooldown, out var parsed) ? parsed : RuleWindows.DefaultCooldown;
        return Math.Max(1, (int)Math.Ceiling(cooldown.TotalDays));
    }

    private static DateTimeOffset EndOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MaxValue), TimeSpan.Zero);

    /// <summary>Day sums for a day's judgement: <c>24h</c> is the day itself, as history keeps no arrival times.</summary>
    private sealed class DayWindows(IWindowTotals days) : IWindowTotals
    {
        public decimal? DailyBudget => days.DailyBudget;

        public MetricTotals Current(string window) => days.Current(AsDays(window));

        public MetricTotals Previous(string window) => days.Previous(AsDays(window));

        private static string AsDays(string window) => window == "24h" ? "today" : window;
    }
}
