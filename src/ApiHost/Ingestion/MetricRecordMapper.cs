using System.Globalization;
using System.Runtime.InteropServices;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Validates <see cref="MetricRecord"/>s and turns them into per-campaign <see cref="MetricBatch"/>es.</summary>
/// <remarks>
/// Every problem of every record is reported (keyed <c>items[i].field</c>); a request with any invalid record is
/// refused whole, so nothing is ever half-applied.
/// </remarks>
public static class MetricRecordMapper
{
    private static readonly Dictionary<string, AdPlatform> Platforms = Enum.GetValues<AdPlatform>()
        .ToDictionary(p => p.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MetricBatch> ToBatches(
        string tenant, IReadOnlyList<MetricRecord> records, DateTimeOffset receivedAt, int maxAgeDays, ValidationErrors errors)
    {
        var today = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        var dates = new DateRange(today.AddDays(-maxAgeDays), today.AddDays(1));
        var byCampaign = new Dictionary<(AdPlatform, string), (List<MetricItem> Items, CampaignMetadata? Metadata)>();
        var shared = new SharedValues();
        for (var i = 0; i < records.Count; i++)
        {
            if (Map(records[i], i, dates, shared, errors) is not var (campaign, item, metadata))
            {
                continue;
            }

            if (!byCampaign.TryGetValue(campaign, out var batch))
            {
                byCampaign[campaign] = batch = ([], null);
            }

            batch.Items.Add(item);
            if (metadata is not null)
            {
                byCampaign[campaign] = (batch.Items, metadata);
            }
        }

        return !errors.IsEmpty
            ? []
            : [.. byCampaign.Select(c => new MetricBatch(new CampaignKey(tenant, c.Key.Item1, c.Key.Item2), receivedAt, c.Value.Items, c.Value.Metadata))];
    }

    /// <summary>One record as a cell change of its campaign, or null with its problems added to <paramref name="errors"/>.</summary>
    private static ((AdPlatform, string), MetricItem, CampaignMetadata?)? Map(
        MetricRecord r, int index, DateRange dates, SharedValues shared, ValidationErrors errors)
    {
        var problems = new Problems(errors, index);
        AdPlatform platform = default;
        if (r.Platform is null || !Platforms.TryGetValue(r.Platform, out platform))
        {
            problems["platform"] = $"Required: one of {string.Join(", ", Platforms.Keys)}.";
        }

        if (!CampaignKey.IsValidId(r.CampaignId))
        {
            problems["campaignId"] = "Required: 1-100 letters, digits or _ . : -";
        }

        if (!DateOnly.TryParseExact(r.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems["date"] = "Required: a date as yyyy-MM-dd.";
        }
        else if (date < dates.From || date > dates.To)
        {
            problems["date"] = $"Must be from {dates.From:yyyy-MM-dd} to {dates.To:yyyy-MM-dd} (Ingestion:MaxAgeDays).";
        }

        var kind = MetricKind.Snapshot;
        if (r.Kind is not null && !Enum.TryParse(r.Kind, ignoreCase: true, out kind))
        {
            problems["kind"] = "Must be snapshot or delta.";
        }
        else if (kind == MetricKind.Delta && string.IsNullOrWhiteSpace(r.EventId))
        {
            problems["eventId"] = "Required for a delta: a retried delta with the same id counts once.";
        }

        CheckNotNegative(problems, "impressions", r.Impressions);
        CheckNotNegative(problems, "reach", r.Reach);
        CheckNotNegative(problems, "clicks", r.Clicks);
        CheckNotNegative(problems, "spend", r.Spend);
        CheckNotNegative(problems, "conversions", r.Conversions);
        CheckNotNegative(problems, "conversionValue", r.ConversionValue);

        CampaignStatus status = default;
        if (r.Status is not null && !Enum.TryParse(r.Status, ignoreCase: true, out status))
        {
            problems["status"] = "Must be active, paused or archived.";
        }

        CheckText(problems, r);

        return problems.Any ? null : ((platform, r.CampaignId!), Item(r, date, kind, shared), Metadata(r, status));
    }

    /// <summary>A valid record's cell change; equal breakdowns and cells are shared across the request.</summary>
    private static MetricItem Item(MetricRecord r, DateOnly date, MetricKind kind, SharedValues shared)
    {
        var breakdown = shared.Breakdown(new Breakdown(
            r.Age is null ? null : DemographicLabels.NormalizeAge(r.Age),
            r.Gender is null ? null : DemographicLabels.NormalizeGender(r.Gender),
            Clean(r.Country)?.ToUpperInvariant(),
            Clean(r.Region),
            Clean(r.Interest),
            Clean(r.Placement)?.ToLowerInvariant()));
        var totals = new MetricTotals(
            r.Impressions ?? 0, r.Reach ?? 0, r.Clicks ?? 0, r.Spend ?? 0, r.Conversions ?? 0, r.ConversionValue ?? 0);
        return new MetricItem(shared.Cell(new MetricCell(date, breakdown, Clean(r.AdSetId), Clean(r.AdId))), totals, kind, Clean(r.EventId));
    }

    /// <summary>The campaign settings a valid record carries, or null when it carries none.</summary>
    private static CampaignMetadata? Metadata(MetricRecord r, CampaignStatus status) =>
        r.CampaignName is null && r.Objective is null && r.Status is null && r.DailyBudget is null
            && r.Currency is null && r.CreativeFormat is null
                ? null
                : new CampaignMetadata(Clean(r.CampaignName), Clean(r.Objective), r.Status is null ? null : status,
                    r.DailyBudget, Clean(r.Currency)?.ToUpperInvariant(), Clean(r.CreativeFormat));

    /// <summary>Every free-text field at most <see cref="RecordText.MaxLength"/> characters; campaign settings as long as the campaigns API takes them.</summary>
    private static void CheckText(Problems problems, MetricRecord r)
    {
        CheckLength(problems, "campaignName", r.CampaignName, UpdateCampaignRequest.MaxNameLength);
        CheckLength(problems, "objective", r.Objective, UpdateCampaignRequest.MaxLabelLength);
        CheckLength(problems, "creativeFormat", r.CreativeFormat, UpdateCampaignRequest.MaxLabelLength);
        CheckLength(problems, "adSetId", r.AdSetId);
        CheckLength(problems, "adSetName", r.AdSetName);
        CheckLength(problems, "adId", r.AdId);
        CheckLength(problems, "adName", r.AdName);
        CheckLength(problems, "age", r.Age);
        CheckLength(problems, "gender", r.Gender);
        CheckLength(problems, "country", r.Country);
        CheckLength(problems, "region", r.Region);
        CheckLength(problems, "interest", r.Interest);
        CheckLength(problems, "placement", r.Placement);
        CheckLength(problems, "eventId", r.EventId);
        CheckLength(problems, "currency", r.Currency);
    }

    private static void CheckLength(Problems problems, string field, string? value, int maxLength = RecordText.MaxLength)
    {
        if (RecordText.IsTooLong(value, maxLength))
        {
            problems[field] = maxLength == RecordText.MaxLength ? RecordText.TooLong : $"At most {maxLength} characters.";
        }
    }

    private static void CheckNotNegative(Problems problems, string field, decimal? value)
    {
        if (value < 0)
        {
            problems[field] = "Must not be negative.";
        }
    }

    /// <summary>One instance per distinct breakdown and cell in a request.</summary>
    /// <remarks>The Orleans serializer writes a repeated instance as a back-reference, so a batch carries and allocates each distinct cell once.</remarks>
    private sealed class SharedValues
    {
        private readonly Dictionary<Breakdown, Breakdown> _breakdowns = [];
        private readonly Dictionary<MetricCell, MetricCell> _cells = [];

        public Breakdown Breakdown(Breakdown value) => Share(_breakdowns, value);

        public MetricCell Cell(MetricCell value) => Share(_cells, value);

        private static T Share<T>(Dictionary<T, T> pool, T value)
            where T : notnull
        {
            ref var pooled = ref CollectionsMarshal.GetValueRefOrAddDefault(pool, value, out var exists);
            return exists ? pooled! : pooled = value;
        }
    }

    /// <summary>A record's problems, written straight into the request's errors as <c>items[i].field</c>; allocates nothing for a valid record.</summary>
    private readonly struct Problems(ValidationErrors errors, int index)
    {
        private readonly int _before = errors.Count;

        public bool Any => errors.Count > _before;

        public string this[string field]
        {
            set
            {
                if (errors.IsFull)
                {
                    errors.CountUnlisted();
                }
                else
                {
                    errors.Add($"items[{index}].{field}", value);
                }
            }
        }
    }

    private static string? Clean(string? value) => RecordText.Clean(value);
}
