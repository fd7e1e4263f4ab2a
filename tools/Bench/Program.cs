using System.Diagnostics;
using GrainMarketing.Bench;

// One-run benchmark of a running API host against the plain-SQL alternative, on the same generated
// events: 1 sustained ingest, 2 freshness under load, 3 query latency under load, 4 a rule's action and
// webhook under load, 5 the same events COPYed into a plain PostgreSQL table and the same questions asked in SQL;
// and, when named, 6 a million customers' profiles and the daily analysis over them, 7 campaign lists and
// segment rankings of tenants with 100 to 10,000 campaigns, and the dashboard's Overview in a real browser. Prints a markdown table.
// Start the API first (scripts/run.sh --no-simulator, or --postgres) and a PostgreSQL for phase 4. The run
// signs up an account of its own, creates its tenant as it and then uses only that tenant's API keys.
var (options, error) = BenchOptions.Parse(args);
if (options is null || error is not null)
{
    Console.Error.WriteLine($"bench: {error}");
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

var report = new Report(options.Label, args);
var today = DateOnly.FromDateTime(DateTime.UtcNow);
var generator = new EventGenerator(options.Seed, options.Campaigns, today);
var encoder = new NdjsonEncoder(generator);
var tenant = $"bench-{Guid.NewGuid():N}"[..18];

var (generated, bytesPerEvent) = GeneratorSpeed.Measure(encoder, Math.Min(options.Events, 1_000_000), options.Batch);
report.Add("0 generator", "events generated and NDJSON-encoded, one thread, alone",
    $"{generated:N0} events/s ({bytesPerEvent:N0} bytes per event)");
var clock = Stopwatch.StartNew();
var expected = generator.Sum(0, options.Events);
report.Add("0 generator", $"sums of the {options.Events:N0} events (seed {options.Seed})",
    $"{expected} (summed in {clock.Elapsed.TotalSeconds:N1} s; {options.Campaigns} campaigns, the busiest takes {generator.HottestCampaignShare:N1}%)");

var backgroundRate = options.BackgroundRate;
Dictionary<Question, LatencySummary>? apiLatencies = null;
if (options.RunsApi)
{
    using var api = await BenchApi.CreateAsync(options.Api, tenant, Math.Max(256, options.QueryClients + (2 * options.Concurrency) + 8));
    report.Add("api", "target", $"{options.Api} (profile: {options.Label}), tenant {tenant}, dates in UTC {today.AddDays(1 - EventGenerator.Days):yyyy-MM-dd} to {today:yyyy-MM-dd}");
    report.Add("api", "credentials", $"account {BenchAccount.Email(tenant)} created the tenant; ingestion sends its ingest-scope key, queries its read-scope key");
    var accepted = new SharedTotals();
    if (options.Runs(BenchOptions.Ingest))
    {
        var sustained = await new IngestPhase(api, encoder, options, accepted, report).RunAsync();
        if (sustained is { } rate)
        {
            backgroundRate ??= rate / 2;
        }
    }

    using var background = new ApiBackground(api, encoder, options, accepted);
    if (backgroundRate is { } halfRate)
    {
        if (options.Runs(BenchOptions.Freshness))
        {
            await new FreshnessPhase(api, background, options, accepted, report).RunAsync(halfRate, today);
        }

        if (options.Runs(BenchOptions.Query))
        {
            apiLatencies = await new QueryPhase(api, background, generator, options, report).RunAsync(halfRate);
        }

        if (options.Runs(BenchOptions.Automation))
        {
            await new AutomationPhase(api, background, options, accepted, report).RunAsync(halfRate, today);
        }

        if (options.Runs(BenchOptions.Anomaly))
        {
            await new AnomalyPhase(api, background, options, accepted, report).RunAsync(halfRate, today);
        }
    }
    else if (options.Runs(BenchOptions.Freshness) || options.Runs(BenchOptions.Query) || options.Runs(BenchOptions.Automation))
    {
        report.Add("api", "freshness, query and automation", "SKIPPED: no sustained rate to run background ingestion at half of");
    }

    if (options.Runs(BenchOptions.Profiles))
    {
        await new ProfilesPhase(api, options, report).RunAsync();
    }

    if (options.Runs(BenchOptions.Lists))
    {
        await new ListsPhase(options, report).RunAsync();
    }

    if (options.Runs(BenchOptions.Forecast))
    {
        await new ForecastPhase(api, options, report).RunAsync(today);
    }

    if (options.Runs(BenchOptions.Dashboard))
    {
        await new DashboardPhase(options, report).RunAsync();
    }

    if (options.Runs(BenchOptions.Experiments))
    {
        await new ExperimentsPhase(api, options, report).RunAsync();
    }

    if (options.Runs(BenchOptions.RecommendationsLive))
    {
        await new RecommendationsLivePhase(api, options, report).RunAsync(today);
    }

    if (options.Runs(BenchOptions.Sync))
    {
        await new SyncPhase(api, options, report).RunAsync();
    }

    if (options.Runs(BenchOptions.Ingest) || backgroundRate is not null)
    {
        report.Add("api", "final check: API tenant summary 7d = sums of every accepted event", await FinalCheckAsync(api, accepted.Value));
    }

    report.Add("api", "requests refused as rate-limited (429)", api.Throttled == 0 ? "none" : $"{api.Throttled:N0}: the numbers above include waiting for the rate limiter");
}

if (options.Runs(BenchOptions.Optimizer))
{
    OptimizerPhase.Run(options.Seed, report);
}

if (options.Runs(BenchOptions.Sql))
{
    await new SqlBaseline(generator, options, report, tenant).RunAsync(expected, backgroundRate, apiLatencies);
}

if (options.Runs(BenchOptions.Training))
{
    new TrainingPhase(options, report).Run();
}

if (options.Runs(BenchOptions.Recommendations))
{
    RecommendationsPhase.Run(options.Seed, report);
}

if (DateOnly.FromDateTime(DateTime.UtcNow) != today)
{
    report.Add("note", "UTC midnight passed during the run", "window today and 7d moved: mismatches and today's numbers are not comparable");
}

report.Print(Console.Out);
return 0;

// Waits (up to 30 s) for the summary to show every accepted impression, then compares every field.
static async Task<string> FinalCheckAsync(BenchApi api, EventTotals accepted)
{
    var clock = Stopwatch.StartNew();
    var observed = await api.TenantTotalsAsync();
    while ((observed?.Impressions ?? 0) < accepted.Impressions && clock.Elapsed < TimeSpan.FromSeconds(30))
    {
        await Task.Delay(50);
        observed = await api.TenantTotalsAsync();
    }

    return observed?.Check(accepted) ?? "MISMATCH: no summary";
}
