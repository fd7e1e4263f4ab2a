using System.ComponentModel.DataAnnotations;

namespace GrainMarketing.ApiHost.Live;

/// <summary>Limits of the live feed (configuration section <c>Live</c>).</summary>
public sealed class LiveOptions
{
    public const string Section = "Live";

    /// <summary>Live feeds one caller (a person or an API key) may hold open at once on this host; one more is refused with 429.</summary>
    [Range(1, 1000)]
    public int MaxStreamsPerCaller { get; set; } = 4;
}
