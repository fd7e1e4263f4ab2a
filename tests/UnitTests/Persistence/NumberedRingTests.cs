using GrainMarketing.Persistence;

namespace GrainMarketing.UnitTests.Persistence;

public sealed class NumberedRingTests
{
    private readonly NumberedRing<(long Number, string Text)> _ring = new(capacity: 3);

    [Fact]
    public void EntriesAreNumberedFromOneInTheOrderTheyArrive()
    {
        _ring.Append(["a", "b"], (number, text) => (number, text));
        _ring.Append(["c"], (number, text) => (number, text));

        Assert.Equal([(3L, "c"), (2L, "b"), (1L, "a")], _ring.Newest(before: null, count: 10, _ => true));
    }

    [Fact]
    public void AnEntryIsGoneOnceCapacityNewerOnesArrived()
    {
        _ring.Append(["a", "b", "c", "d", "e"], (number, text) => (number, text));

        Assert.Equal([(5L, "e"), (4L, "d"), (3L, "c")], _ring.Newest(before: null, count: 10, _ => true));
    }

    [Fact]
    public void ReadingStartsBelowTheGivenNumberAndStopsAtTheCount()
    {
        _ring.Append(["a", "b", "c", "d", "e"], (number, text) => (number, text));

        Assert.Equal([(4L, "d")], _ring.Newest(before: 5, count: 1, _ => true));
    }

    [Fact]
    public void OnlyEntriesTheConditionAcceptsAreRead()
    {
        _ring.Append(["a", "bb", "c"], (number, text) => (number, text));

        Assert.Equal([(2L, "bb")], _ring.Newest(before: null, count: 10, entry => entry.Text.Length == 2));
    }

    [Fact]
    public void NothingIsBelowNumberOneAndAnEmptyRingHoldsNothing()
    {
        Assert.Empty(_ring.Newest(before: null, count: 10, _ => true));

        _ring.Append(["a"], (number, text) => (number, text));

        Assert.Empty(_ring.Newest(before: 1, count: 10, _ => true));
        Assert.Empty(_ring.Newest(before: -4, count: 10, _ => true));
    }
}
