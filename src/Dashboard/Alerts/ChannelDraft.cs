using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Alerts;

/// <summary>The new-channel form: each kind asks for its own fields, and only those are sent.</summary>
public sealed class ChannelDraft
{
    public string Name { get; set; } = "";

    public AlertChannelType? Type { get; set; } = AlertChannelType.Webhook;

    public AlertSeverity? MinSeverity { get; set; } = AlertSeverity.Warning;

    public string Url { get; set; } = "";

    /// <summary>Email addresses as typed: one a line, or separated by commas or semicolons.</summary>
    public string Recipients { get; set; } = "";

    public bool TakesUrl => Type is AlertChannelType.Webhook or AlertChannelType.Slack;

    public bool TakesRecipients => Type == AlertChannelType.Email;

    /// <summary>What the API said of the recipients: of the list (<c>recipients</c>) and of each address (<c>recipients[1]</c>), named by the address typed.</summary>
    public string? RecipientProblems(ApiFailure? failure)
    {
        var sent = RecipientList();
        var problems = (failure?.Fields ?? new Dictionary<string, string[]>())
            .Where(field => field.Key.StartsWith("recipients", StringComparison.OrdinalIgnoreCase))
            .OrderBy(field => field.Key, StringComparer.Ordinal)
            .Select(field => AddressNamed(field.Key, sent) is { } address ? $"{address}: {string.Join(" ", field.Value)}" : string.Join(" ", field.Value))
            .ToList();
        return problems.Count == 0 ? null : string.Join(" ", problems);
    }

    public AlertChannelDefinition ToDefinition() => new()
    {
        Name = Name.Trim(),
        Type = Type,
        MinSeverity = MinSeverity,
        Enabled = true,
        Url = TakesUrl ? Url.Trim() : null,
        Recipients = TakesRecipients ? RecipientList() : null,
    };

    private List<string> RecipientList() => [.. Recipients.Split([',', ';', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static string? AddressNamed(string field, List<string> sent) =>
        field.Length > "recipients[]".Length && int.TryParse(field["recipients[".Length..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < sent.Count
            ? sent[index]
            : null;
}
