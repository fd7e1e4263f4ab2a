namespace GrainMarketing.Profiles;

/// <summary>A set of patterns as the bits of an integer, bit <c>1 &lt;&lt; (int)pattern</c> each, as <c>customer_profiles.patterns</c> holds them.</summary>
public static class PatternBits
{
    public static int Of(BehaviorPattern pattern) => 1 << (int)pattern;

    public static int Of(IEnumerable<BehaviorPattern> patterns) => patterns.Aggregate(0, (bits, pattern) => bits | Of(pattern));

    public static bool Has(int bits, BehaviorPattern pattern) => (bits & Of(pattern)) != 0;

    public static IEnumerable<BehaviorPattern> Patterns(int bits) => Enum.GetValues<BehaviorPattern>().Where(pattern => Has(bits, pattern));
}
