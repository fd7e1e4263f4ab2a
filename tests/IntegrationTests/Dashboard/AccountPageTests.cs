using GrainMarketing.IntegrationTests.Infrastructure;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The account pages a signed-out person uses, in a real browser, with the emails the API host sends.</summary>
[Collection(DashboardCollection.Name)]
public sealed class AccountPageTests(DashboardCluster fixture)
{
    private const string NewPassword = "a brand new long password";

    [Fact]
    public async Task AForgottenPasswordIsResetFromTheEmailedLinkAndTheNewOneSignsIn()
    {
        var email = TestAccounts.NewEmail("forgot");
        await SignUpAsync(await fixture.NewPageAsync(), email);
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("signin");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Forgot your password?" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await Screenshots.TakeAsync(page, "forgot-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        var answer = await page.GetByTestId("reset-sent").InnerTextAsync();

        var link = await fixture.NextEmailLinkAsync();
        Assert.Equal(fixture.DashboardAddress.Authority, link.Authority);
        Assert.Equal("/reset-password", link.AbsolutePath);
        await page.GotoAsync(link.ToString());
        await Expect(page.GetByLabel("Email")).ToHaveValueAsync(email);
        await page.GetByLabel("New password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.Locator("#newPassword-problem")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "reset-password");

        await page.GetByLabel("New password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(page.GetByTestId("password-reset")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with the new password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your tenants" })).ToBeVisibleAsync();

        // The link worked once: opened again, the API's reason shows and a new link is offered.
        var again = await fixture.NewPageAsync();
        await again.GotoAsync(link.ToString());
        await again.GetByLabel("New password").FillAsync("yet another long password");
        await again.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(again.Locator("#token-problem")).ToBeVisibleAsync();
        await Expect(again.GetByRole(AriaRole.Link, new() { Name = "Send me a new link" })).ToBeVisibleAsync();

        // An email with no account gets the same answer, word for word but the address, and no email is sent.
        var stranger = TestAccounts.NewEmail("nobody");
        var unknown = await fixture.NewPageAsync();
        await unknown.GotoAsync("forgot-password");
        await unknown.GetByLabel("Email").FillAsync(stranger);
        await unknown.GetByRole(AriaRole.Button, new() { Name = "Send the link" }).ClickAsync();
        Assert.Equal(answer.Replace(email, "", StringComparison.Ordinal), (await unknown.GetByTestId("reset-sent").InnerTextAsync()).Replace(stranger, "", StringComparison.Ordinal));

        var phone = await fixture.NewPageAsync(phone: true);
        await phone.GotoAsync("forgot-password");
        await Screenshots.TakeAsync(phone, "forgot-password");
        await phone.GotoAsync(link.ToString());
        await Screenshots.TakeAsync(phone, "reset-password");
    }

    [Fact]
    public async Task AnInvitationLinkWithoutItsTokenSaysSoAndASignedOutPersonIsOfferedSignInAndSignUp()
    {
        var page = await fixture.NewPageAsync(phone: true);
        await page.GotoAsync("accept-invitation?tenant=acme");
        await Expect(page.GetByTestId("invitation-link-broken")).ToBeVisibleAsync();

        await page.GotoAsync("accept-invitation?tenant=acme&token=abc");
        var signIn = page.GetByTestId("invitation-sign-in");
        await Expect(signIn).ToHaveAttributeAsync("href", "signin?returnUrl=" + Uri.EscapeDataString("/accept-invitation?tenant=acme&token=abc"));
        await Screenshots.TakeAsync(page, "accept-invitation-signed-out");
    }
}
