using System.Security.Cryptography;
using GrainMarketing.Errors;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Accounts;

[GrainType("account")]
public sealed class AccountGrain(
    [PersistentState("account", StorageNames.Default)] IPersistentState<AccountState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<AccountOptions> options) : Grain, IAccountGrain
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
        state.State is { Details: not null, PasswordHash: { } hash } ? new AccountSecret(hash, state.State.LockedUntil) : null);

    public async Task<LoginAttempt> RecordLoginAsync(bool passwordMatched)
    {
        var account = state.State;
        var now = clock.GetUtcNow();
        if (account.Details is null)
        {
            return new LoginAttempt(false, null, null);
        }

        if (account.LockedUntil > now)
        {
            return new LoginAttempt(false, null, account.LockedUntil);
        }

        if (passwordMatched)
        {
            if (account.FailedLogins > 0 || account.LockedUntil is not null)
            {
                account.FailedLogins = 0;
                account.LockedUntil = null;
                await state.WriteStateAsync();
            }

            return new LoginAttempt(true, account.Details, null);
        }

        if (++account.FailedLogins >= options.Value.MaxFailedLogins)
        {
            account.FailedLogins = 0;
            account.LockedUntil = now + options.Value.LockoutPeriod;
        }

        await state.WriteStateAsync();
        return new LoginAttempt(false, null, account.LockedUntil > now ? account.LockedUntil : null);
    }

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
            account.FailedLogins = 0;
            account.LockedUntil = null;
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
