using GrainMarketing.Automation;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>A rule judged against one campaign now: whether the campaign is in its scope, whether it would fire, and what each condition saw.</summary>
public sealed record RulePreviewResponse(
    Guid RuleId, int RuleVersion, string Target, DateOnly Today, bool InScope, bool Holds, IReadOnlyList<ConditionEvidence> Conditions);
