using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The exports <see cref="MetricCsvImporter"/> reads.</summary>
/// <remarks>Exports are totals, so every record is a snapshot. Only the columns that identify a layout are required; every other column it knows is optional.</remarks>
public static partial class CsvLayouts
{
    private const string Snapshot = "snapshot";
    private const string AmountSpent = "Amount spent" + CsvHeader.CurrencySuffix;

    /// <summary>Meta Ads Manager, broken down by day.</summary>
    /// <remarks>
    /// Ids come from the id columns when present, else from the names (a campaign name made into a valid campaign
    /// id). Summary rows have no Day and are skipped.
    /// </remarks>
    public static CsvLayout MetaAdsManager { get; } = new(
        "Meta Ads Manager",
        ["Campaign name", "Day", "Impressions", AmountSpent],
        hasDateColumn: true,
        skips: row => row.Text("Day") is null,
        map: (row, _) => new MetricRecord(
            Platform: "meta",
            CampaignId: row.Text("Campaign ID") ?? IdFromName(row.Text("Campaign name")),
            Date: row.Date("Day"),
            CampaignName: row.Text("Campaign name"),
            AdSetId: row.Text("Ad set ID") ?? row.Text("Ad set name"),
            AdSetName: row.Text("Ad set name"),
            AdId: row.Text("Ad ID") ?? row.Text("Ad name"),
            AdName: row.Text("Ad name"),
            Age: row.Text("Age"),
            Gender: row.Text("Gender"),
            Country: row.Text("Country"),
            Region: row.Text("Region"),
            Impressions: row.Count("Impressions"),
            Reach: row.Count("Reach"),
            Clicks: row.Count("Link clicks", "Clicks (all)"),
            Spend: row.Number(AmountSpent),
            Conversions: row.Number("Purchases", "Results"),
            ConversionValue: row.Number("Purchases conversion value", "Purchase conversion value"),
            Kind: Snapshot,
            Currency: row.Header.Currency("Amount spent")));

    /// <summary>Meta Ads Manager over a reporting period, not broken down by day: each row gives the period's unique reach.</summary>
    /// <remarks>
    /// A row whose period is one day is that day's row, with all its numbers. A longer period's other numbers are
    /// sums that the daily export brings, so only its reach is taken (a period record, <c>date</c>..<c>dateStop</c>).
    /// </remarks>
    public static CsvLayout MetaAdsManagerPeriod { get; } = new(
        "Meta Ads Manager, reporting period",
        ["Campaign name", "Reporting starts", "Reporting ends", "Reach"],
        hasDateColumn: true,
        skips: row => row.Text("Reporting starts") is null,
        map: (row, _) => MetaPeriodRow(row));

    /// <summary>A Google Ads report segmented by day, as the UI exports it (title and date-range rows above the header, "Total: …" rows below the data) or as a plain table.</summary>
    public static CsvLayout GoogleAds { get; } = new(
        "Google Ads",
        ["Campaign", "Day", "Impr.", "Clicks", "Cost"],
        hasDateColumn: true,
        skips: row => row.FirstCell.StartsWith("Total", StringComparison.OrdinalIgnoreCase) && row.Text("Day") is null,
        map: (row, _) => new MetricRecord(
            Platform: "google",
            CampaignId: row.Text("Campaign ID") ?? IdFromName(row.Text("Campaign")),
            Date: row.Date("Day"),
            CampaignName: row.Text("Campaign"),
            AdSetId: row.Text("Ad group ID") ?? row.Text("Ad group"),
            AdSetName: row.Text("Ad group"),
            Age: row.Text("Age"),
            Gender: row.Text("Gender"),
            Impressions: row.Count("Impr."),
            Clicks: row.Count("Clicks"),
            Spend: row.Number("Cost"),
            Conversions: row.Number("Conversions"),
            ConversionValue: row.Number("Conv. value"),
            Kind: Snapshot,
            Currency: row.Text("Currency code")?.ToUpperInvariant()));

    /// <summary>The Kaggle "Sales Conversion Optimization" layout (KAG_conversion_data.csv): one row per ad and audience, no dates.</summary>
    /// <remarks>Approved conversions count; spend is taken exactly as written.</remarks>
    public static CsvLayout KaggleKag { get; } = new(
        "Kaggle KAG Facebook ads",
        ["ad_id", "xyz_campaign_id", "fb_campaign_id", "age", "gender", "interest", "Impressions", "Clicks", "Spent", "Approved_Conversion"],
        hasDateColumn: false,
        skips: _ => false,
        map: (row, options) => new MetricRecord(
            Platform: options.DefaultPlatform?.Trim().ToLowerInvariant() ?? "meta",
            CampaignId: row.Text("xyz_campaign_id"),
            Date: options.DefaultDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            AdSetId: row.Text("fb_campaign_id"),
            AdId: row.Text("ad_id"),
            Age: row.Text("age"),
            Gender: row.Text("gender"),
            Interest: row.Text("interest"),
            Impressions: row.Count("Impressions"),
            Clicks: row.Count("Clicks"),
            Spend: row.Number("Spent"),
            Conversions: row.Number("Approved_Conversion"),
            Kind: Snapshot));

    /// <summary>Every known layout, in the order a header is tried against them.</summary>
    public static IReadOnlyList<CsvLayout> All { get; } = [MetaAdsManager, MetaAdsManagerPeriod, GoogleAds, KaggleKag];

    private static MetricRecord MetaPeriodRow(CsvExportRow row)
    {
        var start = row.Date("Reporting starts");
        var end = row.Date("Reporting ends");
        var day = start == end;
        return new MetricRecord(
            Platform: "meta",
            CampaignId: row.Text("Campaign ID") ?? IdFromName(row.Text("Campaign name")),
            Date: start,
            CampaignName: row.Text("Campaign name"),
            AdSetId: row.Text("Ad set ID") ?? row.Text("Ad set name"),
            AdSetName: row.Text("Ad set name"),
            AdId: row.Text("Ad ID") ?? row.Text("Ad name"),
            AdName: row.Text("Ad name"),
            Impressions: day ? row.Count("Impressions") : null,
            Reach: row.Count("Reach"),
            Clicks: day ? row.Count("Link clicks", "Clicks (all)") : null,
            Spend: day ? row.Number(AmountSpent) : null,
            Conversions: day ? row.Number("Purchases", "Results") : null,
            ConversionValue: day ? row.Number("Purchases conversion value", "Purchase conversion value") : null,
            Kind: day ? Snapshot : null,
            Currency: row.Header.Currency("Amount spent"),
            DateStop: day ? null : end);
    }

    /// <summary>A campaign id from a campaign name, for exports without an id column.</summary>
    /// <remarks>
    /// Runs of characters a campaign id cannot hold (anything but letters, digits and <c>_ . : -</c>) become one "-",
    /// at most 100. Names that differ only in those characters share an id.
    /// </remarks>
    internal static string? IdFromName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var id = NotIdCharacters().Replace(name, "-").Trim('-');
        return id.Length > 100 ? id[..100] : id;
    }

    [GeneratedRegex("[^A-Za-z0-9_.:-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
