using System.Buffers.Text;
using System.Security.Cryptography;
using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>An API key as the caller holds it: <c>gmk_{tenant}.{keyId}.{secret}</c>.</summary>
/// <remarks>
/// The tenant and id say which grain checks it and are shown in listings as the key's prefix; only the SHA-256 of
/// the 256-bit secret is stored, which is enough for a random secret (no password stretching needed).
/// </remarks>
public sealed record ApiKeyToken(string Tenant, string KeyId, string Secret)
{
    public const string Marker = "gmk_";
    private const int KeyIdLength = 16;

    /// <summary>What listings show: everything but the secret.</summary>
    public string Prefix => PrefixOf(Tenant, KeyId);

    public override string ToString() => $"{Prefix}.{Secret}";

    public static string PrefixOf(string tenant, string keyId) => $"{Marker}{tenant}.{keyId}";

    public static ApiKeyToken Generate(string tenant) => new(
        tenant,
        Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(KeyIdLength / 2)),
        SecretTokens.New());

    /// <summary>The key's parts, or null when <paramref name="value"/> cannot be a key.</summary>
    public static ApiKeyToken? Parse(string? value)
    {
        if (value is null || !value.StartsWith(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var parts = value[Marker.Length..].Split('.');
        return parts is [var tenant, var keyId, var secret]
            && TenantRules.IsValidId(tenant)
            && keyId.Length == KeyIdLength && keyId.All(char.IsAsciiHexDigitLower)
            && Base64Url.IsValid(secret, out var decoded) && decoded == SecretTokens.Bytes
                ? new ApiKeyToken(tenant, keyId, secret)
                : null;
    }

    public byte[] Digest() => SecretTokens.Digest(Secret);
}
