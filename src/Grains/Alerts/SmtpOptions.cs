using MailKit.Security;

namespace GrainMarketing.Alerts;

/// <summary>The silo's outgoing mail for email channels (configuration section <c>Smtp</c>).</summary>
/// <remarks>
/// The same configuration section (<c>Smtp</c>) and keys as the API host's mail for resets and invitations,
/// so one configuration serves both processes. Without a host, email deliveries fail (and are retried) with
/// a reason that says so.
/// </remarks>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    /// <summary>STARTTLS when the server offers it (the default), always, or never (a local relay).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "GrainMarketing <no-reply@grainmarketing.local>";
}
