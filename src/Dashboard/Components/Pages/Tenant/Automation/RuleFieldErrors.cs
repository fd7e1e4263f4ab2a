using System.Globalization;
using System.Text.RegularExpressions;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>The API's refusal of a rule, each message placed at the editor's input for the field the API named.</summary>
/// <remarks>
/// The API keys messages by the JSON path of the body (RuleValidation in the grain interfaces, and the JSON reader's path for a
/// value of the wrong type): <c>conditions[0].threshold</c>, <c>actions[1].channels[0]</c>, <c>scope.campaignIds</c>. Threshold
/// and change share the row's one value input; a channel's message goes to the action's channels input; a list or a row as a whole
/// (<c>conditions</c>, <c>actions[1]</c>, <c>guards</c>) shows under its section or row. Anything else (the If-Match header, an
/// unreadable body, a row the form no longer has) is <see cref="Unplaced"/>, for a FormProblem.
/// </remarks>
public sealed partial class RuleFieldErrors
{
    public static readonly RuleFieldErrors None = new(new Dictionary<string, string[]>(), null);

    private static readonly string[] RuleFields =
    [
        "name", "description", "cooldown", "match", "enabled", "dryRun", "scope", "guards", "conditions", "actions",
        "scope.level", "scope.platforms", "scope.statuses", "scope.campaignIds", "scope.campaignNamePattern", "scope.adSetIds",
        "scope.creativeIds", "scope.segments", "guards.minSpend", "guards.minImpressions", "guards.minConversions",
    ];

    private static readonly string[] ConditionFields = ["metric", "window", "comparator", "confidence"];

    private static readonly string[] ActionFields = ["type", "amount", "percent", "min", "max", "channels", "severity", "tag"];

    private readonly IReadOnlyDictionary<string, string[]> _byInput;

    private RuleFieldErrors(IReadOnlyDictionary<string, string[]> byInput, ApiFailure? unplaced)
    {
        _byInput = byInput;
        Unplaced = unplaced;
    }

    /// <summary>What the form cannot show at an input: the whole failure when it named no field, else the named fields no input holds.</summary>
    public ApiFailure? Unplaced { get; }

    /// <summary>How many inputs have a message.</summary>
    public int Placed => _byInput.Count;

    /// <summary>The messages for the editor's input <paramref name="input"/> (an API field name, or <c>conditions[i].value</c>), joined; null when none.</summary>
    public string? For(string input) => _byInput.TryGetValue(input, out var messages) ? string.Join(" ", messages) : null;

    public bool Has(string input) => _byInput.ContainsKey(input);

    public static RuleFieldErrors From(ApiFailure? failure, int conditions, int actions)
    {
        if (failure is null)
        {
            return None;
        }

        if (failure.Fields.Count == 0)
        {
            return new RuleFieldErrors(new Dictionary<string, string[]>(), failure);
        }

        var placed = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var unplaced = new List<string>();
        foreach (var (key, messages) in failure.Fields)
        {
            if (InputOf(key, conditions, actions) is { } input)
            {
                (placed.TryGetValue(input, out var list) ? list : placed[input] = []).AddRange(messages);
            }
            else
            {
                unplaced.Add($"{key}: {string.Join(" ", messages)}");
            }
        }

        return new RuleFieldErrors(
            placed.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
            unplaced.Count > 0 ? failure with { Reason = string.Join(" ", unplaced), Fields = new Dictionary<string, string[]>() } : null);
    }

    /// <summary>The input that shows the API's <paramref name="key"/> for a form of so many rows, or null when none does.</summary>
    public static string? InputOf(string key, int conditions, int actions)
    {
        var field = key.StartsWith("$.", StringComparison.Ordinal) ? key[2..] : key;
        if (RuleFields.FirstOrDefault(known => string.Equals(known, field, StringComparison.OrdinalIgnoreCase)) is { } rule)
        {
            return rule;
        }

        var row = RowField().Match(field);
        if (!row.Success)
        {
            return null;
        }

        var list = row.Groups["list"].Value.ToLowerInvariant();
        var index = int.Parse(row.Groups["index"].Value, CultureInfo.InvariantCulture);
        var property = row.Groups["property"].Success ? row.Groups["property"].Value : null;
        var prefix = $"{list}[{index}]";
        return (list, property) switch
        {
            ("conditions", _) when index >= conditions => null,
            ("actions", _) when index >= actions => null,
            (_, null) => prefix,
            ("conditions", _) when property.Equals("threshold", StringComparison.OrdinalIgnoreCase) || property.Equals("change", StringComparison.OrdinalIgnoreCase) => $"{prefix}.value",
            ("conditions", _) => ConditionFields.FirstOrDefault(f => f.Equals(property, StringComparison.OrdinalIgnoreCase)) is { } known ? $"{prefix}.{known}" : prefix,
            _ => ActionFields.FirstOrDefault(f => f.Equals(property, StringComparison.OrdinalIgnoreCase)) is { } known ? $"{prefix}.{known}" : prefix,
        };
    }

    /// <summary>A row of a list, optionally one of its fields and an entry of that field: <c>actions[1].channels[0]</c>.</summary>
    [GeneratedRegex(@"^(?<list>conditions|actions)\[(?<index>\d{1,3})\](\.(?<property>[A-Za-z]+)(\[\d{1,3}\])?)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RowField();
}
