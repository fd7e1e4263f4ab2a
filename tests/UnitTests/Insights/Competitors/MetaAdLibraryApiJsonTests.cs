using System.Text;
using GrainMarketing.ApiHost.Insights.Competitors;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class MetaAdLibraryApiJsonTests
{
    private static readonly DateRange Week = new(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8));

    // Two saved pages of an ads_archive answer: political ads with spend and impressions ranges (strings, one open-ended), an EU ad with reach only.
    private const string Pages = """
        [
          {"data": [
            {"id": "1", "page_id": "111", "page_name": "Rival Shoes", "ad_delivery_start_time": "2026-10-20", "ad_delivery_stop_time": "2026-11-03",
             "publisher_platforms": ["facebook", "instagram"], "currency": "EUR",
             "spend": {"lower_bound": "100", "upper_bound": "199"}, "impressions": {"lower_bound": "1000", "upper_bound": "4999"}},
            {"id": "2", "page_id": "111", "page_name": "Rival Shoes", "ad_delivery_start_time": "2026-11-05T09:12:44+0000",
             "publisher_platforms": ["instagram", "messenger"], "currency": "EUR",
             "spend": {"lower_bound": 500, "upper_bound": 599}, "impressions": {"lower_bound": "1000000"}}
           ],
           "paging": {"cursors": {"after": "c2"}, "next": "https://graph.facebook.com/v21.0/ads_archive?after=c2"}},
          {"data": [
            {"id": "3", "page_id": "111", "page_name": "Rival Shoes", "ad_delivery_start_time": "2026-09-01", "ad_delivery_stop_time": "2026-10-01",
             "publisher_platforms": ["audience_network"]},
            {"id": "4", "page_id": "222", "page_name": "Shoe Planet", "ad_delivery_start_time": "2026-11-08",
             "publisher_platforms": ["facebook"], "eu_total_reach": 12000}
          ]}
        ]
        """;

    [Fact]
    public void AdsActiveInThePeriodAreSummedPerPageWithNewAdsPlatformsAndRanges()
    {
        var file = MetaAdLibraryApiJson.Read(Encoding.UTF8.GetBytes(Pages), Week, pages: null);

        Assert.Equal((MetaAdSources.Api, "EUR", "ads_archive json, 4 ads"), (file.Source, file.Currency, file.Format));
        var rival = file.Rows.Single(r => r.PageId == "111");
        Assert.Equal((2, (int?)1), (rival.Ads, rival.NewAds));
        Assert.Equal(["facebook", "instagram", "messenger"], rival.Platforms);
        Assert.Equal(new MetaRange(600m, 798m), rival.Spend);
        Assert.Equal(new MetaRange(1_001_000m, null), rival.Impressions);
        var planet = file.Rows.Single(r => r.PageId == "222");
        Assert.Equal((1, (int?)1, (MetaRange?)null, (long?)12000), (planet.Ads, planet.NewAds, planet.Spend, planet.EuReach));
    }

    [Fact]
    public void ASingleAnswerAndABareListOfAdsAreReadToo()
    {
        const string ad = """{"page_id": "9", "page_name": "Solo", "ad_delivery_start_time": "2026-11-01"}""";

        var answer = MetaAdLibraryApiJson.Read(Encoding.UTF8.GetBytes($$"""{"data": [{{ad}}]}"""), Week, null);
        var list = MetaAdLibraryApiJson.Read(Encoding.UTF8.GetBytes($"[{ad}]"), Week, null);

        Assert.Equal((1, (int?)0), (answer.Rows[0].Ads, answer.Rows[0].NewAds));
        Assert.Equal("Solo", Assert.Single(list.Rows).PageName);
    }

    [Fact]
    public void BadAdsAreNamedByNumberAndFieldAndMetasErrorAnswerIsRefused()
    {
        const string bad = """
            {"data": [
              {"page_id": "1", "ad_delivery_start_time": "2026-11-01"},
              {"page_id": "1", "ad_delivery_start_time": "yesterday", "spend": {"upper_bound": "99"}},
              {"ad_delivery_start_time": "2026-11-01", "eu_total_reach": "many"}
            ]}
            """;

        var refused = Assert.Throws<ValidationFailedException>(() => MetaAdLibraryApiJson.Read(Encoding.UTF8.GetBytes(bad), Week, null));
        var error = Assert.Throws<ValidationFailedException>(() => MetaAdLibraryApiJson.Read(
            Encoding.UTF8.GetBytes("""{"error": {"message": "Invalid OAuth access token.", "code": 190}}"""), Week, null));
        var mixed = Assert.Throws<ValidationFailedException>(() => MetaAdLibraryApiJson.Read(Encoding.UTF8.GetBytes("""
            [{"page_id": "1", "ad_delivery_start_time": "2026-11-01", "currency": "EUR"}, {"page_id": "2", "ad_delivery_start_time": "2026-11-01", "currency": "USD"}]
            """), Week, null));

        Assert.Equal(["ad 2", "ad 3"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("ad_delivery_start_time: 'yesterday'", refused.Errors["ad 2"][0], StringComparison.Ordinal);
        Assert.Contains("spend:", refused.Errors["ad 2"][0], StringComparison.Ordinal);
        Assert.Contains("page_id, page_name", refused.Errors["ad 3"][0], StringComparison.Ordinal);
        Assert.Contains("eu_total_reach: 'many'", refused.Errors["ad 3"][0], StringComparison.Ordinal);
        Assert.Contains("Invalid OAuth access token.", Assert.Single(error.Errors["file"]), StringComparison.Ordinal);
        Assert.Equal(["currency"], mixed.Errors.Keys);
    }

    [Fact]
    public void JsonIsToldFromACsvReportByItsFirstCharacter()
    {
        Assert.True(MetaAdLibraryApiJson.IsJson("\uFEFF  {\"data\":[]}"u8));
        Assert.True(MetaAdLibraryApiJson.IsJson("\n[{}]"u8));
        Assert.False(MetaAdLibraryApiJson.IsJson("Page ID,Page name\n"u8));
    }
}
