using System.Net;
using System.Net.Sockets;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Clients that connect from their own loopback address (127.0.x.y), so the API host sees each as another client address.</summary>
/// <remarks>Linux routes all of 127.0.0.0/8 to loopback, so a socket bound to 127.0.3.7 reaches the API on 127.0.0.1.</remarks>
public static class LoopbackSources
{
    private static int _next = 2;

    /// <summary>An address no other client of this test run uses.</summary>
    public static IPAddress NewAddress()
    {
        var n = Interlocked.Increment(ref _next);
        return new IPAddress([127, 0, (byte)(n / 250), (byte)((n % 250) + 2)]);
    }

    /// <summary>A client of <paramref name="cluster"/>'s API that connects from <paramref name="source"/>.</summary>
    public static HttpClient CreateClient(ProcessCluster cluster, IPAddress source)
    {
        var handler = new SocketsHttpHandler
        {
            ConnectCallback = async (context, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                try
                {
                    socket.Bind(new IPEndPoint(source, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            },
        };
        return new HttpClient(handler) { BaseAddress = cluster.ApiAddress, Timeout = TimeSpan.FromSeconds(10) };
    }
}
