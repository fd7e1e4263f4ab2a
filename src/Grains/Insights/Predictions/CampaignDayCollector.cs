using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Reads a tenant's campaign-days from its campaign grains: each campaign's daily totals, its objective and creative format, and who its impressions reached.</summary>
/// <remarks>
/// The objective and creative format are the campaign's metadata (the latest the source sent). The audience
/// is the campaign's impressions by age band, gender, country and interest over the whole range, from the
/// campaign's breakdowns: the cells ingestion recorded with those dimensions, which is where platforms report
/// demographics. A campaign's mix is therefore the same on each of its days. Days with neither spend nor
/// impressions are left out: the campaign did not run.
/// </remarks>
public sealed class CampaignDayCollector(IGrainFactory grains)
{
    /// <summary>Campaigns read at once: enough to use the cluster, few enough not to crowd out live work.</summary>
    private const int Concurrency = 16;

    private static readonly Dimension[] AudienceDimensions = [Dimension.Age, Dimension.Gender, Dimension.Country, Dimension.Interest];

    /// <summary>Every campaign's days in <paramref name="range"/>; <paramref name="read"/> hears how many campaigns of how many are read after each batch.</summary>
    public async Task<IReadOnlyList<CampaignDay>> CollectAsync(string tenant, DateRange range, Action<int, int>? read = null)
    {
        var campaigns = await grains.GetGrain<ICampaignRegistryGrain>(tenant).ListAsync();
        var days = new List<CampaignDay>();
        var done = 0;
        foreach (var chunk in campaigns.Chunk(Concurrency))
        {
            foreach (var campaignDays in await Task.WhenAll(chunk.Select(campaign => CampaignAsync(campaign, range))))
            {
                days.AddRange(campaignDays);
            }

            done += chunk.Length;
            read?.Invoke(done, campaigns.Count);
        }

        return days;
    }

    private async Task<IReadOnlyList<CampaignDay>> CampaignAsync(CampaignKey key, DateRange range)
    {
        var campaign = grains.GetGrain<ICampaignGrain>(key.ToString());
        var summary = campaign.GetSummaryAsync(QueryWindow.For(range));
        var series = campaign.GetDailySeriesAsync(range);
        var breakdowns = Task.WhenAll(AudienceDimensions.Select(dimension => campaign.GetBreakdownAsync(range, [dimension], false)));
        await Task.WhenAll(summary, series, breakdowns);

        var mix = Audience(breakdowns.Result);
        var metadata = summary.Result.Metadata;
        var platform = key.Platform.ToString().ToLowerInvariant();
        return [.. series.Result
            .Where(day => day.Totals.Spend > 0 || day.Totals.Impressions > 0)
            .Select(day => new CampaignDay(
                $"{platform}:{key.CampaignId}", platform, metadata.Objective, metadata.CreativeFormat, day.Date, mix,
                day.Totals.Impressions, day.Totals.Clicks, (double)day.Totals.Spend, (double)day.Totals.Conversions, (double)day.Totals.ConversionValue))];
    }

    private static AudienceMix Audience(IReadOnlyList<BreakdownResult> byDimension)
    {
        IReadOnlyDictionary<string, double> Shares(BreakdownResult result) =>
            AudienceMix.Shares(result.Rows.Where(row => row.Key != DemographicLabels.Unknown).Select(row => KeyValuePair.Create(row.Key, (double)row.Totals.Impressions)));
        return new AudienceMix(Shares(byDimension[0]), Shares(byDimension[1]), Shares(byDimension[2]), Shares(byDimension[3]));
    }
}
