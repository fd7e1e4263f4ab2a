using GrainMarketing.Dashboard.Api.Client.Models;
using Microsoft.Kiota.Abstractions;

namespace GrainMarketing.Dashboard.Sessions;

/// <summary>A session's access token, refreshed through the API shortly before it expires.</summary>
public sealed class SessionAccessTokens(SessionTokens sessions, ApiClientFactory clients, TimeProvider clock)
{
    /// <summary>Refresh this long before expiry, so a token never dies in flight.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromSeconds(30);

    public async Task<string> AccessTokenAsync(string? sessionId, CancellationToken cancellationToken)
    {
        var entry = sessions.Find(sessionId) ?? throw new SessionEndedException();
        if (IsFresh(entry.Tokens))
        {
            return entry.Tokens.AccessToken;
        }

        await entry.RefreshGate.WaitAsync(cancellationToken);
        try
        {
            if (!IsFresh(entry.Tokens))
            {
                entry.Tokens = await RefreshAsync(sessionId!, entry.Tokens.RefreshToken, cancellationToken);
            }

            return entry.Tokens.AccessToken;
        }
        finally
        {
            entry.RefreshGate.Release();
        }
    }

    /// <summary>Signs in through the API, starts a session holding the tokens and answers it with the account.</summary>
    public async Task<(string SessionId, AccountResponse Account)> SignInAsync(string email, string password, CancellationToken cancellationToken)
    {
        var tokens = ToTokens((await clients.Anonymous().Api.V1.Auth.Login.PostAsync(new LoginRequest { Email = email, Password = password }, cancellationToken: cancellationToken))!);
        var account = await clients.Create(new BearerToken(tokens.AccessToken)).Api.V1.Auth.Me.GetAsync(cancellationToken: cancellationToken);
        return (sessions.Start(tokens), account!);
    }

    /// <summary>Ends the login at the API too, so its refresh token dies with the session.</summary>
    public async Task SignOutAsync(string? sessionId, CancellationToken cancellationToken)
    {
        if (sessions.Find(sessionId) is not { } entry)
        {
            return;
        }

        sessions.End(sessionId!);
        try
        {
            await clients.Anonymous().Api.V1.Auth.Logout.PostAsync(new RefreshRequest { RefreshToken = entry.Tokens.RefreshToken }, cancellationToken: cancellationToken);
        }
        catch (ApiException)
        {
            // Already ended at the API (expired or revoked): nothing left to end.
        }
    }

    private bool IsFresh(ApiTokens tokens) => tokens.ExpiresAt - clock.GetUtcNow() > Margin;

    private async Task<ApiTokens> RefreshAsync(string sessionId, string refreshToken, CancellationToken cancellationToken)
    {
        try
        {
            var next = await clients.Anonymous().Api.V1.Auth.Refresh.PostAsync(new RefreshRequest { RefreshToken = refreshToken }, cancellationToken: cancellationToken);
            return ToTokens(next!);
        }
        catch (ApiException refused) when (refused.ResponseStatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status400BadRequest)
        {
            sessions.End(sessionId);
            throw new SessionEndedException();
        }
    }

    private static ApiTokens ToTokens(TokenResponse tokens) =>
        new(tokens.AccessToken!, tokens.ExpiresAt ?? DateTimeOffset.MinValue, tokens.RefreshToken!);
}
