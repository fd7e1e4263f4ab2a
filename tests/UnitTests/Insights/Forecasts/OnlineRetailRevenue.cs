using System.Globalization;
using System.IO.Compression;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

/// <summary>
/// The shared Online Retail transactions as daily revenue (sum of quantity x unit price): cancellations (invoice
/// numbers starting with C), returns and adjustments (quantity at or below zero) and free lines (unit price at or
/// below zero) are left out. A day without a single invoice (every Saturday, the Christmas closure) is a day the
/// shop did not trade: it is missing (NaN), not a zero-revenue day, so it neither teaches nor judges a model.
/// </summary>
public static class OnlineRetailRevenue
{
    private static readonly Lazy<(DateOnly First, double[] Revenue)> Daily = new(Load);

    public static DateOnly First => Daily.Value.First;

    public static double[] Revenue => Daily.Value.Revenue;

    private static (DateOnly, double[]) Load()
    {
        using var file = File.OpenRead(SharedData.Path("online-retail", "online_retail.csv.gz"));
        using var reader = new StreamReader(new GZipStream(file, CompressionMode.Decompress));
        var header = SplitCsv(reader.ReadLine()!);
        int invoice = header.IndexOf("InvoiceNo"), quantity = header.IndexOf("Quantity"), date = header.IndexOf("InvoiceDate"), price = header.IndexOf("UnitPrice");
        var byDay = new SortedDictionary<DateOnly, double>();
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            var fields = SplitCsv(line);
            var qty = double.Parse(fields[quantity], CultureInfo.InvariantCulture);
            var unit = double.Parse(fields[price], CultureInfo.InvariantCulture);
            if (fields[invoice].StartsWith('C') || qty <= 0 || unit <= 0)
            {
                continue;
            }

            var day = DateOnly.ParseExact(fields[date][..10], "yyyy-MM-dd", CultureInfo.InvariantCulture);
            byDay[day] = byDay.GetValueOrDefault(day) + qty * unit;
        }

        var first = byDay.Keys.First();
        var days = byDay.Keys.Last().DayNumber - first.DayNumber + 1;
        return (first, [.. Enumerable.Range(0, days).Select(d => byDay.TryGetValue(first.AddDays(d), out var revenue) ? revenue : double.NaN)]);
    }

    private static List<string> SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
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
        return fields;
    }
}
