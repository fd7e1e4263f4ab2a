using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>The dashboard's client is generated from the committed OpenAPI document: it must be the one the API serves.</summary>
[Collection(ApiCollection.Name)]
public sealed class ApiDocumentTests(ApiCluster fixture)
{
    private const string Committed = "src/Dashboard/Api/openapi.json";

    [Fact]
    public async Task TheCommittedDocumentTheDashboardIsGeneratedFromIsTheOneTheApiServes()
    {
        var served = JsonNode.Parse(await fixture.Anonymous.GetStringAsync("openapi/v1.json"))!.AsObject();
        served.Remove("servers");
        var root = TestEnvironment.RepositoryRoot;
        var committed = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, Committed)));
        if (JsonNode.DeepEquals(served, committed))
        {
            return;
        }

        var fresh = Path.Combine(root, ".artifacts", "openapi", "v1.json");
        Directory.CreateDirectory(Path.GetDirectoryName(fresh)!);
        await File.WriteAllTextAsync(fresh, served.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
        Assert.Fail($"The API's OpenAPI document differs from {Committed}, which the dashboard's client is generated from. "
            + $"If the change is meant, take the served one and rebuild the dashboard: cp {fresh} {Committed}");
    }
}
