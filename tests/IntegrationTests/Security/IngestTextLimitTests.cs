using System.Net;
using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>A breakdown value longer than 100 characters is refused naming its field, in every format, and nothing of the request is kept.</summary>
[Collection(InProcessApiCollection.Name)]
public sealed class IngestTextLimitTests(InProcessApiCluster fixture)
{
    private static readonly string Huge = new('r', 10_000);
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    [Fact]
    public async Task AHugeRegionInAJsonBatchIsRefusedNamingIt()
    {
        var campaign = NewCampaign();
        using var response = await PostAsync(
            $"{{\"items\":[{Record(campaign, "region")}]}}", "application/json", "metrics");

        Assert.Equal(["items[0].region"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation")));
        await AssertNoCampaignAsync(campaign);
    }

    [Theory]
    [InlineData("interest")]
    [InlineData("country")]
    [InlineData("placement")]
    [InlineData("campaignName")]
    [InlineData("adSetName")]
    public async Task AHugeTextFieldOnAnNdjsonLineIsRefusedNamingIt(string field)
    {
        var campaign = NewCampaign();
        using var response = await PostAsync(Record(campaign, field) + "\n", "application/x-ndjson", "metrics");

        Assert.Equal([$"items[0].{field}"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation")));
        await AssertNoCampaignAsync(campaign);
    }

    [Fact]
    public async Task AHugeRegionInAMetaExportIsRefusedNamingItsLine()
    {
        var campaign = NewCampaign();
        using var response = await PostAsync(
            $"Campaign name,Day,Region,Impressions,Amount spent (EUR)\n{campaign},{Today},{Huge},10,1.5\n", "text/csv", "metrics/csv");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Contains("region", problem.GetProperty("errors").ToString(), StringComparison.Ordinal);
        await AssertNoCampaignAsync(campaign);
    }

    private static string NewCampaign() => $"text-{Guid.NewGuid():N}"[..16];

    private static string Record(string campaign, string hugeField) =>
        $"{{\"platform\":\"meta\",\"campaignId\":\"{campaign}\",\"date\":\"{Today}\",\"impressions\":1,\"{hugeField}\":\"{Huge}\"}}";

    private Task<HttpResponseMessage> PostAsync(string body, string mediaType, string route) =>
        fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/ingest/{route}", new StringContent(body, Encoding.UTF8, mediaType));

    private async Task AssertNoCampaignAsync(string campaign)
    {
        using var read = await fixture.Admin.GetAsync($"api/v1/tenants/{fixture.Tenant}/campaigns/meta:{campaign}?window=7d");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }
}
