using System.Security.Cryptography;
using GrainMarketing.Accounts;
using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Tenants;

[Collection(ClusterCollection.Name)]
public sealed class TenantAccessGrainTests(ClusterFixture fixture)
{
    private static readonly TenantSettings Settings = new("Acme", "Europe/Berlin", "EUR", 6);

    [Fact]
    public async Task TheCreatorIsTheOnlyAdminAndTheirAccountListsTheTenant()
    {
        var (tenant, admin) = await NewTenantAsync();

        Assert.Equal(TenantRole.Admin, await Access(tenant).GetRoleAsync(admin));
        Assert.Null(await Access(tenant).GetRoleAsync(Email()));
        var members = await Access(tenant).GetMembersAsync();
        Assert.Equal(admin, Assert.Single(members.Members).Email);
        Assert.Contains(tenant, await Account(admin).GetTenantsAsync());
    }

    [Fact]
    public async Task CreatingATenantThatExistsGivesTheCallerNoRoleInIt()
    {
        var (tenant, _) = await NewTenantAsync();
        var intruder = Email();

        await Assert.ThrowsAsync<ConflictException>(() => fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(Settings, intruder));
        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).InitializeAsync(intruder));
        Assert.Null(await Access(tenant).GetRoleAsync(intruder));
    }

    [Fact]
    public async Task AnInvitationWorksOnceForItsEmailUntilItExpires()
    {
        var (tenant, admin) = await NewTenantAsync();
        var (guest, other, late) = (Email(), Email(), Email());
        await RegisterAsync(guest);
        var token = RandomNumberGenerator.GetBytes(32);
        var invitation = await Access(tenant).InviteAsync(guest, TenantRole.Editor, admin, token, fixture.Clock.GetUtcNow().AddDays(7));

        Assert.Equal(invitation, Assert.Single((await Access(tenant).GetMembersAsync()).Invitations));
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(other, token));
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(guest, RandomNumberGenerator.GetBytes(32)));
        var joined = await Access(tenant).AcceptInvitationAsync(guest, token);
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(guest, token));

        Assert.Equal(new MemberChange(null, new TenantMember(guest, TenantRole.Editor, fixture.Clock.GetUtcNow())), joined);
        Assert.Equal(TenantRole.Editor, await Access(tenant).GetRoleAsync(guest));
        Assert.Contains(tenant, await Account(guest).GetTenantsAsync());
        Assert.Empty((await Access(tenant).GetMembersAsync()).Invitations);

        var lateToken = RandomNumberGenerator.GetBytes(32);
        await Access(tenant).InviteAsync(late, TenantRole.Viewer, admin, lateToken, fixture.Clock.GetUtcNow().AddDays(7));
        fixture.SetClock(fixture.Clock.GetUtcNow().AddDays(8));
        Assert.Empty((await Access(tenant).GetMembersAsync()).Invitations);
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(late, lateToken));
        Assert.Null(await Access(tenant).GetRoleAsync(late));
    }

    [Fact]
    public async Task ATokenThatMatchesNoInvitationWritesNothing()
    {
        var (tenant, admin) = await NewTenantAsync();
        var guest = Email();
        await Access(tenant).InviteAsync(guest, TenantRole.Viewer, admin, RandomNumberGenerator.GetBytes(32), fixture.Clock.GetUtcNow().AddDays(1));
        var writes = fixture.StorageWrites.Of(Access(tenant).GetGrainId());

        for (var i = 0; i < 30; i++)
        {
            await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(i % 2 == 0 ? guest : Email(), RandomNumberGenerator.GetBytes(32)));
        }

        Assert.Equal(writes, fixture.StorageWrites.Of(Access(tenant).GetGrainId()));
        Assert.Single((await Access(tenant).GetMembersAsync()).Invitations);
    }

    [Fact]
    public async Task InvitingAMemberIsAConflictAndAWithdrawnInvitationCannotBeAccepted()
    {
        var (tenant, admin) = await NewTenantAsync();
        var guest = Email();
        var token = RandomNumberGenerator.GetBytes(32);

        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).InviteAsync(admin, TenantRole.Viewer, admin, token, fixture.Clock.GetUtcNow().AddDays(1)));
        var invitation = await Access(tenant).InviteAsync(guest, TenantRole.Viewer, admin, token, fixture.Clock.GetUtcNow().AddDays(1));
        await Access(tenant).WithdrawInvitationAsync(invitation.Id);

        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).AcceptInvitationAsync(guest, token));
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).WithdrawInvitationAsync(invitation.Id));
    }

    [Fact]
    public async Task TheLastAdminCanNeitherBeDemotedNorRemovedUntilAnotherAdminExists()
    {
        var (tenant, admin) = await NewTenantAsync();
        var second = await JoinAsync(tenant, admin, TenantRole.Viewer);

        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).ChangeRoleAsync(admin, TenantRole.Editor));
        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).RemoveMemberAsync(admin));
        Assert.Equal(TenantRole.Admin, await Access(tenant).GetRoleAsync(admin));

        var promoted = await Access(tenant).ChangeRoleAsync(second, TenantRole.Admin);
        Assert.Equal((TenantRole.Viewer, TenantRole.Admin), (promoted.Before!.Role, promoted.After!.Role));
        var left = await Access(tenant).RemoveMemberAsync(admin);

        Assert.Equal(admin, left.Before!.Email);
        Assert.Null(left.After);
        Assert.Null(await Access(tenant).GetRoleAsync(admin));
        Assert.DoesNotContain(tenant, await Account(admin).GetTenantsAsync());
        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).RemoveMemberAsync(second));
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).ChangeRoleAsync(admin, TenantRole.Viewer));
    }

    [Fact]
    public async Task AKeyVerifiesOnlyWithItsSecretUntilRevokedAndNotesItsLastUse()
    {
        var (tenant, admin) = await NewTenantAsync();
        var secret = RandomNumberGenerator.GetBytes(32);
        var created = await Access(tenant).CreateApiKeyAsync("0123456789abcdef", "loader", ApiKeyScope.Ingest, admin, secret);

        Assert.Null(created.LastUsedAt);
        Assert.Null(await Access(tenant).VerifyApiKeyAsync("0123456789abcdef", RandomNumberGenerator.GetBytes(32)));
        Assert.Null(await Access(tenant).VerifyApiKeyAsync("fedcba9876543210", secret));
        Assert.Equal(ApiKeyScope.Ingest, await Access(tenant).VerifyApiKeyAsync("0123456789abcdef", secret));
        Assert.Equal(fixture.Clock.GetUtcNow(), Assert.Single(await Access(tenant).GetApiKeysAsync()).LastUsedAt);
        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).CreateApiKeyAsync("0123456789abcdef", "twin", ApiKeyScope.Read, admin, secret));

        var revoked = await Access(tenant).RevokeApiKeyAsync("0123456789abcdef");

        Assert.Equal(fixture.Clock.GetUtcNow(), revoked.RevokedAt);
        Assert.Null(await Access(tenant).VerifyApiKeyAsync("0123456789abcdef", secret));
        await Assert.ThrowsAsync<NotFoundException>(() => Access(tenant).RevokeApiKeyAsync("0000000000000000"));
    }

    [Fact]
    public async Task ATenantHoldsAtMostFiftyActiveKeys()
    {
        var (tenant, admin) = await NewTenantAsync();
        for (var i = 0; i < TenantAccessState.MaxActiveKeys; i++)
        {
            await Access(tenant).CreateApiKeyAsync($"{i:x16}", $"key {i}", ApiKeyScope.Read, admin, [(byte)i]);
        }

        await Assert.ThrowsAsync<ConflictException>(() => Access(tenant).CreateApiKeyAsync("ffffffffffffffff", "one more", ApiKeyScope.Read, admin, [1]));
        await Access(tenant).RevokeApiKeyAsync($"{0:x16}");
        await Access(tenant).CreateApiKeyAsync("ffffffffffffffff", "one more", ApiKeyScope.Read, admin, [1]);
        Assert.Equal(TenantAccessState.MaxActiveKeys + 1, (await Access(tenant).GetApiKeysAsync()).Count);
    }

    private async Task<(string Tenant, string Admin)> NewTenantAsync()
    {
        var tenant = $"access-{Guid.NewGuid():N}"[..30];
        var admin = Email();
        await RegisterAsync(admin);
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(Settings, admin);
        return (tenant, admin);
    }

    private async Task<string> JoinAsync(string tenant, string admin, TenantRole role)
    {
        var email = Email();
        await RegisterAsync(email);
        var token = RandomNumberGenerator.GetBytes(32);
        await Access(tenant).InviteAsync(email, role, admin, token, fixture.Clock.GetUtcNow().AddDays(1));
        await Access(tenant).AcceptInvitationAsync(email, token);
        return email;
    }

    private Task RegisterAsync(string email) => Account(email).RegisterAsync(email, "hash");

    private ITenantAccessGrain Access(string tenant) => fixture.Client.GetGrain<ITenantAccessGrain>(tenant);

    private IAccountGrain Account(string email) => fixture.Client.GetGrain<IAccountGrain>(email);

    private static string Email() => $"member-{Guid.NewGuid():N}@example.com";
}
