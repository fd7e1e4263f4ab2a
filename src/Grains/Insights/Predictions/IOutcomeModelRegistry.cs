namespace GrainMarketing.Insights.Predictions;

/// <summary>Every trained version of each tenant's campaign-outcome model, with its package, and which one is live.</summary>
public interface IOutcomeModelRegistry
{
    /// <summary>Stores <paramref name="model"/> as the tenant's next version (one above the highest so far); when <paramref name="live"/>, it replaces the live version in the same write.</summary>
    Task<OutcomeModelVersion> AddAsync(string tenant, TrainedOutcomeModel model, DateTimeOffset trainedAt, bool live, CancellationToken cancellationToken);

    /// <summary>The tenant's versions, newest first, and the live one.</summary>
    Task<RegisteredModels> ListAsync(string tenant, CancellationToken cancellationToken);

    /// <summary>The serialized models of one version, or null when the tenant has no such version.</summary>
    Task<byte[]?> LoadPackageAsync(string tenant, int version, CancellationToken cancellationToken);
}
