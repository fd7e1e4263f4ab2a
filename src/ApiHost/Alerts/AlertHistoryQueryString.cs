using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Alerts;

/// <summary>
/// The query string of <c>GET /api/v1/tenants/{tenant}/alerts</c> as sent. Values are read as text so
/// that every bad one is named at once; an empty value counts as absent.
/// </summary>
public sealed class AlertHistoryQueryString
{
    /// <summary>Alerts of this severity: info, warning, error or critical.</summary>
    [FromQuery(Name = "severity")]
    public string? Severity { get; set; }

    /// <summary>Alerts of this kind, such as <c>rule.fired</c> or <c>channel.test</c>.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Alerts with a delivery to the channel of this name.</summary>
    [FromQuery(Name = "channel")]
    public string? Channel { get; set; }

    /// <summary>Alerts in this state: pending, delivered, failed, suppressed or unrouted.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Alerts the rule with this id raised.</summary>
    [FromQuery(Name = "ruleId")]
    public string? RuleId { get; set; }

    /// <summary>Alerts raised at or after this time (ISO 8601).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; set; }

    /// <summary>Alerts raised before this time (ISO 8601).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; set; }

    /// <summary>Alerts per page, 1-500 (50 when absent).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; set; }

    /// <summary>The <c>next</c> of the previous page.</summary>
    [FromQuery(Name = "before")]
    public string? Before { get; set; }

    /// <summary>The query; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public AlertHistoryQuery ToQuery()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var severity = Named<AlertSeverity>(Severity, "severity", "info, warning, error or critical", errors);
        var status = Named<AlertStatus>(Status, "status", "pending, delivered, failed, suppressed or unrouted", errors);
        Guid? ruleId = null;
        if (Given(RuleId) is { } ruleText)
        {
            ruleId = Guid.TryParse(ruleText, out var id) ? id : null;
            if (ruleId is null)
            {
                errors["ruleId"] = ["Must be a rule id (a GUID)."];
            }
        }

        // The time window and paging read exactly as the audit trail's (ISO 8601 times, from before to, limit, before=next).
        AuditQuery? paging = null;
        try
        {
            paging = new AuditQueryString { From = From, To = To, Limit = Limit, Before = Before }.ToQuery("");
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, reasons) in invalid.Errors)
            {
                errors[field] = reasons;
            }
        }

        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : new AlertHistoryQuery
            {
                Severity = severity,
                Kind = Given(Kind),
                Channel = Given(Channel),
                Status = status,
                RuleId = ruleId,
                From = paging!.From,
                To = paging.To,
                Limit = paging.Limit,
                Before = paging.Before,
            };
    }

    private static string? Given(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>An enum value by its name in any case (never a number); null when absent.</summary>
    private static T? Named<T>(string? value, string field, string names, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (Given(value) is not { } text)
        {
            return null;
        }

        if (char.IsLetter(text[0]) && Enum.TryParse<T>(text, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed))
        {
            return parsed;
        }

        errors[field] = [$"One of {names}."];
        return null;
    }
}
