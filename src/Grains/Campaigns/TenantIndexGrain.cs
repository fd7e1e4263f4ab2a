using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Campaigns;

/// <summary>Answers a tenant's campaign lists and segment rankings in one call from its <see cref="TenantIndex"/>.</summary>
/// <remarks>
/// Every campaign sends its flushes here beside the rollup, so flushes interleave and share state writes
/// (<see cref="GroupCommit"/>) as they do there. Days past retention are not in the index, nor campaigns by arrival
/// (15m, 1h, 24h: a campaign places each batch by its own arrival, a flush only by its last), nor a campaign's
/// flushes from before the index or from the moment since it registered: those lists ask every campaign or
/// segment, as they did before the index.
/// </remarks>
[GrainType("tenant-index")]
[Reentrant]
public sealed class TenantIndexGrain(
    [PersistentState("index", StorageNames.Default)] IPersistentState<TenantIndex> index,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options) : Grain, ITenantIndexGrain
{
    private readonly LostWriteGuard _writes = new("tenant index");
    private GroupCommit? _commit;

    private string Tenant => this.GetPrimaryKeyString();

    public Task ApplyFlushAsync(
        CampaignKey campaign, long flush, IReadOnlyList<PlatformDelta> days, IReadOnlyList<SegmentFlush> segments, DateTimeOffset receivedAt,
        CampaignMetadata metadata, Freshness freshness)
    {
        _writes.ThrowIfLost();
        index.State.ApplyFlush(campaign, flush, days, segments, receivedAt, metadata, freshness, options.Value.OldestKept(clock));
        return CommitAsync();
    }

    public Task UpdateCampaignAsync(CampaignKey campaign, CampaignMetadata metadata, Freshness freshness, long acknowledgedFlushes)
    {
        _writes.ThrowIfLost();
        return index.State.UpdateCampaign(campaign, metadata, freshness, acknowledgedFlushes) ? CommitAsync() : Task.CompletedTask;
    }

    public async Task<CampaignListPage> ListCampaignsAsync(CampaignListRequest query)
    {
        if (Held(query.Window) is { } range && await CoversAsync())
        {
            var held = index.State.Campaigns(range).ToList();
            var days = held.Where(c => c.Metadata.Currency is not null)
                .ToDictionary(c => c.Key, c => (IReadOnlyList<CurrencySlice>)[.. index.State.CampaignDays(c.Key, range).Select(d => new CurrencySlice(c.Metadata.Currency!, d.Date, d.Totals))]);
            return CampaignListing.Page(await ConvertAsync(held, days), query);
        }

        var keys = await GrainFactory.GetGrain<ICampaignRegistryGrain>(Tenant).ListAsync();
        var summaries = await Task.WhenAll(keys
            .Where(key => query.Platform is null || key.Platform == query.Platform)
            .Select(key => GrainFactory.GetGrain<ICampaignGrain>(key.ToString()).GetSummaryAsync(query.Window)));
        var foreign = await Task.WhenAll(summaries.Where(c => c.Metadata.Currency is not null).Select(async c => (c.Key, Days: await SlicesAsync(c, query.Window))));
        return CampaignListing.Page(await ConvertAsync(summaries, foreign.ToDictionary(c => c.Key, c => c.Days)), query);
    }

    /// <summary>A campaign's numbers in its currency per day of the window (its arrivals dated today for a window of minutes), asked of the campaign.</summary>
    private async Task<IReadOnlyList<CurrencySlice>> SlicesAsync(CampaignSummary campaign, QueryWindow window)
    {
        var currency = campaign.Metadata.Currency!;
        if (window.Dates is not { } range)
        {
            return campaign.Totals.IsZero ? [] : [new CurrencySlice(currency, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), campaign.Totals)];
        }

        var days = await GrainFactory.GetGrain<ICampaignGrain>(campaign.Key.ToString()).GetDailySeriesAsync(range);
        return [.. days.Select(d => new CurrencySlice(currency, d.Date, d.Totals))];
    }

    /// <summary>The campaigns with <see cref="CampaignSummary.Converted"/> set for those that name a currency, from their <paramref name="days"/>, with one ask for rates.</summary>
    private async Task<IReadOnlyList<CampaignSummary>> ConvertAsync(IReadOnlyList<CampaignSummary> campaigns, Dictionary<CampaignKey, IReadOnlyList<CurrencySlice>> days)
    {
        if (await RateBooks.ForAsync(GrainFactory, Tenant, [.. days.Values.SelectMany(d => d)]) is not { } rates)
        {
            return campaigns;
        }

        return [.. campaigns.Select(c =>
        {
            if (!days.TryGetValue(c.Key, out var slices))
            {
                return c;
            }

            var (converted, conversion) = MoneyConversion.Convert(MetricTotals.Zero, slices, rates);
            return c with { Converted = converted, Conversion = conversion };
        })];
    }

    public async Task<RankedSegments> RankSegmentsAsync(SegmentRankQuery query)
    {
        if ((query.Window.Dates is null || Held(query.Window) is not null) && await CoversAsync())
        {
            var segments = index.State.Segments(query.Window, clock.GetUtcNow(), options.Value.OldestKept(clock)).ToList();
            var rates = await RateBooks.ForAsync(GrainFactory, Tenant, [.. segments.SelectMany(s => s.Foreign)]);
            return SegmentListing.Rank(segments.Select(s => rates is null ? s.Own : Converted(s.Own, s.Foreign, rates)), query);
        }

        var keys = await GrainFactory.GetGrain<ISegmentRegistryGrain>(Tenant).ListAsync();
        var summaries = await Task.WhenAll(keys
            .Where(key => key.Dimension == query.Dimension && key.IsAgeGenderCross == query.Cross)
            .Select(key => GrainFactory.GetGrain<IDemographicSegmentGrain>(key.ToString()).GetSummaryAsync(query.Window)));
        return SegmentListing.Rank(summaries, query);
    }

    private static SegmentSummary Converted(SegmentSummary own, IReadOnlyList<CurrencySlice> foreign, RateBook rates)
    {
        var (totals, conversion) = MoneyConversion.Convert(own.Totals, foreign, rates);
        return own with { Totals = totals, Conversion = conversion };
    }

    /// <summary>Whether the index holds every campaign the registry counts, each from its first flush; a second the count may be ahead.</summary>
    private async Task<bool> CoversAsync() =>
        index.State.Covers(await GrainFactory.GetGrain<ICampaignRegistryGrain>(Tenant).CountAsync());

    /// <summary>The window's dates when the index holds all of them.</summary>
    private DateRange? Held(QueryWindow window) =>
        window.Dates is { } range && range.From >= options.Value.OldestKept(clock) ? range : null;

    /// <summary>Waits for a write that holds this change; a lost write deactivates the index, which reloads from storage.</summary>
    private Task CommitAsync() =>
        _writes.WriteAsync(() => (_commit ??= new GroupCommit(() => index.WriteStateAsync())).CommitAsync(), DeactivateOnIdle);
}
