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
    public async Task FiveWrongPasswordsLockTheAccountEvenAgainstTheRightOneUntilTheLockoutEnds()
    {
        var account = NewAccount();
        await account.RegisterAsync("Ana", "hash");
        for (var i = 1; i < 5; i++)
        {
            Assert.Null((await account.RecordLoginAsync(passwordMatched: false)).LockedUntil);
        }

        var locked = await account.RecordLoginAsync(passwordMatched: false);
        Assert.Equal(fixture.Clock.GetUtcNow().AddMinutes(15), locked.LockedUntil);
        Assert.False((await account.RecordLoginAsync(passwordMatched: true)).Allowed);

        fixture.SetClock(fixture.Clock.GetUtcNow().AddMinutes(16));
        var after = await account.RecordLoginAsync(passwordMatched: true);
        Assert.True(after.Allowed);
        Assert.Equal("Ana", after.Account!.DisplayName);
    }

    [Fact]
    public async Task ARightPasswordClearsTheCountOfWrongOnes()
    {
        var account = NewAccount();
        await account.RegisterAsync("Ana", "hash");
        for (var i = 0; i < 4; i++)
        {
            await account.RecordLoginAsync(passwordMatched: false);
        }

        Assert.True((await account.RecordLoginAsync(passwordMatched: true)).Allowed);
        for (var i = 0; i < 4; i++)
        {
            Assert.Null((await account.RecordLoginAsync(passwordMatched: false)).LockedUntil);
        }
    }

    [Fact]
    public async Task AnUnknownAccountHasNoSecretAndNoLogin()
    {
        var account = NewAccount();
        Assert.Null(await account.GetSecretAsync());
        Assert.False((await account.RecordLoginAsync(passwordMatched: true)).Allowed);
        await Assert.ThrowsAsync<NotFoundException>(() => account.GetAsync());
    }

    public void Dispose() => fixture.SetClock(ClusterFixture.Start);

    private IAccountGrain NewAccount() => fixture.Client.GetGrain<IAccountGrain>($"{Guid.NewGuid():N}@example.com");
}
