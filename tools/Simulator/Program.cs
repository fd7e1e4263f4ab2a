using System.Diagnostics;
using System.Globalization;
using GrainMarketing.Simulator;

// Realistic ad traffic against a running API host: delta events (impressions, clicks, spend, sales)
// for N tenants x campaigns x creatives x audience slices, shaped by a diurnal curve, plus periodic
// restatements of yesterday's numbers as snapshot upserts. It acts as a demo account (--email or
// GM_DEMO_EMAIL, --password or GM_DEMO_PASSWORD; without a password it makes one up and prints it),
// which creates the tenants and sends each one's traffic with an ingest key of that tenant.
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

var model = new TrafficModel(options.Tenants, options.Campaigns, options.Seed);
var keys = await DemoAccount.SetUpAsync(handler, api, options.Email, options.Password, model.Tenants);
if (keys is null)
{
    return 1;
}

if (keys.Count == 0)
{
    Console.Error.WriteLine("simulator: no tenant left to feed; stopping");
    return 1;
}

using var ingest = new IngestClients(handler, api, keys);
var campaigns = model.Campaigns.Where(c => ingest.Feeds(c.Tenant)).ToList();
Console.WriteLine($"simulator: {campaigns.Count} campaigns over {keys.Count} tenant(s) ({string.Join(", ", keys.Keys)}) at ~{options.Rate} events/s against {options.Api}");
foreach (var tenant in campaigns.GroupBy(c => c.Tenant))
{
    await ingest.SendAsync(tenant.Key, tenant.SelectMany(History), stop.Token);
}

var sent = 0L;
var failed = 0L;
var sequence = 0L;
var clock = Stopwatch.StartNew();
var tick = TimeSpan.FromMilliseconds(250);
var lastReport = TimeSpan.Zero;
var lastRestatement = TimeSpan.Zero;
using var timer = new PeriodicTimer(tick);
try
{
    while (await timer.WaitForNextTickAsync(stop.Token))
    {
        var now = DateTimeOffset.UtcNow;
        var count = (int)Math.Max(1, options.Rate * tick.TotalSeconds * TrafficModel.Diurnal(now));
        var events = Enumerable.Range(0, count).Select(_ => BrokenPixelHours.Apply(model.NextEvent(now, Interlocked.Increment(ref sequence)), now)).ToList();
        foreach (var byTenant in events.GroupBy(e => e.Campaign.Tenant).Where(t => ingest.Feeds(t.Key)))
        {
            var ok = await ingest.SendAsync(byTenant.Key, byTenant.Select(Delta), stop.Token);
            (ok ? ref sent : ref failed) += byTenant.Count();
        }

        if (clock.Elapsed - lastRestatement >= TimeSpan.FromSeconds(30))
        {
            lastRestatement = clock.Elapsed;
            foreach (var campaign in campaigns.GroupBy(c => c.Tenant))
            {
                await ingest.SendAsync(campaign.Key, campaign.Select(c => Restatement(c, now)), stop.Token);
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

Console.WriteLine($"simulator: stopped after {sent:N0} events ({failed:N0} failed)");
return failed > 0 && sent == 0 ? 1 : 0;

static object Delta(Event e) => new
{
    platform = e.Campaign.Platform,
    campaignId = e.Campaign.Id,
    campaignName = e.Campaign.Name,
    status = "active",
    objective = Objective(e.Campaign),
    creativeFormat = CreativeFormat(e.Campaign),
    adId = e.AdId,
    date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    age = e.Age,
    gender = e.Gender,
    country = e.Country,
    impressions = e.Impressions,
    clicks = e.Clicks,
    spend = e.Spend,
    conversions = e.Conversions,
    conversionValue = e.ConversionValue,
    kind = "delta",
    eventId = e.EventId,
};

// The days before yesterday as whole-day snapshots on each campaign's response curve, with its daily budget
// (within the API's 90-day ingest window); sent again on every start, they replace themselves.
static IEnumerable<object> History(Campaign campaign)
{
    var before = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-2);
    return campaign.Response.History(before, 88).Select(day => (object)new
    {
        platform = campaign.Platform,
        campaignId = campaign.Id,
        campaignName = campaign.Name,
        dailyBudget = (decimal)campaign.Response.Budget,
        adId = "daily-history",
        date = day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        impressions = (long)(day.Spend / campaign.Cpm * 1000),
        clicks = (long)(day.Spend / campaign.Cpm * 1000 * campaign.Ctr),
        spend = (decimal)day.Spend,
        conversions = (decimal)day.Conversions,
        conversionValue = Math.Round((decimal)(day.Conversions * campaign.Aov), 2),
        kind = "snapshot",
    });
}

// Fixed per campaign, so the campaign-outcome model (issue 16) has objectives and creative formats to learn from.
static string Objective(Campaign campaign) => new[] { "conversions", "traffic", "awareness" }[campaign.Id.Sum(c => c) % 3];

static string CreativeFormat(Campaign campaign) => new[] { "image", "video", "carousel" }[campaign.Creatives.Count % 3];

// Platforms restate yesterday: the whole-day cell is replaced by slightly different totals, on the campaign's response curve.
static object Restatement(Campaign campaign, DateTimeOffset now)
{
    var drift = 1 + ((now.Second % 7) / 100.0);
    var yesterday = campaign.Response.History(DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1), 88).Last();
    return new
    {
        platform = campaign.Platform,
        campaignId = campaign.Id,
        adId = "restated-day",
        date = yesterday.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        impressions = (long)(yesterday.Spend / campaign.Cpm * 1000 * drift),
        clicks = (long)(yesterday.Spend / campaign.Cpm * 1000 * campaign.Ctr * drift),
        spend = Math.Round((decimal)(yesterday.Spend * drift), 2),
        conversions = (long)(yesterday.Conversions * drift),
        conversionValue = Math.Round((decimal)(yesterday.Conversions * campaign.Aov * drift), 2),
        kind = "snapshot",
    };
}

internal sealed record Options(string Api, int Tenants, int Campaigns, int Rate, TimeSpan? Duration, int Seed, string Email, string? Password)
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
            int.Parse(Value("--rate", "200"), CultureInfo.InvariantCulture),
            seconds.Length == 0 ? null : TimeSpan.FromSeconds(int.Parse(seconds, CultureInfo.InvariantCulture)),
            int.Parse(Value("--seed", "7"), CultureInfo.InvariantCulture),
            email.Length == 0 ? DemoAccount.DefaultEmail : email,
            password.Length == 0 ? null : password);
    }
}
