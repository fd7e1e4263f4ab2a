namespace GrainMarketing.Connectors.Sync;

/// <summary>An account sync's progress, persisted after every pull; bounded by <see cref="MaxRuns"/> runs and the fingerprints of the restatement window.</summary>
[GenerateSerializer, Alias("GrainMarketing.Connectors.AccountSyncState")]
public sealed class AccountSyncState
{
    public const int MaxRuns = 50;

    [Id(0)] public bool Exists { get; set; }

    /// <summary>The first day the backfill reaches.</summary>
    [Id(1)] public DateOnly BackfillFrom { get; set; }

    /// <summary>The earliest day pulled so far; null before the first chunk.</summary>
    [Id(2)] public DateOnly? BackfilledFrom { get; set; }

    [Id(3)] public DateTimeOffset? LastIntradayAt { get; set; }

    /// <summary>The account's day whose daily re-pull of the restatement window is done.</summary>
    [Id(4)] public DateOnly? LastRestatementDay { get; set; }

    /// <summary>The platform's "wait until": nothing is sent before.</summary>
    [Id(5)] public DateTimeOffset? WaitingUntil { get; set; }

    /// <summary>After a failed pull: when it is tried again (backing off).</summary>
    [Id(6)] public DateTimeOffset? RetryAt { get; set; }

    [Id(7)] public int Failures { get; set; }

    [Id(8)] public DateTimeOffset? LastSuccessAt { get; set; }

    [Id(9)] public string? Quota { get; set; }

    [Id(10)] public long RowsPulled { get; set; }

    [Id(11)] public long RestatedDays { get; set; }

    /// <summary>Newest first.</summary>
    [Id(12)] public List<SyncRun> Runs { get; set; } = [];

    /// <summary>A hash of each campaign-day's cells inside the restatement window, by <c>{campaign}|{yyyy-MM-dd}</c>: how restated days are found.</summary>
    [Id(13)] public Dictionary<string, ulong> Fingerprints { get; set; } = [];

    [Id(14)] public string? Currency { get; set; }

    [Id(15)] public string? TimeZone { get; set; }

    [Id(16)] public string? Attribution { get; set; }

    [Id(17)] public Metrics.AdPlatform Platform { get; set; }

    public bool BackfillDone => BackfilledFrom is { } from && from <= BackfillFrom;

    public void Record(SyncRun run)
    {
        Runs.Insert(0, run);
        if (Runs.Count > MaxRuns)
        {
            Runs.RemoveAt(Runs.Count - 1);
        }
    }
}
