using GrainMarketing.Automation;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>The days rules changed a series' spend, read from the tenant's automation history: the known regressors of its forecast.</summary>
/// <remarks>
/// A firing counts when it really applied a pause, resume or budget change (dry runs and deferrals do not) to a
/// target within the series. Both the day it applied (tenant's zone) and the day after are marked: a change in
/// the afternoon moves part of its day and all of the next.
/// </remarks>
public static class RuleChangeDays
{
    private const int PageSize = 500;
    private const int MaxPages = 20;

    private static readonly RuleActionType[] SpendActions = [RuleActionType.Pause, RuleActionType.Resume, RuleActionType.SetBudget, RuleActionType.ScaleBudget];

    public static async Task<IReadOnlySet<DateOnly>> LoadAsync(IGrainFactory grains, ForecastSeries series, DateTimeOffset from, TimeZoneInfo zone)
    {
        var history = grains.GetGrain<IAutomationHistoryGrain>(series.Tenant);
        var days = new HashSet<DateOnly>();
        long? before = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var firings = await history.QueryAsync(new FiringQuery(PageSize, Kind: FiringKind.Fired, From: from, Before: before, DryRun: false));
            foreach (var firing in firings.Items.Select(f => f.Firing).Where(f => Changes(f) && Within(series, f.Target)))
            {
                var day = DailySchedule.LocalDate(firing.At, zone);
                days.Add(day);
                days.Add(day.AddDays(1));
            }

            if (firings.Next is not { } next)
            {
                break;
            }

            before = next;
        }

        return days;
    }

    private static bool Changes(RuleFiring firing) =>
        firing.Actions.Any(a => a.Result == ActionResult.Applied && SpendActions.Contains(a.Type));

    /// <summary>Whether a firing's target (a campaign key, maybe with an ad set or creative after it) belongs to the series.</summary>
    public static bool Within(ForecastSeries series, string target) => series.Level switch
    {
        ForecastLevel.Campaign => target == series.Campaign().ToString() || target.StartsWith(series.Campaign() + "/", StringComparison.Ordinal),
        ForecastLevel.Platform => target.Split('/') is [_, var platform, ..] && Enum.TryParse<AdPlatform>(platform, ignoreCase: true, out var p) && p == series.Platform(),
        _ => true,
    };
}
