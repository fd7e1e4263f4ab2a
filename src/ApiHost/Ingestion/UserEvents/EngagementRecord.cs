namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>One step of a customer with an offer as clients send it (JSON batch, NDJSON line, CSV row).</summary>
/// <remarks><see cref="EngagementRecordMapper"/> validates it and turns it into a <see cref="GrainMarketing.Profiles.Engagement"/>.</remarks>
/// <param name="UserId">The customer: 1-100 letters, digits or <c>- _ . @ : +</c>.</param>
/// <param name="EventId">Makes a re-sent event count once; derived from the record's content when absent.</param>
/// <param name="Kind">delivered, viewed, clicked or converted.</param>
/// <param name="Campaign">The offer campaign, at most 100 characters.</param>
/// <param name="Timestamp">ISO 8601 with an offset or Z.</param>
/// <param name="Amount">Required for converted (greater than 0, at most 4 decimals, in the tenant's currency); refused for the other kinds.</param>
public sealed record EngagementRecord(
    string? UserId,
    string? EventId,
    string? Kind,
    string? Campaign,
    string? Timestamp,
    decimal? Amount = null);
