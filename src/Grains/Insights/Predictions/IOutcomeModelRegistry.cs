namespace GrainMarketing.Insights.Predictions;

/// <summary>Every trained version of each tenant's campaign-outcome model, with its package while it is kept, which one is live, and the training runs.</summary>
public interface IOutcomeModelRegistry
{
    /// <summary>Stores <paramref name="model"/> as the tenant's next version (one above the highest so far); when <paramref name="live"/>, it replaces the live version in the same write.</summary>
    Task<OutcomeModelVersion> AddAsync(string tenant, TrainedOutcomeModel model, DateTimeOffset trainedAt, bool live, CancellationToken cancellationToken);

    /// <summary>The tenant's versions, newest first, and the live one.</summary>
    Task<RegisteredModels> ListAsync(string tenant, CancellationToken cancellationToken);

    /// <summary>The serialized models of one version, or null when the tenant has no such version or its package was pruned.</summary>
    Task<byte[]?> LoadPackageAsync(string tenant, int version, CancellationToken cancellationToken);

    /// <summary>Drops the packages of every version but the live one and the newest <paramref name="kept"/>; their figures stay listed. Answers how many packages it dropped.</summary>
    Task<int> PrunePackagesAsync(string tenant, int kept, CancellationToken cancellationToken);

    /// <summary>Stores the run, replacing an earlier state of the same run.</summary>
    Task SaveRunAsync(string tenant, TrainingRun run, CancellationToken cancellationToken);

    Task<TrainingRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken);

    /// <summary>The newest runs first (by when they were queued, then by when they were first stored).</summary>
    Task<IReadOnlyList<TrainingRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken);
}
