using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Alert channels' signing secrets and URLs are encrypted in PostgreSQL's grain state, the key ring beside
/// them is encrypted with the configured certificate, and a silo started afterwards (a new process)
/// decrypts them with that key ring.
/// </summary>
public sealed class SecretsAtRestTests : IAsyncLifetime
{
    private const string CertificatePassword = "key-ring-test";

    private readonly WebhookReceiver _receiver = new();
    private readonly string _certificatePath = Path.Combine(Path.GetTempPath(), $"gm-key-ring-{Guid.NewGuid():N}.pfx");
    private ProcessCluster? _cluster;

    private ProcessCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster did not start.");

    [Fact]
    public async Task GrainStateHoldsNoSecretInClearAndANewSiloStillSendsSignedAlerts()
    {
        var (client, token) = await Cluster.CreateSignedInClientAsync();
        var tenant = TenantJson.UniqueId("at-rest");
        await TenantJson.CreateAsync(client, TenantJson.NewTenant(tenant));
        var webhookUrl = _receiver.NewUrl("at-rest") + "?token=URL-CREDENTIAL";
        var slackUrl = _receiver.NewUrl("slack-credential");
        var (webhook, secret) = await CreateAsync(client, tenant, new { name = "vault-hook", type = "webhook", url = webhookUrl });
        var (slack, _) = await CreateAsync(client, tenant, new { name = "vault-slack", type = "slack", url = slackUrl });
        client.Dispose();

        Assert.Equal(1L, await StatesHoldingAsync("vault-hook"));
        Assert.Equal(0L, await StatesHoldingAsync(secret!));
        Assert.Equal(0L, await StatesHoldingAsync("URL-CREDENTIAL"));
        Assert.Equal(0L, await StatesHoldingAsync(new Uri(slackUrl).AbsolutePath));
        Assert.True(await Cluster.QueryScalarAsync<long>("SELECT count(*) FROM data_protection_keys WHERE xml LIKE '%<EncryptedData%'") >= 1);
        Assert.Equal(0L, await Cluster.QueryScalarAsync<long>("SELECT count(*) FROM data_protection_keys WHERE xml LIKE '%<masterKey%'"));

        await Cluster.StopAllAsync();
        await Cluster.StartAsync(silos: 1);
        using var restarted = Cluster.CreateApiClient().WithBearer(token);
        restarted.Timeout = TimeSpan.FromSeconds(30);

        Assert.Equal("delivered", (await TestAsync(restarted, tenant, webhook)).GetProperty("status").GetString());
        Assert.True((await _receiver.NextAsync(webhookUrl)).IsSignedWith(secret!), "the new silo signed with another secret");
        Assert.Equal("delivered", (await TestAsync(restarted, tenant, slack)).GetProperty("status").GetString());
        Assert.Equal(1, _receiver.Count(slackUrl));
    }

    public async Task InitializeAsync()
    {
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=GrainMarketing key ring (test)", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            await File.WriteAllBytesAsync(_certificatePath, certificate.Export(X509ContentType.Pfx, CertificatePassword));
        }

        _cluster = await ProcessCluster.CreateAsync(new Dictionary<string, string>
        {
            ["Alerts__AllowPrivateTargets"] = "true",
            ["DataProtection__CertificatePath"] = _certificatePath,
            ["DataProtection__CertificatePassword"] = CertificatePassword,
        });
        await _cluster.StartAsync(silos: 1);
    }

    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.DisposeAsync();
        }

        await _receiver.DisposeAsync();
        File.Delete(_certificatePath);
    }

    /// <summary>How many grain states hold <paramref name="text"/> in UTF-8, read straight from the grain storage table.</summary>
    private Task<long> StatesHoldingAsync(string text) => Cluster.QueryScalarAsync<long>(
        $"SELECT count(*) FROM orleansstorage WHERE position(convert_to('{text.Replace("'", "''", StringComparison.Ordinal)}', 'UTF8') IN payloadbinary) > 0");

    private static async Task<(string Id, string? Secret)> CreateAsync(HttpClient client, string tenant, object channel)
    {
        using var created = await client.PostAsJsonAsync($"api/v1/tenants/{tenant}/alert-channels", channel);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var answer = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (answer.GetProperty("channel").GetProperty("id").GetString()!, answer.GetProperty("secret").GetString());
    }

    private static async Task<JsonElement> TestAsync(HttpClient client, string tenant, string id)
    {
        using var tested = await client.PostAsync($"api/v1/tenants/{tenant}/alert-channels/{id}/test", null);
        Assert.Equal(HttpStatusCode.OK, tested.StatusCode);
        return await tested.Content.ReadFromJsonAsync<JsonElement>();
    }
}
