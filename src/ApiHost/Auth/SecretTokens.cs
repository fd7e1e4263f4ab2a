using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Random secrets handed out once and the SHA-256 digests that grains keep instead.</summary>
/// <remarks>The secrets are password-reset and invitation tokens and API key secrets.</remarks>
public static class SecretTokens
{
    public const int Bytes = 32;

    /// <summary>A new secret: 32 random bytes, base64url.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
