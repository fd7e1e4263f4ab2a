using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Errors;

namespace GrainMarketing.GrainTests.Alerts;

/// <summary>A router's channels: secrets shown once, names unique, bounded, and kept apart from what is answered.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AlertChannelsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AWebhooksSecretIsAnsweredOnlyAtCreationAndRotation()
    {
        var (_, router) = NewRouter();

        var created = await router.CreateChannelAsync(new AlertChannelDefinition(" ops ", AlertChannelType.Webhook, Url: "https://ok.test/hook"), "ana@example.com");
        var rotated = await router.RotateSecretAsync(created.Channel.Id, "bo@example.com");

        Assert.StartsWith(AlertRouterGrain.SecretPrefix, created.Secret, StringComparison.Ordinal);
        Assert.Equal(AlertRouterGrain.SecretPrefix.Length + 43, created.Secret!.Length);
        Assert.NotEqual(created.Secret, rotated.Secret);
        Assert.Equal(("ops", AlertSeverity.Info, fixture.Clock.GetUtcNow()), (created.Channel.Name, created.Channel.MinSeverity, rotated.Channel.SecretRotatedAt!.Value));
        Assert.Equal(created.Channel.Id, (await router.GetChannelAsync(created.Channel.Id)).Id);
    }

    [Fact]
    public async Task AWebhookSignsItsDeliveriesWithItsCurrentSecret()
    {
        var (tenant, router) = NewRouter();

        var created = await router.CreateChannelAsync(new AlertChannelDefinition(" ops ", AlertChannelType.Webhook, Url: "https://ok.test/hook"), "ana@example.com");
        await router.RaiseAsync(NewAlert());
        var signedWith = (await fixture.AlertReceivers.NextAsync(tenant)).Channel.Secret;
        var rotated = await router.RotateSecretAsync(created.Channel.Id, "bo@example.com");
        await router.RaiseAsync(NewAlert() with { DedupKey = "other" });

        Assert.Equal(created.Secret, signedWith);
        Assert.Equal(rotated.Secret, (await fixture.AlertReceivers.NextAsync(tenant)).Channel.Secret);
    }

    [Fact]
    public async Task AChannelOtherThanAWebhookHasNoSecretToAnswerOrRotate()
    {
        var (_, router) = NewRouter();

        Assert.Null((await router.CreateChannelAsync(new AlertChannelDefinition("mail", AlertChannelType.Email, Recipients: ["ops@example.com"]), "ana@example.com")).Secret);
        var mail = (await router.ListChannelsAsync()).Single(c => c.Name == "mail");
        await Assert.ThrowsAsync<ConflictException>(() => router.RotateSecretAsync(mail.Id, "ana@example.com"));
    }

    [Fact]
    public async Task ASlackUrlIsAnsweredMaskedAndSentBackMaskedItStaysAsItWas()
    {
        var (tenant, router) = NewRouter();
        const string url = "https://ok.test/services/T000/B000/secret-token";

        var created = (await router.CreateChannelAsync(new AlertChannelDefinition("slack", AlertChannelType.Slack, Url: url), "ana@example.com")).Channel;
        var updated = (await router.UpdateChannelAsync(created.Id, new AlertChannelDefinition("team-slack", AlertChannelType.Slack, AlertSeverity.Error, Url: created.Url), "bo@example.com")).After!;
        await router.RaiseAsync(NewAlert());

        Assert.Equal("https://ok.test/…", created.Url);
        Assert.Equal(("team-slack", AlertSeverity.Error, "https://ok.test/…", "bo@example.com"), (updated.Name, updated.MinSeverity, updated.Url, updated.UpdatedBy));
        Assert.Equal(url, (await fixture.AlertReceivers.NextAsync(tenant)).Channel.Url);
    }

    [Fact]
    public async Task NamesAreUniqueTypesNeverChangeAndInvalidChannelsAreRefusedByTheGrainToo()
    {
        var (_, router) = NewRouter();
        var ops = await router.CreateChannelAsync(new AlertChannelDefinition("ops", AlertChannelType.Webhook, Url: "https://ok.test/a"), "ana@example.com");
        await router.CreateChannelAsync(new AlertChannelDefinition("mail", AlertChannelType.Email, Recipients: ["ops@example.com"]), "ana@example.com");

        await Assert.ThrowsAsync<ConflictException>(() => router.CreateChannelAsync(new AlertChannelDefinition("ops", AlertChannelType.Slack, Url: "https://ok.test/b"), "ana@example.com"));
        await Assert.ThrowsAsync<ConflictException>(() => router.UpdateChannelAsync(ops.Channel.Id, new AlertChannelDefinition("mail", AlertChannelType.Webhook, Url: "https://ok.test/a"), "ana@example.com"));
        var retyped = await Assert.ThrowsAsync<ValidationFailedException>(() => router.UpdateChannelAsync(ops.Channel.Id, new AlertChannelDefinition("ops", AlertChannelType.Slack, Url: "https://ok.test/a"), "ana@example.com"));
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => router.CreateChannelAsync(new AlertChannelDefinition("x", AlertChannelType.Email), "ana@example.com"));
        await Assert.ThrowsAsync<NotFoundException>(() => router.GetChannelAsync(Guid.NewGuid()));

        Assert.Equal(["type"], retyped.Errors.Keys);
        Assert.Equal(["recipients"], invalid.Errors.Keys);
        Assert.Equal(["mail", "ops"], (await router.ListChannelsAsync()).Select(c => c.Name));
    }

    [Fact]
    public async Task ATenantHasAtMostFiftyChannels()
    {
        var (_, router) = NewRouter();
        for (var i = 0; i < AlertRouterGrain.MaxChannels; i++)
        {
            await router.CreateChannelAsync(new AlertChannelDefinition($"c{i}", AlertChannelType.Email, Recipients: ["ops@example.com"]), "ana@example.com");
        }

        await Assert.ThrowsAsync<ConflictException>(() => router.CreateChannelAsync(new AlertChannelDefinition("one-more", AlertChannelType.Email, Recipients: ["ops@example.com"]), "ana@example.com"));
        Assert.Equal(AlertRouterGrain.MaxChannels, (await router.ListChannelsAsync()).Count);
    }

    [Fact]
    public async Task DeletingAChannelFailsItsPendingDeliveries()
    {
        var (tenant, router) = NewRouter();
        var down = await router.CreateChannelAsync(new AlertChannelDefinition("down", AlertChannelType.Webhook, Url: "https://down.test/hook"), "ana@example.com");
        await router.RaiseAsync(NewAlert());
        Assert.Equal(DeliveryOutcome.Retrying, (await fixture.AlertHistory.NextAttemptAsync(tenant)).Outcome);

        var change = await router.DeleteChannelAsync(down.Channel.Id);

        var ended = await fixture.AlertHistory.NextAttemptAsync(tenant);
        Assert.Equal((DeliveryOutcome.Failed, "The channel was deleted."), (ended.Outcome, ended.Error));
        Assert.Equal(("down", (AlertChannel?)null), (change.Before!.Name, change.After));
        var alert = Assert.Single((await fixture.Client.GetGrain<IAlertHistoryGrain>(tenant).QueryAsync(new AlertHistoryQuery())).Items);
        Assert.Equal(AlertStatus.Failed, alert.Status);
        await Assert.ThrowsAsync<NotFoundException>(() => router.DeleteChannelAsync(down.Channel.Id));
    }

    private (string Tenant, IAlertRouterGrain Router) NewRouter()
    {
        var tenant = $"channels-{Guid.NewGuid():N}";
        return (tenant, fixture.Client.GetGrain<IAlertRouterGrain>(tenant));
    }

    private Alert NewAlert() => new("rule.fired", AlertSeverity.Critical, "Spend paced over budget", "Spend 130% of the daily budget", "pace", fixture.Clock.GetUtcNow());
}
