using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace GrainMarketing.ApiHost.Hosting;

/// <summary>JWT bearer authentication with the framework's handler, keyed from <see cref="AuthOptions"/>; the host refuses to start without a key.</summary>
public static class AuthHostingExtensions
{
    public static WebApplicationBuilder AddGrainMarketingAuth(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .ValidateDataAnnotations()
            .Validate(options => options.KeyBytes() is not null, "Auth:SigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        builder.Services.AddSingleton<AccessTokens>();
        builder.Services.AddSingleton<RefreshTokens>();
        builder.Services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        builder.Services.AddSingleton<PasswordResetMailer>();
        builder.Services.AddSingleton<IPasswordHasher<AccountDetails>, PasswordHasher<AccountDetails>>();
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<AuthOptions>>((jwt, auth) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = auth.Value.Issuer,
                    ValidAudience = auth.Value.Audience,
                    IssuerSigningKey = auth.Value.KeyBytes() is { } key ? new SymmetricSecurityKey(key) : null,
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ClockSkew = TimeSpan.FromSeconds(30),
                };
            });
        builder.Services.AddAuthorization();
        return builder;
    }
}
