using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace GrainMarketing.Simulator;

/// <summary>Sets each campaign's name, objective, creative format, status and daily budget through the campaign API, as the account's marketer would.</summary>
internal static class CampaignSettings
{
    /// <summary>True when every campaign took its settings; a refusal is printed and the rest still go.</summary>
    public static async Task<bool> ApplyAsync(HttpMessageHandler handler, Uri api, DemoSession session, IEnumerable<Campaign> campaigns, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", session.AccessToken);
        var all = true;
        foreach (var campaign in campaigns)
        {
            using var response = await http.PatchAsJsonAsync($"api/v1/tenants/{campaign.Tenant}/campaigns/{campaign.Platform}:{campaign.Id}", new
            {
                name = campaign.Name,
                objective = campaign.Kind.Objective,
                creativeFormat = campaign.Kind.CreativeFormat,
                status = "active",
                dailyBudget = (decimal)campaign.Budget,
                currency = "USD",
            }, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                all = false;
                var reason = await response.Content.ReadAsStringAsync(cancellationToken);
                await Console.Error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"simulator: cannot set up {campaign.Tenant}/{campaign.Platform}:{campaign.Id}: {(int)response.StatusCode} {reason}"));
            }
        }

        return all;
    }
}
