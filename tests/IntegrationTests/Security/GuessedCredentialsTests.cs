using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Made-up API keys of the right shape, as an attacker on the network sends them by the hundred: the rate limit
/// answers them before any credential check, a refused key is checked once, and a tenant that does not exist
/// never gets a grain.
/// </summary>
public sealed partial class GuessedCredentialsTests : IAsyncLifetime
{
    private const int AddressLimit = 40;
    private const int Guesses = 60;
    private ProcessCluster? _cluster;

    private ProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    public async Task InitializeAsync()
    {
        _cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>
        {
            ["RateLimits__Addresses__TokenLimit"] = AddressLimit.ToString(CultureInfo.InvariantCulture),
            ["RateLimits__Addresses__TokensPerPeriod"] = "1",
            ["RateLimits__Addresses__ReplenishmentPeriod"] = "1.00:00:00",
        });
        await _cluster.StartAsync(silos: 1);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }
    }

    [Fact]
    public async Task GuessedKeysCostAtMostOneLookupEachActivateNoGrainAndPastTheLimitReachNoCheckAtAll()
    {
        var (admin, _) = await Cluster.CreateSignedInClientAsync();
        using var _ = admin;
        var tenant = TenantJson.UniqueId("guessed");
        await TenantJson.CreateAsync(admin, TenantJson.NewTenant(tenant));
        using var api = Cluster.CreateApiClient();

        var wrongKey = MadeUpKey(tenant);
        var lookupsBefore = await CounterAsync(Cluster.ApiAddress, AccessLookups, "key");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(api, tenant, wrongKey));
        }

        Assert.Equal(lookupsBefore + 1, await SettledCounterAsync(Cluster.ApiAddress, AccessLookups, "key", lookupsBefore + 1));

        var activationsBefore = await CounterAsync(Cluster.SiloMetricsAddress, Activations, "tenantaccess");
        var tenantActivationsBefore = await CounterAsync(Cluster.SiloMetricsAddress, Activations, "tenant");
        var siloScraped = Stopwatch.StartNew();
        var tenantLookupsBefore = await CounterAsync(Cluster.ApiAddress, AccessLookups, "tenant");
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < Guesses; i++)
        {
            var madeUp = TenantJson.UniqueId("nobody");
            statuses.Add(await StatusAsync(api, madeUp, MadeUpKey(madeUp)));
        }

        var refused = statuses.Count(status => status == HttpStatusCode.Unauthorized);
        var limited = statuses.Count(status => status == HttpStatusCode.TooManyRequests);
        Assert.Equal(Guesses, refused + limited);
        Assert.True(limited > 0, $"none of {Guesses} guesses was over the address limit of {AddressLimit}");
        Assert.Equal(tenantLookupsBefore + refused,
            await SettledCounterAsync(Cluster.ApiAddress, AccessLookups, "tenant", tenantLookupsBefore + refused));
        // The exporter caches a scrape for 300 ms: make sure the next one is fresh.
        await Task.Delay(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(Math.Min(siloScraped.Elapsed.Ticks, TimeSpan.FromSeconds(1).Ticks)));
        Assert.Equal(activationsBefore, await CounterAsync(Cluster.SiloMetricsAddress, Activations, "tenantaccess"));
        Assert.Equal(tenantActivationsBefore, await CounterAsync(Cluster.SiloMetricsAddress, Activations, "tenant"));
    }

    private const string AccessLookups = "grainmarketing_access_lookups_total";
    private const string Activations = "orleans_catalog_activation_created_total";

    private static string MadeUpKey(string tenant) =>
        $"gmk_{tenant}.{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}."
        + Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<HttpStatusCode> StatusAsync(HttpClient api, string tenant, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/tenants/{tenant}/campaigns");
        request.Headers.Add("X-Api-Key", key);
        using var response = await api.SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>Reads the counter until it shows <paramref name="expected"/> (the exporter answers from a short cache).</summary>
    private static Task<double> SettledCounterAsync(Uri address, string metric, string label, double expected) =>
        Eventually.ReadAsync(() => CounterAsync(address, metric, label), value => value == expected, TimeSpan.FromSeconds(5));

    /// <summary>The sum of <paramref name="metric"/> over the series whose <c>kind</c> or <c>grain_type</c> is <paramref name="label"/>.</summary>
    private static async Task<double> CounterAsync(Uri address, string metric, string label)
    {
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        var text = await http.GetStringAsync("metrics");
        return Series().Matches(text)
            .Where(match => match.Groups["name"].Value == metric && match.Groups["labels"].Value.Contains($"=\"{label}\"", StringComparison.Ordinal)
                && (match.Groups["labels"].Value.Contains("kind=", StringComparison.Ordinal) || match.Groups["labels"].Value.Contains("grain_type=", StringComparison.Ordinal)))
            .Sum(match => double.Parse(match.Groups["value"].Value, CultureInfo.InvariantCulture));
    }

    [GeneratedRegex(@"^(?<name>[a-z_]+)\{(?<labels>[^}]*)\} (?<value>[0-9.eE+-]+)", RegexOptions.Multiline)]
    private static partial Regex Series();
}
