using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>A page of a segment's customers in id order; pass <see cref="Next"/> as <c>after</c> for the next page (null at the end).</summary>
public sealed record SegmentMembersResponse(BehaviorPattern Pattern, IReadOnlyList<SegmentMember> Members, string? Next);
