using System.Collections.Concurrent;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.Analysis;

/// <summary>The Memory profile's analysis tables: the SQL's rules over <see cref="InMemoryCustomerTable"/>, for the silo's lifetime.</summary>
/// <remarks>
/// Passes over <see cref="InMemoryCustomerTable"/> with the same rules as the SQL, the newest
/// <see cref="IAnalysisStore.SnapshotsKept"/> snapshots and the newest <see cref="RunsKept"/> runs per
/// tenant, for the silo's lifetime. The passes over every customer run on the thread pool, as the SQL runs
/// on the server: the analysis grain answers its queries meanwhile.
/// </remarks>
public sealed class InMemoryAnalysisStore(InMemoryCustomerTable customers) : IAnalysisStore
{
    public const int RunsKept = 400;

    private readonly ConcurrentDictionary<string, TenantAnalyses> _tenants = new(StringComparer.Ordinal);

    public Task<AnalysisFindings> AnalyzeAsync(string tenant, Guid run, DateTimeOffset at, double highSpenderTopShare, CancellationToken cancellationToken) =>
        Task.Run(() => Analyze(tenant, run, at, highSpenderTopShare), cancellationToken);

    /// <summary>One pass to gather, one sort per quintile and one for the snapshot's order: no per-customer allocation beyond the snapshot itself.</summary>
    private AnalysisFindings Analyze(string tenant, Guid run, DateTimeOffset at, double highSpenderTopShare)
    {
        var rows = customers.Snapshot(tenant);
        var (spends, transactions, recency) = (new decimal[rows.Count], new int[rows.Count], new int[rows.Count]);
        for (var i = 0; i < rows.Count; i++)
        {
            (spends[i], transactions[i], recency[i]) = (rows[i].Spend, rows[i].Transactions, RfmQuintiles.RecencyDays(at, rows[i].LastSeen));
        }

        var threshold = RfmQuintiles.HighSpenderThreshold(spends, highSpenderTopShare);
        var (recencyCuts, frequencyCuts, monetaryCuts) = rows.Count == 0
            ? ([], [], [])
            : (RfmQuintiles.Cuts(recency)!, RfmQuintiles.Cuts(transactions)!, RfmQuintiles.Cuts(spends)!);
        var highSpender = PatternBits.Of(BehaviorPattern.HighSpender);
        var patterns = Enum.GetValues<BehaviorPattern>();
        var counts = new int[patterns.Length];
        var snapshot = new AnalysisMembership[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var bits = (row.Patterns & ~highSpender) | (RfmQuintiles.IsHighSpender(row.Spend, threshold) ? highSpender : 0);
            snapshot[i] = new AnalysisMembership(
                row.UserId,
                bits,
                RfmQuintiles.RecencyScore(recency[i], recencyCuts),
                RfmQuintiles.Score(row.Transactions, frequencyCuts),
                RfmQuintiles.Score(row.Spend, monetaryCuts),
                row.Spend);
            for (var p = 0; p < patterns.Length; p++)
            {
                counts[p] += PatternBits.Has(bits, patterns[p]) ? 1 : 0;
            }
        }

        Array.Sort(snapshot, static (a, b) => string.CompareOrdinal(a.UserId, b.UserId));
        Tenant(tenant).Keep(run, snapshot);
        var cuts = rows.Count == 0
            ? null
            : new RfmCuts([.. recencyCuts.Select(cut => (double)cut)], [.. frequencyCuts.Select(cut => (double)cut)], [.. monetaryCuts.Select(cut => (double)cut)]);
        return new AnalysisFindings(snapshot.Length, threshold, cuts, patterns.Select((pattern, p) => (pattern, counts[p])).ToDictionary());
    }

    public Task<IReadOnlyList<AnalysisMembership>> ReadSnapshotAsync(string tenant, Guid run, CancellationToken cancellationToken) =>
        Task.FromResult(Tenant(tenant).Snapshot(run));

    public Task<IReadOnlyList<string>> DisagreeingAsync(string tenant, decimal? threshold, CancellationToken cancellationToken) =>
        Task.Run<IReadOnlyList<string>>(() => [.. customers.Snapshot(tenant)
            .Where(row => row.Shows(BehaviorPattern.HighSpender) != RfmQuintiles.IsHighSpender(row.Spend, threshold))
            .Select(row => row.UserId)
            .Order(StringComparer.Ordinal)], cancellationToken);

    public Task<int> CountAsync(string tenant, TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold, CancellationToken cancellationToken) =>
        Task.Run(() => customers.Snapshot(tenant).Count(CustomerCriteria.Predicate(criteria, risingRatio, highSpenderThreshold)), cancellationToken);

    public Task SaveRunAsync(string tenant, AnalysisRun run, CancellationToken cancellationToken)
    {
        Tenant(tenant).Save(run);
        return Task.CompletedTask;
    }

    public Task<AnalysisRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken) =>
        Task.FromResult(Tenant(tenant).Runs(int.MaxValue).FirstOrDefault(run => run.Id == id));

    public Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken) =>
        Task.FromResult(Tenant(tenant).Runs(limit));

    private TenantAnalyses Tenant(string tenant) => _tenants.GetOrAdd(tenant, _ => new TenantAnalyses());

    /// <summary>One tenant's runs in the order first stored, and its snapshots oldest first.</summary>
    private sealed class TenantAnalyses
    {
        private readonly Lock _lock = new();
        private readonly List<AnalysisRun> _runs = [];
        private readonly List<(Guid Run, IReadOnlyList<AnalysisMembership> Members)> _snapshots = [];

        public void Keep(Guid run, IReadOnlyList<AnalysisMembership> members)
        {
            lock (_lock)
            {
                _snapshots.RemoveAll(snapshot => snapshot.Run == run);
                _snapshots.Add((run, members));
                if (_snapshots.Count > IAnalysisStore.SnapshotsKept)
                {
                    _snapshots.RemoveRange(0, _snapshots.Count - IAnalysisStore.SnapshotsKept);
                }
            }
        }

        public IReadOnlyList<AnalysisMembership> Snapshot(Guid run)
        {
            lock (_lock)
            {
                return _snapshots.FirstOrDefault(snapshot => snapshot.Run == run).Members ?? [];
            }
        }

        public void Save(AnalysisRun run)
        {
            lock (_lock)
            {
                var index = _runs.FindIndex(stored => stored.Id == run.Id);
                if (index >= 0)
                {
                    _runs[index] = run;
                    return;
                }

                _runs.Add(run);
                if (_runs.Count > RunsKept)
                {
                    _runs.Remove(_runs.MinBy(stored => stored.StartedAt)!);
                }
            }
        }

        public IReadOnlyList<AnalysisRun> Runs(int limit)
        {
            lock (_lock)
            {
                return [.. _runs.Select((run, order) => (run, order))
                    .OrderByDescending(entry => entry.run.StartedAt)
                    .ThenByDescending(entry => entry.order)
                    .Take(limit)
                    .Select(entry => entry.run)];
            }
        }
    }
}
