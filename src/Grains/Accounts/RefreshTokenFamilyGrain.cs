using System.Security.Cryptography;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Accounts;

[GrainType("refresh-token-family")]
public sealed class RefreshTokenFamilyGrain(
    [PersistentState("family", StorageNames.Default)] IPersistentState<RefreshTokenFamilyState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IRefreshTokenFamilyGrain
{
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

    public async Task<string?> RotateAsync(byte[] presentedDigest, byte[] nextDigest)
    {
        var family = state.State;
        if (family.AccountEmail is null || family.Revoked || family.ExpiresAt <= clock.GetUtcNow())
        {
            return null;
        }

        if (!CryptographicOperations.FixedTimeEquals(presentedDigest, family.CurrentDigest))
        {
            family.Revoked = true;
            await state.WriteStateAsync();
            await PublishEndedAsync();
            return null;
        }

        family.CurrentDigest = nextDigest;
        await state.WriteStateAsync();
        return family.AccountEmail;
    }

    public Task<bool> IsActiveAsync() =>
        Task.FromResult(state.State is { AccountEmail: not null, Revoked: false } && state.State.ExpiresAt > clock.GetUtcNow());

    public async Task RevokeAsync()
    {
        if (state.State.AccountEmail is not null && !state.State.Revoked)
        {
            state.State.Revoked = true;
            await state.WriteStateAsync();
            await PublishEndedAsync();
        }
    }

    /// <summary>Tells every API host that access tokens of this login no longer work.</summary>
    private Task PublishEndedAsync() =>
        GrainFactory.GetGrain<IAccessChangeHubGrain>(0).PublishAsync(new AccessChange(AccessChangeKind.Session, "", this.GetPrimaryKey().ToString("N")));
}
