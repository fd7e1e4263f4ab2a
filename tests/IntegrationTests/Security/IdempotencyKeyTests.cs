using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// An Idempotency-Key is 1-200 printable ASCII characters without '/', checked before anything is published, and
/// the receipts of metrics and customer events live apart, so no key answers with another kind's receipt.
/// </summary>
[Collection(InProcessApiCollection.Name)]
public sealed class IdempotencyKeyTests(InProcessApiCluster fixture)
{
    [Theory]
    [InlineData(201, 'k')]
    [InlineData(600, 'k')]
    [InlineData(10, '/')]
    [InlineData(10, ' ')]
    public async Task AKeyTooLongOrWithAForbiddenCharacterIsRefusedBeforeAnythingIsIngested(int length, char filler)
    {
        var campaign = $"idem-{Guid.NewGuid():N}"[..16];
        using var response = await IngestMetricAsync(campaign, "k" + new string(filler, length - 2) + "k");

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["Idempotency-Key"], ProblemJson.ErrorFields(problem));
        using var read = await fixture.Admin.GetAsync($"api/v1/tenants/{fixture.Tenant}/campaigns/meta:{campaign}?window=7d");
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task TheLongestKeyIsTakenAndItsRetryIsReplayed()
    {
        var key = new string('k', 200);
        var campaign = $"idem-{Guid.NewGuid():N}"[..16];
        using var first = await IngestMetricAsync(campaign, key);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.False((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());

        using var retry = await IngestMetricAsync(campaign, key);
        Assert.True((await retry.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
    }

    [Fact]
    public async Task AMetricsKeyCannotReachTheReceiptOfATransaction()
    {
        var key = $"tx-{Guid.NewGuid():N}";
        using var transaction = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{fixture.Tenant}/ingest/transactions")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { userId = "u1", amount = 12.5m, currency = "EUR", timestamp = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O") } },
            }),
        };
        transaction.Headers.Add("Idempotency-Key", key);
        using var accepted = await fixture.Admin.SendAsync(transaction);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        using var metrics = await IngestMetricAsync("collide", $"transactions/{key}");
        var answer = await metrics.Content.ReadAsStringAsync();
        Assert.False(metrics.StatusCode == HttpStatusCode.Accepted && answer.Contains("\"replayed\":true", StringComparison.Ordinal),
            $"the metrics request was answered with the transaction's receipt: {answer}");
    }

    private async Task<HttpResponseMessage> IngestMetricAsync(string campaign, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{fixture.Tenant}/ingest/metrics")
        {
            Content = JsonContent.Create(new
            {
                items = new[] { new { platform = "meta", campaignId = campaign, date = DateTime.UtcNow.ToString("yyyy-MM-dd"), impressions = 3 } },
            }),
        };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await fixture.Admin.SendAsync(request);
    }
}
