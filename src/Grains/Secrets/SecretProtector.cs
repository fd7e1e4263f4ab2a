using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.DataProtection;

namespace GrainMarketing.Secrets;

/// <summary>Encrypts the credentials kept in grain state (webhook signing secrets, channel URLs, platform tokens) with ASP.NET Core Data Protection.</summary>
/// <remarks>
/// A protected value is <see cref="Prefix"/> and the protector's base64url output, so it reads as what it is
/// in a dump of the state. A value without the prefix was stored before encryption: <see cref="Reveal"/>
/// returns it as it is, and the owner protects it on its next write. The key ring is the provider profile's
/// (PostgreSQL or the process's memory).
/// </remarks>
public sealed class SecretProtector(IDataProtectionProvider provider)
{
    public const string Prefix = "gmdp1:";

    private readonly IDataProtector _protector = provider.CreateProtector("GrainMarketing.SecretProtector");

    /// <summary>The secret encrypted behind <see cref="Prefix"/>; a value already protected is returned as it is.</summary>
    [return: NotNullIfNotNull(nameof(secret))]
    public string? Protect(string? secret) => secret is null || IsProtected(secret) ? secret : Prefix + _protector.Protect(secret);

    /// <summary>The secret behind a protected value, or a value stored before encryption as it is.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The value was protected with a key the key ring no longer has, or altered.</exception>
    [return: NotNullIfNotNull(nameof(stored))]
    public string? Reveal(string? stored) => stored is not null && IsProtected(stored) ? _protector.Unprotect(stored[Prefix.Length..]) : stored;

    public static bool IsProtected(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);
}
