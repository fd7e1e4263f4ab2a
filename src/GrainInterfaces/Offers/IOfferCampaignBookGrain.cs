using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Offers;

/// <summary>A tenant's offer campaigns (keyed by the tenant's slug): their definitions and lifecycle.</summary>
/// <remarks>
/// Target lists live in PostgreSQL (the Memory profile: the silo's memory), never in this grain's state. A
/// tenant never has two active campaigns of the same type for the same segment
/// (<see cref="TargetCriteria.Key"/>). Campaigns expire at their end through a durable reminder.
/// </remarks>
public interface IOfferCampaignBookGrain : IGrainWithStringKey
{
    /// <summary>A person's campaign, created as a draft.</summary>
    /// <exception cref="ValidationFailedException">A field is out of range (each named by its JSON path).</exception>
    Task<OfferCampaign> CreateAsync(OfferCampaignDraft draft, string actor);

    /// <summary>Creates the daily analysis' campaigns, active with their target lists; null for a draft whose segment already has one.</summary>
    /// <remarks>
    /// The daily analysis' campaigns, created active with their target lists built now, side by side; answered
    /// in the drafts' order, null (and nothing created) for a draft whose type has an active campaign for the
    /// same segment already, or an earlier draft of the call does. A list over a whole tenant of a million
    /// customers is built in seconds, so the call may outlast the default timeout.
    /// </remarks>
    /// <exception cref="ConflictException">The book has no room for them all: nothing is created.</exception>
    [ResponseTimeout("00:10:00")]
    Task<IReadOnlyList<OfferCampaign?>> CreateFromAnalysisAsync(IReadOnlyList<OfferCampaignDraft> drafts, Guid runId);

    /// <exception cref="NotFoundException">No such campaign.</exception>
    /// <exception cref="ConflictException">The campaign has expired, or <paramref name="expectedVersion"/> is not its version.</exception>
    Task<OfferCampaign> UpdateAsync(string id, OfferCampaignDraft draft, int? expectedVersion, string actor);

    /// <summary>Deletes the campaign and its target list.</summary>
    /// <exception cref="NotFoundException">No such campaign.</exception>
    Task DeleteAsync(string id, string actor);

    /// <summary>Starts (or resumes) a campaign, building its target list the first time.</summary>
    /// <exception cref="NotFoundException">No such campaign.</exception>
    /// <exception cref="ConflictException">It has expired, or another active campaign of its type targets the same segment.</exception>
    Task<OfferCampaign> ActivateAsync(string id, string actor);

    /// <exception cref="NotFoundException">No such campaign.</exception>
    /// <exception cref="ConflictException">It is not active.</exception>
    Task<OfferCampaign> PauseAsync(string id, string actor);

    /// <exception cref="NotFoundException">No such campaign.</exception>
    [ReadOnly]
    Task<OfferCampaign> GetAsync(string id);

    /// <summary>Campaigns newest first, optionally of one status or type.</summary>
    [ReadOnly]
    Task<IReadOnlyList<OfferCampaign>> ListAsync(OfferCampaignStatus? status, OfferCampaignType? type);

    [ReadOnly]
    Task<ActiveCampaigns> GetActiveAsync();

    /// <exception cref="NotFoundException">No such campaign.</exception>
    [ReadOnly]
    Task<CampaignResults> GetResultsAsync(string id);
}
