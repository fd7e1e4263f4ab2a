using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class PatternBitsTests
{
    [Fact]
    public void EachPatternIsTheBitTheTablesPartialIndexesName()
    {
        Assert.Equal(
            [1, 2, 4, 8, 16, 32, 64, 128],
            Enum.GetValues<BehaviorPattern>().Select(PatternBits.Of));
        Assert.Equal(4, PatternBits.Of(BehaviorPattern.Weekend));
    }

    [Fact]
    public void ASetOfPatternsReadsBackAsTheSamePatternsInEnumOrder()
    {
        var bits = PatternBits.Of([BehaviorPattern.Seasonal, BehaviorPattern.HighSpender, BehaviorPattern.New, BehaviorPattern.New]);

        Assert.Equal(1 + 32 + 128, bits);
        Assert.Equal([BehaviorPattern.HighSpender, BehaviorPattern.New, BehaviorPattern.Seasonal], PatternBits.Patterns(bits));
        Assert.True(PatternBits.Has(bits, BehaviorPattern.New));
        Assert.False(PatternBits.Has(bits, BehaviorPattern.Weekend));
        Assert.Equal(0, PatternBits.Of([]));
        Assert.Empty(PatternBits.Patterns(0));
    }
}
