namespace GrainMarketing.Connectors;

/// <summary>An authorization flow's <c>state</c> (key: the state's SHA-256, hex), pointing the callback at the connection that started it.</summary>
public interface IOAuthStateGrain : IGrainWithStringKey
{
    Task RememberAsync(OAuthPending pending);

    /// <summary>The pending flow, once: a second call, or one after it expired, answers null.</summary>
    Task<OAuthPending?> TakeAsync();
}
