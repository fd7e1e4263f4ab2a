using Microsoft.Playwright;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>A second browser page signed in as the first one's person, at phone size: the phone screenshots need no second sign-up.</summary>
public static class SameSession
{
    public static async Task<IPage> OnPhoneAsync(DashboardCluster fixture, IPage signedIn)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.DashboardAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            StorageState = await signedIn.Context.StorageStateAsync(),
        });
        context.SetDefaultTimeout(15_000);
        return await context.NewPageAsync();
    }
}
