using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Ingestion;

/// <summary>
/// The simulator's sample exports of Google Ads (UTF-16, tabs, the Day segment first with "Total: …" rows in it), TikTok
/// and Snapchat through the CSV endpoint, re-dated to last week: per campaign and day, the totals the API reads back
/// equal the file's, summed here from its lines; a file with one bad cell is refused naming its line and column, and
/// nothing of it is written.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class PlatformCsvImportTests(ApiCluster fixture)
{
    private static readonly DateOnly SampleStart = new(2026, 11, 23);

    private static readonly Dictionary<string, Sample> Samples = new()
    {
        ["google"] = new("google-ads-campaigns-by-day-2026-11-23.csv", "Google Ads", '\t', "Day", "Campaign ID", "Impr.", "Clicks", "Cost", "Conversions", "Conv. value"),
        ["tiktok"] = new("tiktok-ads-by-day-2026-11-23.csv", "TikTok Ads Manager", ',', "By Day", "Campaign ID", "Impressions", "Clicks (destination)", "Cost", "Conversions", "Total complete payment value"),
        ["snapchat"] = new("snapchat-ads-by-day-2026-11-23.csv", "Snapchat Ads Manager", ',', "Date", "Campaign ID", "Paid Impressions", "Swipe Ups", "Amount Spent", "Purchases", "Purchases Value"),
    };

    private readonly HttpClient _api = fixture.Api;

    [Theory]
    [InlineData("google")]
    [InlineData("tiktok")]
    [InlineData("snapchat")]
    public async Task EachDayOfEachCampaignReadsBackAsTheExportWroteIt(string platform)
    {
        var sample = Samples[platform];
        var tenant = await NewTenantAsync(platform);
        var (bytes, text) = Redated(sample);
        var rows = DatedRows(sample, text);
        var expected = DailyTotals(rows);

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics/csv", new ByteArrayContent(bytes));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((rows.Count, sample.Layout), (receipt.GetProperty("accepted").GetInt32(), receipt.GetProperty("layout").GetString()));

        var (from, to) = (Today.AddDays(-9), Today.AddDays(-3));
        foreach (var (campaign, days) in expected)
        {
            var series = await Eventually.ReadAsync(
                () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/timeseries?granularity=day&window=custom&from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"),
                s => s.EnumerateArray().Sum(p => p.GetProperty("totals").GetProperty("impressions").GetDecimal()) == days.Values.Sum(d => d.Impressions));
            var actual = series.EnumerateArray().ToDictionary(p => p.GetProperty("period").GetString()!, p => Read(p.GetProperty("totals")));
            foreach (var (day, totals) in days)
            {
                Assert.Equal((campaign, day, totals), (campaign, day, actual[day]));
            }
        }
    }

    [Theory]
    [InlineData("google", "Impr.")]
    [InlineData("tiktok", "Cost")]
    [InlineData("snapchat", "Amount Spent")]
    public async Task ABadCellIsA400NamingItsLineAndColumnAndNothingIsWritten(string platform, string column)
    {
        var sample = Samples[platform];
        var tenant = await NewTenantAsync(platform);
        var (_, text) = Redated(sample);
        var lines = text.Split("\n");
        var usd = $"{sample.Separator}USD{sample.Separator}";
        lines[4] = Regex.Replace(lines[4], Regex.Escape(usd) + "(\"[^\"]*\"|[^" + Regex.Escape(sample.Separator.ToString()) + "]*)", usd + "12.3.4");
        var broken = string.Join("\n", lines);

        using var response = await _api.PostAsync($"api/v1/tenants/{tenant}/ingest/metrics/csv", new ByteArrayContent(Encode(sample, broken)));

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["line 5"], ProblemJson.ErrorFields(problem));
        Assert.Equal($"{column}: '12.3.4' is not a number.", problem.GetProperty("errors").GetProperty("line 5")[0].GetString());
        foreach (var campaign in DatedRows(sample, text).Select(r => r.Campaign).Distinct())
        {
            using var read = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}?window=30d");
            Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        }
    }

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    private async Task<string> NewTenantAsync(string platform)
    {
        var tenant = TenantJson.UniqueId($"csv-{platform}");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(tenant, zone: "Etc/UTC", currency: "USD"));
        return tenant;
    }

    /// <summary>The sample with its days (2026-11-23 on) moved to the week ending three days ago, in its own encoding.</summary>
    private static (byte[] Bytes, string Text) Redated(Sample sample)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestEnvironment.RepositoryRoot, "tools", "Simulator", "samples", sample.File));
        var text = bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        var shift = Today.AddDays(-9).DayNumber - SampleStart.DayNumber;
        var redated = IsoDate().Replace(text, m => DateOnly.ParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(shift).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return (Encode(sample, redated), redated);
    }

    private static byte[] Encode(Sample sample, string text) =>
        sample.Separator == '\t' ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] : Encoding.UTF8.GetBytes(text);

    /// <summary>The export's dated rows (summary rows carry no date) as campaign id, day and numbers.</summary>
    private static List<(string Campaign, string Day, Totals Totals)> DatedRows(Sample sample, string text)
    {
        var lines = text.Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines.First(l => l.StartsWith(sample.Day, StringComparison.Ordinal)).Split(sample.Separator);
        int Column(string name) => Array.IndexOf(header, name);
        decimal Number(string[] fields, string name) =>
            fields[Column(name)] is "--" ? 0m : decimal.Parse(fields[Column(name)], NumberStyles.Number, CultureInfo.InvariantCulture);
        return [.. lines.Select(l => Fields(l, sample.Separator)).Where(f => IsoDate().IsMatch(f[Column(sample.Day)])).Select(f => (
            f[Column(sample.CampaignId)], f[Column(sample.Day)],
            new Totals(Number(f, sample.Impressions), Number(f, sample.Clicks), Number(f, sample.Spend), Number(f, sample.Conversions), Number(f, sample.ConversionValue))))];
    }

    /// <summary>Per campaign id and day, the sums of <see cref="DatedRows"/>.</summary>
    private static Dictionary<string, Dictionary<string, Totals>> DailyTotals(IEnumerable<(string Campaign, string Day, Totals Totals)> rows) =>
        rows.GroupBy(r => r.Campaign).ToDictionary(
            campaign => campaign.Key,
            campaign => campaign.GroupBy(r => r.Day).ToDictionary(day => day.Key, day => day.Select(r => r.Totals).Aggregate((x, y) => x.Plus(y))));

    private static Totals Read(JsonElement totals) => new(
        totals.GetProperty("impressions").GetDecimal(), totals.GetProperty("clicks").GetDecimal(), totals.GetProperty("spend").GetDecimal(),
        totals.GetProperty("conversions").GetDecimal(), totals.GetProperty("conversionValue").GetDecimal());

    /// <summary>The fields of a line whose quoted fields hold no quotes, as the samples write them.</summary>
    private static string[] Fields(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$|(?<=^|[\t,])\d{4}-\d{2}-\d{2}(?=[\t,]|$)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    private sealed record Sample(
        string File, string Layout, char Separator, string Day, string CampaignId, string Impressions, string Clicks, string Spend, string Conversions, string ConversionValue);

    private sealed record Totals(decimal Impressions, decimal Clicks, decimal Spend, decimal Conversions, decimal ConversionValue)
    {
        public Totals Plus(Totals other) => new(Impressions + other.Impressions, Clicks + other.Clicks, Spend + other.Spend,
            Conversions + other.Conversions, ConversionValue + other.ConversionValue);
    }
}
