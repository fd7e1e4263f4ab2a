using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Secrets;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace GrainMarketing.GrainTests.Alerts;

/// <summary>A router stores its channels' URLs and secrets encrypted, and still reads channels stored in plain text before.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AlertChannelSecretsTests(ClusterFixture fixture)
{
    private const string PlainUrl = "https://example.com/hook?token=OLD-URL-TOKEN";
    private const string PlainSecret = "gmwh_old-plain-secret";

    [Fact]
    public async Task StoredChannelsHoldNoUrlOrSecretInClear()
    {
        var tenant = $"secrets-{Guid.NewGuid():N}";
        var router = fixture.Client.GetGrain<IAlertRouterGrain>(tenant);

        var webhook = await router.CreateChannelAsync(new AlertChannelDefinition("ops", AlertChannelType.Webhook, Url: "https://example.com/h?token=NEW-TOKEN"), "ana");
        await router.CreateChannelAsync(new AlertChannelDefinition("team", AlertChannelType.Slack, Url: "https://hooks.slack.com/services/T0/B0/SLACKTOKEN"), "ana");

        var stored = (await ReadAsync(tenant)).Channels.Values;
        Assert.Equal(2, stored.Count);
        Assert.All(stored, channel => Assert.StartsWith(SecretProtector.Prefix, channel.Url, StringComparison.Ordinal));
        Assert.StartsWith(SecretProtector.Prefix, stored.Single(c => c.Name == "ops").Secret, StringComparison.Ordinal);
        Assert.DoesNotContain(stored, channel => (channel.Url + channel.Secret).Contains("TOKEN", StringComparison.Ordinal)
            || (channel.Url + channel.Secret).Contains(webhook.Secret!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChannelStoredInPlainTextIsReadAndSentAsBeforeAndEncryptedOnTheNextWrite()
    {
        var tenant = $"secrets-{Guid.NewGuid():N}";
        var now = fixture.Clock.GetUtcNow();
        var id = Guid.NewGuid();
        var plain = new StoredAlertChannel(
            new AlertChannel(id, "old", AlertChannelType.Webhook, AlertSeverity.Info, true, PlainUrl, null, now, "ana", now, "ana", now), PlainSecret);
        await Storage.WriteStateAsync("alerts", RouterId(tenant), new GrainState<AlertRouterState>(new AlertRouterState { Channels = { [id] = plain } }));
        var router = fixture.Client.GetGrain<IAlertRouterGrain>(tenant);

        Assert.Equal(PlainUrl, (await router.GetChannelAsync(id)).Url);
        await router.RaiseAsync(new Alert("rule.fired", AlertSeverity.Critical, "Spend paced over budget", "Spend 130%", "pace", now));
        var sent = (await fixture.AlertReceivers.NextAsync(tenant)).Channel;
        Assert.Equal((PlainUrl, PlainSecret), (sent.Url, sent.Secret));

        var stored = Assert.Single((await ReadAsync(tenant)).Channels.Values);
        Assert.True(SecretProtector.IsProtected(stored.Url!) && SecretProtector.IsProtected(stored.Secret!), $"stored as {stored.Url} and {stored.Secret}");
    }

    private IGrainStorage Storage => fixture.SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);

    private static GrainId RouterId(string tenant) => GrainId.Create("alert-router", tenant);

    private async Task<AlertRouterState> ReadAsync(string tenant)
    {
        var state = new GrainState<AlertRouterState>(new AlertRouterState());
        await Storage.ReadStateAsync("alerts", RouterId(tenant), state);
        return state.State ?? throw new InvalidOperationException($"No router state for {tenant}.");
    }
}
