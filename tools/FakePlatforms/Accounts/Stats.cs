namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>
/// One cell's numbers in integers, so every breakdown sums exactly to its total: money in minor units
/// (cents) of the account's currency, conversions as whole purchases.
/// </summary>
public readonly record struct Stats(long Impressions, long Clicks, long SpendMinor, long Conversions, long ValueMinor)
{
    public bool IsEmpty => Impressions == 0 && Clicks == 0 && SpendMinor == 0 && Conversions == 0 && ValueMinor == 0;

    public static Stats operator +(Stats a, Stats b) => new(
        a.Impressions + b.Impressions,
        a.Clicks + b.Clicks,
        a.SpendMinor + b.SpendMinor,
        a.Conversions + b.Conversions,
        a.ValueMinor + b.ValueMinor);
}
