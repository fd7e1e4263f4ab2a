using System.Security.Cryptography;
using System.Text;

namespace GrainMarketing.Alerts;

/// <summary>Signs webhook requests so a receiver knows they came from this tenant's channel and were not replayed.</summary>
/// <remarks>
/// <c>X-GrainMarketing-Signature: v1=</c> the lower-case hex HMAC-SHA256, keyed with the UTF-8 bytes of the
/// channel's secret, of <c>"{timestamp}.{raw body}"</c>, where the timestamp (unix seconds) is sent as
/// <c>X-GrainMarketing-Timestamp</c>. Each attempt is signed anew with its own timestamp.
/// </remarks>
public static class WebhookSignature
{
    public const string DeliveryHeader = "X-GrainMarketing-Delivery";
    public const string TimestampHeader = "X-GrainMarketing-Timestamp";
    public const string SignatureHeader = "X-GrainMarketing-Signature";
    public const string Version = "v1";

    /// <summary>The signature header's value, <c>v1=…</c>.</summary>
    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return $"{Version}={Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed))}";
    }

    /// <summary>A receiver's check: the signature matches (compared in constant time) and the timestamp is within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(string secret, string timestampHeader, string signatureHeader, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan tolerance)
    {
        if (!long.TryParse(timestampHeader, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var timestamp)
            || Math.Abs(now.ToUnixTimeSeconds() - timestamp) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, timestamp, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(signatureHeader));
    }
}
