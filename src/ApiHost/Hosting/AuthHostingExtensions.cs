using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Who the caller is and what they may do: JWT bearer for people, API keys for machines, and the tenant policies.</summary>
/// <remarks>
/// The JWT handler is the framework's, keyed from <see cref="AuthOptions"/>; the host refuses to start without a
/// key. The policies are those of <see cref="TenantPolicies"/>.
/// </remarks>
public static class AuthHostingExtensions
{
    public static WebApplicationBuilder AddGrainMarketingAuth(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.KeyBytes() is not null, "Auth:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddSingleton<AccessTokens>();
        services.AddSingleton<RefreshTokens>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddSingleton<Mailer>();
        services.AddSingleton<PasswordResetRequests>();
        services.AddHostedService(provider => provider.GetRequiredService<PasswordResetRequests>());
        services.AddSingleton<IPasswordHasher<AccountDetails>, PasswordHasher<AccountDetails>>();
        services.AddMemoryCache(cache => cache.SizeLimit = 100_000);
        services.AddSingleton<AccessInstruments>();
        services.AddSingleton<AccessCache>();
        services.AddSingleton<CallerAccess>();
        services.AddSingleton<AccessChangeListener>();
        services.AddHostedService(provider => provider.GetRequiredService<AccessChangeListener>());

        services.AddCallerAuthentication();
        services.AddSingleton<IAuthorizationHandler, TenantAccessHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, TenantAccessResultHandler>();
        services.AddAuthorizationBuilder().AddGrainMarketingPolicies();
        return builder;
    }

    /// <summary>Bearer tokens or API keys, whichever the request presents.</summary>
    private static void AddCallerAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(CallerSchemes.Default)
            .AddPolicyScheme(CallerSchemes.Default, "Bearer token or API key", scheme => scheme.ForwardDefaultSelector =
                http => ApiKeyAuthenticationHandler.Presented(http.Request) ? CallerSchemes.ApiKey : CallerSchemes.Bearer)
            .AddJwtBearer()
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(CallerSchemes.ApiKey, configureOptions: null);
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>, TimeProvider>(ConfigureBearer);
    }

    /// <summary>Tokens signed with the configured key, checked against the host's clock and the login they belong to.</summary>
    private static void ConfigureBearer(JwtBearerOptions jwt, IOptions<AuthOptions> auth, TimeProvider clock)
    {
        var skew = TimeSpan.FromSeconds(30);
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = auth.Value.Issuer,
            ValidAudience = auth.Value.Audience,
            IssuerSigningKey = auth.Value.KeyBytes() is { } key ? new SymmetricSecurityKey(key) : null,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            ClockSkew = skew,
            // The host's clock rather than the machine's, so tests can move time.
            LifetimeValidator = (notBefore, expires, _, _) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                return expires is { } end && end > now - skew && (notBefore is not { } start || start <= now + skew);
            },
        };
        jwt.Events = new JwtBearerEvents
        {
            // A valid signature is not enough: the login must still be on (not logged out, reused or reset).
            OnTokenValidated = async validated =>
            {
                var session = validated.Principal?.FindFirst(CallerClaims.Session)?.Value;
                var access = validated.HttpContext.RequestServices.GetRequiredService<AccessCache>();
                if (!Guid.TryParseExact(session, "N", out var id) || !await access.SessionActiveAsync(id))
                {
                    validated.Fail("The login this token belongs to has ended.");
                }
            },
            // Browsers cannot set headers on an EventSource, so the live feed also takes the token from the query.
            OnMessageReceived = message =>
            {
                if (message.Request.Path.Value?.EndsWith("/live", StringComparison.Ordinal) == true
                    && message.Request.Query.TryGetValue("access_token", out var token))
                {
                    message.Token = token.ToString();
                }

                return Task.CompletedTask;
            },
        };
    }
}
