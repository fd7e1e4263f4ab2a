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
    public static bool IsPublic(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return b[0] switch
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

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        return !(IPAddress.IPv6Loopback.Equals(address) || IPAddress.IPv6None.Equals(address)
            || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal || address.IsIPv6Multicast || address.IsIPv6UniqueLocal
            || (bytes[0] == 0x20 && bytes[1] == 0x01 && bytes[2] == 0x0d && bytes[3] == 0xb8));
    }
}
