using GrainMarketing.Profiles;

namespace GrainMarketing.Analysis;

/// <summary>The customers a new high-spender threshold moves, and the thresholds they judge again by.</summary>
internal sealed record CustomersToRefresh(BehaviorThresholds Thresholds, IReadOnlyList<string> Customers);
