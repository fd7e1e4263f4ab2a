using System.Collections.Concurrent;
using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>The last 10,000 platform requests (never the control API's own), with a middleware that records them.</summary>
public sealed class RequestLog(TimeProvider time)
{
    private const int Capacity = 10_000;
    private readonly ConcurrentQueue<LoggedRequest> _entries = new();
    private long _sequence;

    public IReadOnlyList<LoggedRequest> Since(long after, string? platform) =>
        _entries.Where(e => e.Sequence > after && (platform is null || e.Platform == platform)).ToList();

    public void Clear() => _entries.Clear();

    public async Task RecordAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "";
        var platform = path.Split('/', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
        if (PlatformFacts.FromPrefix(platform) is null)
        {
            await next(context);
            return;
        }

        var started = time.GetUtcNow();
        await next(context);
        _entries.Enqueue(new LoggedRequest(
            Interlocked.Increment(ref _sequence), started, platform, context.Request.Method, path, context.Request.QueryString.Value ?? "", context.Response.StatusCode));
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }
    }
}
