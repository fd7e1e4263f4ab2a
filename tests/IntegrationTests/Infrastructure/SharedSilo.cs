namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>
/// One silo and database in the Postgres profile for the whole test run. Fixtures whose settings are
/// the API host's alone run their own API host on it, so each of them starts one process, not three.
/// </summary>
public static class SharedSilo
{
    /// <summary>How often an account's write-back grain looks at all its campaigns here: Orleans' shortest reminder period.</summary>
    public static readonly TimeSpan WriteBackCheck = TimeSpan.FromMinutes(1);

    private static readonly Lazy<Task<ProcessCluster>> Host = new(StartAsync);

    /// <summary>A view of the shared silo for an API host with <paramref name="apiSettings"/>; the caller starts that host.</summary>
    public static async Task<ProcessCluster> ViewAsync(IDictionary<string, string>? apiSettings) =>
        (await Host.Value).ViewWithOwnApi(apiSettings);

    private static async Task<ProcessCluster> StartAsync()
    {
        // The dashboard's browser tests test a webhook channel against a listener on this machine; the guard
        // that keeps alerts off private networks has its own tests (AlertTransportTests). Connectors reach the local fake platforms.
        var settings = SharedPlatforms.SiloSettings((await SharedPlatforms.ServerAsync()).Http.BaseAddress!);
        settings["Alerts__AllowPrivateTargets"] = "true";
        // Reminders cannot be more frequent: the write-back test of a change no hint announced waits for one.
        settings["Connectors__WriteBackCheck"] = WriteBackCheck.ToString("c", System.Globalization.CultureInfo.InvariantCulture);

        // Reference rates in the ECB's format from a local server, read every few seconds (ExchangeRatesApiTests).
        settings["ExchangeRates__SourceUrl"] = ReferenceRatesServer.Instance.Url.ToString();
        settings["ExchangeRates__FetchPeriod"] = "00:00:05";
        settings["ExchangeRates__RetryDelay"] = "00:00:01";
        var host = await ProcessCluster.CreateAsync(settings);
        // The test host exits once every test has run: only then may the silo and its database go.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => host.DisposeAsync().AsTask().GetAwaiter().GetResult();
        await host.StartSiloAsync();
        return host;
    }
}
