using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using static GrainMarketing.IntegrationTests.Dashboard.Browsing;
using static Microsoft.Playwright.Assertions;

namespace GrainMarketing.IntegrationTests.Dashboard;

/// <summary>The Experiments pages: an experiment started through the form shows its sample size, and its results page shows the API's figures and verdict.</summary>
[Collection(DashboardCollection.Name)]
public sealed class ExperimentsPageTests(DashboardCluster fixture)
{
    [Fact]
    public async Task AnExperimentStartedThroughTheFormShowsItsSampleSizeAndThenItsResultsAndVerdict()
    {
        var page = await fixture.NewPageAsync();
        var (tenant, api) = await SignUpWithTenantAsync(fixture, page, "exp");

        await page.GotoAsync($"t/{tenant}/experiments");
        await InteractiveAsync(page);
        await page.GetByLabel("Name").FillAsync("New checkout");
        await page.GetByLabel("Variants, the control first").FillAsync("old checkout, new checkout");
        await page.GetByLabel("Control's expected rate").FillAsync("0.1");
        await page.GetByLabel("Minimum detectable effect").FillAsync("0.02");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start experiment" }).ClickAsync();
        // The textbook two-proportion figure for 10% against 12% at alpha 0.05 and power 0.8 (RequiredSampleSizeTests).
        await Expect(page.GetByTestId("created-sample-size")).ToHaveTextAsync("3,841 observations");
        await Expect(page.GetByTestId("experiments")).ToContainTextAsync("New checkout");
        await Screenshots.TakeAsync(page, "experiments");

        var listed = await api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/experiments");
        var id = listed.GetProperty("items")[0].GetProperty("id").GetString();
        var observations = Enumerable.Range(0, 2000).Select(i => new
        {
            variant = i % 2 == 0 ? "old checkout" : "new checkout",
            converted = i % 2 == 0 ? i % 20 == 0 : i % 10 == 1,
            value = 0m,
        });
        using var posted = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/experiments/{id}/observations", new { observations });
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var results = await posted.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("winner", results.GetProperty("verdict").GetString());

        await page.GetByRole(AriaRole.Link, new() { Name = "New checkout" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/t/{tenant}/experiments/{id}");
        await Expect(page.GetByTestId("experiment-verdict")).ToHaveTextAsync("Winner: new checkout");
        await Expect(page.GetByTestId("estimate-conversionRate-new checkout")).ToHaveTextAsync("20%");
        await Expect(page.GetByTestId("difference-conversionRate-new checkout")).ToHaveTextAsync("+10 pp");
        await Expect(page.GetByTestId("stopping-rule")).ToContainTextAsync("every variant has 3,841 observations");
        await Screenshots.TakeAsync(page, "experiment");

        var phone = await fixture.NewPageAsync(phone: true);
        await SignUpAsMemberAsync(fixture, phone, tenant, "viewer", api);
        await phone.GotoAsync($"t/{tenant}/experiments/{id}");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("experiment-verdict")).ToHaveTextAsync("Winner: new checkout");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Stop experiment" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(phone, "experiment");
        await phone.GotoAsync($"t/{tenant}/experiments");
        await InteractiveAsync(phone);
        await Expect(phone.GetByTestId("experiments")).ToContainTextAsync("New checkout");
        await Expect(phone.GetByRole(AriaRole.Button, new() { Name = "Start experiment" })).ToHaveCountAsync(0);
        await Screenshots.TakeAsync(phone, "experiments");
    }
}
