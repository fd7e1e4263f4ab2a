using GrainMarketing.Accounts;
using GrainMarketing.Tenants;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Memberships and API keys as their tenant's access grain last answered, for <see cref="AuthOptions.AccessCacheDuration"/>.</summary>
/// <remarks>Changes made through this host drop the entry at once; a refusal is cached as well, so guessing costs the grains nothing extra.</remarks>
public sealed class AccessCache(IGrainFactory grains, IOptions<AuthOptions> options, IMemoryCache cache)
{
    public async ValueTask<TenantRole?> RoleAsync(string tenant, string email)
    {
        var key = (Kind: 'm', tenant, email);
        if (cache.TryGetValue(key, out TenantRole? role))
        {
            return role;
        }

        role = TenantRules.IsValidId(tenant) ? await grains.GetGrain<ITenantAccessGrain>(tenant).GetRoleAsync(email) : null;
        Store(key, role);
        return role;
    }

    /// <summary>The key's scope when it is active; a different secret under a cached id is checked by the grain again.</summary>
    public async ValueTask<ApiKeyScope?> VerifyAsync(ApiKeyToken key)
    {
        var cacheKey = (Kind: 'k', key.Tenant, key.KeyId);
        var digest = key.Digest();
        if (cache.TryGetValue(cacheKey, out VerifiedKey? verified) && verified is not null
            && System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(verified.Digest, digest))
        {
            return verified.Scope;
        }

        var scope = await grains.GetGrain<ITenantAccessGrain>(key.Tenant).VerifyApiKeyAsync(key.KeyId, digest);
        if (scope is not null)
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

        active = await grains.GetGrain<IRefreshTokenFamilyGrain>(session).IsActiveAsync();
        Store(key, active);
        return active;
    }

    public void ForgetSession(Guid session) => cache.Remove((Kind: 's', session));

    public void ForgetMember(string tenant, string email) => cache.Remove((Kind: 'm', tenant, email));

    public void ForgetKey(string tenant, string keyId) => cache.Remove((Kind: 'k', tenant, keyId));

    private void Store<T>(object key, T value)
    {
        using var entry = cache.CreateEntry(key);
        entry.Value = value;
        entry.Size = 1;
        entry.AbsoluteExpirationRelativeToNow = options.Value.AccessCacheDuration;
    }

    private sealed record VerifiedKey(byte[] Digest, ApiKeyScope Scope);
}
