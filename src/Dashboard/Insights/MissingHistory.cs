using GrainMarketing.Dashboard.Api.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>
/// The API's 409 <c>insufficient-history</c> answer in words: why, and each requirement the history does not meet
/// (its <c>missing</c> map), so a page says what is still to come instead of showing an error.
/// </summary>
public sealed record MissingHistory(string Reason, IReadOnlyList<MissingRequirement> Requirements)
{
    /// <summary>The shortfall a problem names; null for any other problem.</summary>
    public static MissingHistory? From(ProblemDetails problem)
    {
        if (problem.ResponseStatusCode != StatusCodes.Status409Conflict || problem.Type?.EndsWith("/insufficient-history", StringComparison.Ordinal) != true)
        {
            return null;
        }

        var requirements = problem.AdditionalData.TryGetValue("missing", out var missing) ? RequirementsOf(missing) : [];
        return new MissingHistory(problem.Detail ?? problem.Title ?? "Not enough history yet.", requirements);
    }

    private static List<MissingRequirement> RequirementsOf(object missing) => missing switch
    {
        UntypedObject map => [.. map.GetValue().Select(entry => new MissingRequirement(entry.Key, TextOf(entry.Value)))],
        IDictionary<string, object> map => [.. map.Select(entry => new MissingRequirement(entry.Key, entry.Value?.ToString() ?? ""))],
        _ => [],
    };

    private static string TextOf(UntypedNode node) => node switch
    {
        UntypedString text => text.GetValue() ?? "",
        UntypedInteger number => number.GetValue().ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => node.ToString() ?? "",
    };
}
