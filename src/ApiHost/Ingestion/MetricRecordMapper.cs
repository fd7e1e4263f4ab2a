using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>
/// Validates <see cref="MetricRecord"/>s and turns them into per-campaign <see cref="MetricBatch"/>es.
/// Every problem of every record is reported (keyed <c>items[i].field</c>); a request with any
/// invalid record is refused whole, so nothing is ever half-applied.
/// </summary>
public static class MetricRecordMapper
{
    private static readonly Dictionary<string, AdPlatform> Platforms = Enum.GetValues<AdPlatform>()
        .ToDictionary(p => p.ToString().ToLowerInvariant(), StringComparer.OrdinalIgnoreCase);

    public static IReadOnlyList<MetricBatch> ToBatches(
        string tenant, IReadOnlyList<MetricRecord> records, DateTimeOffset receivedAt, int maxAgeDays, Dictionary<string, string[]> errors)
    {
        var today = DateOnly.FromDateTime(receivedAt.UtcDateTime);
        var dates = new DateRange(today.AddDays(-maxAgeDays), today.AddDays(1));
        var byCampaign = new Dictionary<CampaignKey, (List<MetricItem> Items, CampaignMetadata? Metadata)>();
        for (var i = 0; i < records.Count; i++)
        {
            if (Map(tenant, records[i], $"items[{i}].", dates, errors) is not var (campaign, item, metadata))
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

        return errors.Count > 0
            ? []
            : [.. byCampaign.Select(c => new MetricBatch(c.Key, receivedAt, c.Value.Items, c.Value.Metadata))];
    }

    private static (CampaignKey, MetricItem, CampaignMetadata?)? Map(
        string tenant, MetricRecord r, string prefix, DateRange dates, Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
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
            problems["date"] = $"Must be from {dates.From:yyyy-MM-dd} to {dates.To:yyyy-MM-dd}: older days are kept in history, which has no import path yet.";
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

        foreach (var (field, reason) in problems)
        {
            errors[prefix + field] = [reason];
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var breakdown = new Breakdown(
            r.Age is null ? null : DemographicLabels.NormalizeAge(r.Age),
            r.Gender is null ? null : DemographicLabels.NormalizeGender(r.Gender),
            Clean(r.Country)?.ToUpperInvariant(),
            Clean(r.Region),
            Clean(r.Interest),
            Clean(r.Placement)?.ToLowerInvariant());
        var totals = new MetricTotals(
            r.Impressions ?? 0, r.Reach ?? 0, r.Clicks ?? 0, r.Spend ?? 0, r.Conversions ?? 0, r.ConversionValue ?? 0);
        var item = new MetricItem(new MetricCell(date, breakdown, Clean(r.AdSetId), Clean(r.AdId)), totals, kind, Clean(r.EventId));
        var metadata = r.CampaignName is null && r.Objective is null && r.Status is null && r.DailyBudget is null
            && r.Currency is null && r.CreativeFormat is null
                ? null
                : new CampaignMetadata(Clean(r.CampaignName), Clean(r.Objective), r.Status is null ? null : status,
                    r.DailyBudget, Clean(r.Currency)?.ToUpperInvariant(), Clean(r.CreativeFormat));
        return (new CampaignKey(tenant, platform, r.CampaignId!), item, metadata);
    }

    private static void CheckNotNegative(Dictionary<string, string> problems, string field, decimal? value)
    {
        if (value < 0)
        {
            problems[field] = "Must not be negative.";
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
