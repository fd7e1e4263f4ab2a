using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Predictions;

/// <summary>The shared KAG file as campaign-days: each row one day of its company campaign (xyz_campaign_id), a campaign's rows its consecutive days in file (ad id) order from a common start.</summary>
/// <remarks>
/// The file has no dates, so the reading (one day per row) is the only time order it offers. Audience
/// labels are normalised as ingestion normalises them (30-34 becomes 25-34); conversions are the approved ones,
/// as the KAG import counts them; the file reports no conversion value.
/// </remarks>
public static class KagCampaignDays
{
    public static readonly DateOnly Start = new(2017, 8, 17);

    public static IReadOnlyList<CampaignDay> Read()
    {
        using var file = File.OpenRead(SharedData.Path("fb-ad-conversions", "KAG_conversion_data.csv"));
        var records = MetricCsvImporter.Import(file, new CsvImportOptions(Start)).Records;
        return [.. records.GroupBy(record => record.CampaignId!, StringComparer.Ordinal).SelectMany(campaign => campaign.Select((record, day) => new CampaignDay(
            "meta:" + campaign.Key,
            "meta",
            null,
            null,
            Start.AddDays(day),
            new AudienceMix(
                One(DemographicLabels.NormalizeAge(record.Age)), One(DemographicLabels.NormalizeGender(record.Gender)),
                new Dictionary<string, double>(), One(record.Interest!)),
            record.Impressions ?? 0,
            record.Clicks ?? 0,
            (double)(record.Spend ?? 0),
            (double)(record.Conversions ?? 0),
            0)))];
    }

    private static IReadOnlyDictionary<string, double> One(string value) => new Dictionary<string, double>(StringComparer.Ordinal) { [value] = 1 };
}
