using System.Security.Cryptography;
using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Accounts;

[GrainType("account")]
public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Default)] IPersistentState<AccountState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IAccountGrain
{
    /// <summary>Concurrent logins an account keeps; the oldest ends when another starts.</summary>
    public const int MaxSessions = 100;

    public async Task<AccountDetails> RegisterAsync(string displayName, string passwordHash)
    {
        if (state.State.Details is not null)
        {
            throw new ConflictException("An account with this email exists.");
        }

        state.State.Details = new AccountDetails(Guid.NewGuid(), this.GetPrimaryKeyString(), displayName, clock.GetUtcNow());
        state.State.PasswordHash = passwordHash;
        await state.WriteStateAsync();
        return state.State.Details;
    }

    public Task<AccountDetails> GetAsync() =>
        Task.FromResult(state.State.Details ?? throw new NotFoundException("Account", this.GetPrimaryKeyString()));

    public Task<AccountSecret?> GetSecretAsync() => Task.FromResult(
        state.State is { Details: not null, PasswordHash: { } hash } ? new AccountSecret(hash) : null);

    public async Task<bool> RequestPasswordResetAsync(byte[] tokenDigest, DateTimeOffset expiresAt)
    {
        if (state.State.Details is null)
        {
            return false;
        }

        state.State.ResetDigest = tokenDigest;
        state.State.ResetExpiresAt = expiresAt;
        await state.WriteStateAsync();
        return true;
    }

    public async Task<IReadOnlyList<Guid>?> ResetPasswordAsync(byte[] tokenDigest, string newPasswordHash)
    {
        var account = state.State;
        if (account.ResetDigest is null || !CryptographicOperations.FixedTimeEquals(account.ResetDigest, tokenDigest))
        {
            return null;
        }

        var valid = account.ResetExpiresAt > clock.GetUtcNow();
        account.ResetDigest = null;
        List<Guid> ended = valid ? [.. account.Sessions] : [];
        if (valid)
        {
            account.PasswordHash = newPasswordHash;
            account.Sessions.Clear();
        }

        await state.WriteStateAsync();
        // Whoever knew the old password may hold a login: a reset ends every one.
        await Task.WhenAll(ended.Select(family => GrainFactory.GetGrain<IRefreshTokenFamilyGrain>(family).RevokeAsync()));
        return valid ? ended : null;
    }

    public async Task AddSessionAsync(Guid family)
    {
        var sessions = state.State.Sessions;
        sessions.Add(family);
        var ended = sessions.Count > MaxSessions ? sessions[0] : (Guid?)null;
        if (ended is not null)
        {
            sessions.RemoveAt(0);
        }

        await state.WriteStateAsync();
        if (ended is { } oldest)
        {
            await GrainFactory.GetGrain<IRefreshTokenFamilyGrain>(oldest).RevokeAsync();
        }
    }

    public async Task SetMembershipAsync(string tenant, bool member)
    {
        if (state.State.Details is not null && (member ? state.State.Tenants.Add(tenant) : state.State.Tenants.Remove(tenant)))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> GetTenantsAsync() =>
        Task.FromResult<IReadOnlyList<string>>([.. state.State.Tenants.Order(StringComparer.Ordinal)]);
}
