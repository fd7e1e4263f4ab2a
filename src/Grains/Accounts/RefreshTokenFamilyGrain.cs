using System.Security.Cryptography;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Accounts;

[GrainType("refresh-token-family")]
public sealed class RefreshTokenFamilyGrain(
    [PersistentState("family", StorageNames.Default)] IPersistentState<RefreshTokenFamilyState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IRefreshTokenFamilyGrain
{
    /// <summary>Replaced tokens a family remembers: replaying one of them ends the login; a token older than these is only refused.</summary>
    public const int MaxRetiredDigests = 100;

    public async Task StartAsync(string accountEmail, byte[] tokenDigest, DateTimeOffset expiresAt)
    {
        if (state.State.AccountEmail is not null)
        {
            throw new InvalidOperationException("A refresh token family starts once.");
        }

        state.State.AccountEmail = accountEmail;
        state.State.CurrentDigest = tokenDigest;
        state.State.ExpiresAt = expiresAt;
        await state.WriteStateAsync();
    }

    public async Task<RefreshRotation> RotateAsync(byte[] presentedDigest, byte[] nextDigest)
    {
        var family = state.State;
        if (family.AccountEmail is null || family.Revoked || family.ExpiresAt <= clock.GetUtcNow())
        {
            return new RefreshRotation(null, Ended: false);
        }

        if (!CryptographicOperations.FixedTimeEquals(presentedDigest, family.CurrentDigest))
        {
            var replayed = IsRetired(presentedDigest);
            if (replayed)
            {
                await EndFamilyAsync();
            }

            return new RefreshRotation(null, Ended: replayed);
        }

        family.RetiredDigests.Add(family.CurrentDigest);
        if (family.RetiredDigests.Count > MaxRetiredDigests)
        {
            family.RetiredDigests.RemoveAt(0);
        }

        family.CurrentDigest = nextDigest;
        await state.WriteStateAsync();
        return new RefreshRotation(family.AccountEmail, Ended: false);
    }

    public async Task<bool> EndAsync(byte[] presentedDigest)
    {
        var family = state.State;
        if (family.AccountEmail is null || !(CryptographicOperations.FixedTimeEquals(presentedDigest, family.CurrentDigest) || IsRetired(presentedDigest)))
        {
            return false;
        }

        if (!family.Revoked)
        {
            await EndFamilyAsync();
        }

        return true;
    }

    public Task<bool> IsActiveAsync() =>
        Task.FromResult(state.State is { AccountEmail: not null, Revoked: false } && state.State.ExpiresAt > clock.GetUtcNow());

    public async Task RevokeAsync()
    {
        if (state.State.AccountEmail is not null && !state.State.Revoked)
        {
            await EndFamilyAsync();
        }
    }

    private bool IsRetired(byte[] digest) => state.State.RetiredDigests.Exists(retired => CryptographicOperations.FixedTimeEquals(retired, digest));

    private async Task EndFamilyAsync()
    {
        state.State.Revoked = true;
        await state.WriteStateAsync();
        await PublishEndedAsync();
    }

    /// <summary>Tells every API host that access tokens of this login no longer work.</summary>
    private Task PublishEndedAsync() =>
        GrainFactory.GetGrain<IAccessChangeHubGrain>(0).PublishAsync(new AccessChange(AccessChangeKind.Session, "", this.GetPrimaryKey().ToString("N")));
}
