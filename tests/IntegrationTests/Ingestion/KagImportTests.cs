using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Ingestion;

/// <summary>
/// The real Kaggle Facebook-ads export through the CSV endpoint: every total and breakdown the API
/// gives equals the same figure computed here, independently, from the file (exact decimals).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class KagImportTests(ApiCluster fixture)
{
    private static readonly Dictionary<string, string> AgeBands = new()
    {
        ["30-34"] = "25-34",
        ["35-39"] = "35-44",
        ["40-44"] = "35-44",
        ["45-49"] = "45-54",
    };

    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task EveryTotalAndBreakdownEqualsTheFileComputedIndependently()
    {
        var tenant = TenantJson.UniqueId("kag");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(tenant, zone: "Etc/UTC", currency: "USD"));
        var date = DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var rows = KagRows();

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics/csv?date={date}",
            new ByteArrayContent(await File.ReadAllBytesAsync(KagPath)));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(1_143, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accepted").GetInt32());

        var window = $"window=custom&from={date}&to={date}";
        var summary = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analytics/summary?{window}"),
            s => s.GetProperty("totals").GetProperty("impressions").GetInt64() == rows.Sum(r => r.Impressions));
        AssertTotals(Sum(rows), summary.GetProperty("totals"));
        Assert.Equal("meta", Assert.Single(summary.GetProperty("platforms").EnumerateArray()).GetProperty("platform").GetString());

        foreach (var campaign in rows.GroupBy(r => r.Campaign))
        {
            var answer = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:{campaign.Key}?{window}");
            AssertTotals(Sum(campaign), answer.GetProperty("totals"));

            var byAge = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:{campaign.Key}/breakdown?by=age,gender&{window}");
            AssertGroups(campaign.GroupBy(r => $"{AgeBands[r.Age]}|{r.Gender}"), byAge.GetProperty("rows"), "key");
            Assert.Equal(0, byAge.GetProperty("unattributed").GetProperty("impressions").GetInt64());

            var byCreative = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:{campaign.Key}/breakdown?by=creative&{window}");
            AssertGroups(campaign.GroupBy(r => r.Ad), byCreative.GetProperty("rows"), "key");
        }

        foreach (var (dimension, key) in new (string, Func<KagRow, string>)[]
        {
            ("age", r => AgeBands[r.Age]),
            ("gender", r => r.Gender),
            ("age,gender", r => $"{AgeBands[r.Age]}|{r.Gender}"),
            ("interest", r => r.Interest),
        })
        {
            var expected = rows.GroupBy(key).ToList();
            var segments = await Eventually.ReadAsync(() => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/demographics/segments?dimension={dimension}&{window}"),
                s => s.GetProperty("segments").GetArrayLength() == expected.Count
                    && s.GetProperty("segments").EnumerateArray().Sum(g => g.GetProperty("totals").GetProperty("impressions").GetInt64()) == rows.Sum(r => r.Impressions));
            AssertGroups(expected, segments.GetProperty("segments"), "segment");
        }
    }

    private static string KagPath => SharedData.Path("fb-ad-conversions", "KAG_conversion_data.csv");

    private static List<KagRow> KagRows() => [.. File.ReadAllText(KagPath).Split('\r').Skip(1).Select(line => line.Split(',')).Select(f => new KagRow(
        f[0], f[1], f[3], f[4] == "F" ? "female" : "male", f[5],
        long.Parse(f[6], CultureInfo.InvariantCulture), long.Parse(f[7], CultureInfo.InvariantCulture),
        decimal.Parse(f[8], CultureInfo.InvariantCulture), decimal.Parse(f[10], CultureInfo.InvariantCulture)))];

    private static (long Impressions, long Clicks, decimal Spend, decimal Conversions) Sum(IEnumerable<KagRow> rows) =>
        (rows.Sum(r => r.Impressions), rows.Sum(r => r.Clicks), rows.Sum(r => r.Spend), rows.Sum(r => r.Conversions));

    private static void AssertTotals((long Impressions, long Clicks, decimal Spend, decimal Conversions) expected, JsonElement totals) =>
        Assert.Equal(expected, (totals.GetProperty("impressions").GetInt64(), totals.GetProperty("clicks").GetInt64(),
            totals.GetProperty("spend").GetDecimal(), totals.GetProperty("conversions").GetDecimal()));

    private static void AssertGroups(IEnumerable<IGrouping<string, KagRow>> expected, JsonElement rows, string keyProperty)
    {
        var actual = rows.EnumerateArray().ToDictionary(r => r.GetProperty(keyProperty).GetString()!, r => r.GetProperty("totals"));
        var groups = expected.ToList();
        Assert.Equal(groups.Select(g => g.Key).Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
        foreach (var group in groups)
        {
            AssertTotals(Sum(group), actual[group.Key]);
        }
    }

    private sealed record KagRow(string Ad, string Campaign, string Age, string Gender, string Interest, long Impressions, long Clicks, decimal Spend, decimal Conversions);
}
