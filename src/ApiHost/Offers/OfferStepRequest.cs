namespace GrainMarketing.ApiHost.Offers;

/// <summary>A customer's step with an offer, as the app reports it.</summary>
/// <remarks>
/// Who, when (now when absent; ISO 8601 with an offset), the converted amount (required for convert, refused
/// otherwise) and an event id that makes a re-sent report count once (when absent: for a delivery, one per customer and
/// campaign; otherwise derived from the content, which includes the time).
/// </remarks>
public sealed record OfferStepRequest(string? UserId, decimal? Amount = null, string? EventId = null, string? Timestamp = null);
