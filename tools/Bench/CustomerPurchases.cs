using System.Buffers;
using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Generated customers' purchases for the profiles phase, the same for the same seed: customer <c>n</c>
/// (id <c>c0000042</c>) buys <c>purchases</c> times over the last 80 days in one or two of 50 cities, so
/// every customer is location clustered; about 70% buy mostly in one of 12 categories, a quarter only
/// at weekends, a tenth not in the last 30 days (inactive) and a seventh for the first time in the
/// last 30 days (new); amounts spread over two orders of magnitude, so high spenders stand out.
/// </summary>
internal static class CustomerPurchases
{
    private const int Cities = 50;
    private const int Categories = 12;

    public static string Id(long customer) => string.Create(CultureInfo.InvariantCulture, $"c{customer:D7}");

    /// <summary>Appends the NDJSON lines of customers <paramref name="from"/> to <paramref name="to"/> (exclusive).</summary>
    public static void Write(IBufferWriter<byte> output, ulong seed, long from, long to, int purchases, DateTimeOffset now)
    {
        var line = new StringBuilder(256);
        for (var customer = from; customer < to; customer++)
        {
            var random = new Random(unchecked((int)(seed * 1_000_003UL) ^ (int)customer));
            var home = random.Next(Cities);
            var second = random.Next(3) == 0 ? (home + 1 + random.Next(Cities - 1)) % Cities : home;
            var focus = random.NextDouble() < 0.7 ? random.Next(Categories) : -1;
            var weekender = random.NextDouble() < 0.25;
            var (newest, oldest) = random.NextDouble() switch
            {
                < 0.10 => (31, 80),
                < 0.25 => (0, 29),
                _ => (0, 80),
            };
            var scale = Math.Exp(random.NextDouble() * 4.6);
            for (var purchase = 0; purchase < purchases; purchase++)
            {
                var at = Day(now, random.Next(newest, oldest + 1), weekender, random).AddMinutes(random.Next(8 * 60, 22 * 60));
                at = at < now ? at : now.AddMinutes(-1 - random.Next(60));
                var category = focus >= 0 && random.NextDouble() < 0.85 ? focus : random.Next(Categories);
                var amount = Math.Round((decimal)(scale * (2 + (random.NextDouble() * 18))), 2);
                line.Clear().Append(CultureInfo.InvariantCulture,
                    $"{{\"userId\":\"{Id(customer)}\",\"amount\":{amount},\"currency\":\"EUR\",\"timestamp\":\"{at:yyyy-MM-dd'T'HH:mm:ss}Z\","
                    + $"\"category\":\"category-{category}\",\"city\":\"city-{(random.Next(4) == 0 ? second : home)}\",\"eventId\":\"{Id(customer)}-{purchase}\"}}\n");
                Encoding.UTF8.GetBytes(line.ToString(), output);
            }
        }
    }

    /// <summary>The UTC day <paramref name="daysAgo"/> before today, moved back to the Saturday or Sunday before it for weekend shoppers.</summary>
    private static DateTimeOffset Day(DateTimeOffset now, int daysAgo, bool weekender, Random random)
    {
        var day = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero).AddDays(-daysAgo);
        if (!weekender)
        {
            return day;
        }

        var saturday = day.AddDays(-(((int)day.DayOfWeek + 1) % 7));
        return saturday.AddDays(random.Next(2)) is var weekend && weekend <= day ? weekend : saturday;
    }
}
