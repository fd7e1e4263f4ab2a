using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.IntegrationTests.Alerts;

/// <summary>The silo's transport as the silo composes it, over real HTTP to a local receiver: the private-address guard and its switch.</summary>
public sealed class AlertTransportTests : IAsyncLifetime
{
    private readonly WebhookReceiver _receiver = new();

    [Fact]
    public async Task ByDefaultAWebhookOnLoopbackIsRefusedWithoutARequestBeingMade()
    {
        var url = _receiver.NewUrl("guarded");
        await using var services = Services(allowPrivateTargets: false);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(Job(url), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("no public address", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _receiver.Count(url));
    }

    [Fact]
    public async Task WithPrivateTargetsAllowedTheSameWebhookIsDelivered()
    {
        var url = _receiver.NewUrl("allowed");
        await using var services = Services(allowPrivateTargets: true);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(Job(url), CancellationToken.None);

        Assert.Equal((true, 200), (result.Delivered, result.HttpStatus));
        Assert.True((await _receiver.NextAsync(url)).IsSignedWith("gmwh_secret"));
    }

    [Fact]
    public async Task ARedirectIsNotFollowedAndCountsAsAFailure()
    {
        var url = _receiver.NewUrl("moved");
        _receiver.Answer(url, _ => 307);
        await using var services = Services(allowPrivateTargets: true);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(Job(url), CancellationToken.None);

        Assert.Equal((false, 307), (result.Delivered, result.HttpStatus));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    private static ServiceProvider Services(bool allowPrivateTargets)
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

    private static DeliveryJob Job(string url) => new(
        "acme", Guid.NewGuid(), Guid.NewGuid(), 1,
        new Alert("rule.fired", AlertSeverity.Error, "CPA above 40", "CPA 52.10", "k", DateTimeOffset.UtcNow),
        new StoredAlertChannel(
            new AlertChannel(Guid.NewGuid(), "ops", AlertChannelType.Webhook, AlertSeverity.Info, true, url, null,
                DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow, "ana", DateTimeOffset.UtcNow),
            "gmwh_secret"));
}
