using GrainMarketing.Accounts;
using GrainMarketing.Errors;

namespace GrainMarketing.GrainTests.Accounts;

[Collection(ClusterCollection.Name)]
public sealed class AccountGrainTests(ClusterFixture fixture) : IDisposable
{
    [Fact]
    public async Task AnEmailCanRegisterOnceAndTheHashStaysInTheGrain()
    {
        var account = NewAccount();
        var details = await account.RegisterAsync("Ana", "hash-1");

        await Assert.ThrowsAsync<ConflictException>(() => account.RegisterAsync("Someone else", "hash-2"));
        Assert.Equal(details, await account.GetAsync());
        Assert.Equal("hash-1", (await account.GetSecretAsync())!.PasswordHash);
    }

    [Fact]
    public async Task AnUnknownAccountHasNoSecret()
    {
        var account = NewAccount();
        Assert.Null(await account.GetSecretAsync());
        await Assert.ThrowsAsync<NotFoundException>(() => account.GetAsync());
    }

    [Fact]
    public async Task AResetTokenWorksOnceBeforeItExpires()
    {
        var account = NewAccount();
        await account.RegisterAsync("Ana", "old");
        Assert.Null(await account.ResetPasswordAsync([9], "new"));
        await account.RequestPasswordResetAsync([1], fixture.Clock.GetUtcNow().AddHours(1));
        Assert.Null(await account.ResetPasswordAsync([2], "new"));
        Assert.NotNull(await account.ResetPasswordAsync([1], "new"));
        Assert.Null(await account.ResetPasswordAsync([1], "newer"));
        Assert.Equal(new AccountSecret("new"), await account.GetSecretAsync());

        await account.RequestPasswordResetAsync([3], fixture.Clock.GetUtcNow().AddHours(1));
        fixture.SetClock(fixture.Clock.GetUtcNow().AddHours(2));
        Assert.Null(await account.ResetPasswordAsync([3], "late"));
        Assert.False(await NewAccount().RequestPasswordResetAsync([4], fixture.Clock.GetUtcNow().AddHours(1)));
    }

    [Fact]
    public async Task APasswordResetEndsEveryLoginAndTheOldestLoginEndsBeyondTheLimit()
    {
        var account = NewAccount();
        await account.RegisterAsync("Ana", "old");
        var sessions = new List<Guid>();
        for (var i = 0; i <= AccountGrain.MaxSessions; i++)
        {
            var family = Guid.NewGuid();
            await fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(family).StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));
            await account.AddSessionAsync(family);
            sessions.Add(family);
        }

        Assert.False(await fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(sessions[0]).IsActiveAsync());
        Assert.True(await fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(sessions[1]).IsActiveAsync());

        await account.RequestPasswordResetAsync([5], fixture.Clock.GetUtcNow().AddHours(1));
        var ended = await account.ResetPasswordAsync([5], "new");

        Assert.Equal(sessions.Skip(1), ended);
        foreach (var session in sessions)
        {
            Assert.False(await fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(session).IsActiveAsync());
        }
    }

    [Fact]
    public async Task ARefreshFamilyRotatesOncePerTokenRevokesOnReuseAndExpires()
    {
        var family = fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(Guid.NewGuid());
        await family.StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));

        Assert.Equal(new RefreshRotation("ana@example.com", Ended: false), await family.RotateAsync([1], [2]));
        Assert.Equal(new RefreshRotation(null, Ended: true), await family.RotateAsync([1], [3]));
        Assert.Equal(new RefreshRotation(null, Ended: false), await family.RotateAsync([2], [4]));
        Assert.False(await family.IsActiveAsync());

        var expiring = fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(Guid.NewGuid());
        await expiring.StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));
        fixture.SetClock(fixture.Clock.GetUtcNow().AddDays(2));
        Assert.Equal(new RefreshRotation(null, Ended: false), await expiring.RotateAsync([1], [2]));
    }

    [Fact]
    public async Task ASecretTheFamilyNeverIssuedNeitherRefreshesNorEndsIt()
    {
        var family = fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(Guid.NewGuid());
        await family.StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));

        Assert.Equal(new RefreshRotation(null, Ended: false), await family.RotateAsync([9], [2]));
        Assert.False(await family.EndAsync([9]));

        Assert.True(await family.IsActiveAsync());
        Assert.Equal(new RefreshRotation("ana@example.com", Ended: false), await family.RotateAsync([1], [2]));
    }

    [Fact]
    public async Task LogoutEndsTheFamilyWithItsCurrentOrAnEarlierToken()
    {
        var current = fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(Guid.NewGuid());
        await current.StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));
        await current.RotateAsync([1], [2]);
        var earlier = fixture.Client.GetGrain<IRefreshTokenFamilyGrain>(Guid.NewGuid());
        await earlier.StartAsync("ana@example.com", [1], fixture.Clock.GetUtcNow().AddDays(1));
        await earlier.RotateAsync([1], [2]);

        Assert.True(await current.EndAsync([2]));
        Assert.True(await earlier.EndAsync([1]));

        Assert.False(await current.IsActiveAsync());
        Assert.False(await earlier.IsActiveAsync());
    }

    public void Dispose() => fixture.SetClock(ClusterFixture.Start);

    private IAccountGrain NewAccount() => fixture.Client.GetGrain<IAccountGrain>($"{Guid.NewGuid():N}@example.com");
}
