using System.Net.Http.Headers;

namespace GrainMarketing.Simulator;

/// <summary>Starts each tenant's daily behaviour analysis once, as the account's marketer would, so a fresh demo has its decisions and offer campaigns without waiting for the tenant's hour.</summary>
internal static class AnalysisRuns
{
    /// <summary>Time for the backfilled purchases to reach the customers' profiles before the analysis reads them.</summary>
    public static readonly TimeSpan After = TimeSpan.FromSeconds(60);

    /// <summary>Waits <see cref="After"/>, then starts every tenant's run; a stop before then starts none.</summary>
    public static async Task StartAsync(HttpMessageHandler handler, Uri api, DemoSession session, IEnumerable<string> tenants, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(After, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        foreach (var tenant in tenants)
        {
            try
            {
                using var response = await http.PostAsync($"api/v1/tenants/{tenant}/analysis/run-now", null, cancellationToken);
                Console.WriteLine($"simulator: {tenant}'s behaviour analysis started: {(int)response.StatusCode}");
            }
            catch (Exception exception) when (exception is HttpRequestException or OperationCanceledException)
            {
                Console.Error.WriteLine($"simulator: cannot start {tenant}'s behaviour analysis: {exception.Message}");
            }
        }
    }
}
