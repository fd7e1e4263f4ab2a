using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>A behaviour segment and how many customers show its pattern now.</summary>
public sealed record SegmentSizeResponse(BehaviorPattern Pattern, int Size);
