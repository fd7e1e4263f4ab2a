using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>One request a <see cref="WebhookReceiver"/> took: its number at its path, headers, raw body and the status it was answered.</summary>
public sealed record ReceivedRequest(int Number, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Status)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();

    public string Header(string name) => Headers.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No {name} header among {string.Join(", ", Headers.Keys)}");

    /// <summary>
    /// Whether the signature header holds <c>v1=</c> and the hex HMAC-SHA256 of <c>"{timestamp}.{body}"</c> keyed with
    /// <paramref name="secret"/>, computed here as a receiver would, independently of the silo's code.
    /// </summary>
    public bool IsSignedWith(string secret)
    {
        var signed = Encoding.UTF8.GetBytes(Header("X-GrainMarketing-Timestamp") + ".").Concat(Body).ToArray();
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(Header("X-GrainMarketing-Signature")));
    }
}
