using System.Globalization;

namespace GrainMarketing.Bench;

/// <summary>The bench's command line; unknown or malformed arguments stop the run before anything is sent.</summary>
internal sealed record BenchOptions(
    Uri Api,
    string? Postgres,
    long Events,
    int Batch,
    int Concurrency,
    int Campaigns,
    int QueryClients,
    TimeSpan PhaseDuration,
    IReadOnlySet<string> Phases,
    string Label,
    ulong Seed,
    double? BackgroundRate,
    int CopyStreams,
    long Customers,
    int Purchases,
    IReadOnlyList<int> ListCampaigns,
    Uri Web,
    string Chromium,
    int DashboardCampaigns,
    Uri Platforms)
{
    public const string Ingest = "ingest";
    public const string Freshness = "freshness";
    public const string Query = "query";
    public const string Sql = "sql";
    public const string Automation = "automation";
    public const string Profiles = "profiles";
    public const string Lists = "lists";
    public const string Optimizer = "optimizer";
    public const string Forecast = "forecast";
    public const string Training = "training";
    public const string Anomaly = "anomaly";
    public const string Dashboard = "dashboard";
    public const string Experiments = "experiments";
    public const string Recommendations = "recommendations";
    public const string RecommendationsLive = "recommendations-live";
    public const string Sync = "sync";

    public const string Usage = """
        usage: dotnet run -c Release --project tools/Bench -- [options]
          --api URL                  API host (http://localhost:8080)
          --postgres CONNSTRING      PostgreSQL for the sql phase, e.g. "Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres"
          --events N                 events generated and sent in the ingest phase (10000000)
          --batch N                  events per NDJSON request and per background COPY (1000)
          --concurrency N            ingesting clients (8)
          --campaigns N              campaigns across meta, google, tiktok (64)
          --query-clients N          concurrent query clients (64)
          --seconds-per-phase N      length of the freshness phase and of each query question (30)
          --phases LIST              any of ingest,freshness,query,automation,sql (all); automation needs the silo
                                     started with Alerts__AllowPrivateTargets=true (its webhook receiver is on loopback)
          --label TEXT               names the API host's profile in the report (unlabelled)
          --seed N                   event generator seed (42)
          --background-rate N        events/s of background ingestion (half the ingest phase's visible rate)
          --copy-streams N           parallel COPY streams into the plain table (2)
          --customers N              customers the profiles phase generates (1000000); that phase runs only when named
          --purchases N              purchases per customer in the profiles phase, at least 3 (4)
          --list-campaigns LIST      tenant sizes the lists phase loads and queries, joined by commas (100,1000,10000);
                                     that phase runs only when named
          --phases (only when named) profiles, lists (see above); optimizer: the budget optimiser in this process at 50 and
                                     500 campaigns; forecast: forecast query latency over 22 cached series; training: the
                                     campaign-outcome models' training on 100,000 generated campaign-days in this process;
                                     anomaly: broken-pixel detection at ingest to webhook, under load (needs
                                     Alerts__AllowPrivateTargets=true like automation); dashboard: the Overview page in
                                     Debian's chromium for a tenant with --dashboard-campaigns campaigns, first paint,
                                     first live update and ingest-to-screen latency (needs --web); recommendations: the
                                     recommendation detectors in this process on a generated tenant of 1,000 campaigns;
                                     recommendations-live: the same tenant posted to the API and its recommendations
                                     generated through it, twice; experiments: result query latency over 100 experiments while observations flow
          --web URL                  the dashboard, for the dashboard phase (http://localhost:8090)
          --chromium PATH            the browser the dashboard phase drives (/usr/bin/chromium)
          --dashboard-campaigns N    campaigns of the dashboard phase's tenant (1000)
          --platforms URL            tools/FakePlatforms, for the sync phase (http://localhost:8095): the phase connects its
                                     Meta and Google accounts, backfills 90 days and times the pull and the application;
                                     start run.sh with FakePlatforms__CampaignsPerAccount=500 for a 500-campaign account
        """;

    private static readonly string[] DefaultPhases = [Ingest, Freshness, Query, Automation, Sql];
    private static readonly string[] AllPhases = [.. DefaultPhases, Profiles, Lists, Optimizer, Forecast, Training, Anomaly, Dashboard, Experiments, Recommendations, RecommendationsLive, Sync];

    public bool Runs(string phase) => Phases.Contains(phase);

    public bool RunsApi => Runs(Ingest) || Runs(Freshness) || Runs(Query) || Runs(Automation) || Runs(Profiles) || Runs(Lists) || Runs(Forecast) || Runs(Anomaly) || Runs(Dashboard) || Runs(Experiments) || Runs(RecommendationsLive) || Runs(Sync);

    /// <summary>The options, or an error message that names the bad argument.</summary>
    public static (BenchOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 == args.Count)
            {
                return (null, $"expected --name value pairs, got '{args[i]}'");
            }

            values[args[i]] = args[++i];
        }

        var known = new[]
        {
            "--api", "--postgres", "--events", "--batch", "--concurrency", "--campaigns", "--query-clients",
            "--seconds-per-phase", "--phases", "--label", "--seed", "--background-rate", "--copy-streams", "--customers", "--purchases",
            "--list-campaigns", "--web", "--chromium", "--dashboard-campaigns", "--platforms",
        };
        if (values.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            return (null, $"unknown argument {unknown}");
        }

        try
        {
            var phases = values.GetValueOrDefault("--phases", string.Join(',', DefaultPhases))
                .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .ToHashSet(StringComparer.Ordinal);
            if (phases.Count == 0 || phases.Any(p => !AllPhases.Contains(p)))
            {
                return (null, $"--phases takes {string.Join(", ", AllPhases)}, joined by commas");
            }

            var options = new BenchOptions(
                new Uri(values.GetValueOrDefault("--api", "http://localhost:8080")),
                values.GetValueOrDefault("--postgres"),
                Number(values, "--events", 10_000_000),
                (int)Number(values, "--batch", 1000),
                (int)Number(values, "--concurrency", 8),
                (int)Number(values, "--campaigns", 64),
                (int)Number(values, "--query-clients", 64),
                TimeSpan.FromSeconds(Number(values, "--seconds-per-phase", 30)),
                phases,
                values.GetValueOrDefault("--label", "unlabelled"),
                (ulong)Number(values, "--seed", 42),
                values.TryGetValue("--background-rate", out var rate) ? double.Parse(rate, CultureInfo.InvariantCulture) : null,
                (int)Number(values, "--copy-streams", 2),
                Number(values, "--customers", 1_000_000),
                (int)Number(values, "--purchases", 4),
                [.. values.GetValueOrDefault("--list-campaigns", "100,1000,10000").Split(',', StringSplitOptions.TrimEntries)
                    .Select(size => int.Parse(size, NumberStyles.None, CultureInfo.InvariantCulture))],
                new Uri(values.GetValueOrDefault("--web", "http://localhost:8090")),
                values.GetValueOrDefault("--chromium", "/usr/bin/chromium"),
                (int)Number(values, "--dashboard-campaigns", 1000),
                new Uri(values.GetValueOrDefault("--platforms", "http://localhost:8095")));
            return (options, options.Check());
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or UriFormatException)
        {
            return (null, exception.Message);
        }
    }

    private string? Check()
    {
        if (Events < 1 || Batch < 1 || Concurrency < 1 || Campaigns < 1 || QueryClients < 1 || CopyStreams < 1 || Customers < 1 || PhaseDuration <= TimeSpan.Zero
            || ListCampaigns.Any(size => size < 1) || DashboardCampaigns < 1)
        {
            return "every count and duration must be positive";
        }

        if (Purchases < 3)
        {
            return "--purchases: at least 3, so every customer can show the mix patterns";
        }

        if (Batch > 100_000)
        {
            return "--batch: the API takes at most 100000 records per request";
        }

        if (Runs(Sql) && string.IsNullOrWhiteSpace(Postgres))
        {
            return "the sql phase needs --postgres \"Host=...;Username=...;Database=...\"";
        }

        return (Runs(Freshness) || Runs(Query) || Runs(Automation) || Runs(Anomaly)) && !Runs(Ingest) && BackgroundRate is null
            ? "freshness, query and automation run at half the ingest phase's rate: add ingest to --phases or pass --background-rate"
            : null;
    }

    private static long Number(Dictionary<string, string> values, string name, long fallback) =>
        values.TryGetValue(name, out var text) ? long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;
}
