using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Tenants;
using Microsoft.Kiota.Abstractions.Serialization;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Customers;

/// <summary>What the analysis runs counted: each pattern's size per run, read from the API's open <c>patternCounts</c> map.</summary>
public static class RunCounts
{
    /// <summary>The run's count of <paramref name="pattern"/>; null when the run did not count it (it failed, or is still running).</summary>
    public static int? Of(AnalysisRun run, BehaviorPattern pattern) =>
        run.PatternCounts?.AdditionalData is { } counts && counts.TryGetValue(Patterns.ApiName(pattern), out var value) ? Number(value) : null;

    /// <summary>Segment sizes over the finished runs, oldest first: one line per pattern that any run counted.</summary>
    public static List<ChartSeries<double>> History(IReadOnlyList<AnalysisRun> runs) =>
        [.. Patterns.All
            .Where(pattern => Finished(runs).Any(run => Of(run, pattern) is > 0))
            .Select(pattern => new ChartSeries<double>
            {
                Name = Patterns.Label(pattern),
                Data = new ChartData<double>([.. Finished(runs).Select(run => (double)(Of(run, pattern) ?? 0))]),
            })];

    /// <summary>The x axis of <see cref="History"/>: each finished run's start, oldest first.</summary>
    public static string[] Labels(IReadOnlyList<AnalysisRun> runs, TenantClock clock) =>
        [.. Finished(runs).Select(run => clock.Format(run.StartedAt, "MMM d HH:mm"))];

    private static IEnumerable<AnalysisRun> Finished(IReadOnlyList<AnalysisRun> runs) =>
        runs.Where(run => run.Status == AnalysisRunStatus.Succeeded).OrderBy(run => run.StartedAt);

    private static int? Number(object? value) => value switch
    {
        UntypedInteger number => number.GetValue(),
        UntypedLong number => (int)number.GetValue(),
        UntypedDouble number => (int)number.GetValue(),
        UntypedDecimal number => (int)number.GetValue(),
        int number => number,
        long number => (int)number,
        double number => (int)number,
        decimal number => (int)number,
        _ => null,
    };
}
