using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>Reads the dimension a segment ranking is over.</summary>
public static class SegmentDimensions
{
    /// <summary>One of <paramref name="allowed"/> by its name in any case; a 400 naming <paramref name="field"/> otherwise.</summary>
    /// <param name="alsoAllowed">Further values the caller accepts itself, named in the refusal after the allowed ones.</param>
    public static Dimension Parse(string value, string field, string alsoAllowed, params Dimension[] allowed)
    {
        var reason = $"Must be one of {string.Join(", ", allowed.Select(d => d.ToString().ToLowerInvariant()))}{alsoAllowed}.";
        var errors = new ValidationErrors();
        return QueryValues.Named<Dimension>(value, field, errors, reason) is { } dimension && allowed.Contains(dimension)
            ? dimension
            : throw ValidationErrors.Refusal(field, reason);
    }
}
