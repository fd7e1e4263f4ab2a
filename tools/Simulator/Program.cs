using System.Diagnostics;
using System.Globalization;
using GrainMarketing.Simulator;

// Realistic ad traffic against a running API host: delta events (impressions, clicks, spend, sales)
// for N tenants x campaigns x creatives x audience slices, shaped by a diurnal curve, after 88 days of
// history on each campaign's response curve (by ad and age x gender, as platforms report it) and the start day so far, plus restatements of yesterday
// (late conversions) as snapshot upserts. Budgets, history and today come from one traffic model, so they
// agree at any --rate; the campaigns get names, objectives and budgets through the campaign API. The shop's
// customers (--customers per tenant, 2000) buy: 85 days of purchases, then live ones; the behaviour analysis
// is started a minute in, and the shop's app shows customers their offers and reports what they do with them.
// It acts as a demo account (--email or GM_DEMO_EMAIL, --password or GM_DEMO_PASSWORD; without a password it
// makes one up and prints it), which creates the tenants and sends each one's traffic with an ingest key of that tenant.
//   dotnet run --project tools/Simulator -- --api http://localhost:8080 --tenants 2 --campaigns 6 --rate 500
var options = Options.Parse(args);
var api = new Uri(options.Api);
using var handler = new SocketsHttpHandler();
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
if (options.Duration is { } duration)
{
    stop.CancelAfter(duration);
}

var model = new TrafficModel(options.Tenants, options.Campaigns, options.Seed, options.Rate);
var session = await DemoAccount.SetUpAsync(handler, api, options.Email, options.Password, model.Tenants);
if (session is null)
{
    return 1;
}

if (session.Keys.Count == 0)
{
    Console.Error.WriteLine("simulator: no tenant left to feed; stopping");
    return 1;
}

if (options.MetaToken is not null || options.GoogleRefreshToken is not null)
{
    // The last demo tenant takes its Meta and Google numbers from the fake platforms through the connectors; the first
    // keeps only the simulated campaigns the README's story is told on.
    using var connecting = new HttpClient(handler, disposeHandler: false) { BaseAddress = api, Timeout = TimeSpan.FromSeconds(60) };
    connecting.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", session.AccessToken);
    await DemoConnections.ConnectAsync(connecting, session.Keys.Keys.Order(StringComparer.Ordinal).Last(), DemoAccount.Currency, options.MetaToken, options.GoogleRefreshToken);
}

using var ingest = new IngestClients(handler, api, session.Keys);
var campaigns = model.Campaigns.Where(c => ingest.Feeds(c.Tenant)).ToList();
var started = DateTimeOffset.UtcNow;

// Live traffic is owed from the start on, so the seconds the backfill takes arrive with the first tick.
var clock = Stopwatch.StartNew();
var records = new MetricRecords(started);
var pixels = new BrokenPixels(BrokenPixels.Busiest(campaigns.Where(c => c.Tenant == campaigns[0].Tenant)), started);
Console.WriteLine($"simulator: {campaigns.Count} campaigns over {session.Keys.Count} tenant(s) ({string.Join(", ", session.Keys.Keys)}) at ~{options.Rate} events/s against {options.Api}");
foreach (var campaign in campaigns)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"simulator: {campaign.Tenant} {campaign.Platform}:{campaign.Id} \"{campaign.Name}\" budget {campaign.Budget:0} a day, spends {campaign.SpendToday:0} today, CPA {campaign.CostPerConversion:0.00}, ROAS {campaign.Aov / campaign.CostPerConversion * campaign.ConversionScale:0.00}{(campaign.Kind.Why is { } why ? $" ({why})" : "")}"));
}

Console.WriteLine($"simulator: the conversion pixel of {pixels.First.Tenant} {pixels.First.Platform}:{pixels.First.Id} breaks {BrokenPixels.FirstAfter.TotalMinutes:0} minutes from now for {BrokenPixels.FirstLasts.TotalMinutes:0} minutes");
await CampaignSettings.ApplyAsync(handler, api, session, campaigns, stop.Token);
foreach (var campaign in campaigns.Where(c => c.Kind.Planted is not null))
{
    Console.WriteLine($"simulator: planted for the recommendations: {campaign.Tenant} {campaign.Platform}:{campaign.Id} {campaign.Kind.Planted}{(FadingCreative.Of(campaign) is { } ad ? $" (creative {ad})" : "")}");
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"simulator: planted for the recommendations: age {DemoAudience.Strong.Age} {DemoAudience.Strong.Gender} converts {DemoAudience.StrongRatio:0.#} times as well per unit of spend as the rest: target it"));

// A backfilled day is a few dozen cells a campaign (creatives x age x gender), so the history goes a campaign at a time.
foreach (var campaign in campaigns)
{
    await ingest.SendAsync(campaign.Tenant, records.History(campaign), stop.Token);
}

var shoppers = new Shoppers(session.Keys.Keys, options.Customers, options.Seed, started);
foreach (var chunk in shoppers.History().Chunk(10_000))
{
    foreach (var tenant in chunk.GroupBy(p => p.Tenant))
    {
        await ingest.SendAsync(tenant.Key, tenant.Select(p => p.Record), stop.Token, "transactions");
    }
}

Console.WriteLine($"simulator: {shoppers.All.Count:N0} customers with {Shoppers.HistoryDays} days of purchases; the behaviour analysis starts in {AnalysisRuns.After.TotalSeconds:0} s");
var analysis = AnalysisRuns.StartAsync(handler, api, session, session.Keys.Keys, stop.Token);
using var offers = new OfferEngagements(handler, api, session.ReadKeys, shoppers, options.Seed);

var sent = 0L;
var failed = 0L;
var sequence = 0L;
var lastTick = TimeSpan.Zero;
var owed = 0.0;
var lastReport = TimeSpan.Zero;
var lastRestatement = TimeSpan.Zero;
var lastVisit = TimeSpan.Zero;
using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(250));
try
{
    while (await timer.WaitForNextTickAsync(stop.Token))
    {
        // Events owed since the last tick, however late it came, so the day's traffic is what the model says at any rate.
        var now = DateTimeOffset.UtcNow;
        var elapsed = clock.Elapsed;
        var previousTick = lastTick;
        owed += options.Rate * (elapsed - lastTick).TotalSeconds * TrafficClock.Diurnal(now);
        lastTick = elapsed;
        var count = (int)owed;
        owed -= count;
        var events = Enumerable.Range(0, count).Select(_ => pixels.Apply(model.NextEvent(now, Interlocked.Increment(ref sequence)), now)).ToList();
        foreach (var byTenant in events.GroupBy(e => e.Campaign.Tenant).Where(t => ingest.Feeds(t.Key)))
        {
            var ok = await ingest.SendAsync(byTenant.Key, byTenant.Select(MetricRecords.Delta), stop.Token);
            (ok ? ref sent : ref failed) += byTenant.Count();
        }

        // A broken pixel reports no late conversions either, so its campaign is not restated while it lasts.
        foreach (var byTenant in shoppers.Live(now, elapsed - previousTick).GroupBy(p => p.Shopper.Tenant))
        {
            await ingest.SendAsync(byTenant.Key, byTenant.Select(p => p.Record), stop.Token, "transactions");
        }

        if (clock.Elapsed - lastVisit >= OfferEngagements.Every)
        {
            lastVisit = clock.Elapsed;
            var (engagements, purchases) = await offers.VisitAsync(OfferEngagements.CustomersPerVisit, now, stop.Token);
            foreach (var byTenant in engagements.GroupBy(e => e.Tenant))
            {
                await ingest.SendAsync(byTenant.Key, byTenant.Select(e => e.Record), stop.Token, "engagements");
            }

            foreach (var byTenant in purchases.GroupBy(e => e.Tenant))
            {
                await ingest.SendAsync(byTenant.Key, byTenant.Select(e => e.Record), stop.Token, "transactions");
            }
        }

        if (clock.Elapsed - lastRestatement >= MetricRecords.RestatementPeriod)
        {
            lastRestatement = clock.Elapsed;
            foreach (var tenant in campaigns.Where(c => !pixels.IsBroken(c, now)).GroupBy(c => c.Tenant))
            {
                var restated = tenant.SelectMany(c => records.Restatement(c, now)).ToList();
                if (restated.Count > 0)
                {
                    await ingest.SendAsync(tenant.Key, restated, stop.Token);
                }
            }
        }

        if (clock.Elapsed - lastReport >= TimeSpan.FromSeconds(10))
        {
            lastReport = clock.Elapsed;
            Console.WriteLine($"simulator: {sent:N0} events accepted, {failed:N0} failed, {sent / clock.Elapsed.TotalSeconds:N0}/s");
        }
    }
}
catch (OperationCanceledException)
{
}

await analysis;
Console.WriteLine($"simulator: stopped after {sent:N0} events ({failed:N0} failed)");
return failed > 0 && sent == 0 ? 1 : 0;

/// <param name="MetaToken">The fake platforms' Meta system-user token: when set, the last demo tenant connects its Meta account.</param>
/// <param name="GoogleRefreshToken">The fake platforms' Google refresh token: when set, the last demo tenant connects its Google Ads account.</param>
internal sealed record Options(
    string Api, int Tenants, int Campaigns, double Rate, TimeSpan? Duration, int Seed, string Email, string? Password, int Customers,
    string? MetaToken = null, string? GoogleRefreshToken = null)
{
    public static Options Parse(string[] args)
    {
        string Value(string name, string fallback) =>
            Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
        string Setting(string name, string variable) => Value(name, Environment.GetEnvironmentVariable(variable) ?? "");
        var seconds = Value("--seconds", "");
        var email = Setting("--email", "GM_DEMO_EMAIL");
        var password = Setting("--password", "GM_DEMO_PASSWORD");
        return new Options(
            Value("--api", "http://localhost:8080"),
            int.Parse(Value("--tenants", "2"), CultureInfo.InvariantCulture),
            int.Parse(Value("--campaigns", "6"), CultureInfo.InvariantCulture),
            double.Parse(Value("--rate", "200"), CultureInfo.InvariantCulture),
            seconds.Length == 0 ? null : TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)),
            int.Parse(Value("--seed", "7"), CultureInfo.InvariantCulture),
            email.Length == 0 ? DemoAccount.DefaultEmail : email,
            password.Length == 0 ? null : password,
            int.Parse(Value("--customers", "2000"), CultureInfo.InvariantCulture),
            Setting("--meta-token", "GM_DEMO_META_TOKEN") is { Length: > 0 } meta ? meta : null,
            Setting("--google-refresh-token", "GM_DEMO_GOOGLE_REFRESH_TOKEN") is { Length: > 0 } google ? google : null);
    }
}
