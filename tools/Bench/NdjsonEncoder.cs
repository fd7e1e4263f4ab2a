using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Writes generated events as NDJSON lines in the API's record format, straight into UTF-8 bytes:
/// every label is pre-encoded once with the JSON around it, and only the numbers are formatted per event.
/// </summary>
internal sealed class NdjsonEncoder
{
    /// <summary>More than the longest line this encoder writes.</summary>
    public const int MaxLineBytes = 320;

    private const string AfterCountry = "\",\"impressions\":1,\"clicks\":";

    private static readonly byte[] SpendField = Encode(",\"spend\":");
    private static readonly byte[] ConversionFields = Encode(",\"conversions\":1,\"conversionValue\":");
    private static readonly byte[] Tail = Encode(",\"kind\":\"delta\",\"eventId\":\"e");
    private static readonly byte[] End = Encode("\"}\n");

    private readonly EventGenerator _generator;
    private readonly byte[][] _heads;
    private readonly byte[][] _dates;
    private readonly byte[][] _ages;
    private readonly byte[][] _genders;
    private readonly byte[][] _countries;

    public NdjsonEncoder(EventGenerator generator)
    {
        _generator = generator;
        _heads = [.. Enumerable.Range(0, generator.Campaigns * EventGenerator.AdsPerCampaign).Select(slot =>
        {
            var campaign = slot / EventGenerator.AdsPerCampaign;
            var id = generator.CampaignId(campaign);
            return Encode($"{{\"platform\":\"{generator.PlatformOf(campaign)}\",\"campaignId\":\"{id}\",\"adId\":\"{EventGenerator.AdId(id, slot % EventGenerator.AdsPerCampaign)}\",\"date\":\"");
        })];
        _dates = [.. Enumerable.Range(0, EventGenerator.Days).Select(d =>
            Encode(generator.Today.AddDays(-d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\",\"age\":\""))];
        _ages = [.. EventGenerator.AgeBands.Select(a => Encode(a + "\",\"gender\":\""))];
        _genders = [.. EventGenerator.Genders.Select(g => Encode(g + "\",\"country\":\""))];
        _countries = [.. EventGenerator.Countries.Select(c => Encode(c + AfterCountry))];
    }

    /// <summary>
    /// Writes events <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> into
    /// <paramref name="destination"/> (at least <see cref="MaxLineBytes"/> per event) and returns the bytes
    /// written and the events' sums.
    /// </summary>
    public (int Length, EventTotals Totals) Write(long from, int count, Span<byte> destination)
    {
        var position = 0;
        var totals = default(EventTotals);
        for (var i = from; i < from + count; i++)
        {
            var e = _generator.At(i);
            totals += EventTotals.Of(e);
            position += WriteLine(e, destination[position..]);
        }

        return (position, totals);
    }

    private int WriteLine(in BenchEvent e, Span<byte> line)
    {
        var at = Put(line, 0, _heads[(e.Campaign * EventGenerator.AdsPerCampaign) + e.Ad]);
        at = Put(line, at, _dates[e.DaysAgo]);
        at = Put(line, at, _ages[e.Age]);
        at = Put(line, at, _genders[e.Gender]);
        at = Put(line, at, _countries[e.Country]);
        line[at++] = (byte)('0' + e.Clicks);
        at = Put(line, at, SpendField);
        at = Fixed(line, at, e.SpendUnits, 10_000, "D4");
        if (e.Conversions > 0)
        {
            at = Put(line, at, ConversionFields);
            at = Fixed(line, at, e.ValueCents, 100, "D2");
        }

        at = Put(line, at, Tail);
        e.Index.TryFormat(line[at..], out var written, default, CultureInfo.InvariantCulture);
        return Put(line, at + written, End);
    }

    /// <summary>An integer count of 1/<paramref name="scale"/> as a decimal number: 45 at 10000 is 0.0045.</summary>
    private static int Fixed(Span<byte> line, int at, int value, int scale, string fraction)
    {
        (value / scale).TryFormat(line[at..], out var written, default, CultureInfo.InvariantCulture);
        at += written;
        line[at++] = (byte)'.';
        (value % scale).TryFormat(line[at..], out written, fraction, CultureInfo.InvariantCulture);
        return at + written;
    }

    private static int Put(Span<byte> line, int at, byte[] bytes)
    {
        bytes.CopyTo(line[at..]);
        return at + bytes.Length;
    }

    private static byte[] Encode(string text) => Encoding.UTF8.GetBytes(text);
}
