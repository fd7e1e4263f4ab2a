using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.Simulator;

/// <summary>
/// The shop's app showing offers: now and then it opens for a few customers, reads the offers each sees (with the
/// tenant's read key), delivers the best one and reports what the customer does with it: viewed, clicked, converted
/// (a purchase, sent as one too). Held-out customers see no offers, so the offers' results show an uplift.
/// </summary>
internal sealed class OfferEngagements(HttpMessageHandler handler, Uri api, IReadOnlyDictionary<string, string> readKeys, Shoppers shoppers, int seed) : IDisposable
{
    public const double Viewed = 0.6;
    public const double Clicked = 0.35;
    public const double Converted = 0.3;
    public const int CustomersPerVisit = 10;
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(10);

    private readonly Random _random = new(seed);
    private readonly HashSet<(string User, string Campaign)> _delivered = [];
    private readonly Dictionary<string, HttpClient> _readers = readKeys.ToDictionary(k => k.Key, k =>
    {
        var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        client.DefaultRequestHeaders.Add("X-Api-Key", k.Value);
        return client;
    }, StringComparer.Ordinal);

    /// <summary>Opens the app for <paramref name="customers"/> customers of each tenant; the engagements and the purchases they make, by tenant.</summary>
    public async Task<(List<(string Tenant, object Record)> Engagements, List<(string Tenant, object Record)> Purchases)> VisitAsync(
        int customers, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var engagements = new List<(string, object)>();
        var purchases = new List<(string, object)>();
        foreach (var tenant in shoppers.All.GroupBy(s => s.Tenant).Where(t => _readers.ContainsKey(t.Key)))
        {
            var members = tenant.ToList();
            for (var i = 0; i < customers; i++)
            {
                var shopper = members[_random.Next(members.Count)];
                if (await BestOfferAsync(_readers[tenant.Key], shopper, cancellationToken) is not { } campaign || !_delivered.Add((shopper.Id, campaign)))
                {
                    continue;
                }

                var (steps, bought) = Journey(shopper, campaign, now);
                engagements.AddRange(steps.Select(step => (tenant.Key, step)));
                if (bought is { } amount)
                {
                    purchases.Add((tenant.Key, shoppers.Purchase(shopper, now, amount)));
                }
            }
        }

        return (engagements, purchases);
    }

    public void Dispose()
    {
        foreach (var reader in _readers.Values)
        {
            reader.Dispose();
        }
    }

    /// <summary>The customer's steps with a delivered offer, each at most once, and what they paid when they converted.</summary>
    private (List<object> Steps, decimal? Bought) Journey(Shopper shopper, string campaign, DateTimeOffset now)
    {
        object Step(string kind, decimal? amount = null) => new
        {
            userId = shopper.Id,
            kind,
            campaign,
            timestamp = now.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            amount,
            eventId = $"{shopper.Id}-{campaign}-{kind}",
        };

        var steps = new List<object> { Step("delivered") };
        if (_random.NextDouble() >= Viewed)
        {
            return (steps, null);
        }

        steps.Add(Step("viewed"));
        if (_random.NextDouble() >= Clicked)
        {
            return (steps, null);
        }

        steps.Add(Step("clicked"));
        if (_random.NextDouble() >= Converted)
        {
            return (steps, null);
        }

        var paid = Math.Round((decimal)(shopper.Kind.MeanAmount * (0.8 + (0.4 * _random.NextDouble()))), 2);
        steps.Add(Step("converted", paid));
        return (steps, paid);
    }

    /// <summary>The offer campaign the customer sees first, or null when none targets them (or the read fails).</summary>
    private static async Task<string?> BestOfferAsync(HttpClient reader, Shopper shopper, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await reader.GetAsync($"api/v1/tenants/{shopper.Tenant}/users/{shopper.Id}/offers", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return null;
            }

            var offers = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            return offers.GetArrayLength() > 0 ? offers[0].GetProperty("campaign").GetString() : null;
        }
        catch (HttpRequestException)
        {
            return null;
        }
    }
}
