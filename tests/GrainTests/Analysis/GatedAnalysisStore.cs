using System.Collections.Concurrent;
using GrainMarketing.Analysis;
using GrainMarketing.Offers;

namespace GrainMarketing.GrainTests.Analysis;

/// <summary>
/// The in-memory analysis store, whose pass over a tenant's customers a test can hold until it lets it
/// go: a run then stays running for exactly as long as the test needs.
/// </summary>
public sealed class GatedAnalysisStore(IAnalysisStore inner) : IAnalysisStore
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _gates = new(StringComparer.Ordinal);

    /// <summary>Holds the tenant's next passes; complete the returned source to let them go.</summary>
    public TaskCompletionSource Hold(string tenant) =>
        _gates.GetOrAdd(tenant, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    public async Task<AnalysisFindings> AnalyzeAsync(string tenant, Guid run, DateTimeOffset at, double highSpenderTopShare, CancellationToken cancellationToken)
    {
        if (_gates.TryGetValue(tenant, out var gate))
        {
            await gate.Task.WaitAsync(cancellationToken);
        }

        return await inner.AnalyzeAsync(tenant, run, at, highSpenderTopShare, cancellationToken);
    }

    public Task<IReadOnlyList<AnalysisMembership>> ReadSnapshotAsync(string tenant, Guid run, CancellationToken cancellationToken) =>
        inner.ReadSnapshotAsync(tenant, run, cancellationToken);

    public Task<IReadOnlyList<string>> DisagreeingAsync(string tenant, decimal? threshold, CancellationToken cancellationToken) =>
        inner.DisagreeingAsync(tenant, threshold, cancellationToken);

    public Task<int> CountAsync(string tenant, TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold, CancellationToken cancellationToken) =>
        inner.CountAsync(tenant, criteria, risingRatio, highSpenderThreshold, cancellationToken);

    public Task SaveRunAsync(string tenant, AnalysisRun run, CancellationToken cancellationToken) => inner.SaveRunAsync(tenant, run, cancellationToken);

    public Task<AnalysisRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken) => inner.FindRunAsync(tenant, id, cancellationToken);

    public Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken) =>
        inner.ListRunsAsync(tenant, limit, cancellationToken);
}
