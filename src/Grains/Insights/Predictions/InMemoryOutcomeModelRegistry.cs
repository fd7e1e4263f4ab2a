using System.Collections.Concurrent;

namespace GrainMarketing.Insights.Predictions;

/// <summary>The Memory profile's model registry and training runs, for the silo's lifetime.</summary>
public sealed class InMemoryOutcomeModelRegistry : IOutcomeModelRegistry
{
    private readonly ConcurrentDictionary<string, TenantModels> _tenants = new(StringComparer.Ordinal);

    public Task<OutcomeModelVersion> AddAsync(string tenant, TrainedOutcomeModel model, DateTimeOffset trainedAt, bool live, CancellationToken cancellationToken)
    {
        var models = Of(tenant);
        lock (models)
        {
            var version = model.AsVersion(models.Versions.Count == 0 ? 1 : models.Versions.Max(stored => stored.Version.Version) + 1, trainedAt);
            models.Versions.Add(new StoredVersion(version, model.Package));
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
            return Task.FromResult(new RegisteredModels(
                [.. models.Versions.Select(stored => stored.Version with { PackagePruned = stored.Package is null }).OrderByDescending(version => version.Version)], models.Live));
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
            return Task.FromResult(models.Versions.FirstOrDefault(stored => stored.Version.Version == version)?.Package);
        }
    }

    public Task<int> PrunePackagesAsync(string tenant, int kept, CancellationToken cancellationToken)
    {
        if (!_tenants.TryGetValue(tenant, out var models))
        {
            return Task.FromResult(0);
        }

        lock (models)
        {
            var newest = models.Versions.Count == 0 ? 0 : models.Versions.Max(stored => stored.Version.Version);
            var pruned = 0;
            foreach (var stored in models.Versions.Where(stored => stored.Package is not null && stored.Version.Version <= newest - kept && stored.Version.Version != models.Live))
            {
                stored.Package = null;
                pruned++;
            }

            return Task.FromResult(pruned);
        }
    }

    public Task SaveRunAsync(string tenant, TrainingRun run, CancellationToken cancellationToken)
    {
        var models = Of(tenant);
        lock (models)
        {
            var index = models.Runs.FindIndex(stored => stored.Id == run.Id);
            if (index >= 0)
            {
                models.Runs[index] = run;
            }
            else
            {
                models.Runs.Add(run);
            }
        }

        return Task.CompletedTask;
    }

    public Task<TrainingRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken)
    {
        if (!_tenants.TryGetValue(tenant, out var models))
        {
            return Task.FromResult<TrainingRun?>(null);
        }

        lock (models)
        {
            return Task.FromResult(models.Runs.Find(run => run.Id == id));
        }
    }

    public Task<IReadOnlyList<TrainingRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken)
    {
        if (!_tenants.TryGetValue(tenant, out var models))
        {
            return Task.FromResult<IReadOnlyList<TrainingRun>>([]);
        }

        lock (models)
        {
            // Stored in the order first saved, so reversing keeps the later of two runs queued at one instant first.
            return Task.FromResult<IReadOnlyList<TrainingRun>>([.. Enumerable.Reverse(models.Runs).OrderByDescending(run => run.QueuedAt).Take(limit)]);
        }
    }

    private TenantModels Of(string tenant) => _tenants.GetOrAdd(tenant, _ => new TenantModels());

    private sealed class StoredVersion(OutcomeModelVersion version, byte[] package)
    {
        public OutcomeModelVersion Version { get; } = version;

        public byte[]? Package { get; set; } = package;
    }

    private sealed class TenantModels
    {
        public List<StoredVersion> Versions { get; } = [];

        public List<TrainingRun> Runs { get; } = [];

        public int? Live { get; set; }
    }
}
