using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Hosting;

/// <summary>The API host refuses to start without a usable token signing key or with an impossible rate limit, and says which setting.</summary>
public sealed class ApiStartupTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("dG9vLXNob3J0")]
    [InlineData("not base64 at all!")]
    public async Task TheApiHostStopsAtStartWithoutAUsableSigningKey(string? key)
    {
        var settings = new Dictionary<string, string> { ["Urls"] = "http://127.0.0.1:0", ["Storage__Provider"] = "Memory" };
        if (key is not null)
        {
            settings["Auth__SigningKey"] = key;
        }

        await using var api = AppProcess.Start("api", TestEnvironment.ApiHostDll, settings);
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("Auth:SigningKey", api.Output, StringComparison.Ordinal);
        if (key is not null)
        {
            Assert.DoesNotContain(key, api.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheApiHostStopsAtStartWithAnEmptyRateLimitBucket()
    {
        var settings = new Dictionary<string, string>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Storage__Provider"] = "Memory",
            ["Auth__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48)),
            ["RateLimits__IngestEvents__TokenLimit"] = "0",
        };

        await using var api = AppProcess.Start("api", TestEnvironment.ApiHostDll, settings);
        var exitCode = await api.WaitForExitAsync(TimeSpan.FromSeconds(60));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("IngestEvents.TokenLimit", api.Output, StringComparison.Ordinal);
    }
}
