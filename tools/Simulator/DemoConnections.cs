using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.Simulator;

/// <summary>
/// Connects a demo tenant to the Meta and Google ad accounts of tools/FakePlatforms, which scripts/run.sh starts and
/// points the silo at, with the fake's demo credentials (a Meta system-user token, a Google refresh token), and selects
/// the account in the tenant's currency: its reporting then arrives through the real connectors from the first minute.
/// </summary>
/// <remarks>A platform the tenant is already connected to (a restarted simulator with --postgres) is left as it is.</remarks>
internal static class DemoConnections
{
    public const int BackfillDays = 30;

    public static async Task ConnectAsync(HttpClient http, string tenant, string currency, string? metaToken, string? googleRefreshToken)
    {
        var existing = await http.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/connections");
        var connected = existing.EnumerateArray().Select(c => c.GetProperty("platform").GetString()).ToHashSet(StringComparer.Ordinal);
        if (metaToken is { Length: > 0 } && !connected.Contains("meta"))
        {
            await ConnectAsync(http, tenant, currency, new { platform = "meta", name = "Meta (demo business)", accessToken = metaToken });
        }

        if (googleRefreshToken is { Length: > 0 } && !connected.Contains("google"))
        {
            await ConnectAsync(http, tenant, currency, new { platform = "google", name = "Google Ads (demo manager)", refreshToken = googleRefreshToken });
        }
    }

    private static async Task ConnectAsync(HttpClient http, string tenant, string currency, object request)
    {
        using var created = await http.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", request);
        if (!created.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"simulator: cannot connect {tenant} to the fake platforms: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
            return;
        }

        var connection = await created.Content.ReadFromJsonAsync<JsonElement>();
        var accounts = connection.GetProperty("accounts").EnumerateArray().ToList();
        var account = accounts.FirstOrDefault(a => a.GetProperty("currency").GetString() == currency, accounts.FirstOrDefault());
        if (account.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var id = connection.GetProperty("id").GetString();
        using var selected = await http.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{id}/accounts",
            new { accountIds = new[] { account.GetProperty("id").GetString() }, backfillDays = BackfillDays });
        Console.WriteLine(selected.IsSuccessStatusCode
            ? $"simulator: {tenant} is connected to {connection.GetProperty("platform").GetString()} account {account.GetProperty("name").GetString()} ({account.GetProperty("currency").GetString()}), backfilling {BackfillDays} days"
            : $"simulator: cannot select an account for {tenant}: {(int)selected.StatusCode}");
    }
}
