using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>
/// Random secrets handed out once (password-reset and invitation tokens, API key secrets) and the
/// SHA-256 digests that grains keep instead. 256 random bits need no password stretching.
/// </summary>
public static class SecretTokens
{
    public const int Bytes = 32;

    /// <summary>A new secret: 32 random bytes, base64url.</summary>
    public static string New() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(Bytes));

    public static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
