using GrainMarketing.Offers;

namespace GrainMarketing.Analysis;

/// <summary>What a run means to do about one campaign type before the campaign book is asked.</summary>
/// <remarks>Either create <see cref="Draft"/> for a segment of <see cref="Size"/> customers, or nothing, for <see cref="SkipReason"/>.</remarks>
public sealed record CampaignPlan(OfferCampaignType Type, string Segment, int Size, OfferCampaignDraft? Draft, string? SkipReason);
