using System.Threading.Channels;
using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Audit;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Password-reset requests, handled after the answer has gone: store the token's digest, audit, send the email.</summary>
/// <remarks>
/// That work happens only for emails with an account, so doing it before answering would let the answer's time
/// tell which emails have one. The queue is bounded; a request that finds it full is dropped (with a warning)
/// whatever its email, and the person asks again.
/// </remarks>
public sealed partial class PasswordResetRequests(
    IGrainFactory grains, Mailer mailer, IOptions<AuthOptions> options, TimeProvider clock, AuditTrail audit, ILogger<PasswordResetRequests> logger)
    : BackgroundService
{
    public const int Capacity = 1_000;

    private readonly Channel<string> _emails = Channel.CreateBounded<string>(new BoundedChannelOptions(Capacity) { SingleReader = true });

    /// <summary>Queues a reset for the normalised <paramref name="email"/>; returns at once.</summary>
    public void Enqueue(string email)
    {
        if (!_emails.Writer.TryWrite(email))
        {
            LogQueueFull(Capacity);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var email in _emails.Reader.ReadAllAsync(stoppingToken))
        {
            try
            {
                await SendAsync(email, stoppingToken);
            }
            catch (Exception failure) when (!stoppingToken.IsCancellationRequested)
            {
                // One unreachable mail server or silo must not stop the resets queued behind it.
                LogFailed(failure);
            }
        }
    }

    private async Task SendAsync(string email, CancellationToken cancellationToken)
    {
        var token = SecretTokens.New();
        var validFor = options.Value.PasswordResetLifetime;
        if (await grains.GetGrain<IAccountGrain>(email).RequestPasswordResetAsync(SecretTokens.Digest(token), clock.GetUtcNow() + validFor))
        {
            await audit.RecordAsync("password.reset.requested", email);
            await mailer.SendPasswordResetAsync(email, token, validFor, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Capacity} password resets are waiting; this request was dropped")]
    private partial void LogQueueFull(int capacity);

    [LoggerMessage(Level = LogLevel.Error, Message = "A password reset could not be stored or mailed")]
    private partial void LogFailed(Exception failure);
}
