using System.Net.Http.Json;
using System.Text.Json;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Small helpers for talking to the tenants API as a client would, with raw JSON.</summary>
public static class TenantJson
{
    public static object NewTenant(string id, string zone = "Europe/Berlin", string currency = "EUR", int hour = 6) => new
    {
        id,
        displayName = $"Tenant {id}",
        timeZone = zone,
        currency,
        dailyAnalysisHour = hour,
    };

    public static string UniqueId(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..Math.Min(prefix.Length + 13, 40)];

    public static async Task<JsonElement> CreateAsync(HttpClient api, object tenant)
    {
        using var response = await api.PostAsJsonAsync("api/v1/tenants", tenant);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"create answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    public static async Task<(int Status, JsonElement Body)> GetAsync(HttpClient api, string id)
    {
        using var response = await api.GetAsync($"api/v1/tenants/{id}");
        var body = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, body.Length == 0 ? default : JsonDocument.Parse(body).RootElement.Clone());
    }
}
