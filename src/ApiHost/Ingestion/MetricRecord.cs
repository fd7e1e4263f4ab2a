namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>One metric row as clients send it (JSON batch, NDJSON line) and as the CSV importers produce it.</summary>
/// <remarks><see cref="MetricRecordMapper"/> validates it and turns it into a cell change for a campaign.</remarks>
/// <param name="Platform">meta, google, tiktok, snapchat or other.</param>
/// <param name="CampaignId">The platform's campaign id.</param>
/// <param name="Date">Reporting date, ISO 8601 (yyyy-MM-dd), in the tenant's time zone.</param>
/// <param name="Kind">snapshot (default: the cell now holds these totals) or delta (add these; needs eventId).</param>
/// <param name="EventId">Required for deltas: a retried delta with the same id counts once.</param>
/// <param name="Reach">Unique people reached on the date (or over date..dateStop); leave it out where the source does not report reach.</param>
/// <param name="CreativeFormat">image, video, carousel…: the format of the record's adId (and, as before, of its campaign).</param>
/// <param name="DateStop">
/// The last day of a reporting period starting at <c>date</c>: the record then reports the period's unique reach
/// (of the campaign, or of its adSetId or adId) and nothing else, since the period's other numbers arrive per day.
/// </param>
public sealed record MetricRecord(
    string? Platform,
    string? CampaignId,
    string? Date,
    string? CampaignName = null,
    string? AdSetId = null,
    string? AdSetName = null,
    string? AdId = null,
    string? AdName = null,
    string? Age = null,
    string? Gender = null,
    string? Country = null,
    string? Region = null,
    string? Interest = null,
    string? Placement = null,
    long? Impressions = null,
    long? Reach = null,
    long? Clicks = null,
    decimal? Spend = null,
    decimal? Conversions = null,
    decimal? ConversionValue = null,
    string? Kind = null,
    string? EventId = null,
    string? Currency = null,
    string? Objective = null,
    string? Status = null,
    decimal? DailyBudget = null,
    string? CreativeFormat = null,
    string? DateStop = null);
