using GrainMarketing.Errors;
using GrainMarketing.Persistence;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Experiments;

/// <summary>A tenant's list of experiments; each experiment's data and results live in its own <see cref="ExperimentGrain"/>.</summary>
/// <remarks>
/// A create starts the experiment's grain before the book lists it, so a failed create leaves at most an unlisted
/// experiment under an id the next create reuses (and <see cref="IExperimentGrain.StartAsync"/> replaces).
/// </remarks>
[GrainType("experiment-book")]
public sealed class ExperimentBookGrain(
    [PersistentState("experiment-book", StorageNames.Default)] IPersistentState<ExperimentBookState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IExperimentBookGrain
{
    /// <summary>The most experiments a tenant keeps, running or stopped; bounds this grain's state.</summary>
    public const int MaxExperiments = 500;

    private readonly LostWriteGuard _writes = new("experiment book");

    private string Tenant => this.GetPrimaryKeyString();

    private List<Experiment> Experiments => state.State.Experiments;

    public async Task<Experiment> CreateAsync(ExperimentDraft draft, string actor)
    {
        _writes.ThrowIfLost();
        var errors = ExperimentRules.Validate(draft);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        if (Experiments.Count >= MaxExperiments)
        {
            throw new ConflictException($"The tenant has {MaxExperiments} experiments, as many as it may keep.");
        }

        var now = clock.GetUtcNow();
        var sequence = state.State.LastSequence + 1;
        var experiment = new Experiment($"exp-{sequence}", draft, RequiredSampleSize.For(draft), ExperimentStatus.Running, now, null, actor, sequence);
        DateOnly? dataFrom = null;
        if (draft.Metric.UsesCampaigns())
        {
            var tenant = await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync();
            dataFrom = DailySchedule.LocalDate(now, TimeZoneInfo.FindSystemTimeZoneById(tenant.Settings.TimeZone));
        }

        await Grain(experiment.Id).StartAsync(experiment, dataFrom);
        Experiments.Add(experiment);
        state.State.LastSequence = sequence;
        await WriteAsync();
        return experiment;
    }

    public Task<ExperimentPage> ListAsync(int limit, long? before)
    {
        var newest = Experiments.Where(e => before is null || e.Sequence < before).OrderByDescending(e => e.Sequence).Take(limit + 1).ToList();
        var page = newest.Take(limit).ToList();
        return Task.FromResult(new ExperimentPage(page, newest.Count > limit ? page[^1].Sequence : null));
    }

    public async Task<Experiment> StopAsync(string id)
    {
        _writes.ThrowIfLost();
        var index = Experiments.FindIndex(e => e.Id == id);
        if (index < 0)
        {
            throw new NotFoundException("Experiment", id);
        }

        if (Experiments[index].Status == ExperimentStatus.Stopped)
        {
            throw new ConflictException($"Experiment '{id}' was stopped already, at {Experiments[index].StoppedAt:O}.");
        }

        var stopped = await Grain(id).StopAsync(clock.GetUtcNow());
        Experiments[index] = stopped;
        await WriteAsync();
        return stopped;
    }

    private IExperimentGrain Grain(string id) => GrainFactory.GetGrain<IExperimentGrain>(ExperimentKeys.Of(Tenant, id));

    private Task WriteAsync() => _writes.WriteAsync(state.WriteStateAsync, DeactivateOnIdle);
}
