using System.Net;
using System.Text;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>A request with a problem in every record is answered with the first 100 problems and their count, not one entry per problem.</summary>
[Collection(InProcessApiCollection.Name)]
public sealed class IngestErrorCapTests(InProcessApiCluster fixture)
{
    private const int Records = 100_000;

    [Theory]
    [InlineData("metrics", "application/json")]
    [InlineData("metrics", "application/x-ndjson")]
    [InlineData("transactions", "application/json")]
    [InlineData("engagements", "application/x-ndjson")]
    public async Task EmptyRecordsAreAnsweredWithAHundredProblemsAndTheirCount(string kind, string mediaType)
    {
        var body = mediaType == "application/json"
            ? "{\"items\":[" + string.Join(',', Enumerable.Repeat("{}", Records)) + "]}"
            : string.Concat(Enumerable.Repeat("{}\n", Records));

        await AssertCappedAsync(await fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/ingest/{kind}", new StringContent(body, Encoding.UTF8, mediaType)));
    }

    [Fact]
    public async Task ACsvFileOfBadRowsIsAnsweredWithAHundredProblemsAndTheirCount()
    {
        var csv = "userId,amount,currency,timestamp\n" + string.Concat(Enumerable.Repeat("!,0,XX,never\n", Records));

        await AssertCappedAsync(await fixture.Admin.PostAsync($"api/v1/tenants/{fixture.Tenant}/ingest/transactions/csv", new StringContent(csv, Encoding.UTF8, "text/csv")));
    }

    private static async Task AssertCappedAsync(HttpResponseMessage response)
    {
        using (response)
        {
            var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
            Assert.InRange(problem.GetProperty("errors").EnumerateObject().Count(), 1, 100);
            Assert.True(problem.GetProperty("errorCount").GetInt32() >= Records, problem.GetProperty("errorCount").ToString());
            Assert.InRange(problem.ToString().Length, 1, 32 * 1024);
        }
    }
}
