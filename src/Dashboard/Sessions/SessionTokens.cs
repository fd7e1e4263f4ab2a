using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>The signed-in people's API tokens, kept on the server; the browser holds only a cookie naming the session.</summary>
/// <remarks>
/// An entry lives as long as the cookie's idle timeout and is dropped at sign-out or when the API refuses its refresh
/// token; a restart of the dashboard ends every session (the cookie's principal is then rejected, see
/// <see cref="SessionCookieEvents"/>).
/// </remarks>
public sealed class SessionTokens(IMemoryCache cache, IOptions<DashboardOptions> options)
{
    private readonly TimeSpan _idleTimeout = options.Value.SessionIdleTimeout;

    /// <summary>Keeps <paramref name="tokens"/> under a new session id and answers the id.</summary>
    public string Start(ApiTokens tokens)
    {
        var id = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));
        Store(id, new SessionEntry(tokens));
        return id;
    }

    public SessionEntry? Find(string? sessionId) =>
        sessionId is not null && cache.TryGetValue<SessionEntry>(Key(sessionId), out var entry) ? entry : null;

    public void End(string sessionId) => cache.Remove(Key(sessionId));

    private void Store(string id, SessionEntry entry) =>
        cache.Set(Key(id), entry, new MemoryCacheEntryOptions { SlidingExpiration = _idleTimeout, Size = 1 });

    private static string Key(string sessionId) => "session:" + sessionId;
}
