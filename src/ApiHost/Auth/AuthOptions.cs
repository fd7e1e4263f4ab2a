using System.ComponentModel.DataAnnotations;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Token settings (configuration section <c>Auth</c>).</summary>
/// <remarks>The signing key comes only from configuration or the environment (<c>Auth__SigningKey</c>) and is never logged; the host refuses to start without one.</remarks>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>HMAC-SHA256 key, base64, at least 32 bytes once decoded.</summary>
    [Required(ErrorMessage = "Auth:SigningKey is required: a base64 key of at least 32 bytes (e.g. openssl rand -base64 48).")]
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "grainmarketing";

    public string Audience { get; set; } = "grainmarketing-api";

    /// <summary>Lifetime of an access token; short, because it cannot be revoked before it expires.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long a login can be kept alive by refreshing, from the login.</summary>
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How long an emailed password-reset token works (once).</summary>
    public TimeSpan PasswordResetLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long an emailed invitation to a tenant can be accepted.</summary>
    public TimeSpan InvitationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long this host trusts a membership or key it has checked.</summary>
    /// <remarks>Changes made through this host apply at once; changes made through another host apply here within this time.</remarks>
    public TimeSpan AccessCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The decoded key, or null when it is not base64 or shorter than 32 bytes.</summary>
    public byte[]? KeyBytes()
    {
        var buffer = new byte[SigningKey.Length];
        return Convert.TryFromBase64String(SigningKey, buffer, out var written) && written >= 32 ? buffer[..written] : null;
    }
}
