using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Persistence;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Experiments;

/// <summary>One experiment: unit-level tallies from observation batches, or its campaigns' metrics, analysed by <see cref="ExperimentAnalyzer"/>.</summary>
/// <remarks>
/// Results are kept in memory and answered from there: a unit-level experiment's change only with a batch,
/// a campaign experiment's are refreshed from its campaigns at most every <see cref="CampaignRefresh"/>, so a
/// dashboard that polls costs no campaign calls. A refresh that lowers an always-valid p-value stores the new minimum.
/// </remarks>
[GrainType("experiment")]
public sealed class ExperimentGrain(
    [PersistentState("experiment", StorageNames.Default)] IPersistentState<ExperimentState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IExperimentGrain
{
    public const string ConversionMeasure = "conversionRate";
    public const string ValueMeasure = "valuePerUnit";

    public static readonly TimeSpan CampaignRefresh = TimeSpan.FromMinutes(1);

    private readonly LostWriteGuard _writes = new("experiment");
    private ExperimentResults? _results;

    private string Tenant => this.GetPrimaryKeyString().Split('/')[0];

    private Experiment Current => state.State.Experiment ?? throw new NotFoundException("Experiment", this.GetPrimaryKeyString().Split('/')[^1]);

    public async Task StartAsync(Experiment experiment, DateOnly? dataFrom)
    {
        _writes.ThrowIfLost();
        state.State = new ExperimentState
        {
            Experiment = experiment,
            Tallies = [.. experiment.Draft.Variants.Select(_ => default(VariantTally))],
            DataFrom = dataFrom,
        };
        _results = null;
        await WriteAsync();
    }

    public async Task<ExperimentResults> RecordAsync(IReadOnlyList<Observation> observations, string? batchKey)
    {
        _writes.ThrowIfLost();
        var experiment = Current;
        if (experiment.Draft.Metric.UsesCampaigns())
        {
            throw ValidationFailed("observations", $"This experiment compares campaigns by {EnumNames.Camel(experiment.Draft.Metric)}: its numbers come from their metrics, not from observations.");
        }

        var errors = ExperimentRules.ValidateObservations(observations, experiment.Draft.Variants);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (experiment.Status == ExperimentStatus.Stopped)
        {
            throw new ConflictException($"Experiment '{experiment.Id}' was stopped at {experiment.StoppedAt:O}; it takes no more observations.");
        }

        if (batchKey is not null && state.State.RecentBatches.Contains(batchKey, StringComparer.Ordinal))
        {
            return await GetResultsAsync();
        }

        var index = experiment.Draft.Variants.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var tallies = state.State.Tallies.ToArray();
        foreach (var observation in observations)
        {
            var i = index[observation.Variant];
            tallies[i] = tallies[i].Add(observation.Converted, observation.Value);
        }

        state.State.Tallies = [.. tallies];
        if (batchKey is not null)
        {
            Remember(state.State.RecentBatches, batchKey);
        }

        var results = Analyze(experiment, UnitMeasures(tallies));
        await WriteAsync();
        return _results = results;
    }

    public async Task<Experiment> StopAsync(DateTimeOffset at)
    {
        _writes.ThrowIfLost();
        var experiment = Current;
        if (experiment.Status == ExperimentStatus.Stopped)
        {
            return experiment;
        }

        state.State.Experiment = experiment with { Status = ExperimentStatus.Stopped, StoppedAt = at };
        _results = null;
        await WriteAsync();
        return state.State.Experiment;
    }

    public async Task<ExperimentResults> GetResultsAsync()
    {
        _writes.ThrowIfLost();
        var experiment = Current;
        if (_results is not null && (!experiment.Draft.Metric.UsesCampaigns() || clock.GetUtcNow() - _results.ComputedAt < CampaignRefresh))
        {
            return _results;
        }

        var before = state.State.Minima;
        var measures = experiment.Draft.Metric.UsesCampaigns() ? [await CampaignMeasureAsync(experiment)] : UnitMeasures(state.State.Tallies);
        var results = Analyze(experiment, measures);
        if (!state.State.Minima.OrderBy(p => p.Key).SequenceEqual(before.OrderBy(p => p.Key)))
        {
            await WriteAsync();
        }

        return _results = results;
    }

    private ExperimentResults Analyze(Experiment experiment, IReadOnlyList<MeasureTallies> measures)
    {
        var (results, minima) = ExperimentAnalyzer.Analyze(experiment, measures, state.State.Minima, clock.GetUtcNow(), state.State.DataFrom);
        state.State.Minima = minima;
        return results;
    }

    private static List<MeasureTallies> UnitMeasures(IReadOnlyList<VariantTally> tallies) =>
    [
        new(ConversionMeasure, Proportion: true, LowerIsBetter: false, Sequential: true, tallies),
        new(ValueMeasure, Proportion: false, LowerIsBetter: false, Sequential: false, tallies),
    ];

    /// <summary>Each campaign's days from the start day to the tenant's today, read side by side.</summary>
    private async Task<MeasureTallies> CampaignMeasureAsync(Experiment experiment)
    {
        var metric = experiment.Draft.Metric;
        var tenant = await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync();
        var today = DailySchedule.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(tenant.Settings.TimeZone));
        var from = state.State.DataFrom ?? today;
        var range = new DateRange(from, today < from ? from : today);
        var series = await Task.WhenAll(experiment.Draft.Variants.Select(variant =>
            GrainFactory.GetGrain<ICampaignGrain>(CampaignKeyOf(variant)).GetDailySeriesAsync(range)));
        return new MeasureTallies(EnumNames.Camel(metric), metric.IsProportion(), metric.LowerIsBetter(), Sequential: true, [.. series.Select(days => CampaignTallies.From(metric, days))]);
    }

    /// <summary>The campaign grain's key of a variant as the API stored it (<c>meta:916</c>, platform in lower case).</summary>
    private string CampaignKeyOf(string variant)
    {
        var colon = variant.IndexOf(':', StringComparison.Ordinal);
        return $"{Tenant}/{variant[..colon]}/{variant[(colon + 1)..]}";
    }

    private static void Remember(List<string> batches, string batchKey)
    {
        batches.Add(batchKey);
        if (batches.Count > ExperimentRules.RememberedBatches)
        {
            batches.RemoveAt(0);
        }
    }

    private Task WriteAsync() => _writes.WriteAsync(state.WriteStateAsync, DeactivateOnIdle);

    private static ValidationFailedException ValidationFailed(string field, string reason) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] });
}
