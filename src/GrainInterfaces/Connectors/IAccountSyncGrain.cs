using Orleans.Concurrency;

namespace GrainMarketing.Connectors;

/// <summary>
/// Pulls one connected ad account's reporting (key <see cref="AccountRef.Key"/>: <c>{tenant}/{connectionId}/{accountId}</c>):
/// a backfill in chunks, today every interval, and the platform's restatement window once a day, each applied as snapshots.
/// </summary>
public interface IAccountSyncGrain : IGrainWithStringKey
{
    /// <summary>Starts syncing the account with a backfill of <paramref name="backfillDays"/> days (today included); an account already syncing keeps its progress and only reaches further back.</summary>
    Task StartAsync(Metrics.AdPlatform platform, ConnectedAccount account, int backfillDays);

    /// <summary>Pulls now, unless the platform asked us to wait: the next backfill chunk while one is left, else today, or with <paramref name="restatement"/> the whole restatement window.</summary>
    Task<AccountSync> SyncNowAsync(bool restatement);

    /// <summary>Stops syncing and forgets the progress; the numbers already applied stay.</summary>
    Task StopAsync();

    /// <summary>The sync's status, or null when the account does not sync.</summary>
    [AlwaysInterleave]
    Task<AccountSync?> GetAsync();
}
