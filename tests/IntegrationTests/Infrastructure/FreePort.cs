using System.Net;
using System.Net.Sockets;

namespace GrainMarketing.IntegrationTests.Infrastructure;

public static class FreePort
{
    // Below Linux's ephemeral range (32768-60999): a port the OS handed out for "port 0" is soon reused
    // for an outgoing connection, and a process started on it then fails to bind.
    private const int First = 20_000;
    private const int Last = 32_000;
    private static int _next = First + Random.Shared.Next(Last - First);

    /// <summary>A TCP port on loopback, outside the ephemeral range, that nothing listens on right now.</summary>
    public static int Next()
    {
        while (true)
        {
            var port = First + ((Interlocked.Increment(ref _next) - First) % (Last - First));
            try
            {
                using var listener = new TcpListener(IPAddress.Any, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // Taken: try the next one.
            }
        }
    }
}
