using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 12, connectors: the bench tenant connects tools/FakePlatforms' US-dollar Meta and Google accounts with the fake's
/// demo credentials and selects each with a 90-day backfill. "Pulled" is the time until the account's sync says the
/// backfill is done (every chunk read whole, published, its progress stored); "applied" the time until the tenant's
/// summary of those days shows exactly the impressions the fake's truth holds for the account.
/// </summary>
internal sealed class SyncPhase(BenchApi api, BenchOptions options, Report report)
{
    private const string Phase = "12 sync";
    private const int BackfillDays = 90;

    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(60);

    public async Task RunAsync()
    {
        using var platforms = new HttpClient { BaseAddress = options.Platforms, Timeout = TimeSpan.FromMinutes(2) };
        JsonElement accounts;
        try
        {
            accounts = await platforms.GetFromJsonAsync<JsonElement>("_fake/accounts");
        }
        catch (HttpRequestException failure)
        {
            report.Add(Phase, "fake platforms", $"SKIPPED: {options.Platforms} did not answer ({failure.Message})");
            return;
        }

        await RunAsync(platforms, accounts, "meta", new { platform = "meta", name = "bench Meta", accessToken = "fake-meta-system-user-token" });
        await RunAsync(platforms, accounts, "google", new { platform = "google", name = "bench Google", refreshToken = "fake-google-demo-refresh-token" });
    }

    private async Task RunAsync(HttpClient platforms, JsonElement accounts, string platform, object credential)
    {
        // The account in the bench tenant's currency (USD), so every amount adds up without a rate.
        var account = accounts.EnumerateArray().First(a => a.GetProperty("platform").GetString() == platform && a.GetProperty("currency").GetString() == "USD");
        var (id, campaigns) = (account.GetProperty("id").GetString()!, account.GetProperty("campaigns").GetArrayLength());
        var connection = (await api.CreateAsync("connections", credential)).GetProperty("id").GetString();
        var clock = Stopwatch.StartNew();
        await api.PutAsync($"connections/{connection}/accounts", new { accountIds = new[] { id }, backfillDays = BackfillDays });

        var sync = await api.GetJsonAsync($"connections/{connection}/syncs");
        while (!sync[0].GetProperty("backfillDone").GetBoolean() && clock.Elapsed < Limit)
        {
            await Task.Delay(1_000);
            sync = await api.GetJsonAsync($"connections/{connection}/syncs");
        }

        var pulled = clock.Elapsed.TotalSeconds;
        var rows = sync[0].GetProperty("rowsPulled").GetInt64();
        if (!sync[0].GetProperty("backfillDone").GetBoolean())
        {
            report.Add(Phase, $"{platform}: {campaigns} campaigns × {BackfillDays} days", $"NOT DONE in {Limit.TotalMinutes:N0} minutes ({rows:N0} rows so far)");
            return;
        }

        var (since, until) = (sync[0].GetProperty("backfillFrom").GetString(), account.GetProperty("today").GetString());
        var truth = await platforms.GetFromJsonAsync<JsonElement>($"_fake/{platform}/accounts/{id}/truth?since={since}&until={until}&level=campaign");
        var expected = truth.GetProperty("total").GetProperty("impressions").GetInt64();
        var summary = $"analytics/summary?window=custom&from={since}&to={until}";
        var seen = await ImpressionsAsync(summary, platform);
        while (seen < expected && clock.Elapsed < Limit)
        {
            await Task.Delay(500);
            seen = await ImpressionsAsync(summary, platform);
        }

        var applied = clock.Elapsed.TotalSeconds;
        var runs = sync[0].GetProperty("runs").EnumerateArray().ToList();
        var requests = runs.Sum(r => r.GetProperty("requests").GetInt32());
        report.Add(Phase, string.Create(CultureInfo.InvariantCulture, $"{platform}: {campaigns} campaigns × {BackfillDays} days, {rows:N0} rows in {runs.Count} pulls, {requests:N0} requests"),
            seen == expected
                ? string.Create(CultureInfo.InvariantCulture, $"pulled in {pulled:N1} s ({rows / pulled:N0} rows/s); applied (summary = the platform's {expected:N0} impressions) after {applied:N1} s ({rows / applied:N0} rows/s)")
                : string.Create(CultureInfo.InvariantCulture, $"MISMATCH after {applied:N1} s: the summary shows {seen:N0} impressions, the platform {expected:N0}"));
    }

    /// <summary>The tenant summary's impressions on one platform.</summary>
    private async Task<long> ImpressionsAsync(string summary, string platform)
    {
        var answer = await api.GetJsonAsync(summary);
        return answer.GetProperty("platforms").EnumerateArray().Where(p => p.GetProperty("platform").GetString() == platform)
            .Sum(p => p.GetProperty("totals").GetProperty("impressions").GetInt64());
    }
}
