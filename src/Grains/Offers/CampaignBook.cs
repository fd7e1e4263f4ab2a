using System.IO.Hashing;
using System.Text;
using GrainMarketing.Errors;

namespace GrainMarketing.Offers;

/// <summary>The lifecycle rules of a tenant's offer campaigns, over the list the book grain keeps: draft → active ⇄ paused → expired.</summary>
/// <remarks>
/// A campaign is expired from its end on, whether or not the reminder has stored that yet; a tenant has at
/// most one active campaign of a type per segment; an active or paused campaign's targets are fixed, so
/// only its name, offer (not where it applies) and duration may change.
/// </remarks>
public static class CampaignBook
{
    public const int MaxCampaigns = 500;

    /// <summary>The campaign as it stands at <paramref name="now"/>: active or paused ones past their end are expired.</summary>
    public static OfferCampaign AsOf(OfferCampaign campaign, DateTimeOffset now) =>
        CanExpire(campaign) && campaign.EndsAt <= now ? campaign with { Status = OfferCampaignStatus.Expired } : campaign;

    /// <summary>Stores the expiry of every campaign past its end; answers how many expired.</summary>
    public static int ExpireDue(List<OfferCampaign> campaigns, DateTimeOffset now)
    {
        var expired = 0;
        for (var i = 0; i < campaigns.Count; i++)
        {
            var campaign = campaigns[i];
            if (CanExpire(campaign) && campaign.EndsAt <= now)
            {
                campaigns[i] = campaign with { Status = OfferCampaignStatus.Expired, UpdatedAt = now, Version = campaign.Version + 1 };
                expired++;
            }
        }

        return expired;
    }

    /// <summary>Removes the oldest expired campaigns until at most <paramref name="keep"/> remain; answers their ids.</summary>
    public static IReadOnlyList<string> Prune(List<OfferCampaign> campaigns, int keep)
    {
        var removed = campaigns
            .Where(c => c.Status == OfferCampaignStatus.Expired)
            .OrderBy(c => c.EndsAt ?? c.UpdatedAt)
            .Take(Math.Max(0, campaigns.Count - keep))
            .Select(c => c.Id)
            .ToList();
        campaigns.RemoveAll(c => removed.Contains(c.Id));
        return removed;
    }

    /// <summary>A 409 when the book has no room for <paramref name="adding"/> more campaigns, even with every expired one pruned.</summary>
    public static void EnsureRoom(IReadOnlyCollection<OfferCampaign> campaigns, DateTimeOffset now, int adding)
    {
        var over = campaigns.Count + adding - MaxCampaigns;
        if (over > 0 && campaigns.Count(c => AsOf(c, now).Status == OfferCampaignStatus.Expired) < over)
        {
            throw new ConflictException($"A tenant keeps at most {MaxCampaigns} offer campaigns and too few have expired to add {adding}: delete some first.");
        }
    }

    /// <summary>Stores due expiries and prunes the oldest expired campaigns so <paramref name="adding"/> new ones fit; answers the pruned ids.</summary>
    /// <remarks><see cref="EnsureRoom"/> has said they can go.</remarks>
    public static IReadOnlyList<string> MakeRoom(List<OfferCampaign> campaigns, DateTimeOffset now, int adding)
    {
        ExpireDue(campaigns, now);
        return Prune(campaigns, MaxCampaigns - adding);
    }

    /// <summary>A new campaign id (<c>oc-</c> and 12 hex digits) that no campaign in the book has.</summary>
    public static string NewId(IReadOnlyCollection<OfferCampaign> campaigns)
    {
        string id;
        do
        {
            id = "oc-" + Guid.NewGuid().ToString("N")[..12];
        }
        while (campaigns.Any(c => c.Id == id));

        return id;
    }

    /// <summary>The positions of the analysis's drafts that create a campaign: the first of each type and segment that has no active one.</summary>
    public static IReadOnlyList<int> DraftsToCreate(IReadOnlyCollection<OfferCampaign> campaigns, IReadOnlyList<OfferCampaignDraft> drafts, DateTimeOffset now)
    {
        var creating = new List<int>();
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var claimed = creating.Any(j => drafts[j].Type == draft.Type && drafts[j].Criteria.Key == draft.Criteria.Key);
            if (!claimed && ActiveFor(campaigns, draft.Type, draft.Criteria, now) is null)
            {
                creating.Add(i);
            }
        }

        return creating;
    }

    /// <summary>The campaigns as they stand at <paramref name="now"/>, of the status and type asked (null: any), newest first.</summary>
    public static IReadOnlyList<OfferCampaign> List(IEnumerable<OfferCampaign> campaigns, OfferCampaignStatus? status, OfferCampaignType? type, DateTimeOffset now) =>
        [.. campaigns
            .Select(c => AsOf(c, now))
            .Where(c => (status is null || c.Status == status) && (type is null || c.Draft.Type == type))
            .OrderByDescending(c => c.CreatedAt)
            .ThenByDescending(c => c.Id, StringComparer.Ordinal)];

    public static OfferCampaign Find(IEnumerable<OfferCampaign> campaigns, string id) =>
        campaigns.FirstOrDefault(c => c.Id == id) ?? throw new NotFoundException("Offer campaign", id);

    /// <summary>The active campaign of <paramref name="type"/> that targets the segment, other than <paramref name="except"/>.</summary>
    public static OfferCampaign? ActiveFor(IEnumerable<OfferCampaign> campaigns, OfferCampaignType type, TargetCriteria criteria, DateTimeOffset now, string? except = null)
    {
        var key = criteria.Key;
        return campaigns.Select(c => AsOf(c, now))
            .FirstOrDefault(c => c.Id != except && c.Status == OfferCampaignStatus.Active && c.Draft.Type == type && c.Draft.Criteria.Key == key);
    }

    public static OfferCampaign New(string id, OfferCampaignDraft draft, OfferCampaignOrigin origin, string createdBy, DateTimeOffset now, (double? Roi, string Basis) expected, Guid? runId) =>
        new(id, draft, OfferCampaignStatus.Draft, origin, createdBy, now, now, null, null, 0, 0, expected.Roi, expected.Basis, runId, 1);

    /// <summary>The campaign changed to <paramref name="draft"/>, or a 409 saying why it cannot be.</summary>
    public static OfferCampaign Update(OfferCampaign campaign, OfferCampaignDraft draft, int? expectedVersion, DateTimeOffset now, (double? Roi, string Basis) expected)
    {
        if (expectedVersion is { } version && version != campaign.Version)
        {
            throw new ConflictException($"Offer campaign '{campaign.Id}' is at version {campaign.Version}, not {version}: read it again and retry.");
        }

        switch (campaign.Status)
        {
            case OfferCampaignStatus.Expired:
                throw new ConflictException($"Offer campaign '{campaign.Id}' has expired and can no longer change.");
            case OfferCampaignStatus.Draft:
                return campaign with { Draft = draft, UpdatedAt = now, ExpectedRoi = expected.Roi, ExpectedRoiBasis = expected.Basis, Version = campaign.Version + 1 };
        }

        var was = campaign.Draft;
        if (draft.Type != was.Type || draft.Criteria.Key != was.Criteria.Key || !draft.HoldoutShare.Equals(was.HoldoutShare)
            || draft.StartsAt != was.StartsAt || draft.Offer.Place != was.Offer.Place)
        {
            throw new ConflictException(
                $"Offer campaign '{campaign.Id}' is {EnumNames.Camel(campaign.Status)}: only its name, offer and duration may change; "
                + "its type, criteria, holdout share, start and where the offer applies make its target list, so create a new campaign instead.");
        }

        var endsAt = campaign.StartsAt!.Value.AddDays(draft.DurationDays);
        return campaign with { Draft = draft, EndsAt = endsAt, UpdatedAt = now, Version = campaign.Version + 1 };
    }

    /// <summary>The campaign started or resumed; <paramref name="built"/> is its target list when this is its first activation.</summary>
    public static OfferCampaign Activated(OfferCampaign campaign, DateTimeOffset now, TargetList? built)
    {
        if (campaign.StartsAt is null)
        {
            var list = built ?? throw new InvalidOperationException("A first activation needs its target list.");
            var startsAt = campaign.Draft.StartsAt is { } at && at > now ? at : now;
            return campaign with
            {
                Status = OfferCampaignStatus.Active,
                StartsAt = startsAt,
                EndsAt = startsAt.AddDays(campaign.Draft.DurationDays),
                Targets = list.Targets,
                HeldOut = list.HeldOut,
                UpdatedAt = now,
                Version = campaign.Version + 1,
            };
        }

        return campaign with { Status = OfferCampaignStatus.Active, UpdatedAt = now, Version = campaign.Version + 1 };
    }

    /// <summary>A 409 when <paramref name="campaign"/> may not be activated now.</summary>
    public static void EnsureCanActivate(IEnumerable<OfferCampaign> campaigns, OfferCampaign campaign, DateTimeOffset now)
    {
        if (campaign.Status == OfferCampaignStatus.Expired)
        {
            throw new ConflictException($"Offer campaign '{campaign.Id}' has expired.");
        }

        if (ActiveFor(campaigns, campaign.Draft.Type, campaign.Draft.Criteria, now, except: campaign.Id) is { } other)
        {
            throw new ConflictException(
                $"Offer campaign '{other.Id}' ({other.Draft.Name}) is already an active {EnumNames.Camel(other.Draft.Type)} campaign for segment '{other.Draft.Criteria.Key}'.");
        }
    }

    public static OfferCampaign Paused(OfferCampaign campaign, DateTimeOffset now) =>
        campaign.Status == OfferCampaignStatus.Active
            ? campaign with { Status = OfferCampaignStatus.Paused, UpdatedAt = now, Version = campaign.Version + 1 }
            : throw new ConflictException($"Offer campaign '{campaign.Id}' is {EnumNames.Camel(campaign.Status)}, not active.");

    /// <summary>The campaigns running at <paramref name="now"/>, with a version that changes whenever the set or one of them changes.</summary>
    /// <remarks>
    /// The campaigns running at <paramref name="now"/> (active, started, not ended), with a version that is a
    /// hash of their ids and versions: any start, stop, expiry or change of one gives another version.
    /// </remarks>
    public static ActiveCampaigns Active(IEnumerable<OfferCampaign> campaigns, DateTimeOffset now)
    {
        var running = campaigns
            .Where(c => c.Status == OfferCampaignStatus.Active && c.StartsAt <= now && now < c.EndsAt)
            .OrderBy(c => c.Id, StringComparer.Ordinal)
            .ToList();
        if (running.Count == 0)
        {
            return ActiveCampaigns.None;
        }

        var text = string.Join('\n', running.Select(c => $"{c.Id}@{c.Version}"));
        var version = unchecked((long)XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text)));
        return new ActiveCampaigns(version == 0 ? 1 : version, running);
    }

    /// <summary>The earliest end among campaigns that can still expire, or null when none can.</summary>
    public static DateTimeOffset? NextEnd(IEnumerable<OfferCampaign> campaigns) =>
        campaigns.Where(CanExpire).Min(c => c.EndsAt);

    private static bool CanExpire(OfferCampaign campaign) =>
        campaign.Status is OfferCampaignStatus.Active or OfferCampaignStatus.Paused && campaign.EndsAt is not null;
}
