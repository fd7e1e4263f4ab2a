using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;
using Json.Schema;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>
/// The answers the API gives match the schemas its own OpenAPI document gives them, so a client generated from the
/// document (the dashboard's) reads what the API writes: required members present, nulls only where the document allows them.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiAnswersTests(ApiCluster fixture)
{
    /// <summary>The reads the dashboard's pages make first, on a tenant with data (the template; the query after <c>?</c>).</summary>
    private static readonly string[] Reads =
    [
        "/api/v1/auth/me", "/api/v1/tenants", "/api/v1/tenants/{tenant}", "/api/v1/tenants/{tenant}/members", "/api/v1/tenants/{tenant}/keys",
        "/api/v1/tenants/{tenant}/audit", "/api/v1/tenants/{tenant}/analytics/summary?window=7d", "/api/v1/tenants/{tenant}/analytics/top?window=7d",
        "/api/v1/tenants/{tenant}/campaigns?window=7d", "/api/v1/tenants/{tenant}/campaigns/{id}?window=7d&id=meta:c1",
        "/api/v1/tenants/{tenant}/campaigns/{id}/timeseries?window=7d&id=meta:c1", "/api/v1/tenants/{tenant}/campaigns/{id}/breakdown?window=7d&by=age,gender&id=meta:c1",
        "/api/v1/tenants/{tenant}/campaigns/{id}/automation?id=meta:c1", "/api/v1/tenants/{tenant}/demographics/segments?dimension=age&window=7d",
        "/api/v1/tenants/{tenant}/demographics/geographic?window=7d", "/api/v1/tenants/{tenant}/rules", "/api/v1/tenants/{tenant}/rules/templates",
        "/api/v1/tenants/{tenant}/automation/history", "/api/v1/tenants/{tenant}/alert-channels", "/api/v1/tenants/{tenant}/alerts",
        "/api/v1/tenants/{tenant}/anomalies", "/api/v1/tenants/{tenant}/anomaly-settings", "/api/v1/tenants/{tenant}/segments",
        "/api/v1/tenants/{tenant}/offer-campaigns", "/api/v1/tenants/{tenant}/analysis/runs", "/api/v1/tenants/{tenant}/analysis/settings",
        "/api/v1/tenants/{tenant}/models/campaign-outcomes",
    ];

    [Fact]
    public async Task TheAnswersOfTheDashboardsReadsAndWritesMatchTheirDocumentedSchemas()
    {
        // The document is generated on each request, which takes seconds on a busy machine: more than the usual client waits.
        using var anonymous = fixture.Cluster.CreateApiClient();
        anonymous.Timeout = TimeSpan.FromMinutes(1);
        var document = JsonNode.Parse(await anonymous.GetStringAsync("openapi/v1.json"))!;
        var tenant = TenantJson.UniqueId("openapi");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant, zone: "Etc/UTC"));
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var records = Enumerable.Range(0, 3).SelectMany(day => new[] { "c1", "c2" }.Select(campaign => new
        {
            platform = "meta",
            campaignId = campaign,
            date = today.AddDays(-day).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            age = "25-34",
            gender = "female",
            country = "DE",
            impressions = 1000 + day,
            clicks = 40,
            spend = 25.5,
            conversions = 3,
            conversionValue = 90.25,
        }));
        using (var ingested = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items = records }))
        {
            Assert.True(ingested.IsSuccessStatusCode, await ingested.Content.ReadAsStringAsync());
        }

        await Eventually.ReadAsync(
            () => fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns?window=7d"),
            page => page.GetProperty("items").GetArrayLength() == 2);
        var checker = new AnswerChecker(document, fixture.Api, tenant);

        await checker.PostAsync("/api/v1/tenants/{tenant}/rules", new
        {
            name = "Runaway spend",
            conditions = new[] { new { metric = "spend", window = "3d", comparator = "gt", threshold = 100 } },
            actions = new[] { new { type = "pause" } },
        });
        await checker.PostAsync("/api/v1/tenants/{tenant}/alert-channels", new { name = "ops", type = "webhook", url = "https://hooks.example.org/gm" });
        foreach (var read in Reads)
        {
            await checker.GetAsync(read);
        }

        Assert.True(checker.Mismatches.Count == 0, string.Join("\n", checker.Mismatches));
    }

    /// <summary>Calls routes by their documented template and checks each answer against the schema the document gives its status.</summary>
    private sealed class AnswerChecker(JsonNode document, HttpClient api, string tenant)
    {
        public List<string> Mismatches { get; } = [];

        public async Task GetAsync(string read)
        {
            var (template, query) = read.IndexOf('?', StringComparison.Ordinal) is var mark and >= 0 ? (read[..mark], read[(mark + 1)..]) : (read, "");
            var id = query.Split('&').FirstOrDefault(p => p.StartsWith("id=", StringComparison.Ordinal))?[3..];
            using var response = await api.GetAsync(Path(template, id) + (query.Length > 0 ? "?" + query : ""));
            await CheckAsync("get", template, response);
        }

        public async Task PostAsync(string template, object body)
        {
            using var response = await api.PostAsJsonAsync(Path(template, null), body);
            await CheckAsync("post", template, response);
        }

        private string Path(string template, string? id) =>
            template.Replace("{tenant}", tenant, StringComparison.Ordinal).Replace("{id}", id, StringComparison.Ordinal).TrimStart('/');

        private async Task CheckAsync(string method, string template, HttpResponseMessage response)
        {
            var name = $"{method.ToUpperInvariant()} {template} -> {(int)response.StatusCode}";
            var body = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode)
            {
                Mismatches.Add($"{name}: not a success: {body}");
                return;
            }

            var content = document["paths"]?[template]?[method]?["responses"]?[((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)]?["content"];
            if (content?["application/json"]?["schema"] is not { } schema)
            {
                Mismatches.Add($"{name}: the document gives this answer no application/json schema ({content?.ToJsonString() ?? "no content"})");
                return;
            }

            var results = Schema(schema).Evaluate(JsonDocument.Parse(body).RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            if (results.IsValid)
            {
                return;
            }

            // The list holds the failures of every branch tried, those of a oneOf's other branches too: enough to find the one that matters.
            Mismatches.AddRange((results.Details ?? []).Prepend(results).Where(r => r.Errors is { Count: > 0 })
                .Select(r => $"{name}: {r.InstanceLocation}: {string.Join("; ", r.Errors!.Values)}"));
        }

        /// <summary>The answer's schema as a JSON Schema 2020-12 document, with the components it refers to as its <c>$defs</c>.</summary>
        private JsonSchema Schema(JsonNode schema)
        {
            var root = new JsonObject
            {
                ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
                ["$defs"] = document["components"]!["schemas"]!.DeepClone(),
                ["allOf"] = new JsonArray(schema.DeepClone()),
            };
            var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
            return JsonSchema.FromText(text, baseUri: new Uri($"https://grainmarketing.test/openapi/{Guid.NewGuid():N}"));
        }
    }
}
