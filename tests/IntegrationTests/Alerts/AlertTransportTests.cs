using GrainMarketing.Alerts;
using GrainMarketing.IntegrationTests.Infrastructure;
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
        await using var services = AlertTransports.Services(allowPrivateTargets: false);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(AlertTransports.WebhookJob(url), CancellationToken.None);

        Assert.False(result.Delivered);
        Assert.Contains("no public address", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, _receiver.Count(url));
    }

    [Fact]
    public async Task WithPrivateTargetsAllowedTheSameWebhookIsDelivered()
    {
        var url = _receiver.NewUrl("allowed");
        await using var services = AlertTransports.Services(allowPrivateTargets: true);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(AlertTransports.WebhookJob(url), CancellationToken.None);

        Assert.Equal((true, 200), (result.Delivered, result.HttpStatus));
        Assert.True((await _receiver.NextAsync(url)).IsSignedWith("gmwh_secret"));
    }

    [Fact]
    public async Task ARedirectIsNotFollowedAndCountsAsAFailure()
    {
        var url = _receiver.NewUrl("moved");
        _receiver.Answer(url, _ => 307);
        await using var services = AlertTransports.Services(allowPrivateTargets: true);

        var result = await services.GetRequiredService<IAlertTransport>().SendAsync(AlertTransports.WebhookJob(url), CancellationToken.None);

        Assert.Equal((false, 307), (result.Delivered, result.HttpStatus));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _receiver.DisposeAsync();
}
