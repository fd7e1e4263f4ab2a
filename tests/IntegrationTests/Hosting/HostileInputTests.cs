using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>SQL-looking and oversized input is refused with a 400 naming the field, and leaves nothing behind.</summary>
[Collection(ApiCollection.Name)]
public sealed class HostileInputTests(ApiCluster fixture)
{
    private const string Injection = "x'; DROP TABLE audit_log; --";
    // Over every field's limit, yet three of them fit in one body under the default body limit (Http:MaxRequestBodyBytes, 16 KiB).
    private static readonly string Huge = new('a', 4_000);

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ATenantIdThatLooksLikeSqlIsRefusedAndNoTableIsTouched()
    {
        using var response = await Api.PostAsJsonAsync("api/v1/tenants", new { id = Injection, displayName = Huge, timeZone = "Etc/UTC", currency = "EUR" });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["displayName", "id"], ProblemJson.ErrorFields(problem));
        Assert.True(await fixture.Cluster.QueryScalarAsync<long>("SELECT count(*) FROM audit_log") > 0);
        Assert.Equal(0L, await fixture.Cluster.QueryScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE tenant LIKE 'x''%'"));
    }

    [Fact]
    public async Task HostileMemberKeyAndCampaignFieldsAreRefusedWithoutEffect()
    {
        var tenant = TenantJson.UniqueId("hostile");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var invite = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email = "a@example.com' OR '1'='1", role = "admin" });
        Assert.Equal(["email"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(invite, HttpStatusCode.BadRequest, "validation")));
        using var key = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = Huge, scope = "admin; --" });
        Assert.Equal(["scope"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(key, HttpStatusCode.BadRequest, "validation")));
        using var longName = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = Huge, scope = "read" });
        Assert.Equal(["name"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(longName, HttpStatusCode.BadRequest, "validation")));
        using var campaign = await Api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:1", new { name = Huge, objective = Injection + Huge });
        Assert.Equal(["name", "objective"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(campaign, HttpStatusCode.BadRequest, "validation")));
        using var window = await Api.GetAsync($"api/v1/tenants/{tenant}/campaigns?window={Uri.EscapeDataString("7d'; DROP TABLE metric_daily; --")}&sort={Uri.EscapeDataString(Injection)}");
        Assert.Equal(["sort", "window"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(window, HttpStatusCode.BadRequest, "validation")));
        using var ingest = await Api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", new StringContent(
            $"{{\"platform\":\"meta\",\"campaignId\":\"{Injection}\",\"date\":\"2026-11-01\",\"impressions\":1}}\n", Encoding.UTF8, "application/x-ndjson"));
        var ingestProblem = await ProblemJson.ReadAsync(ingest, HttpStatusCode.BadRequest, "validation");
        Assert.Contains(ingestProblem.GetProperty("errors").EnumerateObject(), e => e.Name.Contains("campaignId", StringComparison.Ordinal));

        var members = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/members");
        Assert.Equal(0, members.GetProperty("invitations").GetArrayLength());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/keys")).GetArrayLength());
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns")).GetProperty("items").GetArrayLength());
        Assert.Equal(1L, await fixture.Cluster.QueryScalarAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'metric_daily'"));
    }

    [Fact]
    public async Task ALoginWithSqlAndHugeFieldsIsJustAFailedLogin()
    {
        using var sql = await fixture.Anonymous.PostAsJsonAsync("api/v1/auth/login", new { email = "admin@example.com' --", password = "' OR '1'='1" });
        await ProblemJson.ReadAsync(sql, HttpStatusCode.Unauthorized, "invalid-credentials");
        using var huge = await fixture.Anonymous.PostAsJsonAsync("api/v1/auth/login", new { email = Huge + "@example.com", password = Huge });
        await ProblemJson.ReadAsync(huge, HttpStatusCode.Unauthorized, "invalid-credentials");
        using var register = await fixture.Anonymous.PostAsJsonAsync("api/v1/auth/register", new { email = Huge + "@example.com", password = Huge, displayName = Huge });
        Assert.Equal(["displayName", "email", "password"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(register, HttpStatusCode.BadRequest, "validation")));
    }
}
