using GrainMarketing.Profiles;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Validates <see cref="TransactionRecord"/>s and turns them into one <see cref="UserEventBatch"/> per customer.</summary>
/// <remarks>Every problem of every record is reported; a request with any invalid record is refused whole.</remarks>
public static class TransactionRecordMapper
{
    public const string DerivedIdPrefix = "tx-";

    public static IReadOnlyList<UserEventBatch> ToBatches(
        string tenant, IReadOnlyList<TransactionRecord> records, DateTimeOffset receivedAt, int maxAgeDays, RecordErrors errors) =>
        UserEventRules.Batches(tenant, records, errors, r => r.UserId, (r, problems) => Map(r, problems, receivedAt, maxAgeDays),
            (user, events) => new UserEventBatch(user, receivedAt, events, []));

    private static Transaction? Map(TransactionRecord r, Problems problems, DateTimeOffset receivedAt, int maxAgeDays)
    {
        UserEventRules.CheckUserId(problems, r.UserId);
        UserEventRules.CheckAmount(problems, r.Amount);
        var currency = r.Currency?.Trim().ToUpperInvariant();
        if (!TenantRules.IsIsoCurrency(currency))
        {
            problems["currency"] = "Required: an ISO 4217 code such as EUR or USD.";
        }

        var at = UserEventRules.Timestamp(problems, r.Timestamp, receivedAt, maxAgeDays);
        var merchant = UserEventRules.Text(problems, "merchant", r.Merchant);
        var category = UserEventRules.Text(problems, "category", r.Category)?.ToLowerInvariant();
        var city = UserEventRules.Text(problems, "city", r.City);
        var channel = UserEventRules.Text(problems, "channel", r.Channel);
        CheckCoordinates(problems, r.Latitude, r.Longitude);
        var eventId = UserEventRules.EventId(problems, r.EventId, DerivedIdPrefix,
            r.UserId, UserEventRules.Canonical(at), UserEventRules.Canonical(r.Amount), currency, merchant, category, city,
            UserEventRules.Canonical(r.Latitude), UserEventRules.Canonical(r.Longitude), channel);
        return problems.Any
            ? null
            : new Transaction(eventId!, r.Amount!.Value, currency!, at, merchant, category, city, r.Latitude, r.Longitude, channel);
    }

    private static void CheckCoordinates(Problems problems, double? latitude, double? longitude)
    {
        if (latitude.HasValue != longitude.HasValue)
        {
            problems[latitude.HasValue ? "longitude" : "latitude"] = "Give latitude and longitude together, or neither.";
        }

        if (latitude is < -90 or > 90 || latitude is double.NaN)
        {
            problems["latitude"] = "Must be from -90 to 90.";
        }

        if (longitude is < -180 or > 180 || longitude is double.NaN)
        {
            problems["longitude"] = "Must be from -180 to 180.";
        }
    }
}
