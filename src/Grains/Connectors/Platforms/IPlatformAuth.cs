namespace GrainMarketing.Connectors.Platforms;

/// <summary>One platform's side of connecting: the consent URL, code and refresh exchanges, and the ad accounts a token sees.</summary>
public interface IPlatformAuth
{
    Uri AuthorizationUrl(string state, string challenge, Uri callback);

    Task<TokenGrant> ExchangeAsync(string code, string verifier, Uri callback, CancellationToken cancellation);

    /// <summary>A renewed grant; <see cref="GrantRefusedException"/> when the platform refuses it.</summary>
    Task<TokenGrant> RefreshAsync(TokenGrant grant, CancellationToken cancellation);

    /// <summary>The ad accounts the token can see, none selected; <see cref="GrantRefusedException"/> when the token is refused.</summary>
    Task<IReadOnlyList<ConnectedAccount>> AccountsAsync(string accessToken, CancellationToken cancellation);
}
