namespace GrainMarketing.Hosting;

/// <summary>Outgoing mail for both hosts (configuration section <c>Smtp</c>): the API host's password resets and invitations, the silo's email alert channels.</summary>
/// <remarks>Without a host, the API host logs a warning instead of sending, and the silo fails email deliveries (they are retried) with a reason that says so.</remarks>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS required (the default), TLS on connect (port 465), or what the server offers; <see cref="SmtpSecurity.None"/> only for a local test server.</summary>
    /// <remarks>STARTTLS "when available" lets anyone on the path strip it and read the login and the reset and invitation tokens, so it is never the default.</remarks>
    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "GrainMarketing <no-reply@grainmarketing.local>";

    /// <summary>Where the API host's reset link points (the web dashboard's page, at its default port); the token is appended as <c>?token=…&amp;email=…</c>.</summary>
    public string ResetUrl { get; set; } = "http://localhost:8090/reset-password";

    /// <summary>Where the API host's invitation link points (the web dashboard's page); the tenant and token are appended as <c>?tenant=…&amp;token=…</c>.</summary>
    public string InvitationUrl { get; set; } = "http://localhost:8090/accept-invitation";
}
