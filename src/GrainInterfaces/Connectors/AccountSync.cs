namespace GrainMarketing.Connectors;

/// <summary>Where one connected account's sync stands.</summary>
/// <param name="BackfillFrom">The first day the backfill reaches (the admin chose how many days).</param>
/// <param name="BackfilledFrom">The earliest day pulled so far: the backfill is done when it reaches <paramref name="BackfillFrom"/>.</param>
/// <param name="LastSuccessAt">When a pull last succeeded.</param>
/// <param name="NextRunAt">When the next pull is due (a throttled account waits for the platform).</param>
/// <param name="WaitingUntil">The platform asked us to wait until then; no request goes out before.</param>
/// <param name="Quota">The platform's own word on how much of its request budget is left, as its last answer said it.</param>
/// <param name="Attribution">The attribution the conversions were read with, as the platform names it.</param>
/// <param name="Runs">The newest pulls, newest first.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.AccountSync")]
public sealed record AccountSync(
    [property: Id(0)] string AccountId,
    [property: Id(1)] string? Currency,
    [property: Id(2)] string? TimeZone,
    [property: Id(3)] DateOnly BackfillFrom,
    [property: Id(4)] DateOnly? BackfilledFrom,
    [property: Id(5)] DateTimeOffset? LastSuccessAt,
    [property: Id(6)] DateTimeOffset? NextRunAt,
    [property: Id(7)] DateTimeOffset? WaitingUntil,
    [property: Id(8)] string? Quota,
    [property: Id(9)] string? Attribution,
    [property: Id(10)] long RowsPulled,
    [property: Id(11)] long RestatedDays,
    [property: Id(12)] IReadOnlyList<SyncRun> Runs)
{
    /// <summary>The longest backfill an admin may ask for: two years.</summary>
    public const int MaxBackfillDays = 730;

    public bool BackfillDone => BackfilledFrom is { } from && from <= BackfillFrom;
}
