using System.Net;
using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>A body that names a property twice is refused with a 400 naming it, not read as its last value.</summary>
[Collection(InProcessApiCollection.Name)]
public sealed class DuplicateJsonPropertyTests(InProcessApiCluster fixture)
{
    private const string Record = "{\"platform\":\"meta\",\"campaignId\":\"dup\",\"date\":\"2026-12-01\",\"impressions\":5}";

    [Fact]
    public async Task AJsonBatchWithItemsTwiceIsRefusedAndIngestsNothing()
    {
        using var response = await fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/ingest/metrics",
            new StringContent($"{{\"items\":[{Record}],\"items\":[]}}", Encoding.UTF8, "application/json"));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["items"], ProblemJson.ErrorFields(problem));
        Assert.Contains("Duplicate", problem.GetProperty("errors").GetProperty("items")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnNdjsonLineWithAFieldTwiceIsRefusedNamingItsLineAndField()
    {
        using var response = await fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/ingest/metrics", new StringContent(
            Record + "\n" + Record.Replace("\"impressions\":5", "\"impressions\":5,\"impressions\":9", StringComparison.Ordinal) + "\n",
            Encoding.UTF8, "application/x-ndjson"));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 2"], ProblemJson.ErrorFields(problem));
        Assert.StartsWith("impressions: Duplicate", problem.GetProperty("errors").GetProperty("line 2")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABodyTheFrameworkBindsWithAFieldTwiceIsRefusedNamingIt()
    {
        var id = TenantJson.UniqueId("dup");
        using var response = await fixture.Admin.PostAsync("api/v1/tenants", new StringContent(
            $"{{\"id\":\"{id}\",\"displayName\":\"a\",\"displayName\":\"b\",\"timeZone\":\"Etc/UTC\",\"currency\":\"EUR\"}}",
            Encoding.UTF8, "application/json"));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["displayName"], ProblemJson.ErrorFields(problem));
        Assert.Equal(404, (await TenantJson.GetAsync(fixture.Admin, id)).Status);
    }
}
