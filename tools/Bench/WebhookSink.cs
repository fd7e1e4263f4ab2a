using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>
/// The automation phase's webhook receiver on loopback: answers 200 to every delivery and notes, per
/// alert target, the moment (Stopwatch ticks) its first delivery arrived.
/// </summary>
internal sealed class WebhookSink : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<long>> _arrivals = new(StringComparer.Ordinal);
    private readonly Task _loop;

    public WebhookSink()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ListenAsync);
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/bench";

    /// <summary>When the first alert about <paramref name="target"/> arrived (Stopwatch ticks).</summary>
    public Task<long> ArrivalAsync(string target) => Arrival(target).Task;

    private TaskCompletionSource<long> Arrival(string target) =>
        _arrivals.GetOrAdd(target, _ => new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ListenAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            var arrived = Stopwatch.GetTimestamp();
            using (var body = await JsonDocument.ParseAsync(context.Request.InputStream))
            {
                if (body.RootElement.TryGetProperty("target", out var target) && target.GetString() is { } key)
                {
                    Arrival(key).TrySetResult(arrived);
                }
            }

            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
