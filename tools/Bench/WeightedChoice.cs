namespace GrainMarketing.Bench;

/// <summary>Picks an index with probability proportional to its integer weight, from 32 random bits.</summary>
internal sealed class WeightedChoice
{
    private readonly long[] _cumulative;

    public WeightedChoice(IReadOnlyList<long> weights)
    {
        _cumulative = new long[weights.Count];
        long sum = 0;
        for (var i = 0; i < weights.Count; i++)
        {
            sum += weights[i];
            _cumulative[i] = sum;
        }

        if (sum is <= 0 or > uint.MaxValue)
        {
            throw new ArgumentException("The weights must sum to between 1 and 2^32 - 1.", nameof(weights));
        }
    }

    public int Count => _cumulative.Length;

    public long Total => _cumulative[^1];

    public long WeightOf(int index) => _cumulative[index] - (index == 0 ? 0 : _cumulative[index - 1]);

    /// <summary>The index whose share of the total the high 32 bits of <paramref name="random"/> fall into.</summary>
    public int Pick(ulong random)
    {
        var point = (long)(((random >> 32) * (ulong)Total) >> 32);
        var low = 0;
        var high = _cumulative.Length - 1;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_cumulative[middle] > point)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
