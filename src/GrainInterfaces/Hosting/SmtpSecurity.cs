namespace GrainMarketing.Hosting;

/// <summary>How a host secures its SMTP connection: MailKit's <c>SecureSocketOptions</c> by the same names and values, so either host converts it with a cast.</summary>
public enum SmtpSecurity
{
    /// <summary>No TLS at all: only for a local test server, since the login and the mails' tokens cross the network readable.</summary>
    None = 0,

    /// <summary>TLS on connect for port 465, otherwise STARTTLS when the server offers it (plain text when an attacker strips the offer).</summary>
    Auto = 1,

    /// <summary>TLS from the first byte.</summary>
    SslOnConnect = 2,

    /// <summary>STARTTLS, refusing a server that does not offer it (the default).</summary>
    StartTls = 3,

    /// <summary>STARTTLS when the server offers it, plain text otherwise (also when an attacker strips the offer).</summary>
    StartTlsWhenAvailable = 4,
}
