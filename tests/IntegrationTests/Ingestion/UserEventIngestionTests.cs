using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Ingestion;

/// <summary>
/// Customer transactions and offer engagements over real HTTP into the durable journal in PostgreSQL:
/// the profile grain that consumes them is not here yet, so publication is read from the journal rows
/// of each customer's stream (<c>user-events/{tenant}/{userId}</c>).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UserEventIngestionTests(ApiCluster fixture)
{
    private readonly HttpClient _api = fixture.Api;

    private static string Now => DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AcceptedTransactionsArePublishedAsOneJournalRowPerCustomer()
    {
        var tenant = await NewTenantAsync();
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new
        {
            items = new object[] { Transaction("ann", 12.5m), Transaction("ann", 3m, merchant: "Bakery"), Transaction("bob", 40m) },
        });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2, 0, false), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("users").GetInt32(),
            receipt.GetProperty("campaigns").GetInt32(), receipt.GetProperty("replayed").GetBoolean()));
        Assert.Equal(1L, await JournalRowsAsync(tenant, "ann"));
        Assert.Equal(1L, await JournalRowsAsync(tenant, "bob"));
        Assert.Equal(2L, await JournalRowsAsync(tenant));
    }

    [Fact]
    public async Task NdjsonEngagementsAreAcceptedAndPublished()
    {
        var tenant = await NewTenantAsync();
        var lines = new[]
        {
            Engagement("ann", "delivered"), Engagement("ann", "viewed"), Engagement("cy", "clicked"), Engagement("cy", "converted", amount: 19.99m),
        }.Select(e => JsonSerializer.Serialize(e));

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/engagements",
            new StringContent(string.Join("\r\n", lines) + "\n\n", Encoding.UTF8, "application/x-ndjson"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((4, 2), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("users").GetInt32()));
        Assert.Equal(1L, await JournalRowsAsync(tenant, "cy"));
        Assert.Equal(2L, await JournalRowsAsync(tenant));
    }

    [Fact]
    public async Task ARequestWithAnyBadRecordIsRejectedWholeNamingEveryFieldAndPublishesNothing()
    {
        var tenant = await NewTenantAsync();
        using var transactions = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new
        {
            items = new object[]
            {
                Transaction("ann", 5m),
                new { userId = "bad id", amount = -3m, currency = "EURO", timestamp = "2026-11-20 10:00", latitude = 95.0, longitude = 4.0, category = new string('c', 101) },
            },
        });
        var problem = await ProblemJson.ReadAsync(transactions, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["items[1].amount", "items[1].category", "items[1].currency", "items[1].latitude", "items[1].timestamp", "items[1].userId"],
            ProblemJson.ErrorFields(problem));

        using var engagements = await _api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/engagements", new
        {
            items = new object[] { Engagement("ann", "viewed", amount: 2m), Engagement("ann", "converted"), new { userId = "ann", kind = "liked", timestamp = Now } },
        });
        problem = await ProblemJson.ReadAsync(engagements, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["items[0].amount", "items[1].amount", "items[2].campaign", "items[2].kind"], ProblemJson.ErrorFields(problem));

        Assert.Equal(0L, await JournalRowsAsync(tenant));
    }

    [Fact]
    public async Task ARetryWithTheSameIdempotencyKeyAnswersTheStoredReceiptAndPublishesNothingMore()
    {
        var tenant = await NewTenantAsync();
        // The retry carries other content: only the key can make it a no-op.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/ingest/transactions")
            {
                Content = JsonContent.Create(new { items = new[] { Transaction("ann", 10m + attempt), Transaction($"other-{attempt}", 1m) } }),
            };
            request.Headers.Add("Idempotency-Key", "file-7");
            using var response = await _api.SendAsync(request);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal((2, 2, attempt == 1), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("users").GetInt32(),
                receipt.GetProperty("replayed").GetBoolean()));
        }

        Assert.Equal(1L, await JournalRowsAsync(tenant, "ann"));
        Assert.Equal(0L, await JournalRowsAsync(tenant, "other-1"));

        // The same key on engagements names another request: it is not answered with the transactions' receipt.
        using var engagements = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{tenant}/ingest/engagements")
        {
            Content = JsonContent.Create(new { items = new[] { Engagement("ann", "viewed") } }),
        };
        engagements.Headers.Add("Idempotency-Key", "file-7");
        using var answer = await _api.SendAsync(engagements);
        Assert.False((await answer.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("replayed").GetBoolean());
        Assert.Equal(2L, await JournalRowsAsync(tenant, "ann"));
    }

    [Fact]
    public async Task ACsvFileOfTransactionsIsImportedAndABadRowIsNamedByLine()
    {
        var tenant = await NewTenantAsync();
        var csv = "UserId;Amount;Currency;Timestamp;Merchant;City;Latitude;Longitude\n"
            + $"ann;12.50;eur;{Now};\"Shop; Main St\";Lyon;45.76;4.84\n"
            + $"bob;7;USD;{Now};;;;\n"
            + $"ann;3;EUR;{Now};Bakery;Lyon;;\n";

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/transactions/csv", new StringContent(csv, Encoding.UTF8, "text/csv"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((3, 2), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("users").GetInt32()));
        Assert.Equal(1L, await JournalRowsAsync(tenant, "ann"));
        Assert.Equal(2L, await JournalRowsAsync(tenant));

        using var bad = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/engagements/csv", new StringContent(
            $"userId,kind,campaign,timestamp,amount\ncy,viewed,spring,{Now},\ncy,converted,spring,{Now},\n", Encoding.UTF8, "text/csv"));
        var problem = await ProblemJson.ReadAsync(bad, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 3"], ProblemJson.ErrorFields(problem));
        Assert.StartsWith("amount: Required", problem.GetProperty("errors").GetProperty("line 3")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0L, await JournalRowsAsync(tenant, "cy"));
    }

    [Fact]
    public async Task IngestingCustomerEventsForAnUnknownTenantIs404()
    {
        using var response = await _api.PostAsJsonAsync($"api/v1/tenants/{TenantJson.UniqueId("nobody")}/ingest/transactions",
            new { items = new[] { Transaction("ann", 1m) } });
        await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
    }

    /// <summary>Journal rows on the customer's stream, or on all the tenant's customer streams.</summary>
    private Task<long> JournalRowsAsync(string tenant, string? userId = null) => fixture.Cluster.QueryScalarAsync<long>(userId is null
        ? $"SELECT count(*) FROM metric_journal WHERE stream_key LIKE 'user-events/{tenant}/%'"
        : $"SELECT count(*) FROM metric_journal WHERE stream_key = 'user-events/{tenant}/{userId}'");

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("people");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }

    private static Dictionary<string, object?> Transaction(string user, decimal amount, string? merchant = null) => new()
    {
        ["userId"] = user,
        ["amount"] = amount,
        ["currency"] = "EUR",
        ["timestamp"] = Now,
        ["merchant"] = merchant,
    };

    private static Dictionary<string, object?> Engagement(string user, string kind, decimal? amount = null) => new()
    {
        ["userId"] = user,
        ["kind"] = kind,
        ["campaign"] = "spring",
        ["timestamp"] = Now,
        ["amount"] = amount,
    };
}
