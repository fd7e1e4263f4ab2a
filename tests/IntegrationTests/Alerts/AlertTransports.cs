using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Alerts;

/// <summary>The silo's alert transport as the silo composes it, and a webhook delivery to send through it.</summary>
public static class AlertTransports
{
    /// <summary>The alert services with the private-address guard on or off (a local receiver is on loopback).</summary>
    public static ServiceProvider Services(bool allowPrivateTargets)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Alerts:AllowPrivateTargets"] = allowPrivateTargets ? "true" : "false" })
            .Build();
        return new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddKeyedSingleton(DomainClock.Key, TimeProvider.System)
            .AddLogging()
            .AddGrainMarketingAlerts()
            .BuildServiceProvider();
    }

    /// <summary>A webhook delivery of one fired-rule alert to <paramref name="url"/>.</summary>
    public static DeliveryJob WebhookJob(string url) => new(
        "acme", Guid.NewGuid(), Guid.NewGuid(), 1,
        new Alert("rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10", "k", DateTimeOffset.UtcNow),
        new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), "ops", AlertChannelType.Webhook, AlertSeverity.Info, true, url, null,
                DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow),
            "gmwh_secret"));
}
