using System.Security.Cryptography;
using System.Text;

namespace GrainMarketing.Connectors;

/// <summary>The key of a flow's <see cref="IOAuthStateGrain"/>: the state's SHA-256 in hex, so the state itself is never stored.</summary>
public static class OAuthStateKey
{
    public static string For(string state) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(state)));
}
