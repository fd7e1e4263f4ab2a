using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Validates <see cref="EngagementRecord"/>s and turns them into one <see cref="UserEventBatch"/> per customer.</summary>
/// <remarks>Every problem of every record is reported; a request with any invalid record is refused whole.</remarks>
public static class EngagementRecordMapper
{
    public const string DerivedIdPrefix = "en-";

    private static readonly Dictionary<string, EngagementKind> Kinds = Enum.GetValues<EngagementKind>()
        .ToDictionary(k => k.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<UserEventBatch> ToBatches(
        string tenant, IReadOnlyList<EngagementRecord> records, DateTimeOffset receivedAt, int maxAgeDays, RecordErrors errors) =>
        UserEventRules.Batches(tenant, records, errors, r => r.UserId, (r, problems) => Map(r, problems, receivedAt, maxAgeDays),
            (user, events) => new UserEventBatch(user, receivedAt, [], events));

    private static Engagement? Map(EngagementRecord r, Problems problems, DateTimeOffset receivedAt, int maxAgeDays)
    {
        UserEventRules.CheckUserId(problems, r.UserId);
        EngagementKind kind = default;
        if (r.Kind is null || !Kinds.TryGetValue(r.Kind.Trim(), out kind))
        {
            problems["kind"] = $"Required: one of {string.Join(", ", Kinds.Keys)}.";
        }
        else if (kind == EngagementKind.Converted)
        {
            UserEventRules.CheckAmount(problems, r.Amount);
        }
        else if (r.Amount is not null)
        {
            problems["amount"] = "Only a converted engagement carries an amount.";
        }

        var campaign = UserEventRules.Text(problems, "campaign", r.Campaign, required: true);
        var at = UserEventRules.Timestamp(problems, r.Timestamp, receivedAt, maxAgeDays);
        var eventId = UserEventRules.EventId(problems, r.EventId, DerivedIdPrefix,
            r.UserId, kind.ToString(), campaign, UserEventRules.Canonical(at), UserEventRules.Canonical(r.Amount));
        return problems.Any ? null : new Engagement(eventId!, kind, campaign!, at, r.Amount);
    }
}
