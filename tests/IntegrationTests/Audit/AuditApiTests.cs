using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Audit;

/// <summary>
/// <c>GET /api/v1/tenants/{tenant}/audit</c> over real HTTP and PostgreSQL: what the trail shows after
/// real audited requests, its filters and cursor, who may read it, and that filter values stay data.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuditApiTests(ApiCluster fixture)
{
    private static readonly string[] EveryAction = ["member.invited", "key.revoked", "key.created", "tenant.updated", "tenant.created"];

    [Fact]
    public async Task TheTrailListsTheTenantsChangesNewestFirstWithWhoAndWhat()
    {
        await using var tenant = await AuditedTenantAsync();

        var page = await PageAsync(tenant.Admin, tenant.Id, "");

        Assert.Equal(EveryAction, Actions(page));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        var items = Items(page);
        Assert.Equal([.. items.Select(Id).OrderDescending()], items.Select(Id));
        Assert.All(items, item =>
        {
            Assert.Equal(tenant.Email, item.GetProperty("actor").GetString());
            Assert.Equal("127.0.0.1", item.GetProperty("sourceIp").GetString());
            Assert.InRange(item.GetProperty("at").GetDateTimeOffset(), DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        });
        var updated = items.Single(i => i.GetProperty("action").GetString() == "tenant.updated");
        Assert.Equal($"Tenant {tenant.Id}", updated.GetProperty("before").GetProperty("displayName").GetString());
        Assert.Equal("Renamed", updated.GetProperty("after").GetProperty("displayName").GetString());
        var created = items.Single(i => i.GetProperty("action").GetString() == "key.created");
        Assert.Equal(tenant.KeyPrefix, created.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("before").ValueKind);
        Assert.Equal("ci", created.GetProperty("after").GetProperty("name").GetString());
        var revoked = items.Single(i => i.GetProperty("action").GetString() == "key.revoked");
        Assert.Equal(tenant.KeyPrefix, revoked.GetProperty("target").GetString());
        Assert.Equal(JsonValueKind.Null, revoked.GetProperty("after").ValueKind);
        Assert.Equal(tenant.Invitee, items[0].GetProperty("target").GetString());
    }

    [Fact]
    public async Task AnActionEndingInADotOrAStarIsAPrefixAndOtherFiltersMatchExactly()
    {
        await using var tenant = await AuditedTenantAsync();
        var all = Items(await PageAsync(tenant.Admin, tenant.Id, ""));
        string At(string action) =>
            Uri.EscapeDataString(all.Single(i => i.GetProperty("action").GetString() == action).GetProperty("at").GetDateTimeOffset().ToString("O"));

        Assert.Equal(["key.revoked", "key.created"], Actions(await PageAsync(tenant.Admin, tenant.Id, "action=key.")));
        Assert.Equal(["key.revoked", "key.created"], Actions(await PageAsync(tenant.Admin, tenant.Id, "action=key*")));
        Assert.Equal(["key.created"], Actions(await PageAsync(tenant.Admin, tenant.Id, "action=key.created")));
        Assert.Empty(Actions(await PageAsync(tenant.Admin, tenant.Id, "action=key")));
        Assert.Equal(["key.revoked", "key.created"],
            Actions(await PageAsync(tenant.Admin, tenant.Id, $"actor={Uri.EscapeDataString(tenant.Email)}&target={tenant.KeyPrefix}")));
        Assert.Empty(Actions(await PageAsync(tenant.Admin, tenant.Id, "actor=someone-else%40example.com")));
        Assert.Equal(["key.revoked", "key.created", "tenant.updated"],
            Actions(await PageAsync(tenant.Admin, tenant.Id, $"from={At("tenant.updated")}&to={At("member.invited")}")));
    }

    [Fact]
    public async Task FollowingNextWithLimitOneVisitsEveryEntryOnce()
    {
        await using var tenant = await AuditedTenantAsync();
        var all = Items(await PageAsync(tenant.Admin, tenant.Id, "limit=500")).Select(Id).ToList();

        var seen = new List<long>();
        var query = "limit=1";
        while (true)
        {
            var page = await PageAsync(tenant.Admin, tenant.Id, query);
            seen.AddRange(Items(page).Select(Id));
            if (page.GetProperty("next").ValueKind == JsonValueKind.Null)
            {
                break;
            }

            Assert.True(seen.Count < all.Count, "next kept answering after the last entry");
            query = $"limit=1&before={page.GetProperty("next").GetInt64()}";
        }

        Assert.Equal(EveryAction.Length, all.Count);
        Assert.Equal(all, seen);
    }

    [Fact]
    public async Task BadValuesAre400NamingEachField()
    {
        await using var tenant = await AuditedTenantAsync();

        using var limitAndFrom = await tenant.Admin.GetAsync($"api/v1/tenants/{tenant.Id}/audit?limit=501&from=last-tuesday");
        using var cursorAndRange = await tenant.Admin.GetAsync(
            $"api/v1/tenants/{tenant.Id}/audit?before=-4&from=2026-11-23T10:00:00Z&to=2026-11-23T10:00:00Z&limit=0");

        Assert.Equal(["from", "limit"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(limitAndFrom, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["before", "limit", "to"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(cursorAndRange, HttpStatusCode.BadRequest, "validation")));
    }

    [Theory]
    [InlineData("action", "x' OR '1'='1")]
    [InlineData("action", "x' OR '1'='1' --.")]
    [InlineData("action", "%.")]
    [InlineData("action", "_ey.")]
    [InlineData("actor", "' OR actor IS NOT NULL --")]
    [InlineData("target", "'); DELETE FROM audit_log; --")]
    public async Task FilterValuesThatLookLikeSqlAreMatchedAsPlainText(string field, string value)
    {
        await using var tenant = await AuditedTenantAsync();

        var page = await PageAsync(tenant.Admin, tenant.Id, $"{field}={Uri.EscapeDataString(value)}");

        Assert.Empty(Items(page));
        Assert.Equal(JsonValueKind.Null, page.GetProperty("next").ValueKind);
        Assert.Equal(EveryAction, Actions(await PageAsync(tenant.Admin, tenant.Id, "")));
    }

    [Fact]
    public async Task OnlyTheTenantsAdminsAndAdminKeysMayReadTheTrail()
    {
        await using var tenant = await AuditedTenantAsync();
        var path = $"api/v1/tenants/{tenant.Id}/audit";
        var readKey = await TestAccounts.CreateKeyAsync(tenant.Admin, tenant.Id, "read");
        var ingestKey = await TestAccounts.CreateKeyAsync(tenant.Admin, tenant.Id, "ingest");
        var adminKey = await TestAccounts.CreateKeyAsync(tenant.Admin, tenant.Id, "admin");
        var (stranger, _) = await fixture.Cluster.CreateSignedInClientAsync();
        using var strangers = stranger;

        using var anonymous = await fixture.Anonymous.GetAsync(path);
        using var outsider = await strangers.GetAsync(path);
        using var reader = await WithKey(path, readKey);
        using var ingester = await WithKey(path, ingestKey);
        using var admin = await WithKey(path, adminKey);

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        await ProblemJson.ReadAsync(outsider, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(HttpStatusCode.Forbidden, reader.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, ingester.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
        var page = await admin.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(["key.created", "key.created", "key.created", .. EveryAction], Actions(page));
    }

    [Fact]
    public async Task AnotherTenantsEntriesNeverAppear()
    {
        await using var tenant = await AuditedTenantAsync();
        var other = TenantJson.UniqueId("audit-other");
        await TenantJson.CreateAsync(tenant.Admin, TenantJson.NewTenant(other));
        var otherAdminKey = await TestAccounts.CreateKeyAsync(tenant.Admin, other, "admin");

        var mine = Items(await PageAsync(tenant.Admin, tenant.Id, "action=*")).Select(Id).ToHashSet();
        var theirs = Items(await PageAsync(tenant.Admin, other, $"actor={Uri.EscapeDataString(tenant.Email)}"));
        using var crossing = await WithKey($"api/v1/tenants/{tenant.Id}/audit", otherAdminKey);

        Assert.Equal(EveryAction.Length, mine.Count);
        Assert.Equal(["key.created", "tenant.created"], theirs.Select(i => i.GetProperty("action").GetString()!));
        Assert.DoesNotContain(theirs, i => mine.Contains(Id(i)));
        Assert.Equal($"Tenant {other}", theirs[1].GetProperty("after").GetProperty("displayName").GetString());
        await ProblemJson.ReadAsync(crossing, HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task TheOpenApiDocumentNamesTheQueryParameters()
    {
        var document = await fixture.Api.GetFromJsonAsync<JsonElement>("openapi/v1.json");

        var list = document.GetProperty("paths").GetProperty("/api/v1/tenants/{tenant}/audit").GetProperty("get");
        Assert.Equal("ListAuditEntries", list.GetProperty("operationId").GetString());
        Assert.Equal(
            ["action", "actor", "before", "from", "limit", "target", "tenant", "to"],
            list.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()!).Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// A tenant created by a new account, then renamed, given a key that is revoked, and an
    /// invitation: five audited requests, oldest to newest the reverse of <see cref="EveryAction"/>.
    /// </summary>
    private async Task<AuditedTenant> AuditedTenantAsync()
    {
        var email = TestAccounts.NewEmail("auditor");
        var (admin, _) = await fixture.Cluster.CreateSignedInClientAsync(email);
        var id = TenantJson.UniqueId("audit");
        await TenantJson.CreateAsync(admin, TenantJson.NewTenant(id));
        (await admin.PatchAsJsonAsync($"api/v1/tenants/{id}", new { displayName = "Renamed" })).EnsureSuccessStatusCode();
        using var created = await admin.PostAsJsonAsync($"api/v1/tenants/{id}/keys", new { name = "ci", scope = "ingest" });
        var key = await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>();
        (await admin.DeleteAsync($"api/v1/tenants/{id}/keys/{key.GetProperty("id").GetString()}")).EnsureSuccessStatusCode();
        var invitee = TestAccounts.NewEmail("invitee");
        (await admin.PostAsJsonAsync($"api/v1/tenants/{id}/invitations", new { email = invitee, role = "viewer" })).EnsureSuccessStatusCode();
        return new AuditedTenant(admin, email, id, key.GetProperty("prefix").GetString()!, invitee);
    }

    private static async Task<JsonElement> PageAsync(HttpClient client, string tenant, string query)
    {
        using var response = await client.GetAsync($"api/v1/tenants/{tenant}/audit?{query}");
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"audit?{query} answered {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private async Task<HttpResponseMessage> WithKey(string path, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", key);
        return await fixture.Anonymous.SendAsync(request);
    }

    private static List<JsonElement> Items(JsonElement page) => [.. page.GetProperty("items").EnumerateArray()];

    private static string[] Actions(JsonElement page) => [.. Items(page).Select(i => i.GetProperty("action").GetString()!)];

    private static long Id(JsonElement item) => item.GetProperty("id").GetInt64();

    private sealed record AuditedTenant(HttpClient Admin, string Email, string Id, string KeyPrefix, string Invitee) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            Admin.Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
