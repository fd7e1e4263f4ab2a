using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The alerts page in a real browser: a webhook channel to a listener in the test, its test delivery and its secret.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AlertsPageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task AWebhookChannelsTestReachesTheListenerAndItsAttemptShowsAndARotatedSecretIsShownOnce()
    {
        await using var receiver = new WebhookReceiver();
        var url = receiver.NewUrl("ui");
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "alr");
        using var _ = api;
        await page.GotoAsync($"t/{tenant}/alerts");
        await InteractiveAsync(page);

        await page.GetByLabel("Name").FillAsync("ops-hook");
        await page.GetByLabel("URL to POST to").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add channel" }).ClickAsync();
        var secret = page.GetByTestId("channel-secret");
        await Expect(secret).Not.ToBeEmptyAsync();
        var firstSecret = (await secret.InnerTextAsync()).Trim();
        await Expect(page.GetByTestId("channels")).ToContainTextAsync("ops-hook");

        await page.GetByRole(AriaRole.Button, new() { Name = "Test ops-hook" }).ClickAsync();
        var received = await receiver.NextAsync(url);
        Assert.Equal(200, received.Status);
        Assert.True(received.IsSignedWith(firstSecret));
        await Expect(page.GetByTestId("channel-test-result")).ToContainTextAsync("delivered");
        var attempt = page.GetByTestId("delivery-attempt").First;
        await Expect(attempt).ToContainTextAsync("delivered");
        await Expect(attempt).ToContainTextAsync("HTTP 200");
        await Expect(attempt).ToContainTextAsync("ops-hook");
        await Screenshots.TakeAsync(page, "alerts");

        await page.GetByRole(AriaRole.Button, new() { Name = "Rotate the secret of ops-hook" }).ClickAsync();
        await Expect(secret).Not.ToHaveTextAsync(firstSecret);
        await Expect(secret).Not.ToBeEmptyAsync();
        await page.ReloadAsync();
        await Expect(page.GetByTestId("channels")).ToContainTextAsync("ops-hook");
        await Expect(page.GetByTestId("channel-secret")).ToHaveCountAsync(0);

        // The history's filters live in the URL: a kind with no alerts empties it, the test's own kind and channel bring it back.
        await InteractiveAsync(page);
        await page.GetByLabel("Alert kind").FillAsync("rule.fired");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"[?&]kind=rule\.fired(&|$)"));
        await Expect(page.GetByTestId("alert-history")).ToContainTextAsync("No alert matches these filters.");
        await page.GotoAsync($"t/{tenant}/alerts?kind=channel.test&channel=ops-hook&status=delivered");
        await Expect(page.GetByTestId("delivery-attempt").First).ToContainTextAsync("ops-hook");
        await Expect(page.GetByLabel("Alert kind")).ToHaveValueAsync("channel.test");

        var phone = await SameSession.OnPhoneAsync(fixture, page);
        await phone.GotoAsync($"t/{tenant}/alerts");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("delivery-attempt").First).ToBeVisibleAsync();
        await Screenshots.TakeAsync(phone, "alerts");

        await page.GotoAsync($"t/{tenant}/settings/audit?action=alert-channel.");
        var trail = page.GetByTestId("audit");
        await Expect(trail).ToContainTextAsync("alert-channel.created");
        await Expect(trail).ToContainTextAsync("alert-channel.secret-rotated");
        await Expect(trail).Not.ToContainTextAsync("tenant.created");
    }

    [Fact]
    public async Task AnEmailChannelAsksForRecipientsAndTheApisReasonShowsNextToThem()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "alm");
        using var _ = api;
        await page.GotoAsync($"t/{tenant}/alerts");
        await InteractiveAsync(page);

        await page.GetByLabel("Name").FillAsync("ops-mail");
        await page.GetByLabel("Kind", new() { Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Option, new() { Name = "email" }).ClickAsync();
        await Expect(page.GetByLabel("URL to POST to")).ToHaveCountAsync(0);
        await page.GetByLabel("Recipients").FillAsync("not an address");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add channel" }).ClickAsync();
        var recipients = page.Locator(".mud-input-control").Filter(new() { Has = page.Locator("#channel-recipients") });
        await Expect(recipients.Locator(".mud-input-helper-text.mud-input-error")).ToBeVisibleAsync();

        await page.GetByLabel("Recipients").FillAsync("ana@example.com, bo@example.com");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add channel" }).ClickAsync();
        await Expect(page.GetByTestId("channels")).ToContainTextAsync("ana@example.com, bo@example.com");
        await Expect(page.GetByTestId("channel-secret")).ToHaveCountAsync(0);
    }
}
