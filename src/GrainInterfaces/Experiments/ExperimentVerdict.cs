using System.Text.Json.Serialization;

namespace GrainMarketing.Experiments;

/// <summary>Where an experiment stands under its stopping rule.</summary>
public enum ExperimentVerdict
{
    /// <summary>No variant differs yet and the variants have not all reached the sample size.</summary>
    [JsonStringEnumMemberName("running")]
    Running,

    /// <summary>A variant's always-valid p-value against the control fell to alpha (Bonferroni-shared among the comparisons).</summary>
    [JsonStringEnumMemberName("winner")]
    Winner,

    /// <summary>Every variant reached the sample size and none differs from the control.</summary>
    [JsonStringEnumMemberName("no-difference")]
    NoDifference,

    /// <summary>Stopped before every variant reached the sample size, with no difference found: the test cannot tell.</summary>
    [JsonStringEnumMemberName("underpowered")]
    Underpowered,
}
