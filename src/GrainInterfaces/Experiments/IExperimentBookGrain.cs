using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Experiments;

/// <summary>A tenant's experiments (keyed by the tenant's slug): the list people page through, newest first.</summary>
public interface IExperimentBookGrain : IGrainWithStringKey
{
    /// <summary>Creates and starts an experiment with its required sample size.</summary>
    /// <exception cref="ValidationFailedException">A field is out of range (each named by its JSON path).</exception>
    /// <exception cref="ConflictException">The tenant has as many experiments as it may keep.</exception>
    Task<Experiment> CreateAsync(ExperimentDraft draft, string actor);

    /// <summary>Experiments newest first, <paramref name="limit"/> at a time, those created before the <paramref name="before"/> cursor.</summary>
    [ReadOnly]
    Task<ExperimentPage> ListAsync(int limit, long? before);

    /// <summary>Stops an experiment: it takes no more data and its verdict becomes final.</summary>
    /// <exception cref="NotFoundException">No such experiment.</exception>
    /// <exception cref="ConflictException">It was stopped already.</exception>
    Task<Experiment> StopAsync(string id);
}
