using System.Globalization;
using CsvHelper;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>
/// The 84.51 Complete Journey transaction sample (../shared/data/complete-journey) as customer purchases:
/// a basket is one purchase of its household, its amount the sum of its lines' sales value to the cent
/// (a few values carry float noise such as 2.9899999999999998; baskets summing to zero or less are left out), its category the department holding most of its value
/// (products.csv; ties by name), its city the store. The file's times are New York wall-clock times in
/// 2017; they are moved forward by whole weeks, keeping the wall-clock time and the weekday, so the
/// newest basket lands in the week before the test runs.
/// </summary>
public static class CompleteJourney
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Every basket, moved forward by <paramref name="weeks"/> weeks.</summary>
    public static IReadOnlyList<JourneyBasket> Baskets(int weeks)
    {
        var departments = Departments();
        var lines = File.ReadLines(SharedData.Path("complete-journey", "transactions_sample.csv")).Skip(1).Select(line => line.Split(','));
        return [.. lines
            .GroupBy(f => f[2], StringComparer.Ordinal)
            .Select(basket =>
            {
                var first = basket.First();
                var local = DateTime.ParseExact(first[10], "yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture).AddDays(7 * weeks);
                var department = basket
                    .Select(f => (Department: departments.GetValueOrDefault(f[3]), Value: decimal.Parse(f[5], CultureInfo.InvariantCulture)))
                    .Where(line => line.Department is not null)
                    .GroupBy(line => line.Department!, StringComparer.Ordinal)
                    .Select(group => (Name: group.Key, Value: group.Sum(line => line.Value)))
                    .OrderByDescending(group => group.Value).ThenBy(group => group.Name, StringComparer.Ordinal)
                    .Select(group => group.Name).FirstOrDefault();
                return new JourneyBasket(first[0], basket.Key, Math.Round(basket.Sum(f => decimal.Parse(f[5], CultureInfo.InvariantCulture)), 2),
                    new DateTimeOffset(local, NewYork.GetUtcOffset(local)), first[1], department);
            })
            .Where(basket => basket.Amount > 0)];
    }

    /// <summary>The whole weeks that move the newest basket into the seven days before <paramref name="now"/>.</summary>
    public static int WeeksBefore(DateTimeOffset now)
    {
        var newest = new DateTimeOffset(new DateTime(2017, 12, 31, 22, 47, 38), NewYork.GetUtcOffset(new DateTime(2017, 12, 31)));
        return (int)Math.Floor((now - newest - TimeSpan.FromHours(1)).TotalDays / 7);
    }

    /// <summary>Each product's department, lower case (as ingestion stores a category), null when blank.</summary>
    private static Dictionary<string, string?> Departments()
    {
        using var csv = CsvReader.FromText(File.ReadAllText(SharedData.Path("complete-journey", "products.csv")), new CsvReaderOptions { HasHeader = true });
        var product = Array.IndexOf([.. csv.Headers], "product_id");
        var department = Array.IndexOf([.. csv.Headers], "department");
        var departments = new Dictionary<string, string?>(StringComparer.Ordinal);
        while (csv.Read())
        {
            var fields = csv.Current.ToArray();
            var name = fields[department].Trim();
            departments[fields[product]] = name.Length == 0 ? null : name.ToLowerInvariant();
        }

        return departments;
    }
}
