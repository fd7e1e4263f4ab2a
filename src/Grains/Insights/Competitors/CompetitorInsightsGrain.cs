using System.Globalization;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Insights.Competitors;

/// <summary>Keeps one scope's auction-insights periods and raises <c>competitor.jumped</c> through the tenant's alert router when an import shows one.</summary>
[GrainType("competitor-insights")]
public sealed class CompetitorInsightsGrain(
    [PersistentState("periods", StorageNames.Default)] IPersistentState<CompetitorInsightsState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, ICompetitorInsightsGrain
{
    private (string Tenant, string? Campaign) Scope => CompetitorScope.Parse(this.GetPrimaryKeyString());

    public async Task<CompetitorImportResult> ImportAsync(AuctionInsightsImport import)
    {
        var periods = state.State.Periods;
        var same = periods.FindIndex(p => p.Imported.Period == import.Period);
        if (periods.FirstOrDefault(p => p.Imported.Period != import.Period && Overlaps(p.Imported.Period, import.Period)) is { } clash)
        {
            throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"The period {import.Period.From:yyyy-MM-dd} to {import.Period.To:yyyy-MM-dd} overlaps the imported period {clash.Imported.Period.From:yyyy-MM-dd} to {clash.Imported.Period.To:yyyy-MM-dd}: import periods that do not overlap, or the same dates again to replace it."));
        }

        if (same < 0 && periods.Count >= CompetitorInsightsState.MaxPeriods)
        {
            throw new ConflictException($"This scope holds {CompetitorInsightsState.MaxPeriods} periods, the most kept; import a period already held to replace it.");
        }

        var imported = new ImportedPeriod(import.Period, import.Rows.Count, import.FileName, import.ImportedBy, clock.GetUtcNow());
        var stored = new StoredAuctionPeriod(imported, import.Rows);
        if (same >= 0)
        {
            periods[same] = stored;
        }
        else
        {
            periods.Add(stored);
            periods.Sort((a, b) => a.Imported.Period.From.CompareTo(b.Imported.Period.From));
        }

        await state.WriteStateAsync();

        // Only the moves into and out of the new period are new; the ones between older periods were alerted on when they came.
        var at = periods.IndexOf(stored);
        var threshold = await ThresholdAsync();
        var jumps = CompetitorAnalysis.JumpsInto(periods, at, threshold).Concat(CompetitorAnalysis.JumpsInto(periods, at + 1, threshold)).ToList();
        var router = GrainFactory.GetGrain<IAlertRouterGrain>(Scope.Tenant);
        foreach (var jump in jumps)
        {
            await router.RaiseAsync(JumpAlert(jump, threshold));
        }

        return new CompetitorImportResult(imported, same >= 0, jumps);
    }

    public async Task<CompetitorTrends> GetTrendsAsync()
    {
        var periods = state.State.Periods;
        return new CompetitorTrends(
            Scope.Campaign,
            [.. periods.Select(p => p.Imported)],
            CompetitorAnalysis.Trends(periods),
            CompetitorAnalysis.AllJumps(periods, await ThresholdAsync()));
    }

    private async Task<decimal> ThresholdAsync() =>
        (await GrainFactory.GetGrain<ITenantGrain>(Scope.Tenant).GetAsync()).Settings.CompetitorJumpPoints ?? Tenants.TenantRules.DefaultCompetitorJumpPoints;

    private Alert JumpAlert(CompetitorJump jump, decimal threshold)
    {
        var scope = Scope.Campaign is { } campaign ? $"campaign {campaign}" : "the account";
        var what = jump.Metric == "overlapRate" ? "overlap rate" : "outranking share";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{jump.Domain}'s {what} in {scope} went from {Text(jump.Before)} ({jump.From.From:yyyy-MM-dd} to {jump.From.To:yyyy-MM-dd}) to {Text(jump.After)} ({jump.To.From:yyyy-MM-dd} to {jump.To.To:yyyy-MM-dd}): {jump.Points:+0.##;-0.##} points, past the {threshold:0.##}-point threshold.");
        return new Alert(
            "competitor.jumped", AlertSeverity.Warning,
            $"{jump.Domain}: {what} {(jump.Points > 0 ? "up" : "down")} {Math.Abs(jump.Points):0.##} points in {scope}", text,
            $"competitor.jumped:{this.GetPrimaryKeyString()}:{jump.Domain}:{jump.Metric}:{jump.To.From:yyyy-MM-dd}:{jump.To.To:yyyy-MM-dd}",
            clock.GetUtcNow(),
            Target: this.GetPrimaryKeyString(),
            Fields: new Dictionary<string, string>
            {
                ["domain"] = jump.Domain,
                ["metric"] = jump.Metric,
                ["before"] = Text(jump.Before),
                ["after"] = Text(jump.After),
                ["points"] = jump.Points.ToString("0.##", CultureInfo.InvariantCulture),
                ["from"] = string.Create(CultureInfo.InvariantCulture, $"{jump.From.From:yyyy-MM-dd}/{jump.From.To:yyyy-MM-dd}"),
                ["to"] = string.Create(CultureInfo.InvariantCulture, $"{jump.To.From:yyyy-MM-dd}/{jump.To.To:yyyy-MM-dd}"),
                ["campaign"] = Scope.Campaign ?? "",
            });
    }

    private static string Text(AuctionShare share) =>
        share.Percent is { } p ? p.ToString("0.##", CultureInfo.InvariantCulture) + "%" : share.BelowTen ? "< 10%" : "--";

    private static bool Overlaps(Campaigns.DateRange a, Campaigns.DateRange b) => a.From <= b.To && b.From <= a.To;
}
