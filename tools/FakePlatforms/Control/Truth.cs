using System.Globalization;
using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>
/// The exact numbers an account's reports are drawn from, in its currency to the cent, per day and entity
/// and, when asked, per age and gender in the platform's own words: what a backfill must equal.
/// </summary>
public static class Truth
{
    public static IResult Read(string platform, string id, string since, string until, string? level, string? breakdown, AccountBook book, Ledger ledger)
    {
        if (PlatformFacts.FromPrefix(platform) is not { } p || book.Find(p, id) is not { } account)
        {
            return Results.NotFound();
        }

        if (!TryDay(since, out var from) || !TryDay(until, out var to))
        {
            return Results.BadRequest(new { error = "since and until must be yyyy-MM-dd" });
        }

        var parts = (breakdown ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var grouping = Grouping.At(level ?? "campaign", byDay: true, parts.Contains("age"), parts.Contains("gender"), account.Id);
        var rows = ledger.Rows(account, from, to, grouping);
        var total = rows.Aggregate(default(Stats), (sum, row) => sum + row.Stats);
        return Results.Json(new
        {
            platform = PlatformFacts.Prefix(p),
            account = account.Id,
            currency = account.Currency,
            rows = rows.Select(r => Row(r.Key, r.Stats)).ToList(),
            total = Row(new RowKey(account.Id, null, "", ""), total),
        });
    }

    private static object Row(RowKey key, Stats stats) => new
    {
        date = key.Day,
        entity = key.Entity,
        age = key.Age.Length > 0 ? key.Age : null,
        gender = key.Gender.Length > 0 ? key.Gender : null,
        impressions = stats.Impressions,
        clicks = stats.Clicks,
        spendMinor = stats.SpendMinor,
        spend = Money.Major(stats.SpendMinor),
        conversions = stats.Conversions,
        conversionValueMinor = stats.ValueMinor,
        conversionValue = Money.Major(stats.ValueMinor),
    };

    private static bool TryDay(string value, out DateOnly day) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day);
}
