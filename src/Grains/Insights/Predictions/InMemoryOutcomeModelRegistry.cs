using System.Collections.Concurrent;

namespace GrainMarketing.Insights.Predictions;

/// <summary>The Memory profile's model registry, for the silo's lifetime.</summary>
public sealed class InMemoryOutcomeModelRegistry : IOutcomeModelRegistry
{
    private readonly ConcurrentDictionary<string, TenantModels> _tenants = new(StringComparer.Ordinal);

    public Task<OutcomeModelVersion> AddAsync(string tenant, TrainedOutcomeModel model, DateTimeOffset trainedAt, bool live, CancellationToken cancellationToken)
    {
        var models = _tenants.GetOrAdd(tenant, _ => new TenantModels());
        lock (models)
        {
            var version = model.AsVersion(models.Versions.Count == 0 ? 1 : models.Versions.Max(stored => stored.Version.Version) + 1, trainedAt);
            models.Versions.Add((version, model.Package));
            if (live)
            {
                models.Live = version.Version;
            }

            return Task.FromResult(version);
        }
    }

    public Task<RegisteredModels> ListAsync(string tenant, CancellationToken cancellationToken)
    {
        if (!_tenants.TryGetValue(tenant, out var models))
        {
            return Task.FromResult(RegisteredModels.None);
        }

        lock (models)
        {
            return Task.FromResult(new RegisteredModels([.. models.Versions.Select(stored => stored.Version).OrderByDescending(version => version.Version)], models.Live));
        }
    }

    public Task<byte[]?> LoadPackageAsync(string tenant, int version, CancellationToken cancellationToken)
    {
        if (!_tenants.TryGetValue(tenant, out var models))
        {
            return Task.FromResult<byte[]?>(null);
        }

        lock (models)
        {
            return Task.FromResult<byte[]?>(models.Versions.FirstOrDefault(stored => stored.Version.Version == version).Package);
        }
    }

    private sealed class TenantModels
    {
        public List<(OutcomeModelVersion Version, byte[] Package)> Versions { get; } = [];

        public int? Live { get; set; }
    }
}
