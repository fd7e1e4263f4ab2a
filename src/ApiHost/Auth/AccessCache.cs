using System.Security.Cryptography;
using GrainMarketing.Accounts;
using GrainMarketing.Tenants;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Memberships and API keys as their tenant's access grain last answered, for <see cref="AuthOptions.AccessCacheDuration"/>.</summary>
/// <remarks>
/// Changes made through this host drop the entry at once. A refused key is cached as well, by its secret's digest
/// (so a stranger presenting a real key's id with a wrong secret never refuses the real key), and no tenant's
/// grain is asked about a tenant that does not exist: guessing costs the grains at most one storage read per guess.
/// </remarks>
public sealed class AccessCache(IGrainFactory grains, IOptions<AuthOptions> options, IMemoryCache cache, AccessInstruments instruments)
{
    public async ValueTask<TenantRole?> RoleAsync(string tenant, string email)
    {
        var key = (Kind: 'm', tenant, email);
        if (cache.TryGetValue(key, out TenantRole? role))
        {
            return role;
        }

        if (!await TenantExistsAsync(tenant))
        {
            return null;
        }

        instruments.LookedUp(AccessInstruments.Member);
        role = await grains.GetGrain<ITenantAccessGrain>(tenant).GetRoleAsync(email);
        Store(key, role);
        return role;
    }

    /// <summary>The key's scope when it is active; a different secret under a cached id is checked by the grain again.</summary>
    public async ValueTask<ApiKeyScope?> VerifyAsync(ApiKeyToken key)
    {
        var cacheKey = (Kind: 'k', key.Tenant, key.KeyId);
        var digest = key.Digest();
        if (cache.TryGetValue(cacheKey, out VerifiedKey? verified) && verified is not null
            && CryptographicOperations.FixedTimeEquals(verified.Digest, digest))
        {
            return verified.Scope;
        }

        var refusalKey = (Kind: 'r', key.Tenant, key.KeyId, Convert.ToBase64String(digest));
        if (cache.TryGetValue(refusalKey, out _))
        {
            return null;
        }

        ApiKeyScope? scope = null;
        if (await TenantExistsAsync(key.Tenant))
        {
            instruments.LookedUp(AccessInstruments.Key);
            scope = await grains.GetGrain<ITenantAccessGrain>(key.Tenant).VerifyApiKeyAsync(key.KeyId, digest);
        }

        if (scope is null)
        {
            Store(refusalKey, true);
        }
        else
        {
            Store(cacheKey, new VerifiedKey(digest, scope.Value));
        }

        return scope;
    }

    /// <summary>Whether the login an access token belongs to is still on; logout, refresh-token reuse and password resets end it.</summary>
    public async ValueTask<bool> SessionActiveAsync(Guid session)
    {
        var key = (Kind: 's', session);
        if (cache.TryGetValue(key, out bool active))
        {
            return active;
        }

        instruments.LookedUp(AccessInstruments.Session);
        active = await grains.GetGrain<IRefreshTokenFamilyGrain>(session).IsActiveAsync();
        Store(key, active);
        return active;
    }

    public void ForgetSession(Guid session) => cache.Remove((Kind: 's', session));

    public void ForgetMember(string tenant, string email) => cache.Remove((Kind: 'm', tenant, email));

    public void ForgetKey(string tenant, string keyId) => cache.Remove((Kind: 'k', tenant, keyId));

    /// <summary>Whether the tenant exists; only a yes is cached, so a tenant created a moment ago is found at once.</summary>
    private async ValueTask<bool> TenantExistsAsync(string tenant)
    {
        var key = (Kind: 't', tenant);
        if (cache.TryGetValue(key, out _))
        {
            return true;
        }

        if (!TenantRules.IsValidId(tenant))
        {
            return false;
        }

        instruments.LookedUp(AccessInstruments.Tenant);
        var exists = await grains.GetGrain<ITenantExistenceGrain>(0).ExistsAsync(tenant);
        if (exists)
        {
            Store(key, true);
        }

        return exists;
    }

    private void Store<T>(object key, T value)
    {
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = options.Value.AccessCacheDuration;
    }

    private sealed record VerifiedKey(byte[] Digest, ApiKeyScope Scope);
}
