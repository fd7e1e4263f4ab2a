namespace GrainMarketing.Connectors;

/// <summary>One pull of one account: what it asked for, what it found, and how it ended.</summary>
/// <param name="Rows">Report rows the platform returned (after its own paging).</param>
/// <param name="Cells">Cells applied as snapshots (zero when the pull failed: a failed pull applies nothing).</param>
/// <param name="RestatedDays">Campaign-days pulled before whose numbers the platform has changed since.</param>
/// <param name="Requests">HTTP requests the pull made, retries included.</param>
/// <param name="Error">Why it failed, in the platform's words where it gave any; null when it succeeded.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.SyncRun")]
public sealed record SyncRun(
    [property: Id(0)] SyncKind Kind,
    [property: Id(1)] DateOnly Since,
    [property: Id(2)] DateOnly Until,
    [property: Id(3)] DateTimeOffset StartedAt,
    [property: Id(4)] DateTimeOffset FinishedAt,
    [property: Id(5)] int Rows,
    [property: Id(6)] int Cells,
    [property: Id(7)] int Campaigns,
    [property: Id(8)] int RestatedDays,
    [property: Id(9)] int Requests,
    [property: Id(10)] string? Error);
