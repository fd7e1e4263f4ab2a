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
        var byCampaign = new Dictionary<(AdPlatform, string), CampaignChanges>();
        var shared = new SharedValues();
        for (var i = 0; i < records.Count; i++)
        {
            if (Map(records[i], i, dates, shared, errors) is not var (campaign, change, metadata))
            {
                continue;
            }

            if (!byCampaign.TryGetValue(campaign, out var batch))
            {
                byCampaign[campaign] = batch = new CampaignChanges();
            }

            batch.Add(change, metadata);
        }

        return !errors.IsEmpty
            ? []
            : [.. byCampaign.Select(c => c.Value.Batch(new CampaignKey(tenant, c.Key.Item1, c.Key.Item2), receivedAt))];
    }

    /// <summary>One record as a cell change (or a period's reach) of its campaign, or null with its problems added to <paramref name="errors"/>.</summary>
    private static ((AdPlatform, string), object, CampaignMetadata?)? Map(
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

        var date = Date(problems, r.Date, dates);
        var stop = PeriodStop(problems, r, date);
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

        if (problems.Any)
        {
            return null;
        }

        object change = stop is { } last
            ? new PeriodReach(new DateRange(date!.Value, last), r.Reach!.Value, Clean(r.AdSetId), Clean(r.AdId))
            : Item(r, date!.Value, kind, shared);
        return ((platform, r.CampaignId!), change, Metadata(r, status));
    }

    /// <summary>The record's reporting date, or null with its problem named.</summary>
    private static DateOnly? Date(Problems problems, string? text, DateRange dates)
    {
        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            problems["date"] = "Required: a date as yyyy-MM-dd.";
            return null;
        }

        if (date < dates.From || date > dates.To)
        {
            problems["date"] = $"Must be from {dates.From:yyyy-MM-dd} to {dates.To:yyyy-MM-dd} (Ingestion:MaxAgeDays).";
            return null;
        }

        return date;
    }

    /// <summary>The last day of the period a record reports reach for, or null for a day's record (no dateStop, or dateStop equal to date).</summary>
    /// <remarks>A period's numbers other than reach would count its days twice, so a period record carries reach alone and no breakdown.</remarks>
    private static DateOnly? PeriodStop(Problems problems, MetricRecord r, DateOnly? date)
    {
        if (r.DateStop is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(r.DateStop, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var stop))
        {
            problems["dateStop"] = "Must be a date as yyyy-MM-dd: the last day of the period whose reach the record reports.";
            return null;
        }

        if (date is not { } start || stop == start)
        {
            return null;
        }

        if (stop < start)
        {
            problems["dateStop"] = "Must not be before date.";
            return null;
        }

        const string ReachOnly = "Must be left out of a period record (date..dateStop), which reports reach only: send the period's other numbers per day.";
        (string Field, bool Present)[] extra =
        [
            ("impressions", r.Impressions is not null), ("clicks", r.Clicks is not null), ("spend", r.Spend is not null),
            ("conversions", r.Conversions is not null), ("conversionValue", r.ConversionValue is not null), ("kind", r.Kind is not null),
            ("age", r.Age is not null), ("gender", r.Gender is not null), ("country", r.Country is not null),
            ("region", r.Region is not null), ("interest", r.Interest is not null), ("placement", r.Placement is not null),
        ];
        foreach (var (field, _) in extra.Where(e => e.Present))
        {
            problems[field] = ReachOnly;
        }

        if (r.Reach is null)
        {
            problems["reach"] = "Required in a period record (date..dateStop): the period's unique reach.";
        }

        return stop;
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
        var totals = MetricTotals.Reported(
            r.Impressions ?? 0, r.Reach, r.Clicks ?? 0, r.Spend ?? 0, r.Conversions ?? 0, r.ConversionValue ?? 0);
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

    /// <summary>One campaign's cell changes, period reach and latest metadata in a request.</summary>
    private sealed class CampaignChanges
    {
        private readonly List<MetricItem> _items = [];
        private List<PeriodReach>? _periods;
        private Dictionary<string, string>? _formats;
        private CampaignMetadata? _metadata;

        public void Add(object change, CampaignMetadata? metadata)
        {
            if (change is PeriodReach period)
            {
                (_periods ??= []).Add(period);
            }
            else
            {
                _items.Add((MetricItem)change);
            }

            if (change is MetricItem { Cell.AdId: { } ad } && metadata?.CreativeFormat is { } format)
            {
                (_formats ??= new(StringComparer.Ordinal))[ad] = format;
            }

            _metadata = metadata ?? _metadata;
        }

        public MetricBatch Batch(CampaignKey campaign, DateTimeOffset receivedAt) => new(campaign, receivedAt, _items, _metadata, _periods, _formats);
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
