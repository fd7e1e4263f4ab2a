using System.Globalization;

namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>Minor units (cents) written the ways the platforms write money. All seeded currencies have two decimals.</summary>
public static class Money
{
    /// <summary>"12.34": Meta's and TikTok's strings in major units.</summary>
    public static string Major(long minor) => (minor / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Google's and Snapchat's micros: a millionth of a unit, so a cent is 10,000.</summary>
    public static long Micros(long minor) => minor * 10_000;

    /// <summary>A double in major units (Google's conversionsValue).</summary>
    public static double MajorDouble(long minor) => (double)(minor / 100m);
}
