using System.Collections.Concurrent;
using System.Net;
using System.Threading.Channels;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// A local HTTP server for alert tests: takes POSTs on any path of a free loopback port, answers each
/// with the status the test chose for its path (200 unless told), and hands every request (headers,
/// raw body, the status answered) to the test.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentDictionary<string, Func<int, int>> _answers = new();
    private readonly ConcurrentDictionary<string, Channel<ReceivedRequest>> _received = new();
    private readonly ConcurrentDictionary<string, int> _counts = new();
    private readonly Task _serving;

    public WebhookReceiver()
    {
        Port = FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _serving = ServeAsync();
    }

    public int Port { get; }

    /// <summary>A URL on this receiver with a path no other test uses.</summary>
    public string NewUrl(string name) => $"http://127.0.0.1:{Port}/{name}-{Guid.NewGuid():N}";

    /// <summary>Answers requests to <paramref name="url"/> with the status <paramref name="status"/> gives for the request's number (1 for the first).</summary>
    public void Answer(string url, Func<int, int> status) => _answers[new Uri(url).AbsolutePath] = status;

    /// <summary>The next request that arrived at <paramref name="url"/>.</summary>
    public async Task<ReceivedRequest> NextAsync(string url, TimeSpan? timeout = null)
    {
        using var wait = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await Requests(new Uri(url).AbsolutePath).Reader.ReadAsync(wait.Token);
    }

    /// <summary>How many requests arrived at <paramref name="url"/> so far.</summary>
    public int Count(string url) => _counts.GetValueOrDefault(new Uri(url).AbsolutePath);

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        await Task.WhenAny(_serving);
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception exception) when (exception is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var path = context.Request.Url!.AbsolutePath;
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var number = _counts.AddOrUpdate(path, 1, (_, count) => count + 1);
            var status = _answers.TryGetValue(path, out var answer) ? answer(number) : 200;
            var headers = context.Request.Headers.AllKeys.OfType<string>().ToDictionary(k => k, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            await Requests(path).Writer.WriteAsync(new ReceivedRequest(number, headers, body.ToArray(), status));
            context.Response.StatusCode = status;
            context.Response.Close();
        }
    }

    private Channel<ReceivedRequest> Requests(string path) => _received.GetOrAdd(path, _ => Channel.CreateUnbounded<ReceivedRequest>());
}
