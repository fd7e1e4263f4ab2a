namespace GrainMarketing.ApiHost.Auth;

/// <summary>Outgoing mail (configuration section <c>Smtp</c>); without a host, reset and invitation emails are not sent and a warning is logged.</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it (the default), always, or never (a local relay).</summary>
    public MailKit.Security.SecureSocketOptions Security { get; set; } = MailKit.Security.SecureSocketOptions.StartTlsWhenAvailable;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "GrainMarketing <no-reply@grainmarketing.local>";

    /// <summary>Where the reset link points; the token is appended as <c>?token=…&amp;email=…</c>.</summary>
    public string ResetUrl { get; set; } = "http://localhost:8080/reset-password";

    /// <summary>Where an invitation link points; the tenant and token are appended as <c>?tenant=…&amp;token=…</c>.</summary>
    public string InvitationUrl { get; set; } = "http://localhost:8080/accept-invitation";
}
