using System.Globalization;

namespace GrainMarketing.Simulator;

/// <summary>
/// The customers of each simulated tenant and their purchases: 85 days of history before the start, then live purchases
/// at the same rates through the day's diurnal curve, so every behaviour segment has members from the first minute and
/// keeps moving.
/// </summary>
public sealed class Shoppers
{
    /// <summary>Days of purchases before the start (inside the API's 90-day limit on timestamps).</summary>
    public const int HistoryDays = 85;

    private static readonly string[] Categories = ["apparel", "shoes", "beauty", "electronics", "home", "toys", "sports", "books"];
    private static readonly string[] Places = ["New York", "Los Angeles", "Chicago", "Houston", "Berlin", "Munich", "London", "Manchester", "Paris", "Lyon", "Sao Paulo", "Mumbai"];
    private static readonly string[] Channels = ["web", "app", "store"];

    private readonly Random _random;
    private readonly DateOnly _today;
    private double _owed;

    public Shoppers(IEnumerable<string> tenants, int perTenant, int seed, DateTimeOffset started)
    {
        _random = new Random(seed);
        _today = DateOnly.FromDateTime(started.UtcDateTime);
        All = [.. tenants.SelectMany((tenant, t) => Enumerable.Range(1, perTenant).Select(n => Draw(tenant, $"cust-{t + 1}-{n:00000}")))];
    }

    public IReadOnlyList<Shopper> All { get; }

    /// <summary>Purchases of every customer on each of the <see cref="HistoryDays"/> days before the start, as transaction records.</summary>
    public IEnumerable<(string Tenant, object Record)> History()
    {
        for (var date = _today.AddDays(-HistoryDays); date < _today; date = date.AddDays(1))
        {
            foreach (var shopper in All)
            {
                for (var n = Poisson(shopper.PerDay(date, _today)); n > 0; n--)
                {
                    var at = new DateTimeOffset(date.ToDateTime(new TimeOnly(8, 0)), TimeSpan.Zero).AddMinutes(_random.Next(14 * 60));
                    yield return (shopper.Tenant, Purchase(shopper, at));
                }
            }
        }
    }

    /// <summary>The purchases due in the <paramref name="elapsed"/> time before <paramref name="now"/>, at the customers' rates shaped by the diurnal curve.</summary>
    public IReadOnlyList<(Shopper Shopper, object Record)> Live(DateTimeOffset now, TimeSpan elapsed)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var rates = All.Select(s => s.PerDay(today, _today)).ToArray();
        _owed += rates.Sum() * elapsed.TotalDays * TrafficClock.Diurnal(now) / TrafficClock.DayMean;
        var due = new List<(Shopper, object)>();
        for (; _owed >= 1; _owed--)
        {
            var shopper = All[Pick(rates)];
            due.Add((shopper, Purchase(shopper, now)));
        }

        return due;
    }

    /// <summary>A purchase record: in one of the customer's cities, mostly in their favourite category.</summary>
    public object Purchase(Shopper shopper, DateTimeOffset at, decimal? amount = null) => new
    {
        userId = shopper.Id,
        amount = amount ?? Math.Round((decimal)(shopper.Kind.MeanAmount * Math.Exp((0.4 * StandardNormal.Draw(_random)) - 0.08)), 2),
        currency = "USD",
        timestamp = at.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        merchant = "GrainShop",
        category = _random.NextDouble() < shopper.Kind.Focus ? shopper.Favourite : Categories[_random.Next(Categories.Length)],
        city = shopper.Cities[_random.Next(shopper.Cities.Count)],
        channel = Channels[_random.Next(Channels.Length)],
        eventId = $"{shopper.Id}-{at.ToUnixTimeMilliseconds()}-{_random.Next(1_000_000)}",
    };

    private Shopper Draw(string tenant, string id)
    {
        var kinds = ShopperKind.Shop;
        var kind = kinds[Pick([.. kinds.Select(k => k.Weight)])];
        int Days((int Low, int High) range) => range.Low + _random.Next(range.High - range.Low + 1);
        var home = _random.Next(Places.Length);
        return new Shopper(
            tenant, id, kind,
            [.. Enumerable.Range(0, kind.Cities).Select(c => Places[(home + c) % Places.Length])],
            Categories[_random.Next(Categories.Length)],
            _today.AddDays(kind.Joined == default ? -HistoryDays : -Days(kind.Joined)),
            kind.Stopped == default ? null : _today.AddDays(-Days(kind.Stopped)));
    }

    private int Pick(double[] weights)
    {
        var target = _random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            target -= weights[i];
            if (target <= 0 && weights[i] > 0)
            {
                return i;
            }
        }

        return Array.FindLastIndex(weights, w => w > 0);
    }

    /// <summary>Knuth's method: the rates here are a purchase a day at most.</summary>
    private int Poisson(double mean)
    {
        var limit = Math.Exp(-mean);
        var count = 0;
        for (var product = _random.NextDouble(); product > limit; product *= _random.NextDouble())
        {
            count++;
        }

        return count;
    }
}
