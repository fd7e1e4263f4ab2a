using GrainMarketing.Hosting;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Sends password-reset and invitation emails over SMTP with MailKit. Tokens are in the message only, never in a log.</summary>
public sealed partial class Mailer(IOptions<SmtpOptions> options, ILogger<Mailer> logger)
{
    public Task SendPasswordResetAsync(string email, string token, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var link = $"{options.Value.ResetUrl}?token={Uri.EscapeDataString(token)}&email={Uri.EscapeDataString(email)}";
        return SendAsync(
            email,
            "Reset your GrainMarketing password",
            $"Someone asked to reset the password of this account. To choose a new one, open\n\n{link}\n\n"
                + $"or send this token to /api/v1/auth/password/reset: {token}\n\nIt works once, for {validFor.TotalMinutes:0} minutes. "
                + "If you did not ask, ignore this email; your password stays as it is.\n",
            cancellationToken);
    }

    public Task SendInvitationAsync(string email, string tenant, string tenantName, string invitedBy, string token, TimeSpan validFor, CancellationToken cancellationToken)
    {
        var link = $"{options.Value.InvitationUrl}?tenant={Uri.EscapeDataString(tenant)}&token={Uri.EscapeDataString(token)}";
        return SendAsync(
            email,
            $"{invitedBy} invited you to {tenantName} on GrainMarketing",
            $"{invitedBy} invited you to join {tenantName} ({tenant}) on GrainMarketing. To accept, sign in with this email and open\n\n{link}\n\n"
                + $"or send this token to /api/v1/tenants/{tenant}/invitations/accept: {token}\n\n"
                + $"It works once, for {validFor.TotalDays:0} days. If you did not expect it, ignore this email.\n",
            cancellationToken);
    }

    private async Task SendAsync(string to, string subject, string text, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        if (string.IsNullOrWhiteSpace(smtp.Host))
        {
            LogNotConfigured(subject);
            return;
        }

        var message = new MimeMessage { Subject = subject, Body = new TextPart("plain") { Text = text } };
        message.From.Add(MailboxAddress.Parse(smtp.From));
        message.To.Add(MailboxAddress.Parse(to));

        using var client = new SmtpClient();
        await client.ConnectAsync(smtp.Host, smtp.Port, (SecureSocketOptions)smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.Username))
        {
            await client.AuthenticateAsync(smtp.Username, smtp.Password ?? "", cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Smtp:Host is not set; the email '{Subject}' was not sent")]
    private partial void LogNotConfigured(string subject);
}
