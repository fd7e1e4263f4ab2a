using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Hosting;
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
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

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
        var severity = QueryValues.Named<AlertSeverity>(Severity, "severity", "info, warning, error or critical", errors);
        var status = QueryValues.Named<AlertStatus>(Status, "status", "pending, delivered, failed, suppressed or unrouted", errors);
        var ruleId = QueryValues.Id(RuleId, "ruleId", "a rule id", errors);
        var (from, to) = QueryValues.Range(From, To, errors);
        var limit = QueryValues.Limit(Limit, DefaultLimit, MaxLimit, errors);
        var before = QueryValues.Cursor(Before, errors);
        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : new AlertHistoryQuery
            {
                Severity = severity,
                Kind = QueryValues.Given(Kind),
                Channel = QueryValues.Given(Channel),
                Status = status,
                RuleId = ruleId,
                From = from,
                To = to,
                Limit = limit,
                Before = before,
            };
    }
}
