using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GrainMarketing.Simulator;

/// <summary>One client per fed tenant over a shared connection handler, each sending that tenant's ingest key.</summary>
internal sealed class IngestClients : IDisposable
{
    /// <summary>The API's names; an absent optional field is left out rather than sent as null.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    private readonly Dictionary<string, HttpClient> _clients;

    public IngestClients(HttpMessageHandler handler, Uri api, IReadOnlyDictionary<string, string> keys)
    {
        _clients = keys.ToDictionary(k => k.Key, k =>
        {
            var client = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.Add("X-Api-Key", k.Value);
            return client;
        }, StringComparer.Ordinal);
    }

    public bool Feeds(string tenant) => _clients.ContainsKey(tenant);

    /// <summary>Posts the records as NDJSON to the tenant's ingestion route for their kind (metrics, transactions or engagements); false when refused or unreachable.</summary>
    public async Task<bool> SendAsync(string tenant, IEnumerable<object> records, CancellationToken cancellationToken, string route = "metrics")
    {
        var body = new StringBuilder();
        foreach (var record in records)
        {
            body.Append(JsonSerializer.Serialize(record, Json)).Append('\n');
        }

        try
        {
            using var content = new StringContent(body.ToString(), Encoding.UTF8, "application/x-ndjson");
            using var response = await _clients[tenant].PostAsync($"api/v1/tenants/{tenant}/ingest/{route}", content, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
    }
}
