namespace GrainMarketing.ApiHost.RateLimiting;

/// <summary>A request carries more records than the caller's <c>IngestEvents</c> bucket can ever hold, so no amount of waiting lets it through (413).</summary>
/// <remarks>The client must split it.</remarks>
public sealed class IngestBatchTooLargeException(int events, int tokenLimit)
    : Exception($"The request carries {events} records but RateLimits:IngestEvents lets a caller send at most {tokenLimit} at once; "
        + $"split it into batches of at most {tokenLimit} records.");
