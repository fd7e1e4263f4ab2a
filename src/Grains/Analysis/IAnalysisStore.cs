using GrainMarketing.Offers;

namespace GrainMarketing.Analysis;

/// <summary>The daily analysis' set-based reads and writes over a tenant's customer table, and the runs it records.</summary>
/// <remarks>
/// The daily analysis' reads and writes over a tenant's customer table (<c>customer_profiles</c>, the
/// Memory profile's <see cref="Profiles.InMemoryCustomerTable"/>), each one set-based, and the runs it
/// records.
/// </remarks>
public interface IAnalysisStore
{
    /// <summary>Snapshots kept per tenant: the newest runs' memberships; older ones are deleted when a run takes its own.</summary>
    const int SnapshotsKept = 7;

    /// <summary>Judges every customer of <paramref name="tenant"/> as of <paramref name="at"/> and stores the run's membership snapshot.</summary>
    /// <remarks>
    /// Judges every customer of <paramref name="tenant"/> as of <paramref name="at"/>: the high-spender
    /// threshold (the 90-day spend at the top <paramref name="highSpenderTopShare"/> of customers who spent),
    /// the RFM cuts and each customer's quintile scores, stored as run <paramref name="run"/>'s membership
    /// snapshot, with the pattern counts of that snapshot. Keeps only the newest <see cref="SnapshotsKept"/>
    /// snapshots.
    /// </remarks>
    Task<AnalysisFindings> AnalyzeAsync(string tenant, Guid run, DateTimeOffset at, double highSpenderTopShare, CancellationToken cancellationToken);

    /// <summary>A run's membership snapshot in user id order (empty once pruned, or for a run that took none).</summary>
    Task<IReadOnlyList<AnalysisMembership>> ReadSnapshotAsync(string tenant, Guid run, CancellationToken cancellationToken);

    /// <summary>The customers whose stored high-spender bit disagrees with <paramref name="threshold"/> (90-day spend above zero and at or above it).</summary>
    Task<IReadOnlyList<string>> DisagreeingAsync(string tenant, decimal? threshold, CancellationToken cancellationToken);

    /// <summary>How many customers <paramref name="criteria"/> selects now (the rule of <see cref="Profiles.CustomerCriteria"/>).</summary>
    Task<int> CountAsync(string tenant, TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold, CancellationToken cancellationToken);

    /// <summary>Stores the run, replacing an earlier state of the same run.</summary>
    Task SaveRunAsync(string tenant, AnalysisRun run, CancellationToken cancellationToken);

    Task<AnalysisRun?> FindRunAsync(string tenant, Guid id, CancellationToken cancellationToken);

    /// <summary>The newest runs first (by start, then by when they were first stored).</summary>
    Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(string tenant, int limit, CancellationToken cancellationToken);
}
