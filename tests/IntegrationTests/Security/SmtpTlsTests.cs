using System.Globalization;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Mail goes out over TLS unless plain text is configured: by default a server that does not offer STARTTLS
/// (as when a network attacker strips it from the server's answer) gets no message, no login and no token.
/// </summary>
public sealed class SmtpTlsTests : IAsyncLifetime
{
    private readonly SmtpSink _plainServer = new();

    [Fact]
    public async Task ByDefaultAServerWithoutStartTlsIsRefusedBeforeAnythingIsSent()
    {
        await using var services = Services(security: null);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(EmailJob(), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("STARTTLS", result.Error, StringComparison.OrdinalIgnoreCase);
        Assert.False(_plainServer.HasMessage);
    }

    [Fact]
    public async Task PlainTextIsUsedOnlyWhenConfigured()
    {
        await using var services = Services(security: "None");

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(EmailJob(), CancellationToken.None);

        Assert.True(result.Delivered, result.Error);
        Assert.Contains("Subject: [ERROR] CPA above 40", await _plainServer.NextMessageAsync(TimeSpan.FromSeconds(10)), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _plainServer.DisposeAsync();

    private ServiceProvider Services(string? security)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = _plainServer.Port.ToString(CultureInfo.InvariantCulture),
        };
        if (security is not null)
        {
            settings["Smtp:Security"] = security;
        }

        return new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddKeyedSingleton(DomainClock.Key, TimeProvider.System)
            .AddLogging()
            .AddGrainMarketingAlerts()
            .BuildServiceProvider();
    }

    private static DeliveryJob EmailJob() => new(
        "acme", Guid.NewGuid(), Guid.NewGuid(), 1,
        new Alert("rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10", "k", DateTimeOffset.UtcNow),
        new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), "mail", AlertChannelType.Email, AlertSeverity.Info, true, null, ["ops@example.com"],
                DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow, "ana", null),
            null));
}
