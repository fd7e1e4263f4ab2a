using System.Net;
using System.Net.Sockets;

namespace GrainMarketing.Alerts;

/// <summary>Keeps tenants' webhook and Slack URLs from reaching the silo's own network.</summary>
/// <remarks>
/// Connections go only to public addresses, checked after name resolution at connect time, so a name that
/// resolves (or is rebound) to a private address is refused too. Off with
/// <c>Alerts:AllowPrivateTargets</c>.
/// </remarks>
public static class AlertTargetGuard
{
    /// <summary>A connect callback for <see cref="SocketsHttpHandler.ConnectCallback"/> that refuses non-public addresses.</summary>
    public static async ValueTask<Stream> ConnectPublicAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host;
        var addresses = IPAddress.TryParse(host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(host, cancellationToken);
        var allowed = addresses.Where(IsPublic).ToArray();
        if (allowed.Length == 0)
        {
            throw new HttpRequestException(HttpRequestError.ConnectionError,
                $"{host} resolves to no public address; alerts may not reach private networks (Alerts:AllowPrivateTargets).");
        }

        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed, context.DnsEndPoint.Port, cancellationToken);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>False for loopback, private, shared (CGNAT), link-local, unique-local, multicast, unspecified and reserved addresses.</summary>
    /// <remarks>
    /// An IPv6 address that carries an IPv4 address a translator or relay connects to (IPv4-mapped, -compatible
    /// and -translated, NAT64 <c>64:ff9b::/96</c>, 6to4 <c>2002::/16</c>) is judged by that IPv4 address. Teredo
    /// (<c>2001::/32</c>, whose client address is obfuscated) and local-use NAT64 (<c>64:ff9b:1::/48</c>, whose
    /// translator is the operator's) are refused whole.
    /// </remarks>
    public static bool IsPublic(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return IsPublicIPv4(bytes);
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        if (EmbeddedIPv4(bytes) is { } embedded)
        {
            return IsPublicIPv4(embedded);
        }

        return !(address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal || address.IsIPv6Teredo
            || bytes.AsSpan().StartsWith(LocalUseNat64Prefix) || bytes.AsSpan().StartsWith(DocumentationPrefix));
    }

    private static ReadOnlySpan<byte> Nat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0];

    private static ReadOnlySpan<byte> LocalUseNat64Prefix => [0x00, 0x64, 0xff, 0x9b, 0x00, 0x01];

    private static ReadOnlySpan<byte> SixToFourPrefix => [0x20, 0x02];

    private static ReadOnlySpan<byte> DocumentationPrefix => [0x20, 0x01, 0x0d, 0xb8];

    /// <summary>The IPv4 address inside an IPv6 address of <c>::/96</c> (compatible; <c>::</c> and <c>::1</c> among them), <c>::ffff:0:0/96</c> (mapped), <c>::ffff:0:0:0/96</c> (translated), NAT64 or 6to4; null for any other.</summary>
    private static byte[]? EmbeddedIPv4(byte[] bytes)
    {
        var zeros = bytes.AsSpan(0, 8).IndexOfAnyExcept((byte)0) < 0;
        var (b8, b9, b10, b11) = (bytes[8], bytes[9], bytes[10], bytes[11]);
        var compatible = zeros && b8 == 0 && b9 == 0 && ((b10 == 0 && b11 == 0) || (b10 == 0xff && b11 == 0xff));
        var translated = zeros && b8 == 0xff && b9 == 0xff && b10 == 0 && b11 == 0;
        if (compatible || translated || bytes.AsSpan().StartsWith(Nat64Prefix))
        {
            return bytes[12..16];
        }

        return bytes.AsSpan().StartsWith(SixToFourPrefix) ? bytes[2..6] : null;
    }

    private static bool IsPublicIPv4(byte[] b) => b[0] switch
    {
        0 or 10 or 127 => false,
        100 => b[1] is < 64 or > 127,
        169 => b[1] != 254,
        172 => b[1] is < 16 or > 31,
        192 => !(b[1] == 168 || (b[1] == 0 && b[2] is 0 or 2) || (b[1] == 88 && b[2] == 99)),
        198 => b[1] is not (18 or 19) && !(b[1] == 51 && b[2] == 100),
        203 => !(b[1] == 0 && b[2] == 113),
        >= 224 => false,
        _ => true,
    };
}
