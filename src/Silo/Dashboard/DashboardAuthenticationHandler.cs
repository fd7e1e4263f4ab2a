using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using GrainMarketing.Silo.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Silo.Dashboard;

/// <summary>HTTP Basic against the configured <see cref="SiloOptions.DashboardUser"/> and <see cref="SiloOptions.DashboardPassword"/>.</summary>
/// <remarks>
/// Both sides are hashed before the constant-time comparison, so neither the time taken nor an early length
/// mismatch tells a guesser how close they came. Basic sends the password with every request: put the port
/// behind TLS (or keep it on loopback) wherever it is reachable from another machine.
/// </remarks>
public sealed class DashboardAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IOptions<SiloOptions> silo)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "dashboard-basic";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        if (Decode(header.Parameter) is not { } presented || !Matches(presented, silo.Value))
        {
            return Task.FromResult(AuthenticateResult.Fail("The dashboard user or password is wrong."));
        }

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, silo.Value.DashboardUser)], SchemeName);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName)));
    }

    /// <summary>Asks the browser for the user and password.</summary>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.Headers.WWWAuthenticate = "Basic realm=\"Orleans dashboard\", charset=\"UTF-8\"";
        return base.HandleChallengeAsync(properties);
    }

    private static string? Decode(string? parameter)
    {
        var bytes = new byte[parameter?.Length ?? 0];
        return parameter is not null && Convert.TryFromBase64String(parameter, bytes, out var written)
            ? Encoding.UTF8.GetString(bytes, 0, written)
            : null;
    }

    private static bool Matches(string presented, SiloOptions silo) =>
        silo.DashboardPassword is { Length: > 0 } password
        && CryptographicOperations.FixedTimeEquals(Digest(presented), Digest($"{silo.DashboardUser}:{password}"));

    private static byte[] Digest(string credential) => SHA256.HashData(Encoding.UTF8.GetBytes(credential));
}
