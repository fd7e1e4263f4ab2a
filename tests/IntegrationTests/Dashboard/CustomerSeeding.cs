using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>Customers' purchases and offer steps sent through the API, and the API's answers the pages must equal.</summary>
public static class CustomerSeeding
{
    /// <summary>Each customer's purchases over the last days, sent with an ingest key; the customers all show the "new" pattern.</summary>
    public static async Task PurchasesAsync(HttpClient ingest, string tenant, IReadOnlyDictionary<string, decimal[]> purchases, DateTimeOffset? at = null)
    {
        var now = at ?? DateTimeOffset.UtcNow.AddMinutes(-5);
        var items = purchases.SelectMany(customer => customer.Value.Select((amount, i) => new
        {
            userId = customer.Key,
            amount,
            currency = "EUR",
            timestamp = now.AddHours(-i * 26).ToString("O", CultureInfo.InvariantCulture),
            merchant = "Corner shop",
            category = i % 2 == 0 ? "groceries" : "books",
            city = "Lyon",
        })).ToArray();
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new { items });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
    }

    /// <summary>Offer steps (delivered, viewed, clicked, converted) of customers with one campaign.</summary>
    public static async Task StepsAsync(HttpClient ingest, string tenant, string campaign, IEnumerable<string> customers, decimal amount)
    {
        var now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var items = customers.SelectMany(user => new[] { "delivered", "viewed", "clicked", "converted" }.Select(kind => new Dictionary<string, object?>
        {
            ["userId"] = user,
            ["kind"] = kind,
            ["campaign"] = campaign,
            ["timestamp"] = now,
            ["amount"] = kind == "converted" ? amount : null,
        })).ToArray();
        using var sent = await ingest.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/engagements", new { items });
        Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
    }

    /// <summary>Waits until the customer table holds every one of <paramref name="count"/> new customers (target lists and members read it).</summary>
    public static Task<JsonElement> NewCustomersAsync(HttpClient api, string tenant, int count) =>
        Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/new?limit=100"),
            page => page.GetProperty("members").GetArrayLength() == count);

    /// <summary>Money as the dashboard writes it.</summary>
    public static string Money(decimal amount) => $"{amount.ToString("N2", CultureInfo.InvariantCulture)} EUR";
}
