using System.Net;
using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>A body of a media type a route does not take is refused with this API's problem type, whoever refuses it.</summary>
[Collection(InProcessApiCollection.Name)]
public sealed class UnsupportedBodyProblemTests(InProcessApiCluster fixture)
{
    [Theory]
    [InlineData("ingest/metrics", "text/plain")]
    [InlineData("ingest/transactions", "application/xml")]
    public async Task AnIngestionRouteRefusesAnotherMediaTypeWithTheProjectsProblem(string route, string mediaType)
    {
        using var response = await fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/{route}", new StringContent("a,b\n1,2\n", Encoding.UTF8, mediaType));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARouteTheFrameworkBindsRefusesAnotherMediaTypeWithTheProjectsProblem()
    {
        using var response = await fixture.Admin.PostAsync("api/v1/tenants", new StringContent("<tenant/>", Encoding.UTF8, "application/xml"));

        await ProblemJson.ReadAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }
}
