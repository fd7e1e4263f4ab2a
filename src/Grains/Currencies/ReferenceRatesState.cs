namespace GrainMarketing.Currencies;

/// <summary>What the reference rates grain persists: at most <see cref="ExchangeRateRules.KeptDays"/> days of one source.</summary>
[GenerateSerializer, Alias("GrainMarketing.ReferenceRatesState")]
public sealed class ReferenceRatesState
{
    [Id(0)] public string Source { get; set; } = "";

    [Id(1)] public string Base { get; set; } = "";

    [Id(2)] public SortedDictionary<DateOnly, Dictionary<string, decimal>> Days { get; set; } = [];

    [Id(3)] public DateTimeOffset? FetchedAt { get; set; }
}
