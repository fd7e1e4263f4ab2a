using System.Text.Json.Serialization;

namespace GrainMarketing.Automation;

/// <summary>How a condition compares the measured value (or its change) with the threshold.</summary>
public enum RuleComparator
{
    [JsonStringEnumMemberName("gt")]
    GreaterThan,

    [JsonStringEnumMemberName("gte")]
    GreaterOrEqual,

    [JsonStringEnumMemberName("lt")]
    LessThan,

    [JsonStringEnumMemberName("lte")]
    LessOrEqual,
}
