namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>One purchase by a tenant's customer as clients send it (JSON batch, NDJSON line, CSV row).</summary>
/// <remarks>
/// <see cref="TransactionRecordMapper"/> validates it and turns it into a
/// <see cref="GrainMarketing.Profiles.Transaction"/>. Refunds (negative amounts) are not taken.
/// </remarks>
/// <param name="UserId">The customer: 1-100 letters, digits or <c>- _ . @ : +</c>.</param>
/// <param name="EventId">Makes a re-sent transaction count once; derived from the record's content when absent.</param>
/// <param name="Amount">Greater than 0, at most 4 decimals, in <paramref name="Currency"/>.</param>
/// <param name="Currency">ISO 4217 code; upper-cased.</param>
/// <param name="Timestamp">ISO 8601 with an offset or Z, such as <c>2026-11-20T18:05:00+01:00</c>.</param>
/// <param name="Category">Lower-cased.</param>
/// <param name="City">Where the purchase happened; <paramref name="Latitude"/> and <paramref name="Longitude"/> optional, both or neither.</param>
/// <param name="Channel">How it was bought, such as <c>online</c> or <c>store</c>.</param>
public sealed record TransactionRecord(
    string? UserId,
    string? EventId,
    decimal? Amount,
    string? Currency,
    string? Timestamp,
    string? Merchant = null,
    string? Category = null,
    string? City = null,
    double? Latitude = null,
    double? Longitude = null,
    string? Channel = null);
