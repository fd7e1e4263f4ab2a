namespace GrainMarketing.Simulator;

/// <summary>One delta event: a few impressions of one creative for one audience slice on one day, with their clicks, spend and sales.</summary>
public sealed record Event(
    Campaign Campaign, string AdId, string Age, string Gender, string Country,
    long Impressions, long Clicks, decimal Spend, long Conversions, decimal ConversionValue, string EventId, DateOnly Date);
