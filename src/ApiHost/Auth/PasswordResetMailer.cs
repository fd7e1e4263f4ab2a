using MailKit.Net.Smtp;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Sends password-reset emails over SMTP with MailKit. The token is in the message only, never in a log.</summary>
public sealed partial class PasswordResetMailer(IOptions<SmtpOptions> options, ILogger<PasswordResetMailer> logger)
{
    public async Task SendAsync(string email, string token, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            LogNotConfigured();
            return;
        }

        var link = $"{smtp.ResetUrl}?token={Uri.EscapeDataString(token)}&email={Uri.EscapeDataString(email)}";
        var message = new MimeMessage
        {
            Subject = "Reset your GrainMarketing password",
            Body = new TextPart("plain")
            {
                Text = $"Someone asked to reset the password of this account. To choose a new one, open\n\n{link}\n\n"
                    + $"or send this token to /api/v1/auth/password/reset: {token}\n\nIt works once, for {validFor.TotalMinutes:0} minutes. "
                    + "If you did not ask, ignore this email; your password stays as it is.\n",
            },
        };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(email));

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A password reset was requested but Smtp:Host is not set; no email was sent")]
    private partial void LogNotConfigured();
}
