using GrainMarketing.Errors;

namespace GrainMarketing.Experiments;

/// <summary>One experiment (keyed <c>{tenant}/{id}</c>): its definition, its variants' tallies and its live results.</summary>
/// <remarks>
/// Created through <see cref="IExperimentBookGrain"/>, which lists it. Unit-level experiments (conversionRate)
/// take observations in batches, one state write per batch; campaign experiments read their variants' daily
/// metrics since the tenant's day the experiment started, refreshed at most once a minute.
/// </remarks>
public interface IExperimentGrain : IGrainWithStringKey
{
    /// <summary>Stores a new experiment, replacing anything a failed earlier create left under this key.</summary>
    Task StartAsync(Experiment experiment, DateOnly? dataFrom);

    /// <summary>Adds a batch of observations to the variants' tallies, whole or not at all.</summary>
    /// <param name="batchKey">The caller's key for the batch: a batch whose key is among the last <see cref="ExperimentRules.RememberedBatches"/> is not counted again.</param>
    /// <exception cref="NotFoundException">No such experiment.</exception>
    /// <exception cref="ValidationFailedException">An observation names an unknown variant or a value out of range (each named by its JSON path), or the experiment's variants are campaigns.</exception>
    /// <exception cref="ConflictException">The experiment was stopped.</exception>
    Task<ExperimentResults> RecordAsync(IReadOnlyList<Observation> observations, string? batchKey);

    /// <exception cref="NotFoundException">No such experiment.</exception>
    Task<Experiment> StopAsync(DateTimeOffset at);

    /// <exception cref="NotFoundException">No such experiment.</exception>
    Task<ExperimentResults> GetResultsAsync();
}
