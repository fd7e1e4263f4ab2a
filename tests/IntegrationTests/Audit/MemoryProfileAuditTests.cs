using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Audit;

/// <summary>
/// The Memory profile as scripts/run.sh runs it, a silo and API hosts as separate processes: the
/// audit trail lives in the silo, so what one API host records another reads through GET /audit.
/// </summary>
public sealed class MemoryProfileAuditTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task WhatOneApiHostRecordsAnotherApiHostReadsFromTheSilosTrail()
    {
        var cluster = $"gm_mem_{Guid.NewGuid():N}"[..20];
        var settings = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Memory",
            ["Orleans__ClusterId"] = cluster,
            ["Orleans__ServiceId"] = cluster,
            ["Silo__GatewayPort"] = Port(),
            ["Auth__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
        };
        var metricsPort = Port();
        await using var silo = AppProcess.Start("silo", TestEnvironment.SiloDll, With(settings, new()
        {
            ["Silo__SiloPort"] = Port(),
            ["Silo__MetricsPort"] = metricsPort,
            ["Silo__DashboardPort"] = Port(),
        }));
        await silo.WaitUntilReadyAsync($"http://127.0.0.1:{metricsPort}/health/ready", StartTimeout);
        var writerAddress = new Uri($"http://127.0.0.1:{Port()}/");
        var readerAddress = new Uri($"http://127.0.0.1:{Port()}/");
        await using var writerApi = AppProcess.Start("api1", TestEnvironment.ApiHostDll, With(settings, new() { ["Urls"] = writerAddress.ToString().TrimEnd('/') }));
        await using var readerApi = AppProcess.Start("api2", TestEnvironment.ApiHostDll, With(settings, new() { ["Urls"] = readerAddress.ToString().TrimEnd('/') }));
        await Task.WhenAll(
            writerApi.WaitUntilReadyAsync(new Uri(writerAddress, "health/ready").ToString(), StartTimeout),
            readerApi.WaitUntilReadyAsync(new Uri(readerAddress, "health/ready").ToString(), StartTimeout));

        using var writer = new HttpClient { BaseAddress = writerAddress, Timeout = TimeSpan.FromSeconds(10) };
        var token = await TestAccounts.SignUpAsync(writer, TestAccounts.NewEmail("memory"));
        writer.WithBearer(token);
        var tenant = TenantJson.UniqueId("memory");
        await TenantJson.CreateAsync(writer, TenantJson.NewTenant(tenant));
        (await writer.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { displayName = "Renamed" })).EnsureSuccessStatusCode();
        using var reader = new HttpClient { BaseAddress = readerAddress, Timeout = TimeSpan.FromSeconds(10) };
        reader.WithBearer(token);
        using var response = await reader.GetAsync($"api/v1/tenants/{tenant}/audit");

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"audit answered {(int)response.StatusCode}: {body}");
        var items = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["tenant.updated", "tenant.created"], items.Select(i => i.GetProperty("action").GetString()));
        Assert.Equal($"Tenant {tenant}", items[0].GetProperty("before").GetProperty("displayName").GetString());
        Assert.Equal("Renamed", items[0].GetProperty("after").GetProperty("displayName").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("before").ValueKind);
    }

    private static string Port() => FreePort.Next().ToString(CultureInfo.InvariantCulture);

    private static Dictionary<string, string> With(Dictionary<string, string> settings, Dictionary<string, string> extra)
    {
        foreach (var (key, value) in settings)
        {
            extra.TryAdd(key, value);
        }

        return extra;
    }
}
