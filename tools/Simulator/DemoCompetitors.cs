using System.Net.Http.Headers;

namespace GrainMarketing.Simulator;

/// <summary>Imports the sample Google Ads auction-insights exports and Meta Ad Library Report files (samples/, four weeks as downloaded) into a demo tenant, so its competitors page has trends and jumps.</summary>
/// <remarks>Importing a week again replaces it, so a restarted simulator leaves the same four periods.</remarks>
internal static class DemoCompetitors
{
    public static async Task ImportAsync(HttpClient http, string tenant)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "samples");
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var file in Directory.GetFiles(folder, "auction-insights-*.csv").Order(StringComparer.Ordinal))
        {
            await SendAsync(http, tenant, file, "imports");
        }

        // Meta's report file names carry the period, so they are sent as they are.
        foreach (var file in Directory.GetFiles(folder, "FacebookAdLibraryReport_*_advertisers.csv").Order(StringComparer.Ordinal))
        {
            await SendAsync(http, tenant, file, "meta-ad-library");
        }
    }

    private static async Task SendAsync(HttpClient http, string tenant, string file, string route)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        using var imported = await http.PostAsync($"api/v1/tenants/{tenant}/competitors/{route}?fileName={Uri.EscapeDataString(Path.GetFileName(file))}", content);
        if (!imported.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"simulator: cannot import {Path.GetFileName(file)} into {tenant}: {(int)imported.StatusCode} {await imported.Content.ReadAsStringAsync()}");
        }
    }
}
