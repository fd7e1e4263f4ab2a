using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Tenants;

/// <summary>Members, invitations, roles and API keys over real HTTP, with invitations read from a local SMTP server.</summary>
public sealed partial class TenantAccessApiTests(TenantAccessApiTests.MailingApi fixture) : IClassFixture<TenantAccessApiTests.MailingApi>
{
    private HttpClient Admin => fixture.Api;

    [Fact]
    public async Task AnInvitedPersonJoinsWithTheEmailedTokenAndGetsExactlyTheirRole()
    {
        var tenant = await NewTenantAsync();
        var (guest, guestEmail) = await SignUpAsync();
        var (stranger, _) = await SignUpAsync();

        using var invited = await Admin.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email = guestEmail.ToUpperInvariant(), role = "editor" });
        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        var token = await InvitationTokenAsync(guestEmail);
        Assert.DoesNotContain(token, await invited.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var wrongPerson = await stranger.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token });
        Assert.Equal(["token"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(wrongPerson, HttpStatusCode.BadRequest, "validation")));
        using var accepted = await guest.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token });
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal("editor", (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("role").GetString());
        using var reused = await guest.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token });
        Assert.Equal(HttpStatusCode.BadRequest, reused.StatusCode);

        Assert.Equal(HttpStatusCode.OK, await StatusAsync(guest.GetAsync($"api/v1/tenants/{tenant}")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(guest.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:1", new { name = "Editors may" })));
        await ProblemJson.ReadAsync(await guest.PatchAsJsonAsync($"api/v1/tenants/{tenant}", new { displayName = "Editors may not" }), HttpStatusCode.Forbidden, "forbidden");
        await ProblemJson.ReadAsync(await stranger.GetAsync($"api/v1/tenants/{tenant}"), HttpStatusCode.NotFound, "not-found");

        var mine = await guest.GetFromJsonAsync<JsonElement>("api/v1/tenants");
        var entry = Assert.Single(mine.EnumerateArray());
        Assert.Equal((tenant, "editor"), (entry.GetProperty("tenant").GetProperty("id").GetString(), entry.GetProperty("role").GetString()));
        var members = await guest.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/members");
        Assert.Equal(2, members.GetProperty("members").GetArrayLength());
        Assert.Equal(0, members.GetProperty("invitations").GetArrayLength());
    }

    [Fact]
    public async Task RoleChangesAndRemovalsApplyToTheNextRequestAndTheLastAdminCannotLeave()
    {
        var tenant = await NewTenantAsync();
        var (member, email) = await JoinAsync(tenant, "editor");

        using var demoted = await Admin.PutAsJsonAsync($"api/v1/tenants/{tenant}/members/{email}", new { role = "viewer" });
        Assert.Equal(HttpStatusCode.OK, demoted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(member.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:1", new { name = "No" })));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(member.GetAsync($"api/v1/tenants/{tenant}/campaigns")));

        await ProblemJson.ReadAsync(await Admin.PostAsync($"api/v1/tenants/{tenant}/leave", null), HttpStatusCode.Conflict, "conflict");
        var adminEmail = fixture.AdminEmail;
        await ProblemJson.ReadAsync(
            await Admin.PutAsJsonAsync($"api/v1/tenants/{tenant}/members/{adminEmail}", new { role = "editor" }), HttpStatusCode.Conflict, "conflict");
        using var badRole = await Admin.PutAsJsonAsync($"api/v1/tenants/{tenant}/members/{email}", new { role = "owner" });
        Assert.Equal(["role"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badRole, HttpStatusCode.BadRequest, "validation")));

        using var removed = await Admin.DeleteAsync($"api/v1/tenants/{tenant}/members/{email}");
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
        await ProblemJson.ReadAsync(await member.GetAsync($"api/v1/tenants/{tenant}"), HttpStatusCode.NotFound, "not-found");
        Assert.Equal(0, (await member.GetFromJsonAsync<JsonElement>("api/v1/tenants")).GetArrayLength());

        var (other, _) = await JoinAsync(tenant, "viewer");
        Assert.Equal(HttpStatusCode.NoContent, await StatusAsync(other.PostAsync($"api/v1/tenants/{tenant}/leave", null)));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(other.GetAsync($"api/v1/tenants/{tenant}")));

        var actions = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action, ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'member.%'");
        Assert.Equal("member.invited,member.joined,member.role_changed,member.removed,member.invited,member.joined,member.left", actions);
        var roleChange = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT concat(actor, ' ', before->>'role', '>', after->>'role') FROM audit_log WHERE tenant = '{tenant}' AND action = 'member.role_changed'");
        Assert.Equal($"{adminEmail} editor>viewer", roleChange);
    }

    [Fact]
    public async Task AKeyIsShownOnceAndListedWithoutIt()
    {
        var tenant = await NewTenantAsync();
        var (key, _, prefix) = await CreateReadKeyAsync(tenant);
        Assert.StartsWith(prefix, key, StringComparison.Ordinal);
        using var reader = KeyClient(key);
        await reader.GetAsync($"api/v1/tenants/{tenant}/campaigns");

        var listed = Assert.Single((await Admin.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/keys")).EnumerateArray());
        Assert.DoesNotContain(key, listed.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("read", listed.GetProperty("scope").GetString());
        Assert.Equal(fixture.AdminEmail, listed.GetProperty("createdBy").GetString());
        Assert.Equal(JsonValueKind.String, listed.GetProperty("lastUsedAt").ValueKind);
    }

    [Fact]
    public async Task AKeyWorksOnlyWithinItsScopeAndTenant()
    {
        var tenant = await NewTenantAsync();
        var other = await NewTenantAsync();
        var (key, _, _) = await CreateReadKeyAsync(tenant);

        using var reader = KeyClient(key);
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader.GetAsync($"api/v1/tenants/{tenant}/analytics/summary")));
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(reader.GetAsync($"api/v1/tenants/{tenant}/campaigns")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(reader.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", Ndjson(1))));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(reader.GetAsync($"api/v1/tenants/{tenant}/keys")));
        Assert.Equal(HttpStatusCode.NotFound, await StatusAsync(reader.GetAsync($"api/v1/tenants/{other}/campaigns")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(reader.GetAsync("api/v1/auth/me")));
        using var forged = KeyClient(key[..^4] + "AAAA");
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusAsync(forged.GetAsync($"api/v1/tenants/{tenant}/campaigns")));
    }

    [Fact]
    public async Task ARevokedKeyStopsWorkingAndTheTrailNamesOnlyItsPrefix()
    {
        var tenant = await NewTenantAsync();
        var (key, id, prefix) = await CreateReadKeyAsync(tenant);
        using var reader = KeyClient(key);

        using var revoked = await Admin.DeleteAsync($"api/v1/tenants/{tenant}/keys/{id}");
        Assert.Equal(HttpStatusCode.OK, revoked.StatusCode);
        await ProblemJson.ReadAsync(await reader.GetAsync($"api/v1/tenants/{tenant}/campaigns"), HttpStatusCode.Unauthorized, "unauthorized");

        var trail = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || target, ',' ORDER BY id) FROM audit_log WHERE tenant = '{tenant}' AND action LIKE 'key.%'");
        Assert.Equal($"key.created:{prefix},key.revoked:{prefix}", trail);
        Assert.Equal(0L, await fixture.Cluster.QueryScalarAsync<long>($"SELECT count(*) FROM audit_log WHERE audit_log::text LIKE '%{key[^20..]}%'"));
    }

    [Fact]
    public async Task AnIngestKeyOnlySendsDataAndItsEventsCountInTheTenant()
    {
        var tenant = await NewTenantAsync();
        var key = await TestAccounts.CreateKeyAsync(Admin, tenant, "ingest");
        using var loader = fixture.Cluster.CreateApiClient();
        loader.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);

        Assert.Equal(HttpStatusCode.Accepted, await StatusAsync(loader.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics", Ndjson(3))));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(loader.GetAsync($"api/v1/tenants/{tenant}/campaigns")));
        Assert.Equal(HttpStatusCode.Forbidden, await StatusAsync(loader.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:key", new { name = "No" })));

        var impressions = await Eventually.ReadAsync(
            async () => (await Admin.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:key")).GetProperty("totals").GetProperty("impressions").GetInt64(),
            count => count == 3);

        Assert.Equal(3, impressions);
    }

    [Fact]
    public async Task GuessingAnotherTenantsIdsReadsNothingAndChangesNothing()
    {
        var victim = await NewTenantAsync();
        Assert.Equal(HttpStatusCode.OK, await StatusAsync(Admin.PatchAsJsonAsync($"api/v1/tenants/{victim}/campaigns/meta:secret", new { name = "Secret plan" })));
        var (intruder, _) = await SignUpAsync();
        using var ownTenant = await intruder.PostAsJsonAsync("api/v1/tenants", TenantJson.NewTenant(TenantJson.UniqueId("intruder")));
        Assert.Equal(HttpStatusCode.Created, ownTenant.StatusCode);

        var attempts = new[]
        {
            intruder.GetAsync($"api/v1/tenants/{victim}"),
            intruder.GetAsync($"api/v1/tenants/{victim}/campaigns/meta:secret"),
            intruder.GetAsync($"api/v1/tenants/{victim}/campaigns"),
            intruder.GetAsync($"api/v1/tenants/{victim}/members"),
            intruder.PatchAsJsonAsync($"api/v1/tenants/{victim}/campaigns/meta:secret", new { name = "Defaced" }),
            intruder.PatchAsJsonAsync($"api/v1/tenants/{victim}", new { displayName = "Defaced" }),
            intruder.PostAsync($"api/v1/tenants/{victim}/ingest/metrics", Ndjson(5, "secret")),
            intruder.PostAsJsonAsync($"api/v1/tenants/{victim}/keys", new { name = "mine now", scope = "admin" }),
            intruder.PostAsJsonAsync($"api/v1/tenants/{victim}/invitations", new { email = "friend@example.com", role = "admin" }),
            intruder.PutAsJsonAsync($"api/v1/tenants/{victim}/members/{fixture.AdminEmail}", new { role = "viewer" }),
        };
        var missing = await Admin.GetAsync($"api/v1/tenants/{TenantJson.UniqueId("nobody")}");
        var expected = JsonDocument.Parse(await missing.Content.ReadAsStringAsync()).RootElement;

        foreach (var attempt in attempts)
        {
            using var response = await attempt;
            var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.NotFound, "not-found");
            Assert.Equal(expected.GetProperty("title").GetString(), problem.GetProperty("title").GetString());
            Assert.DoesNotContain("Secret plan", problem.GetRawText(), StringComparison.Ordinal);
        }

        var campaign = await Admin.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{victim}/campaigns/meta:secret");
        Assert.Equal("Secret plan", campaign.GetProperty("metadata").GetProperty("name").GetString());
        Assert.Equal(0, campaign.GetProperty("totals").GetProperty("impressions").GetInt64());
        Assert.Single((await Admin.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{victim}/members")).GetProperty("members").EnumerateArray());
        Assert.Equal(0, (await Admin.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{victim}/keys")).GetArrayLength());
    }

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("access");
        await TenantJson.CreateAsync(Admin, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }

    /// <summary>A read key of <paramref name="tenant"/>, as its creation answers it.</summary>
    private async Task<(string Key, string Id, string Prefix)> CreateReadKeyAsync(string tenant)
    {
        using var created = await Admin.PostAsJsonAsync($"api/v1/tenants/{tenant}/keys", new { name = "dashboard", scope = "read" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var body = await created.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("key").GetString()!, body.GetProperty("id").GetString()!, body.GetProperty("prefix").GetString()!);
    }

    private HttpClient KeyClient(string key)
    {
        var client = fixture.Cluster.CreateApiClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<(HttpClient Client, string Email)> SignUpAsync()
    {
        var email = TestAccounts.NewEmail("person");
        var (client, _) = await fixture.Cluster.CreateSignedInClientAsync(email);
        fixture.Track(client);
        return (client, email);
    }

    private async Task<(HttpClient Client, string Email)> JoinAsync(string tenant, string role)
    {
        var (client, email) = await SignUpAsync();
        (await Admin.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations", new { email, role })).EnsureSuccessStatusCode();
        var token = await InvitationTokenAsync(email);
        (await client.PostAsJsonAsync($"api/v1/tenants/{tenant}/invitations/accept", new { token })).EnsureSuccessStatusCode();
        return (client, email);
    }

    /// <summary>The token in the invitation mailed to <paramref name="email"/>; mails to others are kept for their readers.</summary>
    private Task<string> InvitationTokenAsync(string email) => fixture.MessageToAsync(email, message => InvitationToken().Match(message).Groups[1].Value);

    private static async Task<HttpStatusCode> StatusAsync(Task<HttpResponseMessage> request)
    {
        using var response = await request;
        return response.StatusCode;
    }

    private static StringContent Ndjson(int impressions, string campaign = "key")
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new StringContent(
            $"{{\"platform\":\"meta\",\"campaignId\":\"{campaign}\",\"date\":\"{today}\",\"impressions\":{impressions}}}\n",
            System.Text.Encoding.UTF8,
            "application/x-ndjson");
    }

    [GeneratedRegex(@"/invitations/accept: ([A-Za-z0-9_-]+)")]
    private static partial Regex InvitationToken();

    /// <summary>One API host that sends mail to a local SMTP server these tests read.</summary>
    public sealed class MailingApi : ApiCluster
    {
        private readonly SmtpSink _smtp = new();
        private readonly List<HttpClient> _clients = [];
        private readonly Dictionary<string, string> _unread = new(StringComparer.OrdinalIgnoreCase);
        private readonly SemaphoreSlim _reading = new(1, 1);

        public string AdminEmail => TestAccounts.EmailOf(Api.DefaultRequestHeaders.Authorization!.Parameter!);

        protected override IDictionary<string, string> Settings => new Dictionary<string, string>
        {
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = _smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
        };

        public void Track(HttpClient client)
        {
            lock (_clients)
            {
                _clients.Add(client);
            }
        }

        /// <summary>Waits for the message addressed to <paramref name="email"/> and reads it with <paramref name="read"/>.</summary>
        public async Task<string> MessageToAsync(string email, Func<string, string> read)
        {
            await _reading.WaitAsync();
            try
            {
                while (!_unread.ContainsKey(email))
                {
                    var message = await _smtp.NextMessageAsync(TimeSpan.FromSeconds(30));
                    var to = Regex.Match(message, @"^To: (\S+)", RegexOptions.Multiline | RegexOptions.IgnoreCase).Groups[1].Value.Trim('<', '>', '\r');
                    _unread[to] = message;
                }

                _unread.Remove(email, out var mine);
                return read(mine!);
            }
            finally
            {
                _reading.Release();
            }
        }

        public override async Task DisposeAsync()
        {
            foreach (var client in _clients)
            {
                client.Dispose();
            }

            await base.DisposeAsync();
            await _smtp.DisposeAsync();
            _reading.Dispose();
        }
    }
}
