using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The exports <see cref="MetricCsvImporter"/> reads.</summary>
/// <remarks>Exports are totals, so every record is a snapshot. Only the columns that identify a layout are required; every other column it knows is optional.</remarks>
public static partial class CsvLayouts
{
    private const string Snapshot = "snapshot";
    private const string AmountSpent = "Amount spent" + CsvHeader.CurrencySuffix;
    private const string Cost = "Cost" + CsvHeader.CurrencySuffix;
    private const string Spend = "Spend" + CsvHeader.CurrencySuffix;
    private static readonly string[] TikTokDay = ["By Day", "Date"];
    private static readonly string[] SnapchatDay = ["Date", "Day"];

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
    /// <remarks>
    /// The UI puts a segment column first, so a report segmented by day starts with "Day" and writes its summary
    /// labels ("Total: Account", "Total: Campaigns", "Total: Search", "Total: Filtered campaigns") there, and "--" in
    /// the cells a summary has no value for: any row with such a label and no date is skipped. Columns the layout does
    /// not read ("CTR" as "4.56%", "Search impr. share" as "&lt; 10%") are ignored whatever they hold.
    /// </remarks>
    public static CsvLayout GoogleAds { get; } = new(
        "Google Ads",
        ["Campaign", "Day", "Impr.", "Clicks", "Cost"],
        hasDateColumn: true,
        skips: row => row.IsSummary("Day"),
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

    /// <summary>TikTok Ads Manager's report export (a custom report with the day as a dimension).</summary>
    /// <remarks>
    /// What we could find, and how sure it is: the metric names are TikTok's own ("Basic metrics and definitions in
    /// TikTok Ads Manager", ads.tiktok.com/help/article?aid=10000166, October 2024: "Cost", "Impressions", "Reach",
    /// "Clicks (destination)", "Conversions"; the July 2023 text writes "Clicks (Destination)", and the Shop Ads template
    /// "Total Cost" and "Clicks"), so those are sure. The id and name columns ("Campaign name", "Ad group name",
    /// "Ad name", "Campaign ID", …) and the value columns ("Total complete payment value" for web purchases,
    /// "Total purchase value" for app purchases) come from connector documentation that lists TikTok's names, not from
    /// TikTok: fairly sure. The day column is "By Day" in importers written against real exports and "Date" in others,
    /// and no TikTok page we found shows an export's header: unsure, so either is taken. The currency is the account's:
    /// from a code in the cost column ("Cost (USD)") or a "Currency" column when the file has one, else unnamed (unsure
    /// whether exports carry it). Reach is taken as given (the day's unique reach), null when blank. A "Total…" row
    /// without a day is skipped, as Google's (unsure whether exports write one).
    /// </remarks>
    public static CsvLayout TikTokAdsManager { get; } = new(
        "TikTok Ads Manager",
        ["Campaign name", string.Join(CsvLayout.Or, TikTokDay), "Impressions", Cost + CsvLayout.Or + "Total cost"],
        hasDateColumn: true,
        skips: row => row.IsSummary(TikTokDay),
        map: (row, _) => new MetricRecord(
            Platform: "tiktok",
            CampaignId: row.Text("Campaign ID") ?? IdFromName(row.Text("Campaign name")),
            Date: row.Date(TikTokDay),
            CampaignName: row.Text("Campaign name"),
            AdSetId: row.Text("Ad group ID") ?? row.Text("Ad group name"),
            AdSetName: row.Text("Ad group name"),
            AdId: row.Text("Ad ID") ?? row.Text("Ad name"),
            AdName: row.Text("Ad name"),
            Age: row.Text("Age"),
            Gender: row.Text("Gender"),
            Country: row.Text("Country"),
            Impressions: row.Count("Impressions"),
            Reach: row.OptionalCount("Reach"),
            Clicks: row.Count("Clicks (destination)", "Clicks"),
            Spend: row.Number(Cost, "Total cost"),
            Conversions: row.Number("Conversions"),
            ConversionValue: row.Number("Total complete payment value", "Total purchase value", "Purchase value"),
            Kind: Snapshot,
            Currency: row.Header.Currency("Cost") ?? row.Text("Currency")?.ToUpperInvariant()));

    /// <summary>Snapchat Ads Manager's export of its Manage Ads table with a daily breakdown.</summary>
    /// <remarks>
    /// What we could find, and how sure it is: Snapchat's pages we could read name the metrics (paid impressions,
    /// swipe ups, spend) but show no export header, so the spellings come from third-party documentation and
    /// importers: "Paid Impressions", "Swipe Ups" (older: "Swipes", Snapchat's clicks), "Amount Spent" or "Spend",
    /// "Purchases" or "Conversion Purchases" and their value. Unsure: each is taken either way, and "Paid Impressions",
    /// which no other platform writes, identifies the layout. The day column ("Date" or "Day") is unsure too; an
    /// export over a period (Start Time, End Time) without a daily breakdown is not read, since a period's numbers are
    /// not a day's. Amounts are taken in major units as written (the Marketing API's micro-currency is the API's, not
    /// the export's: unsure); a cell with a currency symbol is refused naming its line. Currency from a code in the
    /// spend column or a "Currency" column; reach as given. "Ad Set" is Ads Manager's name for the API's ad squad.
    /// </remarks>
    public static CsvLayout SnapchatAdsManager { get; } = new(
        "Snapchat Ads Manager",
        ["Campaign Name", string.Join(CsvLayout.Or, SnapchatDay), "Paid Impressions", AmountSpent + CsvLayout.Or + Spend],
        hasDateColumn: true,
        skips: row => row.IsSummary(SnapchatDay),
        map: (row, _) => new MetricRecord(
            Platform: "snapchat",
            CampaignId: row.Text("Campaign ID") ?? IdFromName(row.Text("Campaign Name")),
            Date: row.Date(SnapchatDay),
            CampaignName: row.Text("Campaign Name"),
            AdSetId: row.Text("Ad Set ID", "Ad Squad ID") ?? row.Text("Ad Set Name", "Ad Squad Name"),
            AdSetName: row.Text("Ad Set Name", "Ad Squad Name"),
            AdId: row.Text("Ad ID") ?? row.Text("Ad Name"),
            AdName: row.Text("Ad Name"),
            Age: row.Text("Age"),
            Gender: row.Text("Gender"),
            Country: row.Text("Country"),
            Region: row.Text("Region"),
            Impressions: row.Count("Paid Impressions"),
            Reach: row.OptionalCount("Reach"),
            Clicks: row.Count("Swipe Ups", "Swipes"),
            Spend: row.Number(AmountSpent, Spend),
            Conversions: row.Number("Purchases", "Conversion Purchases"),
            ConversionValue: row.Number("Purchases Value", "Purchase Value", "Conversion Purchases Value"),
            Kind: Snapshot,
            Currency: row.Header.Currency("Amount spent") ?? row.Header.Currency("Spend") ?? row.Text("Currency")?.ToUpperInvariant()));

    /// <summary>Every known layout, in the order a header is tried against them.</summary>
    /// <remarks>Snapchat's comes first: its "Paid Impressions" is its own, while its other columns could also fit Meta's.</remarks>
    public static IReadOnlyList<CsvLayout> All { get; } =
        [SnapchatAdsManager, MetaAdsManager, MetaAdsManagerPeriod, GoogleAds, TikTokAdsManager, KaggleKag];

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
