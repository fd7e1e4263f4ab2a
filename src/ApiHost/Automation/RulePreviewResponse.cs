using GrainMarketing.Automation;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>A rule judged against one campaign now: whether it would fire, and what each condition saw.</summary>
public sealed record RulePreviewResponse(Guid RuleId, int RuleVersion, string Target, DateOnly Today, bool Holds, IReadOnlyList<ConditionEvidence> Conditions);
