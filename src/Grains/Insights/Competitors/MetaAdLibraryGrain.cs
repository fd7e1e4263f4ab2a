using System.Globalization;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Insights.Competitors;

/// <summary>Keeps a tenant's Meta Ad Library periods from one source and raises <c>competitor.adsJumped</c> through the tenant's alert router when an import shows a competitor's ads or spend at least doubling.</summary>
[GrainType("meta-ad-library")]
public sealed class MetaAdLibraryGrain(
    [PersistentState("periods", StorageNames.Default)] IPersistentState<MetaAdLibraryState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IMetaAdLibraryGrain
{
    private (string Tenant, string Source) Scope => MetaAdSources.Parse(this.GetPrimaryKeyString());

    public async Task<MetaImportResult> ImportAsync(MetaAdLibraryImport import)
    {
        var periods = state.State.Periods;
        var same = periods.FindIndex(p => p.Imported.Period == import.Period);
        if (periods.FirstOrDefault(p => p.Imported.Period != import.Period && Overlaps(p.Imported.Period, import.Period)) is { } clash)
        {
            throw new ConflictException(string.Create(CultureInfo.InvariantCulture,
                $"The period {import.Period.From:yyyy-MM-dd} to {import.Period.To:yyyy-MM-dd} overlaps the imported period {clash.Imported.Period.From:yyyy-MM-dd} to {clash.Imported.Period.To:yyyy-MM-dd}: import periods that do not overlap (one 7-day report a week), or the same dates again to replace it."));
        }

        if (same < 0 && periods.Count >= MetaAdLibraryState.MaxPeriods)
        {
            throw new ConflictException($"This source holds {MetaAdLibraryState.MaxPeriods} periods, the most kept; import a period already held to replace it.");
        }

        var imported = new MetaImportedPeriod(import.Period, import.Currency, import.Country, import.Rows.Count, import.FileName, import.ImportedBy, clock.GetUtcNow());
        var stored = new StoredMetaPeriod(imported, import.Rows);
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
        var jumps = MetaAdAnalysis.JumpsInto(periods, at).Concat(MetaAdAnalysis.JumpsInto(periods, at + 1)).ToList();
        var router = GrainFactory.GetGrain<IAlertRouterGrain>(Scope.Tenant);
        foreach (var jump in jumps)
        {
            await router.RaiseAsync(JumpAlert(jump));
        }

        return new MetaImportResult(imported, same >= 0, jumps, Scope.Source);
    }

    public Task<MetaAdTrends> GetTrendsAsync()
    {
        var periods = state.State.Periods;
        return Task.FromResult(new MetaAdTrends(
            Scope.Source, [.. periods.Select(p => p.Imported)], MetaAdAnalysis.Trends(periods), MetaAdAnalysis.AllJumps(periods)));
    }

    private Alert JumpAlert(MetaAdJump jump)
    {
        var what = jump.Metric == "ads" ? "active ads" : "spend";
        var text = string.Create(CultureInfo.InvariantCulture,
            $"{jump.PageName}'s {what} in the Meta Ad Library went from {jump.Before} ({jump.From.From:yyyy-MM-dd} to {jump.From.To:yyyy-MM-dd}) to {jump.After} ({jump.To.From:yyyy-MM-dd} to {jump.To.To:yyyy-MM-dd}): at least {jump.Ratio:0.##} times as much.");
        return new Alert(
            "competitor.adsJumped", AlertSeverity.Warning,
            string.Create(CultureInfo.InvariantCulture, $"{jump.PageName}: {what} ×{jump.Ratio:0.#} on Meta"), text,
            $"competitor.adsJumped:{this.GetPrimaryKeyString()}:{jump.Key}:{jump.Metric}:{jump.To.From:yyyy-MM-dd}:{jump.To.To:yyyy-MM-dd}",
            clock.GetUtcNow(),
            Target: this.GetPrimaryKeyString(),
            Fields: new Dictionary<string, string>
            {
                ["page"] = jump.PageName,
                ["pageKey"] = jump.Key,
                ["metric"] = jump.Metric,
                ["before"] = jump.Before.ToString(),
                ["after"] = jump.After.ToString(),
                ["ratio"] = jump.Ratio.ToString("0.##", CultureInfo.InvariantCulture),
                ["from"] = string.Create(CultureInfo.InvariantCulture, $"{jump.From.From:yyyy-MM-dd}/{jump.From.To:yyyy-MM-dd}"),
                ["to"] = string.Create(CultureInfo.InvariantCulture, $"{jump.To.From:yyyy-MM-dd}/{jump.To.To:yyyy-MM-dd}"),
                ["source"] = Scope.Source,
            });
    }

    private static bool Overlaps(Campaigns.DateRange a, Campaigns.DateRange b) => a.From <= b.To && b.From <= a.To;
}
