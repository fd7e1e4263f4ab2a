using System.Globalization;
using GrainMarketing.Automation;

namespace GrainMarketing.Connectors.WriteBack;

/// <summary>A pending change read for the platform: which entity (the campaign, or one of its ad sets) and the value to set.</summary>
/// <param name="AdSetId">The ad set (ad group, ad squad) when the change is to one; null for the campaign itself.</param>
/// <param name="Active">For a status change: whether the entity runs.</param>
/// <param name="Budget">For a daily budget change: the amount in the account's currency.</param>
public sealed record PlatformChange(string CampaignId, string? AdSetId, bool? Active, decimal? Budget, string? Currency)
{
    /// <summary>The platform's id of the entity changed.</summary>
    public string EntityId => AdSetId ?? CampaignId;

    /// <summary>Reads <paramref name="change"/>, or says why it cannot be pushed (a creative, an archive, a value that does not read).</summary>
    public static (PlatformChange? Change, string? Problem) Read(PendingPlatformChange change, string? currency)
    {
        // Targets are meta:916, meta:916/adset/12 or meta:916/creative/77 (CampaignTargets.Key).
        var parts = change.Target[(change.Target.IndexOf(':', StringComparison.Ordinal) + 1)..].Split('/');
        string? adSet = null;
        if (parts.Length == 3 && parts[1] == "adset")
        {
            adSet = parts[2];
        }
        else if (parts.Length != 1)
        {
            return (null, "GrainMarketing pushes campaign and ad set changes only: apply this one at the platform by hand.");
        }

        return change.Field switch
        {
            "status" when change.To is "active" or "paused" => (new PlatformChange(parts[0], adSet, change.To == "active", null, currency), null),
            "status" => (null, $"A status of '{change.To}' is not pushed: apply it at the platform by hand."),
            "dailyBudget" when decimal.TryParse(change.To, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) && amount > 0 =>
                (new PlatformChange(parts[0], adSet, null, amount, currency), null),
            _ => (null, $"A {change.Field} of '{change.To}' cannot be pushed."),
        };
    }
}
