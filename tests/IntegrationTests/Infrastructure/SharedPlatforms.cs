using GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// One tools/FakePlatforms process for the run's <see cref="SharedSilo"/>, whose connectors point at it: what the
/// connection tests and the dashboard's Connections page consent at. The fake platforms' own tests start their own.
/// </summary>
public static class SharedPlatforms
{
    public const string MetaVersion = "v24.0";

    /// <summary>Renew tokens this long before they expire: a Snapchat token (1,800 s) is renewed about five seconds after it was granted.</summary>
    public static readonly TimeSpan RefreshAhead = TimeSpan.FromSeconds(1_795);

    private static readonly Lazy<Task<FakePlatformsServer>> Host = new(StartAsync);

    public static Task<FakePlatformsServer> ServerAsync() => Host.Value;

    /// <summary>The silo's <c>Connectors</c> settings for the four platforms at <paramref name="fake"/>, with the fake's app credentials.</summary>
    public static Dictionary<string, string> SiloSettings(Uri fake)
    {
        var at = fake.ToString().TrimEnd('/');
        var settings = new Dictionary<string, string>
        {
            ["Connectors__RefreshAhead"] = RefreshAhead.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            // A test that selects an account without naming a backfill pulls two days, not 90 of the fake's 55 campaigns.
            ["Connectors__BackfillDays"] = "2",
        };
        Platform(settings, "Meta", ($"{at}/meta", MetaVersion), ($"{at}/meta/{MetaVersion}/dialog/oauth", $"{at}/meta/{MetaVersion}/oauth/access_token"), ("fake-meta-app", "fake-meta-secret"));
        Platform(settings, "Google", ($"{at}/google", "v22"), ($"{at}/google/o/oauth2/v2/auth", $"{at}/google/token"), ("fake-google-client.apps.googleusercontent.com", "fake-google-secret"));
        Platform(settings, "TikTok", ($"{at}/tiktok", "v1.3"), ($"{at}/tiktok/portal/auth", $"{at}/tiktok/open_api/v1.3/oauth2/access_token/"), ("fake-tiktok-app", "fake-tiktok-secret"));
        Platform(settings, "Snapchat", ($"{at}/snapchat", "v1"), ($"{at}/snapchat/login/oauth2/authorize", $"{at}/snapchat/login/oauth2/access_token"), ("fake-snapchat-client", "fake-snapchat-secret"));
        return settings;
    }

    private static async Task<FakePlatformsServer> StartAsync()
    {
        var server = new FakePlatformsServer();
        // The test host exits once every test has run: only then may the fake platforms go.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.DisposeAsync().GetAwaiter().GetResult();
        await server.InitializeAsync();
        return server;
    }

    /// <summary>One platform's endpoints and the app the fake registers for it (tools/FakePlatforms/appsettings.json).</summary>
    private static void Platform(
        Dictionary<string, string> settings, string name, (string Url, string Version) api, (string Authorize, string Token) oauth, (string Id, string Secret) app)
    {
        settings[$"Connectors__{name}__ApiBaseUrl"] = api.Url;
        settings[$"Connectors__{name}__ApiVersion"] = api.Version;
        settings[$"Connectors__{name}__AuthorizeUrl"] = oauth.Authorize;
        settings[$"Connectors__{name}__TokenUrl"] = oauth.Token;
        settings[$"Connectors__{name}__ClientId"] = app.Id;
        settings[$"Connectors__{name}__ClientSecret"] = app.Secret;
    }
}
