using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.Currencies;

/// <summary>The silo's copy of each tenant's currency, so a campaign can tell whether the currency it names is the tenant's own.</summary>
/// <remarks>
/// Money in the tenant's own currency travels unlabelled and joins the aggregates' own sums (and the tenant's anomaly
/// baselines) at once; only another currency is kept apart. A tenant that changes its currency is seen here within
/// <see cref="Duration"/>; numbers gathered before count in the currency they were labelled with then.
/// </remarks>
public sealed class TenantCurrencies(IGrainFactory grains)
{
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(5);

    private readonly TenantCache<string?> _currencies = new(tenant => CurrencyAsync(grains, tenant), () => Duration);

    /// <summary>The label a campaign's money carries upward: null for none or the tenant's own currency, else <paramref name="currency"/>.</summary>
    public async Task<string?> LabelAsync(string tenant, string? currency) =>
        currency is null || currency == await _currencies.GetAsync(tenant) ? null : currency;

    /// <summary>The tenant's currency; null for a tenant that does not exist (its campaigns' labels then stay as they are).</summary>
    private static async Task<string?> CurrencyAsync(IGrainFactory grains, string tenant)
    {
        try
        {
            return (await grains.GetGrain<ITenantGrain>(tenant).GetAsync()).Settings.Currency;
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
