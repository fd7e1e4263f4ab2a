namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>
/// Stateless deterministic randomness: a cell's numbers are a hash of its coordinates, so any cell can be
/// drawn alone, in any order, and always comes out the same (no stored table, no shared Random).
/// </summary>
public static class Noise
{
    /// <summary>SplitMix64's finaliser over the coordinates.</summary>
    public static ulong Mix(params long[] parts)
    {
        var h = 0x9E3779B97F4A7C15UL;
        foreach (var part in parts)
        {
            h ^= unchecked((ulong)part) + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
            h = unchecked((h ^ (h >> 30)) * 0xBF58476D1CE4E5B9UL);
            h = unchecked((h ^ (h >> 27)) * 0x94D049BB133111EBUL);
            h ^= h >> 31;
        }

        return h;
    }

    /// <summary>A number in [0, 1) from a hash.</summary>
    public static double Unit(ulong hash) => (hash >> 11) * (1.0 / (1UL << 53));

    /// <summary>A string's hash that is the same in every process (string.GetHashCode is randomised per process).</summary>
    public static long GetHashCodeStable(this string value)
    {
        var h = 1469598103934665603L;
        foreach (var c in value)
        {
            h = unchecked((h ^ c) * 1099511628211L);
        }

        return h;
    }
}
