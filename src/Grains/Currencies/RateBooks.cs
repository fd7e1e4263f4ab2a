using GrainMarketing.Campaigns;

namespace GrainMarketing.Currencies;

/// <summary>Asks a tenant's rates grain for the rates an answer needs, and only when it holds money in another currency.</summary>
public static class RateBooks
{
    /// <summary>The rates of the slices' currencies over their days; null when there are no slices, so an answer in one currency costs no call.</summary>
    public static async Task<RateBook?> ForAsync(IGrainFactory grains, string tenant, IReadOnlyCollection<CurrencySlice> slices)
    {
        if (slices.Count == 0)
        {
            return null;
        }

        var range = new DateRange(slices.Min(s => s.Date), slices.Max(s => s.Date));
        return await grains.GetGrain<IExchangeRatesGrain>(tenant).GetRatesAsync([.. slices.Select(s => s.Currency).Distinct()], range);
    }
}
