using System.Net.Http.Json;

namespace GrainMarketing.Simulator;

/// <summary>The demo tenants' dated rate table: what one euro and one pound were worth in US dollars on each working day of the last six weeks.</summary>
/// <remarks>
/// Illustrative numbers, not published rates for these dates: they stay within the ECB reference rates' range of 2024
/// (EUR/USD about 1.07-1.09; EUR/GBP about 0.84-0.86, so GBP/USD about 1.26-1.28) and move a little from day to day.
/// Working days only, as the ECB publishes: a weekend takes Friday's rate. The demo campaigns spend in dollars, the
/// tenants' own currency, so no demo number depends on this table; a campaign given another currency is converted with it.
/// </remarks>
public static class DemoRates
{
    public const int Days = 42;

    /// <summary>Every working day from <see cref="Days"/> days before <paramref name="today"/> through it, for EUR and GBP into USD.</summary>
    public static IReadOnlyList<(DateOnly Date, string Currency, decimal Rate)> Table(DateOnly today)
    {
        var table = new List<(DateOnly, string, decimal)>();
        for (var date = today.AddDays(-Days); date <= today; date = date.AddDays(1))
        {
            if (date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            // A slow swing of ±1 cent around the midpoints, the same for a date whenever the simulator starts.
            var swing = (date.DayNumber % 11 - 5) / 500m;
            table.Add((date, "EUR", 1.0800m + swing));
            table.Add((date, "GBP", 1.2700m + swing));
        }

        return table;
    }

    /// <summary>Sets the table by hand in <paramref name="tenant"/> (an admin's call); a refusal is reported and the demo goes on.</summary>
    public static async Task SetAsync(HttpClient http, string tenant, DateOnly today)
    {
        var rates = Table(today).Select(r => new { date = r.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), currency = r.Currency, rate = r.Rate });
        using var set = await http.PutAsJsonAsync($"api/v1/tenants/{tenant}/exchange-rates", new { rates });
        if (!set.IsSuccessStatusCode)
        {
            await Console.Error.WriteLineAsync($"simulator: cannot set the demo rate table of {tenant}: {(int)set.StatusCode} {await set.Content.ReadAsStringAsync()}");
        }
    }
}
