using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace GrainMarketing.Currencies;

/// <summary>Reads the ECB's euro foreign exchange reference rates (eurofxref-daily.xml, -hist-90d.xml, -hist.xml).</summary>
/// <remarks>
/// The format as the ECB serves it: a <c>gesmes:Envelope</c> holding <c>&lt;Cube&gt;</c>, which holds one
/// <c>&lt;Cube time="2026-12-04"&gt;</c> per working day, each holding <c>&lt;Cube currency="USD" rate="1.0812"/&gt;</c> per
/// currency, quoted as units of the currency per one euro. Unsure: whether the ECB ever sends a day without rates or a rate
/// of zero (the reader skips both) and whether the namespace will change (the reader matches elements by local name, so a
/// new namespace reads the same).
/// </remarks>
public static class EcbReferenceRates
{
    public const string Source = "ecb";
    public const string Base = "EUR";

    /// <summary>The days of the document, oldest first; a <see cref="FormatException"/> when it is not in the ECB's format.</summary>
    public static IReadOnlyList<ReferenceRateDay> Parse(Stream xml)
    {
        XDocument document;
        try
        {
            document = XDocument.Load(xml);
        }
        catch (XmlException bad)
        {
            throw new FormatException("The reference rates are not XML: " + bad.Message, bad);
        }

        var days = new SortedDictionary<DateOnly, Dictionary<string, decimal>>();
        foreach (var cube in document.Descendants().Where(e => e.Name.LocalName == "Cube" && e.Attribute("time") is not null))
        {
            if (!DateOnly.TryParseExact(cube.Attribute("time")!.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new FormatException($"'{cube.Attribute("time")!.Value}' is not a date (yyyy-MM-dd).");
            }

            var rates = new Dictionary<string, decimal>(StringComparer.Ordinal);
            foreach (var quote in cube.Elements().Where(e => e.Name.LocalName == "Cube"))
            {
                var currency = quote.Attribute("currency")?.Value.Trim().ToUpperInvariant();
                var text = quote.Attribute("rate")?.Value;
                if (currency is not { Length: 3 } || text is null)
                {
                    throw new FormatException($"A rate of {date:yyyy-MM-dd} lacks its currency or rate.");
                }

                if (!decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate))
                {
                    throw new FormatException($"'{text}' ({currency} on {date:yyyy-MM-dd}) is not a rate.");
                }

                if (rate > 0)
                {
                    rates[currency] = rate;
                }
            }

            if (rates.Count > 0)
            {
                days[date] = rates;
            }
        }

        if (days.Count == 0)
        {
            throw new FormatException("The document holds no dated rates (<Cube time=\"…\">).");
        }

        return [.. days.Select(d => new ReferenceRateDay(d.Key, d.Value))];
    }
}
