using GrainMarketing.Errors;
using GrainMarketing.Profiles;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Offers;

/// <summary>A tenant's offer campaigns: definitions and lifecycle in grain state, target lists in <see cref="ICampaignTargetStore"/>.</summary>
/// <remarks>
/// State is bounded by <see cref="CampaignBook.MaxCampaigns"/>. A durable reminder, due at the earliest
/// end, stores expiries while any campaign can expire. Its state name is one no other tenant-keyed grain
/// uses: the ADO.NET storage keys a row by state name and grain key alone, so "campaigns" would read the
/// campaign registry's row.
/// </remarks>
[GrainType("offer-campaign-book")]
public sealed class OfferCampaignBookGrain(
    [PersistentState("offer-campaigns", StorageNames.Default)] IPersistentState<OfferCampaignBookState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ICampaignTargetStore targets,
    ActiveCampaignsCache active) : Grain, IOfferCampaignBookGrain, IRemindable
{
    public const string ExpiryReminder = "offer-campaign-expiry";

    /// <summary>How often the reminder fires again after its first, due time, in case a tick is lost.</summary>
    public static readonly TimeSpan ExpiryPeriod = TimeSpan.FromHours(1);

    private string Tenant => this.GetPrimaryKeyString();

    private List<OfferCampaign> Campaigns => state.State.Campaigns;

    public async Task<OfferCampaign> CreateAsync(OfferCampaignDraft draft, string actor)
    {
        ThrowIfInvalid(draft);
        var now = clock.GetUtcNow();
        CampaignBook.EnsureRoom(Campaigns, now, 1);
        var campaign = CampaignBook.New(CampaignBook.NewId(Campaigns), draft, OfferCampaignOrigin.Manual, actor, now, await ExpectedAsync(draft.Type, except: null), runId: null);
        var pruned = CampaignBook.MakeRoom(Campaigns, now, 1);
        Campaigns.Add(campaign);
        await SaveAsync(now, pruned);
        return campaign;
    }

    public async Task<IReadOnlyList<OfferCampaign?>> CreateFromAnalysisAsync(IReadOnlyList<OfferCampaignDraft> drafts, Guid runId)
    {
        foreach (var draft in drafts)
        {
            ThrowIfInvalid(draft);
        }

        var now = clock.GetUtcNow();
        var created = new OfferCampaign?[drafts.Count];
        var creating = CampaignBook.DraftsToCreate(Campaigns, drafts, now);
        foreach (var i in creating)
        {
            var draft = drafts[i];
            created[i] = CampaignBook.New(CampaignBook.NewId(Campaigns), draft, OfferCampaignOrigin.Analysis, $"analysis:{runId}", now, await ExpectedAsync(draft.Type, except: null), runId);
        }

        if (creating.Count == 0)
        {
            return created;
        }

        CampaignBook.EnsureRoom(Campaigns, now, creating.Count);
        TargetList[] built;
        try
        {
            built = await Task.WhenAll(creating.Select(i => BuildAsync(created[i]!)));
        }
        catch
        {
            // Lists that were built belong to no campaign: none is kept when one list fails.
            await targets.DeleteAsync(Tenant, [.. creating.Select(i => created[i]!.Id)], CancellationToken.None);
            throw;
        }

        var pruned = CampaignBook.MakeRoom(Campaigns, now, creating.Count);
        foreach (var (i, list) in creating.Zip(built))
        {
            var campaign = CampaignBook.Activated(created[i]!, now, list);
            created[i] = campaign;
            Campaigns.Add(campaign);
        }

        await SaveAsync(now, pruned);
        return created;
    }

    public async Task<OfferCampaign> UpdateAsync(string id, OfferCampaignDraft draft, int? expectedVersion, string actor)
    {
        ThrowIfInvalid(draft);
        var now = clock.GetUtcNow();
        var campaign = CampaignBook.AsOf(CampaignBook.Find(Campaigns, id), now);
        var expected = campaign.Status == OfferCampaignStatus.Draft ? await ExpectedAsync(draft.Type, except: campaign) : (campaign.ExpectedRoi, campaign.ExpectedRoiBasis);
        var updated = CampaignBook.Update(campaign, draft, expectedVersion, now, expected);
        Replace(updated);
        await SaveAsync(now, []);
        return updated;
    }

    public async Task DeleteAsync(string id, string actor)
    {
        var campaign = CampaignBook.Find(Campaigns, id);
        await targets.DeleteAsync(Tenant, [campaign.Id], CancellationToken.None);
        Campaigns.Remove(campaign);
        await SaveAsync(clock.GetUtcNow(), []);
    }

    public async Task<OfferCampaign> ActivateAsync(string id, string actor)
    {
        var now = clock.GetUtcNow();
        var campaign = CampaignBook.AsOf(CampaignBook.Find(Campaigns, id), now);
        CampaignBook.EnsureCanActivate(Campaigns, campaign, now);
        if (campaign.Status == OfferCampaignStatus.Active)
        {
            return campaign;
        }

        var activated = CampaignBook.Activated(campaign, now, campaign.StartsAt is null ? await BuildAsync(campaign) : null);
        Replace(activated);
        await SaveAsync(now, []);
        return activated;
    }

    public async Task<OfferCampaign> PauseAsync(string id, string actor)
    {
        var now = clock.GetUtcNow();
        var paused = CampaignBook.Paused(CampaignBook.AsOf(CampaignBook.Find(Campaigns, id), now), now);
        Replace(paused);
        await SaveAsync(now, []);
        return paused;
    }

    public Task<OfferCampaign> GetAsync(string id) =>
        Task.FromResult(CampaignBook.AsOf(CampaignBook.Find(Campaigns, id), clock.GetUtcNow()));

    public Task<IReadOnlyList<OfferCampaign>> ListAsync(OfferCampaignStatus? status, OfferCampaignType? type) =>
        Task.FromResult(CampaignBook.List(Campaigns, status, type, clock.GetUtcNow()));

    public Task<ActiveCampaigns> GetActiveAsync() => Task.FromResult(CampaignBook.Active(Campaigns, clock.GetUtcNow()));

    public async Task<CampaignResults> GetResultsAsync(string id)
    {
        var campaign = CampaignBook.Find(Campaigns, id);
        var sums = await targets.GetSumsAsync(Tenant, [campaign.Id], CancellationToken.None);
        return CampaignScore.Results(campaign, sums[campaign.Id]);
    }

    /// <summary>Stores the expiries that are due; a late or repeated tick finds nothing more to do.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ExpiryReminder)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var expired = CampaignBook.ExpireDue(Campaigns, now);
        var pruned = CampaignBook.Prune(Campaigns, CampaignBook.MaxCampaigns);
        if (expired > 0 || pruned.Count > 0)
        {
            await SaveAsync(now, pruned);
        }
        else
        {
            await SyncReminderAsync(now, force: true);
        }
    }

    private static void ThrowIfInvalid(OfferCampaignDraft draft)
    {
        var errors = OfferRules.Validate(draft);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private void Replace(OfferCampaign campaign) => Campaigns[Campaigns.FindIndex(c => c.Id == campaign.Id)] = campaign;

    private async Task<TargetList> BuildAsync(OfferCampaign campaign)
    {
        var behavior = GrainFactory.GetGrain<IBehaviorSettingsGrain>(Tenant);
        var asked = (Settings: behavior.GetSettingsAsync(), Thresholds: behavior.GetThresholdsAsync());
        var (settings, thresholds) = (await asked.Settings, await asked.Thresholds);
        var draft = campaign.Draft;
        var selection = new TargetSelection(draft.Criteria, draft.HoldoutShare, draft.Offer.Place, settings.RisingSpendRatio, thresholds.HighSpenderThreshold);
        return await targets.BuildAsync(Tenant, campaign.Id, selection, CancellationToken.None);
    }

    /// <summary>The expected ROI of a campaign of <paramref name="type"/> from the earlier ones of that type that ran.</summary>
    private async Task<(double? Roi, string Basis)> ExpectedAsync(OfferCampaignType type, OfferCampaign? except)
    {
        var earlier = Campaigns
            .Where(c => c.Draft.Type == type && c.StartsAt is not null && c.Id != except?.Id && (except is null || c.CreatedAt <= except.CreatedAt))
            .ToList();
        if (earlier.Count == 0)
        {
            return ExpectedRoi.From(type, []);
        }

        var sums = await targets.GetSumsAsync(Tenant, [.. earlier.Select(c => c.Id)], CancellationToken.None);
        return ExpectedRoi.From(type, [.. earlier.Select(c =>
        {
            var treated = sums[c.Id].Treated;
            return (CampaignScore.Roi(treated.OfferRevenue, CampaignScore.Cost(c.Draft.Offer, treated)), treated.Customers);
        })]);
    }

    /// <summary>Deletes pruned campaigns' targets, moves the expiry reminder, writes the state and drops this silo's copy of the active campaigns.</summary>
    /// <remarks>The reminder moves only when the earliest end moved; other silos' copies of the active campaigns age out.</remarks>
    private async Task SaveAsync(DateTimeOffset now, IReadOnlyList<string> pruned)
    {
        if (pruned.Count > 0)
        {
            await targets.DeleteAsync(Tenant, pruned, CancellationToken.None);
        }

        await SyncReminderAsync(now, force: false);
        await state.WriteStateAsync();
        active.Invalidate(Tenant);
    }

    private async Task SyncReminderAsync(DateTimeOffset now, bool force)
    {
        var next = CampaignBook.NextEnd(Campaigns);
        if (!force && next == state.State.ReminderFor)
        {
            return;
        }

        if (next is { } end)
        {
            var due = end - now;
            await this.RegisterOrUpdateReminder(ExpiryReminder, due < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : due, ExpiryPeriod);
        }
        else if (await this.GetReminder(ExpiryReminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        state.State.ReminderFor = next;
    }
}
