using System.Net.Http.Headers;
using System.Net.Sockets;
using GrainMarketing.Hosting;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Alerts;

/// <summary>Webhooks (signed JSON) and Slack messages over the <c>alerts</c> HTTP client, email over SMTP with MailKit.</summary>
/// <remarks>
/// Any 2xx answer is delivered; anything else, a timeout or a refused connection is a failure whose reason
/// names no URL and no secret.
/// </remarks>
public sealed class AlertTransport(
    IHttpClientFactory http,
    IOptions<SmtpOptions> smtp,
    IOptions<AlertOptions> options,
    [Microsoft.Extensions.DependencyInjection.FromKeyedServices(DomainClock.Key)] TimeProvider clock) : IAlertTransport
{
    public const string HttpClientName = "alerts";

    public Task<AttemptResult> SendAsync(DeliveryJob job, CancellationToken cancellationToken) => job.Channel.Type switch
    {
        AlertChannelType.Webhook => PostAsync(job, WebhookPayload.For(job).ToUtf8Json(), signed: true, cancellationToken),
        AlertChannelType.Slack => PostAsync(job, SlackMessage.ToUtf8Json(job), signed: false, cancellationToken),
        AlertChannelType.Email => MailAsync(job, cancellationToken),
        _ => Task.FromResult(AttemptResult.Failed($"Unknown channel type {job.Channel.Type}.")),
    };

    private async Task<AttemptResult> PostAsync(DeliveryJob job, byte[] body, bool signed, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, job.Channel.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        if (signed)
        {
            var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
            request.Headers.Add(WebhookSignature.DeliveryHeader, job.DeliveryId.ToString());
            request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
            request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(job.Channel.Secret!, timestamp, body));
        }

        try
        {
            using var response = await http.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            return response.IsSuccessStatusCode
                ? new AttemptResult(true, status)
                : AttemptResult.Failed($"The receiver answered {status} {response.ReasonPhrase}.", status);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AttemptResult.Failed($"No answer within {options.Value.SendTimeout.TotalSeconds:0.###} s (Alerts:SendTimeout).");
        }
        catch (HttpRequestException failure)
        {
            return AttemptResult.Failed(failure.InnerException is SocketException socket
                ? $"{failure.HttpRequestError}: {socket.SocketErrorCode}."
                : $"{failure.HttpRequestError}: {failure.Message}");
        }
    }

    private async Task<AttemptResult> MailAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        var settings = smtp.Value;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return AttemptResult.Failed("Smtp:Host is not set on the silo; no email can be sent.");
        }

        using var client = new SmtpClient { Timeout = (int)options.Value.SendTimeout.TotalMilliseconds };
        try
        {
            await client.ConnectAsync(settings.Host, settings.Port, (SecureSocketOptions)settings.Security, cancellationToken);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                await client.AuthenticateAsync(settings.Username, settings.Password ?? "", cancellationToken);
            }

            await client.SendAsync(AlertEmail.Build(job, settings.From), cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
            return new AttemptResult(true);
        }
        catch (SmtpCommandException refused)
        {
            return AttemptResult.Failed($"SMTP {(int)refused.StatusCode} {refused.ErrorCode}: {refused.Message}");
        }
        catch (Exception failure) when (failure is SmtpProtocolException or SocketException or IOException or TimeoutException
            or MailKit.Security.AuthenticationException or SslHandshakeException or ServiceNotConnectedException or NotSupportedException)
        {
            return AttemptResult.Failed($"SMTP: {failure.Message}");
        }
    }
}
