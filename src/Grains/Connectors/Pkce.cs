using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace GrainMarketing.Connectors;

/// <summary>Proof Key for Code Exchange (RFC 7636): a random verifier and its S256 challenge, and the random <c>state</c>.</summary>
public static class Pkce
{
    /// <summary>32 random bytes as base64url: 43 characters, the shortest verifier RFC 7636 allows and 256 bits of it.</summary>
    public static string NewVerifier() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    /// <summary>BASE64URL(SHA256(ASCII(verifier))), the <c>S256</c> method.</summary>
    public static string Challenge(string verifier) => Base64Url.EncodeToString(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));

    /// <summary>An unguessable <c>state</c>: it is the only thing that ties the callback to the connection.</summary>
    public static string NewState() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
}
